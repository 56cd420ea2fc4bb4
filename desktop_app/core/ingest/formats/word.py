"""Word documents (.docx): body paragraphs and tables in document order."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import DocumentError

if TYPE_CHECKING:
    from desktop_app.core.ingest.readers import ReadResult


def read_docx(path: Path) -> ReadResult:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    from desktop_app.core.ingest.readers import Page, ReadResult, _short

    try:
        document = docx.Document(str(path))
        blocks = [
            _table_text(block) if isinstance(block, Table) else block.text
            for block in document.iter_inner_content()
        ]
    except PackageNotFoundError as error:
        # Not a ZIP package at all: random bytes, or an old binary .doc renamed to .docx.
        raise DocumentError("docx_damaged", detail="not a .docx package") from error
    except OSError:
        raise  # permission denied and the like: read_document reports those
    except Exception as error:  # zipfile, lxml and python-docx raise many kinds on damaged files
        raise DocumentError("docx_damaged", detail=_short(error)) from error
    # Headers, footers, footnotes and text boxes are left out: they repeat or are decoration.
    text = "\n".join(block for block in blocks if block.strip())
    return ReadResult(pages=iter([Page(number=None, text=text)]), page_count=None)


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
