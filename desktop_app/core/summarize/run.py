"""The map-reduce run of a whole-document task, as a generator of events.

- Plan: each document is read page by page (readers.read_document) and its text grouped into
  pieces (pieces.plan_pieces) sized so that each map prompt plus its answer fit the window.
- Map: one model call per piece. For a summary it writes the piece's key points; for a list it
  lists every matching item. Each answer is tagged with where it came from (file and pages).
- Reduce, summary: the notes are combined by the model, in groups that fit the window, level
  after level, until one call can see them all; that last call writes the summary and streams.
- Reduce, list: the items are merged without the model (deduplicated, each with the pages it
  was found on).

It checks `cancel` between calls and the model checks it between tokens, so Stop takes effect
at once, and keeps what was read: stopped before the final answer, the answer is the notes of
the pieces done (the items found, for a list), as they are, each under its pages; stopped while
the answer streams, it is the text so far. A file that cannot be read is reported
(DocumentFailed) and the others go on. Thinking of a reasoning model is kept out of the notes
and of the answer. Each Progress after the first piece says how long the task has left
(estimate.py: the rates at which the model read and wrote so far).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop_app.core.assistant import AnswerStats
from desktop_app.core.errors import DocumentError, LokalError
from desktop_app.core.ingest.document import Page, short_reason
from desktop_app.core.ingest.readers import read_document
from desktop_app.core.reasoning import ThinkingSplitter
from desktop_app.core.summarize.estimate import TimeLeft
from desktop_app.core.summarize.events import (
    DocumentFailed,
    DocumentOpening,
    DocumentPlanned,
    ListItem,
    PieceRead,
    Progress,
    SummaryEvent,
    SummaryFinished,
    TextStreamed,
    ThinkingStreamed,
)
from desktop_app.core.summarize.items import (
    RepeatGuard,
    fitting_groups,
    item_key,
    merge_spans,
    notes_answer,
    parse_items,
    spans_label,
)
from desktop_app.core.summarize.pieces import Piece, Span, plan_pieces
from desktop_app.core.summarize.prompts import (
    list_instruction,
    map_messages,
    reduce_messages,
    single_messages,
)
from desktop_app.core.summarize.tasks import LIST, SummaryTask

# What a summary costs is mostly what the model writes: llama.cpp reads a prompt's tokens many
# times faster than it writes (some 10-20x on a CPU). To cost at most 1.3x the time of reading
# the document once (issue 11), a summary writes little per token it reads:
# - a piece fills the window, and its note has 1/128 of the window (64 tokens of an 8K one):
#   the notes of a whole book then fit one final call, with no combining level in between;
# - the final answer has 1/200 of the document's tokens, at least _MIN_FINAL (and at most a
#   quarter of the window, and max_tokens).
# A list keeps an eighth of the window per piece: its items are the answer, and a note cut
# short would lose some.
_NOTE_ROOM_SHARE = 128
_LIST_ROOM_SHARE = 8
_FINAL_PER_DOCUMENT_TOKENS = 200
_FINAL_ROOM_SHARE = 4
_MIN_ROOM = 32
_MIN_FINAL = 128
# Counting pieces' tokens one by one differs a little from counting them joined.
_MARGIN_TOKENS = 12
_MARGIN_SHARE = 0.03


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
        share = _LIST_ROOM_SHARE if task.kind == LIST else _NOTE_ROOM_SHARE
        self.max_tokens = max_tokens
        self.map_room = max(_MIN_ROOM, min(max_tokens, context // share))
        self.final_room = self._final_room(0)
        self.map_calls = self.reduce_calls = 0
        self.last_stats = AnswerStats()
        self.thinking = ""
        self.time_left = TimeLeft()
        self.partial = False  # stopped before the answer: it is the notes of what was read
        self.covered: list[Span] = []  # the spans the answer rests on

    # -- driving ------------------------------------------------------------------------------

    def go(self, paths: list[str]) -> Iterator[SummaryEvent]:
        pieces: list[Piece] = []
        whole: list[Span] = []
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
                yield DocumentFailed(path, DocumentError("unreadable", detail=short_reason(error)))
                continue
            read.append(path)
            pieces += document_pieces
            whole.append(_whole_span(path, planned, document_pieces))
            if planned.pages:
                pages_read += planned.pages - len(planned.empty_pages)
            yield planned
        answer, items = "", ()
        self.final_room = self._final_room(sum(piece.tokens for piece in pieces))
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
            partial=self.partial,
            covered=tuple(merge_spans(self.covered)),
            whole=tuple(whole),
        )

    def _single(self, piece: Piece) -> Iterator[SummaryEvent]:
        self.reduce_calls += 1
        self.covered = [piece.span]
        yield Progress("final", 1, 1, piece=piece, level=0, spans=(piece.span,))
        messages = single_messages(self.task, piece.span, piece.text)
        return (yield from self._call(messages, self.final_room, stream=True))

    def _summary(self, pieces: list[Piece]) -> Iterator[SummaryEvent]:
        notes: list[tuple[tuple[Span, ...], str]] = []
        for step, piece in enumerate(pieces, start=1):
            if self.cancel.is_set():
                return self._stopped_with(notes)
            left = self._summary_left(pieces[step - 1 :], len(pieces))
            yield Progress(
                "map", step, len(pieces), piece=piece, spans=(piece.span,), seconds_left=left
            )
            self.map_calls += 1
            messages = map_messages(self.task, piece.span, piece.text)
            text = yield from self._call(messages, self.map_room, note=True)
            if self.cancel.is_set():  # stopped inside this call: its note is cut short
                return self._stopped_with(notes)
            yield PieceRead(step, len(pieces), piece, text)
            notes.append(((piece.span,), text))
        self.covered = [piece.span for piece in pieces]
        level = 0
        while not self.cancel.is_set():
            level += 1
            # A piece the model found nothing in has no note to pass on; its pages were read.
            kept = [note for note in notes if note[1].strip()] or notes[:1]
            final = reduce_messages(self.task, kept, final=True)
            if len(kept) == 1 or self._fits(final, self.final_room):  # one note: nothing to merge
                self.reduce_calls += 1
                spans = tuple(span for spans, _ in notes for span in spans)
                prompt = self.engine.count_prompt_tokens(final)
                left = self.time_left.seconds(prompt, self.final_room)
                yield Progress("final", 1, 1, level=level, spans=spans, seconds_left=left)
                answer = yield from self._call(final, self.final_room, stream=True)
                if self.cancel.is_set() and not answer:  # stopped before its first word
                    return self._stopped_with(kept)
                return answer
            groups = self._groups(kept)
            combined = []
            for step, group in enumerate(groups, start=1):
                # Stopped: the notes combined so far, then those not combined yet.
                rest = [note for later in groups[step - 1 :] for note in later]
                if self.cancel.is_set():
                    return self._stopped_with(combined + rest)
                spans = tuple(merge_spans(span for spans, _ in group for span in spans))
                if len(group) == 1:  # nothing to combine it with: goes up a level as it is
                    combined.append((spans, group[0][1]))
                    continue
                left = self.time_left.summary_left(
                    0,
                    0,
                    len(combined) + len(groups) - step + 1,
                    self._note_overhead(),
                    self.final_room,
                    self._notes_capacity(),
                )
                yield Progress(
                    "reduce", step, len(groups), level=level, spans=spans, seconds_left=left
                )
                self.reduce_calls += 1
                messages = reduce_messages(self.task, group, final=False)
                text = yield from self._call(messages, self.map_room)
                if self.cancel.is_set():
                    return self._stopped_with(combined + rest)
                combined.append((spans, text))
            notes = combined
        return self._stopped_with(notes)

    def _stopped_with(self, notes: list[tuple[tuple[Span, ...], str]]) -> str:
        """Stopped before the answer: the notes so far are the answer, under their pages."""
        answer = notes_answer(notes)
        self.partial = bool(answer)
        if not self.covered or not self.partial:  # still mapping: what the notes cover
            self.covered = [span for spans, _ in notes for span in spans] if answer else []
        return answer

    def _list(self, pieces: list[Piece]) -> Iterator[SummaryEvent]:
        found: dict[str, tuple[str, list[Span]]] = {}
        for step, piece in enumerate(pieces, start=1):
            if self.cancel.is_set():
                break
            left = self._list_left(pieces[step - 1 :])
            yield Progress(
                "map", step, len(pieces), piece=piece, spans=(piece.span,), seconds_left=left
            )
            self.map_calls += 1
            messages = map_messages(self.task, piece.span, piece.text)
            text = yield from self._call(messages, self.map_room, note=True)
            if self.cancel.is_set():  # stopped inside this call: its list is cut short
                break
            self.covered.append(piece.span)
            items = parse_items(text, echo=list_instruction(self.task))
            yield PieceRead(step, len(pieces), piece, text, items)
            for item in items:
                key = item_key(item)
                if key not in found:
                    found[key] = (item, [])
                if piece.span not in found[key][1]:
                    found[key][1].append(piece.span)
        items = [ListItem(text, tuple(merge_spans(spans))) for text, spans in found.values()]
        lines = [f"- {item.text} ({spans_label(item.spans)})\n" for item in items]
        if self.cancel.is_set():  # the items of the pieces read, not streamed: a partial list
            self.partial = bool(self.covered)
            if not self.partial:
                return "", ()
            return "".join(lines), tuple(items)
        for line in lines:
            yield TextStreamed(line)
        return "".join(lines), tuple(items)

    # -- model calls --------------------------------------------------------------------------

    def _call(
        self, messages: list[dict[str, str]], room: int, stream: bool = False, note: bool = False
    ) -> Iterator[SummaryEvent]:
        """One model call; the answer's text without thinking. Streams it when `stream`.
        `note`: a map call, whose length the time left is estimated from."""
        if self.cancel.is_set():  # Stop came with the Progress that announced this call
            return ""
        engine = self.engine
        prompt_tokens = engine.count_prompt_tokens(messages)
        room = max(16, min(room, self.context - prompt_tokens))
        stats = AnswerStats(prompt_tokens=prompt_tokens, context_length=self.context)
        splitter = ThinkingSplitter(starts_in_thinking=bool(getattr(engine, "opens_thinking", 0)))
        guard = RepeatGuard()
        began = time.perf_counter()
        offset = began - self.started
        first_piece_at, written = None, 0
        stream_ = engine.stream_chat(messages, self.cancel, max_tokens=room, stats=stats)
        try:
            for piece in stream_:
                written += 1
                if first_piece_at is None:
                    first_piece_at = time.perf_counter() - began
                thinking, answer = splitter.feed(piece)
                if stream and thinking:
                    yield ThinkingStreamed(thinking)
                if stream and answer:
                    yield TextStreamed(answer)
                if answer and guard.feed(answer):
                    break  # the model began to repeat itself: nothing new follows
        finally:
            stream_.close()
        ended = time.perf_counter() - began
        if not self.cancel.is_set():  # a call cut short would skew the rates
            self.time_left.add_call(
                prompt_tokens,
                ended if first_piece_at is None else first_piece_at,
                written,
                ended,
                note,
            )
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

    def _final_room(self, document_tokens: int) -> int:
        """Room for the final answer: in proportion to the document (see _NOTE_ROOM_SHARE)."""
        wanted = max(_MIN_FINAL, document_tokens // _FINAL_PER_DOCUMENT_TOKENS)
        room = min(self.max_tokens, self.context // _FINAL_ROOM_SHARE, wanted)
        return max(self.map_room, room)

    def _fits(self, messages: list[dict[str, str]], room: int) -> bool:
        return self.engine.count_prompt_tokens(messages) + room <= self.context

    def _fits_single(self, piece: Piece) -> bool:
        """One call can read the piece and still write the whole answer."""
        return self._fits(single_messages(self.task, piece.span, piece.text), self.final_room)

    # -- time left ----------------------------------------------------------------------------

    def _summary_left(self, pieces_left: list[Piece], pieces: int) -> float | None:
        return self.time_left.summary_left(
            sum(piece.tokens for piece in pieces_left),
            len(pieces_left),
            pieces,
            self._note_overhead(),
            self.final_room,
            self._notes_capacity(),
        )

    def _list_left(self, pieces_left: list[Piece]) -> float | None:
        """A list's items are merged without the model: only the map calls are left."""
        to_read = sum(piece.tokens + self._note_overhead() for piece in pieces_left)
        return self.time_left.seconds(to_read, len(pieces_left) * self.time_left.average_note)

    def _note_overhead(self) -> int:
        """Prompt tokens around a piece's text or a group of notes: the same order of size."""
        if not hasattr(self, "_overhead"):
            worst = Span("", 99_999, 99_999)
            self._overhead = self.engine.count_prompt_tokens(map_messages(self.task, worst, ""))
        return self._overhead

    def _notes_capacity(self) -> int:
        """Tokens of notes that one final call can read next to its answer."""
        return max(1, self.context - self.final_room - self._note_overhead())

    def _groups(self, notes: list[tuple[tuple[Span, ...], str]]) -> list[list]:
        """Consecutive notes in groups whose combining prompt fits the window (two at least)."""
        return fitting_groups(
            notes,
            lambda trial: self._fits(reduce_messages(self.task, trial, final=False), self.map_room),
        )

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
            raise DocumentError("unreadable", detail=short_reason(error)) from error
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


def _whole_span(path: str, planned: DocumentPlanned, pieces: list[Piece]) -> Span:
    """All of a document: its pages, or the parts it was cut into."""
    if planned.pages:
        return Span(path, 1, planned.pages)
    parts = pieces[0].span.parts if pieces else 1
    return Span(path, None, None, 1, parts, parts)
