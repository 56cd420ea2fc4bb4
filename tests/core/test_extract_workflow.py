"""Extract fields into a table: grounded cells only, pages remembered, cancel, resume, output.

A scripted model drives the logic (its replies are what the test says); one test runs the
bundled model on a few real documents and asserts what holds on any CPU."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.core.errors import LokalError
from desktop_app.core.grounded_values import find_value
from desktop_app.core.workflows import (
    FIELD_TEMPLATES,
    INVOICE_FIELDS,
    ExtractRequest,
    WorkflowJournal,
    extract_document,
    extract_fields,
    parse_fields,
)
from desktop_app.core.workflows.documents import load_document
from desktop_app.core.workflows.events import (
    DocumentDone,
    DocumentSkipped,
    DocumentStarted,
    ModelStepParsed,
    RowExtracted,
    WorkflowFinished,
)
from desktop_app.core.workflows.extract import field_keys
from tests.scripted_engine import ScriptedEngine

INVOICE = (
    "Hansen ApS\nFaktura nr. INV-2025-0042\nDato: 4. marts 2025\n"
    "Rengøring af kontor\nBeløb i alt: kr. 1.234,50\n"
)


def request_of(messages) -> str:
    """The prompt's request about the document (after the worked example; a re-ask adds a
    follow-up after it)."""
    asked = [m["content"] for m in messages if "Copy from the document above" in m["content"]]
    return asked[-1]


def schema_keys(messages) -> dict[str, str]:
    """The field -> property mapping, as the request lists it ('"key": the field')."""
    lines = [line for line in request_of(messages).splitlines() if line.startswith('"')]
    return {line.split('": the ', 1)[1]: line[1:].split('"', 1)[0] for line in lines}


def answering(values: dict[str, str]):
    """A scripted reply giving `values` (by field name) for the fields this prompt asks for."""

    def reply(messages):
        keys = schema_keys(messages)
        return json.dumps({key: values.get(field, "") for field, key in keys.items()})

    return reply


def run(engine, request, journal=None, cancel=None) -> list:
    return list(extract_fields(engine, request, journal, cancel))


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


# -- fields -------------------------------------------------------------------------------------


def test_parse_fields_keeps_names_as_written():
    assert parse_fields(" invoice number, Beløb i alt ,date,") == (
        "invoice number",
        "Beløb i alt",
        "date",
    )
    assert FIELD_TEMPLATES["invoice"] == INVOICE_FIELDS


@pytest.mark.parametrize(
    "text",
    ["", " , ,", "a, b, A", "x" * 61, "file, total", ",".join(f"f{n}" for n in range(21))],
)
def test_parse_fields_refuses_what_cannot_head_a_table(text):
    with pytest.raises(LokalError) as raised:
        parse_fields(text)
    assert raised.value.code == "workflow_fields_invalid"
    assert raised.value.params["detail"]


def test_extract_document_checks_the_fields_it_is_given(tmp_path):
    document = tmp_path / "a.txt"
    document.write_text(INVOICE, encoding="utf-8")
    engine = ScriptedEngine(answering({}))
    with pytest.raises(LokalError) as raised:
        extract_document(engine, load_document(document), ("total", "Total "))
    assert raised.value.code == "workflow_fields_invalid"
    assert engine.prompts == []


def test_property_names_are_safe_for_any_field_name():
    """ASCII slugs: quotes or backslashes would break the grammar's literals (llama.cpp's
    converter does not escape them); names that slug alike get a number."""
    keys = field_keys(("invoice number", "a-b", "a b", 'odd "x\\"', "Beløb i alt", "root", "€"))
    assert list(keys.values()) == [
        "invoice_number",
        "a_b",
        "a_b_2",
        "odd_x",
        "belob_i_alt",
        "root",
        "field_7",
    ]


def test_the_grammar_of_awkward_field_names_compiles_and_stays_an_object(tmp_path):
    """The schema's grammar (llama.cpp's converter, as ChatEngine.complete_json builds it) for
    field names with spaces, quotes, backslashes, non-ASCII and the converter's own rule names."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    from desktop_app.core.llm import json_schema_grammar

    document = tmp_path / "a.txt"
    document.write_text(INVOICE, encoding="utf-8")
    fields = ('odd "x\\"', "Beløb i alt", "root", "space", "char", "a b", "a-b")
    engine = ScriptedEngine(answering({}))
    extract_document(engine, load_document(document), fields)
    (schema,) = engine.schemas
    assert json_schema_grammar(schema) is not None
    rules = dict(
        line.split(" ::= ", 1) for line in json_schema_to_gbnf(json.dumps(schema)).splitlines()
    )
    assert rules["root"].startswith('"{"')


# -- one document -------------------------------------------------------------------------------


def test_invented_values_never_reach_the_table(tmp_path):
    document = tmp_path / "invoice.txt"
    document.write_text(INVOICE, encoding="utf-8")
    invented = {
        "invoice number": "INV-2025-0043",  # one digit off
        "date": "5. marts 2025",
        "total": "1.234,51",
        "sender": "Jensen A/S",
    }
    engine = ScriptedEngine(answering(invented))
    output = tmp_path / "out.csv"
    events = run(engine, ExtractRequest((str(document),), INVOICE_FIELDS, output))
    (row,) = [event for event in events if isinstance(event, RowExtracted)]
    assert all(value == "" and page is None for _field, value, page in row.cells)
    assert read_csv(output)[1] == [str(document), "", "", "", ""]
    # Every piece was asked: nothing was found, so nothing stopped the asking early.
    assert len(engine.prompts) >= 1


def test_grounded_values_are_kept_in_the_documents_spelling_with_their_page(tmp_path, make_pdf):
    pdf = make_pdf(
        "invoice.pdf",
        ["Hansen ApS\nFaktura nr. INV-2025-0042", "Dato: 4. marts 2025\nBeløb i alt: 1.234,50 kr."],
    )
    given = {
        "invoice number": "inv-2025-0042",
        "date": "2025-03-04",
        "total": "1234.50",
        "sender": "Hansen ApS",
    }
    engine = ScriptedEngine(answering(given))
    row, results = extract_document(engine, load_document(pdf), INVOICE_FIELDS)
    assert [result.ok for result in results] == [True]
    assert row.cells == (
        ("invoice number", "INV-2025-0042", 1),
        ("date", "4. marts 2025", 2),
        ("total", "1.234,50", 2),
        ("sender", "Hansen ApS", 1),
    )


def test_bad_json_then_good_is_one_step_of_two_attempts(tmp_path):
    document = tmp_path / "invoice.txt"
    document.write_text(INVOICE, encoding="utf-8")
    replies = iter(['{"f1_invoice_number": "INV-', None])

    def reply(messages):
        scripted = next(replies)
        return scripted if scripted is not None else answering({"total": "kr. 1.234,50"})(messages)

    engine = ScriptedEngine(reply)
    events = run(engine, ExtractRequest((str(document),), INVOICE_FIELDS, None))
    (step,) = [event for event in events if isinstance(event, ModelStepParsed)]
    assert step.ok and step.attempts == 2
    (row,) = [event for event in events if isinstance(event, RowExtracted)]
    assert (
        dict((field, value) for field, value, _ in row.cells)["total"] == "1.234,50"
    )  # the number as the text spells it
    finished = events[-1]
    assert isinstance(finished, WorkflowFinished)
    assert (finished.steps, finished.parsed, finished.output) == (1, 1, None)


def test_a_reply_that_never_parses_is_counted_and_leaves_empty_cells(tmp_path):
    document = tmp_path / "invoice.txt"
    document.write_text(INVOICE, encoding="utf-8")
    engine = ScriptedEngine("not json at all")
    events = run(engine, ExtractRequest((str(document),), ("total",), tmp_path / "t.csv"))
    steps = [event for event in events if isinstance(event, ModelStepParsed)]
    assert [(step.ok, step.attempts) for step in steps] == [(False, 3)]
    assert steps[0].problems
    assert events[-1].steps == 1 and events[-1].parsed == 0
    assert read_csv(tmp_path / "t.csv") == [["file", "total"], [str(document), ""]]


def test_a_long_document_is_read_piece_by_piece_until_every_field_is_found(tmp_path):
    filler = " ".join(f"word{n}" for n in range(300))
    pages = [f"Page one. {filler}", f"Invoice INV-9 {filler}", f"Total: 77,00 EUR {filler}"]
    text = "\n\n".join(pages)
    document = tmp_path / "long.txt"
    document.write_text(text, encoding="utf-8")

    def reading(messages):  # answers only what the piece in the prompt holds
        keys = schema_keys(messages)
        values = {"invoice number": "INV-9", "total": "77,00"}
        piece = request_of(messages)
        return json.dumps(
            {key: values[field] if values[field] in piece else "" for field, key in keys.items()}
        )

    engine = ScriptedEngine(reading, context_length=700)
    row, results = extract_document(engine, load_document(document), ("invoice number", "total"))
    assert len(results) >= 3  # the document did not fit one prompt
    assert dict((field, value) for field, value, _ in row.cells) == {
        "invoice number": "INV-9",
        "total": "77,00",
    }
    # Each prompt fits the window, with room for the answer.
    assert all(engine.count_prompt_tokens(prompt) < 700 - 100 for prompt in engine.prompts)
    # Once a field is found, later pieces ask only for the rest.
    assert "invoice_number" not in engine.schemas[-1]["properties"]


def test_an_unreadable_file_is_skipped_and_the_others_go_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(INVOICE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    engine = ScriptedEngine(answering({"sender": "Hansen ApS"}))
    output = tmp_path / "out.csv"
    request = ExtractRequest((str(empty), str(good), str(missing)), ("sender",), output)
    events = run(engine, request)
    skipped = [event for event in events if isinstance(event, DocumentSkipped)]
    assert [(event.path, event.error.code) for event in skipped] == [
        (str(empty), "empty_file"),
        (str(missing), "not_found"),
    ]
    finished = events[-1]
    assert (finished.documents, finished.skipped, finished.cancelled) == (1, 2, False)
    assert [path for path, _ in finished.failures] == [str(empty), str(missing)]
    assert read_csv(output) == [["file", "sender"], [str(good), "Hansen ApS"]]


def test_every_document_failing_still_finishes_with_an_empty_table(tmp_path):
    output = tmp_path / "out.xlsx"
    events = run(ScriptedEngine("{}"), ExtractRequest((str(tmp_path / "no.txt"),), ("a",), output))
    assert isinstance(events[-1], WorkflowFinished) and events[-1].skipped == 1
    assert [list(row) for row in load_workbook(output).active.iter_rows(values_only=True)] == [
        ["file", "a"]
    ]


def test_events_per_document_come_in_order(tmp_path):
    document = tmp_path / "a.txt"
    document.write_text(INVOICE, encoding="utf-8")
    events = run(ScriptedEngine(answering({})), ExtractRequest((str(document),), ("total",), None))
    kinds = [type(event) for event in events]
    assert kinds == [DocumentStarted, ModelStepParsed, RowExtracted, DocumentDone, WorkflowFinished]


def test_xlsx_output_and_fields_with_commas_quotes_and_non_ascii(tmp_path):
    document = tmp_path / "faktura æ.txt"
    document.write_text(INVOICE, encoding="utf-8")
    fields = ("Beløb i alt", 'nr, "faktura"')
    engine = ScriptedEngine(
        answering({"Beløb i alt": "1.234,50", 'nr, "faktura"': "INV-2025-0042"})
    )
    for name in ("out.csv", "out.xlsx"):
        events = run(engine, ExtractRequest((str(document),), fields, tmp_path / name))
        assert events[-1].output == str(tmp_path / name)
    expected = [["file", *fields], [str(document), "1.234,50", "INV-2025-0042"]]
    assert read_csv(tmp_path / "out.csv") == expected
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == expected


def test_unwritable_output_is_refused_before_any_model_call(tmp_path):
    document = tmp_path / "a.txt"
    document.write_text(INVOICE, encoding="utf-8")
    (tmp_path / "taken.csv").mkdir()
    engine = ScriptedEngine(answering({}))
    for output in (tmp_path / "taken.csv", tmp_path / "out.pdf"):
        with pytest.raises(LokalError) as raised:
            run(engine, ExtractRequest((str(document),), ("a",), output))
        assert raised.value.code == "workflow_output_unwritable"
    with pytest.raises(LokalError) as raised:
        run(engine, ExtractRequest((str(document),), ("a", "A"), None))
    assert raised.value.code == "workflow_fields_invalid"
    assert engine.prompts == []


def test_a_failing_final_write_is_unwritable_and_the_journal_keeps_the_rows(tmp_path, monkeypatch):
    document = tmp_path / "a.txt"
    document.write_text(INVOICE, encoding="utf-8")
    journal = WorkflowJournal.for_job(tmp_path / "data", "extract", ["k"])
    engine = ScriptedEngine(answering({"total": "1.234,50"}))
    import desktop_app.core.workflows.tables as tables

    def full_disk(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tables, "write_atomically", full_disk)
    with pytest.raises(LokalError) as raised:
        run(engine, ExtractRequest((str(document),), ("total",), tmp_path / "out.csv"), journal)
    assert raised.value.code == "workflow_output_unwritable"
    assert journal.done(str(document)) is not None
    journal.close()


# -- cancel and resume ----------------------------------------------------------------------------


def four_invoices(tmp_path) -> list[str]:
    paths = []
    for number in range(1, 5):
        path = tmp_path / f"invoice{number}.txt"
        path.write_text(f"Invoice INV-{number}\nTotal: {number}0,00 kr.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def numbered_answer(messages):
    """The invoice's own number and total, read from the prompt (a model that reads well)."""
    text = request_of(messages)
    number = text.split("Invoice INV-", 1)[1][0]
    keys = schema_keys(messages)
    values = {"invoice number": f"INV-{number}", "total": f"{number}0,00"}
    return json.dumps({key: values[field] for field, key in keys.items()})


def test_cancel_keeps_the_rows_done_and_a_new_run_resumes_from_the_journal(tmp_path):
    paths = four_invoices(tmp_path)
    fields = ("invoice number", "total")
    output = tmp_path / "out.csv"
    cancel = threading.Event()
    calls: list[str] = []

    def cancelling(messages):
        calls.append(messages[-1]["content"])
        if len(calls) == 3:
            cancel.set()  # while the third document's step runs: that document is not done
        return numbered_answer(messages)

    key = [*paths, *fields, str(output)]
    journal = WorkflowJournal.for_job(tmp_path / "data", "extract", key)
    events = run(
        ScriptedEngine(cancelling), ExtractRequest(tuple(paths), fields, output), journal, cancel
    )
    journal.close()
    finished = events[-1]
    assert finished.cancelled and finished.documents == 2
    assert [row[0] for row in read_csv(output)[1:]] == paths[:2]  # the rows done so far

    engine = ScriptedEngine(numbered_answer)
    journal = WorkflowJournal.for_job(tmp_path / "data", "extract", key)
    events = run(engine, ExtractRequest(tuple(paths), fields, output), journal)
    done = [event for event in events if isinstance(event, DocumentDone)]
    assert [event.resumed for event in done] == [True, True, False, False]
    assert len(engine.prompts) == 2  # model calls for the other two only
    assert all(
        "INV-3" in prompt[-1]["content"] or "INV-4" in prompt[-1]["content"]
        for prompt in engine.prompts
    )
    table = read_csv(output)
    assert table == [
        ["file", *fields],
        *([path, f"INV-{n}", f"{n}0,00"] for n, path in enumerate(paths, start=1)),
    ]
    assert events[-1].documents == 4 and not events[-1].cancelled
    assert not journal.path.exists()  # the job completed: its journal is gone


def test_a_file_changed_since_it_was_recorded_is_read_again(tmp_path):
    paths = four_invoices(tmp_path)[:1]
    journal = WorkflowJournal.for_job(tmp_path / "data", "extract", ["k"])
    journal.record(paths[0], {"cells": [["total", "old", None]]})
    Path(paths[0]).write_text("Invoice INV-1\nTotal: 99,00 kr. (corrected)\n", encoding="utf-8")
    engine = ScriptedEngine(answering({"total": "99,00"}))
    events = run(engine, ExtractRequest(tuple(paths), ("total",), None), journal)
    (row,) = [event for event in events if isinstance(event, RowExtracted)]
    assert row.cells == (("total", "99,00", None),)
    assert len(engine.prompts) == 1


def test_cancel_before_the_first_document_writes_an_empty_table(tmp_path):
    cancel = threading.Event()
    cancel.set()
    engine = ScriptedEngine(numbered_answer)
    output = tmp_path / "out.csv"
    events = run(
        engine, ExtractRequest(tuple(four_invoices(tmp_path)), ("total",), output), None, cancel
    )
    assert [type(event) for event in events] == [WorkflowFinished]
    assert events[0].cancelled and engine.prompts == []
    assert read_csv(output) == [["file", "total"]]


# -- the real bundled model -----------------------------------------------------------------------


@pytest.mark.long
def test_the_bundled_model_extracts_only_values_its_documents_hold(engine, make_pdf, tmp_path):
    pdf = make_pdf(
        "faktura.pdf",
        [
            "Hansen ApS\nNørregade 12, 1165 København\n\nFaktura nr. 2025-117\n"
            "Dato: 12. marts 2025\n\nRengøring af kontor, marts\nBeløb i alt: 4.250,00 kr."
        ],
    )
    text = tmp_path / "invoice.txt"
    text.write_text(
        "Brightline Ltd\n12 Station Road, Leeds\n\nINVOICE INV-88231\nDate: 3 April 2025\n\n"
        "Consulting, 6 hours\nTotal due: GBP 1,320.00\n",
        encoding="utf-8",
    )
    output = tmp_path / "out.csv"
    paths = (str(pdf), str(text))
    events = run(engine, ExtractRequest(paths, INVOICE_FIELDS, output))
    finished = events[-1]
    steps = [event for event in events if isinstance(event, ModelStepParsed)]
    assert finished.documents == 2 and finished.skipped == 0
    assert finished.steps == len(steps) >= 2
    assert finished.parsed == sum(step.ok for step in steps)
    table = read_csv(output)
    assert table[0] == ["file", *INVOICE_FIELDS]
    assert [row[0] for row in table[1:]] == list(paths)
    documents = {path: load_document(path) for path in paths}
    for row in [event for event in events if isinstance(event, RowExtracted)]:
        for _field, value, page in row.cells:
            if value:
                pages = {page.number: page.text for page in documents[row.path].pages}
                assert find_value(value, pages[page]) is not None
    for row in table[1:]:
        for value in row[1:]:
            assert not value or find_value(value, documents[row[0]].text) is not None
