"""Search: the one retrieval policy every front end uses (the window, `lokal search`/`ask`).

The policy is what the user chose in Settings, with a front end's overrides for one query: the
search mode (meaning and keywords fused, or one alone), the cross-encoder that reorders what was
found, and how many neighbouring chunks widen each hit. A reranker is loaded once and kept for
every later query, until another one is chosen: loading it takes seconds.

Core knows nothing of the settings model: the adapters turn their settings into a
RetrievalPolicy (desktop_app/services.py does it for both).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.core import retrieval
from desktop_app.core.embedder import Embedder
from desktop_app.core.reranker import Reranker, chosen_reranker
from desktop_app.core.store_protocol import Store
from desktop_app.core.store_types import Hit


@dataclass(frozen=True)
class RetrievalPolicy:
    """How to search, as the retrieval and index settings say."""

    top_k: int = 8  # sources per query when the caller names no number
    mode: retrieval.Mode = "hybrid"
    neighbours: int = 0  # chunks on each side that widen a hit (same page only)
    reranker: str = ""  # the chosen cross-encoder's folder; "" for none


# Makes the reranker of a folder (not loaded yet), or None when there is none to use.
RerankerFactory = Callable[[str], Reranker | None]


class Retriever:
    """Finds the sources for a query over one store, under one policy.

    Owned by one thread, like the store and embedder it searches (the index worker's in the GUI).
    """

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        policy: RetrievalPolicy,
        make_reranker: RerankerFactory = chosen_reranker,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.policy = policy
        self._make_reranker = make_reranker
        self._reranker: tuple[str, Reranker | None] | None = None  # (folder, model) once made

    def configure(
        self,
        policy: RetrievalPolicy,
        store: Store | None = None,
        embedder: Embedder | None = None,
    ) -> None:
        """New settings (or a new store, after a change of embedding model); the reranker is
        kept unless another one was chosen."""
        self.policy = policy
        self.store = store if store is not None else self.store
        self.embedder = embedder if embedder is not None else self.embedder

    @property
    def reranker(self) -> Reranker | None:
        """The chosen cross-encoder, made on first use and kept; None when none is chosen."""
        chosen = self.policy.reranker
        if self._reranker is None or self._reranker[0] != chosen:
            self._reranker = (chosen, self._make_reranker(chosen) if chosen else None)
        return self._reranker[1]

    def search(
        self,
        query: str,
        top_k: int | None = None,
        collections: Sequence[str] | None = None,
        mode: retrieval.Mode | None = None,
    ) -> list[Hit]:
        """The best passages for `query`, best first: `top_k` (else the policy's) of them,
        within `collections` when given, each widened by its neighbours when the policy says."""
        policy = self.policy
        hits = retrieval.search(
            self.store,
            self.embedder,
            query,
            top_k or policy.top_k,
            collections or None,
            mode=mode or policy.mode,
            reranker=self.reranker,
        )
        if policy.neighbours:
            hits = retrieval.with_neighbours(self.store, hits, policy.neighbours)
        return hits
