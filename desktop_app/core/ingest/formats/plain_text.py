"""Plain-text files (.txt, Markdown, reStructuredText, logs, source code...): one page.

Markdown and reStructuredText mark their sections, so those give headings; other text formats
give none.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.ingest.document import Page, ReadResult
from desktop_app.core.ingest.formats.text_headings import text_headings
from desktop_app.core.ingest.limits import MAX_TEXT_CHARS, check_text_file_size, text_too_large
from desktop_app.core.ingest.text_decoding import decode_text


def read_text(path: Path) -> ReadResult:
    check_text_file_size(path.stat().st_size)  # before reading: a sparse 1 GB file is not read
    text, encoding = decode_text(path.read_bytes())
    if len(text) > MAX_TEXT_CHARS:
        raise text_too_large()
    headings = text_headings(path.suffix.lower(), text)
    return ReadResult(
        pages=iter([Page(number=None, text=text, headings=headings)]),
        page_count=None,
        encoding=encoding,
    )
