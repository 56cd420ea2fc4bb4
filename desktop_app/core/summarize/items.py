"""The lines of a model's list: items parsed from them, a guard against loops, page labels.

A list task merges its items without the model (a model merge would drop items), so each item
keeps the spans it was found in, merged into ranges for its label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from desktop_app.core.summarize.pieces import Span

_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)]|\(\d{1,3}\))\s+")
_NOTHING = re.compile(
    r"^(?:none\b|nothing\b|n/?a\b|there\s+(?:is|are)\s+no\b"
    r"|no\s+(?:\w+\s+){0,4}(?:found|mentioned|listed|present|given|in\s+th(?:is|e)\s+text)\b)",
    re.IGNORECASE,
)


def parse_items(text: str, echo: str = "") -> tuple[str, ...]:
    """The items of a model's list: one a line, bullets and numbers removed, 'None' dropped, and
    lines that only repeat the instruction (`echo`: small models do) left out."""
    items: list[str] = []
    seen: set[str] = set()
    echoed = item_key(echo)
    for raw in text.splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line or line.endswith(":") or _NOTHING.match(line):
            continue
        if echoed and item_key(line).startswith(echoed):
            continue
        key = item_key(line)
        if key and key not in seen:
            seen.add(key)
            items.append(line)
    return tuple(items)


def item_key(item: str) -> str:
    """What two mentions of one item have in common: case, quotes and spacing set aside."""
    return " ".join(item.casefold().strip(" .,;:`'\"*").split())


class RepeatGuard:
    """Tells when a model's output has begun to loop: two lines in a row that it already wrote.

    Small models loop until max_tokens ("1. X", "2. X", ...). One repeated line alone is not a
    loop: a list may name the same item twice, and the lines after it would be lost.
    """

    def __init__(self) -> None:
        self._text = ""
        self._line_start = 0
        self._seen: set[str] = set()
        self._run = 0
        self.kept = 0  # characters of the output up to the last line that was new
        self.repeated = False

    def feed(self, text: str) -> bool:
        self._text += text
        while (end := self._text.find("\n", self._line_start)) != -1:
            key = item_key(_BULLET.sub("", self._text[self._line_start : end]))
            self._line_start = end + 1
            if not key:
                continue
            if key in self._seen:
                self._run += 1
                self.repeated = self.repeated or self._run >= 2
            else:
                self._seen.add(key)
                self._run = 0
                self.kept = end
        return self.repeated


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Adjacent or overlapping pages (or parts) of the same file become one range."""
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last is not None and last.path == span.path:
            if last.first_page is not None and span.first_page is not None:
                last_end = last.last_page or last.first_page
                if last.first_page <= span.first_page <= last_end + 1:
                    end = max(last_end, span.last_page or span.first_page)
                    merged[-1] = Span(last.path, last.first_page, end)
                    continue
            elif (
                last.first_page is None
                and span.first_page is None
                and last.first_part <= span.first_part <= last.last_part + 1
            ):
                end = max(last.last_part, span.last_part)
                merged[-1] = Span(last.path, None, None, last.first_part, end, last.parts)
                continue
        merged.append(span)
    return merged


def spans_label(spans: Iterable[Span]) -> str:
    """'report.pdf, pages 1-12, 25-30; notes.txt'."""
    by_file: dict[str, list[str]] = {}
    for span in merge_spans(spans):
        where = span.pages_text()
        places = by_file.setdefault(span.name, [])
        if where:
            places.append(where.removeprefix("pages ").removeprefix("page "))
    labels = []
    for name, places in by_file.items():
        if not places:
            labels.append(name)
        elif all(place[0].isdigit() for place in places):
            many = len(places) > 1 or "-" in places[0]
            labels.append(f"{name}, {'pages' if many else 'page'} {', '.join(places)}")
        else:
            labels.append(f"{name}, {', '.join(places)}")
    return "; ".join(labels)


def notes_answer(notes: Iterable[tuple[tuple[Span, ...], str]]) -> str:
    """Notes shown as they are, each under the pages it covers: what a stopped summary keeps."""
    blocks = [
        f"**{spans_label(spans)}**\n\n{text.strip()}" for spans, text in notes if text.strip()
    ]
    return "\n\n".join(blocks)


def coverage_label(covered: Iterable[Span], whole: Iterable[Span]) -> str:
    """What was read of what there is: 'pages 1-55 of 113' for one PDF, else each file's
    pages with its page count ('a.pdf, pages 1-12 of 36; notes.txt, parts 1-2 of 5')."""
    covered, totals = merge_spans(covered), {span.path: span for span in whole}
    single = len({span.path for span in covered} | set(totals)) == 1
    labels = []
    for span in covered:
        where = span.pages_text()
        total = totals.get(span.path)
        if span.first_page is not None and total is not None and total.last_page:
            where = f"{where} of {total.last_page}"
        if not where or not single:  # a whole file without pages is named by its name alone
            where = f"{span.name}, {where}" if where else span.name
        labels.append(where)
    return "; ".join(labels)


Note = TypeVar("Note")


def fitting_groups(notes: Sequence[Note], fits: Callable[[list[Note]], bool]) -> list[list[Note]]:
    """Consecutive notes in groups that `fits` accepts, two at least per group (so that every
    combining level has fewer notes than the one before): the summary's reduce levels and the
    report's overview (core/workflows/report.py) both group their notes so."""
    groups: list[list[Note]] = []
    current: list[Note] = []
    for note in notes:
        trial = current + [note]
        if len(current) < 2 or fits(trial):
            current = trial
        else:
            groups.append(current)
            current = [note]
    if current:
        groups.append(current)
    return groups
