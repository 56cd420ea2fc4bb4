"""The real bundled model (SmolLM2-135M, fixture `engine`) runs each ready workflow end to end
on generated documents (tests/workflow_corpus.py): extraction, the report, ask across (on a
real index built with the bundled embedder) and compare.

What a model chooses to write differs between CPUs, so these tests assert what must hold
whatever it writes: every structured step is counted and parses, the counts agree, no cell
holds a value its document lacks, the table has its shape, every section cites the documents
it came from, the files are written."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest

from desktop_app.core.grounded_values import find_value, find_value_in_pages
from desktop_app.core.workflows.documents import load_document
from desktop_app.core.workflows.events import (
    ASK_ACROSS,
    COMPARE,
    EXTRACT,
    REPORT,
    DocumentDone,
    DocumentSkipped,
    ModelStepParsed,
    RowExtracted,
    SectionWritten,
    WorkflowFinished,
)
from tests.workflow_corpus import LANGUAGES, make_corpus, make_letter_versions, score

pytestmark = pytest.mark.long


@pytest.fixture(scope="module")
def corpus(qapp, tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def sample(corpus):
    """One document per language, each format at least once, a two-page PDF and a letter."""
    wanted = [
        ("en", "pdf", "invoice", 2),
        ("da", "docx", "invoice", 1),
        ("sv", "txt", "invoice", 1),
        ("de", "docx", "letter", 1),
    ]
    chosen = []
    for language, format_, kind, pages in wanted:
        chosen.append(
            next(
                d
                for d in corpus
                if (d.language, d.format, d.kind, d.pages) == (language, format_, kind, pages)
            )
        )
    assert [d.language for d in chosen] == list(LANGUAGES)
    return chosen


def _finished(events) -> WorkflowFinished:
    assert isinstance(events[-1], WorkflowFinished)
    assert sum(isinstance(event, WorkflowFinished) for event in events) == 1
    return events[-1]


def test_extract_fields_end_to_end(engine, sample, tmp_path):
    from desktop_app.core.workflows.extract import INVOICE_FIELDS, ExtractRequest, extract_fields

    output = tmp_path / "invoices.csv"
    request = ExtractRequest(tuple(str(d.path) for d in sample), INVOICE_FIELDS, output)
    events = list(extract_fields(engine, request, cancel=threading.Event()))
    finished = _finished(events)

    steps = [event for event in events if isinstance(event, ModelStepParsed)]
    rows = [event for event in events if isinstance(event, RowExtracted)]
    assert not [event for event in events if isinstance(event, DocumentSkipped)]
    assert len([event for event in events if isinstance(event, DocumentDone)]) == len(sample)
    assert (finished.kind, finished.documents, finished.skipped) == (EXTRACT, len(sample), 0)
    assert finished.steps == len(steps) >= len(sample)  # at least one step per document
    assert finished.parsed == sum(step.ok for step in steps)
    assert finished.parsed == finished.steps, [step.problems for step in steps if not step.ok]
    assert {step.path for step in steps} == {str(d.path) for d in sample}

    # Never invented: each value is in its document's text, on the page the cell names.
    result = score(rows, sample)
    assert result.invented == [] and result.missing == []
    for row in rows:
        document = load_document(row.path)
        pages = [(page.number, page.text) for page in document.pages]
        assert [name for name, _value, _page in row.cells] == list(INVOICE_FIELDS)
        for _name, value, page in row.cells:
            if not value:
                assert page is None
                continue
            assert find_value(value, document.text) is not None
            if document.page_count:  # a PDF: the cell remembers the page holding it
                assert page is not None and find_value(value, pages[page - 1][1]) is not None
            else:
                assert find_value_in_pages(value, pages) == page

    # The CSV: "file", then the fields exactly as given; one row per document, in order.
    assert finished.output == str(output)
    with output.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["file", *INVOICE_FIELDS]
    assert [line[0] for line in table[1:]] == [str(d.path) for d in sample]
    for line, row in zip(table[1:], rows, strict=True):
        assert line[1:] == [value for _name, value, _page in row.cells]


def test_report_end_to_end(engine, sample, tmp_path):
    from desktop_app.core.workflows.report import ReportRequest, write_report

    documents = sample[1:3]  # a DOCX and a text file
    output = tmp_path / "report.md"
    request = ReportRequest(tuple(str(d.path) for d in documents), output)
    events = list(write_report(engine, request, None, threading.Event()))
    finished = _finished(events)

    assert (finished.kind, finished.documents, finished.skipped) == (REPORT, 2, 0)
    assert finished.parsed == finished.steps
    sections = [event for event in events if isinstance(event, SectionWritten)]
    per_document = [s for s in sections if s.title != "Overview"]
    assert [s.title for s in per_document] == [d.path.name for d in documents]
    for section, document in zip(per_document, documents, strict=True):
        assert section.text.strip()
        assert {c.path for c in section.citations} == {str(document.path)}
    markdown = output.read_text(encoding="utf-8")
    assert markdown == finished.text
    assert markdown.startswith("# Report")
    for document in documents:
        assert f"## {document.path.name}" in markdown


def test_ask_across_end_to_end_on_a_real_index(engine, embedder, sample, tmp_path):
    from desktop_app import services
    from desktop_app.config import Settings
    from desktop_app.core.application.search import RetrievalPolicy, Retriever
    from desktop_app.core.ingest import pipeline
    from desktop_app.core.store import DocumentStore
    from desktop_app.core.workflows.ask_across import ask_across

    documents = sample[:3]
    store = DocumentStore(tmp_path / "data", embedder.name)
    try:
        options = services.chunking_options(Settings(), embedder)
        indexed = list(pipeline.index_paths([d.path for d in documents], store, embedder, options))
        assert not [event for event in indexed if isinstance(event, pipeline.FileFailed)]
        retriever = Retriever(store, embedder, RetrievalPolicy(top_k=50))
        question = "What is the total amount to pay?"
        hits = retriever.search(question, top_k=50)
        output = tmp_path / "answers.md"
        events = list(ask_across(engine, question, hits, threading.Event(), output))
    finally:
        store.close()
    finished = _finished(events)

    searched = {hit.path for hit in hits}
    assert searched == {str(d.path) for d in documents}
    assert finished.kind == ASK_ACROSS and finished.skipped == 0
    assert finished.documents == len(searched)
    assert finished.parsed == finished.steps
    sections = [event for event in events if isinstance(event, SectionWritten)]
    answering = [s for s in sections if s.title != "Combined answer"]
    assert len(answering) <= len(documents)  # documents with nothing to say are dropped
    for section in sections:
        assert section.text.strip()
        assert {c.path for c in section.citations} <= searched
    for section in answering:
        assert section.title in {d.path.name for d in documents}
    assert output.read_text(encoding="utf-8") == finished.text


def test_compare_end_to_end_on_two_versions_of_a_letter(engine, qapp, tmp_path):
    compare = pytest.importorskip("desktop_app.core.workflows.compare")

    old, new, _old_line, _new_line = make_letter_versions(tmp_path, "en", "txt")
    output = tmp_path / "changes.md"
    events = list(compare.compare_documents(engine, str(old), str(new), output, threading.Event()))
    finished = _finished(events)

    assert finished.kind == COMPARE and finished.skipped == 0
    assert finished.parsed == finished.steps
    sections = [event for event in events if isinstance(event, SectionWritten)]
    assert len(sections) == 1  # one paragraph changed; the unchanged ones are skipped
    [section] = sections
    assert section.text.strip()
    assert {c.path for c in section.citations} == {str(old), str(new)}
    assert finished.text.strip()
    assert Path(finished.output or output).read_text(encoding="utf-8") == finished.text
