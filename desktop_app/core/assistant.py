"""Grounded answers: put the numbered sources and the question into a prompt that fits.

The model is told to answer from the sources and cite them as [n]. A prompt longer than the
context window is never an error: the oldest history turns go first, then the lowest-ranked
sources, and as a last resort the middle of an enormous question.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from desktop_app.core.store_types import Hit

# Kept short on purpose: on the bundled 135M model a longer instruction (with "say so if the
# sources don't answer") turned right answers into refusals and loops (2 of 4 right vs 3 of 4).
GROUNDED_SYSTEM_PROMPT = (
    "You are Lokal, a helpful assistant. Answer the question from the numbered sources "
    "and cite them like [1]. Answer in the language of the question."
)
PLAIN_SYSTEM_PROMPT = (
    "You are Lokal, a helpful assistant that runs privately on the user's computer. "
    "Answer in the language of the question."
)

# What the retry adds under the sources when the first answer failed a check (answer_check.py):
# it stays out of the first prompt, which the comment above keeps short.
RETRY_INSTRUCTION = (
    "Answer in one or two sentences of your own words and cite the source like [1]. "
    "Do not copy the sources and do not repeat the question."
)

Message = dict[str, str]
# How each source reads in the prompt: "labelled" gives its file and page above its text
# ("[1] guide.pdf, page 2:"), "bare" only its number; small models sometimes answer with the
# labels alone, which "bare" leaves them nothing to copy.
SourceFormat = Literal["labelled", "bare"]
SOURCE_FORMATS: tuple[SourceFormat, ...] = ("labelled", "bare")


@dataclass(frozen=True)
class AnswerPolicy:
    """The knobs of a grounded prompt, explicit so that bench/answer_bench.py can measure each
    (answer accuracy per model size); the defaults are today's behaviour until it has chosen."""

    max_sources: int | None = None  # the best N sources (3, 5, 8 measured); None: all that fit
    source_format: SourceFormat = "labelled"
    name_evidence: bool = False  # name the evidence sentences under the sources, first try too
    retry: bool = True  # once, with the retry prompt, when a check of the answer fails
    retry_sources: int = 3  # the retry's sources: only the best few


@dataclass(frozen=True)
class Turn:
    """One earlier exchange of the conversation."""

    question: str
    answer: str


@dataclass(frozen=True)
class PreparedPrompt:
    messages: list[Message]
    sources: list[Hit]  # the sources that made it into the prompt, numbered from 1
    max_tokens: int  # room left for the answer
    prompt_tokens: int
    dropped_turns: int = 0
    dropped_sources: int = 0
    question_truncated: bool = False


@dataclass
class AnswerStats:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0  # from the request to the last token
    first_token_seconds: float = 0.0  # reading the prompt: grows with sources and history
    stopped: bool = False
    context_length: int = 0
    sources: list[Hit] = field(default_factory=list)

    @property
    def context_used(self) -> int:
        """Tokens of the context window this exchange took: prompt plus answer."""
        return self.prompt_tokens + self.completion_tokens

    @property
    def tokens_per_second(self) -> float:
        """Generation speed after the first token, as llama.cpp and the peers report it."""
        generating = self.seconds - self.first_token_seconds
        if self.completion_tokens > 1 and generating > 0:
            return (self.completion_tokens - 1) / generating
        return self.completion_tokens / self.seconds if self.seconds > 0 else 0.0


def source_label(hit: Hit) -> str:
    name = os.path.basename(hit.path)
    return f"{name}, page {hit.page}" if hit.page is not None else name


@dataclass(frozen=True)
class PromptStyle:
    """How the sources are put to the model in one attempt (AnswerPolicy decides it)."""

    source_format: SourceFormat = "labelled"
    # (source number, sentence): the evidence named under the sources, best first
    evidence: tuple[tuple[int, str], ...] = ()
    instruction: str = ""  # a line before the question ("" for none): the retry's


def source_block(number: int, hit: Hit, source_format: SourceFormat = "labelled") -> str:
    # One line per passage: page layout (line breaks, blank lines) only distracts the model.
    text = " ".join(hit.text.split())
    if source_format == "bare":
        return f"[{number}] {text}"
    return f"[{number}] {source_label(hit)}:\n{text}"


def build_messages(
    question: str,
    sources: Sequence[Hit],
    history: Sequence[Turn],
    system_prompt: str | None,
    style: PromptStyle = PromptStyle(),
) -> list[Message]:
    system = system_prompt or (GROUNDED_SYSTEM_PROMPT if sources else PLAIN_SYSTEM_PROMPT)
    messages: list[Message] = [{"role": "system", "content": system}]
    for turn in history:
        messages.append({"role": "user", "content": turn.question})
        messages.append({"role": "assistant", "content": turn.answer})
    if sources:
        blocks = [
            source_block(number, hit, style.source_format)
            for number, hit in enumerate(sources, start=1)
        ]
        content = "Sources:\n\n" + "\n\n".join(blocks)
        named = [(n, text) for n, text in style.evidence if 1 <= n <= len(sources)]
        if named:
            lines = "\n".join(f'- "{" ".join(text.split())}" [{n}]' for n, text in named)
            content += f"\n\nThe sentences that seem to answer it:\n{lines}"
        if style.instruction:
            content += f"\n\n{style.instruction}"
        content += f"\n\nQuestion: {question}"
    else:
        content = question
    messages.append({"role": "user", "content": content})
    return messages


def prepare_prompt(
    question: str,
    sources: Sequence[Hit],
    history: Sequence[Turn],
    count_prompt_tokens: Callable[[list[Message]], int],
    context_length: int,
    max_tokens: int,
    system_prompt: str | None = None,
    style: PromptStyle = PromptStyle(),
) -> PreparedPrompt:
    """Assemble the messages and shrink them until prompt plus answer fit the context window."""
    # The answer never gets more than half the window: a huge max_tokens must not starve the
    # prompt of its sources.
    answer_room = max(16, min(max_tokens, context_length // 2))
    budget = context_length - answer_room
    history, sources = list(history), list(sources)
    dropped_turns = dropped_sources = 0
    truncated = False
    while True:
        messages = build_messages(question, sources, history, system_prompt, style)
        used = count_prompt_tokens(messages)
        if used <= budget:
            return PreparedPrompt(
                messages, sources, answer_room, used, dropped_turns, dropped_sources, truncated
            )
        if history:
            history.pop(0)
            dropped_turns += 1
        elif sources:
            sources.pop()
            dropped_sources += 1
        else:
            # Only the question is left and it alone is too long: keep its start and end.
            keep = max(16, int(len(question) * budget / used * 0.9) // 2)
            if len(question) <= 2 * keep + 5:
                keep = len(question) // 3
                if keep < 8:  # cannot shrink further; let the engine truncate
                    return PreparedPrompt(
                        messages, sources, answer_room, used, dropped_turns, dropped_sources, True
                    )
            question = question[:keep] + " [...] " + question[-keep:]
            truncated = True


def stream_answer(
    engine, prepared: PreparedPrompt, cancel: threading.Event, stats: AnswerStats | None = None
) -> Iterator[str]:
    """Stream the answer's text pieces; `stats` is filled in as it goes."""
    stats = stats if stats is not None else AnswerStats()
    stats.sources = list(prepared.sources)
    stats.prompt_tokens = prepared.prompt_tokens
    stats.context_length = getattr(engine, "context_length", 0)
    yield from engine.stream_chat(
        prepared.messages, cancel, max_tokens=prepared.max_tokens, stats=stats
    )
