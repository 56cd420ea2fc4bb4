"""The index worker: owns the embedder and the document store, on its own thread.

Indexing is a generator in `core`; this worker pulls one event per slice and then returns to its
event loop (a queued signal to itself schedules the next slice), so search requests queued
meanwhile are answered between two embedding batches instead of after the whole run.
(`QTimer.singleShot(0, callable)` is not used: on a worker thread PySide6 parents its hidden
timer to an object of the GUI thread, and the slices stall.)
"""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core import retrieval
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest import pipeline
from desktop_app.core.store_process import StoreProcess
from desktop_app.workers.threads import HEAVY_IMPORTS


class IndexWorker(QObject):
    ready = Signal()
    failed = Signal(object)  # LokalError: no embedder, or the index cannot be opened
    files_found = Signal(int, int)  # total, skipped
    file_started = Signal(str, int, int)  # path, number, total
    file_progressed = Signal(str, int, int)  # path, chunks done, chunks total
    file_indexed = Signal(str, int, object, object, object)  # path, chunks, pages, encoding,
    # and the PDF pages that had no text (a tuple)
    file_unchanged = Signal(str)
    file_failed = Signal(str, object)  # path, LokalError
    run_finished = Signal(int, int, int, bool)  # indexed, unchanged, failed, cancelled
    search_finished = Signal(int, object)  # request id, list[Hit]
    search_failed = Signal(int, object)  # request id, LokalError
    library_changed = Signal(object)  # list[LibraryCollection]: collections, files, states
    _slice_scheduled = Signal()  # to itself, queued: "run the next slice when the loop is free"

    def __init__(self, data_dir: Path, settings: Settings) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._settings = settings
        self._embedder = None
        self._store = None
        self._runs: deque[tuple[list[str], str]] = deque()  # (paths, collection)
        self._current = None  # the running pipeline generator
        self._cancel = threading.Event()
        self._slice_scheduled.connect(self._next_slice, Qt.ConnectionType.QueuedConnection)

    # Called directly from the GUI thread: an Event needs no queue, so it works mid-run.
    # (deque.clear is atomic in CPython, so dropping the queued runs is safe from there too.)
    def cancel_indexing(self) -> None:
        self._runs.clear()
        self._cancel.set()

    @Slot()
    def start(self) -> None:
        # Not niced, unlike the LLM worker: this thread holds the GIL inside chromadb's writes,
        # and at a low priority it would run those slowly while the GUI waits for the GIL.
        try:
            with HEAVY_IMPORTS:
                self._embedder = services.make_embedder(self._settings)
                # In its own process: its writes hold the GIL (see core/store_process.py).
                self._store = StoreProcess(self._data_dir, self._embedder.name)
                self._embedder.load()  # torch and weights: seconds, now rather than at 1st drop
        except LokalError as error:
            self.failed.emit(error)
            return
        except Exception as error:  # a broken index folder must not take the app down
            self.failed.emit(LokalError("unreadable", detail=str(error)))
            return
        self.ready.emit()
        self._report_library()

    @Slot(list, str)
    def index_paths(self, paths: list[str], collection: str) -> None:
        if self._store is None:
            return
        self._runs.append((list(paths), collection or pipeline.DEFAULT_COLLECTION))
        if self._current is None:
            self._start_next_run()

    @Slot(str)
    def reindex_collection(self, collection: str) -> None:
        """Check every file of the collection again: changed ones are re-indexed."""
        if self._store is not None:
            self.index_paths(self._store.members(collection), collection)

    @Slot(str)
    def create_collection(self, name: str) -> None:
        self._change_library(lambda store: store.create_collection(name))

    @Slot(str, str)
    def rename_collection(self, old: str, new: str) -> None:
        self._change_library(lambda store: store.rename_collection(old, new))

    @Slot(str)
    def delete_collection(self, name: str) -> None:
        self._change_library(lambda store: store.delete_collection(name))

    @Slot(str, str)
    def remove_file(self, collection: str, path: str) -> None:
        self._change_library(lambda store: store.remove_member(collection, path))

    @Slot(int, str, int, list)
    def search(self, request_id: int, query: str, top_k: int, collections: list) -> None:
        if self._store is None:
            self.search_finished.emit(request_id, [])
            return
        try:
            hits = retrieval.search(self._store, self._embedder, query, top_k, collections or None)
        except LokalError as error:
            self.search_failed.emit(request_id, error)
            return
        self.search_finished.emit(request_id, hits)

    @Slot()
    def close(self) -> None:
        self._cancel.set()
        self._current = None
        if self._store is not None:
            self._store.close()
            self._store = None

    def _start_next_run(self) -> None:
        if not self._runs:
            self._current = None
            return
        self._cancel.clear()
        options = services.chunking_options(self._settings, self._embedder)
        paths, collection = self._runs.popleft()
        self._current = pipeline.index_paths(
            paths,
            self._store,
            self._embedder,
            options,
            self._cancel,
            collection,
        )
        self._slice_scheduled.emit()

    @Slot()
    def _next_slice(self) -> None:
        if self._current is None:
            return
        try:
            event = next(self._current)
        except StopIteration:
            self._start_next_run()
            return
        except Exception as error:  # unexpected: report, keep the worker alive
            self.file_failed.emit("", LokalError("unreadable", detail=str(error)))
            self.run_finished.emit(0, 0, 1, False)
            self._start_next_run()
            return
        self._emit(event)
        if isinstance(event, pipeline.FilesFound | pipeline.FileIndexed | pipeline.FileFailed):
            self._report_library()
        self._slice_scheduled.emit()

    def _change_library(self, change) -> None:
        if self._store is None:
            return
        try:
            change(self._store)
        except LokalError as error:
            self.file_failed.emit("", error)
        self._report_library()

    def _report_library(self) -> None:
        if self._store is not None:
            self.library_changed.emit(self._store.library())

    def _emit(self, event) -> None:
        match event:
            case pipeline.FilesFound(total=total, skipped=skipped):
                self.files_found.emit(total, skipped)
            case pipeline.FileStarted(path=path, number=number, total=total):
                self.file_started.emit(path, number, total)
            case pipeline.FileProgress(path=path, chunks_done=done, chunks_total=total):
                self.file_progressed.emit(path, done, total)
            case pipeline.FileIndexed() as done:
                self.file_indexed.emit(
                    done.path, done.chunks, done.pages, done.encoding, done.empty_pages
                )
            case pipeline.FileUnchanged(path=path):
                self.file_unchanged.emit(path)
            case pipeline.FileFailed(path=path, error=error):
                self.file_failed.emit(path, error)
            case pipeline.RunFinished(
                indexed=indexed, unchanged=unchanged, failed=failed, cancelled=cancelled
            ):
                self.run_finished.emit(indexed, unchanged, failed, cancelled)
