"""Lokal's benchmarks (`make bench`): four figures, each against a baseline from the same run.

(a) Indexing: pages/s and chunks/s of Lokal's pipeline (read, chunk, embed, store) on 1,100
    pages of real PDF manuals (Debian's octave-doc and texlive-latex-base-doc), against
    embedding the same chunks alone (target >= 0.9) and against the same PDFs through a
    LlamaIndex pipeline with the same model (target: Lokal >= 1.5x its pages/s). Then retrieval
    quality on the index just built: hit@1 and hit@5 of 60 questions with a known answer page
    (bench/questions.json), vector-only and hybrid search, and LlamaIndex's retriever. See
    index_bench.py, retrieval_bench.py and llamaindex_bench.py.
(b) Generation: tokens/s of Lokal's ChatEngine against raw llama-cpp-python, same model and
    settings. See llm_bench.py.
(c) Start-up: seconds from launch to the main window shown, against a bare PySide6 window.
    See startup_bench.py.
(d) GUI responsiveness: how late a 10 ms timer on the GUI thread fires (p99 and max) while a
    300-page PDF indexes and an answer streams, against the idle app; target p99 <= 50 ms,
    max <= 100 ms. Runs the real app in a process of its own. See gui_bench.py.
(e) Models: load time against file size for each available model (SmolLM2, and Gemma 3 270M
    from the dev extra), Lokal's ChatEngine against a bare llama_cpp.Llama; resident memory
    after each of 5 switches between the two through LlmWorker.load_model (no growth), and
    after closing. See model_bench.py.
(f) Answers: evidence@1 (the answer in the first evidence sentence), found on answerable and
    refused on unanswerable questions in English, Danish, Swedish and German
    (bench/grounding_questions.json; targets 0.80, 0.90, 0.80), and generated-answer accuracy
    of each model with the app's answer policy. Its index of the corpus is kept in bench/.cache.
    See answer_bench.py.
(g) Search at scale: p50/p95 latency of vector, keyword and hybrid search through the Retriever
    at 100,000 chunks, against the same at 1,000 chunks. See load_bench.py.
(h) Workflows: field extraction's accuracy per language and format on 32 generated invoices and
    letters, invented cells, parse rate and seconds per document, and the report, ask across
    and compare workflows' cost, with SmolLM2 and Gemma 3 270M. See bench_workflows.py.
(i) Embedding run-time: indexing chunks/s and retrieval figures with onnxruntime (what the app
    runs) against torch (sentence-transformers, before issue 13), same corpus, same run (at most
    300 pages of it). See onnx_bench.py.
(j) The bundle: the frozen window's start-up, resident memory with both models loaded against
    the source run with torch, and the sizes; skipped when no bundle is built (`make bundle`).
    See bundle_bench.py.
(k) The API under load: 8 clients streaming chat completions from a real `lokal serve` for 60 s
    (requests, failures, p50/p95 time to first token, tokens/s) against the same answers made
    in-process one at a time. See api_load_bench.py.

No pass/fail: it prints the numbers and a summary, and writes everything to
bench/.cache/results.json. The sections run in the order (c), (b), (e), (d), (a): the light,
short measurements first, before this process has torch and chromadb loaded ((d) loads them in
its own process). Each section also reports how much CPU other processes took meanwhile; on
2 cores, anything else running makes the numbers noisy.

    .venv/bin/python bench/run_all.py [--max-pages N | --quick] [--skip-index]
                                      [--skip-llamaindex] [--skip-llm] [--skip-startup]
                                      [--skip-gui] [--skip-models] [--skip-answers] [--skip-load]
                                      [--skip-workflows] [--skip-onnx] [--skip-bundle]

The page budget of (a) is --max-pages, else $LOKAL_BENCH_PAGES, else 1,100; --quick is 100
pages (a dev run: about a minute for (a); fewer questions fall inside the corpus).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import answer_bench
import api_load_bench
import bench_workflows
import bundle_bench
import cpu_watch
import gui_bench
import index_bench
import llamaindex_bench
import llm_bench
import load_bench
import model_bench
import onnx_bench
import retrieval_bench
import startup_bench

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CACHE = BENCH / ".cache"
DEFAULT_MAX_PAGES = 1100
QUICK_PAGES = 100
PACKAGES = (
    "PySide6",
    "llama_cpp_python",
    "torch",
    "sentence-transformers",
    "chromadb",
    "pypdf",
    "bm25s",
    "llama-index-core",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_pages = int(os.environ.get("LOKAL_BENCH_PAGES") or DEFAULT_MAX_PAGES)
    parser.add_argument(
        "--max-pages",
        type=int,
        default=default_pages,
        metavar="N",
        help=f"pages to index in (a) (default $LOKAL_BENCH_PAGES or {DEFAULT_MAX_PAGES})",
    )
    parser.add_argument(
        "--quick", action="store_true", help=f"(a) on {QUICK_PAGES} pages, for a quick check"
    )
    parser.add_argument("--skip-index", action="store_true", help="skip (a) indexing")
    parser.add_argument(
        "--skip-llamaindex", action="store_true", help="skip (a)'s LlamaIndex baseline"
    )
    parser.add_argument("--skip-llm", action="store_true", help="skip (b) generation")
    parser.add_argument("--skip-startup", action="store_true", help="skip (c) start-up")
    parser.add_argument("--skip-gui", action="store_true", help="skip (d) GUI responsiveness")
    parser.add_argument("--skip-models", action="store_true", help="skip (e) model load/switch")
    parser.add_argument("--skip-answers", action="store_true", help="skip (f) answers")
    parser.add_argument("--skip-load", action="store_true", help="skip (g) search at scale")
    parser.add_argument("--skip-workflows", action="store_true", help="skip (h) workflows")
    parser.add_argument("--skip-onnx", action="store_true", help="skip (i) onnxruntime vs torch")
    parser.add_argument("--skip-bundle", action="store_true", help="skip (j) the bundle")
    parser.add_argument("--skip-api", action="store_true", help="skip (k) the API under load")
    args = parser.parse_args(argv)
    if args.quick:
        args.max_pages = QUICK_PAGES
    if args.max_pages < 1:
        parser.error("--max-pages must be at least 1")

    sys.path.insert(1, str(REPO))  # desktop_app, even without `pip install -e`
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # as the app and the CLI set them
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    logging.basicConfig(level=logging.ERROR)
    for handler in logging.getLogger().handlers:  # bm25s sets DEBUG on its own logger
        handler.setLevel(logging.ERROR)
    CACHE.mkdir(parents=True, exist_ok=True)

    began = time.perf_counter()
    results: dict = {"when": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": _machine()}
    results["max_pages"] = args.max_pages
    work = tempfile.TemporaryDirectory(prefix="lokal-bench-")
    sections = [
        ("startup", "(c) Start-up", args.skip_startup, lambda: startup_bench.run(REPO)),
        ("llm", "(b) Generation", args.skip_llm, llm_bench.run),
        (
            "models",
            "(e) Model load and switching",
            args.skip_models,
            lambda: model_bench.run(CACHE),
        ),
        ("gui", "(d) GUI responsiveness", args.skip_gui, lambda: gui_bench.run(CACHE)),
        (
            "index",
            "(a) Indexing and retrieval",
            args.skip_index,
            lambda: _index_section(args.max_pages, Path(work.name), args.skip_llamaindex),
        ),
        ("answers", "(f) Answers", args.skip_answers, lambda: answer_bench.run(args.max_pages)),
        ("load", "(g) Search at scale", args.skip_load, load_bench.run),
        ("workflows", "(h) Workflows", args.skip_workflows, lambda: bench_workflows.run(CACHE)),
        (
            "onnx",
            "(i) Embedding run-time: onnxruntime vs torch",
            args.skip_onnx,
            lambda: onnx_bench.run(
                CACHE, min(args.max_pages, onnx_bench.DEFAULT_PAGES), Path(work.name) / "onnx"
            ),
        ),
        (
            "bundle",
            "(j) The bundle: start-up, memory, sizes",
            args.skip_bundle or not bundle_bench.FROZEN_APP.is_file(),
            bundle_bench.run,
        ),
        ("api", "(k) The API under load", args.skip_api, api_load_bench.run),
    ]
    with work:
        for key, title, skip, measure in sections:
            if skip:
                continue
            print(f"\n== {title} ==", flush=True)
            watch = cpu_watch.CpuWatch()
            section_began = time.perf_counter()
            results[key] = measure()
            results[key]["section_seconds"] = time.perf_counter() - section_began
            results[key]["interference"] = watch.stop()
            _print_section(key, results[key])
    results["total_seconds"] = time.perf_counter() - began

    _print_summary(results)
    out = CACHE / "results.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nTotal {results['total_seconds']:.0f} s. Results written to {out.relative_to(REPO)}")
    return 0


def _index_section(max_pages: int, work: Path, skip_llamaindex: bool) -> dict:
    """Index with Lokal (and embed alone), ask the questions of that index, then LlamaIndex."""
    result, indexed = index_bench.run(CACHE, max_pages, work)
    questions, left_out = retrieval_bench.questions_for(indexed.corpus, CACHE)
    result["retrieval"] = retrieval_bench.run(indexed, questions, left_out)
    result["llamaindex"] = None
    if skip_llamaindex:
        pass
    elif not llamaindex_bench.available():
        print("  LlamaIndex baseline skipped: llama-index-core is not installed")
        print("  (pip install -e '.[bench]', which `make bench` does)")
    else:
        llama = llamaindex_bench.run(indexed, questions)
        result["llamaindex"] = llama
        result["ratio_llamaindex"] = result["lokal"]["pages_per_s"] / llama["pages_per_s"]
    return result


def _machine() -> dict:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "packages": versions,
    }


def _print_section(key: str, result: dict) -> None:
    print()
    if key == "index":
        print(f"  {'':26} {'pages':>6} {'chunks':>7} {'seconds':>8} {'pages/s':>8} {'chunks/s':>9}")
        rows = [
            ("Lokal index_paths", result["lokal"]),
            ("embedding only (encode)", result["embedding_only"]),
        ]
        if result.get("llamaindex"):
            rows.append(("LlamaIndex (same model)", result["llamaindex"]))
        for label, row in rows:
            print(
                f"  {label:26} {row['pages']:>6} {row['chunks']:>7} {row['seconds']:>8.1f} "
                f"{row['pages_per_s']:>8.2f} {row['chunks_per_s']:>9.2f}"
            )
        print(f"  ratio indexing ÷ embedding-only chunks/s: {result['ratio']:.2f} (target ≥ 0.9)")
        if result.get("llamaindex"):
            print(
                f"  ratio Lokal ÷ LlamaIndex pages/s: {result['ratio_llamaindex']:.2f} "
                "(target ≥ 1.5)"
            )
        retrieval_bench.print_table(result["retrieval"], result.get("llamaindex"))
    elif key == "llm":
        print(
            f"  median tokens/s: Lokal {result['lokal']['median_tokens_per_s']:.1f}, "
            f"raw llama-cpp-python {result['raw']['median_tokens_per_s']:.1f}; "
            f"ratio Lokal ÷ raw: {result['ratio']:.2f}"
        )
        if not result["same_text"]:
            print("  note: the two engines wrote different texts (settings differ?)")
    elif key == "startup":
        lokal, bare = result["lokal"], result["bare_qt"]
        print(
            f"  median launch-to-window: Lokal {lokal['median_wall_s']:.3f} s "
            f"(in-process {lokal['median_in_process_s']:.3f} s), bare Qt "
            f"{bare['median_wall_s']:.3f} s (in-process {bare['median_in_process_s']:.3f} s); "
            f"ratio Lokal ÷ bare Qt: {result['ratio']:.2f}"
        )
    elif key == "gui":
        gui_bench.print_result(result)
    elif key == "models":
        model_bench.print_result(result)
    elif key == "answers":
        answer_bench.print_result(result)
    elif key == "load":
        load_bench.print_result(result)
    elif key == "workflows":
        bench_workflows.print_result(result)
    elif key == "onnx":
        onnx_bench.print_table(result)
    elif key == "bundle":
        bundle_bench.print_summary(result)
    elif key == "api":
        api_load_bench.print_result(result)
    other = result["interference"]["other_cpu_s"]
    if other is not None:
        share = other / result["section_seconds"]
        warning = "  <- numbers may be noisy" if share > 0.1 else ""
        print(
            f"  (section took {result['section_seconds']:.0f} s; other processes used "
            f"{other:.1f} CPU-s meanwhile, {share:.0%} of one core{warning})"
        )


def _print_summary(results: dict) -> None:
    rows = []
    if "index" in results:
        index = results["index"]
        pages = index["lokal"]["pages"]
        rows.append(
            (
                f"(a) indexing, chunks/s ({pages} pages)",
                f"{index['lokal']['chunks_per_s']:.2f}",
                f"{index['embedding_only']['chunks_per_s']:.2f} embedding only",
                index["ratio"],
            )
        )
        rows.append(
            (
                "    indexing, pages/s",
                f"{index['lokal']['pages_per_s']:.2f}",
                f"{index['embedding_only']['pages_per_s']:.2f} embedding only",
                index["ratio"],
            )
        )
        if index.get("llamaindex"):
            rows.append(
                (
                    "    vs LlamaIndex, pages/s (≥ 1.5)",
                    f"{index['lokal']['pages_per_s']:.2f}",
                    f"{index['llamaindex']['pages_per_s']:.2f} LlamaIndex",
                    index["ratio_llamaindex"],
                )
            )
        modes = index["retrieval"]["modes"]
        best = modes.get("hybrid", modes["vector"])
        label = "hybrid" if "hybrid" in modes else "vector"
        for name, at in (("hit_at_1", "hit@1"), ("hit_at_5", "hit@5")):
            baselines = [("vector-only", modes["vector"])] if "hybrid" in modes else []
            if index.get("llamaindex"):
                baselines.append(("LlamaIndex", index["llamaindex"]["retrieval"]))
            for baseline_name, baseline in baselines:
                rows.append(
                    (
                        f"    retrieval {at}, {label}",
                        f"{best[name]:.2f}",
                        f"{baseline[name]:.2f} {baseline_name}",
                        best[name] / baseline[name] if baseline[name] else float("nan"),
                    )
                )
    if "llm" in results:
        llm = results["llm"]
        rows.append(
            (
                "(b) generation, tokens/s (median)",
                f"{llm['lokal']['median_tokens_per_s']:.1f}",
                f"{llm['raw']['median_tokens_per_s']:.1f} raw llama-cpp",
                llm["ratio"],
            )
        )
    if "models" in results:
        for name, load in results["models"]["load"].items():
            rows.append(
                (
                    f"(e) load {name}, s (median)",
                    f"{load['warm']['lokal']['median_s']:.3f}",
                    f"{load['warm']['bare']['median_s']:.3f} bare llama-cpp",
                    load["ratio_warm"],
                )
            )
        memory = results["models"]["memory"]
        for name, growth in (memory or {}).get("growth", {}).items():
            rows.append(
                (
                    f"    RSS, {name} last load, MB",
                    f"{growth['last_mb']:.1f}",
                    f"{growth['first_mb']:.1f} its first load",
                    growth["last_mb"] / growth["first_mb"],
                )
            )
    if "startup" in results:
        startup = results["startup"]
        rows.append(
            (
                "(c) start-up to window, s (median)",
                f"{startup['lokal']['median_wall_s']:.3f}",
                f"{startup['bare_qt']['median_wall_s']:.3f} bare Qt",
                startup["ratio"],
            )
        )
    if "gui" in results:
        gui = results["gui"]
        for label, name, ratio in (
            ("(d) GUI stall p99, ms (target ≤ 50)", "p99_ms", gui["ratio"]),
            ("    GUI stall max, ms (target ≤ 100)", "max_ms", gui["ratio_max"]),
        ):
            rows.append(
                (
                    label,
                    f"{gui['load'][name]:.1f}",
                    f"{gui['idle'][name]:.1f} idle app",
                    ratio if ratio is not None else float("nan"),
                )
            )
    if results.get("api", {}).get("baseline"):
        api = results["api"]
        rows.append(
            (
                f"(k) API, tokens/s ({api['clients']} streams)",
                f"{api['tokens_per_second']:.1f}",
                f"{api['baseline']['tokens_per_second']:.1f} in-process, one at a time",
                api["throughput_ratio"],
            )
        )
    if not rows:
        return
    print("\n== Summary ==")
    print(f"  {'measurement':36} {'Lokal':>8}   {'baseline':28} {'Lokal ÷ baseline':>16}")
    for label, lokal, baseline, ratio in rows:
        print(f"  {label:36} {lokal:>8}   {baseline:28} {ratio:>16.2f}")


if __name__ == "__main__":
    sys.exit(main())
