"""find_value: a value the model extracted counts as found only when the document holds it,
after normalising forms (spaces, case, Unicode, number formats, dates), never fuzzily."""

from __future__ import annotations

import pytest

from desktop_app.core.grounded_values import find_value, find_value_in_pages

# (value, document text, kind of match): each value must be found.
FOUND = [
    # English
    ("INV-2025-0042", "Invoice number: INV-2025-0042\nDate: 4 March 2025", "text"),
    ("inv\u20132025\u20130042", "Invoice number: INV-2025-0042", "text"),  # en dashes, case
    ("Nordic  Paper\nApS", "From: Nordic Paper ApS, Aarhus", "text"),  # whitespace
    ("\u201cExpress\u201d", 'Delivery: "Express"', "text"),  # curly quotes
    ("1234.50", "Total: EUR 1,234.50", "number"),
    ("1,234.50", "Total due 1234.5 USD", "number"),
    ("$1,234.50", "Amount: 1234.50", "number"),
    ("March 4, 2025", "Date: 2025-03-04", "date"),
    ("2025-03-04", "Dated March 4th, 2025.", "date"),
    ("4 March 2025", "Issued 04.03.2025", "date"),
    ("2025-03-14", "Issued 3/14/2025", "date"),  # unambiguous: 14 cannot be a month
    # Danish
    ("kr. 1.234,50", "I alt: 1.234,50 kr.", "number"),
    ("1234,5", "At betale: kr. 1.234,50", "number"),
    ("2025-03-04", "Fakturadato: 4. marts 2025", "date"),
    ("4. marts 2025", "Dato: 04-03-2025", "date"),
    ("Fakturanr. 117", "Fakturanr. 117 (betal senest 1/4)", "text"),
    # Swedish
    ("1 234,50 kr", "Att betala: 1\u00a0234,50 kr", "number"),
    ("1234.50", "Summa 1 234,50 SEK", "number"),
    ("4 mars 2025", "Fakturadatum: 2025-03-04", "date"),
    ("Göteborg", "Leverans till GÖTEBORG", "text"),
    # German
    ("1.234,50 €", "Gesamtbetrag: EUR 1234,50", "number"),
    ("1234.5", "Summe 1.234,50 \u20ac", "number"),
    ("4. März 2025", "Rechnungsdatum: 04.03.2025", "date"),
    ("2025-03-04", "Datum: 4. Mär. 2025", "date"),
    ("Straße", "Hauptstraße 5, Straße des 17. Juni", "text"),
]

# (value, document text): near misses that must not be accepted.
NOT_FOUND = [
    ("1234.5", "Total: 12345"),  # the decimal mark matters
    ("12345", "Total: 1234.50"),
    ("1234.60", "Total: 1.234,50 kr"),  # a different number
    ("1.234,50", "Total: 1.234,05"),
    ("123,50", "Total: 1.234,50"),  # a digit missing
    ("234,50", "Total: 1.234,50"),  # the tail of a number
    ("234,50", "Att betala: 1 234,50 kr"),  # grouped by a space: one number
    ("42", "Invoice INV-2025-0042"),  # leading zeros count
    ("INV-2025-004", "Invoice number: INV-2025-0042"),  # a prefix of a token
    ("2025-03-05", "Dato: 4. marts 2025"),  # a different day
    ("2025-04-03", "Datum: 04.03.2025"),  # day first with dots
    ("2025-03-04", "Date: 4/3/2025"),  # ambiguous with slashes: text only
    ("2025-04-03", "Date: 4/3/2025"),
    ("Straße", "Hauptstraße 5"),  # inside a longer word
    ("Nordic Paper A/S", "Nordic Paper ApS"),
    ("", "anything"),
    ("1.234,50", ""),
]


@pytest.mark.parametrize(("value", "text", "kind"), FOUND)
def test_values_in_the_document_are_found(value, text, kind):
    match = find_value(value, text)
    assert match is not None, f"{value!r} not found in {text!r}"
    assert match.kind == kind
    assert 0 <= match.start < match.end <= len(text)


@pytest.mark.parametrize(("value", "text"), NOT_FOUND)
def test_near_misses_are_not_found(value, text):
    assert find_value(value, text) is None


def test_an_ambiguous_slash_date_still_matches_as_the_same_text():
    match = find_value("4/3/2025", "Date: 4/3/2025")
    assert match is not None and match.kind == "text"


def test_the_match_points_at_the_original_text():
    text = "Rechnung\n\nGesamt:  EUR\u00a01.234,50\nDatum: 4.\u00a0März 2025"
    number = find_value("1234.5", text)
    assert number.found_in(text) == "1.234,50"
    day = find_value("2025-03-04", text)
    assert day.found_in(text) == "4.\u00a0März 2025"
    words = find_value("gesamt: eur", text)
    assert words.found_in(text) == "Gesamt:  EUR"


def test_the_page_that_holds_the_value():
    pages = [(1, "Faktura\nKunde: Jensen"), (2, "Varer ... 99,00"), (3, "I alt 1.234,50 kr")]
    assert find_value_in_pages("1234.50", pages) == 3
    assert find_value_in_pages("Jensen", pages) == 1
    assert find_value_in_pages("1234.60", pages) is None
    assert find_value_in_pages("anything", []) is None


@pytest.mark.parametrize("value", [",", ".", "-", "€", "$ ,", "\u2014", " . "])
def test_punctuation_or_a_currency_sign_alone_is_no_value(value):
    """A small model wrote "," for a letter's total: every document holds a comma."""
    text = "Total: 1,5 kr. - paid in €, $ and \u2014 by card."
    assert find_value(value, text) is None
