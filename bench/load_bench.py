"""(g) Search at scale: latency p50/p95 of a search at 100,000 chunks, against 1,000 chunks.

Each mode (vector, keyword, hybrid) goes through core/application/search.py's Retriever, as
`lokal search` and the window search: the query is embedded (vector, hybrid), chroma's HNSW
index and the BM25 index are queried, and the rankings fused. No reranker.

The store is Lokal's own (DocumentStore on disk), filled the way indexing fills it (begin_file,
add_chunks, finish_file), 100 chunks a file, with generated text: ~60 words a chunk drawn from
a vocabulary, plus a code word of its own so that keyword queries have rare words to find.

Vectors: embedding 100,000 chunks takes 10 to 30 minutes on 2 cores, so by default only a
sample (--real, 5,000 chunks) is embedded for real with the bundled model; each other chunk's
vector is a mix of two real ones plus a little noise, normalised ("synthetic"), so that the
HNSW index holds vectors spread like real ones. --real-all embeds every chunk. The result says
which. The first query of each size (which builds the BM25 matrix) is timed apart; then
--queries queries per mode, after 3 warm-up queries. Vector search's two parts are timed apart
too: embedding the query (the model's time, the same at any size) and the store's lookup of a
ready vector (chroma's HNSW index), which is what grows with the store.

Prints the numbers; no pass/fail.

    .venv/bin/python bench/load_bench.py [--chunks N] [--baseline N] [--real N | --real-all]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CHUNKS = 100_000
BASELINE_CHUNKS = 1_000
REAL_SAMPLE = 5_000
QUERIES = 40
WARMUP = 3
CHUNKS_PER_FILE = 100
WORDS_PER_CHUNK = 60
MODES = ("vector", "keyword", "hybrid")
ROWS = (*MODES, "embed query", "store lookup")  # the last two: vector search's two parts
VOCABULARY = (  # noqa: SIM905 (a word list reads best as text)
    "harbour tide gauge ferry schedule north west south east wind rain dawn dusk boat crane "
    "quay cargo timber grain salt herring nets rope anchor buoy chart pilot dock lock bridge "
    "canal river delta marsh dune beach cliff cove inlet shoal reef island fjord bay sound "
    "strait cape point lamp signal flag horn bell log ledger invoice crate barrel sack pallet "
    "warehouse depot yard shed office clerk master mate crew deck hull keel mast sail oar "
    "engine fuel oil coal steam diesel pump valve gear shaft rudder propeller compass sextant "
    "clock week month season spring summer autumn winter morning evening noon midnight "
    "report budget contract meeting minutes policy invoice customer supplier order delivery "
    "kitchen recipe butter flour sugar oven garden apple pear cherry plum rose tulip"
).split()


def chunk_text(number: int) -> str:
    words = random.Random(number).choices(VOCABULARY, k=WORDS_PER_CHUNK)
    return f"Passage {number} code zq{number:06d}x. " + " ".join(words) + "."


def query_text(number: int) -> str:
    draw = random.Random(10_000_000 + number)
    words = " ".join(draw.choices(VOCABULARY, k=5))
    if number % 2:  # half the queries name a chunk's code word, as a user names an error code
        return f"{words} zq{draw.randrange(BASELINE_CHUNKS):06d}x"
    return words


def embed_all(embedder, count: int, real: int) -> tuple[list[list[float]], float]:
    """Vectors for chunks 0..count-1: the first `real` embedded, the rest mixed from them."""
    import numpy as np

    began = time.perf_counter()
    sample = np.asarray(embedder.encode([chunk_text(n) for n in range(min(real, count))]))
    seconds = time.perf_counter() - began
    draw = np.random.default_rng(7)
    rest = count - len(sample)
    if rest > 0:
        first = sample[draw.integers(len(sample), size=rest)]
        second = sample[draw.integers(len(sample), size=rest)]
        weight = draw.uniform(0.2, 0.8, size=(rest, 1))
        mixed = weight * first + (1 - weight) * second
        mixed += draw.normal(0.0, 0.02, size=mixed.shape)
        mixed /= np.linalg.norm(mixed, axis=1, keepdims=True)
        sample = np.concatenate([sample, mixed])
    return sample.astype("float32").tolist(), seconds


def fill_store(data_dir: Path, embedder, vectors: list[list[float]], count: int):
    """A DocumentStore holding chunks 0..count-1, written as indexing writes them."""
    from desktop_app.core.store import DocumentStore
    from desktop_app.core.store_types import StoredChunk

    store = DocumentStore(data_dir, embedder.name)
    began = time.perf_counter()
    for first in range(0, count, CHUNKS_PER_FILE):
        path = str(data_dir / "documents" / f"file-{first // CHUNKS_PER_FILE:05d}.txt")
        numbers = range(first, min(first + CHUNKS_PER_FILE, count))
        chunks = []
        for position, number in enumerate(numbers):
            text = chunk_text(number)
            chunks.append(StoredChunk(path, position, None, 0, len(text), text))
        store.begin_file(path)
        store.add_chunks(chunks, vectors[first : first + len(chunks)])
        store.finish_file(path, f"digest-{first}", 1, 0.0, len(chunks), None)
    return store, time.perf_counter() - began


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def latencies(search, queries: int) -> dict:
    """p50/p95/max of `search(number)` over `queries` queries, after WARMUP others."""
    for number in range(WARMUP):
        search(1000 + number)
    times = []
    for number in range(queries):
        began = time.perf_counter()
        search(number)
        times.append((time.perf_counter() - began) * 1000)
    return {
        "p50_ms": statistics.median(times),
        "p95_ms": percentile(times, 0.95),
        "max_ms": max(times),
    }


def time_searches(retriever, queries: int) -> dict:
    """Each mode through the Retriever; then its two parts apart: embedding the query (the
    model, whatever the store's size) and the vector store's lookup of a ready vector."""
    result = {}
    began = time.perf_counter()
    retriever.search(query_text(0), mode="hybrid")  # builds the BM25 matrix, loads HNSW
    result["first_query_ms"] = (time.perf_counter() - began) * 1000
    for mode in MODES:
        result[mode] = latencies(
            lambda number, mode=mode: retriever.search(query_text(number), mode=mode), queries
        )
    embedder, store = retriever.embedder, retriever.store
    vectors = {n: embedder.encode_query(query_text(n)) for n in [*range(queries), 1000, 1001, 1002]}
    result["embed query"] = latencies(lambda n: embedder.encode_query(query_text(n)), queries)
    result["store lookup"] = latencies(lambda n: store.query(vectors[n], 8), queries)
    return result


def run(
    chunks: int = CHUNKS,
    baseline: int = BASELINE_CHUNKS,
    real: int = REAL_SAMPLE,
    queries: int = QUERIES,
) -> dict:
    from desktop_app import services
    from desktop_app.config import Settings
    from desktop_app.core.application.search import RetrievalPolicy, Retriever

    embedder = services.make_embedder(Settings())
    embedder.load()
    real = min(real, chunks)
    print(f"  embedding {real} chunks for real, {chunks - real} synthetic...", flush=True)
    vectors, embed_seconds = embed_all(embedder, chunks, real)
    result = {
        "chunks": chunks,
        "baseline_chunks": baseline,
        "real_embeddings": real,
        "synthetic_embeddings": chunks - real,
        "embed_seconds": embed_seconds,
        "queries_per_mode": queries,
        "sizes": {},
    }
    policy = RetrievalPolicy(top_k=8, mode="hybrid", neighbours=0, reranker="")
    with tempfile.TemporaryDirectory(prefix="lokal-load-bench-") as work:
        for size in (baseline, chunks):
            store, fill_seconds = fill_store(Path(work) / f"data-{size}", embedder, vectors, size)
            print(f"  {size} chunks stored in {fill_seconds:.0f} s; searching...", flush=True)
            try:
                timed = time_searches(Retriever(store, embedder, policy), queries)
                timed["stored_chunks"] = store.chunk_count()
            finally:
                store.close()
            timed["fill_seconds"] = fill_seconds
            result["sizes"][str(size)] = timed
    large, small = result["sizes"][str(chunks)], result["sizes"][str(baseline)]
    result["ratio_p50"] = {row: large[row]["p50_ms"] / small[row]["p50_ms"] for row in ROWS}
    result["ratio_p95"] = {row: large[row]["p95_ms"] / small[row]["p95_ms"] for row in ROWS}
    return result


def print_result(result: dict) -> None:
    chunks, baseline = result["chunks"], result["baseline_chunks"]
    print(
        f"  vectors: {result['real_embeddings']} embedded for real "
        f"({result['embed_seconds']:.0f} s), {result['synthetic_embeddings']} synthetic "
        "(mixes of two real vectors plus noise)"
    )
    large, small = result["sizes"][str(chunks)], result["sizes"][str(baseline)]
    print(
        f"  {'mode':12} {f'p50 ms @{chunks}':>16} {f'p95 ms @{chunks}':>16} "
        f"{f'p50 ms @{baseline}':>15} {f'p95 ms @{baseline}':>15} {'ratio p50':>10} "
        f"{'ratio p95':>10}"
    )
    for row in ROWS:
        print(
            f"  {row:12} {large[row]['p50_ms']:>16.1f} {large[row]['p95_ms']:>16.1f} "
            f"{small[row]['p50_ms']:>15.1f} {small[row]['p95_ms']:>15.1f} "
            f"{result['ratio_p50'][row]:>10.2f} {result['ratio_p95'][row]:>10.2f}"
        )
    print(
        f"  first query (builds the keyword matrix): {large['first_query_ms']:.0f} ms at "
        f"{chunks}, {small['first_query_ms']:.0f} ms at {baseline}; storing {chunks} chunks "
        f"took {large['fill_seconds']:.0f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=CHUNKS)
    parser.add_argument("--baseline", type=int, default=BASELINE_CHUNKS)
    parser.add_argument("--real", type=int, default=REAL_SAMPLE, help="chunks embedded for real")
    parser.add_argument("--real-all", action="store_true", help="embed every chunk for real")
    parser.add_argument("--queries", type=int, default=QUERIES, help="queries per mode")
    parser.add_argument("--json", type=Path, help="also write the result to this file")
    args = parser.parse_args(argv)
    sys.path.insert(1, str(REPO))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    result = run(
        args.chunks, args.baseline, args.chunks if args.real_all else args.real, args.queries
    )
    print_result(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
