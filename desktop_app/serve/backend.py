"""What the API server runs its requests on: one worker thread that owns the models.

The chat engine (`services.make_chat_engine`: the local GGUF, or the remote model when a
profile is active) and the embedder are loaded on first use, on the worker thread, and used
only there, as the window's LLM worker owns its engine. Requests queue on that thread first in,
first out: 8 clients streaming at once are answered one after another (each one's time to first
token includes its wait). Each request has its own cancel Event, set when its client goes away:
a request whose client left while it waited never runs, one that is running stops after the
current token.

A grounded request (`lokal/<collection>`) is grounded on the worker too, through a Grounder:
`IndexGrounder` (headless: `lokal serve`) opens the store for each question under the data
folder's reader lock, so a server that runs for days never keeps `lokal index` or the window
out; the window gives a Grounder of its own, over the index it already has open.

Nothing here knows HTTP: serve/app.py adapts requests and responses.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop_app import services
from desktop_app.cli_workflows import IndexSearch
from desktop_app.config import Settings
from desktop_app.core import assistant
from desktop_app.core.application import ask
from desktop_app.core.application.grounding_types import Grounding

# How long IndexGrounder trusts the collection names it read: every request checks its model
# id against them, and reading them opens the store.
COLLECTIONS_FRESH_SECONDS = 2.0


class Grounder(Protocol):
    """Where grounded answers find their sources. `collections` may be called from any thread;
    `ground` is called on the backend's worker thread."""

    def collections(self) -> list[str]: ...

    def ground(self, query: str, collections: list[str], cancel: threading.Event) -> Grounding: ...


class IndexGrounder:
    """Grounding over a data folder's index without the window: each call opens the store
    under the data folder's reader lock and closes it again (cli_workflows.IndexSearch)."""

    def __init__(self, data_dir: Path, settings: Settings | None = None) -> None:
        self._search = IndexSearch(data_dir, settings)
        # One store open at a time in this process: chromadb shares one client per folder
        # within a process, and closing one store under another would break it.
        self._store_lock = threading.Lock()
        self._names: list[str] = []
        self._names_read_at = float("-inf")

    def collections(self) -> list[str]:
        with self._store_lock:
            if time.monotonic() - self._names_read_at > COLLECTIONS_FRESH_SECONDS:
                self._names = self._search.collections()
                self._names_read_at = time.monotonic()
            return list(self._names)

    def ground(self, query: str, collections: list[str], cancel: threading.Event) -> Grounding:
        with self._store_lock:
            return self._search.ground(query, collections)


@dataclass(frozen=True)
class ChatRequest:
    """One chat completion, as the backend runs it: the last user message is the question."""

    question: str
    history: tuple[assistant.Turn, ...] = ()
    system_prompt: str | None = None  # None: the settings' (or Lokal's default)
    collection: str | None = None  # None: a plain chat with the chat model, no documents
    max_tokens: int | None = None  # None: the settings'
    temperature: float | None = None  # None: the settings'
    top_p: float | None = None


@dataclass(frozen=True)
class Grounded:
    """The first event of a grounded chat: what the question was grounded on."""

    grounding: Grounding


@dataclass(frozen=True)
class CompletionFinished:
    """The last event of a raw completion."""

    stats: assistant.AnswerStats
    max_tokens: int  # what the completion was allowed: reaching it means finish "length"


@dataclass(frozen=True)
class Embedded:
    vectors: list[list[float]]
    tokens: int


@dataclass(frozen=True)
class JobFailed:
    """A job raised: delivered in place of its remaining events."""

    error: BaseException


class JobEnded:
    """Delivered after a job's last event (or after JobFailed)."""


JOB_ENDED = JobEnded()


class ServeBackend:
    """The API server's one worker thread, its lazily loaded models, and its requests."""

    def __init__(
        self,
        settings: Settings,
        grounder: Grounder,
        load_engine: Callable[[], object] | None = None,
        load_embedder: Callable[[], object] | None = None,
    ) -> None:
        self.settings = settings
        self.grounder = grounder
        self._load_engine = load_engine or (lambda: services.make_chat_engine(settings))
        self._load_embedder = load_embedder or (lambda: services.make_embedder(settings))
        self._worker = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="lokal-serve"
        )
        self._engine = None  # loaded and used on the worker thread only
        self._embedder = None
        self._embedder_name: str | None = None
        self._active: set[threading.Event] = set()
        self._lock = threading.Lock()
        self._closed = False

    # -- what the server offers --------------------------------------------------------------

    def collections(self) -> list[str]:
        return self.grounder.collections()

    def embedding_model(self) -> str | None:
        """The embedder's name (the model id of /v1/embeddings), None when none is installed.
        Read from its folder without loading it."""
        with self._lock:
            if self._embedder_name is None:
                try:
                    self._embedder_name = services.make_embedder(self.settings).name
                except Exception:  # no embedder installed: the API offers no embeddings
                    return None
            return self._embedder_name

    # -- running jobs --------------------------------------------------------------------------

    def submit(
        self,
        job: Callable[[], Iterator[object]],
        deliver: Callable[[object], None],
        cancel: threading.Event,
    ) -> concurrent.futures.Future:
        """Queue `job` on the worker: each event it yields is passed to `deliver` (from the
        worker thread), then JOB_ENDED; an exception is delivered as JobFailed. A job whose
        `cancel` is set before it starts never runs; set while it runs, it stops at its next
        event (and the engine after its current token)."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the API backend is closed")
            self._active.add(cancel)
        return self._worker.submit(self._run, job, deliver, cancel)

    def _run(self, job, deliver, cancel: threading.Event) -> None:
        try:
            if cancel.is_set():
                return
            events = job()
            try:
                for event in events:
                    deliver(event)
                    if cancel.is_set():
                        break
            finally:
                close = getattr(events, "close", None)
                if close is not None:
                    close()  # a generator left mid-way closes the engine's stream now
        except Exception as error:  # told to the client; the server keeps serving
            deliver(JobFailed(error))
        finally:
            with self._lock:
                self._active.discard(cancel)
            deliver(JOB_ENDED)

    def cancel_all(self) -> None:
        """Stop every queued and running request (the server is stopping)."""
        with self._lock:
            for cancel in self._active:
                cancel.set()

    def close(self) -> None:
        """Cancel every request, free the models on their thread, and join it."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            for cancel in self._active:
                cancel.set()
        self._worker.submit(self._free_models)
        self._worker.shutdown(wait=True, cancel_futures=False)

    def _free_models(self) -> None:
        engine, self._engine = self._engine, None
        self._embedder = None
        if engine is not None:
            with contextlib.suppress(Exception):
                engine.close()

    # -- the jobs (each runs on the worker thread) ---------------------------------------------

    def engine(self):
        """The chat engine, loaded on first use (worker thread only). A failed load is tried
        again by the next request."""
        if self._engine is None:
            self._engine = self._load_engine()
        return self._engine

    def embedder(self):
        if self._embedder is None:
            self._embedder = self._load_embedder()
        return self._embedder

    def chat(self, request: ChatRequest, cancel: threading.Event) -> Iterator[object]:
        """A chat answer's events: Grounded first for a grounded request, then ask.answer's
        (the window's and `lokal ask`'s one answering policy)."""
        grounding = None
        if request.collection is not None:
            grounding = self.grounder.ground(request.question, [request.collection], cancel)
            yield Grounded(grounding)
        engine = self.engine()
        system_prompt = request.system_prompt or self.settings.model.system_prompt or None
        question = ask.Question(
            request.question,
            history=request.history,
            system_prompt=system_prompt,
            grounding=grounding,
        )
        with _sampling(engine, request.max_tokens, request.temperature, request.top_p):
            yield from ask.answer(engine, question, cancel)

    def complete(
        self,
        prompt: str,
        cancel: threading.Event,
        max_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
    ) -> Iterator[object]:
        """A raw completion's text pieces (str), then CompletionFinished. The answer is capped
        at what the context window leaves after the prompt."""
        engine = self.engine()
        room = max(1, engine.context_length - engine.count_tokens(prompt))
        allowed = min(max_tokens or engine.settings.max_tokens, room)
        stats = assistant.AnswerStats()
        with _sampling(engine, None, temperature, top_p):
            yield from engine.stream_completion(prompt, cancel, allowed, stats)
        yield CompletionFinished(stats, allowed)

    def embed(self, texts: Sequence[str]) -> Iterator[object]:
        """Passage embeddings (the passage prefix, as indexed chunks get: a client's texts are
        compared with one another, like passages), unit length; one Embedded event."""
        embedder = self.embedder()
        tokens = sum(embedder.count_tokens(text) for text in texts)
        yield Embedded(embedder.encode(list(texts)), tokens)


@contextlib.contextmanager
def _sampling(engine, max_tokens: int | None, temperature: float | None, top_p: float | None):
    """One request's sampling on the engine, and the settings' back after it. Only the worker
    thread touches the engine, so no other request sees them."""
    original = engine.settings
    changes = {}
    if max_tokens is not None:
        changes["max_tokens"] = max(1, max_tokens)
    if temperature is not None:
        changes["temperature"] = temperature
    if top_p is not None:
        changes["top_p"] = top_p
    if not changes:
        yield
        return
    engine.update_sampling(dataclasses.replace(original, **changes))
    try:
        yield
    finally:
        engine.update_sampling(original)
