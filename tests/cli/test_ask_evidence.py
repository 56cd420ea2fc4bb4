"""`lokal ask` on real PDFs, as a user (or another tool) runs it: in a subprocess, with the real
embedding model and the bundled chat model. What holds on any machine is asserted, never the
words the model chose: an answerable question is found, with an evidence sentence (chosen
without the chat model) that holds the fact written into the PDF; a question the documents
don't answer gets the not-found message in its language, no model words, and closest matches.
"""

from __future__ import annotations

import json

import pytest

from desktop_app.core.language import NOT_FOUND
from tests.cli.test_cli import lokal

PAGES = [
    "Chapter one describes the weather in Copenhagen during the autumn months. Rain is "
    "common in October, and the first frost usually comes in November.",
    "The launch code for project Bluebird is 4729. Keep it in the red folder in the safe. "
    "Only the project lead may open the safe.",
    "Chapter three lists the opening hours of the public libraries in Aarhus. The main "
    "library opens at nine in the morning on weekdays.",
]
NOTES = [
    "The ferry to Bornholm leaves at 08:30 from the harbour in Køge every day in summer.",
    "Our office moves to a new building in Odense in the spring.",
]
ANSWERABLE = "What is the launch code for project Bluebird?"
OFF_TOPIC = "How tall is Mount Everest?"
OFF_TOPIC_DANISH = "Hvem vandt VM i fodbold i 2018?"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, qapp):
    """Two real PDFs indexed through `lokal index`."""
    from tests.pdfs import write_pdf

    root = tmp_path_factory.mktemp("evidence")
    docs = root / "docs"
    docs.mkdir()
    write_pdf(docs / "guide.pdf", PAGES)
    write_pdf(docs / "notes.pdf", NOTES)
    result = lokal("index", docs, data_dir=root / "data")
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="module")
def answers(indexed, chat_model_path) -> dict[str, dict]:
    """`lokal ask --json` over the three questions in one process (the models load once)."""
    questions = indexed / "questions.txt"
    questions.write_text("\n".join([ANSWERABLE, OFF_TOPIC, OFF_TOPIC_DANISH]) + "\n", "utf-8")
    result = lokal("ask", "--json", "--from-file", questions, data_dir=indexed / "data")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return {entry["query"]: entry for entry in json.loads(result.stdout)}


@pytest.mark.slow  # the real embedding model and the bundled chat model, in a subprocess
def test_an_answerable_question_is_found_with_the_fact_as_evidence(answers):
    entry = answers[ANSWERABLE]
    assert entry["found"] is True
    assert entry["answer"].strip() and "closest" not in entry
    assert entry["sources"] and entry["evidence"]
    for item in entry["evidence"]:
        assert set(item) == {"source", "text"}
        assert 1 <= item["source"] <= len(entry["sources"])  # 1-based into "sources"
        # The sentence as it reads in its source (line breaks of the page aside).
        source_text = " ".join(entry["sources"][item["source"] - 1]["text"].split())
        assert " ".join(item["text"].split()) in source_text
    best = entry["evidence"][0]
    assert "4729" in best["text"]
    assert entry["sources"][best["source"] - 1]["path"].endswith("guide.pdf")
    assert entry["sources"][best["source"] - 1]["page"] == 2


@pytest.mark.slow
@pytest.mark.parametrize(("question", "language"), [(OFF_TOPIC, "en"), (OFF_TOPIC_DANISH, "da")])
def test_a_question_the_documents_dont_answer_is_not_found(answers, question, language):
    entry = answers[question]
    assert entry["found"] is False
    assert entry["answer"] == NOT_FOUND[language]  # no model words: the message alone
    assert entry["sources"] == [] and entry["evidence"] == []
    assert entry["closest"], "the nearest passages are listed as closest matches"
    assert {"path", "page", "heading", "score", "text"} == set(entry["closest"][0])
    assert "thinking" not in entry


@pytest.mark.slow
def test_text_mode_prints_the_evidence_and_the_closest_matches(indexed, chat_model_path):
    questions = indexed / "two.txt"
    questions.write_text(f"{ANSWERABLE}\n{OFF_TOPIC}\n", "utf-8")
    result = lokal("ask", "--from-file", questions, data_dir=indexed / "data")
    assert result.returncode == 0, result.stderr
    answerable, off_topic = result.stdout.split(f"Q: {OFF_TOPIC}")
    evidence = [line for line in answerable.splitlines() if line.startswith("Evidence [")]
    assert evidence and "4729" in evidence[0]
    assert "Closest matches:" not in answerable
    assert NOT_FOUND["en"] in off_topic and "Closest matches:" in off_topic
    assert "  [1] " in off_topic.split("Closest matches:")[1]


@pytest.mark.slow  # the real embedding model (no chat model: search runs none)
def test_search_json_says_found_and_gives_the_evidence(indexed):
    result = lokal("search", "--json", ANSWERABLE, data_dir=indexed / "data")
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)
    assert entry["found"] is True and "4729" in entry["evidence"][0]["text"]
    off = lokal("search", "--json", OFF_TOPIC, data_dir=indexed / "data")
    [missing] = json.loads(off.stdout)
    assert missing["found"] is False and missing["evidence"] == [] and missing["sources"]
