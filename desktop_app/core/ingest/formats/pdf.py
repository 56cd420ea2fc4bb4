"""PDF text with pypdfium2 (PDFium, the engine of Chrome's viewer), page by page, plus bookmarks.

Why PDFium rather than pypdf: on the benchmark manuals pypdf's `extract_text` took 84 ms a page
and PDFium 5 ms, for the same text. With about three chunks a page, pypdf alone cost as much
as a third of the embedding time, and indexing is meant to be bound by the embedder.

The PDF's outline (bookmarks) becomes headings: a bookmark that lands on a page is a Heading at
the place its title is found in that page's text, or else part of the page's context, so every
chunk knows its chapter and section ("3 Functions > 3.2 Arguments").

PDFium must not be entered from two threads at once, whatever the documents: one lock guards
every call (the GUI reads PDFs on the index worker, summaries read them on the LLM worker).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.cleanup import clean_characters
from desktop_app.core.ingest.document import Heading, Page, ReadResult

PDFIUM_LOCK = threading.Lock()
_HORIZONTAL_SPACE = re.compile(r"[ \t\u00a0]+")
_MAX_OUTLINE_DEPTH = 6  # deeper entries are skipped: they are too fine to be useful paths
_OUTLINE_WALK_DEPTH = 64  # pypdfium2 prints a warning for each subtree it cuts at max_depth


@dataclass(frozen=True)
class _Bookmark:
    page: int  # 1-based
    level: int  # 1 = top
    title: str


def read_pdf(path: Path) -> ReadResult:
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as error:
            if "password" in str(error).lower():
                raise DocumentError("pdf_encrypted") from error
            raise DocumentError("pdf_damaged", detail=_pdfium_reason(error)) from error
        page_count = len(document)
        bookmarks = _bookmarks(document)
    empty_pages: list[int] = []
    return ReadResult(
        pages=_pages(document, page_count, bookmarks, empty_pages),
        page_count=page_count,
        empty_pages=empty_pages,
    )


def _pages(document, page_count: int, bookmarks, empty_pages: list[int]) -> Iterator[Page]:
    by_page: dict[int, list[_Bookmark]] = {}
    for bookmark in bookmarks:
        by_page.setdefault(bookmark.page, []).append(bookmark)
    path_so_far: list[str] = []  # the outline path in effect, as titles by level
    try:
        for index in range(page_count):
            text = _page_text(document, index)
            if not text.strip():
                empty_pages.append(index + 1)
            context = tuple(path_so_far)
            headings = []
            for bookmark in by_page.get(index + 1, ()):
                offset = _find_title(text, bookmark.title)
                del path_so_far[bookmark.level - 1 :]
                path_so_far.extend([""] * (bookmark.level - 1 - len(path_so_far)))
                path_so_far.append(bookmark.title)
                if offset is None:  # not in the text layer: it applies from the page's start
                    context = tuple(path_so_far)
                else:
                    headings.append(_heading(offset, bookmark.level, bookmark.title))
            headings.sort(key=lambda heading: heading.offset)
            yield Page(
                number=index + 1,
                text=text,
                headings=tuple(headings),
                context=tuple(title for title in context if title),
            )
    finally:
        with PDFIUM_LOCK:
            document.close()


def _page_text(document, index: int) -> str:
    with PDFIUM_LOCK:
        try:
            page = document[index]
            try:
                text_page = page.get_textpage()
                text = text_page.get_text_bounded()
                text_page.close()
            finally:
                page.close()
        except Exception:  # one broken page must not cost the rest of the document
            return ""
    # PDFium ends lines with \r\n and separates words with runs of spaces; newlines are kept.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    # Its hyphenation mark (U+0002) and unmapped ligatures would show as boxes: cleanup.py.
    return clean_characters(_HORIZONTAL_SPACE.sub(" ", text))


def _bookmarks(document) -> list[_Bookmark]:
    found = []
    try:
        for item in document.get_toc(max_depth=_OUTLINE_WALK_DEPTH):
            if item.level >= _MAX_OUTLINE_DEPTH:
                continue
            destination = item.get_dest()
            index = destination.get_index() if destination is not None else None
            title = " ".join((item.get_title() or "").split())
            if index is not None and title:
                found.append(_Bookmark(page=index + 1, level=item.level + 1, title=title))
    except Exception:  # a damaged outline costs the headings, not the text
        return []
    found.sort(key=lambda bookmark: bookmark.page)  # stable: outline order within a page
    return found


def _find_title(text: str, title: str) -> int | None:
    """Where `title` starts in the page text, tolerating line breaks and spacing differences."""
    words = title.split()
    if not words:
        return None
    pattern = r"\s*".join(re.escape(word) for word in words[:12])
    match = re.search(pattern, text, flags=re.IGNORECASE)
    return match.start() if match else None


def _heading(offset: int, level: int, title: str) -> Heading:
    return Heading(offset=offset, level=level, title=title)


def _pdfium_reason(error: Exception) -> str:
    text = str(error)
    match = re.search(r"PDFium: ([^)]+)", text)
    return match.group(1) if match else text[:120]
