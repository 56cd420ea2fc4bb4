"""`lokal workflow extract|report` as a user runs them: the bundled model over a folder of a
PDF, a DOCX and a text file (and one file that cannot be read), progress on stderr, the table or
the report on disk. What the model extracts or writes is its own: the tests check the shape
(header, one row per document, absolute paths, a section per document) and that no cell holds
a value its document does not contain."""

from __future__ import annotations

import csv
import re
import signal
import subprocess
import sys
import time

import pytest

from desktop_app.config import Settings, save_settings
from desktop_app.core.grounded_values import find_value
from desktop_app.core.workflows.documents import load_document
from tests.cli.test_cli import lokal

INVOICE = (
    "INVOICE\n"
    "Invoice number: INV-2041\n"
    "Date: 12 March 2024\n"
    "From: Acme Tools Ltd, 4 Mill Lane, Leeds\n"
    "To: Jane Doe\n"
    "Total due: 1,234.50 EUR\n"
)
LETTER = (
    "Kære Jens,\n"
    "mødet om budgettet er flyttet til den 3. maj 2024 kl. 10.\n"
    "Med venlig hilsen\nMette Hansen, Hansen & Co.\n"
)
RECEIPT = "Rechnung Nr. 4711\nDatum: 03.03.2026\nGesamtbetrag: 99,00 €\nAbsender: Müller GmbH\n"
FIELDS = ("invoice number", "date", "total", "sender")
SUMMARY = re.compile(
    r"^\d+ documents?(, \d+ skipped)?(, \d+ of \d+ model steps parsed)?(, [\d.]+ s per document)?"
)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """A data folder whose settings give greedy answers and short replies."""
    data = tmp_path_factory.mktemp("workflow-cli") / "data"
    data.mkdir()
    settings = Settings()
    settings.model.temperature = 0.0
    settings.model.max_tokens = 128
    save_settings(settings, data)
    return data


@pytest.fixture(scope="module")
def documents(tmp_path_factory, qapp):
    """A folder with an invoice as a PDF, a Danish letter as DOCX, a German receipt as text, and
    a 'text' file of binary data that no reader can use."""
    import docx

    from tests.pdfs import write_pdf

    folder = tmp_path_factory.mktemp("workflow-docs") / "docs"
    folder.mkdir()
    write_pdf(folder / "invoice.pdf", [INVOICE])
    letter = docx.Document()
    for line in LETTER.splitlines():
        letter.add_paragraph(line)
    letter.save(str(folder / "brev.docx"))
    (folder / "receipt.txt").write_text(RECEIPT, encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    return folder


@pytest.fixture(scope="module")
def extracted(data_dir, documents, tmp_path_factory):
    """One `workflow extract` run over the folder, with the invoice template's fields given
    by name (one of them in another case than the template's, to see it kept as given)."""
    out = tmp_path_factory.mktemp("workflow-out") / "fields.csv"
    fields = "Invoice number, date,total , sender"
    result = lokal("workflow", "extract", "--fields", fields, "--out", out, documents,
                   data_dir=data_dir)  # fmt: skip
    return out, result


@pytest.mark.slow
@pytest.mark.long  # minutes on a busy machine: the model reads three documents
def test_extract_writes_one_row_per_readable_document(extracted, documents):
    out, result = extracted
    assert result.returncode == 0, result.stderr  # written, though one file was skipped
    assert "Traceback" not in result.stderr
    with out.open(newline="", encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    header, rows = table[0], table[1:]
    assert header == ["file", "Invoice number", "date", "total", "sender"]  # exactly as given
    expected = sorted(str(path) for path in documents.iterdir() if path.name != "broken.txt")
    assert sorted(row[0] for row in rows) == expected  # absolute paths, one row each
    assert all(len(row) == len(header) for row in rows)
    # No cell holds a value its document does not contain (a cell may be empty).
    for row in rows:
        text = load_document(row[0]).text
        for value in row[1:]:
            assert value == "" or find_value(value, text) is not None, (row[0], value)
    # The table named on stdout, for a script to pick up.
    assert result.stdout.strip() == str(out)


@pytest.mark.slow
@pytest.mark.long
def test_extract_says_each_document_and_the_failure_and_sums_up(extracted, documents):
    _out, result = extracted
    lines = result.stderr.splitlines()
    progress = [line for line in lines if re.fullmatch(r"\[\d/4\] .+", line)]
    assert [line.split(" ", 1)[1] for line in progress] == sorted(
        path.name for path in documents.iterdir()
    )
    assert progress[0].startswith("[1/4] ") and progress[-1].startswith("[4/4] ")
    assert f"{documents / 'broken.txt'}: the file holds binary data, not text" in lines
    summary = lines[-1]
    assert SUMMARY.match(summary), summary
    assert summary.startswith("3 documents, 1 skipped, ")
    parsed, steps = map(int, re.search(r"(\d+) of (\d+) model steps parsed", summary).groups())
    assert steps >= 3 and 0 <= parsed <= steps  # at least one structured step per document


def test_an_unwritable_output_fails_at_once_with_its_reason(data_dir, documents, tmp_path):
    """--out inside a regular file: exit 1 before any model loads (this test loads none)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    out = blocker / "fields.csv"
    started = time.monotonic()
    result = lokal("workflow", "extract", "--template", "invoice", "--out", out, documents,
                   data_dir=data_dir)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith(f"lokal: the result cannot be written to {out} (")
    assert "Traceback" not in result.stderr and not result.stdout
    assert not out.exists()
    assert time.monotonic() - started < 60  # no model was loaded (the model guard checks too)


def test_a_report_into_a_folder_fails_at_once(data_dir, documents, tmp_path):
    result = lokal("workflow", "report", "--out", tmp_path, documents, data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr == f"lokal: the result cannot be written to {tmp_path} (it is a folder)\n"
    assert not result.stdout


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--fields", "total, Total", "the fields to extract cannot be used: "),
        ("--fields", " , ", "the fields to extract cannot be used: "),
        ("--template", "passport", "the fields to extract cannot be used: no template 'passport'"),
    ],
)
def test_unusable_fields_are_refused_before_any_work(
    data_dir, documents, tmp_path, option, value, says
):
    out = tmp_path / "fields.csv"
    result = lokal("workflow", "extract", option, value, "--out", out, documents,
                   data_dir=data_dir)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith(f"lokal: {says}")
    assert not out.exists()


def test_extract_needs_fields_and_an_output(data_dir, documents, tmp_path):
    without_fields = lokal("workflow", "extract", "--out", tmp_path / "a.csv", documents,
                           data_dir=data_dir)  # fmt: skip
    assert without_fields.returncode == 2
    assert "--fields" in without_fields.stderr
    without_out = lokal("workflow", "extract", "--fields", "total", documents, data_dir=data_dir)
    assert without_out.returncode == 2
    assert "--out" in without_out.stderr
    both = lokal("workflow", "extract", "--fields", "total", "--template", "invoice",
                 "--out", tmp_path / "b.csv", documents, data_dir=data_dir)  # fmt: skip
    assert both.returncode == 2


def test_a_table_of_another_kind_is_refused(data_dir, documents, tmp_path):
    result = lokal("workflow", "extract", "--fields", "total", "--out", tmp_path / "t.json",
                   documents, data_dir=data_dir)  # fmt: skip
    assert result.returncode == 1
    assert ".csv or .xlsx" in result.stderr


@pytest.mark.slow
@pytest.mark.long
def test_report_has_an_overview_and_a_section_per_document(data_dir, documents, tmp_path):
    out = tmp_path / "report.md"
    result = lokal("workflow", "report", "--out", out, documents, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    text = out.read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[0] == "# Report"
    assert "## Overview" in headings
    readable = sorted(path.name for path in documents.iterdir() if path.name != "broken.txt")
    for name in readable:
        assert headings.count(f"## {name}") == 1, headings
    assert "## Skipped documents" in headings and "broken.txt" in text
    lines = result.stderr.splitlines()
    assert f"{documents / 'broken.txt'}: the file holds binary data, not text" in lines
    assert lines[-1].startswith("3 documents, 1 skipped, ")
    assert result.stdout.strip() == str(out)


@pytest.mark.slow
@pytest.mark.long
def test_extract_stopped_with_ctrl_c_goes_on_where_it_stopped(data_dir, documents, tmp_path):
    """A first Ctrl-C stops after the current step and writes the rows done so far; the same
    command again takes the finished documents from the journal and does the rest."""
    out = tmp_path / "resumed.csv"
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "workflow",
               "extract", "--template", "invoice", "--out", str(out), str(documents)]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    seen = []
    for line in process.stderr:
        seen.append(line.rstrip("\n"))
        if line.startswith("[3/4] "):  # brev.docx done, broken.txt skipped, invoice.pdf begun
            process.send_signal(signal.SIGINT)
            break
    _stdout, rest = process.communicate(timeout=300)
    seen += rest.splitlines()
    assert process.returncode == 130, seen
    assert any(line.startswith("stopping after this step") for line in seen)
    assert "(stopped: run the same command again to go on)" in seen[-1]
    with out.open(newline="", encoding="utf-8") as handle:
        first_rows = list(csv.reader(handle))[1:]
    assert 1 <= len(first_rows) <= 2  # brev.docx, and maybe invoice.pdf, were done

    again = lokal("workflow", "extract", "--template", "invoice", "--out", out, documents,
                  data_dir=data_dir)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert again.stderr.count("done in an earlier run") == len(first_rows)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    assert len(rows) == 3
    assert first_rows == [row for row in rows if row[0] in {first[0] for first in first_rows}]
    assert not list((data_dir / "workflows").glob("extract-*.sqlite3"))  # done: journal gone
