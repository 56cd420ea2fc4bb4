"""Retrieval quality: how often Lokal's search finds the page that answers a question.

The questions are bench/questions.json (written over the corpus's manuals; see
check_questions.py), asked of the very index the indexing benchmark built, through
`retrieval.search(store, embedder, question, top_k=5, mode=...)` as the app asks it, once with
mode="vector" (embeddings alone) and once with mode="hybrid" (keyword index fused with the
vectors). Only the questions whose page is inside the corpus of this run count (a quick run with
a small page budget asks fewer), and only those whose answer string is still on its page.

For each question and mode, the rank of the first retrieved chunk that is
- a page hit: from the expected manual and the expected page (hit@1, hit@5, MRR over 5);
- an answer hit (looser): its text contains the answer string, from whatever page.

`score` is shared with the LlamaIndex baseline (llamaindex_bench.py), which is scored the same way.
"""

from __future__ import annotations

import inspect
import statistics
import time
import typing
from collections.abc import Sequence
from pathlib import Path

import check_questions
from check_questions import Question, normalise

TOP_K = 5
# "keyword" (BM25 alone) is measured too where retrieval.search offers it, for reference.
MODES = ("vector", "keyword", "hybrid")

Retrieved = tuple[str, int | None, str]  # (manual's file name, page, chunk text)


def questions_for(corpus, cache: Path) -> tuple[list[Question], dict]:
    """The questions this corpus can answer whose answers hold; and what was left out, why."""
    questions, _meta = check_questions.load()
    pages = {item.name: item.pages for item in corpus}
    inside = [q for q in questions if q.page <= pages.get(q.file, 0)]
    problems = check_questions.check(inside, cache)
    for problem in problems.values():
        print(f"  question left out: {problem}")
    usable = [q for number, q in enumerate(inside) if number not in problems]
    left_out = {
        "outside_corpus": len(questions) - len(inside),
        "answer_not_on_page": len(problems),
    }
    return usable, left_out


def score(
    questions: Sequence[Question],
    results: Sequence[Sequence[Retrieved]],
    seconds: Sequence[float] = (),
) -> dict:
    """hit@1, hit@5, MRR (page hits), answer@1, answer@5 (answer string in the chunk) and, given
    each query's `seconds`, the median milliseconds a query took and the first query's seconds."""
    page_ranks, answer_ranks = [], []
    for question, retrieved in zip(questions, results, strict=True):
        answer = normalise(question.answer)
        page_rank = answer_rank = None
        for rank, (name, page, text) in enumerate(retrieved[:TOP_K], start=1):
            if page_rank is None and name == question.file and page == question.page:
                page_rank = rank
            if answer_rank is None and answer in normalise(text):
                answer_rank = rank
        page_ranks.append(page_rank)
        answer_ranks.append(answer_rank)
    count = max(1, len(questions))

    def share(ranks, at):
        return sum(1 for rank in ranks if rank is not None and rank <= at) / count

    return {
        "questions": len(questions),
        "hit_at_1": share(page_ranks, 1),
        "hit_at_5": share(page_ranks, TOP_K),
        "mrr": sum(1 / rank for rank in page_ranks if rank) / count,
        "answer_at_1": share(answer_ranks, 1),
        "answer_at_5": share(answer_ranks, TOP_K),
        "median_query_ms": 1000 * statistics.median(seconds) if seconds else None,
        "first_query_s": seconds[0] if seconds else None,
        "page_ranks": page_ranks,  # per question, None = not in the top 5
    }


def supported_modes() -> tuple[str, ...]:
    """The modes of MODES that retrieval.search offers; only "vector" if it takes no `mode`."""
    from desktop_app.core import retrieval

    if "mode" not in inspect.signature(retrieval.search).parameters:
        return ("vector",)
    declared = typing.get_args(getattr(retrieval, "Mode", None))
    return tuple(mode for mode in MODES if mode in declared) if declared else ("vector", "hybrid")


def run(indexed, questions: Sequence[Question], left_out: dict) -> dict:
    """Ask `questions` (from questions_for) in each mode of `indexed` (index_bench.Indexed)."""
    from desktop_app import services
    from desktop_app.core import retrieval

    modes = supported_modes()
    if "hybrid" not in modes:
        print("  note: retrieval.search has no `mode` yet; measuring vector search only")
    print(f"  asking {len(questions)} questions, top {TOP_K}, modes: {', '.join(modes)}")
    embedder = indexed.embedder
    store = services.open_store(indexed.data_dir, embedder)
    result: dict = {"questions": len(questions), "left_out": left_out, "modes": {}}
    try:
        for mode in modes:
            kwargs = {"mode": mode} if modes != ("vector",) else {}
            results, seconds = [], []
            for question in questions:
                started = time.perf_counter()
                hits = retrieval.search(store, embedder, question.question, TOP_K, **kwargs)
                seconds.append(time.perf_counter() - started)
                results.append([(Path(hit.path).name, hit.page, hit.text) for hit in hits])
            result["modes"][mode] = score(questions, results, seconds)
    finally:
        store.close()
    if "hybrid" in result["modes"]:
        vector, hybrid = result["modes"]["vector"], result["modes"]["hybrid"]
        result["hybrid_minus_vector"] = {
            key: hybrid[key] - vector[key]
            for key in ("hit_at_1", "hit_at_5", "mrr", "answer_at_1", "answer_at_5")
        }
    return result


def print_table(retrieval: dict, llamaindex: dict | None) -> None:
    """The quality table: Lokal's modes, LlamaIndex, and hybrid minus vector."""
    rows = [(f"Lokal {mode}", scores) for mode, scores in retrieval["modes"].items()]
    if llamaindex and llamaindex.get("retrieval"):
        rows.append(("LlamaIndex (vector)", llamaindex["retrieval"]))
    left = retrieval["left_out"]
    print(
        f"\n  retrieval quality, {retrieval['questions']} questions, top {TOP_K} "
        f"({left['outside_corpus']} outside this corpus, {left['answer_not_on_page']} invalid):"
    )
    header = ("hit@1", "hit@5", "MRR", "answer@1", "answer@5", "ms/query")
    print(f"  {'':26}" + "".join(f"{name:>10}" for name in header))
    for label, scores in rows:
        cells = [scores[key] for key in ("hit_at_1", "hit_at_5", "mrr")]
        cells += [scores["answer_at_1"], scores["answer_at_5"]]
        text = "".join(f"{value:>10.2f}" for value in cells)
        latency = scores.get("median_query_ms")
        text += f"{latency:>10.1f}" if latency is not None else f"{'':>10}"
        print(f"  {label:26}{text}")
    delta = retrieval.get("hybrid_minus_vector")
    if delta:
        keys = ("hit_at_1", "hit_at_5", "mrr", "answer_at_1", "answer_at_5")
        print(f"  {'hybrid - vector':26}" + "".join(f"{delta[key]:>+10.2f}" for key in keys))
        at1, at5 = delta["hit_at_1"], delta["hit_at_5"]
        beats = at1 >= 0 and at5 >= 0 and (at1 > 0 or at5 > 0)
        verdict = "beats" if beats else "does NOT beat"
        print(
            f"  hybrid {verdict} vector-only (hit@1 {delta['hit_at_1']:+.2f}, "
            f"hit@5 {delta['hit_at_5']:+.2f})"
        )
