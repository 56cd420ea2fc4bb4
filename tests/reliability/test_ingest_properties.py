"""Properties of the readers and the chunker, over inputs hypothesis makes up.

- Any bytes under any supported suffix, and any damage to a real document of each format (bytes
  flipped, cut short), give pages or a DocumentError, never another exception, in bounded time.
- The chunker's spans come in order, cover every token, hold at most max_tokens tokens each,
  and without overlap join back into the text; a page cut in slices (a huge page) keeps those
  properties and the offsets of its chunks.
"""

from __future__ import annotations

import tempfile
import time
from functools import cache, lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest import preparation
from desktop_app.core.ingest.chunking import chunk_sections, chunk_spans
from desktop_app.core.ingest.document import Heading
from desktop_app.core.ingest.readers import SUPPORTED_SUFFIXES, read_document

# Per example: small inputs, so anything near this is a reader that loops or explodes.
MAX_SECONDS_PER_EXAMPLE = 10
FUZZ = settings(
    deadline=None,
    max_examples=200,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@lru_cache(maxsize=1)
def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="lokal-properties-"))


def read_all(path: Path) -> None:
    """Read the document through, as indexing does; only a DocumentError may come out."""
    started = time.monotonic()
    try:
        result = read_document(path)
        for page in result.pages:  # PDFs are read lazily
            assert isinstance(page.text, str)
    except DocumentError as error:
        assert error.message  # a sentence for the user
    assert time.monotonic() - started < MAX_SECONDS_PER_EXAMPLE


@FUZZ
@given(suffix=st.sampled_from(SUPPORTED_SUFFIXES), data=st.binary(max_size=4096))
def test_any_bytes_under_any_suffix_give_pages_or_a_document_error(suffix, data):
    path = scratch() / f"fuzz{suffix}"
    path.write_bytes(data)
    read_all(path)


# -- damaged real documents ---------------------------------------------------------------------


@cache
def real_document(suffix: str) -> bytes:
    """A small valid document of each binary format, as its own library writes it."""
    from tests.reliability import test_hostile_documents as made

    if suffix == ".pdf":
        from PySide6.QtWidgets import QApplication

        QApplication.instance() or QApplication([])
        return made.good_pdf(scratch())
    if suffix == ".epub":
        path = made.write_zip(scratch() / "source.epub", made.epub_entries({"c": "chapter.xhtml"}))
        return path.read_bytes()
    return {
        ".docx": made.docx_bytes,
        ".xlsx": made.xlsx_bytes,
        ".pptx": made.pptx_bytes,
        ".odt": made.odt_bytes,
    }[suffix]()


@st.composite
def damaged(draw, suffix: str) -> bytes:
    data = bytearray(real_document(suffix))
    for _ in range(draw(st.integers(0, 8))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@FUZZ
@given(data=st.data(), suffix=st.sampled_from([".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".epub"]))
def test_damaged_documents_give_pages_or_a_document_error(qapp, data, suffix):
    path = scratch() / f"damaged{suffix}"
    path.write_bytes(data.draw(damaged(suffix)))
    read_all(path)


# -- the chunker ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tokenizer():
    from tokenizers import Tokenizer

    options = services.chunking_options(Settings(), services.make_embedder(Settings()))
    loaded = Tokenizer.from_file(options.tokenizer_file)
    loaded.no_truncation()
    loaded.no_padding()
    return loaded


def spans_of(tokenizer, text: str) -> list[tuple[int, int]]:
    encoding = tokenizer.encode(text, add_special_tokens=False)
    return [span for span in encoding.offsets if span[1] > span[0]]


WORDS = st.sampled_from(
    ["the", "ferry", "Ærø", "sejler", "3.14", "—", "naïve", "co-op", "!!", "x" * 40, "über", "城市"]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", ". ", ", ", "\t"])
TEXT = st.lists(st.tuples(WORDS, SEPARATORS), min_size=0, max_size=400).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


def tokens_inside(spans, start: int, end: int) -> int:
    return sum(1 for first, last in spans if first >= start and last <= end)


@settings(
    deadline=None, max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXT, max_tokens=st.integers(1, 64), overlap=st.integers(0, 16))
def test_chunks_cover_the_text_in_order_within_the_token_limit(
    tokenizer, text, max_tokens, overlap
):
    spans = spans_of(tokenizer, text)
    chunks = chunk_spans(text, spans, max_tokens, overlap)
    if not spans:
        assert chunks == []
        return
    starts = [start for start, _ in chunks]
    assert starts == sorted(set(starts))  # in order, never the same start twice
    assert all(tokens_inside(spans, start, end) <= max_tokens for start, end in chunks)
    for first, last in spans:  # every token is in a chunk
        assert any(start <= first and last <= end for start, end in chunks)
    assert chunks[0][0] == spans[0][0] and chunks[-1][1] == spans[-1][1]
    if overlap == 0:
        # No overlap: the pieces, with what lies between them, join back into the text.
        joined = text[chunks[0][0] : chunks[0][1]]
        for (_, previous_end), (start, end) in zip(chunks, chunks[1:], strict=False):
            assert start >= previous_end
            joined += text[previous_end:start] + text[start:end]
        assert joined == text[spans[0][0] : spans[-1][1]]


@st.composite
def page_with_headings(draw):
    text = draw(TEXT)
    offsets = sorted(set(draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=6))))
    headings = tuple(
        Heading(offset=offset, level=draw(st.integers(2, 4)), title=f"Section {number}")
        for number, offset in enumerate(offsets)
    )
    return text, headings


@settings(
    deadline=None, max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(page=page_with_headings(), max_tokens=st.integers(4, 48))
def test_section_chunks_stay_within_the_limit_and_in_order(tokenizer, page, max_tokens):
    text, headings = page
    spans = spans_of(tokenizer, text)
    count = lambda piece: len(tokenizer.encode(piece, add_special_tokens=False).ids)  # noqa: E731
    chunks = chunk_sections(text, spans, headings, ("Book",), max_tokens, 0, count)
    assert [chunk.start for chunk in chunks] == sorted(chunk.start for chunk in chunks)
    for chunk in chunks:
        assert tokens_inside(spans, chunk.start, chunk.end) <= max_tokens
        assert chunk.heading.startswith("Book")  # headings of level 2 and below nest in it
    for first, last in spans:
        assert any(chunk.start <= first and last <= chunk.end for chunk in chunks)


@settings(
    deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXT.filter(lambda text: text.strip()), slice_chars=st.integers(100, 400))
def test_a_page_cut_in_slices_keeps_its_offsets_order_and_limits(tokenizer, text, slice_chars):
    options = services.chunking_options(Settings(), services.make_embedder(Settings()))
    path = scratch() / "sliced.md"
    path.write_text("# Title\n\n" + text, encoding="utf-8")
    page_text = read_document(path).pages.__next__().text
    original = preparation.SLICE_CHARS
    preparation.SLICE_CHARS = slice_chars
    try:
        prepared = preparation.prepare_file(str(path), options)
    except DocumentError as error:
        assert error.code == "empty_file"
        return
    finally:
        preparation.SLICE_CHARS = original
    spans = spans_of(tokenizer, page_text)
    assert [chunk.number for chunk in prepared.chunks] == list(range(len(prepared.chunks)))
    assert [chunk.start for chunk in prepared.chunks] == sorted(c.start for c in prepared.chunks)
    for chunk in prepared.chunks:
        assert chunk.text == page_text[chunk.start : chunk.end]
        assert tokens_inside(spans, chunk.start, chunk.end) <= options.max_tokens
        assert chunk.heading.startswith("Title")  # the heading path crosses slices
    covered = [(chunk.start, chunk.end) for chunk in prepared.chunks]
    for first, last in spans:
        assert any(start <= first and last <= end for start, end in covered)
