"""Decisions of indexing: dropped paths go to the index worker; progress shows in the status bar."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.core.errors import LokalError
from desktop_app.core.ingest.pipeline import page_list
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import error_text


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
        self._panel = window.documents
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
        self._panel.set_indexing(True)
        self._window.index_status.setText(self.tr("Preparing to index…"))
        self.index_requested.emit(paths, collection or self._panel.collection_for_adding())

    @Slot(object)
    def on_library_changed(self, library) -> None:
        self._panel.show_library(library)
        names = [collection.name for collection in library]
        self.collections_listed.emit(names)

    @Slot(int, int)
    def on_files_found(self, total: int, skipped: int) -> None:
        self._total = total
        if skipped:
            self._window.chat_view.add_notice(
                self.tr("%n file(s) of an unsupported type were skipped.", "", skipped)
            )

    @Slot(str, int, int)
    def on_file_started(self, path: str, number: int, total: int) -> None:
        self._window.index_status.setText(
            self.tr("Indexing {name} ({number}/{total})").format(
                name=os.path.basename(path), number=number, total=total
            )
        )
        self._number = number
        self._show_progress((number - 1) / max(total, 1))
        self._panel.set_file_progress(path, self.tr("indexing…"))

    @Slot(str, int, int)
    def on_file_progressed(self, path: str, done: int, total: int) -> None:
        if self._window.index_progress.isHidden():
            # A run the worker started itself (a watched folder changed, new settings).
            self._panel.set_indexing(True)
        fraction = (self._number - 1 + (done / total if total else 0)) / max(self._total, 1)
        self._show_progress(fraction)
        percent = int(100 * done / total) if total else 0
        self._panel.set_file_progress(path, self.tr("indexing {percent}%").format(percent=percent))

    @Slot(str, int, object, object, object)
    def on_file_indexed(self, path: str, chunks: int, pages, encoding, empty_pages=()) -> None:
        self._panel.set_file_progress(path, None)
        name = os.path.basename(path)
        if pages:
            text = self.tr("Indexed {name}: {pages} page(s), {chunks} passage(s).").format(
                name=name, pages=pages, chunks=chunks
            )
        else:
            text = self.tr("Indexed {name}: {chunks} passage(s).").format(name=name, chunks=chunks)
        if encoding:
            text += " " + self.tr("(read as {encoding})").format(encoding=encoding)
        self._window.chat_view.add_notice(text)
        if empty_pages:
            # A scanned page is not silently empty: say which pages cannot be searched.
            self._window.chat_view.add_notice(
                self.tr(
                    "%n page(s) of {name} have no text (scanned?) and cannot be searched: {pages}",
                    "",
                    len(empty_pages),
                ).format(name=name, pages=page_list(empty_pages)),
                is_error=True,
            )

    @Slot(str)
    def on_file_unchanged(self, path: str) -> None:
        self._panel.mark_unchanged(path)
        self._window.chat_view.add_notice(
            self.tr("{name} is unchanged; already indexed.").format(name=os.path.basename(path))
        )

    @Slot(str)
    def on_file_deleted(self, path: str) -> None:
        self._window.chat_view.add_notice(
            self.tr("{name} was deleted from disk and removed from the index.").format(
                name=os.path.basename(path)
            )
        )

    @Slot(int)
    def on_reindex_started(self, count: int) -> None:
        self._show_progress(0)
        self._panel.set_indexing(True)
        self._window.index_status.setText(self.tr("Re-indexing for the new settings…"))
        self._window.chat_view.add_notice(
            self.tr("%n document(s) are re-indexed for the new settings.", "", count)
        )

    @Slot(str, object)
    def on_file_failed(self, path: str, error: LokalError) -> None:
        self._panel.set_file_progress(path, None)
        self._window.chat_view.add_notice(
            self.tr("Could not index {name}: {reason}").format(
                name=os.path.basename(path) or path, reason=error_text(error)
            ),
            is_error=True,
        )

    @Slot(int, int, int, bool)
    def on_run_finished(self, indexed: int, unchanged: int, failed: int, cancelled: bool) -> None:
        if cancelled:
            text = self.tr("Indexing cancelled; it resumes when you add the files again.")
        else:
            text = self.tr("Indexed {indexed}, unchanged {unchanged}, failed {failed}.").format(
                indexed=indexed, unchanged=unchanged, failed=failed
            )
        self._window.index_status.setText(text)
        self._window.index_progress.hide()
        self._window.cancel_index_button.hide()
        self._panel.set_indexing(False)
        QTimer.singleShot(8000, self._clear_status_if_idle)
        self.indexing_finished.emit(indexed, unchanged, failed, cancelled)

    @Slot(object)
    def on_worker_failed(self, error: LokalError) -> None:
        self._window.chat_view.add_notice(
            self.tr("Document search is unavailable: {reason}").format(reason=error_text(error)),
            is_error=True,
        )

    def _cancel(self) -> None:
        self._cancel_indexing()
        self._window.index_status.setText(self.tr("Cancelling…"))

    def _show_progress(self, fraction: float) -> None:
        self._window.index_progress.setValue(int(max(0.0, min(fraction, 1.0)) * 1000))
        self._window.index_progress.show()
        self._window.cancel_index_button.show()

    def _clear_status_if_idle(self) -> None:
        if self._window.index_progress.isHidden():
            self._window.index_status.clear()
