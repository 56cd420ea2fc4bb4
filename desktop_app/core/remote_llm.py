"""A model server instead of the local GGUF: llama.cpp's server, vLLM, Ollama, or any
OpenAI-compatible endpoint, through the official `openai` client.

RemoteChatEngine has ChatEngine's interface (core/llm.py), so ask, summarise, the agent and the
workflows drive it unchanged: it streams chat completions, constrains JSON answers with the
server's `response_format`, counts tokens with the server's tokenizer where it has one, and
stops when the caller's cancel Event is set (checked between streamed chunks; closing the
stream closes the HTTP response, which tells the server to stop generating).

What the OpenAI API does not say, the user declares in the profile (config.ProviderProfile):
- The context length. The API reports none, and Lokal fits every prompt to this number. Ollama's
  OpenAI endpoint uses a 2048-token context by default and silently drops what does not fit:
  its server must be started with OLLAMA_CONTEXT_LENGTH at least the profile's context length.
- Whether the server handles `tools` (vLLM only with `--enable-auto-tool-choice
  --tool-call-parser ...`) and `response_format` JSON schemas.

Tools: the agent learns from a chat template's text how a model calls tools
(core/agent/tool_calls.py). The engine has no template; for a profile whose server handles
`tools`, `template_text` is SERVER_TOOL_CALLS, which names the Qwen format: the tools go in the
request, and the server's structured `tool_calls` come back written as Qwen's
`<tool_call>{"name": ..., "arguments": ...}</tool_call>` blocks, which the agent parses; its
history (assistant calls, "tool" results) goes back as the API's tool_calls and tool_call_ids.
Without the flag `template_text` is None and the agent uses its JSON envelope, which every
server can answer.

Token counts (`count_tokens`, `count_prompt_tokens`): the first count probes, once, the
tokenize endpoint of the kind of server (llama.cpp's `POST /tokenize`, llama-cpp-python's
`POST /extras/tokenize`, vLLM's `POST /tokenize`) and keeps the one that answers. These count
raw text, not the chat template's rendering, so a prompt's count adds TOKENS_PER_MESSAGE per
message for the template's role markers (as ChatEngine does for a model without a template) and
PROMPT_OVERHEAD_TOKENS for what a template adds once: the generation prompt, and a system
prompt of its own (SmolLM2's template adds 20 tokens of one when the messages have none).
Without a tokenize endpoint (Ollama, OpenAI-style services) text is estimated at one token per
CHARACTERS_PER_TOKEN characters, rounded up: English text with current tokenizers runs at 3.5
to 4.5 characters a token, so the estimate errs on the side of more tokens, which makes a
prompt that fits the declared context in fact fit.

Every failure is a ModelError the front ends already show: remote_unreachable, remote_timeout,
remote_unauthorized, remote_model_missing, remote_failed (with the server's own message). The
API key is sent only in the Authorization header; it never appears in a message or a repr.
`openai` and `httpx` are imported only when an engine or a listing needs them.
"""

from __future__ import annotations

import dataclasses
import json
import math
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop_app.core.errors import ModelError
from desktop_app.core.llm import EngineSettings

# The agent's template text for a server that handles tools (see the module's note): it names
# the Qwen format, the one stream_chat writes the server's tool calls in.
SERVER_TOOL_CALLS = "tools: the server's own tool calls, read back as <tool_call> blocks"
TOKENS_PER_MESSAGE = 8  # role markers and separators a chat template adds to each message
PROMPT_OVERHEAD_TOKENS = 32  # what a template adds once per prompt (see the module's note)
CHARACTERS_PER_TOKEN = 3.5  # the estimate without a tokenizer: errs towards more tokens
CONNECT_SECONDS = 10.0  # a server that does not accept the connection in this time is down

LLAMA_CPP, VLLM, OLLAMA, OPENAI = "llama.cpp", "vllm", "ollama", "openai"


@dataclass(frozen=True)
class RemoteEndpoint:
    """Where a provider profile sends its requests, and what its server can do."""

    name: str  # the profile's name
    kind: str  # LLAMA_CPP, VLLM, OLLAMA or OPENAI
    base_url: str  # with its /v1: http://gpu-box:8080/v1
    api_key: str | None = dataclasses.field(default=None, repr=False)
    model: str = ""  # an id from /v1/models; "" for the server's first
    context_length: int = 4096
    tools: bool = False
    json_schema: bool = False
    timeout_seconds: float = 120.0

    @property
    def host_label(self) -> str:
        return host_label(self.base_url)

    @property
    def root_url(self) -> str:
        """The server's root, where the tokenize endpoints are: the base URL less its /v1."""
        base = self.base_url.rstrip("/")
        return base[: -len("/v1")] if base.endswith("/v1") else base


def host_label(base_url: str) -> str:
    """The server as the chat header and the CLI name it: "gpu-box:8080"."""
    host = urlsplit(base_url).netloc.rsplit("@", 1)[-1]  # never the user:password part
    return host or base_url


def list_models(endpoint: RemoteEndpoint) -> list[str]:
    """The ids the server's GET /v1/models lists, in its order."""
    http = _http_client(endpoint)
    try:
        with _translated_errors(endpoint, listing=True):
            return [model.id for model in _openai_client(endpoint, http).models.list().data]
    finally:
        http.close()


class RemoteChatEngine:
    """ChatEngine's interface over a model server. Like ChatEngine, it belongs to one thread."""

    is_remote = True
    info = None  # no GGUF: callers that read the file's facts check for None
    opens_thinking = False  # reasoning the server sends apart arrives inside <think> tags
    template_problem = None

    def __init__(self, endpoint: RemoteEndpoint, settings: EngineSettings | None = None) -> None:
        self.endpoint = endpoint
        # The declared context is the one every prompt is fitted to.
        self.settings = dataclasses.replace(
            settings or EngineSettings(), context_length=endpoint.context_length
        )
        self.model_path = self.label_for(endpoint)
        self._http = _http_client(endpoint)  # the openai client's, and the tokenizers'
        self._client = _openai_client(endpoint, self._http)
        self._model = endpoint.model
        self._tokenizer: _Tokenizer | None = None  # probed at the first count
        # The response_format forms the server refused: the next JSON answer tries the next one.
        self._json_formats = _json_formats(endpoint)

    @property
    def template_text(self) -> str | None:
        """SERVER_TOOL_CALLS when the server handles tools (see the module's note), else None:
        no template here, the agent uses its JSON envelope."""
        return SERVER_TOOL_CALLS if self.endpoint.tools else None

    @staticmethod
    def label_for(endpoint: RemoteEndpoint) -> str:
        """How the window and the CLI name the model in use: "<model> (<host>)"."""
        return f"{endpoint.model or endpoint.name} ({endpoint.host_label})"

    @property
    def context_length(self) -> int:
        return self.endpoint.context_length

    @property
    def tokenizer_endpoint(self) -> str | None:
        """The tokenize endpoint counts come from ("/extras/tokenize"...), None for the
        estimate; probed at the first count."""
        tokenizer = self._ensure_tokenizer()
        return tokenizer.path if tokenizer is not None else None

    def update_sampling(self, settings: EngineSettings) -> None:
        """New sampling settings for the next answers; nothing to reload on a server."""
        self.settings = dataclasses.replace(settings, context_length=self.endpoint.context_length)

    def render_prompt(self, messages, tools=None) -> None:
        return None  # the server renders its own template

    # -- tokens ---------------------------------------------------------------------------------

    def count_tokens(self, text: str) -> int:
        tokenizer = self._ensure_tokenizer()
        if tokenizer is not None:
            try:
                return self._count_with(tokenizer, text)
            except _NoTokenizer:  # it answered the probe, not this text (a 500): estimate
                pass
        return estimate_tokens(text)

    def count_prompt_tokens(self, messages: list[dict[str, str]], tools=None) -> int:
        """The messages' texts counted in one request, plus the template's overhead."""
        texts = [str(message.get("content") or "") for message in messages]
        texts += [
            json.dumps(m["tool_calls"], ensure_ascii=False) for m in messages if m.get("tool_calls")
        ]
        if tools:
            texts.append(json.dumps(tools, ensure_ascii=False))
        overhead = PROMPT_OVERHEAD_TOKENS + TOKENS_PER_MESSAGE * len(messages)
        return self.count_tokens("\n".join(texts)) + overhead

    def _ensure_tokenizer(self) -> _Tokenizer | None:
        if self._tokenizer is None:
            self._tokenizer = self._probe_tokenizer()
        return self._tokenizer if self._tokenizer.path else None

    def _probe_tokenizer(self) -> _Tokenizer:
        """The first tokenize endpoint of this kind of server that answers; else the estimate."""
        for tokenizer in _TOKENIZERS.get(self.endpoint.kind, ()):
            try:
                self._count_with(tokenizer, "Lokal")
            except _NoTokenizer:
                continue
            return tokenizer
        return _Tokenizer(path=None, body=None, reply=None)

    def _count_with(self, tokenizer: _Tokenizer, text: str) -> int:
        import httpx

        body = tokenizer.body(text, self._model_id())
        try:
            response = self._http.post(
                self.endpoint.root_url + tokenizer.path,
                json=body,
                headers=_auth_headers(self.endpoint),
            )
        except httpx.TimeoutException:
            raise _timeout(self.endpoint) from None
        except httpx.TransportError as error:
            raise _unreachable(self.endpoint, error) from None
        if response.status_code in (401, 403):
            raise ModelError("remote_unauthorized", url=self.endpoint.base_url)
        if response.status_code != 200:
            raise _NoTokenizer()
        try:
            return tokenizer.reply(response.json())
        except (ValueError, KeyError, TypeError):
            raise _NoTokenizer() from None

    # -- generation -----------------------------------------------------------------------------

    def stream_chat(
        self,
        messages: list[dict[str, str]],
        cancel: threading.Event | None = None,
        max_tokens: int | None = None,
        stats=None,
        tools=None,
    ) -> Iterator[str]:
        """Yield the answer's text as the server streams it; stop when `cancel` is set.

        `stats` is updated as ChatEngine's: completion_tokens (streamed pieces), seconds,
        first_token_seconds, stopped, and prompt_tokens when the server reports its usage."""
        request = {
            "model": self._model_id(),
            "messages": api_messages(messages),
            "max_tokens": max_tokens or self.settings.max_tokens,
            "temperature": self.settings.temperature,
            "top_p": self.settings.top_p,
            "stream_options": {"include_usage": True},
            **self._sampling_extras(),
        }
        if tools and self.endpoint.tools:
            request["tools"] = tools
        return self._stream(
            lambda: self._client.chat.completions.create(stream=True, **request),
            ChatPieces(),
            cancel,
            stats,
        )

    def stream_completion(
        self, prompt: str, cancel: threading.Event | None, max_tokens: int | None, stats=None
    ) -> Iterator[str]:
        """A plain text completion of `prompt` (no chat template), streamed."""
        request = {
            "model": self._model_id(),
            "prompt": prompt,
            "max_tokens": max_tokens or self.settings.max_tokens,
            "temperature": self.settings.temperature,
            "top_p": self.settings.top_p,
            **self._sampling_extras(),
        }
        return self._stream(
            lambda: self._client.completions.create(stream=True, **request),
            CompletionPieces(),
            cancel,
            stats,
        )

    def complete_json(
        self,
        messages: list[dict[str, str]],
        schema: dict,
        max_tokens: int | None = None,
        cancel: threading.Event | None = None,
    ) -> str:
        """One chat completion asked to follow the JSON `schema`, the raw text (callers parse and
        validate it: core/structured.py). The schema goes as the server takes it; a server
        that refuses that form is asked with the next one (a bare JSON object, then plain
        text), and the refused form is not tried again. Stops between chunks on `cancel`."""
        while True:
            response_format = self._json_formats[0](schema) if self._json_formats else None
            request = {
                "model": self._model_id(),
                "messages": api_messages(messages),
                "max_tokens": max_tokens or self.settings.max_tokens,
                "temperature": self.settings.temperature,
                "top_p": self.settings.top_p,
                **self._sampling_extras(),
            }
            if response_format is not None:
                request["response_format"] = response_format
            try:
                pieces = self._stream(
                    lambda request=request: self._client.chat.completions.create(
                        stream=True, **request
                    ),
                    ChatPieces(),
                    cancel,
                    None,
                    refused_format=response_format is not None,
                )
                return "".join(pieces)
            except _FormatRefused:
                self._json_formats = self._json_formats[1:]

    def close(self) -> None:
        http, self._http = self._http, None
        if http is not None:
            http.close()

    # -- the one stream loop ------------------------------------------------------------------

    def _stream(self, open_stream, read_piece, cancel, stats, refused_format=False):
        """Open the stream now (so a refused request fails here, not at the first `next`),
        then return the generator of its pieces."""
        cancel = cancel or threading.Event()
        started = time.perf_counter()
        with _translated_errors(self.endpoint, model=self._model_id(), format=refused_format):
            stream = open_stream()
        return self._pieces(stream, read_piece, cancel, stats, started)

    def _pieces(self, stream, read_piece, cancel, stats, started) -> Iterator[str]:
        pieces = 0
        try:
            with _translated_errors(self.endpoint, model=self._model_id()):
                for chunk in stream:
                    if cancel.is_set():
                        if stats is not None:
                            stats.stopped = True
                        break
                    usage = getattr(chunk, "usage", None)
                    if stats is not None and usage is not None and usage.prompt_tokens:
                        stats.prompt_tokens = usage.prompt_tokens
                    text = read_piece.read(chunk)
                    if not text:
                        continue
                    pieces += 1
                    if stats is not None:
                        stats.completion_tokens = pieces
                        stats.seconds = time.perf_counter() - started
                        if pieces == 1:
                            stats.first_token_seconds = stats.seconds
                    yield text
                if not cancel.is_set() and (calls := read_piece.finish()):
                    yield calls
        finally:
            stream.close()  # closes the HTTP response: the server stops generating
            if stats is not None:
                stats.seconds = time.perf_counter() - started

    def _model_id(self) -> str:
        """The profile's model, else the server's first (a server with one model, as
        llama.cpp's usually is, needs no choice)."""
        if not self._model:
            with _translated_errors(self.endpoint, listing=True):
                listed = [model.id for model in self._client.models.list().data]
            if not listed:
                raise ModelError("remote_model_missing", url=self.endpoint.base_url, model="?")
            self._model = listed[0]
        return self._model

    def _sampling_extras(self) -> dict:
        """The sampling settings outside the OpenAI API, for the servers that take them."""
        settings = self.settings
        if self.endpoint.kind == LLAMA_CPP:
            return {
                "extra_body": {"top_k": settings.top_k, "repeat_penalty": settings.repeat_penalty}
            }
        if self.endpoint.kind == VLLM:
            return {
                "extra_body": {
                    "top_k": settings.top_k,
                    "repetition_penalty": settings.repeat_penalty,
                }
            }
        return {}


def estimate_tokens(text: str) -> int:
    """Tokens `text` takes by the estimate used without a tokenizer (see the module's note)."""
    return math.ceil(len(text) / CHARACTERS_PER_TOKEN)


# -- requests and errors --------------------------------------------------------------------------


def _http_client(endpoint: RemoteEndpoint):
    import httpx

    timeout = httpx.Timeout(
        endpoint.timeout_seconds, connect=min(CONNECT_SECONDS, endpoint.timeout_seconds)
    )
    return httpx.Client(timeout=timeout)


def _openai_client(endpoint: RemoteEndpoint, http):
    from openai import OpenAI

    return OpenAI(
        base_url=endpoint.base_url,
        api_key=endpoint.api_key or "none",  # the client insists on one; servers without ignore it
        timeout=http.timeout,
        max_retries=0,  # a retry doubles the wait on a server that is down; the user retries
        http_client=http,
    )


def _auth_headers(endpoint: RemoteEndpoint) -> dict[str, str]:
    return {"Authorization": f"Bearer {endpoint.api_key}"} if endpoint.api_key else {}


def api_messages(messages: list[dict]) -> list[dict]:
    """Lokal's messages as the OpenAI API takes them: role and text, and the agent's tool turns
    (core/agent/tool_calls.history_messages: an assistant's calls, then one "tool" message per
    result, in the same order) with the ids the API pairs them by."""
    converted: list[dict] = []
    pending_ids: list[str] = []  # the calls of the last assistant turn still without a result
    for number, message in enumerate(messages):
        entry = {"role": message["role"], "content": message.get("content") or ""}
        if message.get("tool_calls"):
            calls = []
            for index, call in enumerate(message["tool_calls"]):
                function = call.get("function", {})
                arguments = function.get("arguments", {})
                calls.append(
                    {
                        "id": f"call_{number}_{index}",
                        "type": "function",
                        "function": {
                            "name": function.get("name", ""),
                            "arguments": arguments
                            if isinstance(arguments, str)
                            else json.dumps(arguments, ensure_ascii=False),
                        },
                    }
                )
            entry["tool_calls"] = calls
            pending_ids = [call["id"] for call in calls]
        elif message["role"] == "tool":
            entry["tool_call_id"] = pending_ids.pop(0) if pending_ids else f"call_{number}"
        converted.append(entry)
    return converted


class ChatPieces:
    """Reads the text of each streamed chat chunk.

    Reasoning a server sends apart from the answer (`reasoning_content`: vLLM, llama.cpp with
    --reasoning-format) comes wrapped in <think> tags, which the callers' ThinkingSplitter folds
    away as it does a local model's. Tool calls arrive in pieces (a name, then the arguments'
    JSON in fragments, by index); `finish` writes them out whole as <tool_call> blocks."""

    def __init__(self) -> None:
        self._thinking = False
        self._calls: dict[int, dict[str, str]] = {}

    def read(self, chunk) -> str | None:
        if not chunk.choices:
            return None
        delta = chunk.choices[0].delta
        if delta is None:
            return None
        for call in delta.tool_calls or ():
            gathered = self._calls.setdefault(call.index, {"name": "", "arguments": ""})
            if call.function is not None:
                gathered["name"] += call.function.name or ""
                gathered["arguments"] += call.function.arguments or ""
        extra = getattr(delta, "model_extra", None) or {}
        reasoning = extra.get("reasoning_content") or extra.get("reasoning")
        text = ""
        if reasoning:
            text += ("" if self._thinking else "<think>") + reasoning
            self._thinking = True
        if delta.content:
            text += ("</think>" if self._thinking else "") + delta.content
            self._thinking = False
        return text or None

    def finish(self) -> str | None:
        """The tool calls of the reply, as Qwen's <tool_call> blocks; None when it made none."""
        blocks = [
            "<tool_call>"
            + json.dumps({"name": call["name"], "arguments": call["arguments"] or "{}"})
            + "</tool_call>"
            for _index, call in sorted(self._calls.items())
        ]
        closing = "</think>" if self._thinking and blocks else ""
        return closing + "\n".join(blocks) if blocks else None


class CompletionPieces:
    """Reads the text of each streamed plain-completion chunk."""

    def read(self, chunk) -> str | None:
        return chunk.choices[0].text if chunk.choices else None

    def finish(self) -> None:
        return None


@contextmanager
def _translated_errors(
    endpoint: RemoteEndpoint, model: str = "", listing: bool = False, format: bool = False
):
    """The openai client's and httpx's failures as the ModelErrors the front ends show."""
    import httpx
    import openai

    try:
        yield
    except openai.APITimeoutError:
        raise _timeout(endpoint) from None
    except openai.APIConnectionError as error:
        raise _unreachable(endpoint, error.__cause__ or error) from None
    except (openai.AuthenticationError, openai.PermissionDeniedError):
        raise ModelError("remote_unauthorized", url=endpoint.base_url) from None
    except openai.NotFoundError as error:
        if listing:  # no /v1/models there: most likely a base URL without its /v1
            detail = f"{_server_message(error, endpoint)} (is {endpoint.base_url} the API's /v1?)"
            raise ModelError("remote_failed", url=endpoint.base_url, detail=detail) from None
        raise ModelError("remote_model_missing", url=endpoint.base_url, model=model) from None
    except (openai.BadRequestError, openai.UnprocessableEntityError) as error:
        if format:
            raise _FormatRefused() from None
        raise _failed(endpoint, error) from None
    except openai.APIError as error:
        raise _failed(endpoint, error) from None
    except httpx.TimeoutException:  # mid-stream: httpx's own errors come through unwrapped
        raise _timeout(endpoint) from None
    except httpx.TransportError as error:
        raise _unreachable(endpoint, error) from None


def _timeout(endpoint: RemoteEndpoint) -> ModelError:
    return ModelError(
        "remote_timeout", url=endpoint.base_url, seconds=f"{endpoint.timeout_seconds:g}"
    )


def _unreachable(endpoint: RemoteEndpoint, error: BaseException) -> ModelError:
    detail = _scrubbed(str(error) or type(error).__name__, endpoint)
    return ModelError("remote_unreachable", url=endpoint.base_url, detail=detail)


def _failed(endpoint: RemoteEndpoint, error) -> ModelError:
    return ModelError(
        "remote_failed", url=endpoint.base_url, detail=_server_message(error, endpoint)
    )


def _server_message(error, endpoint: RemoteEndpoint) -> str:
    """What the server said: OpenAI's {"error": {"message"}}, FastAPI's {"detail"}, else the
    client's summary."""
    body = getattr(error, "body", None)
    message = None
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        message = message or body.get("detail")
    message = message if isinstance(message, str) and message else str(error)
    return _scrubbed(message, endpoint)


def _scrubbed(text: str, endpoint: RemoteEndpoint) -> str:
    """`text` with the API key taken out, should a server or a library ever echo it."""
    if endpoint.api_key and endpoint.api_key in text:
        text = text.replace(endpoint.api_key, "***")
    return text


class _FormatRefused(Exception):
    """The server refused the request's response_format (HTTP 400 or 422)."""


class _NoTokenizer(Exception):
    """This tokenize endpoint is not there (or answers in another form)."""


# -- the servers' tokenizers and JSON forms -------------------------------------------------------


@dataclass(frozen=True)
class _Tokenizer:
    path: str | None  # after the root URL; None: the estimate
    body: object  # (text, model) -> the request's JSON
    reply: object  # the reply's JSON -> the count


_LLAMA_CPP_NATIVE = _Tokenizer(
    "/tokenize", lambda text, _model: {"content": text}, lambda reply: len(reply["tokens"])
)
_LLAMA_CPP_PYTHON = _Tokenizer(
    "/extras/tokenize",
    lambda text, model: {"input": text, "model": model},
    lambda reply: len(reply["tokens"]),
)
_VLLM = _Tokenizer(
    "/tokenize", lambda text, model: {"model": model, "prompt": text}, lambda reply: reply["count"]
)
# Which to try, in order, for each kind of server; Ollama and OpenAI-style services have none.
_TOKENIZERS: dict[str, tuple[_Tokenizer, ...]] = {
    LLAMA_CPP: (_LLAMA_CPP_NATIVE, _LLAMA_CPP_PYTHON),
    VLLM: (_VLLM,),
}


def _json_formats(endpoint: RemoteEndpoint) -> list:
    """The response_format forms to ask a JSON answer with, best first (a refused one is
    dropped). llama.cpp's servers (native and llama-cpp-python's) both take a schema inside
    {"type": "json_object"}; the others take OpenAI's json_schema form when the profile says
    so. A bare JSON object is the fallback, then nothing (the callers validate)."""
    bare = lambda _schema: {"type": "json_object"}  # noqa: E731
    if endpoint.kind == LLAMA_CPP:
        return [lambda schema: {"type": "json_object", "schema": schema}, bare]
    if endpoint.json_schema:
        return [
            lambda schema: {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": schema},
            },
            bare,
        ]
    return [bare]
