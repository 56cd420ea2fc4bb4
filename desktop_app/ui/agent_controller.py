"""The chat's Agent mode: a task goes to the agent loop (core/agent/loop.py) on the LLM worker's
thread; its steps show live in the chat, folded under the answer; each write waits for the
user's Approve in the write approval dialog; Stop (or Esc) cancels.

What the agent may touch is decided here, from the user's choices only, and enforced in core
(confinement.py): it reads the folders of the chat's collections' files (all collections when
the chat searches all documents) and the folders the user added; it writes only inside the
output folder the user chose, and without one it has no write tools.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.agent.confinement import Confinement
from desktop_app.core.agent.loop import (
    AgentBudget,
    AgentFinished,
    AgentStepFinished,
    AgentStepStarted,
    AgentTextStreamed,
    AgentWriteDecided,
    run_agent,
)
from desktop_app.core.agent.tools import Toolbox
from desktop_app.core.errors import LokalError
from desktop_app.core.store_types import LibraryCollection
from desktop_app.ui.agent_folders_dialog import AgentFoldersDialog
from desktop_app.ui.agent_steps_view import AgentStepsView
from desktop_app.ui.chat_view import AnswerWidget
from desktop_app.ui.messages import error_detail, error_text
from desktop_app.ui.write_approval_dialog import WriteApprovalDialog
from desktop_app.workers.agent_bridge import DocumentSearch, WriteApprovals
from desktop_app.workers.llm_worker import TaskRequest


def agent_run(
    task: str,
    read_folders: Sequence[str],
    output_folder: str | None,
    collections: Sequence[str],
    search: DocumentSearch,
    approvals: WriteApprovals,
    budget: AgentBudget,
):
    """The TaskRequest's `run`: the toolbox and the loop, made on the LLM worker's thread."""

    def run(engine, cancel: threading.Event):
        confinement = Confinement(
            [Path(folder) for folder in read_folders],
            Path(output_folder) if output_folder else None,
        )
        toolbox = Toolbox(
            engine,
            confinement,
            search=search.searcher(list(collections), cancel),
            approve=approvals.approver(cancel),
            cancel=cancel,
        )
        return run_agent(engine, task, toolbox, budget, cancel)

    return run


class AgentController(QObject):
    task_requested = Signal(object)  # TaskRequest -> LlmWorker.run_task
    finished = Signal(object)  # AgentFinished, or None when the run failed (tests)
    approval_shown = Signal(object)  # the WriteApprovalDialog just opened (tests)

    def __init__(
        self,
        window,
        chat,
        settings,
        approvals: WriteApprovals,
        search: DocumentSearch,
        save_settings: Callable[[], None],
        budget: AgentBudget | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._chat = chat
        self._settings = settings
        self._approvals = approvals
        self._search = search
        self._save_settings = save_settings
        self.budget = budget or AgentBudget()
        self._library: list[LibraryCollection] = []
        self._request: TaskRequest | None = None
        self._answer: AnswerWidget | None = None
        self.steps: AgentStepsView | None = None
        self.approval_dialog: WriteApprovalDialog | None = None
        self._approval_ticket: int | None = None
        window.composer.agent_submitted.connect(self.run)
        window.composer.stop_requested.connect(self.stop)
        window.composer.agent_folders_requested.connect(self.choose_folders)
        approvals.approval_requested.connect(self.on_approval_requested)
        approvals.approval_withdrawn.connect(self.on_approval_withdrawn)

    @property
    def busy(self) -> bool:
        return self._request is not None

    @Slot(object)
    def on_library_changed(self, library: list[LibraryCollection]) -> None:
        self._library = list(library)

    # -- which folders ----------------------------------------------------------------------

    def collection_folders(self) -> list[str]:
        """The folders holding the files of the chat's collections (all when it has none)."""
        chosen = set(self._chat.collections())
        folders = {
            os.path.dirname(file.path)
            for collection in self._library
            if not chosen or collection.name in chosen
            for file in collection.files
        }
        return sorted(folders)

    def read_folders(self) -> list[str]:
        added = [folder for folder in self._settings.ui.agent_read_folders if folder]
        return sorted({*self.collection_folders(), *added})

    def output_folder(self) -> str | None:
        return self._settings.ui.agent_output_folder or None

    @Slot()
    def choose_folders(self) -> AgentFoldersDialog:
        dialog = AgentFoldersDialog(
            self.collection_folders(),
            list(self._settings.ui.agent_read_folders),
            self._settings.ui.agent_output_folder,
            self._window,
        )
        dialog.accepted.connect(lambda: self._keep_folders(dialog))
        dialog.open()
        return dialog

    def _keep_folders(self, dialog: AgentFoldersDialog) -> None:
        self._settings.ui.agent_read_folders = dialog.added_folders()
        self._settings.ui.agent_output_folder = dialog.output_folder
        self._save_settings()

    # -- a run ------------------------------------------------------------------------------

    @Slot(str)
    def run(self, task: str) -> None:
        if self.busy or self._chat.busy:
            self._window.statusBar().showMessage(
                self.tr("Wait for the answer to finish, or stop it first."), 6000
            )
            return
        view = self._window.chat_view
        question = view.add_question(task, None)
        question.edit_button.hide()  # a task is not a stored chat question to edit and resend
        self._answer = view.add_answer()
        self.steps = AgentStepsView(self._answer)
        self._answer.layout_.insertWidget(
            self._answer.layout_.indexOf(self._answer.body), self.steps
        )
        self._answer.set_status(lambda: self.tr("The agent is working…"))
        self._request = TaskRequest(
            agent_run(
                task,
                self.read_folders(),
                self.output_folder(),
                self._chat.collections(),
                self._search,
                self._approvals,
                self.budget,
            )
        )
        self._window.composer.set_busy(True)
        self.task_requested.emit(self._request)

    @Slot()
    def stop(self) -> None:
        if self._request is not None:
            self._request.cancel.set()  # the loop, a waiting approval and a search all hear it
            self._close_approval()

    @Slot(int, object)
    def on_task_progressed(self, request_id: int, event) -> None:
        if self._request is None or request_id != self._request.request_id:
            return
        match event:
            case AgentStepStarted(number=number, tool=tool, arguments=arguments):
                self.steps.step_started(number, tool, arguments)
            case AgentStepFinished():
                self.steps.step_finished(
                    event.number, event.tool, event.arguments, event.ok, event.summary, event.error
                )
            case AgentWriteDecided(path=path, approved=approved):
                self.steps.write_decided(path, approved)
            case AgentTextStreamed(text=text):
                self._answer.append_text(text)
            case AgentFinished():
                self._finish(event)

    def _finish(self, finished: AgentFinished) -> None:
        answer = self._answer
        if answer.text().strip() != finished.answer.strip():
            answer.restart()
            answer.append_text(finished.answer)
        answer.finish(0, 0.0, 0.0, finished.stop_reason == "cancelled")
        ending = self.ending_text(finished)
        if ending:
            answer.set_status(ending)
            answer.status.show()
        answer.regenerate_button.hide()
        self.finished.emit(finished)

    def ending_text(self, finished: AgentFinished) -> str:
        """Why the agent stopped, when it did not simply answer."""
        steps = finished.steps
        texts = {
            "budget": self.tr("Stopped after %n step(s): the step budget was used up.", "", steps),
            "repeated": self.tr("Stopped: the model called the same tool again the same way."),
            "cancelled": self.tr("Stopped."),
            "failed": self.tr("The agent stopped: {reason}").format(
                reason=error_text(finished.error)
                if finished.error is not None
                else self.tr("the model gave no usable answer")
            ),
        }
        return texts.get(finished.stop_reason, "")

    @Slot(int, object)
    def on_task_ended(self, request_id: int, error: LokalError | None) -> None:
        if self._request is None or request_id != self._request.request_id:
            return
        self._request = None
        self._close_approval()
        if error is not None and self._answer is not None:
            self._answer.fail(self.tr("No answer: {reason}").format(reason=error_text(error)))
            self._window.notices.add(error_text(error), is_error=True, detail=error_detail(error))
            self.finished.emit(None)
        self._window.composer.set_busy(False)

    # -- approvals --------------------------------------------------------------------------

    @Slot(int, object)
    def on_approval_requested(self, ticket: int, proposal) -> None:
        """A write waits on the LLM worker's thread: ask the user (modal, never blocking)."""
        self._close_approval()
        if self.approval_dialog is not None:
            self.approval_dialog.deleteLater()  # answered already
        dialog = WriteApprovalDialog(proposal, self._window)
        self.approval_dialog, self._approval_ticket = dialog, ticket
        dialog.finished.connect(lambda _result: self._approvals.answer(ticket, dialog.approved))
        dialog.open()
        self.approval_shown.emit(dialog)

    @Slot(int)
    def on_approval_withdrawn(self, ticket: int) -> None:
        if ticket == self._approval_ticket:
            self._close_approval()

    def _close_approval(self) -> None:
        """Close the open question, refused (a withdrawn question's answer is dropped anyway)."""
        self._approval_ticket = None
        dialog = self.approval_dialog
        if dialog is not None and dialog.isVisible():
            dialog.reject()
