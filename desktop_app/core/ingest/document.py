"""What every reader hands back: pages of text with their headings, or a short reason why not.

A leaf module: the format readers and the code that consumes pages import these types from here,
and this module imports nothing of the ingest package, so no import circle can form around it.

A page number is 1-based, as a PDF viewer shows it; formats without pages use None.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

# A library's error message goes into a DocumentError's detail, shown to the user: cut it short.
_MAX_REASON_CHARS = 120


@dataclass(frozen=True)
class Heading:
    """A heading inside a page's text: where its section starts, how deep it is, its title."""

    offset: int  # character offset into Page.text where the heading's section begins
    level: int  # 1 = top level (a chapter, a slide, a sheet), 2 = below it, ...
    title: str


@dataclass(frozen=True)
class Page:
    number: int | None
    text: str
    # The headings that start on this page, in order (offsets ascending). Chunks get the path of
    # headings in effect where they start ("Chapter 3 > Loops"), to show and to search.
    headings: tuple[Heading, ...] = ()
    # The heading path already in effect where this page begins (PDF outline, a slide deck's
    # title...); headings on the page nest below it.
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadResult:
    pages: Iterator[Page]
    page_count: int | None  # PDFs only: text formats have no pages
    encoding: str | None = None  # set when the text was not UTF-8 and had to be detected
    # PDFs only: the numbers of the pages that had no text (scanned, or blank), for the caller to
    # report. `pages` is lazy, so this list fills as they are read: complete once exhausted.
    empty_pages: list[int] = field(default_factory=list)


def short_reason(error: BaseException) -> str:
    """A library's error as a one-line reason for a DocumentError's detail, at most 120 chars."""
    text = str(error).strip() or type(error).__name__
    if len(text) <= _MAX_REASON_CHARS:
        return text
    return text[: _MAX_REASON_CHARS - 3] + "..."
