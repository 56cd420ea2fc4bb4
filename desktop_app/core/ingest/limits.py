"""The most work one file may cost: text, passages and unpacked size, each with its reason.

A hostile or broken file must fail alone, in seconds and with little memory, and say why; a
real document, however large, must stay well inside every bound. The probe of issue 15 saw a
438 KB workbook, a 2 MB OpenDocument zip bomb and a sparse 1 GB text file each take past 12 GB,
and a 50 MB one-line text file make 93,053 passages in over 300 s at 7.2 GB.

Each bound is a DocumentError with its own code and the limit in words ("20 million
characters"), so the user knows what to do (split the file) and that the rest went on.
"""

from __future__ import annotations

from desktop_app.core.errors import DocumentError

# Text read from one document, all pages together. A 2,000-page manual holds about 6 million
# characters; 20 million is three times that, and a string this long costs at most 80 MB
# (Python stores it in 1 to 4 bytes a character) while chunking works through it in slices.
MAX_TEXT_CHARS = 20_000_000
MAX_TEXT_WORDED = "20 million characters"

# A plain-text file (also CSV and HTML) larger than this on disk is refused before it is read:
# 20 million characters take at most 80 MB in UTF-8, and a sparse 1 GB file must not be read
# to find out that it holds only zeros.
MAX_TEXT_FILE_BYTES = 4 * MAX_TEXT_CHARS
MAX_TEXT_FILE_WORDED = "80 MB"

# Passages (chunks) of one document. 19 million characters of prose made 19,774 passages of
# 192 tokens (prepared in 60 s at 312 MB, measured); 50,000 leaves room for dense text (tables,
# code, numbers) but stops text made of symbols, a token a character, from costing hours of
# embedding and gigabytes of token offsets.
MAX_PASSAGES = 50_000
MAX_PASSAGES_WORDED = "50,000"

# ZIP-based documents (Word, Excel, PowerPoint, OpenDocument, EPUB), checked from the ZIP's
# directory before anything is unpacked. python-docx, python-pptx and odfpy hold every part of
# the package in memory, so the total bounds what a document may cost; real documents are far
# below it (their pictures are stored already compressed, about their size on disk).
MAX_UNPACKED_BYTES = 500 << 20
MAX_UNPACKED_WORDED = "500 MB"
# One XML part (a document body, a sheet's shared strings, a chapter) is parsed whole into a
# tree or string; a 2,000-page manual's document.xml is 20 to 60 MB. A 438 KB workbook whose
# shared string unpacks to 450 MB stays under the total, so parts have their own bound.
# Python's zipfile never unpacks more than an entry's declared size (it stops there and the
# CRC check fails), so a directory that lies about the sizes gains nothing.
MAX_XML_PART_BYTES = 100 << 20
MAX_XML_PART_WORDED = "100 MB in one part"
XML_PART_SUFFIXES = (".xml", ".rels", ".xhtml", ".html", ".htm", ".opf", ".ncx")

# Entity expansion ("billion laughs") needs no bound of its own: expat >= 2.4 (ElementTree for
# EPUB, odfpy's SAX parser) refuses it, python-docx and python-pptx parse with
# resolve_entities=False, and openpyxl reads through defusedxml (installed with odfpy), which
# forbids entities; tests/reliability/test_hostile_documents.py tries each reader on one.


def text_too_large(limit: str = MAX_TEXT_WORDED) -> DocumentError:
    return DocumentError("text_too_large", limit=limit)


def too_many_passages() -> DocumentError:
    return DocumentError("too_many_passages", limit=MAX_PASSAGES_WORDED)


def unpacks_too_large(kind: str, limit: str = MAX_UNPACKED_WORDED) -> DocumentError:
    return DocumentError("unpacks_too_large", kind=kind, limit=limit)


class TextBudget:
    """Counts the characters a reader builds and stops it, early, at the text limit.

    Readers whose output can outgrow their file (a CSV row repeats its header; a shared string
    is repeated by every cell that uses it) spend as they go, so the limit is hit before the
    text is held in memory, not after.
    """

    def __init__(self, limit: int = MAX_TEXT_CHARS) -> None:
        self.left = limit

    def spend(self, characters: int) -> None:
        self.left -= characters
        if self.left < 0:
            raise text_too_large()


def check_text_file_size(size: int) -> None:
    """Refuse a text file before reading it when it is too large to hold the text allowed."""
    if size > MAX_TEXT_FILE_BYTES:
        raise text_too_large(MAX_TEXT_FILE_WORDED)
