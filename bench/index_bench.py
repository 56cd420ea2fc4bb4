"""(a) Indexing throughput: Lokal's real pipeline against embedding alone, on the same chunks.

Lokal: `pipeline.index_paths` over a folder of real PDFs into a fresh, empty data folder, exactly
as the CLI and the GUI worker drive it (read with pypdf, chunk in embedder tokens, embed in
batches of 32, upsert into chromadb, record the file in SQLite). The embedding model is loaded
and warmed up before the clock starts, so the figure is steady-state throughput.

Baseline: `embedder.encode(batch)` alone, timed over the very batches the pipeline embedded.
They are recorded as the pipeline hands them to `encode` (one list append per batch of 32,
nothing measurable next to the second or so a batch takes to embed).

Ratio: indexing chunks/s ÷ embedding-only chunks/s. 1.0 would mean reading, chunking and
storing cost nothing; the gap is what Lokal spends around the embedding model.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pdf_corpus


def run(cache: Path, max_pages: int) -> dict:
    from desktop_app import services
    from desktop_app.config import Settings
    from desktop_app.core.ingest import pipeline

    corpus = pdf_corpus.build_corpus(cache, max_pages)
    for item in corpus:
        kind = "whole" if item.whole else "first pages"
        print(f"  {item.path.name}: {item.pages} pages ({kind} of {item.source.name})")

    settings = Settings()
    embedder = services.make_embedder(settings)
    print("  loading the embedding model ...", flush=True)
    embedder.load()
    embedder.encode(["A warm-up sentence, so one-time set-up is not timed."])

    batches: list[list[str]] = []
    encode = embedder.encode

    def recording_encode(texts):
        batches.append(list(texts))
        return encode(texts)

    embedder.encode = recording_encode

    with tempfile.TemporaryDirectory(prefix="lokal-bench-index-") as temp:
        docs, data_dir = Path(temp) / "docs", Path(temp) / "data"
        docs.mkdir()
        for item in corpus:
            shutil.copyfile(item.path, docs / item.path.name)
        store = services.open_store(data_dir, embedder)
        options = services.chunking_options(settings, embedder)

        pages = chunks = 0
        failures = []
        started = time.perf_counter()
        for event in pipeline.index_paths([docs], store, embedder, options):
            match event:
                case pipeline.FileIndexed():
                    pages += event.pages or 0
                    chunks += event.chunks
                    elapsed = time.perf_counter() - started
                    print(
                        f"  indexed {Path(event.path).name}: {event.pages} pages, "
                        f"{event.chunks} chunks ({elapsed:.1f} s so far)",
                        flush=True,
                    )
                case pipeline.FileFailed():
                    failures.append(f"{Path(event.path).name}: {event.error.message}")
                case pipeline.RunFinished():
                    pass
        index_seconds = time.perf_counter() - started
        stored = store.chunk_count()
        store.close()
    del embedder.encode  # back to the plain method

    if failures:
        raise RuntimeError("indexing failed: " + "; ".join(failures))
    recorded = sum(len(batch) for batch in batches)
    if not recorded == chunks == stored:
        raise RuntimeError(f"chunk counts differ: {chunks} indexed, {recorded} embedded, {stored}")

    print(f"  embedding the same {chunks} chunks alone ({len(batches)} batches) ...", flush=True)
    started = time.perf_counter()
    for batch in batches:
        embedder.encode(batch)
    embed_seconds = time.perf_counter() - started

    index = _figures(pages, chunks, index_seconds)
    embed = _figures(pages, chunks, embed_seconds)
    return {
        "files": [
            {"name": item.path.name, "source": item.source.name, "pages": item.pages}
            for item in corpus
        ],
        "chunk_tokens": options.max_tokens,
        "overlap_tokens": options.overlap_tokens,
        "batches": len(batches),
        "torch_threads": _torch_threads(),
        "lokal": index,
        "embedding_only": embed,
        "ratio": index["chunks_per_s"] / embed["chunks_per_s"],
    }


def _figures(pages: int, chunks: int, seconds: float) -> dict:
    return {
        "pages": pages,
        "chunks": chunks,
        "seconds": seconds,
        "pages_per_s": pages / seconds,
        "chunks_per_s": chunks / seconds,
    }


def _torch_threads() -> int:
    import torch

    return torch.get_num_threads()
