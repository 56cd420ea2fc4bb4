"""What `summarize` yields: documents opened, planned or failed, model calls, text, the end.

Front ends match on these (the CLI prints them, the LLM worker passes them to the window
whole). Only the leaf modules of the package are imported, so any module may import this one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.assistant import AnswerStats
from desktop_app.core.errors import LokalError
from desktop_app.core.summarize.pieces import Piece, Span
from desktop_app.core.summarize.tasks import SummaryTask


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
    # Seconds the whole task has left, estimated from the calls done (estimate.py); None until
    # the first piece is read.
    seconds_left: float | None = None


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
    """The end of a task. Stopped before its answer was written, the answer is `partial`: the
    notes (or, for a list, the items) of the pieces read, each under its pages, not streamed;
    `covered` says which pages that is, `whole` what the documents hold."""

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
    partial: bool = False
    covered: tuple[Span, ...] = ()  # the pages (or parts) the answer rests on, merged
    whole: tuple[Span, ...] = ()  # each document read, all its pages (or parts)


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
