"""PowerPoint presentations (.pptx): one page per slide, numbered as PowerPoint numbers them.

A slide's text is read as a person reads it: the title first (also the page's level-1 heading),
then the other text boxes and tables from top to bottom and left to right, the shapes of a group
in place, and the speaker notes last. Pictures, charts and slide masters are left out.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.document import Page, ReadResult, short_reason
from desktop_app.core.ingest.formats.packages import check_package, damaged
from desktop_app.core.ingest.formats.page_text import PageText
from desktop_app.core.ingest.limits import TextBudget

KIND = "PowerPoint"


def read_pptx(path: Path) -> ReadResult:
    import pptx

    check_package(path, KIND, ("[Content_Types].xml",))
    try:
        presentation = pptx.Presentation(str(path))
        budget = TextBudget()  # one for the whole deck
        slides = [
            _slide_page(number, slide, budget)
            for number, slide in enumerate(presentation.slides, 1)
        ]
    except (OSError, DocumentError):
        raise  # permission denied and the like: read_document reports those
    except Exception as error:  # zipfile, lxml and python-pptx raise many kinds on damaged files
        raise damaged(KIND, short_reason(error)) from error
    pages = [page for page in slides if page.text]
    if not pages:
        raise DocumentError("empty_file")
    return ReadResult(pages=iter(pages), page_count=None)


def _slide_page(number: int, slide, budget: TextBudget) -> Page:
    page = PageText(budget)
    title = slide.shapes.title
    if title is not None and title.has_text_frame:
        page.add_heading(_frame_text(title.text_frame), level=1)
    for shape in _reading_order(slide.shapes):
        if title is not None and shape.shape_id == title.shape_id:
            continue
        if shape.has_text_frame:
            page.add(_frame_text(shape.text_frame))
        elif shape.has_table:
            page.add(_table_text(shape.table))
    if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
        page.add(_frame_text(slide.notes_slide.notes_text_frame))
    return page.page(number)


def _reading_order(shapes):
    """The shapes top to bottom, then left to right; a group's shapes take its place."""
    from pptx.shapes.group import GroupShape

    def position(shape):
        return (shape.top or 0, shape.left or 0)  # a placeholder may inherit no position

    for shape in sorted(shapes, key=position):
        if isinstance(shape, GroupShape):
            yield from _reading_order(shape.shapes)
        else:
            yield shape


def _frame_text(frame) -> str:
    # python-pptx writes a line break inside a paragraph as a vertical tab.
    return frame.text.replace("\v", "\n").strip()


def _table_text(table) -> str:
    """One line per row, cells separated by " | "; a merged cell is written once."""
    lines = []
    for row in table.rows:
        cells = [
            _frame_text(cell.text_frame)
            for cell in row.cells
            if not cell.is_spanned and cell.text_frame.text.strip()
        ]
        if cells:
            lines.append(" | ".join(cells))
    return "\n".join(lines)
