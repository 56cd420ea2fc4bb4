"""Web pages (.html, .htm): the visible text, one line per block element; h1-h6 are headings."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from desktop_app.core.ingest.document import Heading, Page, ReadResult
from desktop_app.core.ingest.limits import TextBudget, check_text_file_size
from desktop_app.core.ingest.text_decoding import decode_text

# Content that is never shown: code, styling, metadata.
_HIDDEN = {"head", "script", "style", "noscript", "template", "svg"}
# Elements that start on a line of their own; inline ones (a, b, span, ...) run on.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
}  # fmt: skip
_CELLS = {"td", "th"}
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# The declaration must come early in the file (the HTML standard looks at the first 1024 bytes).
_META_SCAN_BYTES = 2048


def read_html(path: Path) -> ReadResult:
    check_text_file_size(path.stat().st_size)
    markup, encoding = _decode_html(path.read_bytes())
    text, headings = html_text(markup)
    return ReadResult(
        pages=iter([Page(number=None, text=text, headings=headings)]),
        page_count=None,
        encoding=encoding,
    )


def html_text(markup: str, budget: TextBudget | None = None) -> tuple[str, tuple[Heading, ...]]:
    """The visible text of an HTML or XHTML document, one line per block, and its h1-h6.

    The lines spend from `budget` (an e-book shares one across its chapters).
    """
    parser = _VisibleText(budget or TextBudget())
    parser.feed(markup)
    parser.close()
    return parser.text(), parser.headings()


def _decode_html(data: bytes) -> tuple[str, str | None]:
    """Decode with the page's own `<meta charset>` when it names one, else detect as for text."""
    declared = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    if declared:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            encoding = None
        # Browsers read a page labelled latin-1 as windows-1252, its superset; so do we. UTF-8
        # goes through decode_text, which also handles a BOM.
        if encoding in ("iso8859-1", "latin-1", "ascii"):
            encoding = "cp1252"
        if encoding and encoding != "utf-8":
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass  # the label is wrong: detect instead
    return decode_text(data)


class _VisibleText(HTMLParser):
    def __init__(self, budget: TextBudget) -> None:
        super().__init__(convert_charrefs=True)
        self._budget = budget
        self._lines: list[str] = []  # finished lines, cleaned, none empty
        self._line: list[str] = []  # pieces of the line being read
        self._hidden: list[str] = []  # open hidden elements, innermost last
        self._in_pre = 0
        self._open_heading: tuple[int, int] | None = None  # (level, index of its first line)
        self._headings: list[tuple[int, int, str]] = []  # (index of its line, level, title)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body" and "head" in self._hidden:
            self._hidden.remove("head")  # a <head> that was never closed ends where <body> starts
        if tag in _HIDDEN:
            self._hidden.append(tag)
        elif tag in _BLOCKS:
            self._end_line()
            if tag == "pre":
                self._in_pre += 1
            if tag in _HEADINGS and not self._hidden:
                self._finish_heading()  # a heading left open ends where the next one starts
                self._open_heading = (_HEADINGS[tag], len(self._lines))
        elif tag in _CELLS:
            self._line.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._hidden:
            # Close it and anything left open inside it.
            del self._hidden[len(self._hidden) - 1 - self._hidden[::-1].index(tag) :]
        elif tag in _BLOCKS:
            self._end_line()
            if tag == "pre":
                self._in_pre = max(0, self._in_pre - 1)
            if self._open_heading and _HEADINGS.get(tag) == self._open_heading[0]:
                self._finish_heading()

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if not self._in_pre:
            # Outside <pre>, line breaks in the source are just spaces, as a browser shows them.
            self._line.append(re.sub(r"\s+", " ", data))
            return
        first, *others = data.split("\n")
        self._line.append(first)
        for line in others:
            self._end_line()
            self._line.append(line)

    def _end_line(self) -> None:
        # A table row starts with its first cell's separator; blank lines between blocks go.
        line = "".join(self._line).strip().removeprefix("| ").strip()
        self._line = []
        if line:
            self._budget.spend(len(line) + 1)
            self._lines.append(line)

    def _finish_heading(self) -> None:
        if self._open_heading is None:
            return
        level, first = self._open_heading
        title = " ".join(self._lines[first:])
        if title:  # an empty <h2></h2> starts no section worth naming
            self._headings.append((first, level, title))
        self._open_heading = None

    def close(self) -> None:
        super().close()
        self._end_line()
        self._finish_heading()

    def text(self) -> str:
        return "\n".join(self._lines)

    def headings(self) -> tuple[Heading, ...]:
        starts, offset = [], 0  # where each line starts in text()
        for line in self._lines:
            starts.append(offset)
            offset += len(line) + 1
        return tuple(
            Heading(offset=starts[index], level=level, title=title)
            for index, level, title in self._headings
        )
