"""Web pages (.html, .htm): the visible text, one line per block element."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.core.ingest.readers import ReadResult

# Content that is never shown: code, styling, metadata.
_HIDDEN = {"head", "script", "style", "noscript", "template", "svg"}
# Elements that start on a line of their own; inline ones (a, b, span, ...) run on.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
}  # fmt: skip
_CELLS = {"td", "th"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# The declaration must come early in the file (the HTML standard looks at the first 1024 bytes).
_META_SCAN_BYTES = 2048


def read_html(path: Path) -> ReadResult:
    from desktop_app.core.ingest.readers import Page, ReadResult

    text, encoding = _decode_html(path.read_bytes())
    parser = _VisibleText()
    parser.feed(text)
    parser.close()
    return ReadResult(
        pages=iter([Page(number=None, text=parser.text())]), page_count=None, encoding=encoding
    )


def _decode_html(data: bytes) -> tuple[str, str | None]:
    """Decode with the page's own `<meta charset>` when it names one, else detect as for text."""
    from desktop_app.core.ingest.readers import decode_text

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
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._pieces: list[str] = []
        self._hidden: list[str] = []  # open hidden elements, innermost last
        self._in_pre = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body" and "head" in self._hidden:
            self._hidden.remove("head")  # a <head> that was never closed ends where <body> starts
        if tag in _HIDDEN:
            self._hidden.append(tag)
        elif tag in _BLOCKS:
            self._pieces.append("\n")
            if tag == "pre":
                self._in_pre += 1
        elif tag in _CELLS:
            self._pieces.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._hidden:
            # Close it and anything left open inside it.
            del self._hidden[len(self._hidden) - 1 - self._hidden[::-1].index(tag) :]
        elif tag in _BLOCKS:
            self._pieces.append("\n")
            if tag == "pre":
                self._in_pre = max(0, self._in_pre - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        # Outside <pre>, line breaks in the source are just spaces, as a browser shows them.
        self._pieces.append(data if self._in_pre else re.sub(r"\s+", " ", data))

    def text(self) -> str:
        lines = "".join(self._pieces).split("\n")
        # A table row starts with its first cell's separator; blank lines between blocks go.
        cleaned = (line.strip().removeprefix("| ").strip() for line in lines)
        return "\n".join(line for line in cleaned if line)
