"""(a) Indexing throughput: Lokal's real pipeline against embedding alone, on the same chunks.

Lokal: `pipeline.index_paths` over a folder of real PDFs into a fresh, empty data folder, exactly
as the CLI and the GUI worker drive it (read and chunk in embedder tokens, embed in batches of
pipeline.EMBED_BATCH, store in chromadb, the keyword index and SQLite). The embedding model is
loaded and warmed up before the clock starts, so the figure is steady-state throughput.

Baseline: `embedder.encode(batch)` alone, timed over the very batches the pipeline embedded.
They are recorded as the pipeline hands them to `encode` (one list append per batch, nothing
measurable next to the second or so a batch takes to embed).

Ratio: indexing chunks/s ÷ embedding-only chunks/s (target >= 0.9). 1.0 would mean reading,
chunking and storing cost nothing; the gap is what Lokal spends around the embedding model.

The documents (each manual under its own file name, octave.pdf, also when cut) and the data folder
are left in `work`, the caller's folder, with the loaded embedder: the retrieval benchmark
(retrieval_bench.py) queries this very index, and the LlamaIndex baseline (llamaindex_bench.py)
reads the same files with the same model.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pdf_corpus


@dataclass
class Indexed:
    """What the indexing run leaves for the sections after it."""

    corpus: list[pdf_corpus.CorpusFile]
    docs_dir: Path  # the PDFs as indexed, one per manual, named as the manual
    data_dir: Path  # Lokal's data folder (chromadb and SQLite), closed
    embedder: object  # desktop_app.core.embedder.Embedder, loaded


def run(
    cache: Path, max_pages: int, work: Path, settings=None, baseline: bool = True
) -> tuple[dict, Indexed]:
    """Index the corpus for `max_pages` into `work`/data; the figures and what is left there.

    `settings` (default: Lokal's defaults) sets chunk size and overlap; without `baseline` the
    embedding-only pass is skipped (chunking_bench.py compares settings, not overheads).
    """
    from desktop_app import services
    from desktop_app.config import Settings
    from desktop_app.core.ingest import pipeline

    corpus = pdf_corpus.build_corpus(cache, max_pages)
    for item in corpus:
        kind = "whole" if item.whole else "first pages"
        print(f"  {item.name}: {item.pages} pages ({kind})")

    settings = settings or Settings()
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

    docs, data_dir = work / "docs", work / "data"
    shutil.rmtree(docs, ignore_errors=True)
    shutil.rmtree(data_dir, ignore_errors=True)
    docs.mkdir(parents=True)
    for item in corpus:
        shutil.copyfile(item.path, docs / item.name)  # cut or whole, under the manual's name
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

    embed_seconds = float("nan")
    if baseline:
        print(f"  embedding the same {chunks} chunks alone ({len(batches)} batches) ...")
        started = time.perf_counter()
        for batch in batches:
            embedder.encode(batch)
        embed_seconds = time.perf_counter() - started

    index = _figures(pages, chunks, index_seconds)
    embed = _figures(pages, chunks, embed_seconds)
    result = {
        "files": [{"name": item.name, "pages": item.pages, "whole": item.whole} for item in corpus],
        "packages": pdf_corpus.package_versions(cache),
        "chunk_tokens": options.max_tokens,
        "overlap_tokens": options.overlap_tokens,
        "batches": len(batches),
        "mean_embedded_tokens": _mean_tokens(embedder, batches),
        "torch_threads": _torch_threads(),
        "lokal": index,
        "embedding_only": embed,
        "ratio": index["chunks_per_s"] / embed["chunks_per_s"],
    }
    return result, Indexed(corpus, docs, data_dir, embedder)


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


def _mean_tokens(embedder, batches: list[list[str]]) -> float:
    """How long the embedded texts were on average, in the model's tokens."""
    counts = [embedder.count_tokens(text) for batch in batches for text in batch]
    return sum(counts) / max(1, len(counts))
