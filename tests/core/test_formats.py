"""The readers for Word, HTML, CSV and the plain-text formats, on real files made here."""

from __future__ import annotations

import zipfile

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.readers import is_supported, read_document


def text_of(path):
    pages = list(read_document(path).pages)
    assert [page.number for page in pages] == [None]
    return pages[0].text


# -- Word ---------------------------------------------------------------------------------------


def test_docx_heading_paragraphs_and_table_are_read_in_order(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Quarterly report", level=1)
    document.add_paragraph("Sales rose in Aarhus.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "City", "Revenue"
    table.cell(1, 0).text, table.cell(1, 1).text = "Odense", "1200"
    document.add_paragraph("Closing remarks.")
    path = tmp_path / "report.docx"
    document.save(path)

    assert text_of(path).splitlines() == [
        "Quarterly report",
        "Sales rose in Aarhus.",
        "City | Revenue",
        "Odense | 1200",
        "Closing remarks.",
    ]


def test_docx_merged_table_cell_is_written_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Wide"
    table.cell(0, 2).text = "Narrow"
    path = tmp_path / "merged.docx"
    document.save(path)
    assert text_of(path) == "Wide | Narrow"


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(bytes(range(256)) * 20, id="random-bytes"),
        pytest.param("zip-without-document", id="zip-without-document"),
    ],
)
def test_corrupt_docx_is_refused_as_damaged(tmp_path, content):
    path = tmp_path / "broken.docx"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.code == "docx_damaged"
    assert "Word document is damaged" in caught.value.message


# -- HTML ---------------------------------------------------------------------------------------


def test_html_keeps_visible_text_and_drops_scripts_styles_and_head(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Tab title</title>"
        "<style>body { color: red; }</style><script>var secret = 1;</script></head>"
        "<body><h1>Opening hours</h1><p>We open at <b>nine</b>\n   every day.</p>"
        "<script>track('visit');</script>"
        "<table><tr><td>Mon</td><td>9&ndash;17</td></tr></table>"
        "<ul><li>Coffee</li><li>Tea</li></ul></body></html>",
        encoding="utf-8",
    )
    assert text_of(page).splitlines() == [
        "Opening hours",
        "We open at nine every day.",
        "Mon | 9–17",
        "Coffee",
        "Tea",
    ]


def test_cp1252_html_with_a_meta_charset_decodes_danish(tmp_path):
    page = tmp_path / "menu.htm"
    page.write_bytes(
        '<html><head><meta charset="windows-1252"></head>'
        "<body><p>Smørrebrød på rugbrød</p></body></html>".encode("cp1252")
    )
    result = read_document(page)
    assert next(result.pages).text == "Smørrebrød på rugbrød"
    assert result.encoding == "cp1252"


def test_cp1252_html_without_a_declaration_is_detected(tmp_path):
    page = tmp_path / "menu.html"
    page.write_bytes("<p>Rødgrød med fløde og æblekage i København.</p>".encode("cp1252"))
    assert text_of(page) == "Rødgrød med fløde og æblekage i København."


# -- CSV ----------------------------------------------------------------------------------------


def test_semicolon_csv_rows_are_written_as_header_value_pairs(tmp_path):
    table = tmp_path / "customers.csv"
    table.write_text(
        'name;city;note\nAnna Jensen;Aarhus;\n"Bo; Jr.";Odense;pays late\n', encoding="utf-8"
    )
    assert text_of(table).splitlines() == [
        "name: Anna Jensen; city: Aarhus",
        "name: Bo; Jr.; city: Odense; note: pays late",
    ]


def test_single_column_csv_falls_back_to_commas(tmp_path):
    table = tmp_path / "names.csv"
    table.write_text("name\nAnna\nBo\n", encoding="utf-8")
    assert text_of(table).splitlines() == ["name: Anna", "name: Bo"]


# -- plain text ---------------------------------------------------------------------------------


def test_python_source_and_restructuredtext_are_read_as_text(tmp_path):
    source = tmp_path / "tool.py"
    source.write_text('def greet():\n    return "hej"\n', encoding="utf-8")
    notes = tmp_path / "guide.rst"
    notes.write_text("Guide\n=====\n\nInstall with pip.\n", encoding="utf-8")
    assert text_of(source) == 'def greet():\n    return "hej"\n'
    assert text_of(notes).startswith("Guide\n=====")


@pytest.mark.parametrize(
    "name",
    ["a.docx", "b.HTML", "c.htm", "d.csv", "e.rst", "f.log", "g.json", "h.yaml", "i.yml",
     "j.toml", "k.ini", "l.cfg", "m.py", "n.ts", "o.go", "p.rs", "q.sql", "r.scala", "s.R"],
)  # fmt: skip
def test_new_extensions_are_supported(tmp_path, name):
    assert is_supported(tmp_path / name)


def test_unknown_extension_stays_unsupported(tmp_path):
    assert not is_supported(tmp_path / "slides.key")


# -- PDF pages without text ---------------------------------------------------------------------


def test_pdf_records_which_pages_had_no_text(make_pdf):
    pdf = make_pdf("mixed.pdf", ["", "The second page has text."])
    result = read_document(pdf)
    assert result.empty_pages == []  # nothing read yet: the pages are read lazily
    pages = list(result.pages)
    assert "second page" in pages[1].text
    assert result.empty_pages == [1]


def test_text_files_have_no_empty_page_record(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Some text.", encoding="utf-8")
    result = read_document(notes)
    list(result.pages)
    assert result.empty_pages == []
