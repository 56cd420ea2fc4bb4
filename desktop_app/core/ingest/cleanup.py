"""Leave out what is not worth embedding: repeated page headers and footers, contents and index;
and clean the characters of a PDF's text layer that no font can show.

Embedding is the slow part of indexing (see pipeline.py), so every chunk of boilerplate costs
time and, worse, crowds real passages out of search results: a running header such as
"Chapter 2: Getting Started 25" matches any question about getting started.

- Margins: the first or last line of a page that starts or ends with a page number and recurs,
  digits aside, in the same place on at least three pages is a running header or footer, and
  is removed from them all.
- Listings: a page whose lines mostly end in a page number (a table of contents with dot
  leaders, a back-of-book index "cellfun, 123, 456") is skipped whole and reported.
Headings keep pointing at the same words: their offsets are moved with the text.

Characters (`clean_characters`, applied by the PDF reader to each page's text, so the index,
summaries and the viewer all get the same words):
- Hyphenation: PDFium marks a word hyphenated at a line end with U+0002 and joins the two lines
  ("docu\x02ment"), which showed as a missing-glyph box ("docu□ment"); other producers leave a
  soft hyphen (U+00AD) or U+FFFE, sometimes before the line break. The word is joined.
- TeX's ligatures in fonts without a Unicode map come out as control characters ("\x0cle" for
  "file"): 0x0B ff, 0x0C fi, 0x0E ffi, 0x0F ffl, when a lowercase letter follows. (0x0D, fl,
  is a line end by then and cannot be told apart.)
- Any other control character (math delimiters of such fonts, mostly) is dropped: it is a box.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from desktop_app.core.ingest.document import Page

_MARGIN_LINES = 1
_MIN_REPEATS = 3
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
# "2.6 Executable Octave Programs . . . . . 37", "cellfun, 123, 456", "\newcommand 12, 45–47"
_ENDS_IN_PAGE_NUMBER = re.compile(
    r"(\.\s*){2,}\s*\d{1,4}\s*$|[\s,]\d{1,4}([–-]\d{1,4})?(,\s*\d{1,4}([–-]\d{1,4})?)*\s*$"
)
_EDGE_NUMBER = re.compile(r"^(?P<first>\d{1,4})\s|\s(?P<last>\d{1,4})$")
_LISTING_SHARE = 0.6
_LISTING_MIN_LINES = 8

# A hyphenation mark between two parts of a word, with the line break after it if any.
_HYPHENATION = re.compile(r"(?<=\w)[\x02\u00ad\ufffe][ \t]*\n?[ \t]*(?=\w)")
_STRAY_HYPHENATION = re.compile(r"[\x02\u00ad\ufffe]")
_LIGATURES = {"\x0b": "ff", "\x0c": "fi", "\x0e": "ffi", "\x0f": "ffl"}
_LIGATURE = re.compile(r"[\x0b\x0c\x0e\x0f](?=[a-zß-öø-ÿ])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # all but tab and line feed


def clean_characters(text: str) -> str:
    """A PDF page's text without the characters that show as missing-glyph boxes: hyphenated
    words joined, TeX ligatures spelt out, other control characters dropped."""
    text = _HYPHENATION.sub("", text)
    text = _STRAY_HYPHENATION.sub("", text)
    text = _LIGATURE.sub(lambda match: _LIGATURES[match.group()], text)
    return _CONTROL.sub("", text)


def clean_pages(pages: Sequence[Page]) -> tuple[list[Page], list[int]]:
    """The pages without running headers and footers, and the numbers of listing pages skipped.

    Skipped pages are left out of the returned list.
    """
    repeated = _repeated_margin_lines(pages)
    kept, listings = [], []
    for page in pages:
        if _is_listing(page.text):
            listings.append(page.number)
            continue
        kept.append(_without_margin_lines(page, repeated) if repeated else page)
    return kept, [number for number in listings if number is not None]


def _normal(line: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("#", line)).strip().lower()


def _margin_lines(text: str) -> list[tuple[int, str]]:
    """(position, line) for the first and last lines: 0, 1 from the top, -1, -2 from the bottom."""
    lines = [line for line in text.splitlines() if line.strip()]
    top = list(enumerate(lines[:_MARGIN_LINES]))
    bottom = [(-1 - index, line) for index, line in enumerate(reversed(lines[-_MARGIN_LINES:]))]
    return top + bottom[: max(0, len(lines) - len(top))]


def _repeated_margin_lines(pages: Sequence[Page]) -> set[tuple[int, str]]:
    """(position, normalised line) pairs that recur at the same place on several pages.

    The same place matters: a line of code that happens to open three pages is not a header;
    a header is on the first line (or a footer on the last) page after page. It must carry a
    word of three letters and a page number at one end that follows the page's own number
    (printed number minus page index is the same on most of them). On the benchmark manuals,
    looser rules took "endfunction", "For example:" and numbered code lines for headers.
    """
    if len(pages) < 2 * _MIN_REPEATS:
        return set()
    shifts: dict[tuple[int, str], Counter[int]] = {}
    for page in pages:
        if page.number is None:
            continue
        for position, line in _margin_lines(page.text):
            key = (position, _normal(line))
            edge_number = _EDGE_NUMBER.search(line.strip())
            if edge_number and re.search(r"[^\W\d_]{3}", key[1]):
                printed = int(edge_number.group("first") or edge_number.group("last"))
                shifts.setdefault(key, Counter())[printed - page.number] += 1
    repeated = set()
    for key, counter in shifts.items():
        total = sum(counter.values())
        if total >= _MIN_REPEATS and counter.most_common(1)[0][1] * 2 >= total:
            repeated.add(key)
    return repeated


def _without_margin_lines(page: Page, repeated: set[tuple[int, str]]) -> Page:
    margin = {
        line for position, line in _margin_lines(page.text) if (position, _normal(line)) in repeated
    }
    if not margin:
        return page
    pieces, removed_before = [], []  # removed_before: (offset in old text, chars removed so far)
    removed = 0
    position = 0
    for line in page.text.splitlines(keepends=True):
        if line.strip() and line.rstrip("\r\n") in margin:
            removed += len(line)
            removed_before.append((position + len(line), removed))
        else:
            pieces.append(line)
        position += len(line)
    if not removed:
        return page

    def moved(offset: int) -> int:
        shift = 0
        for end, total in removed_before:
            if end <= offset:
                shift = total
        return max(0, offset - shift)

    headings = tuple(replace(heading, offset=moved(heading.offset)) for heading in page.headings)
    return replace(page, text="".join(pieces), headings=headings)


def _is_listing(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < _LISTING_MIN_LINES:
        return False
    numbered = sum(1 for line in lines if _ENDS_IN_PAGE_NUMBER.search(line))
    return numbered >= _LISTING_SHARE * len(lines)
