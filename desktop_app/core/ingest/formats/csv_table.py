"""CSV tables: each row becomes one line "header: value; header: value".

Repeating the headers on every row makes each line, and so each chunk, meaningful on its own:
a search hit on "Aarhus" then also says which column and which record it belongs to.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.document import Page, ReadResult, short_reason
from desktop_app.core.ingest.limits import TextBudget, check_text_file_size
from desktop_app.core.ingest.text_decoding import decode_text

# Enough rows to tell the delimiter; sniffing the whole file would be slow on big exports.
_SNIFF_CHARS = 16384
_DELIMITERS = ",;\t|"


def read_csv(path: Path) -> ReadResult:
    check_text_file_size(path.stat().st_size)
    text, encoding = decode_text(path.read_bytes())
    # Each record repeats the header, so the text can outgrow the file many times over (long
    # column names over short values): the lines spend from a budget as they are made.
    budget = TextBudget()
    header: list[str] | None = None
    lines: list[str] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), _dialect(text)):
            if not row:
                continue
            # The first row is taken as the header: spreadsheet exports nearly always have
            # one, and csv.Sniffer.has_header guesses wrong on all-text tables.
            if header is None:
                header = row
                budget.spend(sum(len(cell) for cell in row))
                continue
            lines.append(record_line(header, row))
            budget.spend(len(lines[-1]) + 1)
    except csv.Error as error:  # e.g. a field larger than csv.field_size_limit()
        raise DocumentError("csv_damaged", detail=short_reason(error)) from error
    lines = lines or [", ".join(header or [])]
    return ReadResult(
        pages=iter([Page(number=None, text="\n".join(line for line in lines if line))]),
        page_count=None,
        encoding=encoding,
    )


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text[:_SNIFF_CHARS], delimiters=_DELIMITERS)
    except csv.Error:  # one column, or too irregular to tell: the common case is commas
        return csv.excel


def record_line(header: list[str], record: list[str]) -> str:
    """One record as "header: value; header: value", leaving out empty cells."""
    pairs = []
    for index, value in enumerate(record):
        name = header[index].strip() if index < len(header) else ""
        if value.strip():  # empty cells say nothing and would crowd out the ones that do
            pairs.append(f"{name or f'column {index + 1}'}: {value.strip()}")
    return "; ".join(pairs)
