"""Cut page text into chunks that fit the embedder, with overlap, keeping character offsets.

all-MiniLM-L6-v2 reads 256 tokens and silently drops the rest, so chunk sizes are measured in
the embedder's own tokens (not characters or words). A chunk ends, in order of preference, at a
paragraph break, a sentence end, or a word boundary inside the second half of its window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[int, int]  # [start, end) character offsets of one token in the page text

_SENTENCE_END = ".!?:;"


@dataclass(frozen=True)
class Chunk:
    page: int | None
    start: int  # character offsets into the page text
    end: int
    text: str


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
