"""One model step that must answer in JSON: grammar-constrained, parsed, validated, re-asked.

A grammar (ChatEngine.complete_json) makes even a 135M model write JSON, but it guarantees a
valid prefix, not a finished object (too few tokens cut it), and it does not enforce `minimum`,
`maximum` or `format`. So each reply is parsed and validated with jsonschema here; on a
problem the model is asked again, with its reply and the problem stated briefly in a follow-up
user message, and a cut-off reply gets twice the tokens. After the last attempt the best reply
comes back with its problems: bad model output never raises. Cancel raises `Cancelled`, and
engine errors (ModelError) pass through. Independent of any workflow.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

# A problem quoted back to the model, or to a log, stays short.
_PROBLEM_CHARACTERS = 160
_PROBLEMS_QUOTED = 3


class Cancelled(Exception):
    """The step was stopped through its `cancel` event."""


@dataclass(frozen=True)
class StructuredResult:
    value: Any  # the parsed JSON (None when no attempt parsed)
    attempts: int  # model calls made
    problems: tuple[str, ...]  # why `value` is not valid; empty when it is
    text: str = ""  # the raw reply `value` came from

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Attempt:
    text: str
    value: Any
    parsed: bool
    truncated: bool
    problems: tuple[str, ...]

    def rank(self) -> tuple[int, int]:
        """Lower is better: valid, then parsed with fewest problems, then unparsed."""
        return (0 if self.parsed else 1, len(self.problems))


def ask_json(
    engine,
    messages: list[dict[str, str]],
    schema: dict,
    retries: int = 2,
    max_tokens: int = 256,
    cancel: threading.Event | None = None,
) -> StructuredResult:
    """Ask `engine` for JSON matching `schema`, re-asking up to `retries` times on a problem.
    A schema that is not a valid JSON schema is the caller's bug: jsonschema's SchemaError."""
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    cancel = cancel or threading.Event()
    conversation = list(messages)
    tokens = max_tokens
    best: _Attempt | None = None
    attempts = 0
    for _ in range(retries + 1):
        if cancel.is_set():
            raise Cancelled
        text = engine.complete_json(conversation, schema, max_tokens=tokens, cancel=cancel)
        attempts += 1
        if cancel.is_set():
            raise Cancelled
        attempt = _judge(text, validator)
        if best is None or attempt.rank() < best.rank():
            best = attempt
        if not attempt.problems:
            break
        if attempt.truncated:
            tokens *= 2  # a cut-off object needs room, not advice
        conversation = [
            *messages,
            {"role": "assistant", "content": text},
            {"role": "user", "content": _follow_up(attempt.problems)},
        ]
    return StructuredResult(best.value, attempts, best.problems, best.text)


def _judge(text: str, validator: Draft202012Validator) -> _Attempt:
    stripped = text.strip()
    if not stripped:
        return _Attempt(text, None, False, False, ("the reply was empty",))
    try:
        value = json.loads(stripped)
    except json.JSONDecodeError as error:
        # An error at the very end, or a string never closed, means the object was not
        # finished: cut off by max_tokens.
        if error.pos >= len(stripped) or error.msg.startswith("Unterminated string"):
            return _Attempt(text, None, False, True, ("the JSON was cut off before its end",))
        return _Attempt(text, None, False, False, (_short(f"the reply is not JSON: {error}"),))
    errors = sorted(validator.iter_errors(value), key=lambda error: list(error.absolute_path))
    problems = tuple(_short(_describe(error)) for error in errors)
    return _Attempt(text, value, True, False, problems)


def _describe(error) -> str:
    where = error.json_path
    return error.message if where == "$" else f"{where[2:]}: {error.message}"


def _short(problem: str) -> str:
    if len(problem) <= _PROBLEM_CHARACTERS:
        return problem
    return problem[: _PROBLEM_CHARACTERS - 1] + "…"


def _follow_up(problems: tuple[str, ...]) -> str:
    listed = "; ".join(problems[:_PROBLEMS_QUOTED])
    more = (
        f" (and {len(problems) - _PROBLEMS_QUOTED} more)"
        if len(problems) > _PROBLEMS_QUOTED
        else ""
    )
    return (
        f"That reply has a problem: {listed}{more}. "
        "Answer again with only the corrected JSON object."
    )
