"""The one retrieval policy (core/application/search.py): the settings' mode, top_k and
neighbours, a front end's overrides, and a reranker made once and kept until another is chosen.

The store here is a small stand-in with the store's search methods (keyword search only, so no
embedding model is needed); the real store and models are searched in tests/cli/.
"""

from __future__ import annotations

from desktop_app.core.application.search import RetrievalPolicy, Retriever
from desktop_app.core.store_types import Hit

TEXTS = ["alpha one", "alpha two", "alpha three", "alpha four"]


def _hit(number: int) -> Hit:
    text = TEXTS[number]
    return Hit(f"/docs/{number}.txt", None, 1.0 - number / 10, text, 0, len(text), chunk=0)


class KeywordStore:
    """Answers keyword queries with every text, in order; neighbours are the hit itself."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, int]] = []

    def keyword_query(self, text, top_k, paths=None):
        self.asked.append((text, top_k))
        return [_hit(number) for number in range(len(TEXTS))][:top_k]

    def query(self, vector, top_k, paths=None):
        raise AssertionError("keyword mode must not search vectors")

    def neighbours(self, hit, radius=1):
        return [hit]

    def paths_in(self, collections):
        return [f"/docs/{number}.txt" for number in range(len(TEXTS))]


class ReversingReranker:
    def __init__(self, folder: str) -> None:
        self.folder = folder

    def rerank(self, query, hits):
        return list(reversed(hits))


def test_the_policy_decides_what_a_query_does_not_say():
    store = KeywordStore()
    retriever = Retriever(store, None, RetrievalPolicy(top_k=2, mode="keyword"))
    assert [hit.text for hit in retriever.search("alpha")] == ["alpha one", "alpha two"]
    assert [hit.text for hit in retriever.search("alpha", top_k=3)] == TEXTS[:3]
    assert store.asked == [("alpha", 2), ("alpha", 3)]
    assert retriever.search("   ") == []


def test_the_reranker_is_made_once_and_kept_until_another_is_chosen():
    made: list[str] = []

    def make_reranker(folder: str) -> ReversingReranker:
        made.append(folder)
        return ReversingReranker(folder)

    policy = RetrievalPolicy(top_k=2, mode="keyword", reranker="/models/rerankers/a")
    retriever = Retriever(KeywordStore(), None, policy, make_reranker)
    for _ in range(3):
        # Reranked among all the candidates, then cut to top_k.
        assert [hit.text for hit in retriever.search("alpha")] == ["alpha four", "alpha three"]
    retriever.configure(RetrievalPolicy(top_k=3, mode="keyword", reranker=policy.reranker))
    retriever.search("alpha")
    assert made == ["/models/rerankers/a"]  # new settings, same reranker: kept

    retriever.configure(RetrievalPolicy(mode="keyword", reranker="/models/rerankers/b"))
    retriever.search("alpha")
    assert made == ["/models/rerankers/a", "/models/rerankers/b"]
    retriever.configure(RetrievalPolicy(top_k=2, mode="keyword"))
    assert retriever.reranker is None
    assert [hit.text for hit in retriever.search("alpha")] == ["alpha one", "alpha two"]
    assert len(made) == 2  # "no reranker" makes none


def test_neighbours_widen_the_hits_and_a_new_store_is_searched_after_configure():
    first, second = KeywordStore(), KeywordStore()
    retriever = Retriever(first, None, RetrievalPolicy(top_k=1, mode="keyword", neighbours=1))
    assert [hit.text for hit in retriever.search("alpha")] == ["alpha one"]
    retriever.configure(retriever.policy, store=second)
    retriever.search("alpha")
    assert len(first.asked) == 1 and len(second.asked) == 1
