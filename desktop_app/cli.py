"""Headless commands over the same core as the GUI: index, search, ask, models.

The contract (other tools drive it):
  lokal [--data-dir DIR] index PATH...
  lokal [--data-dir DIR] search [--top-k N] [--json] [--from-file F] [QUERY ...]
  lokal [--data-dir DIR] ask [--model GGUF] [--top-k N] [--json] [--from-file F] [QUESTION ...]
  lokal [--data-dir DIR] models list [--json]
  lokal [--data-dir DIR] models catalog [--json]
  lokal [--data-dir DIR] models add [--copy] GGUF
  lokal [--data-dir DIR] models download CATALOG_ID | REPO FILE
  lokal [--data-dir DIR] summarize [--task TASK] [--model GGUF] [--json] PATH...
  lokal [--data-dir DIR] workflow extract|report ...  and  lokal agent ...  (cli_workflows.py)
  lokal [--data-dir DIR] mcp [--allow DIR ...]  (mcp_server.py)
  lokal [--data-dir DIR] remote add|list|models|use|remove ...  (cli_remote.py)
  lokal [--data-dir DIR] serve [--host H] [--port P] [--allow-network]  (serve/command.py)
Exit codes: 0 success; 1 a file failed to index or a model failed, or the data folder is in use
(core/data_lock.py); 2 bad usage.

`search` and `ask` are thin adapters over core's application layer, as the window's workers
are (core/application/search.py and ask.py), so both find the same sources and send the same
prompt. `ask --json` gives each answer without a reasoning model's thinking, which, when there
is any, is a "thinking" field of its own. Each answer (and each `search --json` result) says
whether the documents answer it ("found") and which sentences do ("evidence": best first, each
with the 1-based number of its source in "sources"). When they don't, no model runs: "answer"
is that message in the question's language, "sources" is empty and "closest" lists the
nearest passages. "problems" names the checks a generated answer still fails (when any).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
from pathlib import Path

from desktop_app import (
    __version__,
    cli_models,
    cli_remote,
    cli_workflows,
    mcp_server,
    paths,
    services,
)
from desktop_app.config import load_settings, load_settings_with_repairs
from desktop_app.core import assistant
from desktop_app.core.application import ask, grounding
from desktop_app.core.data_lock import DataFolderLock
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest import pipeline
from desktop_app.serve import command as serve_command

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lokal",
        description="Lokal: ask questions about your documents, offline. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"Lokal {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offline in a temporary folder (models, indexing, an "
        "answer with its source, the window) and exit 0 if it works",
    )
    parser.add_argument(
        "--data-dir",
        help=f"folder for the index, settings and history (default: ${paths.DATA_DIR_ENV} "
        "or the platform's user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    index = commands.add_parser("index", help="index files or folders (recursively)")
    index.add_argument(
        "--collection",
        default=pipeline.DEFAULT_COLLECTION,
        help=f"the named collection to add them to (default: {pipeline.DEFAULT_COLLECTION})",
    )
    index.add_argument("paths", nargs="+", metavar="PATH")

    for name, noun, help_text in (
        ("search", "QUERY", "find the passages closest to a query (no model needed)"),
        ("ask", "QUESTION", "answer a question from the indexed documents, with sources"),
    ):
        command = commands.add_parser(name, help=help_text)
        if name == "ask":
            command.add_argument("--model", help="GGUF file to answer with (default: settings)")
        command.add_argument("--top-k", type=int, default=None, help="number of sources")
        command.add_argument(
            "--mode",
            choices=("hybrid", "vector", "keyword"),
            default=None,
            help="how to search: meaning and keywords fused (default), or one of them alone",
        )
        command.add_argument(
            "--collection",
            action="append",
            metavar="NAME",
            help="search only this collection (repeatable; default: all documents)",
        )
        command.add_argument("--json", action="store_true", help="print one JSON array")
        command.add_argument(
            "--from-file", metavar="F", help="read one query per line (models load once)"
        )
        command.add_argument("query", nargs="*", metavar=noun)

    summarize = commands.add_parser(
        "summarize",
        aliases=["summarise"],
        help="summarise whole documents, or list every ... in them (reads all their text)",
    )
    summarize.add_argument(
        "--task",
        default="",
        help='what to do: "list every command", or what the summary is about (default: summarise)',
    )
    summarize.add_argument("--model", help="GGUF file to use (default: settings)")
    summarize.add_argument("--json", action="store_true", help="print one JSON object")
    summarize.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")

    cli_models.add_parsers(commands)
    cli_workflows.add_parsers(commands)
    mcp_server.add_parser(commands)
    cli_remote.add_parser(commands)
    serve_command.add_parser(commands)
    return parser


def main(args: argparse.Namespace) -> int:
    _quiet_libraries()
    lock = None
    try:
        data_dir = paths.resolve_data_dir(args.data_dir)
        lock = _hold_data_folder(data_dir, args)
        if args.command in SETTINGS_COMMANDS:
            _say_settings_repairs(data_dir)
        if args.command == "index":
            return _index(data_dir, args.paths, args.collection)
        if args.command in ("search", "ask"):
            queries = _queries(args)
            if not queries:
                print(f"lokal {args.command}: give a query or --from-file F", file=sys.stderr)
                return EXIT_USAGE
            if args.command == "search":
                return _search(data_dir, queries, args.top_k, args.json, args.collection, args.mode)
            return _ask(
                data_dir, queries, args.top_k, args.json, args.model, args.collection, args.mode
            )
        if args.command == "models":
            return cli_models.run(data_dir, args)
        if args.command in ("summarize", "summarise"):
            return _summarize(data_dir, args.paths, args.task, args.json, args.model)
        if args.command in cli_workflows.COMMANDS:
            return cli_workflows.run(data_dir, args)
        if args.command == "mcp":
            return mcp_server.run(data_dir, args)
        if args.command == "remote":
            return cli_remote.run(data_dir, args)
        if args.command == "serve":
            return serve_command.run(data_dir, args)
    except LokalError as error:
        print(f"lokal: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    finally:
        if lock is not None:
            lock.release()
    return EXIT_USAGE


# The commands that read settings.toml (the `models` commands don't).
SETTINGS_COMMANDS = (
    "index",
    "search",
    "ask",
    "summarize",
    "summarise",
    "workflow",
    "agent",
    "mcp",
    "serve",
    "remote",
)


def _hold_data_folder(data_dir: Path, args: argparse.Namespace) -> DataFolderLock | None:
    """Take the data folder for this command's run, as core/data_lock.py's policy says.

    Writers: `index` (the store), `models add` and `models download` (models/linked.json and
    part files, which the window's Models page writes too: two at once would lose a link or
    mix two downloads in one part file). Readers, who wait for the folder: `search` and `ask`
    (the same chromadb, which a second process must not read while another writes it).
    `summarize` and `models list`/`catalog` read only the documents and models: no lock.
    """
    command = args.command
    if command == "models" and args.models_command in ("add", "download"):
        command = f"models {args.models_command}"
    elif command not in ("index", "search", "ask"):
        return None
    lock = DataFolderLock(
        data_dir,
        f"lokal {command}",
        writes=command not in ("search", "ask"),
        on_wait=lambda owner: print(
            f"lokal: waiting for {owner.what} (process {owner.pid or '?'}) to finish...",
            file=sys.stderr,
            flush=True,
        ),
    )
    lock.acquire()
    return lock


def _say_settings_repairs(data_dir: Path) -> None:
    """A settings file that could not be read is set aside here, and said once on stderr."""
    for repair in load_settings_with_repairs(data_dir)[1]:
        print(f"lokal: repaired: {repair.message}", file=sys.stderr, flush=True)


def _index(data_dir: Path, targets: list[str], collection: str) -> int:
    settings = load_settings(data_dir)
    embedder = services.make_embedder(settings)
    store = _open_store(data_dir, settings, embedder, sys.stdout)
    options = services.chunking_options(settings, embedder)
    run = pipeline.index_paths(targets, store, embedder, options, collection=collection)
    failed = _print_index_run(run, sys.stdout)
    store.close()
    return EXIT_FAILED if failed else EXIT_OK


def _open_store(data_dir: Path, settings, embedder, out):
    """The store, opened as every command opens it: what its open repaired is said once on
    stderr, and the files a repair left to index again are indexed first, with progress on
    `out` (stdout for `index`; stderr for `search` and `ask`, whose stdout is their answer).
    With a shared Chroma server, stderr says so first: the documents' text goes there."""
    server = services.shared_server(settings)
    if server is not None:
        print(
            f"lokal: documents are indexed on the Chroma server {server.label} "
            "(no authentication: see README)",
            file=sys.stderr,
            flush=True,
        )
    store = services.open_store(data_dir, embedder, server=server)
    repairs = store.repairs()
    for repair in repairs:
        print(f"lokal: repaired: {repair.message}", file=sys.stderr, flush=True)
    if repairs:
        options = services.chunking_options(settings, embedder)
        _print_index_run(pipeline.reindex_stale(store, embedder, options), out)
    return store


def _print_index_run(run, out) -> int:
    """Print an indexing run's events as they come; returns how many files failed."""
    failed = 0
    for event in run:
        match event:
            case pipeline.FilesFound(total=total, skipped=skipped):
                extra = f" ({skipped} of an unsupported type skipped)" if skipped else ""
                print(f"Found {total} file(s) to index{extra}.", file=out, flush=True)
            case pipeline.FileIndexed() as done:
                where = f", {done.pages} page(s)" if done.pages else ""
                read_as = f" [read as {done.encoding}]" if done.encoding else ""
                print(
                    f"indexed {done.path} ({done.chunks} chunk(s){where}){read_as}",
                    file=out,
                    flush=True,
                )
                if done.empty_pages:
                    print(
                        f"  {len(done.empty_pages)} page(s) without text (scanned?), not "
                        f"searchable: {pipeline.page_list(done.empty_pages)}",
                        file=out,
                        flush=True,
                    )
                if done.skipped_pages:
                    print(
                        f"  {len(done.skipped_pages)} contents or index page(s) left out: "
                        f"{pipeline.page_list(done.skipped_pages)}",
                        file=out,
                        flush=True,
                    )
                if done.duplicate_of:
                    print(
                        f"  same content as {done.duplicate_of}: copied, not embedded again",
                        file=out,
                    )
            case pipeline.FileDeleted(path=path):
                print(f"removed {path} (deleted from disk)", file=out, flush=True)
            case pipeline.FileProgress(chunks_done=done, chunks_total=total) if 0 < done < total:
                print(f"  {done}/{total} chunks", file=out, flush=True)  # a long file moves
            case pipeline.FileUnchanged(path=path):
                print(f"unchanged {path}", file=out, flush=True)
            case pipeline.FileFailed(path=path, reason=reason):
                failed += 1
                print(f"{path}: {reason}", file=sys.stderr, flush=True)
            case pipeline.RunFinished(indexed=indexed, unchanged=unchanged):
                print(f"Done: {indexed} indexed, {unchanged} unchanged, {failed} failed.", file=out)
    return failed


def _search(
    data_dir: Path,
    queries: list[str],
    top_k: int | None,
    as_json: bool,
    collections=None,
    mode=None,
) -> int:
    settings = load_settings(data_dir)
    embedder = services.make_embedder(settings)
    store = _open_store(data_dir, settings, embedder, sys.stderr)
    retriever = services.make_retriever(settings, store, embedder)  # one for every query
    results = []
    try:
        for query in queries:
            grounded = grounding.ground(retriever, query, top_k, collections, mode)
            if as_json:
                results.append(
                    {
                        "query": query,
                        "sources": [hit.to_json() for hit in grounded.sources],
                        "found": grounded.found,
                        "evidence": _evidence_json(grounded.evidence),
                    }
                )
            else:
                _print_sources(query, grounded.sources)
                _print_evidence(grounded.evidence)
    finally:
        store.close()
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return EXIT_OK


def _ask(
    data_dir: Path,
    queries: list[str],
    top_k: int | None,
    as_json: bool,
    model: str | None,
    collections=None,
    mode=None,
) -> int:
    """Each question answered as the window answers it (core/application/ask.py): the answer on
    stdout, a reasoning model's thinking on stderr (in --json, a field of its own)."""
    settings = load_settings(data_dir)
    embedder = services.make_embedder(settings)
    store = _open_store(data_dir, settings, embedder, sys.stderr)
    try:
        retriever = services.make_retriever(settings, store, embedder)
        engine = services.make_chat_engine(settings, model)
        _say_template_problem(engine)
        cli_remote.say_where_text_goes(engine)
        system_prompt = settings.model.system_prompt or None  # as the window's chat sends it
        results = []
        try:
            for query in queries:
                if not as_json and len(queries) > 1:
                    print(f"Q: {query}")
                grounded = grounding.ground(retriever, query, top_k, collections, mode)
                question = ask.Question(query, system_prompt=system_prompt, grounding=grounded)
                results.append(_answer(engine, question, as_json))
        finally:
            engine.close()
    finally:
        store.close()
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return EXIT_OK


def _answer(engine, question: ask.Question, as_json: bool) -> dict:
    """Stream one answer (as text, unless --json) and return its JSON entry."""
    finished = None
    streamed = ""  # the answer text of the attempt streaming now
    for event in ask.answer(engine, question, threading.Event()):
        match event:
            case ask.ThinkingStreamed(text=text) if not as_json:
                print(text, end="", file=sys.stderr, flush=True)
            case ask.AnswerStreamed(text=text):
                streamed += text
                if not as_json:
                    print(text, end="", flush=True)
            case ask.AnswerRetried(reason=reason):
                streamed = ""
                if not as_json:
                    print(f"\n(answering again: {reason})", file=sys.stderr, flush=True)
            case ask.AnswerFinished():
                finished = event
    if not as_json:
        _print_finished(finished, streamed)
    result = {
        "query": question.text,
        "answer": finished.answer.strip(),
        "sources": [hit.to_json() for hit in finished.sources],
        "evidence": _evidence_json(finished.evidence),
        "found": finished.found,
    }
    if not finished.found:
        result["closest"] = [hit.to_json() for hit in finished.closest]
    if finished.problems:
        result["problems"] = list(finished.problems)
    if finished.thinking.strip():
        result["thinking"] = finished.thinking.strip()
    return result


def _print_finished(finished: ask.AnswerFinished, streamed: str) -> None:
    """What follows the streamed answer in text mode: its sources and evidence, or, when the
    documents don't answer it, that message and the closest matches."""
    if finished.thinking:
        print(file=sys.stderr)
    if not finished.found:
        print(finished.answer)
        print("Closest matches:")
        _print_sources(None, finished.closest)
        return
    if finished.answer.strip() != streamed.strip():  # the first attempt was the better one
        print(f"\n(kept the first answer)\n{finished.answer.strip()}", end="")
    print()
    _print_sources(None, finished.sources)
    _print_evidence(finished.evidence)


def _summarize(
    data_dir: Path, targets: list[str], task_text: str, as_json: bool, model: str | None
) -> int:
    """Map-reduce over all the text of the files: progress on stderr, the result on stdout."""
    from desktop_app.core import summarize

    settings = load_settings(data_dir)
    files, _skipped = pipeline.collect_files(targets)
    task = summarize.SummaryTask.parse(task_text)
    engine = services.make_chat_engine(settings, model)
    _say_template_problem(engine)
    cli_remote.say_where_text_goes(engine)
    several = len(files) > 1
    failures: list[dict] = []
    finished = None
    streamed = False
    try:
        for event in summarize.summarize(engine, files, task, threading.Event()):
            match event:
                case summarize.DocumentFailed(path=path):
                    failures.append({"path": path, "reason": event.reason})
                    print(f"{path}: {event.reason}", file=sys.stderr, flush=True)
                case summarize.DocumentPlanned(path=path, pages=pages, pieces=pieces):
                    where = f"{pages} page(s), " if pages else ""
                    print(f"read {path} ({where}{pieces} piece(s))", file=sys.stderr, flush=True)
                    if event.empty_pages:
                        print(
                            f"  {len(event.empty_pages)} page(s) without text (scanned?), not "
                            f"read: {pipeline.page_list(event.empty_pages)}",
                            file=sys.stderr,
                            flush=True,
                        )
                case summarize.Progress(phase="map", piece=piece) if piece is not None:
                    where = piece.span.label() if several else piece.span.pages_text()
                    where = where or piece.span.name
                    print(
                        f"  reading {where} (piece {event.step} of {event.steps}{_left(event)})",
                        file=sys.stderr,
                        flush=True,
                    )
                case summarize.Progress(phase="reduce"):
                    print(
                        f"  combining notes (level {event.level}, group {event.step} of "
                        f"{event.steps}{_left(event)})",
                        file=sys.stderr,
                        flush=True,
                    )
                case summarize.Progress(phase="final"):
                    left = _left(event).removeprefix(", ")
                    left = f" ({left})" if left else ""
                    print(f"  writing the summary{left}", file=sys.stderr, flush=True)
                case summarize.TextStreamed(text=text) if not as_json:
                    print(text, end="", flush=True)
                    streamed = True
                case summarize.SummaryFinished():
                    finished = event
    finally:
        engine.close()
    if finished is None:
        return EXIT_FAILED
    if streamed and not finished.answer.endswith("\n"):
        print()
    if task.kind == summarize.LIST and not finished.items and finished.documents:
        print(f"No {task.what} found.", file=sys.stderr)
    if as_json:
        print(json.dumps(_summary_json(task, finished, failures), ensure_ascii=False, indent=2))
    return EXIT_FAILED if failures or not finished.documents else EXIT_OK


def _left(progress) -> str:
    """', about 3 min left' once the summary can tell (after its first piece), else ''."""
    from desktop_app.core.summarize import duration_text  # imported lazily, as in _summarize

    if progress.seconds_left is None:
        return ""
    return f", {duration_text(progress.seconds_left)} left"


def _summary_json(task, finished, failures: list[dict]) -> dict:
    def place(span) -> dict:
        return {"path": span.path, "first_page": span.first_page, "last_page": span.last_page}

    result = {
        "task": task.kind,
        "what": task.what,
        "answer": finished.answer.strip(),
        "documents": list(finished.documents),
        "failed": failures,
        "pages_read": finished.pages_read,
        "map_calls": finished.map_calls,
        "reduce_calls": finished.reduce_calls,
    }
    if task.kind == "list":
        result["items"] = [
            {"text": item.text, "places": [place(span) for span in item.spans]}
            for item in finished.items
        ]
    return result


def _queries(args: argparse.Namespace) -> list[str]:
    queries = [" ".join(args.query).strip()] if args.query else []
    if args.from_file:
        try:
            text = Path(args.from_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise SystemExit(f"lokal: cannot read {args.from_file}: {error}") from error
        queries += [line.strip() for line in text.splitlines() if line.strip()]
    return [query for query in queries if query]


def _evidence_json(evidence) -> list[dict]:
    return [{"source": item.source, "text": item.text} for item in evidence]


def _print_evidence(evidence) -> None:
    for item in evidence:
        print(f"Evidence [{item.source}]: {' '.join(item.text.split())}")


def _print_sources(query: str | None, hits) -> None:
    if query is not None:
        print(f"Q: {query}")
    if not hits:
        print("  (no sources: nothing indexed matches)")
    for number, hit in enumerate(hits, start=1):
        passage = " ".join(hit.text.split())
        passage = passage if len(passage) <= 160 else passage[:157] + "..."
        print(f"  [{number}] {assistant.source_label(hit)} (score {hit.score:.3f})")
        if hit.heading:
            print(f"      {hit.heading}")
        print(f"      {passage}")


def _say_template_problem(engine) -> None:
    """Once per run: the GGUF's chat template was refused and its family's is used instead."""
    problem = getattr(engine, "template_problem", None)  # engines other than ChatEngine: none
    if problem:
        print(
            f"lokal: the model's chat template was refused ({problem}); "
            "using its family's standard template",
            file=sys.stderr,
        )


def _quiet_libraries() -> None:
    """Libraries' progress bars and warnings are not for the user of a CLI."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    logging.basicConfig(level=logging.ERROR)
