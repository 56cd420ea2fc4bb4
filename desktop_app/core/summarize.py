"""Whole-document tasks: summarise documents, or list every item of a kind in them.

Retrieval answers from a few passages; these tasks read ALL the text of the chosen documents, as
a map-reduce over the chat model:

- Plan: each document is read page by page (readers.read_document) and its text grouped into
  pieces of consecutive pages, sized in the chat model's own tokens so that each piece's prompt
  plus its answer fit the context window. A page too long for one piece (a text file is a single
  page) is cut at line or word breaks. Nothing is left out: a longer document only makes more
  pieces.
- Map: one model call per piece. For a summary it writes the piece's key points; for a list it
  lists every matching item. Each answer is tagged with where it came from (file and pages).
- Reduce, summary: the notes are combined by the model, in groups that fit the window, level
  after level, until one call can see them all; that last call writes the summary and streams.
- Reduce, list: the items are merged without the model (deduplicated, each with the pages it
  was found on). A model merge would drop items, and a list of every command in a manual can be
  longer than one answer may be.

`summarize` is a generator of events: progress (which piece, which pages, which phase), the
final answer's text as it streams, and the outcome. It checks `cancel` between calls and the
model checks it between tokens, so Stop takes effect at once. A file that cannot be read is
reported (DocumentFailed) and the others go on. Thinking of a reasoning model is kept out of the
notes and of the answer.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.assistant import AnswerStats
from desktop_app.core.errors import DocumentError, LokalError
from desktop_app.core.ingest.readers import Page, read_document
from desktop_app.core.reasoning import ThinkingSplitter

SUMMARY, LIST = "summary", "list"

SYSTEM_PROMPT = "You are Lokal, a careful assistant that reads documents for the user."

# Room for one map answer: an eighth of the window (at most max_tokens), so that a reduce call
# sees several notes at once and each level shrinks the notes several times over.
_MAP_ROOM_SHARE = 8
# Room for the final answer: a quarter of the window (at most max_tokens).
_FINAL_ROOM_SHARE = 4
_MIN_ROOM = 32
# Counting pieces' tokens one by one differs a little from counting them joined.
_MARGIN_TOKENS = 12
_MARGIN_SHARE = 0.03

_TASK_PATTERN = re.compile(
    r"^\s*(?:please\s+)?(?:list|find|collect|extract|show)\s+(?:me\s+)?"
    r"(?:every|all(?:\s+the)?|each|any)?\s*(?P<what>.+?)\s*[.?!]*\s*$",
    re.IGNORECASE | re.DOTALL,
)
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)]|\(\d{1,3}\))\s+")
_NOTHING = re.compile(
    r"^(?:none\b|nothing\b|n/?a\b|there\s+(?:is|are)\s+no\b"
    r"|no\s+(?:\w+\s+){0,4}(?:found|mentioned|listed|present|given|in\s+th(?:is|e)\s+text)\b)",
    re.IGNORECASE,
)


# -- the task ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryTask:
    """What to do with the whole text: a summary (optionally about `what`), or a list of `what`."""

    kind: str = SUMMARY  # SUMMARY or LIST
    what: str = ""  # LIST: what to list ("commands"); SUMMARY: an optional focus

    @classmethod
    def parse(cls, text: str | None) -> SummaryTask:
        """'list every command' -> a list of 'command'; other text -> a summary about it."""
        text = " ".join((text or "").split())
        if not text or text.lower() in ("summary", "summarise", "summarize"):
            return cls()
        match = _TASK_PATTERN.match(text)
        if match and match.group("what").strip():
            return cls(LIST, match.group("what").strip())
        return cls(SUMMARY, text)


# -- events -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """Where a piece of text came from: a file, and its pages when the format has pages.

    A format without pages (a text file is one long page) is cut into parts instead: parts
    `first_part`..`last_part` of `parts`.
    """

    path: str
    first_page: int | None = None
    last_page: int | None = None
    first_part: int = 1
    last_part: int = 1
    parts: int = 1

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def pages_text(self) -> str:
        """'pages 3-5', 'page 3', 'part 2 of 5', or '' for a whole document without pages."""
        if self.first_page is not None:
            if self.last_page is None or self.last_page == self.first_page:
                return f"page {self.first_page}"
            return f"pages {self.first_page}-{self.last_page}"
        if self.first_part <= 1 and self.last_part >= self.parts:
            return ""
        if self.first_part == self.last_part:
            return f"part {self.first_part} of {self.parts}"
        return f"parts {self.first_part}-{self.last_part} of {self.parts}"

    def label(self) -> str:
        where = self.pages_text()
        return f"{self.name}, {where}" if where else self.name


@dataclass(frozen=True)
class Piece:
    """Consecutive pages of one document, read by one map call."""

    span: Span
    text: str
    tokens: int
    page_count: int | None  # of the whole document (PDFs)


@dataclass(frozen=True)
class DocumentOpening:
    path: str
    number: int  # 1-based among the documents of this task
    total: int


@dataclass(frozen=True)
class DocumentPlanned:
    path: str
    pages: int | None  # PDF pages; None for formats without pages
    pieces: int
    encoding: str | None = None
    empty_pages: tuple[int, ...] = ()  # PDF pages without text (scanned?): nothing to read


@dataclass(frozen=True)
class DocumentFailed:
    path: str
    error: LokalError

    @property
    def reason(self) -> str:
        return self.error.message


@dataclass(frozen=True)
class Progress:
    """A model call begins. map: piece `step` of `steps`; reduce: group `step` of `steps` at
    `level`; final: the call that writes the answer."""

    phase: str  # "map", "reduce" or "final"
    step: int
    steps: int
    piece: Piece | None = None  # map only
    level: int = 0  # reduce and final: 1 for the first combining level
    spans: tuple[Span, ...] = ()  # what this call covers


@dataclass(frozen=True)
class PieceRead:
    """A map call ended: what the model noted (a summary's key points, or the items found)."""

    step: int
    steps: int
    piece: Piece
    notes: str
    items: tuple[str, ...] = ()  # LIST: the items parsed from the notes


@dataclass(frozen=True)
class TextStreamed:
    text: str  # the final answer's text since the last event


@dataclass(frozen=True)
class ThinkingStreamed:
    text: str  # a reasoning model's thinking while it writes the final answer


@dataclass(frozen=True)
class ListItem:
    text: str
    spans: tuple[Span, ...]  # every piece it was found in


@dataclass(frozen=True)
class SummaryFinished:
    answer: str
    task: SummaryTask
    stopped: bool
    documents: tuple[str, ...]  # the paths that were read
    failed: tuple[str, ...]  # the paths that could not be read
    pages_read: int  # PDF pages with text, over all documents
    map_calls: int
    reduce_calls: int  # including the final call
    items: tuple[ListItem, ...] = ()  # LIST only
    thinking: str = ""
    # The model's last call (the final answer's), with times counted from the start of the task.
    stats: AnswerStats = field(default_factory=AnswerStats)


SummaryEvent = (
    DocumentOpening
    | DocumentPlanned
    | DocumentFailed
    | Progress
    | PieceRead
    | TextStreamed
    | ThinkingStreamed
    | SummaryFinished
)


# -- prompts ----------------------------------------------------------------------------------


def map_messages(task: SummaryTask, span: Span, text: str) -> list[dict[str, str]]:
    if task.kind == LIST:
        ask = f"List every {task.what} in this text, one per line. If there is none, write: None"
    elif task.what:
        ask = f"List the key facts of this text about {task.what}, one short line each."
    else:
        # Asked for "key points", the 135M model wrote a preamble ("The text contains several
        # key points that...") that filled its small note before any fact.
        ask = "List the key facts of this text, one short line each."
    content = f"Text from {span.label()}:\n\n{text}\n\n{ask}"
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": content}]


def single_messages(task: SummaryTask, span: Span, text: str) -> list[dict[str, str]]:
    """The whole task fits one call: summarise the text directly."""
    about = f", about {task.what}" if task.what else ""
    content = f"Text of {span.label()}:\n\n{text}\n\nSummarise this text{about}."
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": content}]


def reduce_messages(
    task: SummaryTask, notes: Sequence[tuple[tuple[Span, ...], str]], final: bool
) -> list[dict[str, str]]:
    blocks = [f"[{_spans_label(spans)}]\n{text.strip()}" for spans, text in notes]
    names = _names(span for spans, _ in notes for span in spans)
    about = f" about {task.what}" if task.what else ""
    if final:
        ask = f"Write one summary{about} of the whole of {names} from these notes."
    else:
        ask = f"Combine these notes into one shorter list of key facts{about}. Keep every fact."
    content = f"Notes on parts of {names}:\n\n" + "\n\n".join(blocks) + f"\n\n{ask}"
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": content}]


# -- the task, end to end ---------------------------------------------------------------------


def summarize(
    engine,
    paths: Iterable[str | Path],
    task: SummaryTask | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[SummaryEvent]:
    """Run `task` over all the text of `paths`; yield progress, the streamed answer, the end.

    `engine` is a ChatEngine (or anything with its count_tokens, count_prompt_tokens,
    context_length, settings.max_tokens and stream_chat).
    """
    task = task or SummaryTask()
    cancel = cancel or threading.Event()
    run = _Run(engine, task, cancel)
    yield from run.go([str(Path(path)) for path in paths])


class _Run:
    def __init__(self, engine, task: SummaryTask, cancel: threading.Event) -> None:
        self.engine, self.task, self.cancel = engine, task, cancel
        self.started = time.perf_counter()
        context = engine.context_length
        max_tokens = max(1, engine.settings.max_tokens)
        self.context = context
        self.map_room = max(_MIN_ROOM, min(max_tokens, context // _MAP_ROOM_SHARE))
        self.final_room = max(self.map_room, min(max_tokens, context // _FINAL_ROOM_SHARE))
        self.map_calls = self.reduce_calls = 0
        self.last_stats = AnswerStats()
        self.thinking = ""

    # -- driving ------------------------------------------------------------------------------

    def go(self, paths: list[str]) -> Iterator[SummaryEvent]:
        pieces: list[Piece] = []
        read: list[str] = []
        failed: list[str] = []
        pages_read = 0
        for number, path in enumerate(paths, start=1):
            if self.cancel.is_set():
                break
            yield DocumentOpening(path, number, len(paths))
            try:
                planned, document_pieces = self._plan(path)
            except LokalError as error:
                failed.append(path)
                yield DocumentFailed(path, error)
                continue
            except Exception as error:  # a reader's own failure: this file, not the task, fails
                failed.append(path)
                yield DocumentFailed(path, DocumentError("unreadable", detail=_short(error)))
                continue
            read.append(path)
            pieces += document_pieces
            if planned.pages:
                pages_read += planned.pages - len(planned.empty_pages)
            yield planned
        answer, items = "", ()
        if pieces and not self.cancel.is_set():
            if self.task.kind == LIST:
                answer, items = yield from self._list(pieces)
            elif len(pieces) == 1 and self._fits_single(pieces[0]):
                answer = yield from self._single(pieces[0])
            else:
                answer = yield from self._summary(pieces)
        self.last_stats.stopped = self.cancel.is_set()
        yield SummaryFinished(
            answer=answer,
            task=self.task,
            stopped=self.cancel.is_set(),
            documents=tuple(read),
            failed=tuple(failed),
            pages_read=pages_read,
            map_calls=self.map_calls,
            reduce_calls=self.reduce_calls,
            items=tuple(items),
            thinking=self.thinking,
            stats=self.last_stats,
        )

    def _single(self, piece: Piece) -> Iterator[SummaryEvent]:
        self.reduce_calls += 1
        yield Progress("final", 1, 1, piece=piece, level=0, spans=(piece.span,))
        messages = single_messages(self.task, piece.span, piece.text)
        return (yield from self._call(messages, self.final_room, stream=True))

    def _summary(self, pieces: list[Piece]) -> Iterator[SummaryEvent]:
        notes: list[tuple[tuple[Span, ...], str]] = []
        for step, piece in enumerate(pieces, start=1):
            if self.cancel.is_set():
                return ""
            yield Progress("map", step, len(pieces), piece=piece, spans=(piece.span,))
            self.map_calls += 1
            messages = map_messages(self.task, piece.span, piece.text)
            text = yield from self._call(messages, self.map_room)
            yield PieceRead(step, len(pieces), piece, text)
            notes.append(((piece.span,), text))
        level = 0
        while not self.cancel.is_set():
            level += 1
            # A piece the model found nothing in has no note to pass on; its pages were read.
            kept = [note for note in notes if note[1].strip()] or notes[:1]
            final = reduce_messages(self.task, kept, final=True)
            if len(kept) == 1 or self._fits(final, self.final_room):  # one note: nothing to merge
                self.reduce_calls += 1
                spans = tuple(span for spans, _ in notes for span in spans)
                yield Progress("final", 1, 1, level=level, spans=spans)
                return (yield from self._call(final, self.final_room, stream=True))
            groups = self._groups(kept)
            combined = []
            for step, group in enumerate(groups, start=1):
                if self.cancel.is_set():
                    return ""
                spans = tuple(_merge_spans(span for spans, _ in group for span in spans))
                if len(group) == 1:  # nothing to combine it with: goes up a level as it is
                    combined.append((spans, group[0][1]))
                    continue
                yield Progress("reduce", step, len(groups), level=level, spans=spans)
                self.reduce_calls += 1
                messages = reduce_messages(self.task, group, final=False)
                text = yield from self._call(messages, self.map_room)
                combined.append((spans, text))
            notes = combined
        return ""

    def _list(self, pieces: list[Piece]) -> Iterator[SummaryEvent]:
        found: dict[str, tuple[str, list[Span]]] = {}
        for step, piece in enumerate(pieces, start=1):
            if self.cancel.is_set():
                return "", ()
            yield Progress("map", step, len(pieces), piece=piece, spans=(piece.span,))
            self.map_calls += 1
            messages = map_messages(self.task, piece.span, piece.text)
            text = yield from self._call(messages, self.map_room)
            items = parse_items(text, echo=f"List every {self.task.what} in this text")
            yield PieceRead(step, len(pieces), piece, text, items)
            for item in items:
                key = _item_key(item)
                if key not in found:
                    found[key] = (item, [])
                if piece.span not in found[key][1]:
                    found[key][1].append(piece.span)
        if self.cancel.is_set():
            return "", ()
        items = [ListItem(text, tuple(_merge_spans(spans))) for text, spans in found.values()]
        lines = [f"- {item.text} ({_spans_label(item.spans)})\n" for item in items]
        for line in lines:
            yield TextStreamed(line)
        return "".join(lines), tuple(items)

    # -- model calls --------------------------------------------------------------------------

    def _call(
        self, messages: list[dict[str, str]], room: int, stream: bool = False
    ) -> Iterator[SummaryEvent]:
        """One model call; the answer's text without thinking. Streams it when `stream`."""
        engine = self.engine
        prompt_tokens = engine.count_prompt_tokens(messages)
        room = max(16, min(room, self.context - prompt_tokens))
        stats = AnswerStats(prompt_tokens=prompt_tokens, context_length=self.context)
        splitter = ThinkingSplitter(starts_in_thinking=bool(getattr(engine, "opens_thinking", 0)))
        guard = _RepeatGuard()
        offset = time.perf_counter() - self.started
        stream_ = engine.stream_chat(messages, self.cancel, max_tokens=room, stats=stats)
        try:
            for piece in stream_:
                thinking, answer = splitter.feed(piece)
                if stream and thinking:
                    yield ThinkingStreamed(thinking)
                if stream and answer:
                    yield TextStreamed(answer)
                if answer and guard.feed(answer):
                    break  # the model began to repeat itself: nothing new follows
        finally:
            stream_.close()
        thinking, answer = splitter.finish()
        if stream and thinking:
            yield ThinkingStreamed(thinking)
        if stream and answer:
            yield TextStreamed(answer)
        # Times from the start of the whole task: the user waited for every call before.
        stats.seconds += offset
        stats.first_token_seconds += offset
        stats.stopped = self.cancel.is_set()
        self.last_stats = stats
        if stream:
            self.thinking = splitter.thinking
        text = splitter.answer
        if guard.repeated and not stream:  # the note ends before the loop began
            text = text[: guard.kept]
        return text.strip()

    def _fits(self, messages: list[dict[str, str]], room: int) -> bool:
        return self.engine.count_prompt_tokens(messages) + room <= self.context

    def _fits_single(self, piece: Piece) -> bool:
        return self._fits(single_messages(self.task, piece.span, piece.text), self.map_room)

    def _groups(self, notes: list[tuple[tuple[Span, ...], str]]) -> list[list]:
        """Consecutive notes in groups whose combining prompt fits the window (two at least)."""
        groups: list[list] = []
        current: list = []
        for note in notes:
            trial = current + [note]
            if len(current) < 2 or self._fits(
                reduce_messages(self.task, trial, final=False), self.map_room
            ):
                current = trial
            else:
                groups.append(current)
                current = [note]
        if current:
            groups.append(current)
        return groups

    # -- planning -----------------------------------------------------------------------------

    def _plan(self, path: str) -> tuple[DocumentPlanned, list[Piece]]:
        result = read_document(Path(path))
        budget = self._piece_budget(path)
        pages: list[Page] = []
        try:
            for page in result.pages:
                if self.cancel.is_set():
                    break
                pages.append(page)
        except LokalError:
            raise
        except Exception as error:  # a reader failing half way: the file, not the task, fails
            raise DocumentError("unreadable", detail=_short(error)) from error
        pieces = plan_pieces(path, pages, self.engine.count_tokens, budget, result.page_count)
        if not pieces and not self.cancel.is_set():
            if result.page_count:
                raise DocumentError("pdf_no_text")
            raise DocumentError("empty_file")
        planned = DocumentPlanned(
            path,
            result.page_count,
            len(pieces),
            result.encoding,
            tuple(result.empty_pages),
        )
        return planned, pieces

    def _piece_budget(self, path: str) -> int:
        """Tokens of document text one map prompt can hold, next to its answer."""
        worst = Span(path, 99_999, 99_999)
        empty = map_messages(self.task, worst, "")
        if self.task.kind != LIST:  # the single-call prompt may be the one used
            empty = max(
                empty,
                single_messages(self.task, worst, ""),
                key=self.engine.count_prompt_tokens,
            )
        overhead = self.engine.count_prompt_tokens(empty)
        free = self.context - self.map_room - overhead
        return max(16, int(free * (1 - _MARGIN_SHARE)) - _MARGIN_TOKENS)


# -- pieces -----------------------------------------------------------------------------------


def plan_pieces(
    path: str,
    pages: Sequence[Page],
    count_tokens: Callable[[str], int],
    budget: int,
    page_count: int | None = None,
) -> list[Piece]:
    """Group consecutive pages' text into pieces of at most `budget` tokens, in page order.

    A page longer than `budget` is cut at line breaks (or between words); each part names its
    page. Formats without pages (a text file is one page) name the part of the document instead.
    """
    separator = count_tokens("\n\n") or 1
    segments: list[tuple[int | None, str, int]] = []  # page number, text, tokens
    for page in pages:
        text = clean_text(page.text)
        if not text:
            continue
        for part in _split(text, count_tokens, budget):
            segments.append((page.number, part, count_tokens(part)))

    groups: list[list[tuple[int | None, str, int]]] = []
    current: list[tuple[int | None, str, int]] = []
    used = 0
    for segment in segments:
        cost = segment[2] + (separator if current else 0)
        if current and used + cost > budget:
            groups.append(current)
            current, used, cost = [], 0, segment[2]
        current.append(segment)
        used += cost
    if current:
        groups.append(current)

    pieces = []
    for part, group in enumerate(groups, start=1):
        numbers = [number for number, _, _ in group if number is not None]
        if numbers:
            span = Span(path, numbers[0], numbers[-1])
        else:
            span = Span(path, None, None, part, part, len(groups))
        text = "\n\n".join(text for _, text, _ in group)
        tokens = sum(tokens for _, _, tokens in group) + separator * (len(group) - 1)
        pieces.append(Piece(span, text, tokens, page_count))
    return pieces


def clean_text(text: str) -> str:
    """Spaces collapsed, lines trimmed, blank lines merged: layout costs tokens, not meaning."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    cleaned, blank = [], False
    for line in lines:
        if line:
            if blank and cleaned:
                cleaned.append("")
            cleaned.append(line)
            blank = False
        else:
            blank = True
    return "\n".join(cleaned)


def _split(text: str, count_tokens: Callable[[str], int], budget: int) -> list[str]:
    """`text` in consecutive parts of at most `budget` tokens, cut at lines, else at words."""
    if count_tokens(text) <= budget:
        return [text]
    newline = count_tokens("\n") or 1
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        tokens = count_tokens(line)
        if tokens > budget:  # one enormous line: cut it between words
            if current:
                parts.append("\n".join(current))
                current, used = [], 0
            parts += _split_words(line, count_tokens, budget)
            continue
        cost = tokens + (newline if current else 0)
        if current and used + cost > budget:
            parts.append("\n".join(current))
            current, used, cost = [], 0, tokens
        current.append(line)
        used += cost
    if current:
        parts.append("\n".join(current))
    return [part for part in parts if part.strip()]


def _split_words(line: str, count_tokens: Callable[[str], int], budget: int) -> list[str]:
    words = line.split(" ")
    parts, start = [], 0
    while start < len(words):
        # Grow by estimate, then step back until it fits; a single giant "word" is cut by chars.
        low, high = start + 1, len(words)
        while low < high:  # the longest run of words from `start` that fits
            middle = (low + high + 1) // 2
            if count_tokens(" ".join(words[start:middle])) <= budget:
                low = middle
            else:
                high = middle - 1
        chunk = " ".join(words[start:low])
        if count_tokens(chunk) > budget:  # one word longer than the budget
            size = max(1, len(chunk) * budget // max(1, count_tokens(chunk)))
            parts += [chunk[i : i + size] for i in range(0, len(chunk), size)]
        else:
            parts.append(chunk)
        start = low
    return parts


class _RepeatGuard:
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
            key = _item_key(_BULLET.sub("", self._text[self._line_start : end]))
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


# -- list items -------------------------------------------------------------------------------


def parse_items(text: str, echo: str = "") -> tuple[str, ...]:
    """The items of a model's list: one a line, bullets and numbers removed, 'None' dropped, and
    lines that only repeat the instruction (`echo`: small models do) left out."""
    items: list[str] = []
    seen: set[str] = set()
    echoed = _item_key(echo)
    for raw in text.splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line or line.endswith(":") or _NOTHING.match(line):
            continue
        if echoed and _item_key(line).startswith(echoed):
            continue
        key = _item_key(line)
        if key and key not in seen:
            seen.add(key)
            items.append(line)
    return tuple(items)


def _item_key(item: str) -> str:
    return " ".join(item.casefold().strip(" .,;:`'\"*").split())


# -- spans ------------------------------------------------------------------------------------


def _merge_spans(spans: Iterable[Span]) -> list[Span]:
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


def _spans_label(spans: Iterable[Span]) -> str:
    """'report.pdf, pages 1-12, 25-30; notes.txt'."""
    by_file: dict[str, list[str]] = {}
    for span in _merge_spans(spans):
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


def _short(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _names(spans: Iterable[Span]) -> str:
    names = list(dict.fromkeys(span.name for span in spans))
    if len(names) <= 3:
        return ", ".join(names)
    return f"{len(names)} documents"
