"""Ask across all documents: one search's hits grouped by document, one grounded answer per
document (through ask.answer), documents with nothing to say dropped, then a combined answer
cited per document; Stop keeps what was answered; the Markdown is written atomically.

The scripted engine answers from its prompt (it names the fee it reads, cited [1]), so the
logic's tests may assert its words. The real bundled model runs it once end to end on the hits
of two small documents; that test asserts what holds on any machine.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from pathlib import Path

import pytest

from desktop_app.core.errors import ModelError
from desktop_app.core.store_types import Hit
from desktop_app.core.workflows import ask_across
from desktop_app.core.workflows.events import (
    DocumentDone,
    DocumentSkipped,
    DocumentStarted,
    SectionWritten,
    TextStreamed,
    WorkflowFinished,
)
from tests.scripted_engine import ScriptedEngine

QUESTION = "What is the fee?"


def hit(path: str, page: int | None, text: str, score: float = 1.0) -> Hit:
    return Hit(path=path, page=page, score=score, text=text, start=0, end=len(text))


def search_result(folder: Path) -> list[Hit]:
    """As a search over three documents returns it: best first, documents interleaved."""
    prices, weather, letter = (
        str(folder / name) for name in ("prices.pdf", "weather.txt", "b.pdf")
    )
    return [
        hit(prices, 3, "The fee is 40 EUR per month."),
        hit(weather, None, "It rained all week in Aarhus."),
        hit(letter, 2, "From May the fee is 45 EUR."),
        hit(prices, 1, "Prices of the club."),
    ]


def fee_reply(messages: list[dict[str, str]]) -> str:
    """Names the fees in the prompt with the source's number; '' when there is none (a document
    with nothing to say: the answer has nothing of its own)."""
    user = messages[-1]["content"]
    if user.startswith("Question:"):  # the combined answer: cite each document that has a fee
        numbers = re.findall(r"^\[(\d+)\] ", user, re.MULTILINE)
        return "Fees: " + " ".join(f"see [{number}]" for number in numbers) + "."
    fees = re.findall(r"^\[(\d+)\].*?\n.*?(\d+ EUR)", user, re.MULTILINE)
    return " ".join(f"The fee is {fee} [{number}]." for number, fee in fees)


class KeywordScorer:
    """A sentence scorer on the embedding scale: relevant when the sentence names a fee."""

    kind = "embedding"

    def scores(self, query, sentences):
        return [0.9 if "fee" in sentence else 0.1 for sentence in sentences]


def run(engine, hits, output=None, cancel=None, scorer=None) -> list:
    return list(ask_across.ask_across(engine, QUESTION, hits, cancel, output, scorer))


def test_hits_are_grouped_by_document_in_the_search_order(tmp_path):
    grouped = ask_across.group_by_document(search_result(tmp_path))
    assert [Path(path).name for path in grouped] == ["prices.pdf", "weather.txt", "b.pdf"]
    assert [h.page for h in grouped[str(tmp_path / "prices.pdf")]] == [3, 1]


def test_one_answer_per_answering_document_then_a_combined_one(tmp_path):
    output = tmp_path / "answers" / "fee.md"
    engine = ScriptedEngine(fee_reply)
    events = run(engine, search_result(tmp_path), output)

    sections = [event for event in events if isinstance(event, SectionWritten)]
    assert [section.title for section in sections] == ["prices.pdf", "b.pdf", "Combined answer"]
    prices, letter, combined = sections
    assert prices.text == "The fee is 40 EUR [prices.pdf, p. 3]."  # the marker names its page
    assert [(c.first_page, c.last_page) for c in prices.citations] == [(3, 3)]
    assert letter.text == "The fee is 45 EUR [b.pdf, p. 2]."
    assert combined.text == "Fees: see [prices.pdf] see [b.pdf]."
    assert {Path(c.path).name for c in combined.citations} == {"prices.pdf", "b.pdf"}
    streamed = "".join(event.text for event in events if isinstance(event, TextStreamed))
    assert streamed.strip() == "Fees: see [1] see [2]."

    # each document's answer saw only that document's passages
    per_document = [p for p in engine.prompts if not p[-1]["content"].startswith("Question:")]
    assert len(per_document) >= 3
    assert all("Aarhus" not in m["content"] for m in per_document[0])

    finished = events[-1]
    assert isinstance(finished, WorkflowFinished)
    assert (finished.documents, finished.skipped, finished.cancelled) == (3, 0, False)
    written = output.read_text(encoding="utf-8")
    assert written == finished.text
    assert re.findall(r"^## (.+)$", written, re.MULTILINE) == [
        "Combined answer",
        "prices.pdf",
        "b.pdf",
    ]
    assert written.startswith("# Ask across documents\n\n**Question:** What is the fee?")
    assert "_2 of 3 documents answer it._" in written
    assert not list(output.parent.glob(".*.tmp"))


def test_the_answers_reach_the_combined_prompt_delimited_as_data(tmp_path):
    engine = ScriptedEngine(fee_reply)
    run(engine, search_result(tmp_path))
    combined = engine.prompts[-1]
    assert "comes from the user's documents" in combined[0]["content"]
    assert combined[-1]["content"].count("<<DATA ") == 2
    assert "The fee is 45 EUR" in combined[-1]["content"]


def test_with_a_scorer_a_document_that_does_not_answer_costs_no_model_call(tmp_path):
    engine = ScriptedEngine(fee_reply)
    events = run(engine, search_result(tmp_path), scorer=KeywordScorer())
    prompts = [m["content"] for p in engine.prompts for m in p]
    assert not any("Aarhus" in content for content in prompts)  # judged not found: no model
    titles = [e.title for e in events if isinstance(e, SectionWritten)]
    assert titles == ["prices.pdf", "b.pdf", "Combined answer"]
    assert len([e for e in events if isinstance(e, DocumentDone)]) == 3


def test_groundings_made_where_the_retriever_lives_decide_the_same_way(tmp_path):
    """The window grounds each document on the index worker's thread
    (grounding.ground_each_document) and hands the groundings over: same documents dropped,
    same sections, as with the scorer here."""
    from desktop_app.core.application.grounding import ground_sources

    grouped = ask_across.group_by_document(search_result(tmp_path))
    groundings = [ground_sources(QUESTION, hits, KeywordScorer()) for hits in grouped.values()]
    engine = ScriptedEngine(fee_reply)
    events = list(ask_across.ask_across(engine, QUESTION, (), groundings=groundings))
    prompts = [m["content"] for p in engine.prompts for m in p]
    assert not any("Aarhus" in content for content in prompts)  # judged not found: no model
    titles = [e.title for e in events if isinstance(e, SectionWritten)]
    assert titles == ["prices.pdf", "b.pdf", "Combined answer"]
    assert [Path(e.path).name for e in events if isinstance(e, DocumentStarted)] == [
        "prices.pdf",
        "weather.txt",
        "b.pdf",
    ]


def test_no_document_answering_gives_the_not_found_answer_without_a_model(tmp_path):
    engine = ScriptedEngine(fee_reply)
    weather = [hit(str(tmp_path / "weather.txt"), None, "It rained all week.")]
    events = run(engine, weather, scorer=KeywordScorer())
    assert engine.prompts == []
    combined = [e for e in events if isinstance(e, SectionWritten)]
    assert [section.title for section in combined] == ["Combined answer"]
    assert combined[0].text  # the question's language's "the documents don't answer it"
    assert events[-1].documents == 1


def test_stop_keeps_the_answers_so_far(tmp_path):
    output = tmp_path / "fee.md"
    cancel = threading.Event()
    engine = ScriptedEngine(fee_reply)
    events = []
    for event in ask_across.ask_across(engine, QUESTION, search_result(tmp_path), cancel, output):
        events.append(event)
        if isinstance(event, DocumentDone):
            cancel.set()
    finished = events[-1]
    assert finished.cancelled and finished.documents == 1
    assert [e.title for e in events if isinstance(e, SectionWritten)] == ["prices.pdf"]
    assert sum(isinstance(e, DocumentStarted) for e in events) == 1
    written = output.read_text(encoding="utf-8")
    assert "## prices.pdf" in written and "## Combined answer" not in written


def test_a_document_whose_answer_fails_is_skipped_and_the_others_go_on(tmp_path):
    def failing_on_weather(messages):
        if "Aarhus" in messages[-1]["content"]:
            raise ModelError("model_load_failed", path="x.gguf", detail="boom")
        return fee_reply(messages)

    events = run(ScriptedEngine(failing_on_weather), search_result(tmp_path))
    skipped = [e for e in events if isinstance(e, DocumentSkipped)]
    assert [Path(e.path).name for e in skipped] == ["weather.txt"]
    finished = events[-1]
    assert (finished.documents, finished.skipped) == (2, 1)
    assert "## Skipped documents" in finished.text


def test_answers_that_do_not_fit_the_window_are_left_out_of_the_combined_prompt(tmp_path):
    hits = [
        hit(str(tmp_path / f"doc{n}.pdf"), 1, f"The fee is {n} EUR. " + "padding " * 30)
        for n in range(6)
    ]
    long_answer = lambda messages: (  # noqa: E731
        fee_reply(messages) + " " + "more " * 60
        if not messages[-1]["content"].startswith("Question:")
        else "Combined [1]."
    )
    engine = ScriptedEngine(long_answer, context_length=420, max_tokens=80)
    events = run(engine, hits)
    combined_prompt = engine.prompts[-1]
    assert combined_prompt[-1]["content"].startswith("Question:")
    assert engine.count_prompt_tokens(combined_prompt) + 64 <= 420
    assert 1 <= combined_prompt[-1]["content"].count("<<DATA ") < 6
    sections = [e for e in events if isinstance(e, SectionWritten)]
    assert len(sections) == 7  # every document's section stays, then the combined answer


@pytest.fixture
def short_answers(engine):
    """The session's bundled model, writing at most 128 tokens an answer (its 512 made each of
    the five calls run on until max_tokens: 139 s on a busy 2-core machine)."""
    settings = engine.settings
    engine.update_sampling(dataclasses.replace(settings, max_tokens=128))
    yield engine
    engine.update_sampling(settings)


@pytest.mark.long
def test_the_bundled_model_asks_across_two_documents(short_answers, tmp_path):
    engine = short_answers
    boiler, roof = str(tmp_path / "boiler.pdf"), str(tmp_path / "roof.txt")
    hits = [
        hit(boiler, 2, "The boiler was serviced in March 2024 by Hansen."),
        hit(roof, None, "The roof was repaired in May by Jensen."),
        hit(boiler, 1, "The boiler was installed in 2019."),
    ]
    output = tmp_path / "answer.md"
    question = "When was the boiler serviced?"
    events = list(ask_across.ask_across(engine, question, hits, output=output))

    finished = events[-1]
    assert (finished.documents, finished.skipped, finished.cancelled) == (2, 0, False)
    sections = [event for event in events if isinstance(event, SectionWritten)]
    assert sections[-1].title == "Combined answer"
    real_pages = {(boiler, 1), (boiler, 2), (roof, None)}
    for section in sections[:-1]:
        assert section.citations
        assert {(c.path, c.first_page) for c in section.citations} <= real_pages
    assert output.read_text(encoding="utf-8") == finished.text
    assert f"**Question:** {question}" in finished.text


def test_an_output_that_cannot_be_written_is_refused_before_any_model_call(tmp_path):
    from desktop_app.core.errors import LokalError

    engine = ScriptedEngine(fee_reply)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(LokalError) as raised:
        run(engine, search_result(tmp_path), output=blocker / "answer.md")
    assert raised.value.code == "workflow_output_unwritable"
    assert engine.prompts == []
