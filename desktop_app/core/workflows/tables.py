"""Extracted rows as a table file: CSV or XLSX (chosen by the file's suffix), written atomically.

The header is "file", then the fields exactly as the user gave them; one row per document, its
`file` the document's absolute path. CSV is plain UTF-8 (no byte-order mark) in the csv
module's dialect ("excel": quoted where needed, CRLF line ends). In XLSX every cell is text,
also one that starts with "=": a value copied from a document must never become a formula.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.atomic import write_atomically
from desktop_app.core.errors import LokalError
from desktop_app.core.workflows.events import RowExtracted
from desktop_app.core.workflows.output import check_output

TABLE_SUFFIXES = (".csv", ".xlsx")
FILE_COLUMN = "file"


def table_rows(fields: Sequence[str], rows: Sequence[RowExtracted]) -> list[list[str]]:
    """The table as lists of text: the header, then one line per document."""
    lines = [[FILE_COLUMN, *fields]]
    for row in rows:
        values = {field: value for field, value, _page in row.cells}
        lines.append([row.path, *(values.get(field, "") for field in fields)])
    return lines


def check_table_output(path: Path) -> None:
    """Raise workflow_output_unwritable now, before any work, when `path` could not be
    written: a suffix other than .csv/.xlsx, a folder, or a folder that refuses new files
    (tried with a real file, since permission bits say nothing when running as root)."""
    path = Path(path)
    if path.suffix.lower() not in TABLE_SUFFIXES:
        raise LokalError(
            "workflow_output_unwritable",
            path=str(path),
            detail="the name must end in .csv or .xlsx",
        )
    check_output(path)


def write_table(path: Path, fields: Sequence[str], rows: Sequence[RowExtracted]) -> None:
    """Write the rows to `path` (.csv or .xlsx), replacing it atomically; a failure is
    workflow_output_unwritable and leaves any earlier file as it was."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        check_table_output(path)  # raises with the reason
    lines = table_rows(fields, rows)
    data = _xlsx_bytes(lines) if suffix == ".xlsx" else _csv_bytes(lines)
    try:
        write_atomically(path, data)
    except OSError as error:
        raise LokalError(
            "workflow_output_unwritable", path=str(path), detail=error.strerror or str(error)
        ) from error


def _csv_bytes(lines: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerows(lines)
    return buffer.getvalue().encode("utf-8")


def _xlsx_bytes(lines: list[list[str]]) -> bytes:
    from openpyxl import Workbook  # only an XLSX needs it, and it takes a while to import

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Extracted"
    for row_number, line in enumerate(lines, start=1):
        for column_number, value in enumerate(line, start=1):
            cell = sheet.cell(row=row_number, column=column_number)
            cell.value = _xlsx_text(value)
            cell.data_type = "s"  # text, never a formula (openpyxl makes "=..." one)
    buffer = io.BytesIO()
    with contextlib.closing(buffer):
        workbook.save(buffer)
        return buffer.getvalue()


def _xlsx_text(value: str) -> str:
    """Characters XML 1.0 cannot hold (control characters) would make openpyxl refuse the
    cell: they become spaces."""
    return "".join(" " if (ord(char) < 32 and char not in "\t\n\r") else char for char in value)
