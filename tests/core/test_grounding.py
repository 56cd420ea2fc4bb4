"""Grounding (core/application/grounding.py) on real PDFs, the real embedder and chromadb on
disk: the evidence is the sentence that holds the fact, its offsets slice the source's text,
sources are numbered from 1, an answerable question is found, an off-topic one is not, and an
empty library (or collection) is not searched at all."""

from __future__ import annotations

import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core.application import grounding
from desktop_app.core.application.search import RetrievalPolicy, Retriever
from desktop_app.core.ingest import pipeline
from desktop_app.core.store import DocumentStore
from tests.pdfs import write_pdf

# Lines kept short: PDFium drops the spaces of some lines QPdfWriter wraps itself.
FERRY_PAGES = [
    "Harbour guide for the island of Vendel.\n"
    "The harbour office opens at eight and closes at six.\n"
    "Fishing boats moor along the northern pier.",
    "Ferries and timetables\n"
    "Ferries to the mainland run all year round.\n"
    "The Larkspur ferry leaves Port Elwin every morning at 7:40.\n"
    "Tickets are sold on board and at the harbour office.\n"
    "In winter storms the crossing may be cancelled.",
]
GARDEN_PAGES = [
    "Sowing tomatoes indoors\n"
    "Sow tomato seeds six weeks before the last frost.\n"
    "Keep the seed trays warm and move them to a bright window.",
]
DANISH_PAGES = [
    "Færger og køreplaner\n"
    "Færgen Larkspur sejler fra Port Elwin hver morgen klokken 7.40.\n"
    "Billetter kan købes om bord og på havnekontoret.",
]
FACT = "The Larkspur ferry leaves Port Elwin every morning at 7:40."
DANISH_FACT = "Færgen Larkspur sejler fra Port Elwin hver morgen klokken 7.40."


@pytest.fixture(scope="module")
def retriever(qapp, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("grounding")
    docs = root / "docs"
    docs.mkdir()
    write_pdf(docs / "harbour.pdf", FERRY_PAGES)
    write_pdf(docs / "garden.pdf", GARDEN_PAGES)
    write_pdf(docs / "havn.pdf", DANISH_PAGES)
    store = DocumentStore(root / "data", embedder.name)
    options = services.chunking_options(Settings(), embedder)
    events = list(pipeline.index_paths([docs], store, embedder, options, None, "Island"))
    assert not [event for event in events if isinstance(event, pipeline.FileFailed)]
    store.create_collection("Empty")
    yield Retriever(store, embedder, RetrievalPolicy(top_k=4))
    store.close()


def test_the_evidence_is_the_sentence_holding_the_fact(retriever):
    result = grounding.ground(retriever, "When does the Larkspur ferry leave Port Elwin?")
    assert result.searched and result.found
    assert result.evidence, "a found question has evidence"
    first = result.evidence[0]
    assert FACT in first.text
    assert 1 <= first.source <= len(result.sources)  # numbered from 1, as the chips are
    source = result.sources[first.source - 1]
    assert source.text[first.start : first.end] == first.text
    assert source.page == 2 and source.path.endswith("harbour.pdf")
    assert result.relevance == first.score >= grounding.FOUND_THRESHOLDS["embedding"]
    for item in result.evidence:
        assert result.sources[item.source - 1].text[item.start : item.end] == item.text


def test_a_danish_question_over_a_danish_document_is_found(retriever):
    result = grounding.ground(retriever, "Hvornår sejler færgen Larkspur fra Port Elwin?")
    assert result.found
    assert any(DANISH_FACT in item.text for item in result.evidence)


def test_an_off_topic_question_is_not_found(retriever):
    result = grounding.ground(retriever, "Who won the 2018 World Cup?")
    assert result.searched
    assert not result.found
    assert result.evidence == ()
    assert result.sources, "the closest passages are still there, to show as closest matches"
    assert result.relevance < grounding.FOUND_THRESHOLDS["embedding"]


def test_an_empty_collection_or_library_is_not_searched(retriever, tmp_path, embedder):
    result = grounding.ground(retriever, "When does the ferry leave?", collections=["Empty"])
    assert (result.searched, result.found, result.sources) == (False, False, ())

    empty = DocumentStore(tmp_path / "data", embedder.name)
    try:
        plain = grounding.ground(Retriever(empty, embedder, RetrievalPolicy()), "Hello there")
    finally:
        empty.close()
    assert (plain.searched, plain.found, plain.sources, plain.evidence) == (False, False, (), ())
