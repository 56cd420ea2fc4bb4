"""(i) The embedding run-time: onnxruntime against torch, in the same run, on the same corpus.

The app runs its embedding model with onnxruntime (core/onnx_encoder.py, the ONNX export that
`make onnx` writes); before issue 13 it ran it with sentence-transformers on torch. For each
backend (LOKAL_EMBEDDING_BACKEND=torch, then onnx) this indexes the same PDF corpus through
Lokal's real pipeline into its own fresh data folder (index_bench.run: read, chunk, embed,
store; the model loaded and warmed up before the clock starts) and asks the retrieval
benchmark's questions of that index (retrieval_bench.run: hit@1, hit@5, MRR, vector and hybrid).

Targets (issue 13): onnxruntime indexes at least as many chunks/s as torch, and the retrieval
figures are the same. Also reported: how far the two backends' vectors of the same passages are
apart (the lowest cosine), and the thread counts each used.

    .venv/bin/python bench/onnx_bench.py [--max-pages N]     (default 300 pages)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import index_bench
import retrieval_bench

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CACHE = BENCH / ".cache"
BACKEND_ENV = "LOKAL_EMBEDDING_BACKEND"  # desktop_app.core.embedder.BACKEND_ENV
BACKENDS = ("torch", "onnx")
DEFAULT_PAGES = 300
SAMPLE_PASSAGES = 200  # passages embedded by both backends for the cosine comparison


def run(cache: Path, max_pages: int, work: Path) -> dict:
    """Index and query with each backend; the figures of both, and onnx ÷ torch."""
    import numpy as np

    result: dict = {"max_pages": max_pages, "backends": {}}
    embedders = {}
    saved = os.environ.get(BACKEND_ENV)
    try:
        for backend in BACKENDS:
            print(f"  -- {backend} --", flush=True)
            os.environ[BACKEND_ENV] = backend
            index, indexed = index_bench.run(cache, max_pages, work / backend, baseline=False)
            if indexed.embedder.backend != backend:
                raise RuntimeError(f"asked for {backend}, got {indexed.embedder.backend}")
            questions, left_out = retrieval_bench.questions_for(indexed.corpus, cache)
            retrieval = retrieval_bench.run(indexed, questions, left_out)
            result["backends"][backend] = {
                "index": index["lokal"],
                "chunks": index["lokal"]["chunks"],
                "retrieval": {
                    mode: {key: scores[key] for key in ("hit_at_1", "hit_at_5", "mrr")}
                    for mode, scores in retrieval["modes"].items()
                },
                "median_query_ms": {
                    mode: scores["median_query_ms"] for mode, scores in retrieval["modes"].items()
                },
                "questions": retrieval["questions"],
            }
            embedders[backend] = indexed.embedder
    finally:
        if saved is None:
            os.environ.pop(BACKEND_ENV, None)
        else:
            os.environ[BACKEND_ENV] = saved

    torch_run, onnx_run = result["backends"]["torch"], result["backends"]["onnx"]
    result["throughput_ratio"] = (
        onnx_run["index"]["chunks_per_s"] / torch_run["index"]["chunks_per_s"]
    )
    result["same_chunks"] = onnx_run["chunks"] == torch_run["chunks"]
    result["retrieval_difference"] = {
        mode: {
            key: onnx_run["retrieval"][mode][key] - torch_run["retrieval"][mode][key]
            for key in onnx_run["retrieval"][mode]
        }
        for mode in onnx_run["retrieval"]
    }
    result["threads"] = _threads()

    # The same passages through both: how close the vectors are (the tests' bar is 1e-4).
    passages = _sample_passages(work / "onnx" / "docs", embedders["onnx"])
    vectors = {name: np.array(model.encode(passages)) for name, model in embedders.items()}
    cosines = (vectors["onnx"] * vectors["torch"]).sum(axis=1)
    result["vector_agreement"] = {
        "passages": len(passages),
        "min_cosine": float(cosines.min()),
        "mean_cosine": float(cosines.mean()),
    }
    for name, model in embedders.items():
        started = time.perf_counter()
        model.encode(passages)
        result["backends"][name]["sample_encode_s"] = time.perf_counter() - started
    return result


def _sample_passages(docs: Path, embedder) -> list[str]:
    """Passage-sized pieces of the corpus's text, read as the pipeline reads it."""
    from desktop_app.core.ingest.readers import read_document

    passages: list[str] = []
    for pdf in sorted(docs.glob("*.pdf")):
        for page in read_document(pdf).pages:
            words = page.text.split()
            for start in range(0, len(words), 120):
                if len(passages) >= SAMPLE_PASSAGES:
                    return passages
                piece = " ".join(words[start : start + 120])
                if piece:
                    passages.append(piece)
    return passages


def _threads() -> dict:
    import onnxruntime
    import torch

    from desktop_app.core.onnx_encoder import session_options

    return {
        "torch": torch.get_num_threads(),
        "onnxruntime_intra_op": session_options().intra_op_num_threads or "default (cores)",
        "onnxruntime_version": onnxruntime.__version__,
        "cpus": os.cpu_count(),
    }


def print_table(result: dict) -> None:
    print(
        f"  {'':10} {'chunks':>7} {'seconds':>8} {'chunks/s':>9}   retrieval (hit@1 / hit@5 / MRR)"
    )
    for backend, row in result["backends"].items():
        index = row["index"]
        quality = "   ".join(
            f"{mode} {s['hit_at_1']:.3f} / {s['hit_at_5']:.3f} / {s['mrr']:.3f}"
            for mode, s in row["retrieval"].items()
        )
        print(
            f"  {backend:10} {index['chunks']:7d} {index['seconds']:8.1f}"
            f" {index['chunks_per_s']:9.2f}   {quality}"
        )
    agreement = result["vector_agreement"]
    print(
        f"  onnxruntime ÷ torch, chunks/s: {result['throughput_ratio']:.2f} (target >= 1.0);"
        f" same chunks: {result['same_chunks']}"
    )
    print(
        f"  vectors of {agreement['passages']} passages: lowest cosine"
        f" {agreement['min_cosine']:.6f}, mean {agreement['mean_cosine']:.6f}"
    )
    difference = ", ".join(
        f"{mode} hit@1 {d['hit_at_1']:+.3f} hit@5 {d['hit_at_5']:+.3f} MRR {d['mrr']:+.3f}"
        for mode, d in result["retrieval_difference"].items()
    )
    print(f"  retrieval, onnx - torch: {difference}")
    print(f"  threads: {result['threads']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-pages", type=int, default=DEFAULT_PAGES, metavar="N")
    args = parser.parse_args(argv)
    sys.path.insert(1, str(REPO))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lokal-onnx-bench-") as work:
        result = run(CACHE, args.max_pages, Path(work))
    print()
    print_table(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
