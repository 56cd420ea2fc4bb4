"""Check bench/questions.json against the manuals: every answer string is on its page.

Each question names a manual of the benchmark corpus (its file name, as in pdf_corpus), a 1-based
PDF page and a short answer string. The check extracts that page's text twice: with pypdf, as the
LlamaIndex baseline reads it, and with Lokal's own reader and clean-up (PDFium; running headers,
contents and index pages left out), as Lokal indexes it. The answer must be in both, after
normalising (`normalise`: Unicode compatibility forms such as the "ﬁ" ligature, case, runs of
whitespace).
It also checks the set itself: at least MIN_QUESTIONS, no question twice, every page inside the
default corpus (bench/run_all.py's page budget), and the Debian package versions the pages were
read from.

    .venv/bin/python bench/check_questions.py [--max-pages N]

Exit status 0 when every question holds. The retrieval benchmark runs the same check first and
leaves out (and reports) any question that does not hold, e.g. after a new package version moved
the pages.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pdf_corpus

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CACHE = BENCH / ".cache"
QUESTIONS = BENCH / "questions.json"
MIN_QUESTIONS = 45
DEFAULT_MAX_PAGES = 1100  # keep in step with run_all.DEFAULT_MAX_PAGES

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Question:
    question: str
    file: str  # the manual's file name, e.g. "octave.pdf"
    page: int  # 1-based page of the PDF
    answer: str


def normalise(text: str) -> str:
    """Text for the answer test: NFKC (ligatures), case-folded, whitespace runs as one space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def load(path: Path = QUESTIONS) -> tuple[list[Question], dict]:
    """The questions and the file's other fields (about, packages)."""
    data = json.loads(path.read_text("utf-8"))
    questions = [Question(**item) for item in data["questions"]]
    return questions, {key: value for key, value in data.items() if key != "questions"}


def page_texts(cache: Path, wanted: dict[str, set[int]]) -> dict[tuple[str, int], str | None]:
    """(file, page) -> the page's text as pypdf extracts it; None where there is no such page."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    sources = _sources(cache)
    texts: dict[tuple[str, int], str | None] = {}
    for name, pages in wanted.items():
        reader = PdfReader(sources[name]) if name in sources else None
        for page in pages:
            if reader is None or not 1 <= page <= len(reader.pages):
                texts[name, page] = None
            else:
                texts[name, page] = reader.pages[page - 1].extract_text() or ""
    return texts


def lokal_page_texts(
    cache: Path, wanted: dict[str, set[int]]
) -> dict[tuple[str, int], str | None] | None:
    """(file, page) -> the page's text as Lokal indexes it (its PDF reader, then its clean-up of
    running headers and of contents and index pages); None for a page it leaves out. None
    altogether when this Lokal has no such functions (the check then uses pypdf's text alone).
    """
    if str(REPO) not in sys.path:
        sys.path.insert(1, str(REPO))
    try:
        from desktop_app.core.ingest.cleanup import clean_pages
        from desktop_app.core.ingest.readers import read_document
    except ImportError:
        return None
    sources = _sources(cache)
    texts: dict[tuple[str, int], str | None] = {}
    for name, pages in wanted.items():
        kept = {}
        if name in sources:
            cleaned, _skipped = clean_pages(list(read_document(sources[name]).pages))
            kept = {page.number: page.text for page in cleaned}
        for page in pages:
            texts[name, page] = kept.get(page)
    return texts


def _sources(cache: Path) -> dict[str, Path]:
    return {path.name: path for path, _ in pdf_corpus._pool(cache)}


def check(questions: list[Question], cache: Path = CACHE) -> dict[int, str]:
    """Index in `questions` -> what is wrong with it; empty when every answer is on its page,
    both in pypdf's text (what the LlamaIndex baseline reads) and in Lokal's."""
    wanted: dict[str, set[int]] = {}
    for question in questions:
        wanted.setdefault(question.file, set()).add(question.page)
    pypdf_texts = page_texts(cache, wanted)
    lokal_texts = lokal_page_texts(cache, wanted)
    problems = {}
    for number, question in enumerate(questions):
        key = question.file, question.page
        where = f"{question.file} p{question.page}"
        answer = normalise(question.answer)
        if pypdf_texts[key] is None:
            problems[number] = f"{where} is not in the corpus pool"
        elif answer not in normalise(pypdf_texts[key]):
            problems[number] = f"answer {question.answer!r} not on {where} (pypdf's text)"
        elif lokal_texts is not None and lokal_texts[key] is None:
            problems[number] = f"Lokal's reader leaves {where} out (a contents or index page?)"
        elif lokal_texts is not None and answer not in normalise(lokal_texts[key]):
            problems[number] = f"answer {question.answer!r} not on {where} (Lokal's text)"
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-pages", type=int, default=DEFAULT_MAX_PAGES, metavar="N")
    args = parser.parse_args(argv)

    questions, meta = load()
    failures = []
    problems = check(questions)
    for number, problem in problems.items():
        failures.append(f"question {number + 1} ({questions[number].question!r}): {problem}")
    if len(questions) < MIN_QUESTIONS:
        failures.append(f"only {len(questions)} questions; at least {MIN_QUESTIONS} wanted")
    seen = set()
    for question in questions:
        key = normalise(question.question)
        if key in seen:
            failures.append(f"asked twice: {question.question!r}")
        seen.add(key)
    corpus = {item.name: item.pages for item in pdf_corpus.build_corpus(CACHE, args.max_pages)}
    outside = [q for q in questions if q.page > corpus.get(q.file, 0)]
    if args.max_pages >= DEFAULT_MAX_PAGES:
        for question in outside:
            failures.append(
                f"{question.file} p{question.page} is outside the {args.max_pages}-page corpus"
            )
    elif outside:
        print(f"{len(outside)} questions are outside the {args.max_pages}-page corpus")
    versions = pdf_corpus.package_versions(CACHE)
    if versions != meta.get("packages"):
        failures.append(f"pages were read from {meta.get('packages')}, the corpus is {versions}")

    by_file: dict[str, int] = {}
    for question in questions:
        by_file[question.file] = by_file.get(question.file, 0) + 1
    print(f"{len(questions)} questions: " + ", ".join(f"{n} {f}" for f, n in by_file.items()))
    for failure in failures:
        print("  FAIL " + failure)
    print("all answers found on their pages" if not failures else f"{len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
