"""Checks of a grounded answer that need no model: the failures small models show most.

Seen with the bundled 135M model and 0.5B instruct models (issue 11): an answer that pastes a
passage of a source, one that ends by repeating the question, one with no [n] marker, and one
that is only markers and source labels ("[1] R-FAQ.pdf, page 23: [2] ..."). ask.answer retries
once when a check fails and keeps the better attempt; what the kept one still fails is told to
the front end, which then lets the evidence sentences stand in.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Sequence

from desktop_app.core import assistant
from desktop_app.core.store_types import Hit

EMPTY = "empty"  # no words of its own (nothing, or only markers and source labels)
COPIES_SOURCE = "copies_source"  # most of it is one verbatim run of a source's words
REPEATS_QUESTION = "repeats_question"  # it ends with the question, or is mostly the question
NO_CITATION = "no_citation"  # no [n] marker naming a source of the prompt

# Worst first: the order in which two attempts are compared (see `badness`).
PROBLEMS = (EMPTY, COPIES_SOURCE, REPEATS_QUESTION, NO_CITATION)

MIN_OWN_WORDS = 1  # fewer words outside markers and labels: empty ("4729 [1]" is an answer)
# A quoted sentence is a fine answer; a pasted passage is not. Both limits must be passed.
COPY_MIN_WORDS = 20
COPY_SHARE = 0.6
# The question counts as repeated when this share of its words comes back as one run ...
QUESTION_SHARE = 0.8
QUESTION_MIN_WORDS = 3
# ... at the answer's end (within this many words) or as at least half of the answer.
QUESTION_END_SLACK = 2

_MARKER = re.compile(r"\[(\d+)\]")
_WORD = re.compile(r"\w+", re.UNICODE)
_PAGE = re.compile(r"\bpage\s+\d+\b", re.IGNORECASE)  # what is left of a label, rewritten


def problems(answer: str, question: str, sources: Sequence[Hit]) -> tuple[str, ...]:
    """What is wrong with `answer` to `question` from the numbered `sources` (worst first);
    empty when nothing is. Without sources (a plain chat) only emptiness is checked."""
    found = []
    own = _own_words(answer, sources)
    if len(own) < MIN_OWN_WORDS:
        found.append(EMPTY)
    elif sources:
        words = _words(answer)
        if copies_a_source(words, sources):
            found.append(COPIES_SOURCE)
        if repeats_question(words, _words(question)):
            found.append(REPEATS_QUESTION)
    if sources and EMPTY not in found and not cites(answer, len(sources)):
        found.append(NO_CITATION)
    return tuple(found)


def badness(found: Sequence[str]) -> tuple[int, ...]:
    """A sort key: the attempt with the smaller key is the better one (worst problem first)."""
    return tuple(int(problem in found) for problem in PROBLEMS)


def cites(answer: str, source_count: int) -> bool:
    """The answer names at least one of the sources 1..source_count as [n]."""
    return any(1 <= int(number) <= source_count for number in _MARKER.findall(answer))


def copies_a_source(answer_words: Sequence[str], sources: Sequence[Hit]) -> bool:
    if len(answer_words) < COPY_MIN_WORDS:
        return False
    for hit in sources:
        run = _longest_run(answer_words, _words(hit.text))
        if run >= COPY_MIN_WORDS and run >= COPY_SHARE * len(answer_words):
            return True
    return False


def repeats_question(answer_words: Sequence[str], question_words: Sequence[str]) -> bool:
    if len(question_words) < QUESTION_MIN_WORDS or not answer_words:
        return False
    match = _matcher(answer_words, question_words).find_longest_match(
        0, len(answer_words), 0, len(question_words)
    )
    if match.size < QUESTION_SHARE * len(question_words):
        return False
    at_the_end = match.a + match.size >= len(answer_words) - QUESTION_END_SLACK
    return at_the_end or match.size * 2 >= len(answer_words)


def _own_words(answer: str, sources: Sequence[Hit]) -> list[str]:
    """The answer's words without its [n] markers and the source labels it may have copied."""
    text = _MARKER.sub(" ", answer)
    for hit in sources:
        text = text.replace(assistant.source_label(hit), " ")
        text = text.replace(os.path.basename(hit.path), " ")
    return _words(_PAGE.sub(" ", text))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _longest_run(first: Sequence[str], second: Sequence[str]) -> int:
    if not first or not second:
        return 0
    return _matcher(first, second).find_longest_match(0, len(first), 0, len(second)).size


def _matcher(first: Sequence[str], second: Sequence[str]) -> difflib.SequenceMatcher:
    # autojunk off: in a long source, frequent words ("the") would otherwise break the runs.
    return difflib.SequenceMatcher(None, first, second, autojunk=False)
