"""Whole-document tasks: summarise documents, or list every item of a kind in them.

Retrieval answers from a few passages; these tasks read ALL the text of the chosen documents, as
a map-reduce over the chat model (see run.py). `summarize` is a generator of events: progress
(which piece, which pages, which phase), the final answer's text as it streams, and the outcome.

The modules, leaves first: tasks (what to do), pieces (pages grouped into pieces that fit the
window), events (what the run yields), items (list items, page labels, a stopped task's notes),
estimate (the time left), prompts (the messages of each call), run (the map-reduce). Callers
import from here:

    from desktop_app.core import summarize
    task = summarize.SummaryTask.parse("list every command")
    for event in summarize.summarize(engine, paths, task):
        ...
"""

from desktop_app.core.summarize.estimate import TimeLeft, duration_text, rounded_duration
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
    coverage_label,
    merge_spans,
    notes_answer,
    parse_items,
    spans_label,
)
from desktop_app.core.summarize.pieces import Piece, Span, clean_text, plan_pieces
from desktop_app.core.summarize.prompts import (
    SYSTEM_PROMPT,
    map_messages,
    reduce_messages,
    single_messages,
)
from desktop_app.core.summarize.run import summarize
from desktop_app.core.summarize.tasks import LIST, SUMMARY, SummaryTask

__all__ = [
    "LIST",
    "SUMMARY",
    "SYSTEM_PROMPT",
    "DocumentFailed",
    "DocumentOpening",
    "DocumentPlanned",
    "ListItem",
    "Piece",
    "PieceRead",
    "Progress",
    "Span",
    "SummaryEvent",
    "SummaryFinished",
    "SummaryTask",
    "TextStreamed",
    "ThinkingStreamed",
    "TimeLeft",
    "clean_text",
    "coverage_label",
    "duration_text",
    "map_messages",
    "merge_spans",
    "notes_answer",
    "parse_items",
    "plan_pieces",
    "reduce_messages",
    "rounded_duration",
    "single_messages",
    "spans_label",
    "summarize",
]
