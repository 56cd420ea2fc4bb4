"""Decisions of the chat: conversations, asking (retrieval, then the model), regenerate, edit.

Conversations are stored in the HistoryStore (SQLite) on the GUI thread: its writes are small.
A question goes to the index worker for sources, then to the LLM worker; the answer streams in
and is stored without the model's thinking, which is never fed back into later turns.
"""

from __future__ import annotations

import dataclasses
import os

from PySide6.QtCore import QLocale, QObject, Signal, Slot

from desktop_app.core.application.ask import AnswerFinished
from desktop_app.core.application.grounding_types import Evidence, Grounding
from desktop_app.core.assistant import AnswerStats, Turn
from desktop_app.core.errors import LokalError
from desktop_app.core.history import HistoryStore, StoredMessage
from desktop_app.core.store_types import Hit
from desktop_app.core.summarize import (
    LIST,
    DocumentFailed,
    DocumentOpening,
    DocumentPlanned,
    Progress,
    SummaryFinished,
    SummaryTask,
    coverage_label,
    rounded_duration,
)
from desktop_app.ui.chat_view import AnswerWidget, QuestionWidget
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import error_detail, error_text, pages_text
from desktop_app.workers.llm_worker import AnswerRequest, SummaryRequest

_TITLE_CHARS = 60


class ChatController(QObject):
    search_requested = Signal(int, str, int, list)  # request id, query, top k, collections
    answer_requested = Signal(object)  # AnswerRequest
    summary_requested = Signal(object)  # SummaryRequest: a whole-document task
    answer_completed = Signal(int)  # request id; for tests and the status bar
    conversations_changed = Signal()

    def __init__(self, window: MainWindow, history: HistoryStore, settings) -> None:
        super().__init__(window)
        self._window = window
        self._view = window.chat_view
        self.history = history
        self.settings = settings
        self.conversation_id: int | None = None
        self._next_id = 0
        self._active: AnswerRequest | SummaryRequest | None = None
        self._active_id: int | None = None
        self._question = ""
        self._widget: AnswerWidget | None = None
        self._editing: QuestionWidget | None = None
        self._nothing_found = False  # a list task that found nothing: said so when it ends
        # Collections chosen before the first question, for the chat that question creates.
        self._pending_collections: tuple[str, ...] = ()
        window.composer.submitted.connect(self.ask)
        window.composer.stop_requested.connect(self.stop)
        self._view.regenerate_requested.connect(self.regenerate)
        self._view.edit_requested.connect(self.start_editing)

    @property
    def busy(self) -> bool:
        return self._active_id is not None

    # -- conversations ------------------------------------------------------------------------

    @Slot()
    def new_conversation(self) -> None:
        if self.busy:
            self.stop()
        self.conversation_id = None
        self._cancel_editing()
        self._view.clear()
        self._window.set_conversation_title(None)  # "New chat", in the current language
        self._window.composer.editor.setFocus()
        self.conversations_changed.emit()

    @Slot(int, int)
    def open_conversation(self, conversation_id: int, message_id: int = 0) -> None:
        conversation = self.history.conversation(conversation_id)
        if conversation is None or self.busy:
            return
        self.conversation_id = conversation_id
        self._cancel_editing()
        self._view.clear()
        self._window.set_conversation_title(conversation.title)
        target = None
        for message in self.history.messages(conversation_id):
            widget = self._show_stored(message)
            if message.id == message_id:
                target = widget
        if target is not None:
            self._view.scroll_to(target)
        self.conversations_changed.emit()

    def collections(self) -> list[str]:
        """The collections this chat searches; empty means all documents."""
        if self.conversation_id is None:
            return list(self._pending_collections)
        conversation = self.history.conversation(self.conversation_id)
        return list(conversation.collections) if conversation else []

    def set_collections(self, names: list[str]) -> None:
        if self.conversation_id is None:
            self._pending_collections = tuple(names)
        else:
            try:
                self.history.set_collections(self.conversation_id, names)
            except LokalError as error:  # history_disk_full: the chat keeps its collections
                self._history_not_saved(error)

    # -- asking -------------------------------------------------------------------------------

    @Slot(str)
    def ask(self, question: str) -> None:
        if self.busy:
            return
        if self._editing is not None:
            self._resubmit_edited(question)
            return
        self._add_question(question)
        self._start_answer(question)

    @Slot(list, str)
    def summarize(self, paths: list[str], what: str = "") -> None:
        """Summarise the documents (or, with `what`, list every such item in them): a new turn
        of this chat whose answer reads all their text (core.summarize), with progress."""
        if not paths:
            return
        if self.busy:
            self._window.statusBar().showMessage(
                self.tr("Wait for the answer to finish, or stop it first."), 6000
            )
            return
        self._cancel_editing()
        names = [os.path.basename(path) for path in paths]
        documents = (
            ", ".join(names) if len(names) <= 3 else self.tr("%n document(s)", "", len(names))
        )
        if what.strip():
            task = SummaryTask(LIST, " ".join(what.split()))
            question = self.tr("List every {what} in {documents}").format(
                what=task.what, documents=documents
            )
        else:
            task = SummaryTask()
            question = self.tr("Summarise {documents}").format(documents=documents)
        self._add_question(question)
        self._next_id += 1
        self._active_id = self._next_id
        self._question = question
        self._nothing_found = False
        self._widget = self._view.add_answer()
        self._widget.status.setText(self.tr("Reading {name}…").format(name=names[0]))
        self._window.composer.set_busy(True)
        self._active = SummaryRequest(self._active_id, tuple(paths), task)
        self.summary_requested.emit(self._active)

    @Slot()
    def regenerate(self) -> None:
        """Answer the last question again: the last answer is dropped, stored and shown."""
        if self.busy or self.conversation_id is None:
            return
        messages = self.history.messages(self.conversation_id)
        if not messages or messages[-1].role != "assistant":
            return
        try:
            self.history.delete_from(self.conversation_id, messages[-1].id)
        except LokalError as error:  # history_disk_full: the answer stays, stored and shown
            self._history_not_saved(error)
            return
        answers = self._view.answers()
        if answers:
            self._view.remove(answers[-1])
        self._start_answer(messages[-2].content if len(messages) > 1 else "")

    @Slot(object)
    def start_editing(self, widget: QuestionWidget) -> None:
        if self.busy:
            return
        self._editing = widget
        self._window.composer.editor.setPlainText(widget.question)
        self._window.composer.editor.setFocus()
        self._window.show_editing_banner(True)

    def cancel_editing(self) -> None:
        self._cancel_editing()

    @Slot()
    def stop(self) -> None:
        if self._active is not None:
            self._active.cancel.set()  # direct: the stream loop checks it between tokens
        elif self._active_id is not None:  # still retrieving: drop the answer before it starts
            self._finish(self._active_id)

    def _resubmit_edited(self, question: str) -> None:
        """Delete the edited question and everything after it, then ask the new text."""
        widget, self._editing = self._editing, None
        self._window.show_editing_banner(False)
        if self.conversation_id is not None and widget.message_id is not None:
            try:
                self.history.delete_from(self.conversation_id, widget.message_id)
            except LokalError as error:  # history_disk_full: the chat stays as it was
                self._history_not_saved(error)
                return
        if self.conversation_id is not None:
            self.open_conversation(self.conversation_id, 0)  # shows what is left
        self.ask(question)

    def _cancel_editing(self) -> None:
        if self._editing is not None:
            self._editing = None
            self._window.composer.editor.clear()
        self._window.show_editing_banner(False)

    def _add_question(self, question: str) -> None:
        """Show and store the question; the first one starts a new conversation. A full disk
        costs the saving, never the question: it stays on screen and is answered."""
        try:
            if self.conversation_id is None:
                title = " ".join(question.split())[:_TITLE_CHARS] or self.tr("New chat")
                conversation = self.history.create_conversation(title, self._pending_collections)
                self._pending_collections = ()
                self.conversation_id = conversation.id
                self._window.set_conversation_title(conversation.title)
                self.conversations_changed.emit()
            stored = self.history.add_message(self.conversation_id, "user", question)
        except LokalError as error:  # history_disk_full: kept in memory, saved later if it can
            self._view.add_question(question, None)
            self._history_not_saved(error)
            return
        self._view.add_question(question, stored.id)

    def _history_not_saved(self, error: LokalError) -> None:
        self._window.notices.add(error_text(error), is_error=True, detail=error_detail(error))

    def _start_answer(self, question: str) -> None:
        self._next_id += 1
        self._active_id = self._next_id
        self._active = None
        self._question = question
        self._widget = self._view.add_answer()
        self._window.composer.set_busy(True)
        self.search_requested.emit(
            self._active_id, question, self.settings.retrieval.top_k, self.collections()
        )

    def _history_turns(self) -> tuple[Turn, ...]:
        """Earlier exchanges, answers without thinking; the question being asked excluded."""
        messages = self.history.messages(self.conversation_id) if self.conversation_id else []
        turns, question = [], None
        for message in messages[:-1]:  # the last stored message is the question now asked
            if message.role == "user":
                question = message.content
            elif question is not None:
                turns.append(Turn(question, message.content))
                question = None
        return tuple(turns)

    # -- what the workers report --------------------------------------------------------------

    @Slot(int, object)
    def on_search_finished(self, request_id: int, grounding: Grounding) -> None:
        if request_id != self._active_id or self._widget is None:
            return
        if grounding.found:
            self._widget.set_sources(list(grounding.sources))
        else:  # the documents don't answer it: what came nearest, not as citations
            self._widget.show_not_found(list(grounding.sources))
        self._widget.show_reading_sources()
        self._active = AnswerRequest(
            request_id,
            self._question,
            (),
            self._history_turns(),
            self.settings.model.system_prompt or None,
            grounding=grounding,
        )
        self.answer_requested.emit(self._active)

    @Slot(int, object)
    def on_search_failed(self, request_id: int, error: LokalError) -> None:
        # Answer without sources rather than not at all.
        self.on_search_finished(request_id, Grounding(self._question, searched=False))
        self._window.notices.add(error_text(error), is_error=True, detail=error_detail(error))

    @Slot(int, object)
    def on_summary_progress(self, request_id: int, event) -> None:
        """A whole-document task moved on: say where it is while no text has come yet.
        SummaryFinished is its end (the worker sends no answer_finished for it)."""
        if request_id != self._active_id or self._widget is None:
            return
        status = None
        if isinstance(event, DocumentOpening):
            status = self.tr("Opening {name}…").format(name=os.path.basename(event.path))
        elif isinstance(event, DocumentFailed):
            self._window.notices.add(
                self.tr("Could not read {name}: {reason}").format(
                    name=os.path.basename(event.path), reason=error_text(event.error)
                ),
                is_error=True,
                detail=error_detail(event.error),
            )
        elif isinstance(event, DocumentPlanned) and event.empty_pages:
            self._window.notices.add(
                self.tr(
                    "%Ln page(s) of {name} have no text (scanned?) and were not read: {pages}.",
                    "",
                    len(event.empty_pages),
                ).format(name=os.path.basename(event.path), pages=pages_text(event.empty_pages)),
                is_error=True,
            )
        elif isinstance(event, Progress):
            status = self._progress_text(event)
        elif isinstance(event, SummaryFinished):
            self._nothing_found = event.task.kind == LIST and not event.items and not event.stopped
            answer = event.answer
            if event.partial:  # stopped: the notes of what was read, said so, shown whole
                answer = f"{self._partial_heading(event)}\n\n{event.answer.strip()}"
                self._widget.append_text(answer)
            self._complete(request_id, answer, event.thinking, event.stats)
            return
        if status is not None and not self._widget.text():
            self._widget.status.setText(status)
            self._widget.status.show()

    def _progress_text(self, event: Progress) -> str:
        """'Reading pages 43–55 of 113 (piece 4 of 9, about 3 min left)…'"""
        number = QLocale().toString
        details = []
        if event.phase == "map" and event.piece is not None:
            span = event.piece.span
            several = isinstance(self._active, SummaryRequest) and len(self._active.paths) > 1
            if span.first_page is not None:
                total = number(event.piece.page_count or span.last_page)
                if span.last_page == span.first_page:
                    what = self.tr("Reading page {page} of {total}").format(
                        page=number(span.first_page), total=total
                    )
                else:
                    what = self.tr("Reading pages {first}–{last} of {total}").format(
                        first=number(span.first_page), last=number(span.last_page), total=total
                    )
                what = f"{span.name}: {what}" if several else what
            elif span.parts > 1:
                what = self.tr("Reading part {part} of {parts} of {name}").format(
                    part=number(span.first_part), parts=number(span.parts), name=span.name
                )
            else:
                what = self.tr("Reading {name}").format(name=span.name)
            details.append(
                self.tr("piece {step} of {steps}").format(
                    step=number(event.step), steps=number(event.steps)
                )
            )
        elif event.phase == "reduce":
            what = self.tr("Combining the notes")
            details.append(
                self.tr("{step} of {steps}").format(
                    step=number(event.step), steps=number(event.steps)
                )
            )
        else:
            what = self.tr("Writing the summary")
        if event.seconds_left is not None:
            details.append(self._time_left_text(event.seconds_left))
        if not details:
            return self.tr("{what}…").format(what=what)
        return self.tr("{what} ({details})…").format(what=what, details=", ".join(details))

    def _time_left_text(self, seconds: float) -> str:
        value, unit = rounded_duration(seconds)
        if unit == "s":
            return self.tr("about %Ln s left", "", value)
        if unit == "min":
            return self.tr("about %Ln min left", "", value)
        return self.tr("about %Ln h left", "", value)

    def _partial_heading(self, event: SummaryFinished) -> str:
        """'Partial summary of pages 1–55 of 113 (stopped)': what a stopped task's notes cover."""
        number = QLocale().toString
        listing = event.task.kind == LIST
        span = event.covered[0] if len(event.covered) == 1 else None
        whole = event.whole[0] if len(event.whole) == 1 else None
        one_pdf = whole is not None and whole.last_page is not None
        if span is not None and span.first_page is not None and one_pdf:
            pages = {
                "first": number(span.first_page),
                "last": number(span.last_page or span.first_page),
                "total": number(whole.last_page),
            }
            if listing:
                text = self.tr("Partial list from pages {first}–{last} of {total} (stopped)")
            else:
                text = self.tr("Partial summary of pages {first}–{last} of {total} (stopped)")
            return text.format(**pages)
        covered = coverage_label(event.covered, event.whole)
        if listing:
            return self.tr("Partial list from {covered} (stopped)").format(covered=covered)
        return self.tr("Partial summary of {covered} (stopped)").format(covered=covered)

    @Slot(int, str)
    def on_tokens(self, request_id: int, text: str) -> None:
        if request_id == self._active_id and self._widget is not None:
            self._widget.append_text(text)

    @Slot(int, str)
    def on_thinking(self, request_id: int, text: str) -> None:
        if request_id == self._active_id and self._widget is not None:
            self._widget.append_thinking(text)

    @Slot(int, str)
    def on_answer_retried(self, request_id: int, _reason: str) -> None:
        """The text streamed so far is discarded; the card says, quietly, that it tries again."""
        if request_id == self._active_id and self._widget is not None:
            self._widget.restart()

    @Slot(int, object)
    def on_answer_finished(self, request_id: int, finished: AnswerFinished) -> None:
        if request_id == self._active_id and self._widget is not None:
            # Not what streamed: no model ran (not found), or the first attempt was kept.
            if self._widget.text().strip() != finished.answer.strip():
                self._widget.restart()
                if finished.thinking:
                    self._widget.append_thinking(finished.thinking)
                self._widget.append_text(finished.answer)
            self._complete(request_id, finished.answer, finished.thinking, finished.stats, finished)

    def _complete(
        self,
        request_id: int,
        answer: str,
        thinking: str,
        stats: AnswerStats,
        finished: AnswerFinished | None = None,
    ) -> None:
        """An answer or a summary is done: show its stats, evidence or closest matches, store
        it, free the composer."""
        widget = self._widget
        grounding = _grounding_record(finished)
        sources = finished.sources if finished is not None else stats.sources
        _show_grounding(widget, sources, grounding)
        widget.finish(
            stats.completion_tokens,
            stats.tokens_per_second,
            stats.first_token_seconds,
            stats.stopped,
            stats.context_used,
            stats.context_length,
        )
        if self.conversation_id is not None:
            try:
                stored = self.history.add_message(
                    self.conversation_id,
                    "assistant",
                    answer.strip(),
                    thinking=thinking.strip() or None,
                    sources=[dataclasses.asdict(hit) for hit in sources],
                    # Evidence and the verdict live in the stats JSON: no schema change.
                    stats=_stats_record(stats) | grounding,
                )
                widget.message_id = stored.id
            except LokalError as error:  # a full disk: the answer stays on screen
                self._history_not_saved(error)
        if isinstance(self._active, SummaryRequest):
            # Regenerate asks the question again through retrieval: not this task.
            widget.regenerate_button.hide()
            if self._nothing_found:
                widget.set_status(lambda: self.tr("Nothing found."))
        else:
            widget.regenerate_button.show()
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
        self.conversations_changed.emit()

    def _show_stored(self, message: StoredMessage):
        if message.role == "user":
            return self._view.add_question(message.content, message.id)
        widget = self._view.add_answer()
        widget.message_id = message.id
        stats = message.stats or {}
        _show_grounding(widget, [Hit(**source) for source in message.sources], stats)
        if message.thinking:
            widget.append_thinking(message.thinking)
        widget.append_text(message.content)
        widget.finish(
            stats.get("completion_tokens", 0),
            stats.get("tokens_per_second", 0.0),
            stats.get("first_token_seconds", 0.0),
            stats.get("stopped", False),
            stats.get("context_used", 0),
            stats.get("context_length", 0),
        )
        widget.regenerate_button.show()
        return widget


def _grounding_record(finished: AnswerFinished | None) -> dict:
    """What an answer was grounded on, as stored with it (JSON) and shown again from there."""
    if finished is None:  # a summary: read from whole documents, not grounded on passages
        return {}
    return {
        "found": finished.found,
        "evidence": [dataclasses.asdict(item) for item in finished.evidence],
        "closest": [dataclasses.asdict(hit) for hit in finished.closest],
        "problems": list(finished.problems),
    }


def _show_grounding(widget: AnswerWidget, sources: list[Hit], record: dict) -> None:
    """Sources as numbered chips with the evidence quoted and marked; or, when the documents
    don't answer it, the closest matches."""
    if record.get("found", True):
        widget.set_sources(list(sources))
        evidence = [Evidence(**item) for item in record.get("evidence", [])]
        if evidence:
            widget.show_evidence(evidence, tuple(record.get("problems", ())))
    else:
        widget.show_not_found([Hit(**hit) for hit in record.get("closest", [])])


def _stats_record(stats: AnswerStats) -> dict:
    return {
        "completion_tokens": stats.completion_tokens,
        "tokens_per_second": round(stats.tokens_per_second, 2),
        "first_token_seconds": round(stats.first_token_seconds, 3),
        "stopped": stats.stopped,
        "context_used": stats.context_used,
        "context_length": stats.context_length,
    }
