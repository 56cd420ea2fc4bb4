"""Ask: one answer to one question, the same for every front end (the window, `lokal ask`).

`answer` takes the question with its Grounding (the passages the retrieval found, the evidence
sentences, and whether the documents answer it at all):

- documents searched and none relevant enough: no model runs. The answer says so in the
  question's language (core/language.py), and the passages found are only the closest matches;
- no documents to search: a plain chat;
- else a grounded answer: the prompt that fits the model's context window (the sources, earlier
  turns, the system prompt: assistant.prepare_prompt) is streamed, a reasoning model's thinking
  split from its answer as the text comes (reasoning.ThinkingSplitter). The answer is checked
  (answer_check.py: a copied passage, the question repeated, no [n] marker, nothing of its
  own); on a failed check it is retried once with a tighter prompt (the best few sources, the
  evidence sentences named) and the better attempt is kept.

It ends with the answer, the thinking, the stats, the sources that made it into the prompt and
the evidence among them. It yields events; the front end decides how to show them (the LLM
worker batches the streamed text for the GUI, the CLI prints it).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from desktop_app.core import assistant, language
from desktop_app.core.application import answer_check
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
    # stays for callers that have plain sources and no grounding (tests, benchmarks).
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
    """The text streamed so far failed a check: discard it (answer and thinking), a second
    attempt streams next. `reason` is the worst problem found, an answer_check constant."""

    reason: str


@dataclass(frozen=True)
class AnswerFinished:
    answer: str
    thinking: str  # "" for a model that does not think aloud
    stats: assistant.AnswerStats
    sources: list[Hit] = field(default_factory=list)  # those in the prompt, numbered from 1
    evidence: list[Evidence] = field(default_factory=list)  # best first, numbered as `sources`
    found: bool = True  # False: the documents don't answer it, and no model ran
    closest: list[Hit] = field(default_factory=list)  # the nearest passages, when not found
    not_found_message: str = ""  # the answer when not found, in the question's language
    # The checks the kept answer still fails (answer_check constants): the evidence stands in.
    problems: tuple[str, ...] = ()


AskEvent = PromptPrepared | ThinkingStreamed | AnswerStreamed | AnswerRetried | AnswerFinished

DEFAULT_POLICY = assistant.AnswerPolicy()


@dataclass(frozen=True)
class _Attempt:
    answer: str
    thinking: str
    stats: assistant.AnswerStats
    sources: list[Hit]
    problems: tuple[str, ...]


def answer(
    engine,
    question: Question,
    cancel: threading.Event,
    policy: assistant.AnswerPolicy = DEFAULT_POLICY,
) -> Iterator[AskEvent]:
    """Answer `question` with `engine` (a ChatEngine, or anything with its interface).

    Stopping (`cancel` set) still ends with AnswerFinished, its stats marked stopped, and is
    never retried. A failure of the model while it writes raises ModelError
    ("model_load_failed"), not llama.cpp's own.
    """
    grounding = question.grounded
    if grounding.searched and not grounding.found:
        yield _not_found(question, grounding)
        return
    sources = list(grounding.sources)
    if policy.max_sources is not None:
        sources = sources[: policy.max_sources]
    style = assistant.PromptStyle(
        policy.source_format, _named_evidence(grounding) if policy.name_evidence else ()
    )
    kept = yield from _attempt(engine, question, sources, style, cancel)
    if kept.problems and policy.retry and not kept.stats.stopped:
        yield AnswerRetried(kept.problems[0])
        tighter = assistant.PromptStyle(
            policy.source_format, _named_evidence(grounding), assistant.RETRY_INSTRUCTION
        )
        retried = yield from _attempt(
            engine, question, sources[: policy.retry_sources], tighter, cancel
        )
        # The retry is kept only when it fails fewer or milder checks. On a tie the first
        # stays: it was written from every source, and on the benchmark (bench/answer_bench.py)
        # keeping the retry on ties turned Gemma 3 270M's right first answers wrong (0.31 of
        # answers right before the retry existed, 0.19 with it). The window then shows the
        # kept answer in place of the streamed retry.
        if retried.stats.stopped or answer_check.badness(retried.problems) < (
            answer_check.badness(kept.problems)
        ):
            kept = retried
    yield AnswerFinished(
        kept.answer,
        kept.thinking,
        kept.stats,
        kept.sources,
        evidence=_evidence_in(grounding, kept.sources),
        problems=kept.problems,
    )


def _attempt(
    engine,
    question: Question,
    sources: list[Hit],
    style: assistant.PromptStyle,
    cancel: threading.Event,
) -> Iterator[AskEvent]:
    """Prepare, stream and check one answer; its events are yielded, the _Attempt returned."""
    prepared = assistant.prepare_prompt(
        question.text,
        sources,
        question.history,
        engine.count_prompt_tokens,
        engine.context_length,
        engine.settings.max_tokens,
        question.system_prompt or None,
        style,
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
    kept_sources = list(prepared.sources)
    # A plain chat has nothing to check an answer against.
    problems = (
        answer_check.problems(splitter.answer, question.text, kept_sources)
        if kept_sources and not stats.stopped
        else ()
    )
    return _Attempt(splitter.answer, splitter.thinking, stats, kept_sources, problems)


def _not_found(question: Question, grounding: Grounding) -> AnswerFinished:
    message = language.not_found_message(question.text)
    stats = assistant.AnswerStats()  # no model ran: no tokens, no context used (none shown)
    return AnswerFinished(
        message,
        "",
        stats,
        sources=[],
        evidence=[],
        found=False,
        closest=list(grounding.sources),
        not_found_message=message,
    )


def _named_evidence(grounding: Grounding) -> tuple[tuple[int, str], ...]:
    """The evidence as the prompt names it: (source number, sentence), best first."""
    return tuple((item.source, item.text) for item in grounding.evidence)


def _evidence_in(grounding: Grounding, sources: Sequence[Hit]) -> list[Evidence]:
    """The grounding's evidence whose source made it into the prompt, numbered as there."""
    kept = []
    for item in grounding.evidence:
        if not 1 <= item.source <= len(grounding.sources):
            continue
        hit = grounding.sources[item.source - 1]
        number = next((n for n, other in enumerate(sources, start=1) if other == hit), None)
        if number is not None:
            kept.append(dataclasses.replace(item, source=number))
    return kept


def _deltas(thinking: str, answer_text: str) -> Iterator[ThinkingStreamed | AnswerStreamed]:
    if thinking:
        yield ThinkingStreamed(thinking)
    if answer_text:
        yield AnswerStreamed(answer_text)
