"""Word documents (.docx): body paragraphs and tables in document order.

Paragraphs styled "Title" (level 1) or "Heading 1" to "Heading 9" become the page's headings.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.document import ReadResult, short_reason
from desktop_app.core.ingest.formats.packages import check_unpacked_file, is_encrypted_ooxml
from desktop_app.core.ingest.formats.page_text import PageText

# Word stores built-in style names in English whatever the user's language ("heading 1"), so
# these match documents written in a Danish or German Word too.
_HEADING_STYLE = re.compile(r"heading ([1-9])", re.I)
# A custom style based on a heading style is a heading too; the chain is short in practice.
_MAX_STYLE_DEPTH = 8


def read_docx(path: Path) -> ReadResult:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    check_unpacked_file(path, "Word")
    try:
        document = docx.Document(str(path))
        page = PageText()
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                page.add(_table_text(block))
            elif level := _heading_level(block.style):
                page.add_heading(block.text, level)
            else:
                page.add(block.text)
    except PackageNotFoundError as error:
        # Not a ZIP package at all: random bytes, an old binary .doc renamed to .docx, or a
        # password-protected .docx (Word wraps those in an OLE2 file).
        detail = "password protected" if is_encrypted_ooxml(path) else "not a .docx package"
        raise DocumentError("docx_damaged", detail=detail) from error
    except (OSError, DocumentError):
        raise  # permission denied and the like: read_document reports those
    except Exception as error:  # zipfile, lxml and python-docx raise many kinds on damaged files
        raise DocumentError("docx_damaged", detail=short_reason(error)) from error
    # Headers, footers, footnotes and text boxes are left out: they repeat or are decoration.
    return ReadResult(pages=iter([page.page()]), page_count=None)


def _heading_level(style) -> int | None:
    """1 for "Title", N for "Heading N" (or a style based on one), None for body text."""
    for _ in range(_MAX_STYLE_DEPTH):
        if style is None:
            return None
        name = style.name or ""
        if name.lower() == "title":
            return 1
        if match := _HEADING_STYLE.fullmatch(name):
            return int(match.group(1))
        style = style.base_style
    return None


def _table_text(table) -> str:
    """One line per row, cells separated by " | "; a merged cell is written once."""
    lines = []
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            # A merged cell appears once per grid column it spans, as the same XML element.
            if cell._tc is not previous and cell.text.strip():
                cells.append(cell.text.strip())
            previous = cell._tc
        if cells:
            lines.append(" | ".join(cells))
    return "\n".join(lines)
