"""One reader per format. Each turns a file into pages of text or raises a DocumentError.

A page number is 1-based, as a PDF viewer shows it; formats without pages use None.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.formats.csv_table import read_csv
from desktop_app.core.ingest.formats.epub import read_epub
from desktop_app.core.ingest.formats.html_page import read_html
from desktop_app.core.ingest.formats.opendocument import read_odt
from desktop_app.core.ingest.formats.pdf import read_pdf
from desktop_app.core.ingest.formats.slides import read_pptx
from desktop_app.core.ingest.formats.spreadsheet import read_xlsx
from desktop_app.core.ingest.formats.text_headings import text_headings
from desktop_app.core.ingest.formats.word import read_docx

_HORIZONTAL_SPACE = re.compile(r"[ \t\u00a0]+")
# How much of a text file is inspected to tell text from binary data.
_SNIFF_BYTES = 8192


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


def read_text(path: Path) -> ReadResult:
    data = path.read_bytes()
    text, encoding = decode_text(data)
    # Markdown and reStructuredText mark their sections; other text formats give no headings.
    headings = text_headings(path.suffix.lower(), text)
    return ReadResult(
        pages=iter([Page(number=None, text=text, headings=headings)]),
        page_count=None,
        encoding=encoding,
    )


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else detected.

    Returns the text and, when it was not UTF-8/16, the encoding that was detected.
    """
    if not data.strip():
        raise DocumentError("empty_file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), None
    if _looks_binary(data[:_SNIFF_BYTES]):
        raise DocumentError("binary_file")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DocumentError("undecodable_text")
    text, encoding = str(best), best.encoding
    # Single-byte Latin code pages tie on short texts and charset-normalizer picks cp1250 (Central
    # European), turning Danish "smørrebrød" into "smřrrebrřd". Lokal's users write Danish,
    # Swedish and German: when the text is Latin script either way, Western European wins.
    if encoding != "cp1252" and _is_latin_script(text):
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode("cp1252"), "cp1252"
    return text, encoding


def _is_latin_script(text: str) -> bool:
    import unicodedata

    return all(
        "LATIN" in unicodedata.name(char, "")
        for char in set(text)
        if ord(char) > 127 and char.isalpha()
    )


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return control > len(head) * 0.05


def _short(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."


# Read as plain text: markup, logs, data and configuration files, and source code. A binary file
# that shares an extension (a .ts video, a .m MATLAB file saved in binary) is refused by
# decode_text as binary data.
_TEXT_SUFFIXES = (
    ".txt", ".md", ".markdown", ".rst", ".log",
    ".json", ".yaml", ".yml", ".toml", ".ini", ".cfg",
    ".py", ".js", ".ts", ".java", ".c", ".h", ".cpp", ".hpp", ".cs", ".go", ".rs", ".rb", ".php",
    ".sh", ".sql", ".swift", ".kt", ".m", ".r", ".lua", ".pl", ".scala",
)  # fmt: skip

READERS: dict[str, Callable[[Path], ReadResult]] = {
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".pptx": read_pptx,
    ".xlsx": read_xlsx,
    ".odt": read_odt,
    ".epub": read_epub,
    ".html": read_html,
    ".htm": read_html,
    ".csv": read_csv,
    **dict.fromkeys(_TEXT_SUFFIXES, read_text),
}

SUPPORTED_SUFFIXES = tuple(sorted(READERS))


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_document(path: Path) -> ReadResult:
    """Open `path` with the reader for its extension; a DocumentError says why it can't be read."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DocumentError(
            "unsupported_type",
            suffix=path.suffix or path.name,
            supported=", ".join(SUPPORTED_SUFFIXES),
        )
    if not path.is_file():
        raise DocumentError("not_found")
    if path.stat().st_size == 0:
        raise DocumentError("empty_file")
    try:
        return reader(path)
    except DocumentError:
        raise
    except PermissionError as error:
        raise DocumentError("unreadable", detail="permission denied") from error
    except OSError as error:
        raise DocumentError("unreadable", detail=_short(error)) from error
