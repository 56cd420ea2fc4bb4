"""The index worker: owns the embedder and the document store, on its own thread.

Indexing is a generator in `core`; this worker's EventDriver (event_driver.py) pulls one event
per slice and then returns to the thread's event loop, so search requests queued meanwhile are
answered between two embedding batches instead of after the whole run. Each event the window is
to see goes out whole on `index_event`; the index controller `match`es on them as the CLI does.

Runs queue up as jobs: the user's adds and re-checks, and the worker's own ones:
- at start, and whenever a watched folder changes on disk (folder_watcher.py, on the GUI
  thread, asks through `sync_folders`),
  every watched folder is brought up to date: new and changed files indexed, deleted ones
  removed; files indexed under other settings are re-indexed. Such a sync is "quiet": it shows
  only what changed (decided in one place, `JobReport`);
- after a change of embedding model or chunk settings, the affected files are re-indexed with
  visible progress.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core.application import grounding
from desktop_app.core.application.grounding_types import Grounding
from desktop_app.core.application.search import Retriever
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest import pipeline
from desktop_app.core.store import read_library
from desktop_app.workers.event_driver import EventDriver
from desktop_app.workers.threads import HEAVY_IMPORTS

# inotify allows 8,192 watches per user by default on many Linux systems; stay well below.
MAX_WATCHED_PATHS = 4000


class IndexWorker(QObject):
    ready = Signal()
    failed = Signal(object)  # LokalError: no embedder, or the index cannot be opened
    # A pipeline event (desktop_app.core.ingest.pipeline), whole. FileFailed with an empty path
    # is an error of no one file (a collection's name is taken; a run crashed).
    index_event = Signal(object)
    reindex_started = Signal(int)  # files to re-index after a settings change
    watch_paths_listed = Signal(list)  # folders and files for the GUI's FolderWatcher
    search_finished = Signal(int, object)  # request id, Grounding (core/application/grounding)
    search_failed = Signal(int, object)  # request id, LokalError
    # request id, tuple of Grounding, one per document (grounding.ground_each_document)
    documents_grounded = Signal(int, object)
    # list[LibraryCollection]: collections, files, states; sent when it differs from the last
    # one sent (between, the panel follows each file's state from the events).
    library_changed = Signal(object)
    # list[core.repairs.Repair]: what opening the index repaired (a damaged store moved aside,
    # records and chunks that disagreed); the files it left to index again go through the
    # start-up sync, with its progress.
    repaired = Signal(list)

    def __init__(self, data_dir: Path, settings: Settings) -> None:
        super().__init__()
        self._data_dir = data_dir
        # A copy of its own: the GUI changes its settings in place, and `configure` must see
        # what changed.
        self._settings = settings.model_copy(deep=True)
        self._embedder = None
        self._store = None
        self._unavailable: LokalError | None = None  # why there is no store, after `start`
        self._jobs: deque[Job] = deque()  # waiting; the running one is the driver's
        self._report: JobReport | None = None  # what the window is shown of the running job
        self._library_sent = None  # the last library snapshot sent
        self._cancel = threading.Event()
        self._watch_list: set[str] = set()  # what the GUI's FolderWatcher was last sent
        self._retriever: Retriever | None = None  # made with the store, then reconfigured
        self._driver = EventDriver(self._on_job_event, self._on_job_end, parent=self)

    # Called directly from the GUI thread: an Event needs no queue, so it works mid-run.
    # (deque.clear is atomic in CPython, so dropping the queued jobs is safe from there too:
    # the running job ends cancelled, and that end is the one the window waits for.)
    def cancel_indexing(self) -> None:
        self._jobs.clear()
        self._cancel.set()

    @property
    def busy(self) -> bool:
        """A job runs or waits (read from the GUI thread it is a glance, not a promise)."""
        return self._driver.busy or bool(self._jobs)

    @Slot()
    def start(self) -> None:
        # Not niced, unlike the LLM worker: this thread holds the GIL inside chromadb's writes,
        # and at a low priority it would run those slowly while the GUI waits for the GIL.
        try:
            with HEAVY_IMPORTS:
                self._embedder = services.make_embedder(self._settings)
            self._report_bookkeeping()
            with HEAVY_IMPORTS:
                # In its own process: its writes hold the GIL (see core/store_process.py).
                self._store = self._open_store(self._embedder, self._settings)
                self._embedder.load()  # torch and weights: seconds, now rather than at 1st drop
            self._retriever = services.make_retriever(self._settings, self._store, self._embedder)
        except LokalError as error:
            self._unavailable = error
            self.failed.emit(error)
            return
        except Exception as error:  # a broken index folder must not take the app down
            self._unavailable = LokalError("unreadable", detail=str(error))
            self.failed.emit(self._unavailable)
            return
        self.ready.emit()
        self._report_repairs()
        self._report_library()
        self.sync_folders()

    @Slot(list, str)
    def index_paths(self, paths: list[str], collection: str) -> None:
        if self._store is None:
            self._refuse()
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
        if self._store is None or any(job.quiet for job in self._jobs):
            return  # one waiting sync covers every change seen so far
        self._queue(
            lambda: pipeline.sync_watched_folders(
                self._store, self._embedder, self._options(), self._cancel
            ),
            quiet=True,
        )

    @Slot(object)
    def configure(self, settings: Settings) -> None:
        """New settings: a new embedding model or chunking re-indexes, with visible progress;
        the one retrieval policy (core/application/search.py) follows the settings and the
        store, and keeps its reranker loaded unless another one was chosen."""
        self._apply_settings(settings)
        if self._retriever is not None:
            self._retriever.configure(
                services.retrieval_policy(self._settings), self._store, self._embedder
            )

    def _apply_settings(self, settings: Settings) -> None:
        old_settings = self._settings  # the store is open with these
        old_embedder = services.embedder_identity(old_settings)
        old_options = self._options() if self._embedder is not None else None
        self._settings = settings.model_copy(deep=True)
        if self._store is None:
            return
        if (
            services.embedder_identity(settings) != old_embedder
            or settings.shared.chroma_url != old_settings.shared.chroma_url
        ):
            self.cancel_indexing()
            self._stop_job()
            # One store process at a time on the index folder: close, then open for the new
            # model (or Chroma server); if that fails, the previous ones stay in use.
            previous = self._embedder
            self._store.close()
            try:
                self._embedder = services.make_embedder(settings)
                self._store = self._open_store(self._embedder, settings)
            except LokalError as error:
                self.index_event.emit(pipeline.FileFailed(path="", error=error))
                self._embedder = previous
                self._store = self._open_store(previous, old_settings)
                return
            self._report_repairs()
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

    def _options(self):
        return services.chunking_options(self._settings, self._embedder)

    def _open_store(self, embedder, settings: Settings):
        """In its own process (its writes hold the GIL: see core/store_process.py), on the
        shared Chroma server `settings` name, if any."""
        server = services.shared_server(settings)
        return services.open_store(self._data_dir, embedder, own_process=True, server=server)

    def _queue(self, make_run: Callable[[], Iterator], quiet: bool = False) -> None:
        self._jobs.append(Job(make_run, quiet))
        if not self._driver.busy:
            self._start_next_job()

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
        if self._store is None:
            self._refuse()
            return
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
        if self._retriever is None:  # no index: a plain chat
            self.search_finished.emit(request_id, Grounding(query, searched=False))
            return
        try:
            found = grounding.ground(self._retriever, query, top_k, collections)
        except LokalError as error:
            self.search_failed.emit(request_id, error)
            return
        self.search_finished.emit(request_id, found)

    @Slot(int, str, int, list)
    def ground_each_document(
        self, request_id: int, query: str, top_k: int, collections: list
    ) -> None:
        """Ask across all documents: one search, each document's passages grounded apart."""
        if self._retriever is None:  # no index: no document answers
            self.documents_grounded.emit(request_id, ())
            return
        try:
            found = grounding.ground_each_document(self._retriever, query, top_k, collections)
        except LokalError as error:
            self.search_failed.emit(request_id, error)
            return
        self.documents_grounded.emit(request_id, found)

    @Slot()
    def close(self) -> None:
        self._cancel.set()
        self._driver.stop()  # its `finally` ends the preparing process now
        if self._store is not None:
            self._store.close()
            self._store = None
        self._retriever = None

    # -- running jobs -----------------------------------------------------------------------

    def _start_next_job(self) -> None:
        try:
            job = self._jobs.popleft()
        except IndexError:  # none left (or the GUI thread just cancelled them)
            self._report = None
            self._watch_folders()  # folders added by the jobs are watched from now on
            return
        self._cancel.clear()
        self._report = JobReport(quiet=job.quiet)
        self._driver.drive(job.make_run())

    def _on_job_event(self, event) -> None:
        for shown in self._report.shown(event):
            self.index_event.emit(shown)
        if isinstance(event, pipeline.FilesFound | pipeline.FileDeleted | pipeline.RunFinished):
            self._report_library()  # members were added or removed; a run's files settled

    def _on_job_end(self, error: Exception | None) -> None:
        if error is not None:  # unexpected: report it, keep the worker alive
            if not isinstance(error, LokalError):
                error = LokalError("unreadable", detail=str(error))
            self._on_job_event(pipeline.FileFailed(path="", error=error))
        for event in self._report.closing(cancelled=self._cancel.is_set()):
            self.index_event.emit(event)
        self._report_library()
        self._start_next_job()

    def _stop_job(self) -> None:
        """Drop the running job (the store it works on is going away), ending what it showed."""
        if self._driver.stop():
            for event in self._report.closing(cancelled=True):
                self.index_event.emit(event)
            self._report = None

    def _refuse(self) -> None:
        """There is no index to work on: the window, which shows the request as started, is
        told why and sees it end."""
        error = self._unavailable or LokalError("index_unavailable", detail="not open")
        self.index_event.emit(pipeline.FileFailed(path="", error=error))
        self.index_event.emit(
            pipeline.RunFinished(indexed=0, unchanged=0, failed=0, cancelled=False)
        )

    def _change_library(self, change) -> None:
        if self._store is None:
            return
        try:
            change(self._store)
        except LokalError as error:
            self.index_event.emit(pipeline.FileFailed(path="", error=error))
        self._report_library()

    def _report_bookkeeping(self) -> None:
        """Show the library at once, from its SQLite bookkeeping: the store process (chromadb)
        and the embedder (torch) take seconds to open, and the panel stayed empty meanwhile
        (11-15 s after a restart, the issue says; 22-27 s measured on a loaded 2-core machine).
        The store's own snapshot, sent once it is open, is the same and so is not sent again."""
        try:
            library = read_library(
                self._data_dir, self._embedder.name, services.shared_server(self._settings)
            )
        except Exception:  # a damaged database: the store reports it when it opens
            return
        if library:
            self._library_sent = library
            self.library_changed.emit(library)

    def _report_repairs(self) -> None:
        repairs = self._store.repairs()
        if repairs:
            self.repaired.emit(repairs)

    def _report_library(self) -> None:
        if self._store is None:
            return
        library = self._store.library()
        if library != self._library_sent:
            self._library_sent = library
            self.library_changed.emit(library)


@dataclass(frozen=True)
class Job:
    make_run: Callable[[], Iterator]  # called when the job starts: it sees the store of then
    quiet: bool  # the worker's own sync: shows only what changed


class JobReport:
    """Which events of one job the window is shown: the one place of the quiet-run policy.

    A job is one pipeline generator: one run (FilesFound ... RunFinished) or several (a sync
    makes one per collection with watched folders, then one per collection with stale files).
    A job the user asked for is shown whole. A quiet job shows only what changed: a file found
    unchanged is not shown, nor its FileStarted, and a run in which nothing was shown does not
    show its end either, unless it was cancelled (the user may be waiting on Cancel). So a start
    whose files are all unchanged shows nothing at all.

    Either way the window sees the end of every run it was shown the start of, also when the
    job crashes or is dropped (`closing`): a start left without its end keeps the status bar at
    "Indexing…" and leaves Cancel nothing to cancel.
    """

    def __init__(self, quiet: bool) -> None:
        self._quiet = quiet
        self._held: list = []  # quiet: shown before the run's first change, if one comes
        self._owed = not quiet  # the window shows a run as started and waits for its end
        self._cancel_answered = False  # a cancelled end was shown
        self._counts = {"indexed": 0, "unchanged": 0, "failed": 0}  # of the current run

    def shown(self, event) -> list:
        """What to show for `event`: nothing, the event, or the held events and then it."""
        self._count(event)
        match event:
            case pipeline.FilesFound() if self._quiet:
                # Unsupported files were reported when their folder was added, not at each sync.
                self._held = [replace(event, skipped=0)]
                return []
            case pipeline.FileStarted() if self._quiet:
                self._held = [*self._held_but_started(), event]
                return []
            case pipeline.FileUnchanged() if self._quiet:
                self._held = self._held_but_started()
                return []
            case pipeline.RunFinished(cancelled=cancelled):
                show = self._owed or (cancelled and not self._cancel_answered)
                self._held, self._owed = [], False
                self._cancel_answered |= show and cancelled
                return [event] if show else []
        shown, self._held = [*self._held, event], []
        self._owed = True
        return shown

    def closing(self, cancelled: bool) -> list:
        """The end still owed when the job stops (exhausted, crashed or dropped), if any."""
        if self._owed or (cancelled and not self._cancel_answered):
            self._owed, self._cancel_answered = False, cancelled
            return [pipeline.RunFinished(**self._counts, cancelled=cancelled)]
        return []

    def _held_but_started(self) -> list:
        return [event for event in self._held if not isinstance(event, pipeline.FileStarted)]

    def _count(self, event) -> None:
        match event:
            case pipeline.FilesFound():
                self._counts = dict.fromkeys(self._counts, 0)
            case pipeline.FileIndexed():
                self._counts["indexed"] += 1
            case pipeline.FileUnchanged():
                self._counts["unchanged"] += 1
            case pipeline.FileFailed():
                self._counts["failed"] += 1
