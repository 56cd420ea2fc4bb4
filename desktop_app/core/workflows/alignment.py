"""Two versions of a document, cut into sections and aligned: what the compare workflow reads.

No model: code decides what changed, so the comparison never claims a change that is not in the
text. A document is cut at its headings when both versions have headings (Markdown, DOCX
heading styles, a PDF's outline), else into paragraphs: at blank lines, or, where a format has
none (DOCX, QPdfWriter's PDFs), at line breaks, a line that starts in lower case joined to the
one before (a PDF wraps a sentence over lines). Sections are aligned with difflib over their
keys (a heading's title, a paragraph's text); in a run that differs, sections are paired in
order and what is left over was added or removed. Within a changed pair, the sentences removed
and added are found by difflib again.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.core.application.evidence import readable, split_sentences
from desktop_app.core.ingest.document import Page
from desktop_app.core.workflows.documents import DocumentText

CHANGED, ADDED, REMOVED = "changed", "added", "removed"

# Two sections under different headings in the same place are one section renamed when at
# least this share of their words is the same (difflib's ratio).
SIMILAR_SHARE = 0.5
# A paragraph's title is its opening words, at most this many.
_TITLE_WORDS = 8
# Where a heading is looked for before its recorded offset: the page's text went through the
# character clean-up (hyphenated words joined), which can move it back a little.
_HEADING_SLACK = 200
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True)
class Section:
    title: str
    text: str  # its body: for a heading's section, the text below the heading line
    first_page: int | None
    last_page: int | None

    @property
    def key(self) -> str:
        return normalised(self.text)


@dataclass(frozen=True)
class Change:
    kind: str  # CHANGED, ADDED or REMOVED
    old: Section | None  # None when added
    new: Section | None  # None when removed
    removed: tuple[str, ...]  # sentences of the old version that are not in the new one
    added: tuple[str, ...]  # sentences of the new version that were not in the old one

    @property
    def title(self) -> str:
        return (self.new or self.old).title


def normalised(text: str) -> str:
    """Text compared as read: white space (and line wrapping) set aside."""
    return " ".join(text.split())


def by_headings(old: DocumentText, new: DocumentText) -> bool:
    """Both versions have headings: sections follow them."""
    return _has_headings(old) and _has_headings(new)


def sections_of(document: DocumentText, headings: bool) -> list[Section]:
    return _heading_sections(document) if headings else _paragraphs(document)


def changes(old: DocumentText, new: DocumentText) -> tuple[list[Change], int]:
    """The sections that changed, were added or removed, in document order; and how many
    sections were compared (aligned pairs plus the added and removed)."""
    headings = by_headings(old, new)
    old_sections, new_sections = sections_of(old, headings), sections_of(new, headings)
    if headings:  # a heading renamed over the same text is the same section
        pairs = align(old_sections, new_sections, heading_key, similar_text)
    else:  # any edit changes a paragraph's key: in its place, it is that paragraph changed
        pairs = align(old_sections, new_sections, Section.key.fget)
    found = []
    for before, after in pairs:
        if before is not None and after is not None and before.key == after.key:
            if normalised(before.title) == normalised(after.title):
                continue  # unchanged: skipped
            # Only its heading was renamed: the old and new heading are what changed.
            found.append(Change(CHANGED, before, after, (before.title,), (after.title,)))
            continue
        removed, added = sentence_changes(before, after)
        if before is None:
            found.append(Change(ADDED, None, after, (), added))
        elif after is None:
            found.append(Change(REMOVED, before, None, removed, ()))
        else:
            found.append(Change(CHANGED, before, after, removed, added))
    return found, len(pairs)


def heading_key(section: Section) -> str:
    return normalised(section.title).casefold()


def similar_text(old: Section, new: Section) -> bool:
    """Most of the text is the same (difflib's ratio over words, at least SIMILAR_SHARE)."""
    matcher = difflib.SequenceMatcher(None, old.text.split(), new.text.split(), autojunk=False)
    return matcher.ratio() >= SIMILAR_SHARE


def align(
    old: Sequence[Section],
    new: Sequence[Section],
    key: Callable[[Section], str],
    pairable: Callable[[Section, Section], bool] | None = None,
) -> list[tuple]:
    """(old, new) pairs in document order; None on the side a section was added to or removed
    from. Sections whose keys match are paired; in a run of differing sections the first ones
    are paired in order (the same place in the document) when `pairable` says so (always,
    without it), the rest are added or removed."""
    matcher = difflib.SequenceMatcher(
        None, [key(section) for section in old], [key(section) for section in new], autojunk=False
    )
    pairs: list[tuple] = []
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        before, after = list(old[old_start:old_end]), list(new[new_start:new_end])
        if tag == "equal":
            pairs += zip(before, after, strict=True)
            continue
        common = min(len(before), len(after))
        for first, second in zip(before[:common], after[:common], strict=True):
            if pairable is None or pairable(first, second):
                pairs.append((first, second))
            else:
                pairs += [(first, None), (None, second)]
        pairs += [(section, None) for section in before[common:]]
        pairs += [(None, section) for section in after[common:]]
    return pairs


def sentence_changes(
    old: Section | None, new: Section | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentences only the old version has, and those only the new one has."""
    before = _sentences(old.text) if old is not None else []
    after = _sentences(new.text) if new is not None else []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    removed, added = [], []
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag != "equal":
            removed += before[old_start:old_end]
            added += after[new_start:new_end]
    if not removed and not added and old is not None and new is not None:
        # The sentences are the same but the text is not (a change in spacing between
        # sentences only shows here when normalised text differs): show the whole.
        removed, added = [normalised(old.text)], [normalised(new.text)]
    return tuple(removed), tuple(added)


def _sentences(text: str) -> list[str]:
    sentences = [readable(text[start:end]) for start, end in split_sentences(text)]
    return [sentence for sentence in sentences if sentence]


# -- cutting a document -------------------------------------------------------------------------


def _has_headings(document: DocumentText) -> bool:
    return any(page.headings for page in document.pages)


def _heading_sections(document: DocumentText) -> list[Section]:
    """One section per heading (its body below the heading line, up to the next heading, over
    pages), and the text before the first heading as a section of its own when there is any."""
    sections: list[Section] = []
    current = _Open("")
    for page in document.pages:
        start = 0
        for offset, title in _heading_cuts(page):
            current.add(page.text[start:offset], page.number)
            sections.append(current.section())
            current = _Open(title, page.number)
            line_end = page.text.find("\n", offset)
            start = len(page.text) if line_end == -1 else line_end + 1
        current.add(page.text[start:], page.number)
    sections.append(current.section())
    # Nothing before the first heading: no "Beginning" section.
    return [section for section in sections if section.title or section.text]


class _Open:
    """The section being gathered: its title, its text so far, the pages it spans."""

    def __init__(self, title: str, page: int | None = None) -> None:
        self.title, self.parts, self.first, self.last = title, [], page, page

    def add(self, text: str, page: int | None) -> None:
        if text.strip():
            self.parts.append(text.strip())
            self.first = page if self.first is None else self.first
            self.last = page

    def section(self) -> Section:
        text = "\n".join(self.parts)
        title = self.title or ("Beginning" if text else "")
        return Section(title, text, self.first, self.last)


def _heading_cuts(page: Page) -> list[tuple[int, str]]:
    """(offset of the heading's line, title) for each heading of the page, in order."""
    cuts = []
    floor = 0
    for heading in page.headings:
        where = page.text.find(heading.title, max(floor, heading.offset - _HEADING_SLACK))
        offset = min(max(floor, heading.offset), len(page.text)) if where == -1 else where
        offset = page.text.rfind("\n", 0, offset) + 1  # the start of its line
        offset = max(offset, floor)
        cuts.append((offset, heading.title))
        floor = offset + 1
    return cuts


def _paragraphs(document: DocumentText) -> list[Section]:
    blank_lines = any(_BLANK_LINE.search(page.text) for page in document.pages)
    sections = []
    for page in document.pages:
        blocks = _BLANK_LINE.split(page.text) if blank_lines else _joined_lines(page.text)
        for block in blocks:
            text = block.strip()
            if text:
                sections.append(Section(_opening(text), text, page.number, page.number))
    return sections


def _joined_lines(text: str) -> list[str]:
    """Lines as paragraphs, a line that starts in lower case joined to the one before."""
    paragraphs: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if paragraphs and stripped[0].islower():
            paragraphs[-1] += " " + stripped
        else:
            paragraphs.append(stripped)
    return paragraphs


def _opening(text: str) -> str:
    """A paragraph's opening words, as its title."""
    words = text.split()
    opening = " ".join(words[:_TITLE_WORDS])
    return f"“{opening}…”" if len(words) > _TITLE_WORDS else f"“{opening}”"
