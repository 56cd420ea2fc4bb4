"""OpenDocument text (.odt, LibreOffice Writer): paragraphs, lists and tables in document order.

Headings (text:h, at their outline level) become the page's headings. Footnotes, comments,
tracked deletions and tables of contents are left out: they interrupt or repeat the text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.document import ReadResult, short_reason
from desktop_app.core.ingest.formats.packages import check_package, damaged
from desktop_app.core.ingest.formats.page_text import PageText

KIND = "OpenDocument"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_SKIPPED = {
    (_TEXT, "note"),  # footnotes and endnotes, anchored mid-sentence
    (_OFFICE, "annotation"),  # comments
    (_TEXT, "tracked-changes"),  # holds the text of deletions, which is no longer there
    (_TEXT, "table-of-content"),  # repeats the headings
    (_TEXT, "sequence-decls"),
    (_TEXT, "variable-decls"),
    (_OFFICE, "forms"),
}


def read_odt(path: Path) -> ReadResult:
    from odf.opendocument import load

    check_package(path, KIND, ("content.xml",))
    try:
        if _is_encrypted(path):
            raise damaged(KIND, "password protected")
        page = PageText()
        _read_blocks(load(str(path)).text, page)
    except (OSError, DocumentError):
        raise  # permission denied and the like: read_document reports those
    except Exception as error:  # zipfile, XML and odfpy errors on a damaged document
        raise damaged(KIND, short_reason(error)) from error
    if not page.text:
        raise DocumentError("empty_file")
    return ReadResult(pages=iter([page.page()]), page_count=None)


def _is_encrypted(path: Path) -> bool:
    # A password-protected ODF file is a normal ZIP whose manifest describes how each part was
    # encrypted; the parts themselves are then unreadable bytes.
    try:
        with zipfile.ZipFile(path) as archive:
            return b"encryption-data" in archive.read("META-INF/manifest.xml")
    except KeyError:
        return False  # no manifest: not encrypted (odfpy decides whether it can read it)


def _read_blocks(element, page: PageText) -> None:
    for child in _elements(element):
        if child.qname == (_TEXT, "h"):
            page.add_heading(_inline_text(child), _outline_level(child))
        elif child.qname == (_TEXT, "p"):
            page.add(_inline_text(child))
        elif child.qname == (_TABLE, "table"):
            page.add("\n".join(_table_rows(child)))
        elif child.qname not in _SKIPPED:
            _read_blocks(child, page)  # lists, list items, sections, frames, ...


def _elements(element):
    from xml.dom import Node

    return (child for child in element.childNodes if child.nodeType == Node.ELEMENT_NODE)


def _outline_level(heading) -> int:
    level = heading.attributes.get((_TEXT, "outline-level"), "1")
    return max(1, int(level)) if str(level).isdigit() else 1


def _inline_text(element) -> str:
    """A paragraph's text, with ODF's encoded spaces, tabs and line breaks spelled out."""
    from xml.dom import Node

    pieces = []
    for child in element.childNodes:
        if child.nodeType == Node.TEXT_NODE:
            pieces.append(child.data)
        elif child.nodeType != Node.ELEMENT_NODE or child.qname in _SKIPPED:
            continue
        elif child.qname == (_TEXT, "s"):  # runs of spaces are stored as <text:s text:c="3"/>
            pieces.append(" " * int(child.attributes.get((_TEXT, "c"), "1") or 1))
        elif child.qname == (_TEXT, "tab"):
            pieces.append("\t")
        elif child.qname == (_TEXT, "line-break"):
            pieces.append("\n")
        else:
            pieces.append(_inline_text(child))
    return "".join(pieces)


def _table_rows(table):
    """One line per row, cells separated by " | "; repeated and covered cells are written once."""
    for child in _elements(table):
        if child.qname == (_TABLE, "table-row"):
            cells = []
            for cell in _elements(child):
                if cell.qname == (_TABLE, "table-cell"):
                    content = PageText()
                    _read_blocks(cell, content)
                    if text := " ".join(content.text.split()):
                        cells.append(text)
            if cells:
                yield " | ".join(cells)
        elif child.qname[0] == _TABLE and child.qname[1] != "table":
            yield from _table_rows(child)  # header rows, row groups
