"""Headings of plain-text markup: Markdown (ATX and setext) and reStructuredText section titles.

The text itself stays as written; only where each section starts is found. This is a line-based
reading, not a full parser: it knows the constructs that look like headings but are not (code
fences, front matter, list items, thematic breaks, transitions), which is what matters for
sections.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop_app.core.ingest.document import Heading

# -- Markdown (CommonMark) ----------------------------------------------------------------------

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*")
_THEMATIC_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
# Blocks that are not paragraphs, so a "---" under them is a thematic break, not an underline.
_OTHER_BLOCK = re.compile(r" {0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|<)")
_INDENTED_CODE = re.compile(r"(?: {4}|\t)")
_FRONT_MATTER_END = ("---", "...")


def markdown_headings(text: str) -> tuple[Heading, ...]:
    """ATX headings ("## Title") and setext ones (a paragraph underlined with === or ---)."""
    headings: list[Heading] = []
    fence = None  # the opening fence ("```", "~~~~") while inside fenced code
    block = None  # "paragraph", "other" (list, quote, HTML) or "code" (indented), until a blank
    paragraph: list[str] = []
    paragraph_start = 0
    for offset, line in _skip_front_matter(_lines(text)):
        if fence is not None:
            closing = _FENCE.fullmatch(line.rstrip())
            if closing and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence):
                fence = None
            continue
        if not line.strip():
            block = None
        elif opening := _FENCE.match(line):
            fence, block = opening.group(1), None
        elif atx := _ATX.fullmatch(line):
            if title := (atx.group(2) or "").strip():
                headings.append(Heading(offset, len(atx.group(1)), title))
            block = None
        elif block == "paragraph":
            if underline := _SETEXT.fullmatch(line):
                level = 1 if underline.group(1)[0] == "=" else 2
                title = " ".join(" ".join(paragraph).split())
                headings.append(Heading(paragraph_start, level, title))
                block = None
            elif _THEMATIC_BREAK.fullmatch(line):
                block = None
            elif _OTHER_BLOCK.match(line):
                block = "other"  # a list or quote can interrupt a paragraph
            else:
                paragraph.append(line)
        elif block == "other" or (block == "code" and _INDENTED_CODE.match(line)):
            if _THEMATIC_BREAK.fullmatch(line):
                block = None  # "- item" then "---": a rule, not an underline
        elif _THEMATIC_BREAK.fullmatch(line):
            block = None
        elif _OTHER_BLOCK.match(line):
            block = "other"
        elif _INDENTED_CODE.match(line):
            block = "code"
        else:
            block, paragraph, paragraph_start = "paragraph", [line], offset
    return tuple(headings)


def _skip_front_matter(lines: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The lines after a YAML front matter block ("---" ... "---"), if the text starts with one."""
    if lines and lines[0][1].rstrip() == "---":
        for index, (_offset, line) in enumerate(lines[1:], 1):
            if line.rstrip() in _FRONT_MATTER_END:
                return iter(lines[index + 1 :])
    return iter(lines)


# -- reStructuredText ---------------------------------------------------------------------------

# A line of one punctuation character repeated: a section title's underline or overline.
_ADORNMENT = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])\1+[ \t]*""")


def rst_headings(text: str) -> tuple[Heading, ...]:
    """Section titles, underlined or over- and underlined; levels in order of first appearance."""
    lines = _lines(text)
    styles: list[tuple[str, bool]] = []  # (adornment character, with overline), by level
    headings: list[Heading] = []
    index = 0
    while index < len(lines):
        title, style, used = _rst_title(lines, index)
        if title is None:
            index += 1
            continue
        if style not in styles:
            styles.append(style)
        headings.append(Heading(lines[index][0], styles.index(style) + 1, title))
        index += used
    return tuple(headings)


def _rst_title(lines: list[tuple[int, str]], index: int):
    """(title, style, lines used) if a section title starts at `index`, else (None, None, 0)."""
    after_blank = index == 0 or not lines[index - 1][1].strip()
    line = lines[index][1].rstrip()
    following = [text.rstrip() for _offset, text in lines[index + 1 : index + 3]]
    if not after_blank or not line:
        return None, None, 0
    over = _ADORNMENT.fullmatch(line)
    if over and len(following) == 2 and following[1] == line:
        title = following[0].strip()
        if title and not _ADORNMENT.fullmatch(following[0].strip()) and len(line) >= len(title):
            return " ".join(title.split()), (over.group(1), True), 3
    if over or line[0].isspace() or not following:
        return None, None, 0
    under = _ADORNMENT.fullmatch(following[0])
    if under and len(following[0]) >= len(line):
        return " ".join(line.split()), (under.group(1), False), 2
    return None, None, 0


# -- both ---------------------------------------------------------------------------------------


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line with the offset where it starts, line endings removed."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, line.splitlines()[0]))  # any line ending, not just \n
        offset += len(line)
    return lines


_DETECTORS: dict[str, Callable[[str], tuple[Heading, ...]]] = {
    ".md": markdown_headings,
    ".markdown": markdown_headings,
    ".rst": rst_headings,
}


def text_headings(suffix: str, text: str) -> tuple[Heading, ...]:
    """The headings of a text file with this suffix (lower case); () for formats without them."""
    detect = _DETECTORS.get(suffix)
    return detect(text) if detect else ()
