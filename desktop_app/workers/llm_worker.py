"""The LLM worker: owns the chat model (llama.cpp) on its own thread.

Tokens go to the GUI in batches (about every 30 ms), not one signal per token; a reasoning
model's thinking is split from its answer here and sent apart, so the GUI shows it folded away
and the history keeps only the answer. Each request carries its own cancel Event, set directly
from the GUI thread: a queued "stop" signal would wait behind the running stream loop.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core import assistant, summarize
from desktop_app.core.errors import LokalError
from desktop_app.core.llm import EngineSettings
from desktop_app.core.reasoning import ThinkingSplitter
from desktop_app.core.store import Hit
from desktop_app.workers.threads import HEAVY_IMPORTS, lower_this_threads_priority

BATCH_SECONDS = 0.03


@dataclass(frozen=True)
class AnswerRequest:
    request_id: int
    question: str
    sources: tuple[Hit, ...]
    history: tuple[assistant.Turn, ...]
    system_prompt: str | None = None
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)


@dataclass(frozen=True)
class SummaryRequest:
    """A whole-document task: summarise `paths`, or list every item of a kind in them."""

    request_id: int
    paths: tuple[str, ...]
    task: summarize.SummaryTask
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)


class LlmWorker(QObject):
    model_loading = Signal(str)  # path
    model_loaded = Signal(str, object)  # path, GgufInfo
    model_failed = Signal(str, object)  # path, LokalError
    tokens_streamed = Signal(int, str)  # request id, answer text since the last batch
    thinking_streamed = Signal(int, str)  # request id, thinking text since the last batch
    answer_finished = Signal(int, str, str, object)  # request id, answer, thinking, AnswerStats
    answer_failed = Signal(int, object)  # request id, LokalError
    # request id, a core.summarize event: a document opened, planned or failed, a model call
    # begun (Progress), a piece read, the end (SummaryFinished). The text streams through
    # tokens_streamed and the end is answer_finished too, as for an answer.
    summary_progressed = Signal(int, object)

    def __init__(self, model_path: Path, settings: EngineSettings) -> None:
        super().__init__()
        self._model_path = model_path
        self._settings = settings
        self._engine = None
        self._load_error: LokalError | None = None  # why the last load failed, told on asking

    @Slot()
    def start(self) -> None:
        lower_this_threads_priority()
        # Imported here, once, under the lock; a failed import is reported by ChatEngine.
        with HEAVY_IMPORTS, contextlib.suppress(ImportError):
            import llama_cpp  # noqa: F401
        self.load_model(str(self._model_path), self._settings)

    @Slot(str, object)
    def load_model(self, path: str, settings: EngineSettings) -> None:
        from desktop_app.core.llm import ChatEngine  # llama_cpp loads here, off the GUI thread

        self.model_loading.emit(path)
        try:
            engine = ChatEngine(path, settings)
        except LokalError as error:
            self._load_error = error
            self.model_failed.emit(path, error)  # the previous model, if any, stays loaded
            return
        if self._engine is not None:
            self._engine.close()
        self._engine = engine
        self._model_path, self._settings = Path(path), settings
        self._load_error = None
        self.model_loaded.emit(path, engine.info)

    @Slot(str, object)
    def configure(self, path: str, settings: EngineSettings) -> None:
        """New settings: sampling applies to the next answer; a new model or window reloads."""
        engine = self._engine
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
        engine = self._engine
        prepared = assistant.prepare_prompt(
            request.question,
            request.sources,
            request.history,
            engine.count_prompt_tokens,
            engine.context_length,
            engine.settings.max_tokens,
            request.system_prompt or None,
        )
        stats = assistant.AnswerStats()
        splitter = ThinkingSplitter(starts_in_thinking=engine.opens_thinking)
        batch = _StreamBatch(self, request.request_id)
        try:
            for piece in assistant.stream_answer(engine, prepared, request.cancel, stats):
                thinking, answer = splitter.feed(piece)
                batch.add(answer, thinking)
        except Exception as error:  # llama.cpp failures: tell the user, keep the worker alive
            self.answer_failed.emit(
                request.request_id,
                LokalError("model_load_failed", path=str(engine.model_path), detail=str(error)),
            )
            return
        thinking, answer = splitter.finish()
        batch.add(answer, thinking)
        batch.flush()
        self.answer_finished.emit(request.request_id, splitter.answer, splitter.thinking, stats)

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
                    if isinstance(event, summarize.SummaryFinished):
                        self.answer_finished.emit(
                            request.request_id, event.answer, event.thinking, event.stats
                        )
        except Exception as error:  # llama.cpp failures: tell the user, keep the worker alive
            self.answer_failed.emit(
                request.request_id,
                LokalError("model_load_failed", path=str(engine.model_path), detail=str(error)),
            )

    @Slot()
    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None


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
