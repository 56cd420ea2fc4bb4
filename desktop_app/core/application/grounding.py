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

# The best evidence score a found question needs, by scorer kind (evidence.SentenceScorer.kind).
#
# "embedding": cosine + KEYWORD_WEIGHT × keyword share, with the bundled all-MiniLM-L6-v2.
# Calibrated with bench/answer_bench.py --calibrate on bench/grounding_questions.json over the
# benchmark corpus (bench/pdf_corpus.py: the Octave and LaTeX manuals): answerable questions
# (bench/questions.json, in English, Danish, Swedish and German) against unanswerable ones
# (off-topic and near-topic, in the same four languages); the value is the one that keeps found
# on answerable questions at or above 0.90 with the most refused on unanswerable ones. The
# figures are in the bench's output and the module docstring of bench/answer_bench.py.
#
# "reranker": a cross-encoder's logit. No cross-encoder is installed where Lokal is built and
# benchmarked, so this one is not calibrated on the set: it is 0, the logit at which the
# model's own relevance probability is one half (ms-marco and bge rerankers are trained so).
FOUND_THRESHOLDS = {"embedding": 0.45, "reranker": 0.0}


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
    scorer = evidence.scorer_for(retriever)
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


def _anything_to_search(retriever: Retriever, collections: Sequence[str] | None) -> bool:
    """Whether there is a file to search: in the chosen collections, or at all."""
    if collections:
        return bool(retriever.store.paths_in(collections))
    return retriever.store.chunk_count() > 0
