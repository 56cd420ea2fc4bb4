"""Runs a ready workflow from the Workflows menu: its dialog, then the workflow on the LLM
worker's thread (it owns the engine), its events shown in a WorkflowRunDialog.

The workflow itself is core's (core/workflows): this only turns the dialog's choice into the
workflow's request, keeps its journal under the data folder's workflows/ (so a crashed run
resumes where it stopped, as `lokal workflow` does with the same journal), and shows each event.
Folders are expanded on the worker's thread, and ask-across's search goes to the index worker
(agent_bridge.DocumentSearch): the GUI thread never walks a disk nor touches the store.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal, Slot

from desktop_app.core.errors import LokalError
from desktop_app.core.ingest.pipeline import collect_files
from desktop_app.core.store_types import LibraryCollection
from desktop_app.core.workflows import ask_across, compare, extract, report
from desktop_app.core.workflows.events import (
    ASK_ACROSS,
    EXTRACT,
    REPORT,
    DocumentDone,
    DocumentSkipped,
    DocumentStarted,
    SectionWritten,
    TextStreamed,
    WorkflowFinished,
)
from desktop_app.core.workflows.journal import WorkflowJournal, extract_job_key, report_job_key
from desktop_app.ui.messages import error_detail, error_text
from desktop_app.ui.workflows_dialog import WorkflowChoice, WorkflowDialog, WorkflowRunDialog
from desktop_app.workers.agent_bridge import DocumentSearch
from desktop_app.workers.llm_worker import TaskRequest

# Passages searched for an ask-across question (the contract's top_k): many documents' worth.
ASK_ACROSS_HITS = 50


def workflow_run(
    choice: WorkflowChoice, data_dir: Path, search: DocumentSearch
) -> Callable[[object, threading.Event], Iterator]:
    """The TaskRequest's `run`: called on the LLM worker's thread with its engine."""

    def run(engine, cancel: threading.Event) -> Iterator:
        if choice.kind == EXTRACT:
            files = documents_of(choice)
            request = extract.ExtractRequest(tuple(files), choice.fields, choice.output)
            # The same key as `lokal workflow extract`: the same job resumes from either.
            key = extract_job_key(choice.fields, files, choice.output)
            journal = WorkflowJournal.for_job(data_dir, EXTRACT, key)
            try:
                yield from extract.extract_fields(engine, request, journal, cancel)
            finally:
                journal.close()
        elif choice.kind == REPORT:
            files = documents_of(choice)
            journal = WorkflowJournal.for_job(
                data_dir, REPORT, report_job_key(files, choice.output)
            )
            try:
                yield from report.write_report(
                    engine, report.ReportRequest(tuple(files), choice.output), journal, cancel
                )
            finally:
                journal.close()
        elif choice.kind == ASK_ACROSS:
            # Each document judged as the chat judges its sources, on the index worker's
            # thread: a document that doesn't answer costs no model call and says nothing.
            grounded = search.ground_each(
                choice.question, ASK_ACROSS_HITS, choice.collections, cancel
            )
            yield from ask_across.ask_across(
                engine, choice.question, (), cancel, output=choice.output, groundings=grounded
            )
        else:
            older, newer = choice.files
            yield from compare.compare_documents(engine, older, newer, choice.output, cancel)

    return run


def documents_of(choice: WorkflowChoice) -> list[str]:
    """The files a choice names: its files, then the supported files under its folders."""
    found, _unsupported = collect_files([*choice.files, *choice.folders])
    return [str(path) for path in found]


class WorkflowController(QObject):
    task_requested = Signal(object)  # TaskRequest -> LlmWorker.run_task
    finished = Signal(object)  # WorkflowFinished, or None when the workflow failed (tests)

    def __init__(
        self, window, data_dir: Path, settings, search: DocumentSearch, parent=None
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._data_dir = data_dir
        self._settings = settings
        self._search = search
        self._library: list[LibraryCollection] = []
        self._request: TaskRequest | None = None
        self.dialog: WorkflowDialog | None = None
        self.run_dialog: WorkflowRunDialog | None = None
        self._sections: list[str] = []  # Markdown of the sections shown so far
        self._streamed = ""

    @property
    def busy(self) -> bool:
        return self._request is not None

    @Slot(object)
    def on_library_changed(self, library: list[LibraryCollection]) -> None:
        """The collections and their files, as the documents panel shows them."""
        self._library = list(library)

    @Slot(str)
    def open_dialog(self, kind: str) -> WorkflowDialog | None:
        if self.busy:  # one workflow at a time: show the one running
            self.run_dialog.show()
            self.run_dialog.raise_()
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()  # the last one's choice was taken (or cancelled)
        self.dialog = WorkflowDialog(
            kind, self._library, self._settings.ui.last_folder, self._window
        )
        self.dialog.accepted.connect(lambda dialog=self.dialog: self.start(dialog.choice()))
        self.dialog.open()
        return self.dialog

    def start(self, choice: WorkflowChoice) -> WorkflowRunDialog:
        self._request = TaskRequest(workflow_run(choice, self._data_dir, self._search))
        self._sections, self._streamed = [], ""
        if self.run_dialog is not None:
            self.run_dialog.deleteLater()  # the last run's result: one run dialog at a time
        self.run_dialog = WorkflowRunDialog(choice.kind, self._window)
        self.run_dialog.cancel_requested.connect(self.cancel)
        self.run_dialog.show()
        self.task_requested.emit(self._request)
        return self.run_dialog

    @Slot()
    def cancel(self) -> None:
        if self._request is not None:
            self._request.cancel.set()  # direct: the workflow checks it between steps

    def stop(self) -> None:
        """Quitting: cancel what runs (the journal keeps what was done)."""
        self.cancel()

    @Slot(int, object)
    def on_task_progressed(self, request_id: int, event) -> None:
        if self._request is None or request_id != self._request.request_id:
            return
        view = self.run_dialog
        match event:
            case DocumentStarted(path=path, number=number, total=total):
                view.show_document(path, number, total)
            case DocumentDone(number=number):
                view.document_done(number)
            case DocumentSkipped(path=path, error=error):
                view.add_problem(self._problem_text(path, error))
            case SectionWritten(title=title, text=text):
                self._sections.append(f"## {title}\n\n{text.strip()}")
                self._streamed = ""
                view.show_markdown("\n\n".join(self._sections))
            case TextStreamed(text=text):
                self._streamed += text
                view.show_markdown("\n\n".join([*self._sections, self._streamed]))
            case WorkflowFinished():
                self._finish(event)

    @Slot(int, object)
    def on_task_ended(self, request_id: int, error: LokalError | None) -> None:
        if self._request is None or request_id != self._request.request_id:
            return
        self._request = None
        if error is not None:
            self.run_dialog.fail(
                self.tr("The workflow stopped: {reason}").format(reason=error_text(error))
            )
            self._window.notices.add(error_text(error), is_error=True, detail=error_detail(error))
            self.finished.emit(None)

    def _finish(self, finished: WorkflowFinished) -> None:
        shown = set(self.run_dialog.problems())
        for path, error in finished.failures:  # any not told by a DocumentSkipped
            text = self._problem_text(path, error)
            if text not in shown:
                self.run_dialog.add_problem(text)
        self.run_dialog.finish(lambda: self.summary_text(finished), finished.output, finished.text)
        self.finished.emit(finished)

    def _problem_text(self, path: str, error: LokalError) -> str:
        return self.tr("{name}: {reason}").format(
            name=os.path.basename(path), reason=error_text(error)
        )

    def summary_text(self, finished: WorkflowFinished) -> str:
        """'3 documents done, 1 could not be used. 6 of 6 model steps parsed. 12 s. Saved to …'"""
        number = QLocale().toString
        parts = [self.tr("%n document(s) done", "", finished.documents)]
        if finished.skipped:
            parts.append(self.tr("%n could not be used", "", finished.skipped))
        text = ", ".join(parts) + "."
        if finished.steps:
            text += " " + self.tr("{parsed} of {steps} model steps parsed.").format(
                parsed=number(finished.parsed), steps=number(finished.steps)
            )
        text += " " + self.tr("{seconds} s.").format(
            seconds=number(float(finished.seconds), "f", 1)
        )
        if finished.cancelled:
            text += " " + self.tr("Stopped: what was done so far is kept.")
        if finished.output:
            text += " " + self.tr("Saved to {path}.").format(path=finished.output)
        elif not finished.documents and not finished.skipped and not finished.text:
            text = self.tr("There were no documents to work on.")
        return text
