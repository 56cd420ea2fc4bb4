"""Turn one file into chunks ready to embed: read, clean, cut. Runs in a worker process.

Embedding is the slow part of indexing, so the pipeline keeps the embedder busy and prepares
the next files meanwhile in a process of its own (`Preparer`): reading a PDF, finding its
headers and contents pages and tokenising its text take real CPU time, and in a thread they
would hold the GIL against the embedder and the GUI. Only file paths go in, plain chunks and
numbers come out.

The tokenizer is the embedder's own (tokenizer.json read by the Rust `tokenizers` library), so
chunks are measured in the tokens the embedding model will see.

Work per file is bounded (limits.py): the text of all pages together, the passages, and the
memory of tokenizing one huge page, which is tokenized and cut in slices of a million
characters (a token's offsets cost about 120 bytes in Python; 20 million of them would not fit).

The process is disposable: it dies with its parent, and when it dies itself (the OOM killer,
a crash inside a library) only the file it was preparing fails; the files queued behind it are
prepared again in a new process.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop_app.core.child_process import die_with_parent
from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.chunking import chunk_sections
from desktop_app.core.ingest.cleanup import clean_pages
from desktop_app.core.ingest.document import Heading, Page
from desktop_app.core.ingest.limits import MAX_PASSAGES, TextBudget, too_many_passages
from desktop_app.core.ingest.readers import read_document
from desktop_app.core.store_types import StoredChunk

log = logging.getLogger(__name__)

# A page longer than this is tokenized and chunked in slices, cut at a paragraph, line or word
# break, so no more than one slice's token offsets are held at once. Shorter pages (nearly all)
# are cut exactly as before: chunks of indexed files stay the same.
SLICE_CHARS = 1_000_000


@dataclass(frozen=True)
class ChunkingOptions:
    max_tokens: int
    overlap_tokens: int
    tokenizer_file: str = ""  # the embedder's tokenizer.json, for the preparing process

    @property
    def fingerprint(self) -> str:
        """Recorded with each indexed file: another value means the file must be re-indexed."""
        return f"{CHUNKER_VERSION}:{self.max_tokens}:{self.overlap_tokens}"


# Raise when the chunks a file gets would differ (new cleaning or cutting rules): every file is
# then re-indexed, visibly, on the next run.
CHUNKER_VERSION = "sections-4"  # 4: PDF hyphenation marks joined, ligatures spelled out


@dataclass(frozen=True)
class PreparedFile:
    path: str
    chunks: list[StoredChunk]
    page_count: int | None
    encoding: str | None = None
    empty_pages: tuple[int, ...] = ()  # PDF pages without text (scanned?)
    skipped_pages: tuple[int, ...] = ()  # contents and index pages, left out on purpose
    removed_lines: int = 0  # running header and footer lines left out


def prepare_file(path: str, options: ChunkingOptions) -> PreparedFile:
    """Read, clean and chunk `path`; raises DocumentError when it can't be read or is empty."""
    tokenizer = _tokenizer(options.tokenizer_file)
    document = read_document(Path(path))
    budget = TextBudget()  # all pages together, whatever the reader already counted
    pages = []
    for page in document.pages:
        budget.spend(len(page.text))
        pages.append(page)
    # Running headers, contents and index pages are a paged-print thing; a table or a list in
    # a spreadsheet or text file whose lines end in numbers is content.
    cleaned, skipped = clean_pages(pages) if path.lower().endswith(".pdf") else (pages, [])
    removed = sum(
        len(a.text.splitlines()) - len(b.text.splitlines()) for a, b in _pairs(pages, cleaned)
    )  # lines, not line breaks: a footer is a page's last line, often without one
    chunks: list[StoredChunk] = []
    # A chunk holds at most max_tokens tokens, so more tokens than this make too many passages
    # for certain: the count stops a page of symbols before its offsets fill memory.
    tokens_left = MAX_PASSAGES * options.max_tokens
    for page in cleaned:
        if not page.text.strip():
            continue
        for offset, piece_of_page in _slices(page):
            spans = tokenizer.token_spans(piece_of_page.text)
            tokens_left -= len(spans)
            if tokens_left < 0:
                raise too_many_passages()
            for piece in chunk_sections(
                piece_of_page.text,
                spans,
                piece_of_page.headings,
                piece_of_page.context,
                options.max_tokens,
                options.overlap_tokens,
                tokenizer.count_tokens,
            ):
                chunks.append(
                    StoredChunk(
                        path=path,
                        number=len(chunks),
                        page=page.number,
                        start=offset + piece.start,
                        end=offset + piece.end,
                        text=page.text[offset + piece.start : offset + piece.end],
                        heading=piece.heading,
                    )
                )
            if len(chunks) > MAX_PASSAGES:
                raise too_many_passages()
    if not chunks:
        if skipped and not document.empty_pages:
            raise DocumentError("empty_file")
        raise DocumentError("pdf_no_text" if path.lower().endswith(".pdf") else "empty_file")
    return PreparedFile(
        path=path,
        chunks=chunks,
        page_count=document.page_count,
        encoding=document.encoding,
        empty_pages=tuple(document.empty_pages),
        skipped_pages=tuple(skipped),
        removed_lines=removed,
    )


def _slices(page: Page) -> Iterator[tuple[int, Page]]:
    """The page in pieces of at most SLICE_CHARS characters, each with its offset in the page.

    A piece's headings are those that start in it (offsets made relative to it) and its context
    the heading path in effect where it starts, levels kept ("" for a level not in use), so its
    chunks get the heading paths they would get from the whole page.
    """
    if len(page.text) <= SLICE_CHARS:
        yield 0, page
        return
    text = page.text
    open_path: list[tuple[int, str]] = list(enumerate(page.context, start=1))  # (level, title)
    headings = list(page.headings)
    start = 0
    while start < len(text):
        end = _slice_end(text, start)
        mine = [heading for heading in headings if start <= heading.offset < end]
        before = [heading for heading in headings if heading.offset < start]
        for heading in before:
            while open_path and open_path[-1][0] >= heading.level:
                open_path.pop()
            open_path.append((heading.level, heading.title))
        headings = [heading for heading in headings if heading.offset >= start]
        by_level = dict(open_path)
        context = tuple(by_level.get(level, "") for level in range(1, max(by_level, default=0) + 1))
        relative = tuple(
            Heading(offset=h.offset - start, level=h.level, title=h.title) for h in mine
        )
        yield start, Page(page.number, text[start:end], relative, context)
        start = end


def _slice_end(text: str, start: int) -> int:
    """Where the slice starting at `start` ends: at a paragraph, line or word break if any."""
    limit = start + SLICE_CHARS
    if limit >= len(text):
        return len(text)
    lowest = start + SLICE_CHARS // 2
    for separator in ("\n\n", "\n"):
        cut = text.rfind(separator, lowest, limit)
        if cut != -1:
            return cut + len(separator)
    for cut in range(limit, lowest, -1):  # any white space: tokens never span it
        if text[cut - 1].isspace():
            return cut
    return limit  # one word of half a million characters: cut anywhere


def _pairs(pages, cleaned):
    by_number = {page.number: page for page in cleaned}
    return [(page, by_number[page.number]) for page in pages if page.number in by_number]


class _Tokenizer:
    def __init__(self, tokenizer_file: str) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(tokenizer_file)
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()

    def token_spans(self, text: str) -> list[tuple[int, int]]:
        encoding = self._tokenizer.encode(text, add_special_tokens=False)
        return [span for span in encoding.offsets if span[1] > span[0]]

    def count_tokens(self, text: str) -> int:
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)


@lru_cache(maxsize=2)
def _tokenizer(tokenizer_file: str) -> _Tokenizer:
    if not tokenizer_file:
        raise ValueError("ChunkingOptions.tokenizer_file is needed to prepare files")
    return _Tokenizer(tokenizer_file)


# Why a file failed when the process preparing it died under it: nothing else is known (the
# kernel's OOM killer, a crash inside PDFium or a tokenizer, someone's kill -9).
_CRASH_DETAIL = "it was stopped, out of memory?"


@dataclass
class _Job:
    """One file submitted to the process, until its result is taken."""

    path: str
    future: Future
    crashed: bool = False  # the process died while preparing it


class Preparer:
    """Prepares files in one worker process, in the order they are submitted.

    With `in_process=True` it prepares on the caller's thread instead, when the result is asked
    for (for one file alone a process is not worth its start-up).

    When the process dies, the first file not yet prepared was the one it was reading (one
    process, files in order): that file fails with `reader_crashed`, and the others waiting are
    submitted again to a new process.
    """

    def __init__(self, options: ChunkingOptions, in_process: bool = False) -> None:
        self._options = options
        self._in_process = in_process
        self._pool: ProcessPoolExecutor | None = None
        self._jobs: list[_Job] = []  # submitted, result not taken yet, in submission order
        if not in_process:
            self._pool = self._new_pool()

    @staticmethod
    def _new_pool() -> ProcessPoolExecutor:
        # "spawn": never fork a process that holds Qt, torch or llama.cpp threads.
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=die_with_parent,
        )

    def submit(self, path: str) -> Callable[[], PreparedFile]:
        """Start preparing `path`; call the result to wait for it (or get its DocumentError)."""
        if self._in_process:
            return lambda: prepare_file(path, self._options)
        job = _Job(path, self._submit(path))
        self._jobs.append(job)
        return lambda: self._result(job)

    def _submit(self, path: str) -> Future:
        if _process_died(self._pool):
            # Killed while idle, and the pool has not noticed yet: a file given to it now would
            # fail as if it had crashed the process. Only a new process is needed.
            self._restart()
        try:
            return self._pool.submit(prepare_file, path, self._options)
        except BrokenProcessPool:  # it died while idle: only a new one is needed
            self._restart()
            return self._pool.submit(prepare_file, path, self._options)

    def _result(self, job: _Job) -> PreparedFile:
        try:
            while True:
                try:
                    return job.future.result()
                except BrokenProcessPool:
                    if not job.crashed:
                        self._recover()
                    if job.crashed:
                        raise DocumentError("reader_crashed", detail=_CRASH_DETAIL) from None
                except DocumentError:
                    raise
                except Exception as error:  # anything else from one file fails that file only
                    log.warning("Preparing %s failed", job.path, exc_info=error)
                    raise DocumentError("unreadable", detail=type(error).__name__) from error
        finally:
            if job in self._jobs:
                self._jobs.remove(job)  # its chunks are the caller's now; nothing else holds them

    def _recover(self) -> None:
        """The process died: blame the file it was preparing, resubmit the ones behind it."""
        lost = [job for job in self._jobs if not _finished(job.future)]
        if lost:
            lost[0].crashed = True
            log.warning("The process preparing %s stopped; going on without it", lost[0].path)
        self._restart()
        for job in lost[1:]:
            job.future = self._pool.submit(prepare_file, job.path, self._options)

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def close(self) -> None:
        if self._pool is not None:
            # With nothing left to prepare, wait for the process to end (it is idle: a join).
            # Not waiting then let CPython 3.11's exit hook write to the pool's closed wake-up
            # pipe now and then ("Bad file descriptor" at interpreter exit). A cancel mid-file
            # still returns at once.
            idle = all(job.future.done() for job in self._jobs)
            self._pool.shutdown(wait=idle, cancel_futures=True)
            self._pool = None
            self._jobs.clear()


def _process_died(pool: ProcessPoolExecutor) -> bool:
    """Whether the pool's one process was started and is no longer alive.

    ProcessPoolExecutor notices a dead process only in its manager thread, a moment later; a
    file submitted in between fails with BrokenProcessPool. Its process table is not public,
    so this reads it defensively: unknown means alive."""
    processes = getattr(pool, "_processes", None) or {}
    return bool(processes) and not any(process.is_alive() for process in processes.values())


def _finished(future: Future) -> bool:
    """Done with a result or the file's own error; not lost with the process that died."""
    if not future.done() or future.cancelled():
        return False
    return not isinstance(future.exception(), BrokenProcessPool)
