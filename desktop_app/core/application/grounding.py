"""Grounding: what one question is answered from (the passages, the evidence, found or not).

A first stand-in by the answer side so the workers can carry a Grounding now: it wraps
Retriever.search and says every question with passages is found, with no evidence yet. The
retrieval side (engineer "evidence") takes this file over: evidence sentences and the found
threshold come here.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core import retrieval
from desktop_app.core.application.grounding_types import Grounding
from desktop_app.core.application.search import Retriever


def ground(
    retriever: Retriever,
    query: str,
    top_k: int | None = None,
    collections: Sequence[str] | None = None,
    mode: retrieval.Mode | None = None,
) -> Grounding:
    """The passages for `query` (as Retriever.search finds them), as a Grounding."""
    hits = retriever.search(query, top_k, collections, mode)
    return Grounding(query=query, sources=tuple(hits), found=bool(hits), searched=bool(hits))
