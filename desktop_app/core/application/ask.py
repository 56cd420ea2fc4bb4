"""Ask: one answer to one question, the same for every front end (the window, `lokal ask`).

`answer` prepares the prompt that fits the model's context window (the sources the retrieval
found, earlier turns, the system prompt: assistant.prepare_prompt), streams it, splits a
reasoning model's thinking from its answer as the text comes (reasoning.ThinkingSplitter), and
ends with the answer, the thinking, the stats and the sources that made it into the prompt.
It yields events; the front end decides how to show them (the LLM worker batches the streamed
text for the GUI, the CLI prints it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from desktop_app.core import assistant
from desktop_app.core.application.grounding_types import Evidence, Grounding
from desktop_app.core.errors import LokalError, ModelError
from desktop_app.core.reasoning import ThinkingSplitter
from desktop_app.core.store_types import Hit


@dataclass(frozen=True)
class Question:
    """What to answer, with what the retrieval found for it."""

    text: str
    sources: Sequence[Hit] = ()  # best first; the lowest-ranked go when the prompt is too long
    history: Sequence[assistant.Turn] = ()  # earlier exchanges, answers without thinking
    system_prompt: str | None = None  # None: the grounded (or, without sources, plain) default
    # The retrieval's result (the window, `lokal ask`): its sources replace `sources`, which
    # stays for callers that have plain sources and no grounding.
    grounding: Grounding | None = None

    def __post_init__(self) -> None:
        if self.grounding is not None and self.sources:
            raise ValueError("give a Question its sources or its grounding, not both")

    @property
    def grounded(self) -> Grounding:
        """The grounding, or one made of the plain sources (found; searched when any)."""
        if self.grounding is not None:
            return self.grounding
        return Grounding(self.text, tuple(self.sources), searched=bool(self.sources))


@dataclass(frozen=True)
class PromptPrepared:
    """The prompt as the model reads it: messages, sources kept, tokens, what was dropped."""

    prepared: assistant.PreparedPrompt


@dataclass(frozen=True)
class ThinkingStreamed:
    text: str  # a reasoning model's thinking since the last event, markup removed


@dataclass(frozen=True)
class AnswerStreamed:
    text: str  # the answer's text since the last event, without thinking or its markup


@dataclass(frozen=True)
class AnswerRetried:
    """The answer streamed so far failed a check (answer_check.py): discard it, another follows."""

    reason: str


@dataclass(frozen=True)
class AnswerFinished:
    answer: str
    thinking: str  # "" for a model that does not think aloud
    stats: assistant.AnswerStats
    sources: list[Hit] = field(default_factory=list)  # those in the prompt, numbered from 1
    evidence: list[Evidence] = field(default_factory=list)  # best first, numbered as `sources`
    found: bool = True  # False: the documents don't answer it; no model ran
    closest: list[Hit] = field(default_factory=list)  # the nearest passages, when not found
    not_found_message: str = ""  # the answer when not found, in the question's language


AskEvent = PromptPrepared | ThinkingStreamed | AnswerStreamed | AnswerRetried | AnswerFinished


def answer(engine, question: Question, cancel: threading.Event) -> Iterator[AskEvent]:
    """Answer `question` with `engine` (a ChatEngine, or anything with its interface).

    Stopping (`cancel` set) still ends with AnswerFinished, its stats marked stopped. A failure
    of the model while it writes raises ModelError ("model_load_failed"), not llama.cpp's own.
    """
    prepared = assistant.prepare_prompt(
        question.text,
        question.grounded.sources,
        question.history,
        engine.count_prompt_tokens,
        engine.context_length,
        engine.settings.max_tokens,
        question.system_prompt or None,
    )
    yield PromptPrepared(prepared)
    stats = assistant.AnswerStats()
    splitter = ThinkingSplitter(starts_in_thinking=engine.opens_thinking)
    try:
        for piece in assistant.stream_answer(engine, prepared, cancel, stats):
            yield from _deltas(*splitter.feed(piece))
    except LokalError:
        raise
    except Exception as error:  # llama.cpp fails mid-stream: a model failure, told as such
        raise ModelError(
            "model_load_failed", path=str(engine.model_path), detail=str(error)
        ) from error
    yield from _deltas(*splitter.finish())
    yield AnswerFinished(splitter.answer, splitter.thinking, stats, list(prepared.sources))


def _deltas(thinking: str, answer_text: str) -> Iterator[ThinkingStreamed | AnswerStreamed]:
    if thinking:
        yield ThinkingStreamed(thinking)
    if answer_text:
        yield AnswerStreamed(answer_text)
