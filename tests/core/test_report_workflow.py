"""Summarise a folder into a report: one section per document, cited with its pages, then an
overview; unreadable files skipped and listed; Stop keeps what was done; a journal resumes.

The scripted engine answers as a function of its prompt (it names the fact it reads), so the
logic's tests may assert its words. The real bundled model runs the workflow once end to end
on two small generated documents (a PDF and a text file); its test asserts what holds on any
machine: every document has its section, citations name real pages, the file is the Markdown.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from desktop_app.core.workflows import report
from desktop_app.core.workflows.events import (
    DocumentDone,
    DocumentSkipped,
    DocumentStarted,
    SectionWritten,
    TextStreamed,
    WorkflowFinished,
)
from desktop_app.core.workflows.journal import WorkflowJournal
from tests.scripted_engine import ScriptedEngine

FACTS = {"alpha.txt": "The boiler was serviced in March.", "beta.md": "The roof leaks in winter."}


def fact_noting_reply(messages: list[dict[str, str]]) -> str:
    """Notes the facts it was shown: the document's fact, or (for the overview) the summaries'."""
    user = messages[-1]["content"]
    if user.startswith("Summaries of"):
        return "Overview: " + " / ".join(f for f in FACTS.values() if f.split()[1] in user)
    return " ".join(fact for fact in FACTS.values() if fact in user) or "Nothing of note."


def make_files(folder: Path) -> list[Path]:
    paths = []
    for name, fact in FACTS.items():
        path = folder / name
        path.write_text(f"Notes of the house.\n\n{fact}\n", encoding="utf-8")
        paths.append(path)
    return paths


def run(engine, paths, output=None, journal=None, cancel=None) -> list:
    request = report.ReportRequest(tuple(str(path) for path in paths), output)
    return list(report.write_report(engine, request, journal, cancel))


def test_one_section_per_document_then_the_overview(tmp_path):
    paths = make_files(tmp_path)
    output = tmp_path / "out" / "report.md"
    events = run(ScriptedEngine(fact_noting_reply), paths, output)

    sections = [event for event in events if isinstance(event, SectionWritten)]
    assert [section.title for section in sections] == ["alpha.txt", "beta.md", "Overview"]
    for section, fact in zip(sections, FACTS.values(), strict=False):
        assert section.text == fact  # the summary of that document, and only of it
        assert [citation.path for citation in section.citations] == [str(tmp_path / section.title)]
    overview = sections[-1]
    streamed = "".join(event.text for event in events if isinstance(event, TextStreamed))
    assert streamed.strip() == overview.text
    assert all(fact in overview.text for fact in FACTS.values())

    finished = events[-1]
    assert isinstance(finished, WorkflowFinished)
    assert (finished.documents, finished.skipped, finished.cancelled) == (2, 0, False)
    assert finished.output == str(output)
    written = output.read_text(encoding="utf-8")
    assert written == finished.text
    headings = re.findall(r"^(#+) (.+)$", written, re.MULTILINE)
    assert headings == [("#", "Report"), ("##", "Overview"), ("##", "alpha.txt"), ("##", "beta.md")]
    assert "_Sources: alpha.txt_" in written
    assert not list(output.parent.glob(".*.tmp"))  # written atomically: no temporary left


def test_events_per_document_come_in_order(tmp_path):
    paths = make_files(tmp_path)
    kinds = [type(event).__name__ for event in run(ScriptedEngine(fact_noting_reply), paths)]
    per_document = ["DocumentStarted", "SectionWritten", "DocumentDone"]
    assert kinds[:6] == per_document * 2
    assert kinds[-2:] == ["SectionWritten", "WorkflowFinished"]


def test_a_pdf_section_is_cited_with_its_pages(qapp, tmp_path):
    from tests.pdfs import write_pdf

    pdf = write_pdf(tmp_path / "manual.pdf", ["Chapter one.", "The boiler was serviced in March."])
    events = run(ScriptedEngine(fact_noting_reply), [pdf])
    section = next(event for event in events if isinstance(event, SectionWritten))
    assert section.text == FACTS["alpha.txt"]
    assert [(c.first_page, c.last_page) for c in section.citations] == [(1, 2)]
    assert "_Sources: manual.pdf, pp. 1-2_" in events[-1].text


def test_an_unreadable_document_is_skipped_and_listed_at_the_end(tmp_path):
    paths = make_files(tmp_path)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not a PDF at all")
    events = run(ScriptedEngine(fact_noting_reply), [paths[0], broken, paths[1]])

    skipped = [event for event in events if isinstance(event, DocumentSkipped)]
    assert [(event.path, event.number, event.total) for event in skipped] == [(str(broken), 2, 3)]
    finished = events[-1]
    assert (finished.documents, finished.skipped) == (2, 1)
    assert finished.failures[0][0] == str(broken)
    skipped_block = finished.text.split("## Skipped documents")[1]
    assert f"- broken.pdf: {skipped[0].error.message}" in skipped_block


def test_every_document_unreadable_still_finishes(tmp_path):
    missing = tmp_path / "gone.txt"
    output = tmp_path / "report.md"
    engine = ScriptedEngine(fact_noting_reply)
    events = run(engine, [missing], output)
    finished = events[-1]
    assert isinstance(finished, WorkflowFinished)
    assert (finished.documents, finished.skipped) == (0, 1)
    assert engine.prompts == []  # no overview of nothing
    assert "## Skipped documents" in output.read_text(encoding="utf-8")


def test_stop_keeps_the_documents_done_and_writes_them(tmp_path):
    paths = make_files(tmp_path)
    output = tmp_path / "report.md"
    cancel = threading.Event()
    engine = ScriptedEngine(fact_noting_reply)
    events = []
    for event in report.write_report(
        engine, report.ReportRequest(tuple(map(str, paths)), output), cancel=cancel
    ):
        events.append(event)
        if isinstance(event, DocumentDone):
            cancel.set()  # Stop after the first document
    finished = events[-1]
    assert finished.cancelled and finished.documents == 1
    assert [e.title for e in events if isinstance(e, SectionWritten)] == ["alpha.txt"]
    assert not any(isinstance(e, DocumentStarted) and e.number == 2 for e in events)
    written = output.read_text(encoding="utf-8")
    assert (
        "## alpha.txt" in written and "## beta.md" not in written and "## Overview" not in written
    )


def test_a_journal_resumes_without_reading_the_done_documents_again(tmp_path):
    paths = make_files(tmp_path)
    data_dir = tmp_path / "data"
    key = tuple(map(str, paths))
    cancel = threading.Event()
    first = ScriptedEngine(fact_noting_reply)
    with WorkflowJournal.for_job(data_dir, "report", key) as journal:
        for event in report.write_report(first, report.ReportRequest(key, None), journal, cancel):
            if isinstance(event, DocumentDone):
                cancel.set()  # as a crash would, after one document was recorded
    second = ScriptedEngine(fact_noting_reply)
    journal = WorkflowJournal.for_job(data_dir, "report", key)
    events = list(report.write_report(second, report.ReportRequest(key, None), journal))

    done = [event for event in events if isinstance(event, DocumentDone)]
    assert [event.resumed for event in done] == [True, False]
    assert not any(FACTS["alpha.txt"] in m["content"] for p in second.prompts[:-1] for m in p)
    sections = [event for event in events if isinstance(event, SectionWritten)]
    assert [section.text for section in sections[:2]] == list(FACTS.values())
    assert not list((data_dir / "workflows").glob("*.sqlite3"))  # finished: journal deleted


def test_an_edited_document_is_summarised_again_on_resume(tmp_path):
    paths = make_files(tmp_path)
    key = tuple(map(str, paths))
    journal = WorkflowJournal(tmp_path / "job.sqlite3")
    journal.record(key[0], report.section_record(SectionWritten("alpha.txt", "Stale.", ())))
    paths[0].write_text("The boiler was serviced in March.\nAnd again.\n", encoding="utf-8")
    events = list(
        report.write_report(ScriptedEngine(fact_noting_reply), report.ReportRequest(key), journal)
    )
    first = next(event for event in events if isinstance(event, SectionWritten))
    assert first.text == FACTS["alpha.txt"]


def test_the_overview_is_combined_in_groups_when_the_summaries_do_not_fit(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    paths = []
    for number in range(8):
        path = folder / f"doc{number}.txt"
        path.write_text(f"Document {number} says " + "words " * 40, encoding="utf-8")
        paths.append(path)
    long_summary = "summary " * 60
    engine = ScriptedEngine(lambda messages: long_summary, context_length=400, max_tokens=80)
    events = run(engine, paths)
    overview_calls = [p for p in engine.prompts if p[-1]["content"].startswith("Summaries of")]
    assert len(overview_calls) > 1  # combined first, then the overview
    assert all(engine.count_prompt_tokens(p) <= 400 for p in overview_calls)
    assert events[-1].documents == 8
    assert [e.title for e in events if isinstance(e, SectionWritten)][-1] == "Overview"


def test_summaries_reach_the_overview_delimited_as_data(tmp_path):
    paths = make_files(tmp_path)
    engine = ScriptedEngine(fact_noting_reply)
    run(engine, paths)
    overview = engine.prompts[-1]
    assert "comes from the user's documents" in overview[0]["content"]  # the data rule
    assert overview[-1]["content"].count("<<DATA ") == 2


def test_summarize_document_is_one_section(tmp_path):
    path = make_files(tmp_path)[1]
    section = report.summarize_document(ScriptedEngine(fact_noting_reply), str(path))
    assert (section.title, section.text) == ("beta.md", FACTS["beta.md"])
    with pytest.raises(Exception) as raised:
        report.summarize_document(ScriptedEngine(fact_noting_reply), str(tmp_path / "gone.txt"))
    assert getattr(raised.value, "code", None)  # a LokalError the agent's tool reports


def test_the_bundled_model_writes_a_report(engine, qapp, tmp_path):
    from tests.pdfs import write_pdf

    pdf = write_pdf(
        tmp_path / "boiler.pdf",
        ["The boiler was installed in 2019.", "It was serviced in March 2024 by Hansen."],
    )
    notes = tmp_path / "roof.txt"
    notes.write_text("The roof was repaired in May.\nThe gutters were cleaned.\n", encoding="utf-8")
    output = tmp_path / "report.md"
    events = run(engine, [pdf, notes], output)

    finished = events[-1]
    assert (finished.documents, finished.skipped, finished.cancelled) == (2, 0, False)
    sections = [event for event in events if isinstance(event, SectionWritten)]
    assert [section.title for section in sections] == ["boiler.pdf", "roof.txt", "Overview"]
    pages = {(c.path, c.first_page, c.last_page) for c in sections[0].citations}
    assert pages == {(str(pdf), 1, 2)}  # the PDF's real pages
    assert output.read_text(encoding="utf-8") == finished.text
    assert finished.text.startswith("# Report\n\n## Overview")


def test_citations_are_merged_per_file_into_page_ranges():
    from desktop_app.core.workflows.events import Citation
    from desktop_app.core.workflows.markdown import citations_label, merged_citations

    cited = [Citation("/d/a.pdf", 2, 2), Citation("/d/b.txt"), Citation("/d/a.pdf", 1, 1)]
    cited += [Citation("/d/a.pdf", 5, 6), Citation("/d/b.txt")]
    assert citations_label(merged_citations(cited)) == "a.pdf, pp. 1-2; a.pdf, pp. 5-6; b.txt"


def test_headings_a_model_writes_do_not_become_sections_of_the_report(tmp_path):
    paths = make_files(tmp_path)
    engine = ScriptedEngine("# Summary\n\n## Key points\nThe boiler.")
    text = run(engine, paths)[-1].text
    headings = re.findall(r"^#+ (.+)$", text, re.MULTILINE)
    assert headings == ["Report", "Overview", "alpha.txt", "beta.md"]
    assert "\\## Key points" in text


def test_an_output_that_cannot_be_written_is_refused_before_any_model_call(tmp_path):
    from desktop_app.core.errors import LokalError

    paths = make_files(tmp_path)
    engine = ScriptedEngine(fact_noting_reply)
    with pytest.raises(LokalError) as raised:
        run(engine, paths, output=tmp_path)  # a folder
    assert raised.value.code == "workflow_output_unwritable"
    assert engine.prompts == []
