"""The OpenAI-compatible HTTP API over a ServeBackend: FastAPI routes, the token, streaming.

Routes: GET /v1/models (and /v1/models/{id}), POST /v1/chat/completions (streamed or not),
POST /v1/completions, POST /v1/embeddings. Every request needs `Authorization: Bearer
<token>`, checked in constant time against `token()`, read per request so that a token renewed
in the window applies at once; anything else is a 401 before the request is even read.

Model ids: `lokal` is a plain chat with the chat model (no documents); `lokal/<collection>`
answers from that collection as `lokal ask --collection` does (core/application/ask.py), and
its response carries a top-level `lokal` field: sources, evidence, found (protocol.lokal_field).
The embedder's name (all-MiniLM-L6-v2 by default) is the model id of /v1/embeddings.

Sampling per request: `max_tokens` (or `max_completion_tokens`; a chat answer gets at least 16
and at most half the context window, as assistant.prepare_prompt allots it), `temperature`,
`top_p`, `stop` (strings the text is cut at; the model stops there). Other OpenAI fields are
accepted and ignored; `n` above 1 is refused.

Streaming (`stream: true`) is OpenAI's server-sent events: `data: {chunk}` lines, each a
`chat.completion.chunk` whose `choices[0].delta.content` is the next text, a last chunk with
`finish_reason` (and, for grounded models, the `lokal` field; `usage` for every model), then
`data: [DONE]`. A reasoning model's thinking comes as `delta.reasoning_content`.

A grounded answer that fails a check is answered again once (ask.answer's policy). Text sent
cannot be taken back, so a stream sends the first attempt only; when the retry is the answer
kept, the last chunk's `lokal.answer` holds it, and a client that wants the checked answer
reads it there (a non-streamed response simply has the kept answer as its content).

The models run on the backend's one worker thread; each request's events cross to the event
loop through an asyncio queue (loop.call_soon_threadsafe), so the loop never waits on a model.
A client that disconnects sets its request's cancel: queued, it never runs; running, the
model stops after its current token. Malformed requests are answered 400 (404 for an unknown
model) with OpenAI's error JSON, and the server goes on serving.
"""

from __future__ import annotations

import asyncio
import json
import struct
import threading
from collections.abc import AsyncIterator, Callable

# fastapi at the top: this module is imported only when a server starts (server.py).
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException

from desktop_app import __version__
from desktop_app.core.api_token import tokens_match
from desktop_app.core.application import ask
from desktop_app.core.errors import LokalError
from desktop_app.serve import protocol
from desktop_app.serve.backend import (
    JOB_ENDED,
    ChatRequest,
    CompletionFinished,
    Embedded,
    JobFailed,
    ServeBackend,
)
from desktop_app.serve.protocol import ApiError

# How often a non-streamed request checks whether its client is still there.
DISCONNECT_POLL_SECONDS = 0.5
# A stream waiting its turn sends an SSE comment this often, so that clients' read time-outs
# and proxies don't drop it (OpenAI clients skip comments).
KEEP_ALIVE_SECONDS = 10.0
KEEP_ALIVE = object()  # JobEvents yields it when a stream should send a keep-alive comment


def build_app(backend: ServeBackend, token: Callable[[], str]):
    """The FastAPI application serving `backend`, guarded by the bearer `token()`."""
    created = protocol.now()
    app = FastAPI(
        title="Lokal", version=__version__, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.add_middleware(BearerTokenGuard, token=token)

    @app.exception_handler(ApiError)
    async def api_error(_request, error: ApiError):
        return JSONResponse(error.body(), status_code=error.status)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request, error: RequestValidationError):
        return JSONResponse(invalid_request_body(error.errors()), status_code=400)

    @app.exception_handler(HTTPException)
    async def http_error(_request, error: HTTPException):
        code = "not_found" if error.status_code == 404 else None
        body = protocol.error_body(str(error.detail), "invalid_request_error", code)
        return JSONResponse(body, status_code=error.status_code)

    async def model_ids() -> list[str]:
        names = await asyncio.to_thread(backend.collections)
        ids = [protocol.PLAIN_MODEL, *(protocol.GROUNDED_PREFIX + name for name in names)]
        embedding = backend.embedding_model()
        return ids + ([embedding] if embedding else [])

    @app.get("/v1/models")
    async def list_models():
        entries = [protocol.model_entry(model_id, created) for model_id in await model_ids()]
        return {"object": "list", "data": entries}

    @app.get("/v1/models/{model_id:path}")
    async def get_model(model_id: str):
        if model_id not in await model_ids():
            raise unknown_model(model_id)
        return protocol.model_entry(model_id, created)

    @app.post("/v1/chat/completions")
    async def chat_completions(body: protocol.ChatCompletionRequest, request: Request):
        collection = await chat_collection(backend, body.model)
        system_prompt, history, question = protocol.conversation(body.messages)
        chat = ChatRequest(
            question,
            history,
            system_prompt,
            collection,
            body.answer_tokens(),
            body.temperature,
            body.top_p,
        )
        stop = threading.Event()  # the model stops (a stop string came, or the client left)
        events = JobEvents(backend, lambda: backend.chat(chat, stop), stop)
        reply = ChatReply(body.model, collection is not None, protocol.stop_strings(body.stop))
        if body.stream:
            return event_stream(reply.chunks(events, stop), events)
        return reply.response(await events.gather(request, stop_watch(reply.stops, stop)))

    @app.post("/v1/completions")
    async def completions(body: protocol.CompletionRequest, request: Request):
        if body.model != protocol.PLAIN_MODEL:
            if body.model.startswith(protocol.GROUNDED_PREFIX):
                raise ApiError(
                    400,
                    f"{body.model} answers chat completions only; use {protocol.PLAIN_MODEL} "
                    "for raw completions",
                    "model_not_supported",
                    param="model",
                )
            raise unknown_model(body.model)
        prompt = body.prompt_text()
        stop = threading.Event()
        events = JobEvents(
            backend,
            lambda: backend.complete(prompt, stop, body.max_tokens, body.temperature, body.top_p),
            stop,
        )
        reply = CompletionReply(body.model, protocol.stop_strings(body.stop))
        if body.stream:
            return event_stream(reply.chunks(events, stop), events)
        return reply.response(await events.gather(request, stop_watch(reply.stops, stop)))

    @app.post("/v1/embeddings")
    async def embeddings(body: protocol.EmbeddingRequest, request: Request):
        if body.model != backend.embedding_model():
            raise unknown_model(body.model)
        texts = body.texts()
        cancel = threading.Event()
        events = JobEvents(backend, lambda: backend.embed(texts), cancel)
        embedded = next(
            event for event in await events.gather(request) if isinstance(event, Embedded)
        )
        return embedding_response(body.model, embedded, body.encoding_format)

    return app


class BearerTokenGuard:
    """ASGI middleware: a request without the right bearer token is answered 401 before any
    route reads it (so a bad body without a token is a 401 too, not a 400)."""

    def __init__(self, app, token: Callable[[], str]) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers") or ()).get(b"authorization", b"")
        scheme, _, given = header.decode("latin-1").partition(" ")
        if scheme.lower() == "bearer" and tokens_match(given.strip(), self.token()):
            await self.app(scope, receive, send)
            return
        message = (
            "invalid API token: send Authorization: Bearer <token> (Lokal Settings > Server, "
            "or `lokal serve --show-token`)"
        )
        body = protocol.error_body(message, "invalid_request_error", "invalid_api_key")
        response = JSONResponse(body, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        await response(scope, receive, send)


async def chat_collection(backend: ServeBackend, model: str) -> str | None:
    """The collection a chat model id names (None for the plain `lokal`); 404 for others."""
    if model == protocol.PLAIN_MODEL:
        return None
    if model.startswith(protocol.GROUNDED_PREFIX):
        name = model.removeprefix(protocol.GROUNDED_PREFIX)
        if name in await asyncio.to_thread(backend.collections):
            return name
    raise unknown_model(model)


def unknown_model(model: str) -> ApiError:
    return ApiError(
        404,
        f"the model {model!r} does not exist: GET /v1/models lists lokal and "
        "lokal/<collection> for each collection",
        "model_not_found",
        param="model",
    )


def invalid_request_body(errors) -> dict:
    """OpenAI's error JSON for a body FastAPI could not read or validate."""
    problems = []
    param = None
    for error in errors:
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        param = param or where or None
        if error.get("type") == "json_invalid":
            problems.append("the body is not valid JSON")
        else:
            problems.append(f"{where or 'body'}: {error.get('msg', 'invalid')}")
    message = "invalid request: " + "; ".join(problems or ["the body could not be read"])
    return protocol.error_body(message, "invalid_request_error", "invalid_request", param)


def failure(error: BaseException) -> ApiError:
    """A job's exception as the client sees it: Lokal's own message, never a traceback."""
    if isinstance(error, ApiError):
        return error
    if isinstance(error, LokalError):
        return ApiError(500, error.message, error.code, kind="server_error")
    return ApiError(500, f"the server failed: {error}", "server_error", kind="server_error")


class JobEvents:
    """A backend job's events on the event loop: the worker thread puts each into an asyncio
    queue (call_soon_threadsafe), the request's coroutine takes them out."""

    def __init__(self, backend: ServeBackend, job, stop: threading.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue = asyncio.Queue()
        self.cancel = threading.Event()  # the client left: a queued job never starts
        self.stop = stop  # the model stops after its current token
        backend.submit(job, self._deliver, self.cancel)

    def _deliver(self, event) -> None:
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, event)
        except RuntimeError:  # the event loop is gone: the server stopped
            self.client_left()

    def client_left(self) -> None:
        self.cancel.set()
        self.stop.set()

    def __aiter__(self) -> AsyncIterator:
        return self._events()

    async def _events(self):
        """The events, and KEEP_ALIVE whenever none came for KEEP_ALIVE_SECONDS (a request
        waiting its turn behind others' answers)."""
        while True:
            try:
                event = await asyncio.wait_for(self._queue.get(), KEEP_ALIVE_SECONDS)
            except TimeoutError:
                yield KEEP_ALIVE
                continue
            if event is JOB_ENDED:
                return
            yield event

    async def gather(self, request, watch: Callable[[object], None] | None = None) -> list:
        """All the job's events (for a response that is not streamed), each shown to `watch`
        as it comes; a JobFailed is raised as its ApiError. The client is checked for now and
        then: gone, the job is cancelled."""
        events = []
        while True:
            try:
                event = await asyncio.wait_for(self._queue.get(), DISCONNECT_POLL_SECONDS)
            except TimeoutError:
                if await request.is_disconnected():
                    self.client_left()
                continue
            if event is JOB_ENDED:
                return events
            if isinstance(event, JobFailed):
                self.client_left()  # nothing more is wanted from this job
                raise failure(event.error)
            if watch is not None:
                watch(event)
            events.append(event)


def stop_watch(stops: tuple[str, ...], stop: threading.Event) -> Callable[[object], None]:
    """For a response that is not streamed: sets `stop` once the text (a chat's answer or a
    completion's pieces) reaches a stop string, so the model does not write on for nothing."""
    cutter = protocol.StopCutter(stops)

    def watch(event) -> None:
        match event:
            case ask.AnswerStreamed(text=text) | str(text):
                cutter.feed(text)
                if cutter.stopped:
                    stop.set()
            case ask.AnswerRetried():
                cutter.stopped = True  # the retry is not watched: the response cuts its text

    return watch


def event_stream(chunks: AsyncIterator[str], events: JobEvents):
    """A text/event-stream response of `chunks`; however it ends (finished, or the client
    gone, which makes Starlette cancel it), the job is told."""

    class CancellingStream(StreamingResponse):
        async def __call__(self, scope, receive, send) -> None:
            try:
                await super().__call__(scope, receive, send)
            finally:
                events.client_left()  # a no-op once the job has ended

    return CancellingStream(
        chunks,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def sse(data: dict | str) -> str:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"data: {text}\n\n"


DONE = sse("[DONE]")
SSE_KEEP_ALIVE = ": waiting for the model\n\n"  # an SSE comment: no event for the client


def finish_reason(stats, allowed_tokens: int | None, stopped_by_string: bool) -> str:
    if stopped_by_string:
        return "stop"
    if allowed_tokens and stats.completion_tokens >= allowed_tokens:
        return "length"
    return "stop"


class ChatReply:
    """One chat completion's response, streamed or whole, from ask.answer's events."""

    def __init__(self, model: str, grounded: bool, stops: tuple[str, ...]) -> None:
        self.model = model
        self.grounded = grounded
        self.stops = stops
        self.id = protocol.new_id("chatcmpl")
        self.created = protocol.now()

    def chunk(self, delta: dict, finish: str | None = None, extra: dict | None = None) -> str:
        data = {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        return sse({**data, **(extra or {})})

    async def chunks(self, events: JobEvents, stop: threading.Event):
        yield self.chunk({"role": "assistant", "content": ""})
        cutter = protocol.StopCutter(self.stops)
        streamed = ""
        retried = False
        allowed = None
        finished = None
        async for event in events:
            if event is KEEP_ALIVE:
                yield SSE_KEEP_ALIVE
                continue
            match event:
                case ask.PromptPrepared(prepared=prepared):
                    allowed = allowed or prepared.max_tokens
                case ask.ThinkingStreamed(text=text) if not retried:
                    yield self.chunk({"reasoning_content": text})
                case ask.AnswerStreamed(text=text) if not retried:
                    piece = cutter.feed(text)
                    if cutter.stopped:
                        stop.set()  # the rest of the answer is not wanted
                    if piece:
                        streamed += piece
                        yield self.chunk({"content": piece})
                case ask.AnswerRetried():
                    retried = True  # the retry is not streamed: see the module docstring
                case ask.AnswerFinished():
                    finished = event
                case JobFailed(error=error):
                    yield sse(failure(error).body())
                    yield DONE
                    return
        if finished is None:
            return  # cancelled before it began
        rest = cutter.finish()
        if not finished.found:
            rest = finished.answer  # no model ran: the not-found message is the answer
        if rest:
            streamed += rest
            yield self.chunk({"content": rest})
        kept = cutter.cut(finished.answer).strip()
        extra = {"usage": protocol.usage(finished.stats.prompt_tokens, completion(finished))}
        if self.grounded:
            extra["lokal"] = protocol.lokal_field(finished, kept != streamed.strip())
        reason = finish_reason(finished.stats, allowed, cutter.stopped)
        yield self.chunk({}, reason, extra)
        yield DONE

    def response(self, events: list) -> dict:
        prepared = [event for event in events if isinstance(event, ask.PromptPrepared)]
        allowed = prepared[0].prepared.max_tokens if prepared else None
        finished = next(event for event in events if isinstance(event, ask.AnswerFinished))
        cutter = protocol.StopCutter(self.stops)
        answer = cutter.cut(finished.answer)
        stopped_by_string = answer != finished.answer
        message = {"role": "assistant", "content": answer.strip()}
        if finished.thinking.strip():
            message["reasoning_content"] = finished.thinking.strip()
        body = {
            "id": self.id,
            "object": "chat.completion",
            "created": self.created,
            "model": self.model,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "logprobs": None,
                    "finish_reason": finish_reason(finished.stats, allowed, stopped_by_string),
                }
            ],
            "usage": protocol.usage(finished.stats.prompt_tokens, completion(finished)),
        }
        if self.grounded:
            body["lokal"] = protocol.lokal_field(finished)
        return body


def completion(finished) -> int:
    return finished.stats.completion_tokens


class CompletionReply:
    """One raw completion's response (`text_completion`), streamed or whole."""

    def __init__(self, model: str, stops: tuple[str, ...]) -> None:
        self.model = model
        self.stops = stops
        self.id = protocol.new_id("cmpl")
        self.created = protocol.now()

    def chunk(self, text: str, finish: str | None = None, extra: dict | None = None) -> str:
        data = {
            "id": self.id,
            "object": "text_completion",
            "created": self.created,
            "model": self.model,
            "choices": [{"index": 0, "text": text, "logprobs": None, "finish_reason": finish}],
        }
        return sse({**data, **(extra or {})})

    async def chunks(self, events: JobEvents, stop: threading.Event):
        cutter = protocol.StopCutter(self.stops)
        finished = None
        async for event in events:
            if event is KEEP_ALIVE:
                yield SSE_KEEP_ALIVE
                continue
            match event:
                case str() as text:
                    piece = cutter.feed(text)
                    if cutter.stopped:
                        stop.set()
                    if piece:
                        yield self.chunk(piece)
                case CompletionFinished():
                    finished = event
                case JobFailed(error=error):
                    yield sse(failure(error).body())
                    yield DONE
                    return
        if finished is None:
            return
        rest = cutter.finish()
        if rest:
            yield self.chunk(rest)
        stats = finished.stats
        reason = finish_reason(stats, finished.max_tokens, cutter.stopped)
        usage = protocol.usage(stats.prompt_tokens, stats.completion_tokens)
        yield self.chunk("", reason, {"usage": usage})
        yield DONE

    def response(self, events: list) -> dict:
        finished = next(event for event in events if isinstance(event, CompletionFinished))
        text = "".join(event for event in events if isinstance(event, str))
        cut = protocol.StopCutter(self.stops).cut(text)
        stats = finished.stats
        return {
            "id": self.id,
            "object": "text_completion",
            "created": self.created,
            "model": self.model,
            "choices": [
                {
                    "index": 0,
                    "text": cut,
                    "logprobs": None,
                    "finish_reason": finish_reason(stats, finished.max_tokens, cut != text),
                }
            ],
            "usage": protocol.usage(stats.prompt_tokens, stats.completion_tokens),
        }


def embedding_response(model: str, embedded: Embedded, encoding_format: str) -> dict:
    def encoded(vector: list[float]):
        if encoding_format == "base64":
            import base64

            return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
        return vector

    return {
        "object": "list",
        "data": [
            {"object": "embedding", "index": index, "embedding": encoded(vector)}
            for index, vector in enumerate(embedded.vectors)
        ],
        "model": model,
        "usage": {"prompt_tokens": embedded.tokens, "total_tokens": embedded.tokens},
    }
