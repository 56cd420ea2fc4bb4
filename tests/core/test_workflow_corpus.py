"""The extraction corpus itself (tests/workflow_corpus.py): its files are read by Lokal's own
readers, every true value is in the text the workflow reads (on the page the truth says),
it has the variety it claims, it is deterministic, and its scoring grades as it should."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from desktop_app.core.grounded_values import find_value, find_value_in_pages
from desktop_app.core.workflows.documents import load_document
from desktop_app.core.workflows.events import RowExtracted
from tests.workflow_corpus import (
    FIELDS,
    FORMATS,
    LANGUAGE_DATA,
    LANGUAGES,
    cell_is_right,
    make_corpus,
    make_letter_versions,
    score,
)


@pytest.fixture(scope="module")
def corpus(qapp, tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def texts(corpus):
    return {str(document.path): load_document(document.path) for document in corpus}


def test_the_fields_are_the_extract_workflows_invoice_template():
    extract = pytest.importorskip("desktop_app.core.workflows.extract")
    assert tuple(extract.INVOICE_FIELDS) == FIELDS


def test_at_least_32_documents_in_four_languages_three_formats_two_kinds(corpus):
    assert len(corpus) >= 32
    assert Counter(document.language for document in corpus) == dict.fromkeys(LANGUAGES, 8)
    for language in LANGUAGES:
        assert {d.format for d in corpus if d.language == language} == set(FORMATS)
    for format_ in FORMATS:
        assert {d.kind for d in corpus if d.format == format_} == {"invoice", "letter"}
    for document in corpus:
        assert document.path.is_absolute() and document.path.is_file()
        assert document.path.suffix == f".{document.format}"
        assert set(document.truth) == set(FIELDS)


def test_every_true_value_is_in_the_text_the_workflow_reads(corpus, texts):
    for document in corpus:
        read = texts[str(document.path)]
        for name, value in document.truth.items():
            if not value:
                continue
            assert find_value(value, read.text) is not None, (document.path.name, name, value)
            if document.format == "pdf":
                pages = [(page.number, page.text) for page in read.pages]
                assert find_value_in_pages(value, pages) == document.truth_pages[name], (
                    document.path.name,
                    name,
                )


def test_two_page_pdf_invoices_have_their_total_on_page_two(corpus, texts):
    two_pages = [d for d in corpus if d.format == "pdf" and d.pages == 2]
    assert {d.language for d in two_pages} == set(LANGUAGES)
    for document in two_pages:
        read = texts[str(document.path)]
        assert read.page_count == 2 and document.kind == "invoice"
        assert document.truth_pages["total"] == 2
        assert find_value(document.truth["total"], read.pages[0].text) is None


def test_letters_without_an_invoice_number_or_total_have_empty_truth(corpus, texts):
    empty = [d for d in corpus if not d.truth["invoice number"] and not d.truth["total"]]
    assert {d.language for d in empty} == set(LANGUAGES)
    assert all(d.kind == "letter" for d in empty)
    for document in empty:
        language = LANGUAGE_DATA[document.language]
        text = texts[str(document.path)].text
        assert language.invoice_number not in text
        assert f"{language.total}:" not in text
        assert document.truth["date"] and document.truth["sender"]


def test_values_take_the_forms_each_language_writes(corpus):
    numbers = [d.truth["invoice number"] for d in corpus if d.kind == "invoice"]
    assert any(re.fullmatch(r"[A-Z]+-\d{4}-\d{4}", number) for number in numbers)
    assert any(re.fullmatch(r"\d{4}/\d+", number) for number in numbers)
    assert any(re.fullmatch(r"\d{4}", number) for number in numbers)  # after "Rechnung Nr."
    dates = {d.language: set() for d in corpus}
    totals = {d.language: set() for d in corpus}
    for document in corpus:
        dates[document.language].add(document.truth["date"])
        if document.truth["total"]:
            totals[document.language].add(document.truth["total"])
    assert any(re.fullmatch(r"\d{1,2}\. [a-z]+ \d{4}", date) for date in dates["da"])
    assert any(re.fullmatch(r"\d{1,2}\. [A-ZÄÖÜ][a-zä]+ \d{4}", date) for date in dates["de"])
    assert any(re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", date) for date in dates["de"] | dates["da"])
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) for date in dates["sv"])
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", date) for date in dates["en"])
    assert any(re.search(r"\d,\d{3}\.\d\d", total) for total in totals["en"])
    assert any(re.search(r"\d\.\d{3},\d\d", total) for total in totals["da"] | totals["de"])
    assert any(re.search(r"\d \d{3},\d\d", total) for total in totals["sv"])
    assert any("€" in total or "EUR" in total for total in totals["de"])
    senders = {d.truth["sender"] for d in corpus}
    assert len(senders) >= 16


def test_the_same_call_writes_the_same_documents(qapp, tmp_path, corpus, texts):
    again = make_corpus(tmp_path)
    assert [(d.path.name, d.truth, d.truth_pages) for d in again] == [
        (d.path.name, d.truth, d.truth_pages) for d in corpus
    ]
    for document, first in zip(again, corpus, strict=True):
        assert load_document(document.path).text == texts[str(first.path)].text


def _perfect_rows(corpus):
    return [
        RowExtracted(str(d.path), tuple((name, d.truth[name], None) for name in FIELDS))
        for d in corpus
    ]


def test_the_truth_itself_scores_all_right_and_invents_nothing(corpus, texts):
    result = score(_perfect_rows(corpus), corpus, {k: v.text for k, v in texts.items()})
    assert result.overall.cells == 4 * len(corpus)
    assert result.overall.accuracy == 1.0
    assert not result.invented and not result.missing
    assert set(result.by_language_format) == {(lang, f) for lang in LANGUAGES for f in FORMATS}
    assert sum(t.cells for t in result.by_language_format.values()) == result.overall.cells
    assert result.as_dict()["by_language"]["da"]["accuracy"] == 1.0


def test_score_counts_other_formats_right_and_catches_invented_and_missing(corpus, texts):
    invoice = next(d for d in corpus if d.kind == "invoice" and d.language == "de")
    letter = next(d for d in corpus if d.kind == "letter" and not d.truth["total"])
    absent = next(d for d in corpus if d.kind == "invoice" and d is not invoice)
    total = invoice.truth["total"]
    # The same total written the English way, the same date as ISO: still right.
    english_total = total.replace(".", "#").replace(",", ".").replace("#", ",").strip(" €EUR")
    assert cell_is_right(english_total, total)
    rows = [
        RowExtracted(
            str(invoice.path),
            (
                ("invoice number", invoice.truth["invoice number"], 1),
                ("date", "", None),  # missed: wrong, not invented
                ("total", english_total, 1),
                ("sender", "Nobody GmbH", 1),  # not in the document: wrong and invented
            ),
        ),
        RowExtracted(
            str(letter.path),
            (
                ("invoice number", "", None),
                ("date", letter.truth["date"], 1),
                ("total", "", None),
                ("sender", letter.truth["sender"], 1),
            ),
        ),
    ]
    result = score(rows, [invoice, letter, absent], {k: v.text for k, v in texts.items()})
    assert (result.overall.right, result.overall.cells) == (2 + 4, 12)
    assert result.invented == [(str(invoice.path), "sender", "Nobody GmbH")]
    assert result.missing == [str(absent.path)]
    assert result.by_field["total"].right == 2  # the invoice's, in another format, and ""
    assert not cell_is_right("12.50", "")  # a value where the document has none is wrong


def test_score_reads_the_documents_itself_when_not_given_their_texts(corpus):
    document = corpus[0]
    row = RowExtracted(str(document.path), (("sender", "Invented Widgets Ltd", None),))
    result = score([row], [document])
    assert result.invented == [(str(document.path), "sender", "Invented Widgets Ltd")]


@pytest.mark.parametrize("format_", ["txt", "docx", "pdf"])
def test_letter_versions_differ_in_one_line(qapp, tmp_path, format_):
    old, new, old_line, new_line = make_letter_versions(tmp_path, "da", format_)
    old_text, new_text = load_document(old).text, load_document(new).text
    assert old_text != new_text
    assert find_value(new_line, new_text) and not find_value(new_line, old_text)
    assert find_value(old_line, old_text) and not find_value(old_line, new_text)
    assert old_text.replace(" ", "").replace("\n", "").replace(
        old_line.replace(" ", ""), ""
    ) == new_text.replace(" ", "").replace("\n", "").replace(new_line.replace(" ", ""), "")
