"""A free-text model step of a workflow: an overview, a combined answer, an account of a change.

These steps write prose for a person to read, so they are streamed (stream_chat), not
grammar-constrained: there is nothing in prose a schema could check, and a grammar costs
38-67% of the speed (issue 12's measurements). What a workflow states as fact (pages, what
changed) comes from code; the model only puts it in words.

The thinking of a reasoning model is kept out of the text, and a small model that begins to
loop (the same lines again and again) is stopped: nothing new follows.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from desktop_app.core.datamark import DATA_RULE
from desktop_app.core.errors import LokalError, ModelError
from desktop_app.core.ingest.document import short_reason
from desktop_app.core.reasoning import ThinkingSplitter
from desktop_app.core.summarize.items import RepeatGuard
from desktop_app.core.summarize.prompts import SYSTEM_PROMPT
from desktop_app.core.workflows.events import TextStreamed

# The system prompt of every prose step: the data rule comes with it, since every such prompt
# holds text from the user's documents (or a model's notes on them) delimited as data.
SYSTEM = f"{SYSTEM_PROMPT} {DATA_RULE}"

# The least room an answer gets, and the share of the window it may take at most.
MIN_ROOM = 64
ROOM_SHARE = 4


def answer_room(engine, wanted: int | None = None) -> int:
    """Tokens a prose step may write: `wanted` (else max_tokens), within a quarter of the window."""
    limit = max(1, engine.settings.max_tokens)
    room = min(limit, wanted or limit, engine.context_length // ROOM_SHARE)
    return max(min(MIN_ROOM, limit), room)


def fits(engine, messages: list[dict[str, str]], room: int) -> bool:
    return engine.count_prompt_tokens(messages) + room <= engine.context_length


def messages_for(user: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def write_prose(
    engine,
    messages: list[dict[str, str]],
    room: int,
    cancel: threading.Event,
    stream: bool = True,
) -> Iterator[TextStreamed]:
    """One model call; yields its answer as TextStreamed when `stream`; returns the text."""
    if cancel.is_set():
        return ""
    prompt_tokens = engine.count_prompt_tokens(messages)
    room = max(16, min(room, engine.context_length - prompt_tokens))
    splitter = ThinkingSplitter(starts_in_thinking=bool(getattr(engine, "opens_thinking", 0)))
    guard = RepeatGuard()
    pieces = engine.stream_chat(messages, cancel, max_tokens=room)
    try:
        for piece in pieces:
            _, answer = splitter.feed(piece)
            if stream and answer:
                yield TextStreamed(answer)
            if answer and guard.feed(answer):
                break
    except LokalError:
        raise
    except Exception as error:  # llama.cpp failing mid-stream: a model failure, as ask says it
        raise ModelError(
            "model_load_failed", path=str(engine.model_path), detail=short_reason(error)
        ) from error
    finally:
        pieces.close()
    _, answer = splitter.finish()
    if stream and answer:
        yield TextStreamed(answer)
    text = splitter.answer
    if guard.repeated:
        text = text[: guard.kept]
    return text.strip()
