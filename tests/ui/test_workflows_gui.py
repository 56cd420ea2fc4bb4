"""The Workflows menu, as a user runs it: Workflows > Extract fields…, choose a folder, type or
pick the fields, choose where to save, Run; watch n of m; read the result and open the file.

The running app (real workers, real files: text, PDF, DOCX) with the scripted engine in its LLM
worker (as test_summarize_gui does): its JSON answers are the values each document holds, so
the table's every cell is known. One test runs the bundled model and checks what holds on any
CPU: the table's shape, and that no cell holds a value its document lacks."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.config import Settings
from desktop_app.core.grounded_values import find_value
from desktop_app.core.workflows.documents import load_document
from desktop_app.core.workflows.events import WorkflowFinished
from desktop_app.core.workflows.extract import field_keys
from tests.scripted_engine import ScriptedEngine
from tests.ui.conftest import Recorder, drop_files, start_app

RUN_MS = 120_000
REAL_RUN_MS = 600_000

pytestmark = pytest.mark.slow  # the app loads its models

DOCUMENTS = {
    "hansen.txt": {
        "text": "Hansen ApS\nFaktura nr. INV-2025-0042\nDato: 4. marts 2025\n"
        "Beløb i alt: kr. 1.234,50\n",
        "invoice number": "INV-2025-0042",
        "sender": "Hansen ApS",
    },
    "berg.pdf": {
        "pages": ["Berg & Söner AB\nFakturanummer: SE-77-310\nAtt betala: 2 950,00 kr"],
        "invoice number": "SE-77-310",
        "sender": "Berg & Söner AB",
    },
    "keller.docx": {
        "paragraphs": ["Keller GmbH", "Rechnungsnummer: RE-4411", "Gesamtbetrag: 88,20 EUR"],
        "invoice number": "RE-4411",
        "sender": "Keller GmbH",
    },
}
FIELDS = ("invoice number", "sender")


@pytest.fixture
def lokal(qtbot, tmp_path):
    settings = Settings()
    settings.model.context_length = 1024
    settings.model.max_tokens = 96
    app = start_app(qtbot, tmp_path / "data", settings)
    yield app
    app.shutdown()


def make_documents(folder: Path, make_pdf) -> Path:
    folder.mkdir()
    for name, spec in DOCUMENTS.items():
        path = folder / name
        if "text" in spec:
            path.write_text(spec["text"], encoding="utf-8")
        elif "pages" in spec:
            made = make_pdf(name, spec["pages"])
            made.replace(path)
        else:
            document = docx.Document()
            for paragraph in spec["paragraphs"]:
                document.add_paragraph(paragraph)
            document.save(str(path))
    return folder


def scripted_reader() -> ScriptedEngine:
    """A scripted model whose JSON gives, for each field its schema asks for, the value of the
    document in the prompt (known by its invoice number, which has no spaces to datamark)."""
    fields_by_key = {key: field for field, key in field_keys(FIELDS).items()}

    def reply(messages) -> str:
        asked = [message["content"] for message in messages if message["role"] == "user"][-1]
        spec = next((s for s in DOCUMENTS.values() if s["invoice number"] in asked), {})
        keys = engine.schemas[-1]["properties"]  # recorded before the reply is asked for
        return json.dumps({key: spec.get(fields_by_key.get(key, ""), "") for key in keys})

    engine = ScriptedEngine(reply, context_length=1024)
    return engine


def run_extract(qtbot, monkeypatch, lokal, folder: Path, output: Path, timeout=RUN_MS):
    """Workflows > Extract fields…: a folder, the fields typed, Save as…, Run; until the end."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(folder)))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(output), ""))
    )
    lokal.window.workflow_actions["extract"].trigger()
    dialog = lokal.workflows.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.run_button.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_radio.isChecked()
    qtbot.keyClicks(dialog.fields_edit, ", ".join(FIELDS))
    qtbot.mouseClick(dialog.output_button, Qt.MouseButton.LeftButton)
    assert dialog.run_button.isEnabled(), dialog.problem.text()
    finished = Recorder(lokal.workflows.finished)
    progressed = Recorder(lokal.llm_worker.task_progressed)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished.calls), timeout=timeout)
    [(end,)] = finished.calls
    return end, [event for _id, event in progressed.calls], dialog


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_extract_fields_from_the_menu_on_a_folder_writes_one_row_per_document(
    qtbot, lokal, tmp_path, make_pdf, monkeypatch
):
    lokal.llm_worker._engine = scripted_reader()
    folder = make_documents(tmp_path / "invoices", make_pdf)
    output = tmp_path / "out" / "invoices.csv"
    output.parent.mkdir()
    end, events, dialog = run_extract(qtbot, monkeypatch, lokal, folder, output)

    assert isinstance(end, WorkflowFinished) and end.output == str(output)
    rows = read_csv(output)
    assert rows[0] == ["file", *FIELDS]
    by_file = {row[0]: row[1:] for row in rows[1:]}
    assert by_file == {
        str((folder / name).absolute()): [spec[field] for field in FIELDS]
        for name, spec in DOCUMENTS.items()
    }
    assert (end.documents, end.skipped, end.parsed, end.steps) == (3, 0, 3, 3)
    # What the run dialog showed: n of m as it went, then the counts and the file's buttons.
    view = lokal.workflows.run_dialog
    assert view.isVisible() and view.open_button.isVisible() and view.folder_button.isVisible()
    # "documents" once the English plural forms are in the translations (the integrator's)
    assert re.match(r"3 document(s|\(s\)) done\.", view.summary.text())
    assert "3 of 3 model steps parsed" in view.summary.text()
    assert str(output) in view.summary.text()
    started = [e for e in events if type(e).__name__ == "DocumentStarted"]
    assert [(e.number, e.total) for e in started] == [(1, 3), (2, 3), (3, 3)]
    assert view.status.text().startswith("Document 3 of 3: ")
    assert not view.cancel_button.isVisible() and view.close_button.isVisible()


def test_an_unreadable_file_is_listed_with_its_reason_and_the_others_go_on(
    qtbot, lokal, tmp_path, make_pdf, monkeypatch
):
    lokal.llm_worker._engine = scripted_reader()
    folder = make_documents(tmp_path / "invoices", make_pdf)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    output = tmp_path / "invoices.xlsx"
    end, _events, _dialog = run_extract(qtbot, monkeypatch, lokal, folder, output)
    assert (end.documents, end.skipped) == (3, 1) and output.exists()
    view = lokal.workflows.run_dialog
    [problem] = view.problems()
    assert problem.startswith("broken.pdf: the PDF is damaged")
    assert view.problems_label.isVisible() and "1 could not be used" in view.summary.text()


@pytest.mark.long
def test_extract_with_the_bundled_model_from_the_menu(
    qtbot, lokal, tmp_path, make_pdf, monkeypatch
):
    """The real model: every step is counted, the table has its shape, and every value in it
    is in its document's text (never invented; which values it finds is the model's)."""
    folder = make_documents(tmp_path / "invoices", make_pdf)
    (folder / "berg.pdf").unlink()  # two documents: 158 s each on a loaded 2-core machine
    output = tmp_path / "invoices.csv"
    end, events, _dialog = run_extract(qtbot, monkeypatch, lokal, folder, output, REAL_RUN_MS)
    rows = read_csv(output)
    assert rows[0] == ["file", *FIELDS] and len(rows) == 3
    parsed = [event for event in events if type(event).__name__ == "ModelStepParsed"]
    assert end.steps == len(parsed) >= 2 and end.parsed == sum(step.ok for step in parsed)
    for path, *cells in rows[1:]:
        text = load_document(path).text
        for cell in cells:
            assert not cell or find_value(cell, text) is not None, (path, cell)
    print(f"bundled model in the window: {end.parsed} of {end.steps} steps parsed, "
          f"{end.seconds:.1f} s for 2 documents")  # fmt: skip


def test_a_report_from_the_menu_is_shown_and_saved_as_markdown(
    qtbot, lokal, tmp_path, make_pdf, monkeypatch
):
    lokal.llm_worker._engine = ScriptedEngine("The document is an invoice.", context_length=1024)
    folder = make_documents(tmp_path / "invoices", make_pdf)
    files = [str(folder / "hansen.txt"), str(folder / "keller.docx")]
    output = tmp_path / "report.md"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: (files, "")))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(output), ""))
    )
    lokal.window.workflow_actions["report"].trigger()
    dialog = lokal.workflows.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.fields_box.isVisibleTo(dialog)  # a report has no fields
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.output_button, Qt.MouseButton.LeftButton)
    finished = Recorder(lokal.workflows.finished)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished.calls), timeout=RUN_MS)
    [(end,)] = finished.calls
    assert end.output == str(output) and end.documents == 2
    written = output.read_text(encoding="utf-8")
    assert written.startswith("# Report") and "## Overview" in written
    assert "## hansen.txt" in written and "## keller.docx" in written
    view = lokal.workflows.run_dialog
    shown = view.result.toPlainText()
    assert view.result.isVisible() and "hansen.txt" in shown and "keller.docx" in shown


def test_compare_from_the_menu_shows_what_changed(qtbot, lokal, tmp_path, monkeypatch):
    lokal.llm_worker._engine = ScriptedEngine("The price went up.", context_length=1024)
    older, newer = tmp_path / "offer-1.txt", tmp_path / "offer-2.txt"
    older.write_text("# Offer\n\nThe price is 100 EUR.\n\n# Terms\n\nPay in 30 days.\n", "utf-8")
    newer.write_text("# Offer\n\nThe price is 120 EUR.\n\n# Terms\n\nPay in 30 days.\n", "utf-8")
    chosen = iter([str(older), str(newer)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (next(chosen), "")))
    lokal.window.workflow_actions["compare"].trigger()
    dialog = lokal.workflows.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.older_button, Qt.MouseButton.LeftButton)
    assert not dialog.run_button.isEnabled()  # the newer version is still missing
    qtbot.mouseClick(dialog.newer_button, Qt.MouseButton.LeftButton)
    finished = Recorder(lokal.workflows.finished)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)  # no file: shown only
    qtbot.waitUntil(lambda: bool(finished.calls), timeout=RUN_MS)
    [(end,)] = finished.calls
    assert end.output is None and end.text.strip()
    view = lokal.workflows.run_dialog
    assert view.result.isVisible() and not view.open_button.isVisible()
    assert "The price went up." in view.result.toPlainText()


def test_ask_across_searches_the_index_from_the_workers_thread(qtbot, lokal, tmp_path, make_pdf):
    """The question's search goes to the index worker and its hits come back to the workflow on
    the LLM worker's thread: each indexed document that matched is asked in turn."""
    lokal.llm_worker._engine = ScriptedEngine("It says the total [1].", context_length=1024)
    folder = make_documents(tmp_path / "invoices", make_pdf)
    with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=RUN_MS):
        drop_files(lokal.window.documents, [folder])
    lokal.window.workflow_actions["ask_across"].trigger()
    dialog = lokal.workflows.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.question_edit, "What is the invoice number?")
    finished = Recorder(lokal.workflows.finished)
    progressed = Recorder(lokal.llm_worker.task_progressed)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished.calls), timeout=RUN_MS)
    [(end,)] = finished.calls
    asked = {e.path for _id, e in progressed.calls if type(e).__name__ == "DocumentStarted"}
    assert asked and asked <= {str(folder / name) for name in DOCUMENTS}
    assert end.text.strip() and lokal.workflows.run_dialog.result.isVisible()
