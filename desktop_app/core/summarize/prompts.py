"""The messages of each model call: a map call per piece, a single call, a reduce call."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.core.datamark import DATA_RULE, mark_as_data
from desktop_app.core.summarize.items import spans_label
from desktop_app.core.summarize.pieces import Span
from desktop_app.core.summarize.tasks import LIST, SummaryTask

SYSTEM_PROMPT = "You are Lokal, a careful assistant that reads documents for the user."
# The calls that read a document's own text: it is delimited as data (core/agent/datamark.py),
# so a document that says "ignore your instructions" is text to summarise, not an order. It is
# not datamarked: that costs 2.5x the tokens with SmolLM2's tokenizer (105 against 41 for three
# sentences), and a summary can cause nothing but text.
READING_SYSTEM_PROMPT = f"{SYSTEM_PROMPT} {DATA_RULE}"


def map_messages(task: SummaryTask, span: Span, text: str) -> list[dict[str, str]]:
    if task.kind == LIST:
        ask = list_instruction(task) + ", one per line. If there is none, write: None"
    elif task.what:
        ask = f"List the key facts of this text about {task.what}, one short line each."
    else:
        # Asked for "key points", the 135M model wrote a preamble ("The text contains several
        # key points that...") that filled its small note before any fact.
        ask = "List the key facts of this text, one short line each."
    content = f"Text from {span.label()}:\n\n{_as_data(span, text)}\n\n{ask}"
    return [
        {"role": "system", "content": READING_SYSTEM_PROMPT},
        {"role": "user", "content": content},
    ]


def list_instruction(task: SummaryTask) -> str:
    """The start of a list task's map prompt; small models echo it back as a line of their list."""
    return f"List every {task.what} in this text"


def single_messages(task: SummaryTask, span: Span, text: str) -> list[dict[str, str]]:
    """The whole task fits one call: summarise the text directly."""
    about = f", about {task.what}" if task.what else ""
    content = f"Text of {span.label()}:\n\n{_as_data(span, text)}\n\nSummarise this text{about}."
    return [
        {"role": "system", "content": READING_SYSTEM_PROMPT},
        {"role": "user", "content": content},
    ]


def reduce_messages(
    task: SummaryTask, notes: Sequence[tuple[tuple[Span, ...], str]], final: bool
) -> list[dict[str, str]]:
    blocks = [f"[{spans_label(spans)}]\n{text.strip()}" for spans, text in notes]
    names = _names(span for spans, _ in notes for span in spans)
    about = f" about {task.what}" if task.what else ""
    if final:
        ask = f"Write one summary{about} of the whole of {names} from these notes."
    else:
        ask = f"Combine these notes into one shorter list of key facts{about}. Keep every fact."
    content = f"Notes on parts of {names}:\n\n" + "\n\n".join(blocks) + f"\n\n{ask}"
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": content}]


def _as_data(span: Span, text: str) -> str:
    return mark_as_data(text, span.label(), datamark=False)


def _names(spans: Iterable[Span]) -> str:
    names = list(dict.fromkeys(span.name for span in spans))
    if len(names) <= 3:
        return ", ".join(names)
    return f"{len(names)} documents"
