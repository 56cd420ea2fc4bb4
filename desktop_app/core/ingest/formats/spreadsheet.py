"""Excel workbooks (.xlsx): one page per sheet, each row written as "header: value; ..." lines.

As in the CSV reader, the first non-empty row of a sheet is taken as its header and repeated on
every row, so each line (and each chunk) says which column a value belongs to. A formula shows
the value Excel last calculated and saved with the file; the formula itself is left out.

Reading stops after _MAX_CELLS cells in all (with a warning in the log): a database export can
hold millions of cells, and embedding a line per row of those on a CPU would take hours and bury
every search in table rows. 200,000 cells, e.g. 20,000 rows of 10 columns, index in minutes.
"""

from __future__ import annotations

import datetime
import logging
import warnings
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.document import Heading, Page, ReadResult, short_reason
from desktop_app.core.ingest.formats.csv_table import record_line
from desktop_app.core.ingest.formats.packages import check_package, damaged
from desktop_app.core.ingest.limits import TextBudget

KIND = "Excel"
_MAX_CELLS = 200_000
_log = logging.getLogger(__name__)


def read_xlsx(path: Path) -> ReadResult:
    import openpyxl

    check_package(path, KIND, ("[Content_Types].xml",))
    # openpyxl warns about features it drops (data validation, default styles): not our concern.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                pages = _sheet_pages(workbook.worksheets)
            finally:
                workbook.close()
        except (OSError, DocumentError):
            raise  # permission denied and the like: read_document reports those
        except Exception as error:  # zipfile, XML and openpyxl errors on a damaged workbook
            raise damaged(KIND, short_reason(error)) from error
    if not pages:
        raise DocumentError("empty_file")
    return ReadResult(pages=iter(pages), page_count=None)


def _sheet_pages(sheets) -> list[Page]:
    pages, budget = [], _MAX_CELLS
    # Each row repeats its sheet's header: a long shared string in the header, repeated on
    # every one of 200,000 rows, would make terabytes of text; the text budget stops it first.
    text_budget = TextBudget()
    for sheet in sheets:
        # The saved dimension can claim far more cells than hold data (A1:XFD1048576 after a
        # "select all"); without it, rows are read as stored instead of padded to that size.
        sheet.reset_dimensions()
        header, lines = None, []
        for row in sheet.iter_rows(values_only=True):
            budget -= max(1, len(row))  # an empty row still costs a little to skip
            if budget < 0:
                _log.warning("Stopped reading the workbook after %d cells", _MAX_CELLS)
                break
            cells = [_cell_text(value) for value in row]
            if not any(cells):
                continue
            if header is None:
                header = cells
                text_budget.spend(sum(len(cell) for cell in cells))
            else:
                lines.append(record_line(header, cells))
                text_budget.spend(len(lines[-1]) + 1)
        text = "\n".join(line for line in lines if line) or ", ".join(filter(None, header or []))
        if text:
            heading = Heading(offset=0, level=1, title=sheet.title)
            pages.append(Page(number=None, text=text, headings=(heading,)))
        if budget < 0:
            break
    return pages


def _cell_text(value) -> str:
    """A cell's value as Excel shows it by default, on one line; "" for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # 15 significant digits, as Excel shows: 0.1 + 0.2 is "0.3", and 1200.0 is "1200".
        return f"{value:.15g}"
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()  # a date typed into a cell, read back as a datetime
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    return " ".join(str(value).split())  # a line break inside a cell would split the record
