"""Cut page text into chunks that fit the embedder, with overlap, keeping character offsets.

all-MiniLM-L6-v2 reads 256 tokens and silently drops the rest, so chunk sizes are measured in
the embedder's own tokens (not characters or words). A chunk ends, in order of preference, at a
paragraph break, a sentence end, or a word boundary inside the second half of its window.

Structure first: a page is cut into sections at its headings, and chunks never straddle two
sections (a section too small to stand alone joins the next). Each chunk carries its heading
path ("3 Functions > 3.2 Arguments"), which is embedded and keyword-indexed with it: a passage
that says "it returns a cell array" is found by the question about the function it describes.

Whole-document summaries cut text with their own splitter (core.summarize.pieces), not this one:
chunks are windows over the embedder's token offsets (a fast tokenizer gives them), overlap, and
must come out the same for what is already indexed; summary pieces are measured by the chat
model, whose engine only counts tokens (llama.cpp gives no offsets), and must not overlap, or
map-reduce would read each fact twice. Different measures, different rules: nothing to share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[int, int]  # [start, end) character offsets of one token in the page text

_SENTENCE_END = ".!?:;"


# A section smaller than this share of the window is merged into the next one.
_SMALL_SECTION = 8
# Heading paths longer than this many tokens are cut (from the front: the nearest heading stays).
MAX_HEADING_TOKENS = 40
HEADING_SEPARATOR = " > "


@dataclass(frozen=True)
class SectionChunk:
    start: int  # character offsets into the page text
    end: int
    heading: str  # the heading path in effect, "" when the page has none


def chunk_sections(
    text: str,
    token_spans: Sequence[Span],
    headings: Sequence,  # readers.Heading: offset, level, title (ascending offsets)
    context: Sequence[str],
    max_tokens: int,
    overlap_tokens: int,
    count_tokens,
) -> list[SectionChunk]:
    """Chunks of one page that follow its headings; see the module docstring."""
    sections = _sections(text, token_spans, headings, context)
    sections = _merge_small(sections, max(1, max_tokens // _SMALL_SECTION))
    chunks = []
    for first_token, last_token, path in sections:
        heading = _short_heading(path, count_tokens)
        # The heading is embedded with the text, so it takes its share of the window.
        room = max(max_tokens // 2, max_tokens - (count_tokens(heading) + 1 if heading else 0))
        section_spans = token_spans[first_token:last_token]
        for start, end in chunk_spans(text, section_spans, room, overlap_tokens):
            chunks.append(SectionChunk(start, end, heading))
    return chunks


def _sections(text, token_spans, headings, context) -> list[tuple[int, int, tuple[str, ...]]]:
    """(first token, end token, heading path) of each section of the page."""
    # The context is the heading path in effect, from level 1 down: a heading on the page
    # replaces the entries at its level and below (a new chapter does not nest in the last).
    stack: list[tuple[int, str]] = list(enumerate(context, start=1))  # (level, title)
    boundaries: list[tuple[int, tuple[str, ...]]] = [(0, tuple(t for _, t in stack))]
    for heading in headings:
        while stack and stack[-1][0] >= heading.level:
            stack.pop()
        stack.append((heading.level, heading.title))
        path = tuple(title for _, title in stack)
        if heading.offset <= 0 or heading.offset <= boundaries[-1][0]:
            boundaries[-1] = (boundaries[-1][0], path)  # starts where the last one did
        else:
            boundaries.append((heading.offset, path))
    sections = []
    token = 0
    for number, (_, path) in enumerate(boundaries):
        limit = boundaries[number + 1][0] if number + 1 < len(boundaries) else len(text) + 1
        first = token
        while token < len(token_spans) and token_spans[token][0] < limit:
            token += 1
        if token > first:
            sections.append((first, token, path))
    return sections


def _merge_small(sections, minimum: int):
    """Join each section shorter than `minimum` tokens to the one after it (the last stays)."""
    merged = []
    carried_first = None  # first token of small sections waiting to join the next
    for number, (first, last, path) in enumerate(sections):
        if carried_first is not None:
            first, carried_first = carried_first, None
        if last - first < minimum and number + 1 < len(sections):
            carried_first = first
            continue
        merged.append((first, last, path))
    return merged


def _short_heading(path: tuple[str, ...], count_tokens) -> str:
    titles = [title for title in path if title.strip()]
    while titles:
        heading = HEADING_SEPARATOR.join(titles)
        if len(titles) == 1 or count_tokens(heading) <= MAX_HEADING_TOKENS:
            return heading if count_tokens(heading) <= MAX_HEADING_TOKENS else heading[:120]
        titles.pop(0)
    return ""


def chunk_spans(
    text: str, token_spans: Sequence[Span], max_tokens: int, overlap_tokens: int
) -> list[Span]:
    """Character spans of the chunks of `text`, given the tokenizer's spans for it."""
    if max_tokens < 1:
        raise ValueError("max_tokens must be positive")
    overlap_tokens = min(overlap_tokens, max_tokens // 2)
    count = len(token_spans)
    spans: list[Span] = []
    start = 0
    while start < count:
        end = min(start + max_tokens, count)  # exclusive token index
        if end < count:
            end = _best_break(text, token_spans, start, end)
        spans.append((token_spans[start][0], token_spans[end - 1][1]))
        if end >= count:
            break
        start = _next_word_start(text, token_spans, max(end - overlap_tokens, start + 1), end)
    return spans


def _gap(text: str, token_spans: Sequence[Span], index: int) -> str:
    """The characters between token `index - 1` and token `index`."""
    return text[token_spans[index - 1][1] : token_spans[index][0]]


def _best_break(text: str, token_spans: Sequence[Span], start: int, end: int) -> int:
    """The best exclusive end in (start + half window, end]: paragraph > sentence > word."""
    lowest = start + max(1, (end - start) // 2)
    sentence_end = word_end = None
    for candidate in range(end, lowest, -1):
        gap = _gap(text, token_spans, candidate)
        if "\n\n" in gap or "\n\r\n" in gap:
            return candidate
        previous_token = text[token_spans[candidate - 1][0] : token_spans[candidate - 1][1]]
        if sentence_end is None and gap and ("\n" in gap or previous_token[-1:] in _SENTENCE_END):
            sentence_end = candidate
        if word_end is None and gap:
            word_end = candidate
    return sentence_end or word_end or end


def _next_word_start(text: str, token_spans: Sequence[Span], index: int, limit: int) -> int:
    """Move `index` forward to a token that begins a word, so chunks never start mid-word."""
    while index < limit and not _gap(text, token_spans, index):
        index += 1
    return index
