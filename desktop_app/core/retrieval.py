"""Find the passages that answer a question: embed the query, ask the store for the nearest."""

from __future__ import annotations

from desktop_app.core.embedder import Embedder
from desktop_app.core.store import DocumentStore, Hit


def search(store: DocumentStore, embedder: Embedder, query: str, top_k: int) -> list[Hit]:
    """The `top_k` chunks closest to `query`, best first."""
    if not query.strip():
        return []
    return store.query(embedder.encode([query])[0], top_k)
