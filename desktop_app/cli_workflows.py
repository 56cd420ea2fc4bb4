"""`lokal workflow extract|report` and `lokal agent`: the ready workflows and the agent, headless.

  lokal [--data-dir D] workflow extract (--fields "F1,F2" | --template invoice) --out OUT.csv
                                        [--model GGUF] PATH...
  lokal [--data-dir D] workflow report --out OUT.md [--model GGUF] PATH...
  lokal [--data-dir D] agent "TASK" --allow DIR [--allow DIR2] [--out-dir DIR]
                       [--approve-writes] [--model GGUF] [--json] [--steps N]

Thin adapters over core/workflows and core/agent, as the window's worker is: they expand the
paths, run the generator, print its events (progress and failures on stderr, results on stdout)
and keep a journal in <data dir>/workflows so that the same command run again after a crash or
Ctrl-C goes on where it stopped. Naming --out is the approval to write that file; the agent
writes only inside --out-dir, and only after a yes on the terminal (or --approve-writes).

The core modules are imported when a command runs, not when this module is: cli.py is imported
on the way to opening the window too, and the window should not pay for the workflows' imports.
"""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import cli_remote, services
from desktop_app.config import load_settings
from desktop_app.core.data_lock import DataFolderLock
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest import pipeline
from desktop_app.core.store import read_library
from desktop_app.core.store_types import Hit

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
COMMANDS = ("workflow", "agent")
DEFAULT_AGENT_STEPS = 8


def add_parsers(commands) -> None:
    """The `workflow` and `agent` sub-commands, added to cli.py's parser."""
    workflow = commands.add_parser(
        "workflow", help="ready workflows over whole documents: extract fields, write a report"
    )
    kinds = workflow.add_subparsers(dest="workflow_command", metavar="WORKFLOW", required=True)

    extract = kinds.add_parser(
        "extract", help="extract named fields from each document into a CSV or XLSX table"
    )
    what = extract.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--fields", help='the fields to extract, comma-separated: "invoice number,total"'
    )
    what.add_argument("--template", help="a ready set of fields (invoice, letter)")
    extract.add_argument(
        "--out", required=True, type=Path, help="the table to write (.csv or .xlsx)"
    )
    extract.add_argument("--model", help="GGUF file to use (default: settings)")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")

    report = kinds.add_parser(
        "report", help="summarise documents into one Markdown report, with page citations"
    )
    report.add_argument("--out", required=True, type=Path, help="the Markdown file to write")
    report.add_argument("--model", help="GGUF file to use (default: settings)")
    report.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")

    agent = commands.add_parser(
        "agent", help="let the model do a task with tools over allowed folders (writes approved)"
    )
    agent.add_argument("task", metavar="TASK", help="what to do, in words")
    agent.add_argument(
        "--allow",
        action="append",
        required=True,
        type=Path,
        metavar="DIR",
        help="a folder the agent may read (repeatable; at least one)",
    )
    agent.add_argument(
        "--out-dir", type=Path, metavar="DIR", help="the one folder it may write in (default: none)"
    )
    agent.add_argument(
        "--approve-writes",
        action="store_true",
        help="write without asking (else each write waits for a yes on the terminal)",
    )
    agent.add_argument("--model", help="GGUF file to use (default: settings)")
    agent.add_argument("--json", action="store_true", help="print the steps and answer as JSON")
    agent.add_argument(
        "--steps",
        type=int,
        default=DEFAULT_AGENT_STEPS,
        help=f"the most tool calls it may make (default: {DEFAULT_AGENT_STEPS})",
    )


def run(data_dir: Path, args) -> int:
    if args.command == "agent":
        return agent_command(data_dir, args)
    if args.workflow_command == "extract":
        return extract_command(data_dir, args)
    return report_command(data_dir, args)


# -- workflows ----------------------------------------------------------------------------------

EngineFactory = Callable[[], object]


def extract_command(data_dir: Path, args, make_engine: EngineFactory | None = None) -> int:
    """`workflow extract`: one row per document, written to --out; exit 0 once it is written."""
    from desktop_app.core.workflows import extract, tables
    from desktop_app.core.workflows.journal import WorkflowJournal, extract_job_key

    fields = _fields(args, extract)
    output = Path(args.out).absolute()
    tables.check_table_output(output)  # before any model loads: a bad --out fails at once
    files = _files(args.paths)
    if not files:
        print("lokal workflow extract: no readable files under the given paths", file=sys.stderr)
        return EXIT_FAILED
    request = extract.ExtractRequest(paths=tuple(files), fields=fields, output=output)
    journal = WorkflowJournal.for_job(data_dir, "extract", extract_job_key(fields, files, output))
    engine = _engine(data_dir, args, make_engine)
    try:
        with _cancel_on_interrupt() as cancel:
            events = extract.extract_fields(engine, request, journal, cancel)
            finished = print_workflow_events(events)
    finally:
        journal.close()
        _close(engine)
    return _workflow_exit(finished)


def report_command(data_dir: Path, args, make_engine: EngineFactory | None = None) -> int:
    """`workflow report`: a Markdown report, one section per document and an overview."""
    from desktop_app.core.workflows import output, report
    from desktop_app.core.workflows.journal import WorkflowJournal, report_job_key

    out = Path(args.out).absolute()
    output.check_output(out)  # before any model loads: a bad --out fails at once
    files = _files(args.paths)
    if not files:
        print("lokal workflow report: no readable files under the given paths", file=sys.stderr)
        return EXIT_FAILED
    request = report.ReportRequest(paths=tuple(files), output=out)
    journal = WorkflowJournal.for_job(data_dir, "report", report_job_key(files, out))
    engine = _engine(data_dir, args, make_engine)
    try:
        with _cancel_on_interrupt() as cancel:
            finished = print_workflow_events(report.write_report(engine, request, journal, cancel))
    finally:
        journal.close()
        _close(engine)
    return _workflow_exit(finished)


def print_workflow_events(events: Iterator) -> object | None:
    """Progress per document and failures on stderr, then the summary line; returns the
    WorkflowFinished event (None if the workflow ended without one)."""
    from desktop_app.core.workflows import events as workflow

    finished = None
    overview_said = False
    for event in events:
        match event:
            case workflow.DocumentStarted(path=path, number=number, total=total):
                _say(f"[{number}/{total}] {Path(path).name}")
            case workflow.DocumentDone(resumed=True):
                _say("  done in an earlier run (kept from the journal)")
            case workflow.DocumentSkipped(path=path, error=error):
                _say(f"{path}: {error.message}")
            case workflow.ModelStepParsed(ok=False, problems=problems):
                _say(f"  a model step did not parse: {'; '.join(problems) or 'no valid JSON'}")
            case workflow.TextStreamed() if not overview_said:
                overview_said = True
                _say("  writing the overview")
            case workflow.WorkflowFinished():
                finished = event
    if finished is not None:
        _say(summary_line(finished))
        if finished.output:
            print(finished.output)  # stdout: the file written, for a script to pick up
    return finished


def summary_line(finished) -> str:
    """'5 documents, 19 of 20 model steps parsed, 3.1 s per document' (and what went wrong)."""
    done = finished.documents
    parts = [f"{done} document{'s' if done != 1 else ''}"]
    if finished.skipped:
        parts.append(f"{finished.skipped} skipped")
    if finished.steps:  # a report's steps are prose, not structured: nothing to parse
        parts.append(f"{finished.parsed} of {finished.steps} model steps parsed")
    if done:
        parts.append(f"{finished.seconds / done:.1f} s per document")
    line = ", ".join(parts)
    if finished.cancelled:
        line += " (stopped: run the same command again to go on)"
    return line


def _workflow_exit(finished) -> int:
    if finished is None:
        return EXIT_FAILED
    if finished.cancelled:
        return 130
    return EXIT_OK if finished.output else EXIT_FAILED


def _fields(args, extract) -> tuple[str, ...]:
    if args.template:
        fields = extract.FIELD_TEMPLATES.get(args.template.strip().lower())
        if fields is None:
            names = ", ".join(sorted(extract.FIELD_TEMPLATES))
            raise LokalError(
                "workflow_fields_invalid", detail=f"no template '{args.template}' (try: {names})"
            )
        return tuple(fields)
    return extract.parse_fields(args.fields)


def _files(targets: Sequence[str]) -> list[str]:
    """The files under the given paths (folders recursively), absolute, as `index` finds them."""
    files, _skipped = pipeline.collect_files(list(targets))
    return [str(Path(path).absolute()) for path in files]


def _engine(data_dir: Path, args, make_engine: EngineFactory | None):
    if make_engine is not None:
        return make_engine()
    engine = services.make_chat_engine(load_settings(data_dir), args.model)
    say_template_problem(engine)
    cli_remote.say_where_text_goes(engine)
    return engine


def _close(engine) -> None:
    close = getattr(engine, "close", None)
    if close is not None:
        close()


@contextlib.contextmanager
def _cancel_on_interrupt() -> Iterator[threading.Event]:
    """A first Ctrl-C asks the work to stop at the next step (what is done is kept and
    written); a second one stops at once."""
    cancel = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield cancel  # signals are only for the main thread (tests may call from another)
        return

    def interrupted(_signum, _frame) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        _say("stopping after this step (Ctrl-C again to stop at once)")

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield cancel
    finally:
        signal.signal(signal.SIGINT, previous)


# -- the agent ----------------------------------------------------------------------------------


@dataclass
class AgentTranscript:
    """What the agent did, for --json: each step, the writes, the answer."""

    steps: list[dict] = field(default_factory=list)
    answer: str = ""
    stop_reason: str = ""
    writes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "steps": self.steps,
            "answer": self.answer,
            "stop_reason": self.stop_reason,
            "writes": self.writes,
        }


def agent_command(data_dir: Path, args, make_engine: EngineFactory | None = None) -> int:
    """`agent`: run the task with the tools, confined to --allow (reads) and --out-dir
    (writes); each step on stderr, the answer on stdout (or everything as JSON)."""
    from desktop_app.core.agent import loop, tools
    from desktop_app.core.agent.confinement import Confinement

    allowed = [Path(folder).absolute() for folder in args.allow]
    for folder in allowed:
        if not folder.is_dir():
            print(f"lokal agent: --allow {folder}: not a folder", file=sys.stderr)
            return EXIT_USAGE
    out_dir = Path(args.out_dir).absolute() if args.out_dir else None
    if out_dir is not None and not out_dir.is_dir():
        print(f"lokal agent: --out-dir {out_dir}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    if args.steps < 1:
        print("lokal agent: --steps must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    confinement = Confinement(read_roots=allowed, write_root=out_dir)
    search = IndexSearch.if_indexed(data_dir)
    if search is None:
        _say("lokal agent: nothing is indexed in this data folder: search_documents is off")
    approve = _approve_always if args.approve_writes else TerminalApproval()
    engine = _engine(data_dir, args, make_engine)
    transcript = AgentTranscript()
    try:
        with _cancel_on_interrupt() as cancel:
            toolbox = tools.Toolbox(
                engine, confinement, search=search, approve=approve, cancel=cancel
            )
            budget = loop.AgentBudget(steps=args.steps)
            for event in loop.run_agent(engine, args.task, toolbox, budget, cancel):
                _print_agent_event(event, transcript, loop, as_json=args.json)
    finally:
        _close(engine)
        if search is not None:
            search.close()
    if args.json:
        print(json.dumps(transcript.to_json(), ensure_ascii=False, indent=2))
    elif transcript.answer:
        print(transcript.answer.strip())
    if transcript.stop_reason == "cancelled":
        return 130
    # Stopped by the budget or a repeat, the model still gave an answer from what it found.
    answered = transcript.answer.strip() and transcript.stop_reason != "failed"
    return EXIT_OK if answered else EXIT_FAILED


def _print_agent_event(event, transcript: AgentTranscript, loop, as_json: bool) -> None:
    match event:
        case loop.AgentStepStarted(number=number, tool=tool, arguments=arguments):
            _say(f"[{number}] {tool}({_arguments_text(arguments)})")
        case loop.AgentStepFinished() as done:
            transcript.steps.append(
                {
                    "number": done.number,
                    "tool": done.tool,
                    "arguments": done.arguments,
                    "ok": done.ok,
                    "summary": done.summary,
                    "error": done.error.message if done.error is not None else None,
                    "error_code": done.error.code if done.error is not None else None,
                }
            )
            outcome = done.summary if done.ok else f"refused: {_error_text(done)}"
            _say(f"    -> {outcome}")
        case loop.AgentWriteDecided(path=path, approved=approved):
            _say(f"    {'wrote' if approved else 'not written'}: {path}")
        case loop.AgentTextStreamed():
            pass  # the answer is printed whole at the end (stdout stays the answer alone)
        case loop.AgentFinished() as finished:
            transcript.answer = finished.answer
            transcript.stop_reason = finished.stop_reason
            transcript.writes = list(finished.writes)
            if finished.stop_reason != "answered":
                why = f": {finished.error.message}" if finished.error is not None else ""
                _say(
                    f"lokal agent: stopped ({finished.stop_reason}) after {finished.steps} "
                    f"step(s){why}"
                )


def _error_text(done) -> str:
    if done.error is not None:
        return done.error.message
    return done.summary


def _arguments_text(arguments: object) -> str:
    """`path="a.txt", pages=[1, 2]`: one line per step, long values (a file's content) cut
    short; a path is shown whole, since which file a step touches is what the user checks."""
    if not isinstance(arguments, dict):  # as the model wrote them, when not an object
        return _cut(json.dumps(arguments, ensure_ascii=False, default=str))
    shown = []
    for name, value in arguments.items():
        text = json.dumps(value, ensure_ascii=False, default=str)
        shown.append(f"{name}={text if name == 'path' else _cut(text)}")
    return ", ".join(shown)


def _cut(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _approve_always(_proposal) -> bool:
    return True  # --approve-writes: the user approved every write inside --out-dir up front


class TerminalApproval:
    """Each write shown on the terminal (the exact path, and the content or the diff) and done
    only after a yes. With no terminal to ask on, nothing is written, and that is said."""

    def __init__(self, stdin=None, stderr=None) -> None:
        self.stdin = stdin or sys.stdin
        self.stderr = stderr or sys.stderr

    def __call__(self, proposal) -> bool:
        if not _is_terminal(self.stdin):
            print(
                f"lokal agent: not written: {proposal.path} (no terminal to ask on; "
                "give --approve-writes to allow writes inside --out-dir)",
                file=self.stderr,
                flush=True,
            )
            return False
        verb = "Append to" if proposal.mode == "append" else "Write"
        shown = proposal.diff if proposal.existing is not None else proposal.content
        print(f"\n{verb} {proposal.path}:", file=self.stderr)
        print("-" * 60, file=self.stderr)
        print(shown.rstrip("\n"), file=self.stderr)
        print("-" * 60, file=self.stderr)
        print(f"{verb} this file? [y/N] ", end="", file=self.stderr, flush=True)
        answer = self.stdin.readline()
        return answer.strip().lower() in ("y", "yes")


def _is_terminal(stream) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


# -- search over the data folder, shared by the agent and `lokal mcp` --------------------------


class IndexSearch:
    """search_documents over the data folder's index, read-only, for one long-lived process.

    Each call takes the data folder's lock (as `lokal search` does), opens the store, searches
    and closes it again, so an agent or an MCP server that runs for a long time never keeps
    the window or `lokal index` out. (The toolbox drops passages outside the read roots.) The
    embedder is loaded once and kept."""

    def __init__(self, data_dir: Path, settings=None) -> None:
        self.data_dir = data_dir
        self.settings = settings or load_settings(data_dir)
        self.embedder = services.make_embedder(self.settings)
        self.server = services.shared_server(self.settings)  # None: the local index
        self._repairs_said = False

    @classmethod
    def if_indexed(cls, data_dir: Path) -> IndexSearch | None:
        """A search when the data folder has indexed files, else None (the tool says so)."""
        settings = load_settings(data_dir)
        try:
            embedder_name = services.make_embedder(settings).name
            server = services.shared_server(settings)
        except LokalError:
            return None
        if server is None and not indexed_files(data_dir, embedder_name):
            return None
        return cls(data_dir, settings)

    def has_index(self) -> bool:
        # A shared Chroma server may hold a teammate's files that this folder has no record of.
        return self.server is not None or bool(indexed_files(self.data_dir, self.embedder.name))

    def __call__(self, query: str, limit: int) -> list[Hit]:
        if not self.has_index():
            return []  # opening the store would create an empty index in the data folder
        with self._store() as store:
            retriever = services.make_retriever(self.settings, store, self.embedder)
            return retriever.search(query, top_k=max(1, limit))

    def ground(self, query: str, collections: Sequence[str] | None = None):
        """The Grounding of `query` over `collections` (all when None), as `lokal ask` makes
        it (grounding.ground with the settings' retrieval policy); for `lokal serve`."""
        from desktop_app.core.application import grounding
        from desktop_app.core.application.grounding_types import Grounding

        if not self.has_index():
            return Grounding(query=query, found=False, searched=False)
        with self._store() as store:
            retriever = services.make_retriever(self.settings, store, self.embedder)
            return grounding.ground(retriever, query, None, collections)

    def collections(self) -> list[str]:
        """The names of the library's collections ([] while nothing is indexed)."""
        if not self.has_index():
            return []  # opening the store would create an empty index in the data folder
        with self._store() as store:
            return list(store.collections())

    def close(self) -> None:
        pass  # nothing stays open between calls

    def watched_folders(self) -> list[str]:
        """The folders the library watches (for `lokal mcp`'s default read roots)."""
        with self._store() as store:
            return sorted({folder for _collection, folder in store.watched_folders()})

    @contextlib.contextmanager
    def _store(self):
        lock = DataFolderLock(
            self.data_dir,
            "lokal search (agent)",
            writes=False,
            on_wait=lambda owner: _say(
                f"lokal: waiting for {owner.what} (process {owner.pid or '?'}) to finish..."
            ),
        )
        lock.acquire()
        try:
            store = services.open_store(self.data_dir, self.embedder, server=self.server)
            try:
                if not self._repairs_said:
                    self._repairs_said = True
                    if self.server is not None:
                        _say(
                            "lokal: documents are indexed on the Chroma server "
                            f"{self.server.label} (no authentication: see README)"
                        )
                    for repair in store.repairs():
                        _say(f"lokal: repaired: {repair.message}")
                yield store
            finally:
                store.close()
        finally:
            lock.release()


def indexed_files(data_dir: Path, embedder_name: str) -> list[str]:
    """The indexed files of the data folder (read from its bookkeeping alone: no chromadb)."""
    return sorted(
        {
            item.path
            for collection in read_library(data_dir, embedder_name)
            for item in collection.files
            if item.state == "indexed"
        }
    )


def say_template_problem(engine) -> None:
    """Once per run: the GGUF's chat template was refused and its family's is used instead."""
    problem = getattr(engine, "template_problem", None)
    if problem:
        _say(
            f"lokal: the model's chat template was refused ({problem}); "
            "using its family's standard template"
        )


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
