"""(f) Answers: is the right fact on screen, and does Lokal say so when the documents don't know?

On the benchmark corpus (bench/pdf_corpus.py: the Octave and LaTeX manuals), indexed as the app
indexes it (index_bench.run; the index is kept in bench/.cache/answer_index/ and reused while
the corpus, the embedder and Lokal's chunking are the same), every question goes through
grounding.ground, as the window and `lokal ask` do:

- evidence@1: the answer string (normalised as check_questions.normalise) is in the first
  evidence sentence, on answerable questions (bench/questions.json, and their Danish, Swedish
  and German translations in bench/grounding_questions.json); evidence@1 counts the evidence
  whether or not the question was found, so it measures the sentence choice alone;
- found: share of answerable questions found; refused: share of unanswerable ones (off-topic
  and near-topic, in the four languages) not found;
- per language and per kind, and for a range of thresholds (--calibrate), the figures the
  thresholds in grounding.FOUND_THRESHOLDS were chosen by.

Generated answers (--models): the share of answers that contain the answer string
(normalised), through ask.answer with the bundled SmolLM2-135M and Gemma 3 270M (as
model_bench.available_models finds them), greedy, max_tokens ANSWER_TOKENS, by the number of
sources given (3, 5, 8, all that fit) and, where ask.answer offers one, the source format.
`--before COMMIT` runs the same questions through the ask path of that commit (git archive of
its desktop_app into a temporary folder), as the "before" of a change.

    .venv/bin/python bench/answer_bench.py [--max-pages N] [--questions N] [--languages en,da]
        [--calibrate | --sweep 0.25,0.35,0.5 | --check-absent]
    .venv/bin/python bench/answer_bench.py --models smollm2,gemma [--sources 3,5,8,all]
        [--formats labelled,bare] [--answer-questions N] [--before COMMIT]

--calibrate prints found and refused (overall and per language) for thresholds 0.2-1.2;
--sweep does so for several keyword weights from one embedding pass per question;
--check-absent checks that the near-topic questions' answering terms are not in the corpus.
"all" sources: the best ALL_SOURCES passages, as many as fit the context (ask drops the rest);
"8" is what the app gives (its top_k). The process lowers its own priority (os.nice(5)) and
runs llama.cpp on one thread (THREADS).

Results go to bench/.cache/answer_results.json (one entry per run label, kept across runs).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CACHE = BENCH / ".cache"
GROUNDING_QUESTIONS = BENCH / "grounding_questions.json"
RESULTS = CACHE / "answer_results.json"
DEFAULT_MAX_PAGES = 1100  # run_all.DEFAULT_MAX_PAGES: every question of questions.json inside
ANSWER_TOKENS = 160
LANGUAGES = ("en", "da", "sv", "de")


@dataclass(frozen=True)
class Asked:
    """One question of the grounding set: answerable (with its answer) or not."""

    question: str
    language: str
    kind: str  # "answerable", "off_topic" or "near_topic"
    answer: str = ""
    file: str = ""
    page: int = 0


# -- the index ------------------------------------------------------------------------------------


def indexed_corpus(max_pages: int):
    """(store, embedder, corpus) of the benchmark corpus, indexed once and kept in the cache."""
    import index_bench
    import pdf_corpus

    from desktop_app import services
    from desktop_app.config import Settings

    settings = Settings()
    corpus = pdf_corpus.build_corpus(CACHE, max_pages)
    embedder = services.make_embedder(settings)
    options = services.chunking_options(settings, embedder)
    work = CACHE / "answer_index" / str(max_pages)
    fingerprint = {
        "files": [[item.name, item.pages] for item in corpus],
        "embedder": embedder.name,
        "chunking": options.fingerprint if hasattr(options, "fingerprint") else repr(options),
    }
    fingerprint = json.loads(json.dumps(fingerprint, default=str))
    marker = work / "index.json"
    if marker.is_file() and json.loads(marker.read_text("utf-8")) == fingerprint:
        print(f"  reusing the index in {work.relative_to(REPO)}", flush=True)
        embedder.load()
    else:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        print(f"  indexing {max_pages} pages into {work.relative_to(REPO)} (once) ...", flush=True)
        _result, indexed = index_bench.run(CACHE, max_pages, work, baseline=False)
        embedder = indexed.embedder
        marker.write_text(json.dumps(fingerprint), encoding="utf-8")
    store = services.open_store(work / "data", embedder)
    return store, embedder, corpus, settings


# -- the questions --------------------------------------------------------------------------------


def load_questions(corpus, limit: int | None = None) -> list[Asked]:
    """Every question of the set whose page is in `corpus` (answerable) or that has none."""
    import check_questions

    pages = {item.name: item.pages for item in corpus}
    asked: list[Asked] = []
    originals, _meta = check_questions.load()
    for question in originals:
        asked.append(
            Asked(
                question.question, "en", "answerable", question.answer, question.file, question.page
            )
        )
    data = json.loads(GROUNDING_QUESTIONS.read_text("utf-8"))
    for item in data["answerable"]:
        for language in LANGUAGES[1:]:
            if item.get(language):
                asked.append(
                    Asked(
                        item[language],
                        language,
                        "answerable",
                        item["answer"],
                        item["file"],
                        item["page"],
                    )
                )
    for kind in ("off_topic", "near_topic"):
        for item in data[kind]:
            for language in LANGUAGES:
                if item.get(language):
                    asked.append(Asked(item[language], language, kind))
    asked = [q for q in asked if q.kind != "answerable" or q.page <= pages.get(q.file, 0)]
    if limit:
        asked = _spread(asked, limit)
    return asked


def _spread(asked: list[Asked], limit: int) -> list[Asked]:
    """`limit` questions taken evenly over the list, so every kind and language is in."""
    if limit >= len(asked):
        return asked
    step = len(asked) / limit
    return [asked[int(index * step)] for index in range(limit)]


def check_absent(corpus) -> list[str]:
    """The near-topic questions whose absent_terms are in the corpus after all (as Lokal reads
    it: its PDF reader and clean-up); empty when none is."""
    import re

    from desktop_app.core.ingest.cleanup import clean_pages
    from desktop_app.core.ingest.readers import read_document

    texts = []
    for item in corpus:
        cleaned, _skipped = clean_pages(list(read_document(item.path).pages))
        texts.append("\n".join(page.text for page in cleaned).casefold())
    text = " ".join(" ".join(texts).split())
    data = json.loads(GROUNDING_QUESTIONS.read_text("utf-8"))
    problems = []
    for item in data["near_topic"]:
        for term in item["absent_terms"]:
            found = re.search(rf"(?<!\w){re.escape(term.casefold())}(?!\w)", text)
            if found:
                context = text[max(0, found.start() - 60) : found.end() + 60]
                problems.append(f"{item['en']!r}: {term!r} is in the corpus: ...{context}...")
    return problems


# -- grounding ------------------------------------------------------------------------------------


def ground_all(retriever, asked: list[Asked]) -> list[dict]:
    """Each question through grounding.ground, with what the figures need."""
    from check_questions import normalise

    from desktop_app.core.application import evidence, grounding

    rows = []
    for number, question in enumerate(asked, start=1):
        if number % 50 == 0:
            print(f"  ... {number} of {len(asked)}", flush=True)
        started = time.perf_counter()
        result = grounding.ground(retriever, question.question)
        seconds = time.perf_counter() - started
        # The evidence as chosen, found or not: evidence@1 measures the sentence choice alone.
        chosen = result.evidence or tuple(
            evidence.find_evidence(
                question.question, result.sources, evidence.scorer_for(retriever)
            )
        )
        first = chosen[0].text if chosen else ""
        answer = normalise(question.answer) if question.answer else ""
        rows.append(
            {
                "question": question.question,
                "language": question.language,
                "kind": question.kind,
                "relevance": result.relevance,
                "found": result.found,
                "evidence_at_1": bool(answer) and answer in normalise(first),
                "answer_in_sources": bool(answer)
                and any(answer in normalise(hit.text) for hit in result.sources),
                "first_evidence": first,
                "seconds": seconds,
            }
        )
    return rows


class _Precomputed:
    """The embedding scorer's two parts, computed once per question, combined at any weight."""

    kind = "embedding"

    def __init__(self, cosines: list[float], shares: list[float], weight: float) -> None:
        self.cosines, self.shares, self.weight = cosines, shares, weight

    def scores(self, query: str, sentences) -> list[float]:
        return [c + self.weight * s for c, s in zip(self.cosines, self.shares, strict=True)]


def sweep_weights(retriever, asked: list[Asked], weights: list[float]) -> dict[float, list[dict]]:
    """The rows of ground_all at each keyword weight of the embedding scorer (one embedding pass
    per question): what KEYWORD_WEIGHT and the threshold were chosen from."""
    from check_questions import normalise

    from desktop_app.core.application import evidence

    embedder = retriever.embedder
    rows: dict[float, list[dict]] = {weight: [] for weight in weights}
    for number, question in enumerate(asked, start=1):
        if number % 50 == 0:
            print(f"  ... {number} of {len(asked)}", flush=True)
        sources = retriever.search(question.question)
        texts = [sentence.text for sentence in evidence.sentences_of(sources)]
        query = embedder.encode_query(question.question)
        vectors = embedder.encode(texts) if texts else []
        cosines = [sum(a * b for a, b in zip(query, v, strict=True)) for v in vectors]
        shares = evidence.keyword_shares(question.question, texts)
        answer = normalise(question.answer) if question.answer else ""
        for weight in weights:
            chosen = evidence.find_evidence(
                question.question, sources, _Precomputed(cosines, shares, weight)
            )
            first = chosen[0].text if chosen else ""
            rows[weight].append(
                {
                    "language": question.language,
                    "kind": question.kind,
                    "relevance": chosen[0].score if chosen else 0.0,
                    "found": None,
                    "evidence_at_1": bool(answer) and answer in normalise(first),
                    "answer_in_sources": bool(answer)
                    and any(answer in normalise(hit.text) for hit in sources),
                }
            )
    return rows


def best_threshold(table: list[dict], found_target: float = 0.90) -> dict | None:
    """The line of a calibration table with the most refused among those that keep found at
    or above `found_target`."""
    keeping = [
        line for line in table if line["found"] is not None and line["found"] >= found_target
    ]
    return max(keeping, key=lambda line: (line["refused"], -line["threshold"])) if keeping else None


def grounding_figures(rows: list[dict], threshold: float | None = None) -> dict:
    """evidence@1, found and refused, overall, per language and per kind; at `threshold` when
    given (the relevance each row was found on), else as ground decided."""

    def found(row):
        return row["found"] if threshold is None else row["relevance"] >= threshold

    def share(selected, test):
        return sum(1 for row in selected if test(row)) / len(selected) if selected else None

    def figures(selected):
        answerable = [row for row in selected if row["kind"] == "answerable"]
        unanswerable = [row for row in selected if row["kind"] != "answerable"]
        return {
            "answerable": len(answerable),
            "unanswerable": len(unanswerable),
            "evidence_at_1": share(answerable, lambda row: row["evidence_at_1"]),
            "answer_in_sources": share(answerable, lambda row: row["answer_in_sources"]),
            "found": share(answerable, found),
            "refused": share(unanswerable, lambda row: not found(row)),
        }

    result = {"all": figures(rows)}
    for language in LANGUAGES:
        result[language] = figures([row for row in rows if row["language"] == language])
    for kind in ("off_topic", "near_topic"):
        result[kind] = figures([row for row in rows if row["kind"] in (kind, "answerable")])
    return result


def calibrate(rows: list[dict]) -> list[dict]:
    """found and refused at each candidate threshold: the table the threshold is chosen from."""
    table = []
    for step in range(0, 41):
        threshold = round(0.2 + step * 0.025, 3)
        figures = grounding_figures(rows, threshold)
        overall = figures["all"]
        table.append(
            {
                "threshold": threshold,
                "found": overall["found"],
                "refused": overall["refused"],
                "found_by_language": {
                    language: figures[language]["found"] for language in LANGUAGES
                },
                "refused_by_language": {
                    language: figures[language]["refused"] for language in LANGUAGES
                },
            }
        )
    return table


def print_grounding(figures: dict, title: str) -> None:
    print(f"\n  {title}")
    header = ("answerable", "unanswer.", "evidence@1", "in sources", "found", "refused")
    print(f"  {'':12}" + "".join(f"{name:>11}" for name in header))
    for label, row in figures.items():
        cells = [f"{row['answerable']:>11}", f"{row['unanswerable']:>11}"]
        for key in ("evidence_at_1", "answer_in_sources", "found", "refused"):
            value = row[key]
            cells.append(f"{value:>11.2f}" if value is not None else f"{'':>11}")
        print(f"  {label:12}" + "".join(cells))


# -- generated answers ----------------------------------------------------------------------------

APP_TOP_K = 8  # RetrievalPolicy.top_k: what the window and `lokal ask` search
ALL_SOURCES = 16  # "all": the best 16 passages, as many as fit the context (ask drops the rest)
CONTEXT = 4096  # EngineSettings' default context window
# One llama.cpp thread: on a shared 2-core machine two threads wait for each other at every
# barrier whenever the other is descheduled, which made answers several times slower.
THREADS = int(os.environ.get("LOKAL_BENCH_THREADS") or 1)


def chat_models(names: list[str]) -> list[tuple[str, Path]]:
    """(label, GGUF) of the asked models: "smollm2" (bundled), "gemma" (Gemma 3 270M)."""
    import model_bench

    found = dict(model_bench.available_models(CACHE))
    labels = {"smollm2": "SmolLM2-135M", "gemma": "Gemma-3-270M"}
    chosen = []
    for name in names:
        label = labels.get(name, name)
        if label not in found:
            print(f"  model {name} is not available; skipped")
            continue
        chosen.append((label, found[label]))
    return chosen


def answer_accuracy(
    retriever, asked: list[Asked], models, counts, formats, label: str = ""
) -> dict:
    """For each model, number of sources and source format: the share of answers holding the
    answer string, and how often the answer was retried, not found or stopped early."""
    import threading

    from check_questions import normalise

    from desktop_app.core.application import ask
    from desktop_app.core.llm import ChatEngine, EngineSettings

    policy_type = getattr(ask.assistant, "AnswerPolicy", None)  # None on a "before" commit
    if policy_type is None:
        formats = ["labelled"]
    # Grounded as the app grounds (its top_k, 8), and for "all" on the best ALL_SOURCES.
    tops = {count: ALL_SOURCES if count == "all" else APP_TOP_K for count in counts}
    # "app": the app's own policy (AnswerPolicy's defaults), on what the app searches.
    groundings = {
        (question.question, top): _grounded(retriever, question.question, top)
        for question in asked
        for top in set(tops.values())
    }
    result: dict = {}
    for model, path in models:
        settings = EngineSettings(
            context_length=CONTEXT, temperature=0.0, max_tokens=ANSWER_TOKENS, threads=THREADS
        )
        engine = ChatEngine(path, settings)
        try:
            for count in counts:
                for source_format in formats:
                    key = f"{model} sources={count} format={source_format}"
                    started = time.perf_counter()
                    right = retried = not_found = 0
                    answers = []
                    for question in asked:
                        grounded = groundings[question.question, tops[count]]
                        limit = None if count in ("all", "app") else int(count)
                        events = list(
                            ask.answer(
                                engine,
                                _question(ask, question.question, grounded, limit, policy_type),
                                threading.Event(),
                                *_policy(policy_type, limit, source_format),
                            )
                        )
                        finished = events[-1]
                        retried += any(type(e).__name__ == "AnswerRetried" for e in events)
                        not_found += getattr(finished, "found", True) is False
                        ok = normalise(question.answer) in normalise(finished.answer)
                        right += ok
                        answers.append(
                            {"question": question.question, "right": ok, "answer": finished.answer}
                        )
                    seconds = time.perf_counter() - started
                    count_asked = max(1, len(asked))
                    result[key] = {
                        "model": model,
                        "sources": count,
                        "format": source_format,
                        "questions": len(asked),
                        "accuracy": right / count_asked,
                        "retried": retried / count_asked,
                        "not_found": not_found / count_asked,
                        "seconds_per_question": seconds / count_asked,
                        "answers": answers,
                    }
                    if label:  # after each setting: a long run stopped keeps what it measured
                        _save(label, {"answers": result})
                    print(
                        f"  {key}: accuracy {right / count_asked:.2f}, retried "
                        f"{retried / count_asked:.2f}, {seconds / count_asked:.1f} s/question",
                        flush=True,
                    )
        finally:
            engine.close()
    return result


def _grounded(retriever, query: str, top_k: int):
    """The Grounding of today's code, or on a "before" commit the plain search hits."""
    try:
        from desktop_app.core.application import grounding
    except ImportError:
        return retriever.search(query, top_k)
    return grounding.ground(retriever, query, top_k)


def _question(ask, text: str, grounded, limit, policy_type):
    if isinstance(grounded, list):  # a "before" commit: sources only, trimmed here
        return ask.Question(text, sources=grounded[:limit] if limit else grounded)
    return ask.Question(text, grounding=grounded)


def _policy(policy_type, limit, source_format) -> tuple:
    if policy_type is None or not source_format:  # "before", or the app's default policy
        return ()
    return (policy_type(max_sources=limit, source_format=source_format),)


def run_before(commit: str, argv: list[str]) -> int:
    """This bench's answer section on the desktop_app of `commit`, in a process of its own."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="lokal-before-") as folder:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", commit, "desktop_app"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        env = {**os.environ, "LOKAL_BENCH_CODE": folder, "LOKAL_BENCH_LABEL": f"before {commit}"}
        rest = [arg for arg in argv if arg != "--before" and arg != commit]
        return subprocess.run([sys.executable, __file__, *rest], env=env).returncode


# -- the section of run_all.py ------------------------------------------------------------------


def run(
    max_pages: int = DEFAULT_MAX_PAGES,
    models: tuple[str, ...] = ("smollm2", "gemma"),
    answer_questions: int = 30,
) -> dict:
    """bench/run_all.py's section (f): the grounding figures over the whole set, and answer
    accuracy of each model with the app's answer policy (its default AnswerPolicy)."""
    from desktop_app import services

    store, embedder, corpus, settings = indexed_corpus(max_pages)
    try:
        retriever = services.make_retriever(settings, store, embedder)
        asked = load_questions(corpus)
        print(f"  grounding {len(asked)} questions ...", flush=True)
        rows = ground_all(retriever, asked)
        english = [q for q in asked if q.kind == "answerable" and q.language == "en"]
        english = _spread(english, answer_questions)
        accuracy = answer_accuracy(retriever, english, chat_models(list(models)), ["app"], [""])
    finally:
        store.close()
    return {"grounding": grounding_figures(rows), "answers": accuracy}


def print_result(result: dict) -> None:
    print_grounding(result["grounding"], "grounding (answerable: evidence@1, found; refused)")
    print(f"\n  {'answers (app policy)':40} {'accuracy':>9} {'retried':>8} {'s/question':>11}")
    for key, row in result["answers"].items():
        print(
            f"  {key:40} {row['accuracy']:>9.2f} {row['retried']:>8.2f} "
            f"{row['seconds_per_question']:>11.1f}"
        )


# -- entry point ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-pages", type=int, default=DEFAULT_MAX_PAGES, metavar="N")
    parser.add_argument("--questions", type=int, default=None, metavar="N")
    parser.add_argument("--calibrate", action="store_true", help="print found/refused by threshold")
    parser.add_argument(
        "--check-absent", action="store_true", help="only check the near-topic terms' absence"
    )
    parser.add_argument("--models", default="", help="e.g. smollm2,gemma: measure answers")
    parser.add_argument("--sources", default="3,5,8,all", help="numbers of sources to give")
    parser.add_argument("--formats", default="labelled,bare", help="source formats to try")
    parser.add_argument(
        "--answer-questions", type=int, default=30, metavar="N", help="questions answered"
    )
    parser.add_argument("--before", metavar="COMMIT", help="answers of that commit's code")
    parser.add_argument("--languages", default="", help="only these, e.g. en,da")
    parser.add_argument(
        "--sweep", default="", metavar="W,W", help="keyword weights to compare (calibration)"
    )
    args = parser.parse_args(argv)
    if args.before:
        return run_before(args.before, list(argv if argv is not None else sys.argv[1:]))
    _set_up()
    code = os.environ.get("LOKAL_BENCH_CODE")
    if code:
        import desktop_app

        if not Path(desktop_app.__file__).resolve().is_relative_to(Path(code).resolve()):
            raise RuntimeError(f"measuring {desktop_app.__file__}, not the code in {code}")
    if args.check_absent:
        import pdf_corpus

        problems = check_absent(pdf_corpus.build_corpus(CACHE, args.max_pages))
        print("\n".join(problems) or "every near-topic term is absent from the corpus")
        return 1 if problems else 0

    store, embedder, corpus, settings = indexed_corpus(args.max_pages)
    from desktop_app import services

    retriever = services.make_retriever(settings, store, embedder)
    label = os.environ.get("LOKAL_BENCH_LABEL", "after")
    if args.models:
        answerable = [q for q in load_questions(corpus) if q.kind == "answerable"]
        english = _spread([q for q in answerable if q.language == "en"], args.answer_questions)
        models = chat_models(args.models.split(","))
        counts = [c.strip() for c in args.sources.split(",") if c.strip()]
        formats = [f.strip() for f in args.formats.split(",") if f.strip()]
        print(f"  answering {len(english)} questions with {[m for m, _ in models]} ...")
        answer_accuracy(retriever, english, models, counts, formats, f"answers {label}")
        store.close()
        return 0
    asked = load_questions(corpus, args.questions)
    if args.languages:
        asked = [q for q in asked if q.language in args.languages.split(",")]
    if args.sweep:
        weights = [float(weight) for weight in args.sweep.split(",")]
        print(f"  sweeping keyword weights {weights} over {len(asked)} questions ...", flush=True)
        swept = sweep_weights(retriever, asked, weights)
        summary = {}
        for weight, rows in swept.items():
            table = calibrate(rows)
            best = best_threshold(table)
            figures = grounding_figures(rows, best["threshold"] if best else None)
            summary[str(weight)] = {"best": best, "figures": figures, "table": table}
            print_grounding(
                figures, f"keyword weight {weight}, threshold {best and best['threshold']}"
            )
        store.close()
        _save("sweep", summary)
        return 0
    print(f"  grounding {len(asked)} questions ...", flush=True)
    rows = ground_all(retriever, asked)
    figures = grounding_figures(rows)
    print_grounding(
        figures, "grounding (evidence@1 on answerable; found, refused at the threshold)"
    )
    result = {"grounding": figures, "rows": rows}
    if args.calibrate:
        table = calibrate(rows)
        result["calibration"] = table
        print("\n  threshold   found  refused   found en/da/sv/de      refused en/da/sv/de")
        for line in table:
            by_found = " ".join(f"{v:.2f}" for v in line["found_by_language"].values())
            by_refused = " ".join(f"{v:.2f}" for v in line["refused_by_language"].values())
            print(
                f"  {line['threshold']:>9.3f} {line['found']:>7.2f} {line['refused']:>8.2f}"
                f"   {by_found}   {by_refused}"
            )
    store.close()
    _save("grounding", result)
    return 0


def _set_up() -> None:
    os.nice(5)
    # The desktop_app to measure: this checkout's, or a "before" commit's (run_before).
    sys.path.insert(1, os.environ.get("LOKAL_BENCH_CODE") or str(REPO))
    sys.path.insert(1, str(BENCH))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import logging

    logging.basicConfig(level=logging.ERROR)
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.ERROR)


def _save(label: str, result: dict) -> None:
    saved = {}
    if RESULTS.is_file():
        try:
            saved = json.loads(RESULTS.read_text("utf-8"))
        except ValueError:
            saved = {}
    saved[label] = {"when": time.strftime("%Y-%m-%d %H:%M:%S"), **result}
    partial = RESULTS.with_suffix(".json.partial")
    partial.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
    partial.replace(RESULTS)
    print(f"\n  results written to {RESULTS.relative_to(REPO)} ({label})")


if __name__ == "__main__":
    sys.exit(main())
