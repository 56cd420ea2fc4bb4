"""The OpenAI API's shapes as Lokal's API server reads and writes them.

Requests are pydantic models that accept (and ignore) the OpenAI fields Lokal has no use for,
so any OpenAI client works; responses are plain dicts in the shapes the official `openai`
client parses. Grounded answers add a top-level `lokal` field (see `lokal_field`). Also here:
turning a message list into Lokal's question and history, and cutting text at stop strings.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop_app.core import assistant

PLAIN_MODEL = "lokal"  # a chat with the chat model alone, no documents
GROUNDED_PREFIX = "lokal/"  # lokal/<collection>: answers from that collection, with sources
OWNER = "lokal"


class ApiError(Exception):
    """An error answered as OpenAI answers one: {"error": {"message", "type", "code"}}."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        kind: str = "invalid_request_error",
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.kind = kind
        self.param = param

    def body(self) -> dict:
        return error_body(self.message, self.kind, self.code, self.param)


def error_body(message: str, kind: str, code: str | None, param: str | None = None) -> dict:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


# -- requests -----------------------------------------------------------------------------------


class _Lenient(BaseModel):
    # OpenAI's other fields (user, seed, logit_bias, ...) are accepted and ignored.
    model_config = ConfigDict(extra="ignore")


class ChatMessage(_Lenient):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    # A string, or OpenAI's list of parts, of which the text parts are read.
    content: str | list[dict] | None = None

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "\n".join(
            str(part.get("text", ""))
            for part in self.content
            if part.get("type") in ("text", "input_text")
        )


class ChatCompletionRequest(_Lenient):
    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)  # the newer name of max_tokens
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, gt=0, le=1)
    stop: str | list[str] | None = None
    n: int = Field(1, ge=1, le=1)  # one answer per request: the worker makes one at a time

    def answer_tokens(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens


class CompletionRequest(_Lenient):
    model: str
    prompt: str | list[str]
    stream: bool = False
    max_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, gt=0, le=1)
    stop: str | list[str] | None = None
    n: int = Field(1, ge=1, le=1)

    def prompt_text(self) -> str:
        if isinstance(self.prompt, str):
            return self.prompt
        if len(self.prompt) != 1:
            raise ApiError(400, "give one prompt per request", "invalid_prompt", param="prompt")
        return self.prompt[0]


class EmbeddingRequest(_Lenient):
    model: str
    input: str | list[str]
    # The official client asks for base64 (little-endian float32) unless told otherwise.
    encoding_format: Literal["float", "base64"] = "float"

    def texts(self) -> list[str]:
        texts = [self.input] if isinstance(self.input, str) else list(self.input)
        if not texts:
            raise ApiError(400, "input is empty", "invalid_input", param="input")
        return texts


def stop_strings(stop: str | list[str] | None) -> tuple[str, ...]:
    if stop is None:
        return ()
    given = [stop] if isinstance(stop, str) else stop
    return tuple(text for text in given if text)


# -- a message list as Lokal's question -------------------------------------------------------


def conversation(
    messages: Sequence[ChatMessage],
) -> tuple[str | None, tuple[assistant.Turn, ...], str]:
    """(system prompt or None, earlier turns, question) of an OpenAI message list.

    The question is the last message, which must be the user's; system (and developer)
    messages make the system prompt; earlier user and assistant messages pair up into turns
    (two user messages in a row are one question). Tool messages are left out: Lokal's API
    runs no tools."""
    if messages[-1].role != "user" or not messages[-1].text().strip():
        raise ApiError(
            400, "the last message must be the user's, with text", "invalid_messages", "messages"
        )
    system = "\n\n".join(
        message.text() for message in messages if message.role in ("system", "developer")
    ).strip()
    turns: list[assistant.Turn] = []
    asked: list[str] = []
    for message in messages[:-1]:
        if message.role == "user":
            asked.append(message.text())
        elif message.role == "assistant":
            turns.append(assistant.Turn("\n\n".join(asked), message.text()))
            asked = []
    question = "\n\n".join([*asked, messages[-1].text()])
    return system or None, tuple(turns), question


# -- responses ----------------------------------------------------------------------------------


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def now() -> int:
    return int(time.time())


def model_entry(model_id: str, created: int) -> dict:
    return {"id": model_id, "object": "model", "created": created, "owned_by": OWNER}


def usage(prompt_tokens: int, completion_tokens: int) -> dict:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def lokal_field(finished, kept_answer_differs: bool = False) -> dict:
    """What a grounded answer adds to the OpenAI response, at its top level:

    sources (those in the prompt, numbered [1].. as the answer cites them), evidence (the
    sentences of the sources that answer it, each with its source's number), found (False:
    the documents don't answer it, no model ran, and `closest` lists the nearest passages).
    `answer`, in a stream only: the kept answer, when it is not what was streamed (the first
    attempt failed a check and the retry was kept, see serve/app.py); `problems`: the checks
    the kept answer still fails."""
    field = {
        "sources": [hit.to_json() for hit in finished.sources],
        "evidence": [{"source": item.source, "text": item.text} for item in finished.evidence],
        "found": finished.found,
    }
    if not finished.found:
        field["closest"] = [hit.to_json() for hit in finished.closest]
    if finished.problems:
        field["problems"] = list(finished.problems)
    if kept_answer_differs:
        field["answer"] = finished.answer.strip()
    return field


class StopCutter:
    """Text streamed with stop strings: what is safe to send (no stop string can still start
    in it), and whether a stop string came, after which nothing more is sent."""

    def __init__(self, stops: Sequence[str]) -> None:
        self.stops = tuple(stops)
        self.text = ""  # everything fed
        self.sent = 0  # characters of `text` sent
        self.stopped = False

    def feed(self, piece: str) -> str:
        """The text to send now, after `piece` arrived."""
        if self.stopped:
            return ""
        self.text += piece
        cut = self._first_stop()
        if cut is not None:
            self.stopped = True
            return self._send_up_to(cut)
        held = max((_overlap(self.text, stop) for stop in self.stops), default=0)
        return self._send_up_to(len(self.text) - held)

    def finish(self) -> str:
        """What was held back in case a stop string began there."""
        return "" if self.stopped else self._send_up_to(len(self.text))

    def cut(self, text: str) -> str:
        """`text` up to its first stop string."""
        positions = [text.find(stop) for stop in self.stops if stop in text]
        return text[: min(positions)] if positions else text

    def _first_stop(self) -> int | None:
        positions = [self.text.find(stop) for stop in self.stops if stop in self.text]
        return min(positions) if positions else None

    def _send_up_to(self, end: int) -> str:
        end = max(end, self.sent)
        piece, self.sent = self.text[self.sent : end], end
        return piece


def _overlap(text: str, stop: str) -> int:
    """The length of the longest end of `text` that begins `stop` (shorter than `stop`)."""
    for length in range(min(len(text), len(stop) - 1), 0, -1):
        if stop.startswith(text[-length:]):
            return length
    return 0
