"""The messages of each model call: a map call per piece, a single call, a reduce call."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.core.summarize.items import spans_label
from desktop_app.core.summarize.pieces import Span
from desktop_app.core.summarize.tasks import LIST, SummaryTask

SYSTEM_PROMPT = "You are Lokal, a careful assistant that reads documents for the user."


def map_messages(task: SummaryTask, span: Span, text: str) -> list[dict[str, str]]:
    if task.kind == LIST:
        ask = list_instruction(task) + ", one per line. If there is none, write: None"
    elif task.what:
        ask = f"List the key facts of this text about {task.what}, one short line each."
    else:
        # Asked for "key points", the 135M model wrote a preamble ("The text contains several
        # key points that...") that filled its small note before any fact.
        ask = "List the key facts of this text, one short line each."
    content = f"Text from {span.label()}:\n\n{text}\n\n{ask}"
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": content}]


def list_instruction(task: SummaryTask) -> str:
    """The start of a list task's map prompt; small models echo it back as a line of their list."""
    return f"List every {task.what} in this text"


def single_messages(task: SummaryTask, span: Span, text: str) -> list[dict[str, str]]:
    """The whole task fits one call: summarise the text directly."""
    about = f", about {task.what}" if task.what else ""
    content = f"Text of {span.label()}:\n\n{text}\n\nSummarise this text{about}."
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": content}]


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


def _names(spans: Iterable[Span]) -> str:
    names = list(dict.fromkeys(span.name for span in spans))
    if len(names) <= 3:
        return ", ".join(names)
    return f"{len(names)} documents"
