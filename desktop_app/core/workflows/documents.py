"""A whole document's text for a workflow: every page read, or the reason it cannot be used."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import DocumentError, LokalError
from desktop_app.core.ingest.cleanup import clean_characters
from desktop_app.core.ingest.document import Page, short_reason
from desktop_app.core.ingest.readers import read_document


@dataclass(frozen=True)
class DocumentText:
    path: str  # absolute
    pages: tuple[Page, ...]  # pages with text only; Page.number is None for unpaged formats
    page_count: int | None  # PDFs only

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)


def load_document(path: str | Path, cancel: threading.Event | None = None) -> DocumentText:
    """All the text of `path`, page by page; a DocumentError when it has none or can't be read.

    The text of each page goes through the indexer's character clean-up, so what a workflow
    reads (and checks values against) is what search finds."""
    absolute = str(Path(path).absolute())
    result = read_document(Path(absolute))
    pages: list[Page] = []
    try:
        for page in result.pages:
            if cancel is not None and cancel.is_set():
                break
            text = clean_characters(page.text)
            if text.strip():
                pages.append(Page(page.number, text, page.headings, page.context))
    except LokalError:
        raise
    except Exception as error:  # a reader failing half way: this file fails, not the workflow
        raise DocumentError("unreadable", detail=short_reason(error)) from error
    if not pages and not (cancel is not None and cancel.is_set()):
        raise DocumentError("pdf_no_text" if result.page_count else "empty_file")
    return DocumentText(absolute, tuple(pages), result.page_count)
