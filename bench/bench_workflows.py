"""(h) Workflows: field extraction's accuracy on generated invoices and letters, and what the
other ready workflows cost, with the bundled SmolLM2-135M and Gemma 3 270M.

Extraction: core/workflows/extract.extract_fields with the invoice template (invoice number,
date, total, sender) over the corpus of tests/workflow_corpus.py (8 documents per language in
English, Danish, Swedish and German, as PDF, DOCX and text; written afresh into a temporary
folder). A cell is right when it names the true value (grounded_values: the same value in
another format counts) or when both are empty; "invented" counts non-empty cells that the
document's text does not hold (the workflow must keep that at 0). Printed per language and
format, per field, overall; the parse rate is ModelStepParsed ok / all of them (each a
grammar-constrained step, retried by ask_json), seconds per document from DocumentDone.

Then, on a few corpus documents, the report (core/workflows/report.py), ask across
(ask_across.py, on hits made from the documents' pages) and compare (compare.py, two versions
of one generated letter that differ in one line), each with its steps parsed and seconds; a
workflow not in this checkout is reported as missing, one that fails with its error.

No pass/fail. Each model runs through Lokal's ChatEngine at the app's context window (4,096),
greedy, on LOKAL_BENCH_THREADS llama.cpp threads (default 1: on a shared 2-core machine two
threads wait for each other at every barrier).

    .venv/bin/python bench/bench_workflows.py [--models smollm2,gemma] [--per-language N]
                                              [--skip-others] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CACHE = BENCH / ".cache"
CONTEXT = 4096
THREADS = int(os.environ.get("LOKAL_BENCH_THREADS") or 1)
MODEL_LABELS = {"smollm2": "SmolLM2-135M", "gemma": "Gemma-3-270M"}
ASK_QUESTION = "What is the total amount to pay, and who sent it?"
OTHER_DOCUMENTS = 3  # documents the report and ask across run on


def run(
    cache: Path = CACHE,
    models: tuple[str, ...] = ("smollm2", "gemma"),
    per_language: int = 8,
    others: bool = True,
    extract: bool = True,
    max_seconds: float | None = None,
) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # QPdfWriter needs a Qt app
    sys.path.insert(1, str(REPO))  # tests.workflow_corpus, desktop_app
    import model_bench

    from tests import workflow_corpus

    available = dict(model_bench.available_models(cache))
    result: dict = {"context_length": CONTEXT, "threads": THREADS, "models": {}}
    with tempfile.TemporaryDirectory(prefix="lokal-workflows-") as work:
        folder = Path(work)
        corpus = workflow_corpus.make_corpus(folder / "corpus", per_language)
        result["corpus"] = _corpus_summary(corpus)
        print(f"  corpus: {len(corpus)} documents in {folder}", flush=True)
        for name in models:
            label = MODEL_LABELS.get(name, name)
            if label not in available:
                print(f"  model {name} is not available; skipped", flush=True)
                continue
            result["models"][label] = _run_model(
                label, available[label], corpus, folder / label, others, extract, max_seconds
            )
    return result


def _corpus_summary(corpus) -> dict:
    from collections import Counter

    return {
        "documents": len(corpus),
        "by_language": dict(Counter(d.language for d in corpus)),
        "by_format": dict(Counter(d.format for d in corpus)),
        "by_kind": dict(Counter(d.kind for d in corpus)),
        "two_page_pdfs": sum(d.pages == 2 for d in corpus),
        "empty_truth_cells": sum(not v for d in corpus for v in d.truth.values()),
    }


def _run_model(
    label: str,
    path: Path,
    corpus,
    work: Path,
    others: bool,
    extract: bool,
    max_seconds: float | None = None,
) -> dict:
    from desktop_app.core.llm import ChatEngine, EngineSettings

    work.mkdir(parents=True, exist_ok=True)
    print(f"  {label}: loading {path.name} ...", flush=True)
    settings = EngineSettings(context_length=CONTEXT, temperature=0.0, threads=THREADS)
    engine = ChatEngine(path, settings)
    try:
        measured = {}
        if extract:
            measured["extract"] = _extract(engine, corpus, work, label, max_seconds)
        if others:
            measured.update(_others(engine, corpus, work, label))
        return measured
    finally:
        engine.close()


# -- extraction ----------------------------------------------------------------------------------


def interleaved(corpus) -> list:
    """The documents in the order en-01, da-01, sv-01, de-01, en-02, ...: a run stopped early
    (--max-seconds) has measured every language and, soon, every format."""
    position: dict[str, int] = {}
    ordered = []
    for document in corpus:
        position[document.language] = position.get(document.language, -1) + 1
        ordered.append((position[document.language], document))
    languages = list(dict.fromkeys(d.language for d in corpus))
    ordered.sort(key=lambda pair: (pair[0], languages.index(pair[1].language)))
    return [document for _position, document in ordered]


def _extract(engine, corpus, work: Path, label: str, max_seconds: float | None = None) -> dict:
    from desktop_app.core.workflows.documents import load_document
    from desktop_app.core.workflows.events import (
        DocumentDone,
        DocumentSkipped,
        ModelStepParsed,
        RowExtracted,
        WorkflowFinished,
    )
    from desktop_app.core.workflows.extract import INVOICE_FIELDS, ExtractRequest, extract_fields
    from tests import workflow_corpus

    corpus = interleaved(corpus)
    request = ExtractRequest(
        paths=tuple(str(document.path) for document in corpus),
        fields=INVOICE_FIELDS,
        output=work / "extract.csv",
    )
    rows, seconds, skipped = [], [], []
    steps = parsed = attempts = 0
    finished = None
    began = time.perf_counter()
    cancel = threading.Event()
    # A time budget: Stop, as a user would press it; the rows done so far are scored.
    timer = threading.Timer(max_seconds, cancel.set) if max_seconds else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    for event in extract_fields(engine, request, cancel=cancel):
        match event:
            case ModelStepParsed():
                steps += 1
                parsed += event.ok
                attempts += event.attempts
            case RowExtracted():
                rows.append(event)
                print(f"      {[value for _name, value, _page in event.cells]}", flush=True)
            case DocumentDone():
                seconds.append(event.seconds)
                print(
                    f"    {label} extract {event.number}/{event.total} "
                    f"{Path(event.path).name}: {event.seconds:.1f} s",
                    flush=True,
                )
            case DocumentSkipped():
                skipped.append((event.path, event.error.code))
            case WorkflowFinished():
                finished = event
    wall = time.perf_counter() - began
    if timer is not None:
        timer.cancel()
    done = {row.path for row in rows}
    if finished is not None and finished.cancelled:  # scored on the documents it finished
        corpus = [document for document in corpus if str(document.path) in done]
    texts = {str(d.path): load_document(d.path).text for d in corpus}
    graded = workflow_corpus.score(rows, corpus, texts)
    return {
        "stopped_early": bool(finished and finished.cancelled),
        "documents_scored": [d.path.name for d in corpus],
        "documents": len(rows),
        "skipped": skipped,
        "steps": steps,
        "parsed": parsed,
        "parse_rate": parsed / steps if steps else float("nan"),
        "attempts": attempts,
        "finished_steps": finished.steps if finished else None,
        "finished_parsed": finished.parsed if finished else None,
        "seconds": wall,
        "seconds_per_document": sum(seconds) / len(seconds) if seconds else float("nan"),
        "max_seconds_per_document": max(seconds, default=float("nan")),
        "score": graded.as_dict(),
        "wrong": [list(cell) for cell in graded.wrong],
    }


# -- report, ask across, compare -----------------------------------------------------------------


def _others(engine, corpus, work: Path, label: str) -> dict:
    from tests import workflow_corpus

    # One document of each format, mixed languages and kinds, as a user's folder would be.
    chosen, formats = [], set()
    for document in corpus:
        if document.format not in formats and document.language not in {d.language for d in chosen}:
            chosen.append(document)
            formats.add(document.format)
        if len(chosen) == OTHER_DOCUMENTS:
            break
    paths = tuple(str(document.path) for document in chosen)
    old, new, _old_line, _new_line = workflow_corpus.make_letter_versions(work / "versions", "en")
    runs = {
        "report": lambda: _report(engine, paths, work),
        "ask_across": lambda: _ask_across(engine, paths),
        "compare": lambda: _compare(engine, str(old), str(new)),
    }
    measured = {}
    for name, start in runs.items():
        print(f"    {label} {name} ...", flush=True)
        measured[name] = _measure(start)
        measured[name]["paths"] = [Path(path).name for path in paths] if name != "compare" else []
    return measured


def _measure(start) -> dict:
    """Drive a workflow's events; its counts, or why it could not run."""
    from desktop_app.core.workflows.events import (
        DocumentSkipped,
        ModelStepParsed,
        SectionWritten,
        WorkflowFinished,
    )

    began = time.perf_counter()
    try:
        events = start()
        steps = parsed = sections = skipped = 0
        finished = None
        for event in events:
            match event:
                case ModelStepParsed():
                    steps += 1
                    parsed += event.ok
                case SectionWritten():
                    sections += 1
                case DocumentSkipped():
                    skipped += 1
                case WorkflowFinished():
                    finished = event
    except ModuleNotFoundError as error:
        return {"available": False, "error": str(error)}
    except Exception as error:  # a bench reports a failing workflow, it does not stop
        return {"available": True, "error": f"{type(error).__name__}: {error}"}
    return {
        "available": True,
        "seconds": time.perf_counter() - began,
        "steps": steps,
        "parsed": parsed,
        "finished_steps": finished.steps if finished else None,
        "finished_parsed": finished.parsed if finished else None,
        "sections": sections,
        "documents": finished.documents if finished else None,
        "skipped": skipped,
        "characters": len(finished.text) if finished else 0,
    }


def _report(engine, paths, work: Path):
    from desktop_app.core.workflows.report import ReportRequest, write_report

    return write_report(engine, ReportRequest(paths, work / "report.md"), None, threading.Event())


def _ask_across(engine, paths):
    from desktop_app.core.workflows.ask_across import ask_across
    from tests.workflow_corpus import page_hits

    return ask_across(engine, ASK_QUESTION, page_hits(paths), threading.Event())


def _compare(engine, old: str, new: str):
    from desktop_app.core.workflows.compare import compare_documents

    return compare_documents(engine, old, new, None, threading.Event())


# -- printing ------------------------------------------------------------------------------------


def print_result(result: dict) -> None:
    from tests.workflow_corpus import FORMATS, LANGUAGES

    corpus = result.get("corpus", {})
    print(
        f"  corpus: {corpus.get('documents')} documents {corpus.get('by_language')}, "
        f"{corpus.get('by_format')}, {corpus.get('by_kind')}, "
        f"{corpus.get('two_page_pdfs')} two-page PDFs; context {result['context_length']}, "
        f"{result['threads']} thread(s)"
    )
    for label, measured in result["models"].items():
        print(f"\n  {label}:")
        extract = measured.get("extract")
        if extract is None:
            _print_others(measured)
            continue
        score = extract["score"]
        print(
            f"    extract: accuracy {score['accuracy']:.2f} "
            f"({score['right']}/{score['cells']} cells), invented {score['invented']}, "
            f"parsed {extract['parsed']}/{extract['steps']} steps "
            f"({extract['parse_rate']:.2f}, {extract['attempts']} attempts), "
            f"{extract['seconds_per_document']:.1f} s/document "
            f"(max {extract['max_seconds_per_document']:.1f}), skipped {len(extract['skipped'])}"
        )
        if extract.get("stopped_early"):
            print(f"    stopped at the time budget: {extract['documents']} documents scored")
        cells = score["by_language_format"]
        print(f"    {'accuracy':10}" + "".join(f"{f:>7}" for f in FORMATS) + f"{'all':>7}")
        for language in LANGUAGES:
            line = "".join(
                _share(cells.get(f"{language}/{format_}")) for format_ in FORMATS
            ) + _share(score["by_language"].get(language))
            print(f"    {language:10}{line}")
        line = "".join(_share(score["by_format"].get(f)) for f in FORMATS)
        print(f"    {'all':10}{line}{_share(score)}")
        fields = ", ".join(
            f"{name} {tally['accuracy']:.2f}" for name, tally in score["by_field"].items()
        )
        kinds = ", ".join(
            f"{name} {tally['accuracy']:.2f}" for name, tally in score["by_kind"].items()
        )
        print(f"    per field: {fields}; per kind: {kinds}")
        _print_others(measured)


def _print_others(measured: dict) -> None:
    for name in ("report", "ask_across", "compare"):
        if name not in measured:
            continue
        other = measured[name]
        if "error" in other:
            state = "not in this checkout" if not other["available"] else "failed"
            print(f"    {name}: {state} ({other['error']})")
            continue
        print(
            f"    {name}: {other['documents']} document(s), {other['sections']} section(s), "
            f"parsed {other['parsed']}/{other['steps']} steps, {other['seconds']:.1f} s"
        )


def _share(tally: dict | None) -> str:
    if not tally or not tally.get("cells"):
        return f"{'-':>7}"
    return f"{tally['right'] / tally['cells']:>7.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", default="smollm2,gemma", help="e.g. smollm2,gemma")
    parser.add_argument("--per-language", type=int, default=8, metavar="N")
    parser.add_argument(
        "--skip-others", action="store_true", help="extraction only (no report/ask/compare)"
    )
    parser.add_argument(
        "--skip-extract", action="store_true", help="report/ask/compare only (no extraction)"
    )
    parser.add_argument(
        "--max-seconds",
        type=float,
        metavar="S",
        help="stop extraction after S seconds per model and score the documents done",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the numbers here")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    CACHE.mkdir(parents=True, exist_ok=True)
    models = tuple(name.strip() for name in args.models.split(",") if name.strip())
    began = time.perf_counter()
    result = run(CACHE, models, args.per_language, not args.skip_others, not args.skip_extract)
    result["total_seconds"] = time.perf_counter() - began
    print()
    print_result(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\n  numbers written to {args.json}")
    print(f"  total {result['total_seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
