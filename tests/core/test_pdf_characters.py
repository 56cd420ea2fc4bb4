"""A PDF's text layer without characters that show as missing-glyph boxes ("docu□ment").

A real PDF from Qt's QPdfWriter with soft hyphens: where a line breaks at one, PDFium hands back
U+0002 and joins the lines ("docu\\x02ment"). The other samples are what PDFium read from the
benchmark's TeX manuals (bench/.cache): hyphenation marks and ligatures of fonts without a
Unicode map.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core.ingest.cleanup import clean_characters
from desktop_app.core.ingest.preparation import prepare_file
from desktop_app.core.ingest.readers import read_document

SOFT_HYPHEN = "\u00ad"
WORDS = 120  # enough "docu-ment"s for several lines to break inside one


def raw_text(path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


@pytest.fixture
def hyphenated_pdf(make_pdf):
    text = " ".join(["Every"] + [f"docu{SOFT_HYPHEN}ment"] * WORDS)
    return make_pdf("hyphenated.pdf", [text, f"A short docu{SOFT_HYPHEN}ment page."])


def test_a_word_hyphenated_at_a_line_end_is_joined(hyphenated_pdf):
    assert "\x02" in raw_text(hyphenated_pdf)  # what PDFium gives: the box of the issue
    pages = list(read_document(hyphenated_pdf).pages)
    first = pages[0].text
    assert first.split() == ["Every"] + ["document"] * WORDS
    assert pages[1].text.strip() == "A short document page."
    for page in pages:
        assert not any(char in page.text for char in "\x02\u00ad\ufffe")


def test_the_indexed_passages_carry_the_joined_words(hyphenated_pdf):
    options = services.chunking_options(Settings(), services.make_embedder(Settings()))
    prepared = prepare_file(str(hyphenated_pdf), options)
    text = " ".join(chunk.text for chunk in prepared.chunks)
    assert text.count("document") == WORDS + 1
    assert "docu" not in text.replace("document", "")
    assert not any(ord(char) < 32 and char not in "\t\n" for char in text)


@pytest.mark.parametrize(
    ("read", "clean"),
    [
        ("the avail\x02able BibTEX styles", "the available BibTEX styles"),
        ("a German docu\x02\nment and", "a German document and"),  # mark before the break
        (f"soft{SOFT_HYPHEN}ly", "softly"),
        ("hy\ufffe phen", "hyphen"),
        ("the last word of a page is hyphen\x02", "the last word of a page is hyphen"),
        ("This \x0cle de\x0cnes the", "This file defines the"),  # TeX's fi ligature
        ("e\x0bect, o\x0ece, ba\x0fe", "effect, office, baffle"),
        ("Fn =\n\x12Yn\nj=1\n\x13", "Fn =\nYn\nj=1\n"),  # a math font's delimiters: dropped
        ("in \x0fTEX based", "in TEX based"),  # not before a lowercase letter: no ligature
        ("tabs\tand\nlines stay", "tabs\tand\nlines stay"),
    ],
)
def test_marks_and_ligatures_of_pdf_text(read, clean):
    assert clean_characters(read) == clean
