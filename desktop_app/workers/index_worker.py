"""The index worker: owns the embedder and the document store, on its own thread.

Indexing is a generator in `core`; this worker pulls one event per slice and then returns to its
event loop (a queued signal to itself schedules the next slice), so search requests queued
meanwhile are answered between two embedding batches instead of after the whole run.
(`QTimer.singleShot(0, callable)` is not used: on a worker thread PySide6 parents its hidden
timer to an object of the GUI thread, and the slices stall.)

Runs queue up as jobs: the user's adds and re-checks, and the worker's own ones, which are
"quiet" (files found unchanged are not reported):
- at start, and whenever a watched folder changes on disk (folder_watcher.py, on the GUI
  thread, asks through `sync_folders`),
  every watched folder is brought up to date: new and changed files indexed, deleted ones
  removed; files indexed under other settings are re-indexed;
- after a change of embedding model or chunk settings, the affected files are re-indexed with
  visible progress.
"""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core.application.search import Retriever
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest import pipeline
from desktop_app.workers.threads import HEAVY_IMPORTS

# inotify allows 8,192 watches per user by default on many Linux systems; stay well below.
MAX_WATCHED_PATHS = 4000


class IndexWorker(QObject):
    ready = Signal()
    failed = Signal(object)  # LokalError: no embedder, or the index cannot be opened
    files_found = Signal(int, int)  # total, skipped
    file_started = Signal(str, int, int)  # path, number, total
    file_progressed = Signal(str, int, int)  # path, chunks done, chunks total
    file_indexed = Signal(str, int, object, object, object)  # path, chunks, pages, encoding,
    # and the PDF pages that had no text (a tuple)
    file_unchanged = Signal(str)
    file_deleted = Signal(str)  # a watched file is gone from disk and left the index
    reindex_started = Signal(int)  # files to re-index after a settings change
    watch_paths_listed = Signal(list)  # folders and files for the GUI's FolderWatcher
    file_failed = Signal(str, object)  # path, LokalError
    run_finished = Signal(int, int, int, bool)  # indexed, unchanged, failed, cancelled
    search_finished = Signal(int, object)  # request id, list[Hit]
    search_failed = Signal(int, object)  # request id, LokalError
    library_changed = Signal(object)  # list[LibraryCollection]: collections, files, states
    _slice_scheduled = Signal()  # to itself, queued: "run the next slice when the loop is free"

    def __init__(self, data_dir: Path, settings: Settings) -> None:
        super().__init__()
        self._data_dir = data_dir
        # A copy of its own: the GUI changes its settings in place, and `configure` must see
        # what changed.
        self._settings = settings.model_copy(deep=True)
        self._embedder = None
        self._store = None
        # Jobs waiting: (make the pipeline generator, quiet?). The factory runs when the job
        # starts, so it sees the settings and store of that moment.
        self._runs: deque[tuple[object, bool]] = deque()
        self._current = None  # the running pipeline generator
        self._quiet = False
        self._changed_in_run = 0  # indexed, deleted or failed files in a quiet run
        self._cancel = threading.Event()
        self._watch_list: set[str] = set()  # what the GUI's FolderWatcher was last sent
        self._retriever: Retriever | None = None  # made on the first search, then kept
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
                self._store = services.open_store(self._data_dir, self._embedder, own_process=True)
                self._embedder.load()  # torch and weights: seconds, now rather than at 1st drop
        except LokalError as error:
            self.failed.emit(error)
            return
        except Exception as error:  # a broken index folder must not take the app down
            self.failed.emit(LokalError("unreadable", detail=str(error)))
            return
        self.ready.emit()
        self._report_library()
        self.sync_folders()

    @Slot(list, str)
    def index_paths(self, paths: list[str], collection: str) -> None:
        if self._store is None:
            return
        paths, collection = list(paths), collection or pipeline.DEFAULT_COLLECTION
        self._queue(
            lambda: pipeline.index_paths(
                paths, self._store, self._embedder, self._options(), self._cancel, collection
            )
        )

    @Slot()
    def sync_folders(self) -> None:
        """Bring the watched folders up to date (quietly: only changes are reported)."""
        if self._store is None or any(quiet for _, quiet in self._runs):
            return  # one waiting sync covers every change seen so far
        self._queue(
            lambda: pipeline.sync_watched_folders(
                self._store, self._embedder, self._options(), self._cancel
            ),
            quiet=True,
        )

    @Slot(object)
    def configure(self, settings: Settings) -> None:
        """New settings: a new embedding model or chunking re-indexes, with visible progress."""
        old_embedder = services.embedder_identity(self._settings)
        old_options = self._options() if self._embedder is not None else None
        self._settings = settings.model_copy(deep=True)
        if self._store is None:
            return
        if services.embedder_identity(settings) != old_embedder:
            self.cancel_indexing()
            self._current = None
            # One store process at a time on the index folder: close, then open for the new
            # model; if that fails, the previous model and its index stay in use.
            previous = self._embedder
            self._store.close()
            try:
                self._embedder = services.make_embedder(settings)
                self._store = services.open_store(self._data_dir, self._embedder, own_process=True)
            except LokalError as error:
                self.file_failed.emit("", error)
                self._embedder = previous
                self._store = services.open_store(self._data_dir, previous, own_process=True)
                return
            self._report_library()
        elif self._options() == old_options:
            return
        stale = self._store.stale_files(self._options().fingerprint)
        if stale:
            self.reindex_started.emit(len(stale))
            self._queue(
                lambda: pipeline.reindex_stale(
                    self._store, self._embedder, self._options(), self._cancel
                )
            )

    def _retrieval(self) -> Retriever:
        """The one retrieval policy (core/application/search.py) over the current store and
        settings; it keeps its reranker loaded until another one is chosen."""
        if self._retriever is None:
            self._retriever = services.make_retriever(self._settings, self._store, self._embedder)
        else:
            self._retriever.configure(
                services.retrieval_policy(self._settings), self._store, self._embedder
            )
        return self._retriever

    def _options(self):
        return services.chunking_options(self._settings, self._embedder)

    def _queue(self, make_run, quiet: bool = False) -> None:
        self._runs.append((make_run, quiet))
        if self._current is None:
            self._start_next_run()

    def _watch_folders(self) -> None:
        """Send the GUI's folder watcher every watched folder, subfolder and file."""
        if self._store is None:
            return
        wanted = set()
        for _, folder in self._store.watched_folders():
            root = Path(folder)
            if not root.is_dir():
                continue
            wanted.add(str(root))
            for child in root.rglob("*"):
                if any(part.startswith(".") for part in child.relative_to(root).parts):
                    continue
                if child.is_dir() or child.is_file():
                    wanted.add(str(child))
                if len(wanted) >= MAX_WATCHED_PATHS:
                    break
        if wanted != self._watch_list:
            self._watch_list = wanted
            self.watch_paths_listed.emit(sorted(wanted))

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
            hits = self._retrieval().search(query, top_k, collections)
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
            self._watch_folders()  # folders added by the runs are watched from now on
            return
        self._cancel.clear()
        make_run, self._quiet = self._runs.popleft()
        self._changed_in_run = 0
        self._current = make_run()
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
        if isinstance(
            event,
            pipeline.FilesFound | pipeline.FileIndexed | pipeline.FileFailed | pipeline.FileDeleted,
        ):
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
                self.files_found.emit(total, 0 if self._quiet else skipped)
            case pipeline.FileStarted(path=path, number=number, total=total):
                self.file_started.emit(path, number, total)
            case pipeline.FileProgress(path=path, chunks_done=done, chunks_total=total):
                self.file_progressed.emit(path, done, total)
            case pipeline.FileIndexed() as done:
                self._changed_in_run += 1
                self.file_indexed.emit(
                    done.path, done.chunks, done.pages, done.encoding, done.empty_pages
                )
            case pipeline.FileUnchanged(path=path):
                if not self._quiet:
                    self.file_unchanged.emit(path)
            case pipeline.FileDeleted(path=path):
                self._changed_in_run += 1
                self.file_deleted.emit(path)
            case pipeline.FileFailed(path=path, error=error):
                self._changed_in_run += 1
                self.file_failed.emit(path, error)
            case pipeline.RunFinished(
                indexed=indexed, unchanged=unchanged, failed=failed, cancelled=cancelled
            ):
                if not self._quiet or self._changed_in_run or cancelled:
                    self.run_finished.emit(indexed, unchanged, failed, cancelled)
                self._changed_in_run = 0
