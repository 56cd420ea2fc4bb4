"""The extracted table as a file: header exactly as given, one row per document, atomic."""

from __future__ import annotations

import csv
import os
import sys

import pytest
from openpyxl import load_workbook

from desktop_app.core.errors import LokalError
from desktop_app.core.workflows.events import RowExtracted
from desktop_app.core.workflows.tables import check_table_output, write_table

FIELDS = ("invoice number", 'odd "quoted", name', "Beløb i alt", "Datum")


def rows(tmp_path):
    return [
        RowExtracted(
            str(tmp_path / "a.pdf"),
            (
                ("invoice number", "INV-1", 1),
                ('odd "quoted", name', 'x, "y"', 2),
                ("Beløb i alt", "1.234,50 kr.", 2),
                ("Datum", "", None),
            ),
        ),
        RowExtracted(
            str(tmp_path / "b æøå.txt"),
            tuple((field, "", None) for field in FIELDS),
        ),
    ]


def test_csv_header_is_file_then_the_fields_exactly_as_given(tmp_path):
    output = tmp_path / "out.csv"
    write_table(output, FIELDS, rows(tmp_path))
    raw = output.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # plain UTF-8
    with output.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["file", *FIELDS]
    assert table[1] == [str(tmp_path / "a.pdf"), "INV-1", 'x, "y"', "1.234,50 kr.", ""]
    assert table[2] == [str(tmp_path / "b æøå.txt"), "", "", "", ""]
    assert len(table) == 3


def test_xlsx_reads_back_with_openpyxl_and_a_formula_stays_text(tmp_path):
    output = tmp_path / "out.xlsx"
    hostile = [RowExtracted(str(tmp_path / "c.txt"), (("invoice number", "=1+1", 1),))]
    write_table(output, FIELDS, [*rows(tmp_path), *hostile])
    sheet = load_workbook(output).active
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert table[0] == ["file", *FIELDS]
    assert table[1] == [str(tmp_path / "a.pdf"), "INV-1", 'x, "y"', "1.234,50 kr.", None]
    assert table[3][:2] == [str(tmp_path / "c.txt"), "=1+1"]
    assert sheet["B4"].data_type == "s"  # text, not a formula


def test_a_write_replaces_the_file_whole(tmp_path):
    output = tmp_path / "out.csv"
    output.write_text("old table\n")
    write_table(output, ("a",), [])
    assert output.read_text(encoding="utf-8").splitlines() == ["file,a"]
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]  # no temporary left


def test_an_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(LokalError) as raised:
        check_table_output(tmp_path / "out.json")
    assert raised.value.code == "workflow_output_unwritable"
    with pytest.raises(LokalError):
        write_table(tmp_path / "out.txt", ("a",), [])
    assert not (tmp_path / "out.txt").exists()


def test_a_folder_as_output_is_refused(tmp_path):
    (tmp_path / "table.csv").mkdir()
    with pytest.raises(LokalError) as raised:
        check_table_output(tmp_path / "table.csv")
    assert raised.value.code == "workflow_output_unwritable"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_folder_that_refuses_files_is_found_before_any_work(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        probe = folder / "probe"
        try:  # root writes anyway: then there is nothing to refuse
            probe.write_text("")
            probe.unlink()
            pytest.skip("this user can write into a read-only folder (root)")
        except PermissionError:
            pass
        with pytest.raises(LokalError) as raised:
            check_table_output(folder / "out.csv")
        assert raised.value.code == "workflow_output_unwritable"
        with pytest.raises(LokalError) as raised:
            write_table(folder / "out.csv", ("a",), [])
        assert raised.value.code == "workflow_output_unwritable"
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)
