"""A chat engine for tests of logic: its answer is a deterministic function of the prompt.

It has ChatEngine's interface (count_tokens, count_prompt_tokens, stream_chat, context_length,
settings, opens_thinking, model_path, info, close), so core, the workers and the CLI drive it
as they drive the real model. What it writes never depends on a CPU or a llama.cpp build, so a
test may assert its words; tests of the real model assert properties instead.

    engine = ScriptedEngine(reply=lambda messages: "an answer")   # fixed or computed text
    engine.prompts   # every list of messages it was given, in order

Tokens are counted as whitespace-separated words (plus a few per message for the template), a
fair stand-in for a real tokenizer at the sizes tests use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.llm import EngineSettings

TOKENS_PER_MESSAGE = 4  # role markers and separators, as a chat template adds them


def echo_last_user_message(messages: list[dict[str, str]]) -> str:
    """The default reply: the last user message's first line, so the prompt shows through."""
    user = [message["content"] for message in messages if message["role"] == "user"]
    first_line = user[-1].strip().splitlines()[0] if user and user[-1].strip() else ""
    return f"Scripted answer to: {first_line}"


@dataclass(frozen=True)
class ScriptedInfo:
    """The few GGUF facts callers read from `engine.info`."""

    path: Path
    file_size: int = 1
    chat_template: str | None = None
    architecture: str = "scripted"


class ScriptedEngine:
    def __init__(
        self,
        reply: str | Callable[[list[dict[str, str]]], str] = echo_last_user_message,
        context_length: int = 2048,
        opens_thinking: bool = False,
        max_tokens: int = 256,
        piece_words: int = 1,
        model_path: str | Path = "scripted.gguf",
        template_text: str | None = None,
    ) -> None:
        self._reply = reply if callable(reply) else (lambda _messages, text=reply: text)
        self.context_length = context_length
        self.opens_thinking = opens_thinking
        self.settings = EngineSettings(context_length=context_length, max_tokens=max_tokens)
        self.piece_words = piece_words  # words per streamed piece, as a token would be
        self.model_path = Path(model_path)
        self.info = ScriptedInfo(path=self.model_path)
        self.template_source = None
        # ChatEngine's: the chat template's source; a test sets a real one to drive the agent's
        # native tool calls (the reply is still scripted).
        self.template_text = template_text
        self.tools: list[list[dict] | None] = []  # the `tools` of each stream_chat call
        self.template_problem = None  # ChatEngine's: why the GGUF's template was replaced
        self.prompts: list[list[dict[str, str]]] = []
        self.schemas: list[dict] = []  # the schema of each complete_json call
        self.json_max_tokens: list[int | None] = []  # and its max_tokens
        self.closed = False

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def count_prompt_tokens(self, messages: list[dict[str, str]], tools=None) -> int:
        listed = sum(self.count_tokens(str(tool)) for tool in tools or ())
        return listed + sum(self.count_tokens(m["content"]) + TOKENS_PER_MESSAGE for m in messages)

    def update_sampling(self, settings: EngineSettings) -> None:
        self.settings = settings

    def stream_chat(
        self,
        messages: list[dict[str, str]],
        cancel: threading.Event | None = None,
        max_tokens: int | None = None,
        stats=None,
        tools=None,
    ) -> Iterator[str]:
        """Stream the reply in pieces of `piece_words` words (their spaces kept), at most
        `max_tokens` of them, stopping when `cancel` is set. Records `tools`."""
        self.prompts.append([dict(message) for message in messages])
        self.tools.append(tools)
        text = self._reply(messages)
        words = text.split(" ")
        pieces = [
            " ".join(words[start : start + self.piece_words])
            + (" " if start + self.piece_words < len(words) else "")
            for start in range(0, len(words), self.piece_words)
        ]
        limit = max_tokens or self.settings.max_tokens
        for number, piece in enumerate(pieces[:limit], start=1):
            if cancel is not None and cancel.is_set():
                if stats is not None:
                    stats.stopped = True
                return
            if stats is not None:
                stats.completion_tokens = number
            yield piece

    def complete_json(
        self,
        messages: list[dict[str, str]],
        schema: dict,
        max_tokens: int | None = None,
        cancel: threading.Event | None = None,
    ) -> str:
        """ChatEngine.complete_json: the reply's text, cut to `max_tokens` words (as a token
        limit cuts a grammar's output); "" when `cancel` is set. No grammar: the reply is what
        the test scripted, so tests can feed bad JSON. Records the prompt and the schema."""
        self.prompts.append([dict(message) for message in messages])
        self.schemas.append(schema)
        self.json_max_tokens.append(max_tokens)
        if cancel is not None and cancel.is_set():
            return ""
        words = self._reply(messages).split(" ")
        return " ".join(words[: max_tokens or self.settings.max_tokens])

    def close(self) -> None:
        self.closed = True


class RecordingEngine:
    """A real engine whose prompts are recorded, as ScriptedEngine records its own.

    Tests of the real model assert what reached the prompt (a fact from the last page), since
    what the model then writes differs between CPUs and llama.cpp builds.
    """

    def __init__(self, engine) -> None:
        self.engine = engine
        self.prompts: list[list[dict[str, str]]] = []

    def __getattr__(self, name: str):
        return getattr(self.engine, name)

    def stream_chat(self, messages: list[dict[str, str]], *args, **kwargs) -> Iterator[str]:
        self.prompts.append([dict(message) for message in messages])
        return self.engine.stream_chat(messages, *args, **kwargs)
