"""Decisions of the chat: a question goes to retrieval, then to the model; the answer streams in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.assistant import AnswerStats, Turn
from desktop_app.core.errors import LokalError
from desktop_app.ui.chat_view import AnswerWidget
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import error_text
from desktop_app.workers.llm_worker import AnswerRequest


class ChatController(QObject):
    search_requested = Signal(int, str, int)  # request id, query, top k
    answer_requested = Signal(object)  # AnswerRequest
    answer_completed = Signal(int)  # request id; for tests and the status bar

    def __init__(self, window: MainWindow, top_k: int) -> None:
        super().__init__(window)
        self._window = window
        self._top_k = top_k
        self._history: list[Turn] = []
        self._next_id = 0
        self._active: AnswerRequest | None = None
        self._active_id: int | None = None
        self._question = ""
        self._widget: AnswerWidget | None = None
        window.composer.submitted.connect(self.ask)
        window.composer.stop_requested.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self._active_id is not None

    @Slot(str)
    def ask(self, question: str) -> None:
        if self.busy:
            return
        self._next_id += 1
        self._active_id = self._next_id
        self._active = None
        self._question = question
        self._window.chat_view.add_question(question)
        self._widget = self._window.chat_view.add_answer()
        self._window.composer.set_busy(True)
        self.search_requested.emit(self._active_id, question, self._top_k)

    @Slot()
    def stop(self) -> None:
        if self._active is not None:
            self._active.cancel.set()  # direct: the stream loop checks it between tokens
        elif self._active_id is not None:  # still retrieving: drop the answer before it starts
            self._finish(self._active_id)

    @Slot(int, object)
    def on_search_finished(self, request_id: int, hits) -> None:
        if request_id != self._active_id or self._widget is None:
            return
        self._widget.set_sources(list(hits))
        self._widget.show_thinking()
        self._active = AnswerRequest(request_id, self._question, tuple(hits), tuple(self._history))
        self.answer_requested.emit(self._active)

    @Slot(int, object)
    def on_search_failed(self, request_id: int, error: LokalError) -> None:
        self.on_search_finished(request_id, [])  # answer without sources rather than not at all
        self._window.chat_view.add_notice(error_text(error), is_error=True)

    @Slot(int, str)
    def on_tokens(self, request_id: int, text: str) -> None:
        if request_id == self._active_id and self._widget is not None:
            self._widget.append_text(text)

    @Slot(int, str, object)
    def on_answer_finished(self, request_id: int, text: str, stats: AnswerStats) -> None:
        if request_id != self._active_id or self._widget is None:
            return
        self._widget.set_sources(stats.sources)  # those that fitted the context window
        self._widget.finish(
            stats.completion_tokens,
            stats.tokens_per_second,
            stats.first_token_seconds,
            stats.stopped,
        )
        if text.strip():
            self._history.append(Turn(self._question, text.strip()))
        self._finish(request_id)

    @Slot(int, object)
    def on_answer_failed(self, request_id: int, error: LokalError) -> None:
        if request_id != self._active_id or self._widget is None:
            return
        self._widget.fail(self.tr("No answer: {reason}").format(reason=error_text(error)))
        self._finish(request_id)

    def _finish(self, request_id: int) -> None:
        self._active_id = None
        self._active = None
        self._window.composer.set_busy(False)
        self.answer_completed.emit(request_id)
