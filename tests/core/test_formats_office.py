"""PowerPoint, Excel, OpenDocument and EPUB on real files made here; headings of every format.

python-pptx, openpyxl and odfpy write the office files; EPUBs are zipped by hand, as they are
simple enough. Damaged files are made from good ones (cut short) or from scratch.
"""

from __future__ import annotations

import datetime
import struct
import zipfile

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.readers import is_supported, read_document

DANISH = "Smørrebrød på rugbrød i Århus"
GERMAN = "Grüße aus München, größer"


def pages_of(path):
    return list(read_document(path).pages)


def refusal(path) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    return caught.value


def assert_headings_point_at_their_titles(page):
    """Each heading's offset is where its title starts (after any "#" or overline markup)."""
    offsets = [heading.offset for heading in page.headings]
    assert offsets == sorted(offsets)
    for heading in page.headings:
        section = " ".join(page.text[heading.offset :].split()).lstrip("#=~- ")
        assert section.startswith(heading.title), (heading, section[:40])


def outline(page):
    return [(heading.level, heading.title) for heading in page.headings]


# -- PowerPoint ---------------------------------------------------------------------------------


def make_pptx(path):
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    opening = deck.slides.add_slide(deck.slide_layouts[0])  # title slide
    opening.shapes.title.text = "Velkommen til Århus"
    opening.placeholders[1].text = GERMAN

    content = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    content.shapes.title.text = "Budget 2025"
    # Added first, so first in the file, but it sits lowest on the slide: read last.
    footer = content.shapes.add_textbox(Inches(1), Inches(6.5), Inches(6), Inches(0.5))
    footer.text_frame.text = "Footer: confidential"
    body = content.shapes.add_textbox(Inches(1), Inches(1.6), Inches(6), Inches(1))
    body.text_frame.text = "Revenue grew in Odense."
    body.text_frame.add_paragraph().text = DANISH
    table = content.shapes.add_table(2, 2, Inches(1), Inches(3), Inches(6), Inches(1)).table
    table.cell(0, 0).text, table.cell(0, 1).text = "City", "Revenue"
    table.cell(1, 0).text, table.cell(1, 1).text = "Aalborg", "1200"
    group = content.shapes.add_group_shape()
    group.shapes.add_textbox(Inches(1), Inches(4.5), Inches(3), Inches(0.5)).text = "Grouped note"
    content.notes_slide.notes_text_frame.text = "Say that the launch code is 4729."

    deck.slides.add_slide(deck.slide_layouts[6])  # blank: no text, no page
    closing = deck.slides.add_slide(deck.slide_layouts[6])
    closing.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1)).text = "Tak!"
    deck.save(path)
    return path


def test_pptx_gives_one_page_per_slide_numbered_like_powerpoint(tmp_path):
    pages = pages_of(make_pptx(tmp_path / "deck.pptx"))
    assert [page.number for page in pages] == [1, 2, 4]  # slide 3 is blank
    assert pages[0].text.splitlines() == ["Velkommen til Århus", GERMAN]
    assert pages[2].text == "Tak!"
    assert pages[2].headings == ()


def test_pptx_slide_reads_title_then_shapes_top_down_then_notes(tmp_path):
    slide = pages_of(make_pptx(tmp_path / "deck.pptx"))[1]
    assert slide.text.splitlines() == [
        "Budget 2025",
        "Revenue grew in Odense.",
        DANISH,
        "City | Revenue",
        "Aalborg | 1200",
        "Grouped note",
        "Footer: confidential",
        "Say that the launch code is 4729.",
    ]
    assert outline(slide) == [(1, "Budget 2025")]
    assert slide.headings[0].offset == 0


def test_pptx_without_slides_is_empty(tmp_path):
    from pptx import Presentation

    path = tmp_path / "nothing.pptx"
    Presentation().save(path)
    assert refusal(path).code == "empty_file"


# -- Excel --------------------------------------------------------------------------------------


def make_xlsx(path):
    import openpyxl

    workbook = openpyxl.Workbook()
    customers = workbook.active
    customers.title = "Kunder"
    customers.append(["Navn", "By", "Beløb", "Dato", "Sum"])
    customers.append(["Søren Østergaard", "Århus", 1200.0, datetime.datetime(2025, 3, 1), None])
    customers.append([None, None, None, None, None])  # an empty row: skipped
    customers.append(["Jürgen Weiß", GERMAN, 0.1 + 0.2, None, "=C2+C4"])
    workbook.create_sheet("Tom")  # an empty sheet: no page
    prices = workbook.create_sheet("Priser")
    prices.append(["Vare", "Pris"])
    prices.append(["Kaffe", 25])
    workbook.save(path)
    return path


def with_cached_formula_value(path, value: str):
    """Store a value for the formula, as Excel does on saving (openpyxl never computes one)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(
        b"<f>C2+C4</f><v></v>", f"<f>C2+C4</f><v>{value}</v>".encode()
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_xlsx_sheet_rows_are_header_value_lines(tmp_path):
    path = with_cached_formula_value(make_xlsx(tmp_path / "kunder.xlsx"), "1200.3")
    pages = pages_of(path)
    assert [page.number for page in pages] == [None, None]
    assert pages[0].text.splitlines() == [
        "Navn: Søren Østergaard; By: Århus; Beløb: 1200; Dato: 2025-03-01",
        f"Navn: Jürgen Weiß; By: {GERMAN}; Beløb: 0.3; Sum: 1200.3",
    ]
    assert pages[1].text == "Vare: Kaffe; Pris: 25"


def test_xlsx_sheet_names_are_headings(tmp_path):
    pages = pages_of(make_xlsx(tmp_path / "kunder.xlsx"))
    assert [outline(page) for page in pages] == [[(1, "Kunder")], [(1, "Priser")]]
    assert all(page.headings[0].offset == 0 for page in pages)


def test_xlsx_stops_reading_at_the_cell_limit(tmp_path, monkeypatch):
    import openpyxl

    from desktop_app.core.ingest.formats import spreadsheet

    monkeypatch.setattr(spreadsheet, "_MAX_CELLS", 30)
    workbook = openpyxl.Workbook()
    workbook.active.append(["n", "square"])
    for n in range(100):
        workbook.active.append([n, n * n])
    workbook.save(tmp_path / "big.xlsx")
    [page] = pages_of(tmp_path / "big.xlsx")
    assert 10 <= len(page.text.splitlines()) < 15


def test_xlsx_without_values_is_empty(tmp_path):
    import openpyxl

    path = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(path)
    assert refusal(path).code == "empty_file"


# -- OpenDocument -------------------------------------------------------------------------------


def make_odt(path):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, Note, NoteBody, NoteCitation, P, S

    document = OpenDocumentText()
    body = document.text
    body.addElement(H(outlinelevel=1, text="Rapport om Århus"))
    paragraph = P(text="Der står")
    paragraph.addElement(S(c=2))
    paragraph.addText(DANISH + ".")
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    note_body = NoteBody()
    note_body.addElement(P(text="A footnote, left out."))
    note.addElement(note_body)
    paragraph.addElement(note)
    body.addElement(paragraph)
    body.addElement(H(outlinelevel=2, text="Größere Städte"))
    cities = List()
    for city in ("München", "Köln"):
        item = ListItem()
        item.addElement(P(text=city))
        cities.addElement(item)
    body.addElement(cities)
    table = Table(name="Tal")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for row_values in (("By", "Indbyggere"), ("Odense", "180000")):
        row = TableRow()
        for value in row_values:
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    body.addElement(table)
    body.addElement(H(outlinelevel=2, text="Slutning"))
    body.addElement(P(text="Tak for nu."))
    document.save(str(path))
    return path


def test_odt_reads_headings_paragraphs_lists_and_tables_in_order(tmp_path):
    [page] = pages_of(make_odt(tmp_path / "rapport.odt"))
    assert page.number is None
    assert page.text.splitlines() == [
        "Rapport om Århus",
        f"Der står  {DANISH}.",
        "Größere Städte",
        "München",
        "Köln",
        "By | Indbyggere",
        "Odense | 180000",
        "Slutning",
        "Tak for nu.",
    ]
    assert outline(page) == [(1, "Rapport om Århus"), (2, "Größere Städte"), (2, "Slutning")]
    assert_headings_point_at_their_titles(page)


def test_odt_without_text_is_empty(tmp_path):
    from odf.opendocument import OpenDocumentText

    path = tmp_path / "blank.odt"
    OpenDocumentText().save(str(path))
    assert refusal(path).code == "empty_file"


# -- EPUB ---------------------------------------------------------------------------------------

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>"""


def xhtml(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Ignored</title></head>'
        f"<body>{body}</body></html>"
    )


# Listed in the manifest in another order than the spine's: the spine decides.
CHAPTERS = {
    "text/part 2.xhtml": xhtml("<p>The ferry leaves Aarhus at noon.</p><h2>Ved havnen</h2>"),
    "nav.xhtml": xhtml("<nav><ol><li>Kapitel 1</li></ol></nav>"),
    "text/part1.xhtml": xhtml(
        f"<h1>Kapitel 1: Ankomst</h1><p>{DANISH}.</p><h2>{GERMAN}</h2><p>Mehr Text.</p>"
    ),
    "cover.xhtml": xhtml('<div><img src="cover.jpg" alt=""/></div>'),
}


def make_epub(path, chapters=CHAPTERS, extra=None):
    manifest = "".join(
        f'<item id="c{n}" href="{name.replace(" ", "%20")}" media-type="application/xhtml+xml"/>'
        for n, name in enumerate(chapters)
    )
    order = ["cover.xhtml", "text/part1.xhtml", "text/part 2.xhtml"]
    spine = "".join(
        f'<itemref idref="c{list(chapters).index(name)}"/>' for name in order if name in chapters
    )
    package = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        f"<manifest>{manifest}</manifest><spine>{spine}</spine></package>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", CONTAINER)
        archive.writestr("OEBPS/content.opf", package)
        for name, content in {**chapters, **(extra or {})}.items():
            archive.writestr(name if name.startswith("META-INF") else f"OEBPS/{name}", content)
    return path


def test_epub_reads_the_spine_in_order_one_page_per_document(tmp_path):
    pages = pages_of(make_epub(tmp_path / "bog.epub"))
    assert [page.number for page in pages] == [None, None]  # the cover has no text; nav no spine
    assert pages[0].text.splitlines() == [
        "Kapitel 1: Ankomst",
        f"{DANISH}.",
        GERMAN,
        "Mehr Text.",
    ]
    assert pages[1].text.splitlines() == ["The ferry leaves Aarhus at noon.", "Ved havnen"]


def test_epub_headings_and_the_context_carried_into_the_next_file(tmp_path):
    first, second = pages_of(make_epub(tmp_path / "bog.epub"))
    assert outline(first) == [(1, "Kapitel 1: Ankomst"), (2, GERMAN)]
    assert_headings_point_at_their_titles(first)
    assert first.context == ()
    # The second file continues the chapter: the path in effect where it starts.
    assert second.context == ("Kapitel 1: Ankomst", GERMAN)
    assert outline(second) == [(2, "Ved havnen")]
    assert second.text[second.headings[0].offset :] == "Ved havnen"


def test_epub_with_drm_is_refused(tmp_path):
    encryption = (
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
        '<enc:CipherData><enc:CipherReference URI="OEBPS/text/part1.xhtml"/></enc:CipherData>'
        "</enc:EncryptedData></encryption>"
    )
    path = make_epub(tmp_path / "drm.epub", extra={"META-INF/encryption.xml": encryption})
    error = refusal(path)
    assert (error.code, error.params["detail"]) == ("document_damaged", "DRM protected")


def test_epub_without_text_is_empty(tmp_path):
    path = make_epub(tmp_path / "cover-only.epub", {"cover.xhtml": CHAPTERS["cover.xhtml"]})
    assert refusal(path).code == "empty_file"


# -- damaged, truncated and encrypted files -----------------------------------------------------

MAKERS = {".pptx": make_pptx, ".xlsx": make_xlsx, ".odt": make_odt, ".epub": make_epub}
KINDS = {".pptx": "PowerPoint", ".xlsx": "Excel", ".odt": "OpenDocument", ".epub": "EPUB"}


def encrypted_ooxml() -> bytes:
    """A minimal OLE2 compound file as Office writes for a password: EncryptedPackage inside."""
    free, end_of_chain, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    # Version 3, 512-byte sectors; one FAT sector (sector 0), the directory in sector 1, no
    # mini FAT and no extra DIFAT sectors.
    fields = (0x3E, 3, 0xFFFE, 9, 6, 0, 1, 1, 0, 4096, end_of_chain, 0, end_of_chain, 0)
    header += struct.pack("<5H6x9I", *fields)
    header += struct.pack("<109I", 0, *[free] * 108)
    fat = struct.pack("<128I", fat_sector, end_of_chain, *[free] * 126)

    def entry(name, kind, right=no_stream, child=no_stream):
        encoded = (name + "\0").encode("utf-16-le")
        return struct.pack(
            "<64sHBBIII16sIQQIQ", encoded, len(encoded), kind, 1, no_stream, right, child,
            bytes(16), 0, 0, 0, end_of_chain, 0,
        )  # fmt: skip

    directory = (
        entry("Root Entry", 5, child=1)
        + entry("EncryptionInfo", 2, right=2)
        + entry("EncryptedPackage", 2)
        + bytes(128)
    )
    return header + fat + directory


@pytest.mark.parametrize("suffix", list(MAKERS))
def test_random_bytes_are_refused_as_damaged(tmp_path, suffix):
    path = tmp_path / f"noise{suffix}"
    path.write_bytes(bytes(range(256)) * 20)
    error = refusal(path)
    assert (error.code, error.params["kind"]) == ("document_damaged", KINDS[suffix])
    assert error.params["detail"] == "not a ZIP package"
    assert f"the {KINDS[suffix]} file is damaged" in error.message


@pytest.mark.parametrize("suffix", list(MAKERS))
def test_truncated_file_is_refused_as_damaged(tmp_path, suffix):
    whole = MAKERS[suffix](tmp_path / f"whole{suffix}").read_bytes()
    path = tmp_path / f"cut{suffix}"
    path.write_bytes(whole[: len(whole) // 2])
    error = refusal(path)
    assert (error.code, error.params["detail"]) == ("document_damaged", "truncated")


@pytest.mark.parametrize("suffix", list(MAKERS))
def test_zip_without_the_expected_parts_is_refused_as_damaged(tmp_path, suffix):
    path = tmp_path / f"holiday-photos{suffix}"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("IMG_0001.txt", "not a document")
    error = refusal(path)
    assert error.code == "document_damaged"
    assert "is missing" in error.params["detail"]


@pytest.mark.parametrize("suffix", [".pptx", ".xlsx"])
def test_password_protected_office_file_says_so(tmp_path, suffix):
    path = tmp_path / f"secret{suffix}"
    path.write_bytes(encrypted_ooxml())
    error = refusal(path)
    assert (error.code, error.params["detail"]) == ("document_damaged", "password protected")
    assert "password protected" in error.message


def test_password_protected_docx_says_so(tmp_path):
    path = tmp_path / "secret.docx"
    path.write_bytes(encrypted_ooxml())
    error = refusal(path)
    assert (error.code, error.params["detail"]) == ("docx_damaged", "password protected")


def test_old_binary_office_file_with_a_new_extension_is_named(tmp_path):
    path = tmp_path / "old.pptx"
    path.write_bytes(encrypted_ooxml().replace("EncryptedPackage".encode("utf-16-le"), bytes(32)))
    assert "97-2003" in refusal(path).params["detail"]


def test_password_protected_odt_says_so(tmp_path):
    path = make_odt(tmp_path / "secret.odt")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["META-INF/manifest.xml"] = parts["META-INF/manifest.xml"].replace(
        b"</manifest:manifest>",
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
        b"</manifest:file-entry></manifest:manifest>",
    )
    parts["content.xml"] = bytes(range(256)) * 4  # what encrypted content looks like
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert refusal(path).params["detail"] == "password protected"


@pytest.mark.parametrize("suffix", list(MAKERS))
def test_zero_byte_file_is_empty(tmp_path, suffix):
    path = tmp_path / f"zero{suffix}"
    path.write_bytes(b"")
    assert refusal(path).code == "empty_file"


@pytest.mark.parametrize("name", ["a.pptx", "b.XLSX", "c.odt", "d.epub", "e.markdown"])
def test_new_suffixes_are_supported(tmp_path, name):
    assert is_supported(tmp_path / name)


# -- headings of Word, HTML, Markdown and reStructuredText --------------------------------------


def test_docx_title_and_heading_styles_become_headings(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Årsrapport", level=0)  # the "Title" style
    document.add_paragraph("Indledning.")
    document.add_heading("Größe und Umsatz", level=1)
    document.add_paragraph("Body text.")
    document.add_heading("Detaljer", level=3)
    document.add_paragraph("More.")
    path = tmp_path / "rapport.docx"
    document.save(path)
    [page] = pages_of(path)
    assert outline(page) == [(1, "Årsrapport"), (1, "Größe und Umsatz"), (3, "Detaljer")]
    assert_headings_point_at_their_titles(page)


def test_html_h1_to_h6_become_headings(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Not a heading</title></head><body>"
        "<nav><a>Om os</a></nav><h1>Om <b>København</b></h1><p>Text.</p>"
        "<h3>\n  Åbningstider\n</h3><table><tr><td>Man</td><td>9-17</td></tr></table>"
        "<h2></h2><h6>Fußnote</h6></body></html>",
        encoding="utf-8",
    )
    [page] = pages_of(path)
    assert page.text.splitlines() == [
        "Om os",
        "Om København",
        "Text.",
        "Åbningstider",
        "Man | 9-17",
        "Fußnote",
    ]
    assert outline(page) == [(1, "Om København"), (3, "Åbningstider"), (6, "Fußnote")]
    assert_headings_point_at_their_titles(page)


MARKDOWN = """\
---
title: Front matter
---
# Guide til Århus

Intro text.
Still intro.

## Getting there ##

```sh
# not a heading
echo hej
```

Setext title
over two lines
==============

Straße
------

- a list item
---

    # indented code, not a heading
#hashtag is not a heading
####### seven is too many
"""


def test_markdown_atx_and_setext_headings(tmp_path):
    path = tmp_path / "guide.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    [page] = pages_of(path)
    assert page.text == MARKDOWN  # the text itself is unchanged
    assert outline(page) == [
        (1, "Guide til Århus"),
        (2, "Getting there"),
        (1, "Setext title over two lines"),
        (2, "Straße"),
    ]
    assert_headings_point_at_their_titles(page)


def test_markdown_headings_with_windows_line_endings(tmp_path):
    path = tmp_path / "notes.markdown"
    path.write_bytes(b"Intro\r\n\r\n# One\r\n\r\nText\r\n\r\nTwo\r\n===\r\n")
    [page] = pages_of(path)
    assert outline(page) == [(1, "One"), (1, "Two")]
    assert [page.text[h.offset : h.offset + 3] for h in page.headings] == ["# O", "Two"]


RST = """\
=============
 Brugervejled
=============

Indledning
==========

Text with a transition below.

----------

Installation
------------

Grüße
~~~~~

Mere
====

Not a title because
this line is a paragraph
"""


def test_rst_section_levels_follow_the_order_adornments_appear(tmp_path):
    path = tmp_path / "guide.rst"
    path.write_text(RST, encoding="utf-8")
    [page] = pages_of(path)
    assert page.text == RST
    assert outline(page) == [
        (1, "Brugervejled"),
        (2, "Indledning"),
        (3, "Installation"),
        (4, "Grüße"),
        (2, "Mere"),
    ]
    assert page.headings[0].offset == 0  # an overlined title starts at its overline
    assert_headings_point_at_their_titles(page)


def test_other_text_files_have_no_headings(tmp_path):
    path = tmp_path / "script.py"
    path.write_text("# A comment, not a heading\nprint('hej')\n", encoding="utf-8")
    assert pages_of(path)[0].headings == ()


# -- through the indexing pipeline --------------------------------------------------------------


def test_slides_and_epub_are_indexed_and_found_with_their_slide_number(tmp_path, embedder):
    from desktop_app import services
    from desktop_app.config import Settings
    from desktop_app.core import retrieval
    from desktop_app.core.ingest import pipeline
    from desktop_app.core.store import DocumentStore

    deck = make_pptx(tmp_path / "deck.pptx")
    book = make_epub(tmp_path / "bog.epub")
    store = DocumentStore(tmp_path / "data", embedder.name)
    try:
        options = services.chunking_options(Settings(), embedder)
        events = list(pipeline.index_paths([deck, book], store, embedder, options))
        indexed = [event.path for event in events if isinstance(event, pipeline.FileIndexed)]
        assert indexed == [str(deck), str(book)]

        [hit, *_] = retrieval.search(store, embedder, "What is the launch code?", 3)
        assert (hit.path, hit.page) == (str(deck), 2)
        assert "4729" in hit.text
        [hit, *_] = retrieval.search(store, embedder, "When does the ferry leave Aarhus?", 3)
        assert (hit.path, hit.page) == (str(book), None)
        assert "noon" in hit.text
    finally:
        store.close()
