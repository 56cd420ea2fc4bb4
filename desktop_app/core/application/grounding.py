"""Grounding: what one question is answered from, and whether the documents answer it at all.

`ground` searches (Retriever.search, the one retrieval policy), picks the evidence sentences
of the top passages (evidence.py) and decides `found`: the best evidence score clears the
threshold of its scorer's kind. When it does not, no passage is relevant enough: the front ends
say the documents don't seem to answer it, show the passages as closest matches, and no model
answers from them. With nothing to search (no files in the chosen collections) the Grounding
says searched=False: a plain chat.

Every front end (the window's index worker, `lokal ask`/`search`) calls `ground`; none decides
found or evidence itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core import retrieval
from desktop_app.core.application import evidence
from desktop_app.core.application.grounding_types import Grounding
from desktop_app.core.application.search import Retriever
from desktop_app.core.store_types import Hit

# The best evidence score a found question needs, by scorer kind (evidence.SentenceScorer.kind).
#
# "embedding": cosine + KEYWORD_WEIGHT x keyword share, with the bundled all-MiniLM-L6-v2.
# Calibrated with `bench/answer_bench.py --calibrate` over the benchmark corpus (1,100 pages of
# the Octave and LaTeX manuals, bench/pdf_corpus.py): 132 answerable questions (the 60 of
# bench/questions.json, 24 of them also in Danish, Swedish and German) against 176 unanswerable
# ones (22 off-topic and 22 near-topic, each in the four languages;
# bench/grounding_questions.json). In English, with evidence from the best 3 passages, 0.55
# finds every answerable question (1.00) and refuses 0.93 of the unanswerable ones (0.45: 1.00
# and 0.80; 0.60: 0.97 and 0.95; 0.65: 0.95 and 0.98); the margin
# below 0.60 is for same-language questions in Danish, Swedish and German, which the English
# embedder scores lower (tests/core/test_grounding.py asks one). A Danish, Swedish or German
# question over these English manuals is mostly refused at any threshold that refuses anything
# (found 0.08/0.00/0.08 at 0.55, and the answer is in the retrieved sources for only 0.29-0.46
# of them): the English-only embedder does not bridge languages; a multilingual embedding model
# (Settings) does.
#
# "reranker": a cross-encoder's logit. No cross-encoder is installed where Lokal is built and
# benchmarked, so this one is not calibrated on the set: it is 0, the logit at which the
# model's own relevance probability is one half (ms-marco and bge rerankers are trained so).
FOUND_THRESHOLDS = {"embedding": 0.55, "reranker": 0.0}


def ground(
    retriever: Retriever,
    query: str,
    top_k: int | None = None,
    collections: Sequence[str] | None = None,
    mode: retrieval.Mode | None = None,
) -> Grounding:
    """The sources for `query` (as Retriever.search finds them), their evidence, and whether
    they answer it. Not found: the sources are the closest matches and there is no evidence."""
    if not _anything_to_search(retriever, collections):
        return Grounding(query=query, found=False, searched=False)
    sources = tuple(retriever.search(query, top_k, collections, mode))
    if not sources:
        return Grounding(query=query, found=False)
    return ground_sources(query, sources, evidence.scorer_for(retriever))


def ground_sources(
    query: str, sources: Sequence[Hit], scorer: evidence.SentenceScorer
) -> Grounding:
    """Whether `sources` (a search's passages, best first) answer `query`, decided as `ground`
    decides it: their evidence and `found`. Ask across (core/workflows) asks it per document."""
    sources = tuple(sources)
    if not sources:
        return Grounding(query=query, found=False)
    chosen = evidence.find_evidence(query, sources, scorer)
    relevance = chosen[0].score if chosen else float("-inf")
    found = relevance >= FOUND_THRESHOLDS[scorer.kind]
    return Grounding(
        query=query,
        sources=sources,
        evidence=tuple(chosen) if found else (),
        found=found,
        relevance=relevance if chosen else 0.0,
    )


def ground_each_document(
    retriever: Retriever,
    query: str,
    top_k: int | None = None,
    collections: Sequence[str] | None = None,
) -> tuple[Grounding, ...]:
    """One search for `query`, its passages grouped by document (documents in the order of
    their best passage), each group grounded as `ground` decides: ask across all documents
    (core/workflows/ask_across.py) answers from the found ones only. Runs where the retriever
    lives (the index worker's thread in the window)."""
    if not _anything_to_search(retriever, collections):
        return ()
    by_document: dict[str, list[Hit]] = {}
    for hit in retriever.search(query, top_k, collections):
        by_document.setdefault(hit.path, []).append(hit)
    scorer = evidence.scorer_for(retriever)
    return tuple(ground_sources(query, hits, scorer) for hits in by_document.values())


def _anything_to_search(retriever: Retriever, collections: Sequence[str] | None) -> bool:
    """Whether there is a file to search: in the chosen collections, or at all."""
    if collections:
        return bool(retriever.store.paths_in(collections))
    return retriever.store.chunk_count() > 0
