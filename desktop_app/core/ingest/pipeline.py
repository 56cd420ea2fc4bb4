"""Index files and folders: read, chunk, embed, store. A generator that yields progress events.

Callers drive it one event at a time (the GUI worker in slices on its thread, the CLI in a loop),
so progress shows, cancels take effect between batches and queries get in between. One bad file
never stops the others; a cancelled or crashed run resumes on the next call (see store.py).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.embedder import Embedder
from desktop_app.core.errors import DocumentError, LokalError
from desktop_app.core.ingest.chunking import chunk_spans
from desktop_app.core.ingest.readers import is_supported, read_document
from desktop_app.core.store import DocumentStore, StoredChunk, content_hash

EMBED_BATCH = 32
DEFAULT_COLLECTION = "Documents"


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


@dataclass(frozen=True)
class FileUnchanged:
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
    FilesFound | FileStarted | FileProgress | FileIndexed | FileUnchanged | FileFailed | RunFinished
)


@dataclass(frozen=True)
class ChunkingOptions:
    max_tokens: int
    overlap_tokens: int


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
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not child.is_file():
                    continue
                if is_supported(child):
                    found[child.resolve()] = None
                else:
                    skipped += 1
        else:
            found[path.resolve() if path.exists() else path] = None
    return list(found), skipped


# -- the pipeline -----------------------------------------------------------------------------


def index_paths(
    paths: Iterable[str | Path],
    store: DocumentStore,
    embedder: Embedder,
    options: ChunkingOptions,
    cancel: threading.Event | None = None,
    collection: str = DEFAULT_COLLECTION,
) -> Iterator[IndexEvent]:
    """Index `paths` into the named `collection` (created when missing)."""
    cancel = cancel or threading.Event()
    files, skipped = collect_files(paths)
    # Members from the start, failures included, so the documents panel lists every file.
    store.add_members(collection, [str(path) for path in files])
    yield FilesFound(total=len(files), skipped=skipped)
    indexed = unchanged = failed = 0
    for number, path in enumerate(files, start=1):
        if cancel.is_set():
            break
        yield FileStarted(path=str(path), number=number, total=len(files))
        try:
            outcome = yield from _index_file(path, store, embedder, options, cancel)
        except DocumentError as error:
            failed += 1
            store.record_failure(str(path), error.code, error.params)
            yield FileFailed(path=str(path), error=error)
            if error.code == "disk_full":
                break  # nothing more can be stored; what is stored stays intact
            continue
        if outcome is None:  # cancelled mid-file; the next run redoes it
            break
        if isinstance(outcome, FileUnchanged):
            unchanged += 1
        else:
            indexed += 1
        store.clear_failure(str(path))
        yield outcome
    yield RunFinished(
        indexed=indexed, unchanged=unchanged, failed=failed, cancelled=cancel.is_set()
    )


def _index_file(
    path: Path,
    store: DocumentStore,
    embedder: Embedder,
    options: ChunkingOptions,
    cancel: threading.Event,
) -> Iterator[IndexEvent]:
    """Index one file; returns the final event, or None when cancelled."""
    if not path.is_file():
        raise DocumentError("not_found")
    key = str(path)
    stat = path.stat()
    digest = content_hash(path)
    record = store.file_record(key)
    if record is not None and record.content_hash == digest:
        return FileUnchanged(path=key)

    # Read and chunk the whole file before touching the store: a file that became unreadable
    # keeps its earlier chunks.
    document = read_document(path)
    chunks = list(_chunks_of(key, document.pages, embedder, options))
    if not chunks:
        raise DocumentError("pdf_no_text" if path.suffix.lower() == ".pdf" else "empty_file")

    store.begin_file(key)
    done = 0
    yield FileProgress(path=key, chunks_done=0, chunks_total=len(chunks))
    for first in range(0, len(chunks), EMBED_BATCH):
        if cancel.is_set():
            return None
        batch = chunks[first : first + EMBED_BATCH]
        store.add_chunks(batch, embedder.encode([chunk.text for chunk in batch]))
        done += len(batch)
        yield FileProgress(path=key, chunks_done=done, chunks_total=len(chunks))
    store.finish_file(key, digest, stat.st_size, stat.st_mtime, len(chunks), document.page_count)
    return FileIndexed(
        path=key,
        chunks=len(chunks),
        pages=document.page_count,
        encoding=document.encoding,
        empty_pages=tuple(document.empty_pages),  # complete: the pages were all read above
    )


def _chunks_of(path, pages, embedder: Embedder, options: ChunkingOptions) -> Iterator[StoredChunk]:
    number = 0
    for page in pages:
        if not page.text.strip():
            continue
        spans = embedder.token_spans(page.text)
        for start, end in chunk_spans(page.text, spans, options.max_tokens, options.overlap_tokens):
            yield StoredChunk(
                path=path,
                number=number,
                page=page.number,
                start=start,
                end=end,
                text=page.text[start:end],
            )
            number += 1


def page_list(pages, shown: int = 12) -> str:
    """Page numbers for a message: '3, 7, 9', or '3, 7, 9, ... (40 in all)' when many."""
    pages = list(pages)
    text = ", ".join(str(page) for page in pages[:shown])
    return text + (f", ... ({len(pages)} in all)" if len(pages) > shown else "")
