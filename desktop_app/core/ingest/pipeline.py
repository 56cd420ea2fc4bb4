"""Index files and folders: read, chunk, embed, store. A generator that yields progress events.

Callers drive it one event at a time (the GUI worker in slices on its thread, the CLI in a loop),
so progress shows, cancels take effect between batches and queries get in between. One bad file
never stops the others: whatever goes wrong with one file (it vanished, its name is not UTF-8,
its path is too long, its reader failed in a way nobody foresaw) is that file's FileFailed. Only
the store can stop a run (a full disk, an index that is not available). A cancelled or crashed
run resumes on the next call (see store.py).
"""

from __future__ import annotations

import errno
import logging
import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.embedder import Embedder
from desktop_app.core.errors import DocumentError, LokalError
from desktop_app.core.ingest.preparation import ChunkingOptions, Preparer
from desktop_app.core.ingest.readers import file_error, is_supported
from desktop_app.core.library import DEFAULT_COLLECTION
from desktop_app.core.store_protocol import Store
from desktop_app.core.store_types import content_hash

__all__ = ["ChunkingOptions"]  # re-exported: callers build options from here

log = logging.getLogger(__name__)

# Chunks per call to the embedder: it sorts each call's texts by length, so fewer, larger calls
# waste less on padding; progress and cancel are checked between calls.
EMBED_BATCH = 64


# -- events -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilesFound:
    total: int
    skipped: int  # files in the given folders that are not a supported type


@dataclass(frozen=True)
class FileStarted:
    path: str
    number: int  # 1-based position in this run
    total: int


@dataclass(frozen=True)
class FileProgress:
    path: str
    chunks_done: int
    chunks_total: int


@dataclass(frozen=True)
class FileIndexed:
    path: str
    chunks: int
    pages: int | None
    encoding: str | None = None  # the detected encoding of a text file that was not UTF-8
    empty_pages: tuple[int, ...] = ()  # PDF pages without a text layer (scanned?), not indexed
    skipped_pages: tuple[int, ...] = ()  # contents and index pages, left out on purpose
    duplicate_of: str | None = None  # the same bytes were indexed already under this path


@dataclass(frozen=True)
class FileUnchanged:
    path: str


@dataclass(frozen=True)
class FileDeleted:
    """A file indexed from a watched folder is gone from disk: it left the index."""

    path: str


@dataclass(frozen=True)
class FileFailed:
    path: str
    error: LokalError

    @property
    def reason(self) -> str:
        return self.error.message


@dataclass(frozen=True)
class RunFinished:
    indexed: int
    unchanged: int
    failed: int
    cancelled: bool


IndexEvent = (
    FilesFound
    | FileStarted
    | FileProgress
    | FileIndexed
    | FileUnchanged
    | FileDeleted
    | FileFailed
    | RunFinished
)


# -- finding files ----------------------------------------------------------------------------


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], int]:
    """Expand folders (recursively, skipping hidden entries) into supported files.

    Files named explicitly are kept whatever their type, so an unsupported one gets a clear error;
    unsupported files met inside folders are only counted as skipped.
    """
    found: dict[Path, None] = {}
    skipped = 0
    for raw in paths:
        path = Path(raw).expanduser().absolute()
        if _is_dir(path):
            files, too_long = _files_under(path)
            for child in files:
                if is_supported(child):
                    found[_resolved(child)] = None
                else:
                    skipped += 1
            for child in too_long:  # listed, so that it fails visibly (path_unusable)
                found[child] = None
        else:
            found[_resolved(path)] = None
    return list(found), skipped


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a path too long to look at: it fails as a file, with its reason
        return False


def _resolved(path: Path) -> Path:
    try:
        return path.resolve() if path.exists() else path
    except (OSError, RuntimeError):  # too long; a symbolic link loop (RuntimeError)
        return path


def _files_under(folder: Path) -> tuple[list[Path], list[Path]]:
    """The files under `folder` (hidden entries skipped, links followed once), sorted; and the
    entries whose path is too long to open (PATH_MAX), which cannot be listed or read."""
    files: list[Path] = []
    too_long: list[Path] = []
    pending, seen = [folder], set()
    while pending:
        directory = pending.pop()
        try:
            identity = (stat := directory.stat()).st_dev, stat.st_ino
            if identity in seen:
                continue  # reached again through a link: a loop, or listed already
            seen.add(identity)
            with os.scandir(directory) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    child = directory / entry.name
                    if entry.is_dir():
                        pending.append(child)
                    elif entry.is_file():
                        files.append(child)
        except OSError as error:
            if error.errno == errno.ENAMETOOLONG:
                too_long.append(directory)
            # Otherwise a folder that cannot be listed (permission denied) is left out.
    return sorted(files), too_long


def _storable(path: Path) -> bool:
    """Whether the path can be stored: a name that is not UTF-8 (a surrogate-escaped str, from
    a disk written under another locale) cannot go into SQLite or chromadb."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(path: Path) -> str:
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


_NAME_NOT_UTF8 = "the name is not valid UTF-8; rename the file"


# -- the pipeline -----------------------------------------------------------------------------

# Files prepared ahead of the one being embedded. Two keep the embedder fed without holding
# many parsed documents in memory.
PREPARE_AHEAD = 2


def index_paths(
    paths: Iterable[str | Path],
    store: Store,
    embedder: Embedder,
    options: ChunkingOptions,
    cancel: threading.Event | None = None,
    collection: str = DEFAULT_COLLECTION,
    forget_deleted: bool = True,
) -> Iterator[IndexEvent]:
    """Index `paths` into the named `collection` (created when missing).

    Folders are remembered and watched (see `sync_watched_folders`); with `forget_deleted`, a
    file indexed from one of the given folders that is no longer on disk is removed from the
    index (FileDeleted).
    """
    cancel = cancel or threading.Event()
    paths = list(paths)
    files, skipped = collect_files(paths)
    unstorable = {path for path in files if not _storable(path)}
    # Members from the start, failures included, so the documents panel lists every file.
    store.add_members(collection, [str(path) for path in files if path not in unstorable])
    folders = [str(Path(raw).expanduser().absolute()) for raw in paths if _is_dir(Path(raw))]
    folders = [folder for folder in folders if _storable(Path(folder))]
    for folder in folders:
        store.watch_folder(collection, folder)
    yield FilesFound(total=len(files), skipped=skipped)
    if forget_deleted:
        yield from _forget_deleted(store, folders, {str(path) for path in files})
    counts = {"indexed": 0, "unchanged": 0, "failed": 0}
    preparer = _Ahead(files, store, options, in_process=len(files) < 2)
    try:
        for number, path in enumerate(files, start=1):
            if cancel.is_set():
                break
            # A name that is not UTF-8 is shown with U+FFFD for its odd bytes: it could not be
            # printed or sent as it is.
            shown = str(path) if path not in unstorable else _printable(path)
            yield FileStarted(path=shown, number=number, total=len(files))
            try:
                if path in unstorable:
                    raise DocumentError("path_unusable", detail=_NAME_NOT_UTF8)
                outcome = yield from _index_file(path, preparer, store, embedder, options, cancel)
            except LokalError as error:
                if not isinstance(error, DocumentError):
                    raise  # the store is not available: no file can go on
                failure = error
            except Exception as error:
                failure = _file_failure(path, error)
            else:
                failure = None
            if failure is not None:
                counts["failed"] += 1
                if path not in unstorable:
                    store.record_failure(str(path), failure.code, failure.params)
                yield FileFailed(path=shown, error=failure)
                if failure.code == "disk_full":
                    break  # nothing more can be stored; what is stored stays intact
                continue
            if outcome is None:  # cancelled mid-file; the next run redoes it
                break
            counts["unchanged" if isinstance(outcome, FileUnchanged) else "indexed"] += 1
            store.clear_failure(str(path))
            yield outcome
    finally:
        preparer.close()
    yield RunFinished(**counts, cancelled=cancel.is_set())


def _file_failure(path: Path, error: Exception) -> DocumentError:
    """What an exception met while indexing one file says about that file alone."""
    if isinstance(error, OSError):
        return file_error(error)
    log.warning("Indexing %s failed unexpectedly", path, exc_info=error)
    return DocumentError("unreadable", detail=type(error).__name__)


def _forget_deleted(store: Store, folders: list[str], present: set[str]):
    # File paths are resolved (collect_files), so the folders must be too: a folder reached
    # through a symbolic link would otherwise never hold its own files.
    prefixes = [str(Path(folder).resolve()).rstrip("/\\") + os.sep for folder in folders]
    for record in store.files():
        inside = any(record.path.startswith(prefix) for prefix in prefixes)
        if inside and record.path not in present and not Path(record.path).exists():
            store.forget_file(record.path)
            yield FileDeleted(path=record.path)


class _Ahead:
    """Decides per file (unchanged? a duplicate? to prepare?) and keeps preparations ahead."""

    def __init__(self, files: list[Path], store: Store, options, in_process: bool):
        self._files = list(files)
        self._store = store
        self._options = options
        self._preparer = Preparer(options, in_process=in_process)
        self._plans: dict[Path, tuple] = {}
        self._next = 0
        # content hash -> the first file of this run prepared with it: copies that follow it
        # in the same run are copied from it once it is stored, not embedded again.
        self._first_with: dict[str, str] = {}

    def plan(self, path: Path) -> tuple:
        """What to do with `path`, one of: ("missing",), ("unchanged",), ("failed", error),
        ("twin", other path, digest) or ("prepare", result function, digest)."""
        self._plan_ahead(up_to=path)
        return self._plans.pop(path)

    def _plan_ahead(self, up_to: Path) -> None:
        preparing = sum(1 for plan in self._plans.values() if plan[0] == "prepare")
        while self._next < len(self._files):
            path = self._files[self._next]
            if path in self._plans:
                self._next += 1
                continue
            if preparing >= PREPARE_AHEAD and up_to in self._plans:
                return
            self._plans[path] = self._decide_alone(path)
            preparing += self._plans[path][0] == "prepare"
            self._next += 1

    def _decide_alone(self, path: Path) -> tuple:
        """`_decide`, its failure kept for this file's turn (it is planned ahead of it)."""
        try:
            return self._decide(path)
        except LokalError as error:
            if not isinstance(error, DocumentError):
                raise  # the store is not available
            return ("failed", error)
        except Exception as error:
            return ("failed", _file_failure(path, error))

    def _decide(self, path: Path) -> tuple:
        if not _storable(path):
            return ("failed", DocumentError("path_unusable", detail=_NAME_NOT_UTF8))
        if not path.is_file():
            if path.exists():  # a FIFO or a device: hashing or reading it could hang
                return ("failed", DocumentError("unreadable", detail="not a regular file"))
            return ("missing",)
        key = str(path)
        record = self._store.file_record(key)
        fingerprint = self._options.fingerprint
        current = record is not None and record.chunking == fingerprint
        try:
            stat = path.stat()
            if current and (record.size, record.mtime) == (stat.st_size, stat.st_mtime):
                return ("unchanged",)  # same size and time: not worth reading it to hash
            digest = content_hash(path)
        except OSError:
            return ("prepare", self._preparer.submit(key), "")  # reading it will say why
        if current and record.content_hash == digest:
            return ("unchanged",)
        twin = self._store.indexed_twin(digest, fingerprint) or self._first_with.get(digest)
        if twin is not None and twin != key and Path(twin).is_file():
            return ("twin", twin, digest)
        self._first_with.setdefault(digest, key)
        return ("prepare", self._preparer.submit(key), digest)

    def prepare_now(self, path: Path):
        """Prepare `path` after all (its twin of this run failed): a result function."""
        return self._preparer.submit(str(path))

    def close(self) -> None:
        self._preparer.close()


def _index_file(
    path: Path,
    ahead: _Ahead,
    store: Store,
    embedder: Embedder,
    options: ChunkingOptions,
    cancel: threading.Event,
) -> Iterator[IndexEvent]:
    """Index one file; returns the final event, or None when cancelled."""
    key = str(path)
    plan = ahead.plan(path)
    if plan[0] == "missing":
        raise DocumentError("not_found")
    if plan[0] == "failed":
        raise plan[1]
    if plan[0] == "unchanged":
        return FileUnchanged(path=key)
    stat = path.stat()
    if plan[0] == "twin":
        # The same bytes are indexed under another name: copy its vectors, embed nothing.
        _, twin, digest = plan
        twin_record = store.file_record(twin)
        if twin_record is not None and (twin_record.content_hash, twin_record.chunking) == (
            digest,
            options.fingerprint,
        ):
            store.begin_file(key)
            count = store.copy_chunks(twin, key)
            pages = twin_record.page_count
            store.finish_file(
                key, digest, stat.st_size, stat.st_mtime, count, pages, options.fingerprint
            )
            return FileIndexed(path=key, chunks=count, pages=pages, duplicate_of=twin)
        # Its twin of this run failed or was cancelled: this file is read and embedded itself.
        plan = ("prepare", ahead.prepare_now(path), digest)

    # The whole file is read and chunked (in the preparing process) before the store is
    # touched: a file that became unreadable keeps its earlier chunks.
    _, result, digest = plan
    prepared = result()
    digest = digest or content_hash(path)
    chunks = prepared.chunks
    store.begin_file(key)
    done = 0
    yield FileProgress(path=key, chunks_done=0, chunks_total=len(chunks))
    for first in range(0, len(chunks), EMBED_BATCH):
        if cancel.is_set():
            return None
        batch = chunks[first : first + EMBED_BATCH]
        store.add_chunks(batch, embedder.encode([chunk.embedded_text for chunk in batch]))
        done += len(batch)
        yield FileProgress(path=key, chunks_done=done, chunks_total=len(chunks))
    store.finish_file(
        key, digest, stat.st_size, stat.st_mtime, len(chunks), prepared.page_count,
        options.fingerprint,
    )  # fmt: skip
    return FileIndexed(
        path=key,
        chunks=len(chunks),
        pages=prepared.page_count,
        encoding=prepared.encoding,
        empty_pages=prepared.empty_pages,
        skipped_pages=prepared.skipped_pages,
    )


def sync_watched_folders(
    store: Store,
    embedder: Embedder,
    options: ChunkingOptions,
    cancel: threading.Event | None = None,
) -> Iterator[IndexEvent]:
    """Bring every watched folder up to date: new and changed files indexed, deleted ones gone.

    Also re-indexes member files that were indexed under other chunking or embedding settings.
    Unchanged files cost a hash each and are not read.
    """
    cancel = cancel or threading.Event()
    by_collection: dict[str, list[str]] = {}
    for collection, folder in store.watched_folders():
        by_collection.setdefault(collection, []).append(folder)
    for collection, folders in by_collection.items():
        present = [folder for folder in folders if Path(folder).is_dir()]
        yield from index_paths(present, store, embedder, options, cancel, collection)
    yield from reindex_stale(store, embedder, options, cancel)


def reindex_stale(
    store: Store,
    embedder: Embedder,
    options: ChunkingOptions,
    cancel: threading.Event | None = None,
) -> Iterator[IndexEvent]:
    """Re-index the files indexed under other chunking or embedding settings, with progress."""
    stale = store.stale_files(options.fingerprint)
    if not stale:
        return
    for collection in store.collections():
        members = set(store.members(collection))
        paths = [path for path in stale if path in members]
        stale = [path for path in stale if path not in members]
        if paths:
            yield from index_paths(paths, store, embedder, options, cancel, collection)


def page_list(pages, shown: int = 12) -> str:
    """Page numbers for a message: '3, 7, 9', or '3, 7, 9, ... (40 in all)' when many."""
    pages = list(pages)
    text = ", ".join(str(page) for page in pages[:shown])
    return text + (f", ... ({len(pages)} in all)" if len(pages) > shown else "")
