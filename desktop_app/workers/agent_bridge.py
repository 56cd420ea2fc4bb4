"""Thread glue for the agent and the workflows, which run on the LLM worker's thread.

Two things they need live elsewhere, and each is asked for the way its owner is always asked:
- a write needs the user's yes: `WriteApprovals.approver(cancel)` gives the Toolbox a callable
  that, on the LLM worker's thread, asks the GUI (a queued signal) and waits for the answer on a
  threading.Event, giving up (refused) as soon as the run is cancelled;
- a search needs the retriever, which belongs to the index worker's thread:
  `DocumentSearch.searcher(collections, cancel)` gives a callable that sends the index worker
  the window's own search request and waits for its answer (the store is never touched from
  another thread).

Both wait in short slices, so Stop is heard within SLICE_SECONDS.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.application.grounding_types import Grounding
from desktop_app.core.errors import LokalError
from desktop_app.core.store_types import Hit

SLICE_SECONDS = 0.05
SEARCH_TIMEOUT_SECONDS = 120.0  # the index worker may be between two embedding batches


@dataclass
class _Waiter:
    """One question to another thread, and its answer when it comes."""

    done: threading.Event = field(default_factory=threading.Event)
    answer: object = None
    error: LokalError | None = None


def wait_for(waiter: _Waiter, cancel: threading.Event | None, timeout: float | None) -> bool:
    """Wait until `waiter` is answered (True), or the run is cancelled or time is up (False)."""
    waited = 0.0
    while not waiter.done.wait(SLICE_SECONDS):
        waited += SLICE_SECONDS
        if (cancel is not None and cancel.is_set()) or (timeout is not None and waited > timeout):
            return False
    return True


class WriteApprovals(QObject):
    """Asks the user about each write the agent proposes. Lives on the GUI thread."""

    # ticket, core.agent.approval.WriteProposal: show it, then call answer(ticket, approved)
    approval_requested = Signal(int, object)
    approval_withdrawn = Signal(int)  # ticket: the run was cancelled, the question is void

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._waiting: dict[int, _Waiter] = {}
        self._tickets = itertools.count(1)

    def approver(self, cancel: threading.Event) -> Callable[[object], bool]:
        """The Toolbox's `approve`: blocks its (the LLM worker's) thread until the user answers."""
        return lambda proposal: self.ask(proposal, cancel)

    def ask(self, proposal, cancel: threading.Event) -> bool:
        ticket, waiter = next(self._tickets), _Waiter()
        with self._lock:
            self._waiting[ticket] = waiter
        try:
            self.approval_requested.emit(ticket, proposal)  # queued: the GUI shows the dialog
            if not wait_for(waiter, cancel, timeout=None):
                self.approval_withdrawn.emit(ticket)
                return False  # cancelled: nothing is written
            return waiter.answer is True
        finally:
            with self._lock:
                self._waiting.pop(ticket, None)

    @Slot(int, bool)
    def answer(self, ticket: int, approved: bool) -> None:
        """The user's answer (GUI thread); an answer to a withdrawn question is dropped."""
        with self._lock:
            waiter = self._waiting.get(ticket)
        if waiter is not None:
            waiter.answer = bool(approved)
            waiter.done.set()


class DocumentSearch(QObject):
    """Searches the index from another thread, through the index worker's own search slot.

    Connect `search_requested` to IndexWorker.search, and the worker's search_finished and
    search_failed to `on_search_finished` / `on_search_failed` with a DirectConnection: they
    only hand the answer to the waiting thread, so they run on the index worker's thread and
    need no event loop in between."""

    search_requested = Signal(int, str, int, list)  # request id, query, top k, collections
    # the same, answered per document (IndexWorker.ground_each_document -> documents_grounded)
    grounding_requested = Signal(int, str, int, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._waiting: dict[int, _Waiter] = {}
        # Negative: never the id of one of the chat's own searches (they count up from 1).
        self._ids = itertools.count(-1, -1)

    def searcher(
        self, collections: Sequence[str], cancel: threading.Event | None = None
    ) -> Callable[[str, int], list[Hit]]:
        """A `search(query, limit)` callable over `collections` (empty: all documents)."""
        return lambda query, limit: self.search(query, limit, collections, cancel)

    def search(
        self,
        query: str,
        limit: int,
        collections: Sequence[str] = (),
        cancel: threading.Event | None = None,
    ) -> list[Hit]:
        """The passages the window's search finds for `query`; [] when cancelled. Raises the
        index worker's LokalError, or index_unavailable when it does not answer in time."""
        grounded = self._request(self.search_requested, query, limit, collections, cancel)
        return [] if grounded is None else list(grounded.sources)

    def ground(
        self,
        query: str,
        limit: int,
        collections: Sequence[str] = (),
        cancel: threading.Event | None = None,
    ) -> Grounding:
        """The window's whole grounding for `query` (sources, evidence, found), as a chat gets
        it: what the window's API server answers grounded questions from. When cancelled, a
        grounding with nothing found."""
        grounded = self._request(self.search_requested, query, limit, collections, cancel)
        return Grounding(query, found=False) if grounded is None else grounded

    def ground_each(
        self,
        query: str,
        limit: int,
        collections: Sequence[str] = (),
        cancel: threading.Event | None = None,
    ) -> tuple:
        """One search's passages grounded per document (grounding.ground_each_document, on the
        index worker's thread): what ask across answers from; () when cancelled."""
        grounded = self._request(self.grounding_requested, query, limit, collections, cancel)
        return () if grounded is None else tuple(grounded)

    def _request(self, signal, query: str, limit: int, collections, cancel):
        """Send one request to the index worker and wait for its answer; None when cancelled."""
        request_id, waiter = next(self._ids), _Waiter()
        with self._lock:
            self._waiting[request_id] = waiter
        try:
            signal.emit(request_id, query, int(limit), list(collections))
            if not wait_for(waiter, cancel, SEARCH_TIMEOUT_SECONDS):
                if cancel is not None and cancel.is_set():
                    return None
                raise LokalError("index_unavailable", detail="the search did not answer in time")
            if waiter.error is not None:
                raise waiter.error
            return waiter.answer
        finally:
            with self._lock:
                self._waiting.pop(request_id, None)

    @Slot(int, object)
    def on_search_finished(self, request_id: int, grounding) -> None:
        self._answer(request_id, grounding, None)

    @Slot(int, object)
    def on_search_failed(self, request_id: int, error: LokalError) -> None:
        self._answer(request_id, None, error)

    def _answer(self, request_id: int, answer, error: LokalError | None) -> None:
        with self._lock:
            waiter = self._waiting.get(request_id)
        if waiter is not None:  # one of ours, still waited for
            waiter.answer, waiter.error = answer, error
            waiter.done.set()
