"""Decisions of indexing: dropped paths go to the index worker; progress shows in the status bar.

The worker sends each event of core's indexing pipeline whole (`IndexWorker.index_event`, already
filtered by its quiet-run policy); `on_index_event` matches on them as the CLI's `_index` does.
A run shows as running from its first event (or from the user's request) until its RunFinished,
which the worker sends for every run it showed the start of.

What a run reports goes to the window's notification area (ui/notices.py), never into a chat;
files found unchanged are said once, at the run's end ("13 files are unchanged"), not each.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, Slot

from desktop_app.core.errors import LokalError
from desktop_app.core.ingest.pipeline import (
    FileDeleted,
    FileFailed,
    FileIndexed,
    FileProgress,
    FilesFound,
    FileStarted,
    FileUnchanged,
    RunFinished,
)
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import error_detail, error_text, pages_text


class IndexController(QObject):
    index_requested = Signal(list, str)  # paths, collection
    indexing_finished = Signal(int, int, int, bool)  # indexed, unchanged, failed, cancelled
    collections_listed = Signal(list)  # the collection names, whenever the library changes

    def __init__(self, window: MainWindow, cancel_indexing) -> None:
        super().__init__(window)
        self._window = window
        self._cancel_indexing = cancel_indexing
        self._total = 0  # files in the current run
        self._number = 0  # the file being indexed, 1-based
        self._running = False  # a run is shown as going on (progress, Cancel)
        self._unchanged: list[str] = []  # found unchanged in the current run: said at its end
        self._panel = window.documents
        self._notices = window.notices
        window.files_dropped.connect(self.add_paths)
        window.cancel_index_button.clicked.connect(self._cancel)
        self._panel.add_requested.connect(self.add_paths)
        self._panel.cancel_requested.connect(self._cancel)

    @Slot(list)
    def add_paths(self, paths: list[str], collection: str | None = None) -> None:
        """Index files or folders into `collection` (default: the one selected in the panel)."""
        if not paths:
            return
        self._show_progress(0)
        self._window.index_status.setText(self.tr("Preparing to index…"))
        self.index_requested.emit(paths, collection or self._panel.collection_for_adding())

    @Slot(object)
    def on_library_changed(self, library) -> None:
        self._panel.show_library(library)
        names = [collection.name for collection in library]
        self.collections_listed.emit(names)

    @Slot(object)
    def on_index_event(self, event) -> None:
        """One event of an indexing run, whole (desktop_app.core.ingest.pipeline)."""
        match event:
            case FilesFound(total=total, skipped=skipped):
                self._total, self._number = total, 0
                self._unchanged = []
                self._show_progress(0)
                if skipped:
                    self._notices.add(
                        self.tr("%Ln file(s) of an unsupported type were skipped.", "", skipped)
                    )
            case FileStarted(path=path, number=number, total=total):
                self._window.index_status.setText(
                    self.tr("Indexing {name} ({number}/{total})").format(
                        name=os.path.basename(path),
                        number=QLocale().toString(number),
                        total=QLocale().toString(total),
                    )
                )
                self._number, self._total = number, total
                self._show_progress((number - 1) / max(total, 1))
                self._panel.set_file_progress(path, self.tr("indexing…"))
            case FileProgress(path=path, chunks_done=done, chunks_total=total):
                part = done / total if total else 0
                self._show_progress((max(self._number, 1) - 1 + part) / max(self._total, 1))
                self._panel.set_file_progress(
                    path,
                    self.tr("indexing {percent}%").format(
                        percent=QLocale().toString(int(100 * part))
                    ),
                )
            case FileIndexed() as indexed:
                self._on_file_indexed(indexed)
            case FileUnchanged(path=path):
                self._panel.mark_unchanged(path)
                self._unchanged.append(path)
            case FileDeleted(path=path):
                self._notices.add(
                    self.tr("{name} was deleted from disk and removed from the index.").format(
                        name=os.path.basename(path)
                    )
                )
            case FileFailed(path="", error=error):  # no one file: a run crashed, a name is taken
                self._notices.add(error_text(error), is_error=True, detail=error_detail(error))
            case FileFailed(path=path, error=error):
                self._panel.show_failed(path, error)
                self._notices.add(
                    self.tr("Could not index {name}: {reason}").format(
                        name=os.path.basename(path) or path, reason=error_text(error)
                    ),
                    is_error=True,
                    detail=error_detail(error),
                )
            case RunFinished() as finished:
                self._on_run_finished(finished)

    def _on_file_indexed(self, indexed: FileIndexed) -> None:
        self._panel.show_indexed(indexed.path, indexed.chunks, indexed.pages)
        name = os.path.basename(indexed.path)
        passages = self.tr("%Ln passage(s)", "", indexed.chunks)
        if indexed.pages:
            text = self.tr("Indexed {name}: {pages}, {passages}.").format(
                name=name, pages=self.tr("%Ln page(s)", "", indexed.pages), passages=passages
            )
        else:
            text = self.tr("Indexed {name}: {passages}.").format(name=name, passages=passages)
        if indexed.encoding:
            text += " " + self.tr("(read as {encoding})").format(encoding=indexed.encoding)
        if indexed.duplicate_of:
            text += " " + self.tr("Same content as {other}: copied, not indexed again.").format(
                other=os.path.basename(indexed.duplicate_of)
            )
        self._notices.add(text)
        if indexed.skipped_pages:
            # Left out on purpose; said so, as a search never finds words of those pages.
            self._notices.add(
                self.tr(
                    "%Ln contents or index page(s) of {name} were left out: {pages}.",
                    "",
                    len(indexed.skipped_pages),
                ).format(name=name, pages=pages_text(indexed.skipped_pages))
            )
        if indexed.empty_pages:
            # A scanned page is not silently empty: say which pages cannot be searched.
            self._notices.add(
                self.tr(
                    "%Ln page(s) of {name} have no text (scanned?) and cannot be searched: "
                    "{pages}.",
                    "",
                    len(indexed.empty_pages),
                ).format(name=name, pages=pages_text(indexed.empty_pages)),
                is_error=True,
            )

    def _on_run_finished(self, finished: RunFinished) -> None:
        self._report_unchanged()
        if finished.cancelled:
            text = self.tr("Indexing cancelled; it resumes when you add the files again.")
        else:
            text = self.tr("Indexed {indexed}, unchanged {unchanged}, failed {failed}.").format(
                indexed=QLocale().toString(finished.indexed),
                unchanged=QLocale().toString(finished.unchanged),
                failed=QLocale().toString(finished.failed),
            )
        self._window.index_status.setText(text)
        self._window.index_progress.hide()
        self._window.cancel_index_button.hide()
        self._panel.set_indexing(False)
        self._running = False
        QTimer.singleShot(8000, self._clear_status_if_idle)
        self.indexing_finished.emit(
            finished.indexed, finished.unchanged, finished.failed, finished.cancelled
        )

    @Slot(int)
    def on_reindex_started(self, count: int) -> None:
        self._show_progress(0)
        self._window.index_status.setText(self.tr("Re-indexing for the new settings…"))
        self._notices.add(
            self.tr("%Ln document(s) are re-indexed for the new settings.", "", count)
        )

    @Slot(object)
    def on_worker_failed(self, error: LokalError) -> None:
        self._notices.add(
            self.tr("Document search is unavailable: {reason}").format(reason=error_text(error)),
            is_error=True,
            detail=error_detail(error),
        )

    def _report_unchanged(self) -> None:
        """One line for the run's unchanged files: its name when one, else how many."""
        if len(self._unchanged) == 1:
            self._notices.add(
                self.tr("{name} is unchanged; already indexed.").format(
                    name=os.path.basename(self._unchanged[0])
                )
            )
        elif self._unchanged:
            self._notices.add(
                self.tr("%Ln file(s) unchanged; already indexed.", "", len(self._unchanged))
            )
        self._unchanged = []

    def _cancel(self) -> None:
        self._cancel_indexing()
        self._window.index_status.setText(self.tr("Cancelling…"))

    def _show_progress(self, fraction: float) -> None:
        """Show a run as going on (the worker sends its end), at `fraction` done."""
        self._window.index_progress.setValue(int(max(0.0, min(fraction, 1.0)) * 1000))
        self._window.index_progress.show()
        self._window.cancel_index_button.show()
        if not self._running:
            self._running = True
            self._panel.set_indexing(True)

    def _clear_status_if_idle(self) -> None:
        if not self._running:
            self._window.index_status.clear()
