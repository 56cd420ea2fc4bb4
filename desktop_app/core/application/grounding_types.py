"""What a question is grounded on: the passages found, the sentences that answer it, and whether
the documents answer it at all.

A leaf module (standard library and the store's leaf types only), shared by the retrieval side
(grounding.py, evidence.py), the answer side (ask.py), the workers, the window and the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.store_types import Hit


@dataclass(frozen=True)
class Evidence:
    """A sentence (or two) of a source that answers the question, chosen without the chat model."""

    source: int  # 1-based number of the source it comes from, in Grounding.sources
    text: str  # the sentence(s) exactly as they read in that source's Hit.text
    start: int  # character offsets of `text` within that source's Hit.text
    end: int
    score: float  # on the scorer's scale (reranker logit, or embedding + keyword score)


@dataclass(frozen=True)
class Grounding:
    """The retrieval's result for one question, as every front end receives it."""

    query: str
    sources: tuple[Hit, ...] = ()  # best first
    evidence: tuple[Evidence, ...] = ()  # best first; empty when nothing was searched
    # False: no passage is relevant enough. The sources are then only the closest matches, shown
    # as such and never given to the model as if they answered the question.
    found: bool = True
    relevance: float = 0.0  # the best evidence score, the figure `found` was decided on
    searched: bool = True  # False: there were no documents to search (a plain chat)
