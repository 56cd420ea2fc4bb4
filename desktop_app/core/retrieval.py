"""Find the passages that answer a question: vector search and keyword search, fused.

- Vector search (chroma) finds passages that mean what the question means.
- Keyword search (BM25, keyword_index.py) finds passages that share its rare words: names,
  identifiers, numbers, and words of a language the embedder doesn't know.
- Reciprocal rank fusion (Cormack et al., 2009) merges the two rankings by rank, not score,
  since cosine similarities and BM25 scores are on unrelated scales: a chunk scores
  1 / (RRF_K + rank) in each list it is in.
- An optional cross-encoder (reranker.py), when the user installed one, reorders the fused
  candidates by reading question and passage together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from desktop_app.core.embedder import Embedder
from desktop_app.core.store_protocol import Store
from desktop_app.core.store_types import Hit

Mode = Literal["vector", "keyword", "hybrid"]
RRF_K = 60
# Each list contributes this many candidates per wanted result before fusion.
CANDIDATES_PER_RESULT = 4
MIN_CANDIDATES = 20


def search(
    store: Store,
    embedder: Embedder,
    query: str,
    top_k: int,
    collections: Sequence[str] | None = None,
    mode: Mode = "hybrid",
    reranker=None,
) -> list[Hit]:
    """The `top_k` best chunks for `query`, best first; within `collections` when given."""
    if not query.strip() or top_k < 1:
        return []
    paths = store.paths_in(collections) if collections else None
    if paths is not None and not paths:
        return []
    candidates = max(MIN_CANDIDATES, top_k * CANDIDATES_PER_RESULT)
    if mode == "vector":
        hits = store.query(embedder.encode_query(query), candidates if reranker else top_k, paths)
    elif mode == "keyword":
        hits = store.keyword_query(query, candidates if reranker else top_k, paths)
    else:
        vector_hits = store.query(embedder.encode_query(query), candidates, paths)
        keyword_hits = store.keyword_query(query, candidates, paths)
        hits = reciprocal_rank_fusion([vector_hits, keyword_hits])
    if reranker is not None and hits:
        hits = reranker.rerank(query, hits[:candidates])
    return hits[:top_k]


def reciprocal_rank_fusion(rankings: Sequence[Sequence[Hit]], k: int = RRF_K) -> list[Hit]:
    """Merge rankings of hits into one, best first; a hit's score becomes its fused score."""
    scores: dict[str, float] = {}
    first_seen: dict[str, Hit] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking, start=1):
            key = _key(hit)
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
            first_seen.setdefault(key, hit)
    ordered = sorted(scores, key=lambda key: scores[key], reverse=True)
    return [replace(first_seen[key], score=round(scores[key], 6)) for key in ordered]


def with_neighbours(store: Store, hits: Sequence[Hit], radius: int = 1) -> list[Hit]:
    """Each hit widened with the chunks around it on the same page, overlaps removed.

    A hit that starts mid-explanation gets the sentences before it; the next hit is merged in
    when it is a neighbour, so no passage is shown twice.
    """
    widened: list[Hit] = []
    taken: set[str] = set()
    for hit in hits:
        if hit.chunk_id in taken:
            continue
        around = [
            other
            for other in store.neighbours(hit, radius)
            if other.page == hit.page and other.chunk_id not in taken
        ]
        if not around:
            continue
        text, start, end = _join(around)
        taken.update(other.chunk_id for other in around)
        widened.append(replace(hit, text=text, start=start, end=end))
    return widened


def _join(chunks: Sequence[Hit]) -> tuple[str, int, int]:
    """The text of consecutive chunks of one page, overlapping characters counted once."""
    text, end = chunks[0].text, chunks[0].end
    for chunk in chunks[1:]:
        if chunk.start >= end:
            text += "\n" + chunk.text
        else:
            text += chunk.text[end - chunk.start :]
        end = max(end, chunk.end)
    return text, chunks[0].start, end


def _key(hit: Hit) -> str:
    return hit.chunk_id if hit.chunk >= 0 else f"{hit.path}:{hit.page}:{hit.start}"
