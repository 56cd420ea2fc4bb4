"""Chunks fit the embedder's token limit, overlap, keep offsets, and start at word boundaries."""

from __future__ import annotations

import re

import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core.ingest.chunking import chunk_spans


@pytest.fixture(scope="module")
def tokenizer_only_embedder():
    """The bundled embedder without its weights: chunking needs only the tokenizer."""
    return services.make_embedder(Settings())


def whitespace_tokens(text):
    return [match.span() for match in re.finditer(r"\S+", text)]


def test_short_text_is_one_chunk():
    text = "Just a few words here."
    assert chunk_spans(text, whitespace_tokens(text), 50, 10) == [(0, len(text))]


def test_chunks_respect_the_limit_and_overlap():
    text = " ".join(f"word{i}." if i % 7 == 6 else f"word{i}" for i in range(200))
    spans = chunk_spans(text, whitespace_tokens(text), max_tokens=40, overlap_tokens=8)
    assert len(spans) > 4
    for start, end in spans:
        assert len(text[start:end].split()) <= 40
    for (_, previous_end), (next_start, _) in zip(spans, spans[1:], strict=False):
        assert next_start < previous_end  # consecutive chunks overlap
    assert spans[0][0] == 0 and spans[-1][1] == len(text)  # the whole text is covered


def test_chunks_prefer_paragraph_breaks():
    first = " ".join(["alpha"] * 30)
    second = " ".join(["bravo"] * 30)
    text = f"{first}\n\n{second}"
    spans = chunk_spans(text, whitespace_tokens(text), max_tokens=45, overlap_tokens=0)
    assert text[spans[0][0] : spans[0][1]] == first


def test_real_tokenizer_chunks_fit_what_minilm_reads(tokenizer_only_embedder):
    embedder = tokenizer_only_embedder
    limit = embedder.max_text_tokens
    assert limit == 254  # all-MiniLM-L6-v2 reads 256 tokens including [CLS] and [SEP]
    sentence = "Lokal indexes your documents locally and answers questions with citations. "
    text = sentence * 120 + "Supercalifragilisticexpialidocious antidisestablishmentarianism. " * 30
    spans = chunk_spans(text, embedder.token_spans(text), limit, 32)
    assert len(spans) >= 5
    for start, end in spans:
        chunk = text[start:end]
        assert embedder.count_tokens(chunk) <= limit
        assert start == 0 or text[start - 1].isspace()  # never starts mid-word
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())
