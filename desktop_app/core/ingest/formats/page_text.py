"""Build a page's text from blocks (paragraphs, table rows, ...) and note where headings start."""

from __future__ import annotations

from desktop_app.core.ingest.document import Heading, Page
from desktop_app.core.ingest.limits import TextBudget


class PageText:
    """Blocks joined by newlines; a heading's offset is where its block starts in that text.

    Blocks spend from `budget` (one per document, shared by its pages), so a document that
    holds more text than Lokal reads stops at the limit instead of filling memory.
    """

    def __init__(self, budget: TextBudget | None = None) -> None:
        self._budget = budget or TextBudget()
        self._blocks: list[str] = []
        self._length = 0  # the length of the text so far, plus the newline before the next block
        self.headings: list[Heading] = []

    def add(self, block: str) -> None:
        """Append a block; blank ones are dropped (they would only add empty lines)."""
        if block.strip():
            self._budget.spend(len(block) + 1)
            self._blocks.append(block)
            self._length += len(block) + 1

    def add_heading(self, block: str, level: int) -> None:
        """Append a block that starts a section; its text, on one line, is the heading's title."""
        title = " ".join(block.split())
        if title:
            self.headings.append(Heading(offset=self._length, level=level, title=title))
        self.add(block)

    @property
    def text(self) -> str:
        return "\n".join(self._blocks)

    def page(self, number: int | None = None, context: tuple[str, ...] = ()) -> Page:
        return Page(number=number, text=self.text, headings=tuple(self.headings), context=context)
