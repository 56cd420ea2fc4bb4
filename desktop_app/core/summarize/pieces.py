"""Pieces: a document's pages grouped into parts that one model call can read.

Sizes are counted in the chat model's own tokens (a `count_tokens` callable), so that each
piece's prompt plus its answer fit the context window. A page too long for one piece (a text
file is a single page) is cut at line breaks, else between words. Nothing is left out: a longer
document only makes more pieces.

Why not ingest.chunking's splitter: chunking cuts a page by the embedder's token *offsets*
(a fast tokenizer gives them), with overlap, at the best break in the second half of a window,
and must keep producing the same chunks for what is already indexed. The chat engine only
counts tokens (llama.cpp gives no offsets), and map-reduce pieces must not overlap (each fact
or item would be read twice). So the two measure text differently and cut it by different
rules; what they share, the Span of pages a text came from, is not a chunk's character span.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.core.ingest.document import Page


@dataclass(frozen=True)
class Span:
    """Where a piece of text came from: a file, and its pages when the format has pages.

    A format without pages (a text file is one long page) is cut into parts instead: parts
    `first_part`..`last_part` of `parts`.
    """

    path: str
    first_page: int | None = None
    last_page: int | None = None
    first_part: int = 1
    last_part: int = 1
    parts: int = 1

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def pages_text(self) -> str:
        """'pages 3-5', 'page 3', 'part 2 of 5', or '' for a whole document without pages."""
        if self.first_page is not None:
            if self.last_page is None or self.last_page == self.first_page:
                return f"page {self.first_page}"
            return f"pages {self.first_page}-{self.last_page}"
        if self.first_part <= 1 and self.last_part >= self.parts:
            return ""
        if self.first_part == self.last_part:
            return f"part {self.first_part} of {self.parts}"
        return f"parts {self.first_part}-{self.last_part} of {self.parts}"

    def label(self) -> str:
        where = self.pages_text()
        return f"{self.name}, {where}" if where else self.name


@dataclass(frozen=True)
class Piece:
    """Consecutive pages of one document, read by one map call."""

    span: Span
    text: str
    tokens: int
    page_count: int | None  # of the whole document (PDFs)


def plan_pieces(
    path: str,
    pages: Sequence[Page],
    count_tokens: Callable[[str], int],
    budget: int,
    page_count: int | None = None,
) -> list[Piece]:
    """Group consecutive pages' text into pieces of at most `budget` tokens, in page order.

    A page longer than `budget` is cut at line breaks (or between words); each part names its
    page. Formats without pages (a text file is one page) name the part of the document instead.
    """
    separator = count_tokens("\n\n") or 1
    segments: list[tuple[int | None, str, int]] = []  # page number, text, tokens
    for page in pages:
        text = clean_text(page.text)
        if not text:
            continue
        for part in split_to_budget(text, count_tokens, budget):
            segments.append((page.number, part, count_tokens(part)))

    groups: list[list[tuple[int | None, str, int]]] = []
    current: list[tuple[int | None, str, int]] = []
    used = 0
    for segment in segments:
        cost = segment[2] + (separator if current else 0)
        if current and used + cost > budget:
            groups.append(current)
            current, used, cost = [], 0, segment[2]
        current.append(segment)
        used += cost
    if current:
        groups.append(current)

    pieces = []
    for part, group in enumerate(groups, start=1):
        numbers = [number for number, _, _ in group if number is not None]
        if numbers:
            span = Span(path, numbers[0], numbers[-1])
        else:
            span = Span(path, None, None, part, part, len(groups))
        text = "\n\n".join(text for _, text, _ in group)
        tokens = sum(tokens for _, _, tokens in group) + separator * (len(group) - 1)
        pieces.append(Piece(span, text, tokens, page_count))
    return pieces


def clean_text(text: str) -> str:
    """Spaces collapsed, lines trimmed, blank lines merged: layout costs tokens, not meaning."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    cleaned, blank = [], False
    for line in lines:
        if line:
            if blank and cleaned:
                cleaned.append("")
            cleaned.append(line)
            blank = False
        else:
            blank = True
    return "\n".join(cleaned)


def split_to_budget(text: str, count_tokens: Callable[[str], int], budget: int) -> list[str]:
    """`text` in consecutive parts of at most `budget` tokens, cut at lines, else at words."""
    if count_tokens(text) <= budget:
        return [text]
    newline = count_tokens("\n") or 1
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        tokens = count_tokens(line)
        if tokens > budget:  # one enormous line: cut it between words
            if current:
                parts.append("\n".join(current))
                current, used = [], 0
            parts += _split_words(line, count_tokens, budget)
            continue
        cost = tokens + (newline if current else 0)
        if current and used + cost > budget:
            parts.append("\n".join(current))
            current, used, cost = [], 0, tokens
        current.append(line)
        used += cost
    if current:
        parts.append("\n".join(current))
    return [part for part in parts if part.strip()]


def _split_words(line: str, count_tokens: Callable[[str], int], budget: int) -> list[str]:
    words = line.split(" ")
    parts, start = [], 0
    while start < len(words):
        # Grow by estimate, then step back until it fits; a single giant "word" is cut by chars.
        low, high = start + 1, len(words)
        while low < high:  # the longest run of words from `start` that fits
            middle = (low + high + 1) // 2
            if count_tokens(" ".join(words[start:middle])) <= budget:
                low = middle
            else:
                high = middle - 1
        chunk = " ".join(words[start:low])
        if count_tokens(chunk) > budget:  # one word longer than the budget
            size = max(1, len(chunk) * budget // max(1, count_tokens(chunk)))
            parts += [chunk[i : i + size] for i in range(0, len(chunk), size)]
        else:
            parts.append(chunk)
        start = low
    return parts
