"""Find the passages that answer a question: embed the query, ask the store for the nearest."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.embedder import Embedder
from desktop_app.core.store import DocumentStore, Hit


def search(
    store: DocumentStore,
    embedder: Embedder,
    query: str,
    top_k: int,
    collections: Sequence[str] | None = None,
) -> list[Hit]:
    """The `top_k` chunks closest to `query`, best first; within `collections` when given."""
    if not query.strip():
        return []
    paths = store.paths_in(collections) if collections else None
    return store.query(embedder.encode_query(query), top_k, paths)
