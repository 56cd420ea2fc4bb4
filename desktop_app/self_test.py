"""`lokal --self-test`: prove an installation works end to end, offline, without touching user data.

What CI runs on each built bundle (and what a user can run when something seems wrong). In a
temporary data folder, never the user's, it does what a user's first minute does: loads the
bundled chat and embedding models, indexes the bundled sample PDF with the store in its own
process (as the window does), asks a question whose answer is on the sample's page 2, checks
that the answer cites that PDF and page (the retrieval's sources, not the model's words, which
vary), starts the real window offscreen, renders the cited page with QtPdf in the source
viewer, checks that torch and its company were never imported, and serves the same question
through the local API (`lokal serve`'s server on a loopback port, with its token).

Each step prints its name, its time and what it found; the last line is "self-test passed"
(exit 0), else the failing step and why (exit 1). With LOKAL_SELF_TEST_MEMORY=1 it also prints
the resident memory of its process tree with both models loaded (bench/bundle_bench.py reads
that line). A windowed build on Windows has no stdout: the lines then go to
$LOKAL_SELF_TEST_LOG, else lokal-self-test.log in the current folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from desktop_app import paths, services
from desktop_app.config import load_settings
from desktop_app.core.application import ask, grounding
from desktop_app.core.data_lock import DataFolderLock
from desktop_app.core.embedder import BACKEND_ENV
from desktop_app.core.ingest import pipeline

SAMPLE_PDF_NAME = "lokal-sample.pdf"
# Made by build/make_sample_pdf.py: page 2 says who built the lighthouse, and when.
QUESTION = "Who built the lighthouse at Kragenæs, and in which year?"
EXPECTED_PAGE = 2
# What the run time must never import: sentence-transformers' stack (torch is a build tool).
FORBIDDEN_MODULES = ("torch", "transformers", "sentence_transformers", "scipy", "sklearn", "sympy")
MEMORY_ENV = "LOKAL_SELF_TEST_MEMORY"
LOG_ENV = "LOKAL_SELF_TEST_LOG"
MEMORY_LINE = "self-test-memory"  # "<MEMORY_LINE> rss_mb=<tree> main_mb=<this> children=<n>"
PASSED_LINE = "self-test passed"
# desktop_app/app.py's STARTUP_PROBE_ENV and the line it prints once the window is shown (the
# app module is a composition root: nothing but __main__ may import it).
STARTUP_PROBE_ENV = "LOKAL_STARTUP_PROBE"
WINDOW_SHOWN_LINE = "lokal-window-shown"
WINDOW_TIMEOUT_S = 120


class StepFailed(Exception):
    """A check of a step did not hold; the message says what was found instead."""


@dataclass
class SelfTest:
    """The state the steps hand on to each other, and where the report goes."""

    out: TextIO
    data_dir: Path
    settings: Any = None
    engine: Any = None
    embedder: Any = None
    store: Any = None
    lock: DataFolderLock | None = None
    sample: Path | None = None
    finished: ask.AnswerFinished | None = None
    cited: Any = None  # the source (Hit) on the expected page
    timings: dict[str, float] = field(default_factory=dict)

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    # -- the steps, in order ------------------------------------------------------------------

    def load_chat_model(self) -> str:
        self.settings = load_settings(self.data_dir)
        path = services.chat_model_path(self.settings)
        if paths.is_frozen() and not _inside(path, paths.resources_dir()):
            raise StepFailed(f"the bundle used a chat model outside itself: {path}")
        self.engine = services.make_chat_engine(self.settings)
        return f"{path.name} ({path.stat().st_size / 1e6:.0f} MB)"

    def load_embedder(self) -> str:
        self.embedder = services.make_embedder(self.settings)
        self.embedder.load()
        return f"{self.embedder.name} from {self.embedder.model_dir} ({self.embedder.backend})"

    def index_sample(self) -> str:
        bundled = paths.resources_dir() / "samples" / SAMPLE_PDF_NAME
        if not bundled.is_file():
            raise StepFailed(f"the sample PDF is missing: {bundled}")
        # A copy in the temporary folder, as a user's own file: the index never points into
        # the installation, which an update replaces.
        documents = self.data_dir / "documents"
        documents.mkdir()
        self.sample = Path(shutil.copy2(bundled, documents / SAMPLE_PDF_NAME))
        self.lock = DataFolderLock(self.data_dir, "lokal --self-test")
        self.lock.acquire()
        self.store = services.open_store(self.data_dir, self.embedder, own_process=True)
        options = services.chunking_options(self.settings, self.embedder)
        indexed, failures = [], []
        for event in pipeline.index_paths([self.sample], self.store, self.embedder, options):
            match event:
                case pipeline.FileIndexed() as done:
                    indexed.append(done)
                case pipeline.FileFailed(path=path, reason=reason):
                    failures.append(f"{path}: {reason}")
        if failures or len(indexed) != 1:
            raise StepFailed("; ".join(failures) or f"{len(indexed)} file(s) indexed, not 1")
        done = indexed[0]
        return f"{self.sample.name}: {done.pages} page(s), {done.chunks} chunk(s)"

    def ask_question(self) -> str:
        retriever = services.make_retriever(self.settings, self.store, self.embedder)
        grounded = grounding.ground(retriever, QUESTION)
        question = ask.Question(
            QUESTION, system_prompt=self.settings.model.system_prompt or None, grounding=grounded
        )
        for event in ask.answer(self.engine, question, threading.Event()):
            if isinstance(event, ask.AnswerFinished):
                self.finished = event
        finished = self.finished
        if finished is None or not finished.found:
            raise StepFailed(f"the documents were not found to answer {QUESTION!r}")
        if not finished.answer.strip():
            raise StepFailed("the model gave an empty answer")
        return f"{len(finished.sources)} source(s); answer: {' '.join(finished.answer.split())}"

    def check_citation(self) -> str:
        finished = self.finished
        on_page = [
            number
            for number, hit in enumerate(finished.sources, start=1)
            if Path(hit.path).name == SAMPLE_PDF_NAME and hit.page == EXPECTED_PAGE
        ]
        cited = [(Path(hit.path).name, hit.page) for hit in finished.sources]
        if not on_page:
            raise StepFailed(f"no source is {SAMPLE_PDF_NAME} page {EXPECTED_PAGE}: {cited}")
        best_evidence = finished.evidence[0].source if finished.evidence else None
        if best_evidence not in on_page:
            raise StepFailed(
                f"the best evidence is from source {best_evidence}, not page {EXPECTED_PAGE} "
                f"(sources {cited})"
            )
        self.cited = finished.sources[best_evidence - 1]
        return f"source [{best_evidence}] {SAMPLE_PDF_NAME} page {EXPECTED_PAGE}: " + " ".join(
            finished.evidence[0].text.split()
        )

    def report_memory(self) -> str:
        """The process tree's resident size (this process, the store's, multiprocessing's
        resource tracker): RSS, and on Linux PSS too, which counts a page shared between
        them once rather than once per process."""
        import psutil

        processes = [psutil.Process(), *psutil.Process().children(recursive=True)]
        sizes = [_memory(process) for process in processes]
        rss = sum(size[0] for size in sizes)
        line = (
            f"{MEMORY_LINE} rss_mb={rss / 2**20:.1f} main_mb={sizes[0][0] / 2**20:.1f} "
            f"children={len(processes) - 1}"
        )
        if all(size[1] is not None for size in sizes):
            line += f" pss_mb={sum(size[1] for size in sizes) / 2**20:.1f}"
        self.say(line)
        return f"{rss / 2**20:.0f} MiB resident with both models loaded ({len(sizes)} processes)"

    def close_models_and_store(self) -> str:
        self.engine.close()  # before exit: a Llama left to __del__ prints a traceback
        self.engine = None
        self.store.close()
        self.store = None
        self.lock.release()  # the window of the next step takes the folder
        self.lock = None
        return "chat model, store process and data folder closed"

    def serve_the_api(self) -> str:
        """`lokal serve`'s server (FastAPI on uvicorn, core/api_token.py's token) on a free
        loopback port over this folder: a request without the token is refused, and a streamed
        grounded answer about the sample ends with its sources, page 2 among them."""
        import json

        import httpx

        from desktop_app.core import api_token
        from desktop_app.serve.backend import IndexGrounder, ServeBackend
        from desktop_app.serve.server import ApiServer

        token = api_token.read_or_create_token(self.data_dir)
        backend = ServeBackend(self.settings, IndexGrounder(self.data_dir, self.settings))
        server = ApiServer(backend, "127.0.0.1", 0, lambda: token)
        try:
            server.start()
            refused = httpx.get(f"{server.url}/models", timeout=30).status_code
            if refused != 401:
                raise StepFailed(f"a request without the token was answered {refused}, not 401")
            headers = {"Authorization": f"Bearer {token}"}
            listed = httpx.get(f"{server.url}/models", headers=headers, timeout=30).json()
            grounded = [item["id"] for item in listed["data"] if item["id"].startswith("lokal/")]
            if not grounded:
                raise StepFailed(f"no lokal/<collection> model is listed: {listed}")
            request = {
                "model": grounded[0],
                "messages": [{"role": "user", "content": QUESTION}],
                "stream": True,
                "max_tokens": 48,
            }
            text, extra = "", {}
            with httpx.stream(
                "POST", f"{server.url}/chat/completions", headers=headers, json=request, timeout=120
            ) as response:
                if response.status_code != 200:
                    raise StepFailed(f"the streamed answer was refused: {response.status_code}")
                for line in response.iter_lines():
                    if not line.startswith("data: ") or line == "data: [DONE]":
                        continue
                    chunk = json.loads(line.removeprefix("data: "))
                    for choice in chunk.get("choices", []):
                        text += (choice.get("delta") or {}).get("content") or ""
                    extra = chunk.get("lokal", extra)
            cited = [(Path(hit["path"]).name, hit["page"]) for hit in extra.get("sources", [])]
            if (SAMPLE_PDF_NAME, EXPECTED_PAGE) not in cited:
                raise StepFailed(f"the API's sources miss {SAMPLE_PDF_NAME} page 2: {cited}")
            return (
                f"{server.url}: 401 without the token; {grounded[0]} streamed "
                f"{len(text)} characters, sources include {SAMPLE_PDF_NAME} page {EXPECTED_PAGE}"
            )
        finally:
            server.stop()
            backend.close()

    def open_window(self) -> str:
        """The real app, started as a user starts it (this executable), on the same folder."""
        command = [sys.executable] if paths.is_frozen() else [sys.executable, "-m", "desktop_app"]
        command += ["--data-dir", str(self.data_dir)]
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{STARTUP_PROBE_ENV: "1"})
        started = time.perf_counter()
        result = subprocess.run(
            command,
            env=environment,
            capture_output=True,
            text=True,
            timeout=WINDOW_TIMEOUT_S,
            check=False,
        )
        wall = time.perf_counter() - started
        shown = [line for line in result.stdout.splitlines() if line.startswith(WINDOW_SHOWN_LINE)]
        if result.returncode != 0 or not shown:
            raise StepFailed(
                f"the window did not show (exit {result.returncode}): {result.stderr[-1500:]}"
            )
        return f"shown {float(shown[0].split()[1]):.2f} s after start ({wall:.2f} s with exit)"

    def render_cited_page(self) -> str:
        """The cited page in the source viewer (QtPdf), drawn to an image that is not blank."""
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtWidgets import QApplication

        from desktop_app.ui.source_viewer import SourceViewer

        app = QApplication.instance() or QApplication([sys.argv[0]])
        evidence = self.finished.evidence[0]
        viewer = SourceViewer(self.cited, evidence.source, None, evidence)
        try:
            viewer.show()
            deadline = time.monotonic() + 10
            while viewer.current_page() != EXPECTED_PAGE and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
            document = getattr(viewer, "document", None)
            if document is None or document.status() != QPdfDocument.Status.Ready:
                raise StepFailed(f"QtPdf did not open the PDF: {viewer.problem.text()!r}")
            if viewer.current_page() != EXPECTED_PAGE:
                raise StepFailed(f"the viewer shows page {viewer.current_page()}")
            image = document.render(EXPECTED_PAGE - 1, QSize(420, 594))
            inked = _inked_fraction(image)
            if inked < 0.002:
                raise StepFailed(f"page {EXPECTED_PAGE} rendered blank ({image.size()})")
            return (
                f"page {viewer.current_page()} of {document.pageCount()} shown, "
                f"{viewer.search.count()} match(es) of the evidence found in its text; "
                f"{inked:.1%} of its pixels inked"
            )
        finally:
            viewer.close()
            viewer.deleteLater()
            app.processEvents()

    def check_imports(self) -> str:
        loaded = sorted(name for name in FORBIDDEN_MODULES if name in sys.modules)
        if os.environ.get(BACKEND_ENV) == "torch" and not paths.is_frozen():
            return f"not checked: {BACKEND_ENV}=torch (loaded: {', '.join(loaded)})"
        if loaded:
            raise StepFailed(f"imported at run time: {', '.join(loaded)}")
        return f"none of {', '.join(FORBIDDEN_MODULES)}"

    def close(self) -> None:
        """After a failure too: nothing left running, the folder released."""
        closers = [self.engine and self.engine.close, self.store and self.store.close]
        closers.append(self.lock and self.lock.release)  # last: the store is closed
        for close in filter(None, closers):
            with contextlib.suppress(Exception):  # a failed step is being reported already
                close()
        self.engine = self.store = self.lock = None


def run() -> int:
    """The whole self-test; 0 when every step passed, else 1 (the failing step said why)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    out, log = _report_stream()
    try:
        with tempfile.TemporaryDirectory(prefix="lokal-self-test-") as folder:
            return _run_steps(SelfTest(out, Path(folder)))
    finally:
        if log is not None:
            log.close()


def _run_steps(test: SelfTest) -> int:
    frozen = "bundle" if paths.is_frozen() else "source"
    test.say(f"Lokal self-test ({frozen}: {sys.executable}); data folder {test.data_dir}")
    steps: list[tuple[str, Callable[[], str]]] = [
        ("load the bundled chat model", test.load_chat_model),
        ("load the bundled embedding model", test.load_embedder),
        ("index the sample PDF (store in its own process)", test.index_sample),
        ("ask about the sample", test.ask_question),
        ("check the answer cites the sample's page 2", test.check_citation),
    ]
    if os.environ.get(MEMORY_ENV):
        steps.append(("measure resident memory", test.report_memory))
    steps += [
        ("close the models and the store", test.close_models_and_store),
        ("open the main window (offscreen)", test.open_window),
        ("render the cited page with QtPdf", test.render_cited_page),
        ("check torch & co. were never imported", test.check_imports),
        # After the check: from source, bm25s (the keyword index, here in this process, not
        # in a store process) takes scipy where it is installed; a bundle has none to take.
        ("serve the API on loopback (token, streamed grounded answer)", test.serve_the_api),
    ]
    started = time.perf_counter()
    try:
        for number, (name, step) in enumerate(steps, start=1):
            step_started = time.perf_counter()
            try:
                detail = step()
            except Exception as error:  # noqa: BLE001 (every failure is reported, named)
                seconds = time.perf_counter() - step_started
                reason = str(error) if isinstance(error, StepFailed) else repr(error)
                test.say(f"[{number}/{len(steps)}] {name}: FAILED after {seconds:.2f} s: {reason}")
                test.say(f"self-test FAILED at step {number} ({name})")
                return 1
            seconds = time.perf_counter() - step_started
            test.timings[name] = seconds
            test.say(f"[{number}/{len(steps)}] {name}: ok in {seconds:.2f} s: {detail}")
    finally:
        test.close()
    test.say(f"{PASSED_LINE} in {time.perf_counter() - started:.1f} s")
    return 0


def _report_stream() -> tuple[TextIO, TextIO | None]:
    """stdout; a windowed build (Windows, macOS) has none, so a log file instead."""
    if sys.stdout is not None:
        return sys.stdout, None
    log = open(  # noqa: SIM115 (closed by run())
        os.environ.get(LOG_ENV) or "lokal-self-test.log", "w", encoding="utf-8"
    )
    return log, log


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _memory(process) -> tuple[int, int | None]:
    """(RSS, PSS or None where the system has none) of a process; 0 when it ended meanwhile."""
    import psutil

    try:
        if sys.platform.startswith("linux"):
            info = process.memory_full_info()
            return info.rss, info.pss
        return process.memory_info().rss, None
    except psutil.Error:
        return 0, None


def _inked_fraction(image) -> float:
    """The share of a sample of pixels that are ink: opaque and dark (QtPdf renders the paper
    transparent or white)."""
    width, height = image.width(), image.height()
    samples = inked = 0
    for y in range(0, height, 2):
        for x in range(0, width, 2):
            colour = image.pixelColor(x, y)
            samples += 1
            inked += colour.alpha() > 128 and colour.lightness() < 160
    return inked / samples if samples else 0.0
