"""Each format reader on real files, and each kind of bad input with its clear reason."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.readers import read_document
from desktop_app.core.ingest.text_decoding import decode_text
from tests.pdfs import encrypt_pdf


def pages_of(path):
    return list(read_document(path).pages)


def test_pdf_pages_are_numbered_from_one_as_a_viewer_shows_them(make_pdf):
    pdf = make_pdf("three.pdf", ["Alpha page text.", "Bravo page text.", "Charlie page text."])
    result = read_document(pdf)
    assert result.page_count == 3
    pages = list(result.pages)
    assert [page.number for page in pages] == [1, 2, 3]
    assert "Bravo" in pages[1].text


def test_encrypted_pdf_is_refused_with_a_clear_reason(make_pdf, tmp_path):
    plain = make_pdf("plain.pdf", ["Confidential salary table."])
    locked = encrypt_pdf(plain, tmp_path / "locked.pdf")
    with pytest.raises(DocumentError) as caught:
        read_document(locked)
    assert caught.value.code == "pdf_encrypted"
    assert "password" in caught.value.message


def test_pdf_with_only_an_owner_password_is_read(make_pdf, tmp_path):
    plain = make_pdf("plain.pdf", ["Readable despite owner restrictions."])
    restricted = encrypt_pdf(plain, tmp_path / "restricted.pdf", user_password="")
    assert "Readable despite" in pages_of(restricted)[0].text


def test_corrupt_pdf_is_refused_as_damaged(tmp_path):
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises(DocumentError) as caught:
        read_document(corrupt)
    assert caught.value.code == "pdf_damaged"


def test_empty_file_is_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(DocumentError) as caught:
        read_document(empty)
    assert caught.value.code == "empty_file"


def test_whitespace_only_file_counts_as_empty(tmp_path):
    blank = tmp_path / "blank.md"
    blank.write_text("  \n\n\t \n")
    with pytest.raises(DocumentError) as caught:
        read_document(blank)
    assert caught.value.code == "empty_file"


def test_binary_file_named_txt_is_refused(tmp_path):
    fake = tmp_path / "photo.txt"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(DocumentError) as caught:
        read_document(fake)
    assert caught.value.code == "binary_file"


def test_unsupported_extension_names_the_supported_ones(tmp_path):
    sheet = tmp_path / "budget.xyz"
    sheet.write_text("numbers")
    with pytest.raises(DocumentError) as caught:
        read_document(sheet)
    assert caught.value.code == "unsupported_type"
    assert ".xyz" in caught.value.message and ".pdf" in caught.value.message


def test_latin1_danish_text_is_decoded_not_refused(tmp_path):
    danish = tmp_path / "opskrift.txt"
    danish.write_bytes("Smørrebrød med æg og rødbeder på rugbrød i København.".encode("latin-1"))
    result = read_document(danish)
    assert "Smørrebrød" in next(result.pages).text
    assert result.encoding == "cp1252"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Grüße aus München, schön und größer.", "cp1252"),
        ("Hej från Göteborg, vi ses på måndag.", "latin-1"),
        ("Привет, как дела? Это русский текст.", "cp1251"),
        ("Hyggelig dag i Århus med kaffe og wienerbrød.", "utf-16"),
    ],
)
def test_common_non_utf8_encodings_round_trip(text, encoding):
    decoded, _note = decode_text(text.encode(encoding))
    assert decoded == text


def test_utf8_with_bom_and_markdown(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_bytes("\ufeff# Notes\n\nThe café opens at nine.".encode())
    page = pages_of(notes)[0]
    assert page.number is None
    assert page.text.startswith("# Notes")


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(DocumentError) as caught:
        read_document(tmp_path / "gone.txt")
    assert caught.value.code == "not_found"
