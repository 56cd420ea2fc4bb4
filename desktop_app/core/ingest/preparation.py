"""Turn one file into chunks ready to embed: read, clean, cut. Runs in a worker process.

Embedding is the slow part of indexing, so the pipeline keeps the embedder busy and prepares
the next files meanwhile in a process of its own (`Preparer`): reading a PDF, finding its
headers and contents pages and tokenising its text take real CPU time, and in a thread they
would hold the GIL against the embedder and the GUI. Only file paths go in, plain chunks and
numbers come out.

The tokenizer is the embedder's own (tokenizer.json read by the Rust `tokenizers` library), so
chunks are measured in the tokens the embedding model will see.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.chunking import chunk_sections
from desktop_app.core.ingest.cleanup import clean_pages
from desktop_app.core.ingest.readers import read_document
from desktop_app.core.store_types import StoredChunk


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
    pages = list(document.pages)
    # Running headers, contents and index pages are a paged-print thing; a table or a list in
    # a spreadsheet or text file whose lines end in numbers is content.
    cleaned, skipped = clean_pages(pages) if path.lower().endswith(".pdf") else (pages, [])
    removed = sum(
        len(a.text.splitlines()) - len(b.text.splitlines()) for a, b in _pairs(pages, cleaned)
    )  # lines, not line breaks: a footer is a page's last line, often without one
    chunks: list[StoredChunk] = []
    for page in cleaned:
        if not page.text.strip():
            continue
        spans = tokenizer.token_spans(page.text)
        for piece in chunk_sections(
            page.text,
            spans,
            page.headings,
            page.context,
            options.max_tokens,
            options.overlap_tokens,
            tokenizer.count_tokens,
        ):
            chunks.append(
                StoredChunk(
                    path=path,
                    number=len(chunks),
                    page=page.number,
                    start=piece.start,
                    end=piece.end,
                    text=page.text[piece.start : piece.end],
                    heading=piece.heading,
                )
            )
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


class Preparer:
    """Prepares files in one worker process, in the order they are submitted.

    With `in_process=True` it prepares on the caller's thread instead, when the result is asked
    for (for one file alone a process is not worth its start-up).
    """

    def __init__(self, options: ChunkingOptions, in_process: bool = False) -> None:
        self._options = options
        self._pool = None
        self._futures: list[Future] = []
        if not in_process:
            # "spawn": never fork a process that holds Qt, torch or llama.cpp threads.
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )

    def submit(self, path: str) -> Callable[[], PreparedFile]:
        """Start preparing `path`; call the result to wait for it (or get its DocumentError)."""
        if self._pool is None:
            return lambda: prepare_file(path, self._options)
        future: Future = self._pool.submit(prepare_file, path, self._options)
        # Only the pending ones are kept: a done future holds its file's chunks.
        self._futures = [pending for pending in self._futures if not pending.done()]
        self._futures.append(future)

        def result() -> PreparedFile:
            try:
                return future.result()
            except DocumentError:
                raise
            except Exception as error:  # the process died (out of memory?): this file fails
                raise DocumentError("unreadable", detail=type(error).__name__) from error

        return result

    def close(self) -> None:
        if self._pool is not None:
            # With nothing left to prepare, wait for the process to end (it is idle: a join).
            # Not waiting then let CPython 3.11's exit hook write to the pool's closed wake-up
            # pipe now and then ("Bad file descriptor" at interpreter exit). A cancel mid-file
            # still returns at once.
            idle = all(future.done() for future in self._futures)
            self._pool.shutdown(wait=idle, cancel_futures=True)
            self._pool = None
            self._futures.clear()
