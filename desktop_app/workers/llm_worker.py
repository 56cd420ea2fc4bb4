"""The LLM worker: owns the chat model (llama.cpp) on its own thread.

An answer is core's (core/application/ask.py: the prompt that fits, thinking split from the
answer, the not-found answer, the one retry of an answer that fails a check); this worker only
drives it: a retry is told on `answer_retried` (the text so far is to be discarded), and the end
goes out whole, ask.AnswerFinished, on `answer_finished`. Tokens go to the GUI in batches
(about every 30 ms), not one signal per token, thinking apart from the answer, so the GUI shows
it folded away and the history keeps only the answer. Each request carries its own cancel
Event, set directly from the GUI thread: a queued "stop" signal would wait behind the running
stream loop.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core import assistant, summarize
from desktop_app.core.application import ask
from desktop_app.core.application.grounding_types import Grounding
from desktop_app.core.errors import LokalError, ModelError
from desktop_app.core.llm import EngineSettings, prepare_load
from desktop_app.core.memory import release_free_memory
from desktop_app.core.remote_llm import RemoteChatEngine, RemoteEndpoint, list_models
from desktop_app.core.store_types import Hit
from desktop_app.workers.threads import HEAVY_IMPORTS, lower_this_threads_priority

BATCH_SECONDS = 0.03
log = logging.getLogger(__name__)
_TASK_IDS = itertools.count(1)


@dataclass(frozen=True)
class AnswerRequest:
    """One question to answer: with the retrieval's Grounding (the window), or with plain
    sources (callers that searched nothing of their own; see ask.Question)."""

    request_id: int
    question: str
    sources: tuple[Hit, ...]
    history: tuple[assistant.Turn, ...]
    system_prompt: str | None = None
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)
    grounding: Grounding | None = None


@dataclass(frozen=True)
class SummaryRequest:
    """A whole-document task: summarise `paths`, or list every item of a kind in them."""

    request_id: int
    paths: tuple[str, ...]
    task: summarize.SummaryTask
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)


@dataclass(frozen=True)
class TaskRequest:
    """A ready workflow or an agent run: `run(engine, cancel)` makes the generator of its events
    (core/workflows/events, core/agent/loop). It is called on this worker's thread, with its
    engine, so whatever it opens there (a workflow's SQLite journal) stays on that thread."""

    run: Callable[[object, threading.Event], Iterator]
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)
    request_id: int = field(default_factory=lambda: next(_TASK_IDS))


class LlmWorker(QObject):
    # A model server (use_remote) is named by its label, "<model> (<host>)", for the path, and
    # model_loaded's GgufInfo is None.
    model_loading = Signal(str)  # path
    model_load_progressed = Signal(str, float)  # path, fraction loaded (0..1)
    model_loaded = Signal(str, object)  # path, GgufInfo (None for a model server)
    model_failed = Signal(str, object)  # path, LokalError
    # path, why (English, one line): the GGUF's chat template was refused at load, and its
    # family's standard template is used instead (ChatEngine.template_problem)
    model_template_replaced = Signal(str, str)
    tokens_streamed = Signal(int, str)  # request id, answer text since the last batch
    thinking_streamed = Signal(int, str)  # request id, thinking text since the last batch
    answer_finished = Signal(int, object)  # request id, ask.AnswerFinished (whole)
    # request id, why: the text streamed so far is to be discarded, a second answer follows
    answer_retried = Signal(int, str)
    answer_failed = Signal(int, object)  # request id, LokalError
    # request id, a core.summarize event: a document opened, planned or failed, a model call
    # begun (Progress), a piece read, the end (SummaryFinished, its only end signal but for
    # answer_failed). The text streams through tokens_streamed and thinking_streamed.
    summary_progressed = Signal(int, object)
    # request id, an event of a TaskRequest's generator, whole; text-only events (the text of
    # an overview, the agent's answer) come merged in batches, as tokens do
    task_progressed = Signal(int, object)
    task_ended = Signal(int, object)  # request id, None or the LokalError it failed with

    def __init__(self, model_path: Path, settings: EngineSettings) -> None:
        super().__init__()
        self._model_path = model_path
        self._settings = settings
        self._engine = None
        self._load_error: LokalError | None = None  # why the last load failed, told on asking
        # Set from the GUI thread to stop a load in progress (quitting during a long load).
        self.cancel_load = threading.Event()
        # Set by the app before the thread starts when a model server is chosen: it answers
        # from the start, and the GGUF is loaded only if the server cannot be used.
        self.first_server: RemoteEndpoint | None = None

    @Slot()
    def start(self) -> None:
        lower_this_threads_priority()
        # Imported here, once, under the lock; a failed import is reported by ChatEngine.
        with HEAVY_IMPORTS, contextlib.suppress(ImportError):
            import llama_cpp  # noqa: F401
        if self.first_server is not None:
            self.use_remote(self.first_server)
            if self._engine is not None:
                return
        self.load_model(str(self._model_path), self._settings)

    @Slot(str, object)
    def load_model(self, path: str, settings: EngineSettings) -> None:
        """Switch to the model at `path`.

        The file is checked first (header, size, memory), while the current model still
        answers. Only then is the current model unloaded, so its memory is back before the next
        one takes its place; if the next one fails to load after all, the previous one is
        loaded again and stays in use.
        """
        self.cancel_load.clear()
        info = getattr(self._engine, "info", None)  # None: no model, or a model server's
        in_use = info.file_size if info is not None else 0
        try:
            prepared = prepare_load(path, settings, freed_by_unloading=in_use)
        except LokalError as error:
            self._fail(path, error)  # nothing was unloaded
            return
        previous_server = getattr(self._engine, "endpoint", None)
        previous = (str(self._model_path), self._settings) if self._engine else None
        self._unload()
        error = self._load(path, settings, prepared)
        if error is None:
            return
        self._fail(path, error)
        if previous_server is not None:  # the server answered before: it answers again
            self._answer_with_server(previous_server)
        elif previous is not None and self._load(*previous) is None:
            log.info("Kept %s after %s failed to load", previous[0], path)

    @Slot(object)
    def use_remote(self, endpoint: RemoteEndpoint) -> None:
        """Answer with the model server at `endpoint` (core/remote_llm.py) instead of a GGUF.

        The server is asked for its models first, while the current model still answers: one
        that cannot be reached, refuses the key or lacks the profile's model is model_failed
        and nothing changes. Then the local model is unloaded (its memory back to the system)
        and the next answers go to the server. `load_model` switches back to a GGUF; until
        then `configure` changes only the sampling, and remembers the GGUF to come back to.
        """
        label = RemoteChatEngine.label_for(endpoint)
        self.model_loading.emit(label)
        try:
            listed = list_models(endpoint)
            if endpoint.model and endpoint.model not in listed:
                raise ModelError(
                    "remote_model_missing", url=endpoint.base_url, model=endpoint.model
                )
        except LokalError as error:
            self._fail(label, error)
            return
        self._unload()
        self._answer_with_server(endpoint)

    def _answer_with_server(self, endpoint: RemoteEndpoint) -> None:
        engine = RemoteChatEngine(endpoint, self._settings)
        self._engine = engine
        self._load_error = None
        self.model_loaded.emit(engine.model_path, None)

    def _load(self, path: str, settings: EngineSettings, prepared=None) -> LokalError | None:
        from desktop_app.core.llm import ChatEngine  # llama_cpp loads here, off the GUI thread

        self.model_loading.emit(path)
        reporter = _LoadReporter(self, path)
        try:
            engine = ChatEngine(path, settings, progress=reporter, prepared=prepared)
        except LokalError as error:
            return error
        self._engine = engine
        self._model_path, self._settings = Path(path), settings
        self._load_error = None
        self.model_loaded.emit(path, engine.info)
        if engine.template_problem:
            self.model_template_replaced.emit(path, engine.template_problem)
        return None

    def _fail(self, path: str, error: LokalError) -> None:
        self._load_error = error if self._engine is None else None
        self.model_failed.emit(path, error)

    def _unload(self) -> None:
        """Close the model and give its memory back to the system now."""
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.close()
            del engine
            gc.collect()
            release_free_memory()

    @Slot(str, object)
    def configure(self, path: str, settings: EngineSettings) -> None:
        """New settings: sampling applies to the next answer; a new model or window reloads."""
        engine = self._engine
        if getattr(engine, "is_remote", False):
            # A model server answers: new sampling for it, and the GGUF for when load_model
            # switches back. Nothing loads (use_remote and load_model switch).
            engine.update_sampling(settings)
            self._model_path, self._settings = Path(path), settings
            return
        same_model = engine is not None and Path(path) == self._model_path
        if same_model and not engine.settings.needs_reload(settings):
            engine.update_sampling(settings)
            self._settings = settings
            return
        self.load_model(path, settings)

    @Slot(object)
    def answer(self, request: AnswerRequest) -> None:
        if self._engine is None:
            error = self._load_error or LokalError("model_not_found", path=str(self._model_path))
            self.answer_failed.emit(request.request_id, error)
            return
        question = ask.Question(
            request.question,
            request.sources,
            request.history,
            request.system_prompt,
            grounding=request.grounding,
        )
        batch = _StreamBatch(self, request.request_id)
        try:
            for event in ask.answer(self._engine, question, request.cancel):
                match event:
                    case ask.ThinkingStreamed(text=text):
                        batch.add("", text)
                    case ask.AnswerStreamed(text=text):
                        batch.add(text, "")
                    case ask.AnswerRetried(reason=reason):
                        batch.flush()
                        self.answer_retried.emit(request.request_id, reason)
                    case ask.AnswerFinished():
                        batch.flush()
                        self.answer_finished.emit(request.request_id, event)
        except LokalError as error:  # the model failed while writing: keep the worker alive
            self.answer_failed.emit(request.request_id, error)

    @Slot(object)
    def summarize(self, request: SummaryRequest) -> None:
        """Run a whole-document task; progress, streamed text and the end go to the GUI."""
        if self._engine is None:
            error = self._load_error or LokalError("model_not_found", path=str(self._model_path))
            self.answer_failed.emit(request.request_id, error)
            return
        engine = self._engine
        batch = _StreamBatch(self, request.request_id)
        try:
            for event in summarize.summarize(engine, request.paths, request.task, request.cancel):
                if isinstance(event, summarize.TextStreamed):
                    batch.add(event.text, "")
                elif isinstance(event, summarize.ThinkingStreamed):
                    batch.add("", event.text)
                else:
                    batch.flush()
                    self.summary_progressed.emit(request.request_id, event)
        except LokalError as error:  # already worded (a model server down, a time-out...)
            self.answer_failed.emit(request.request_id, error)
        except Exception as error:  # llama.cpp failures: tell the user, keep the worker alive
            self.answer_failed.emit(
                request.request_id,
                LokalError("model_load_failed", path=str(engine.model_path), detail=str(error)),
            )

    @Slot(object)
    def run_task(self, request: TaskRequest) -> None:
        """Run a workflow or the agent to its end on this thread; every event goes to the GUI,
        then one task_ended. The loop holds the thread (as an answer does), so no other request
        uses the engine, and no reload closes it, while the generator is between two steps."""
        if self._engine is None:
            error = self._load_error or LokalError("model_not_found", path=str(self._model_path))
            self.task_ended.emit(request.request_id, error)
            return
        batch = _EventBatch(self.task_progressed, request.request_id)
        try:
            for event in request.run(self._engine, request.cancel):
                batch.add(event)
        except LokalError as error:
            batch.flush()
            self.task_ended.emit(request.request_id, error)
            return
        except Exception as error:  # a failure of llama.cpp or a bug: told, the worker lives on
            log.exception("Task %s failed", request.request_id)
            batch.flush()
            self.task_ended.emit(request.request_id, LokalError("task_failed", detail=str(error)))
            return
        batch.flush()
        self.task_ended.emit(request.request_id, None)

    @Slot()
    def close(self) -> None:
        self._unload()


class _LoadReporter:
    """llama.cpp's load progress, sent to the GUI at most every 2% (it calls per tensor)."""

    def __init__(self, worker: LlmWorker, path: str) -> None:
        self._worker, self._path, self._last = worker, path, -1.0

    def __call__(self, fraction: float) -> bool:
        if fraction - self._last >= 0.02 or fraction >= 1.0:
            self._last = fraction
            self._worker.model_load_progressed.emit(self._path, fraction)
        return not self._worker.cancel_load.is_set()


class _StreamBatch:
    """Collects streamed text and sends it to the GUI about every BATCH_SECONDS, not per token."""

    def __init__(self, worker: LlmWorker, request_id: int) -> None:
        self._worker = worker
        self._request_id = request_id
        self._answer: list[str] = []
        self._thinking: list[str] = []
        self._last_emit = time.perf_counter()

    def add(self, answer: str, thinking: str) -> None:
        if thinking:
            self._thinking.append(thinking)
        if answer:
            self._answer.append(answer)
        now = time.perf_counter()
        if now - self._last_emit >= BATCH_SECONDS:
            self.flush()
            self._last_emit = now

    def flush(self) -> None:
        if self._thinking:
            self._worker.thinking_streamed.emit(self._request_id, "".join(self._thinking))
            self._thinking.clear()
        if self._answer:
            self._worker.tokens_streamed.emit(self._request_id, "".join(self._answer))
            self._answer.clear()


class _EventBatch:
    """Sends a task's events on `signal`, merging runs of text-only events (a dataclass whose
    one field is `text`: streamed pieces) into one event about every BATCH_SECONDS."""

    def __init__(self, signal, request_id: int) -> None:
        self._signal = signal
        self._request_id = request_id
        self._text_event = None  # the merged text event not sent yet
        self._last_emit = time.perf_counter()

    def add(self, event) -> None:
        if _is_text_piece(event):
            if self._text_event is not None and type(self._text_event) is type(event):
                event = dataclasses.replace(event, text=self._text_event.text + event.text)
            elif self._text_event is not None:
                self.flush()
            self._text_event = event
            now = time.perf_counter()
            if now - self._last_emit >= BATCH_SECONDS:
                self.flush()
                self._last_emit = now
            return
        self.flush()
        self._signal.emit(self._request_id, event)

    def flush(self) -> None:
        if self._text_event is not None:
            event, self._text_event = self._text_event, None
            self._signal.emit(self._request_id, event)


def _is_text_piece(event) -> bool:
    return dataclasses.is_dataclass(event) and [f.name for f in dataclasses.fields(event)] == [
        "text"
    ]
