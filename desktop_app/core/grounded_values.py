"""Is a value the model extracted really in the document? Where?

A cell of an extraction is kept only when the document's text holds its value. The check is
exact after normalising the forms one value can take, never fuzzy:

- Text: Unicode NFKC, case folded, dashes to "-", curly quotes to straight ones, runs of
  whitespace to one space. The value must occur as whole tokens: "INV-12" is not found in
  "INV-123", "1234" not in "12345".
- Numbers (a value that is a number, with or without a currency: "kr. 1.234,50", "1 234,50 €",
  "EUR 1,234.50"): equal when they are the same number. The last "." or "," followed by one
  or two digits, or by more than three, is the decimal mark; "." "," space or "'" between
  groups of three digits group; a single separator followed by exactly three digits
  ("1.234") is read both ways, since the document's language decides. So "1.234,50" ==
  "1,234.50" == "1234.5", and 1234.5 != 12345 != 1234.6. Leading zeros count ("0042" is not
  42). The currency and the sign are not compared: the number is.
- Dates ("2025-03-04", "4. marts 2025", "March 4, 2025", "04.03.2025", "4/3/2025"): equal
  when they name the same day. Numeric dates with "." or "-" are day first (Danish, Swedish,
  German and British use); with "/" the order is known only when one part is over 12 or both
  are equal, so an ambiguous "4/3/2025" is matched as text only, never as a date. Two-digit
  years are 20yy. Month names in English, Danish, Swedish and German, in full or cut short.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Match:
    start: int  # offsets in the original text
    end: int
    kind: str  # "text", "number" or "date"

    def found_in(self, text: str) -> str:
        return text[self.start : self.end]


def find_value(value: str, text: str) -> Match | None:
    """Where `value` occurs in `text` (the first place), by the rules above; None if nowhere."""
    wanted = _normalise(value)[0].strip()
    if not any(character.isalnum() for character in wanted):
        # Punctuation or a currency sign alone is no value: a small model wrote "," for a
        # letter's total, and every document holds a comma.
        return None
    haystack, offsets = _normalise(text)
    number = _as_number(wanted)
    if number is not None:  # a number is found as a number or not at all (see _NUMBER)
        for match in _NUMBER.finditer(haystack):
            if number & _readings(match.group()):
                return _located(match.start(), match.end(), offsets, "number")
        return None
    day = _as_date(wanted)
    if day is not None:
        for match, found in _dates_in(haystack):
            if found == day:
                return _located(match.start(), match.end(), offsets, "date")
    for match in re.finditer(re.escape(wanted), haystack):
        if _whole_tokens(haystack, match.start(), match.end()):
            return _located(match.start(), match.end(), offsets, "text")
    return None


def find_value_in_pages(value: str, pages: Sequence[tuple[int, str]]) -> int | None:
    """The number of the first page whose text holds `value`; None if none does."""
    for number, text in pages:
        if find_value(value, text) is not None:
            return number
    return None


# -- normalising ---------------------------------------------------------------------------------

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
_QUOTES = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4`"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'),
}


def _normalise(text: str) -> tuple[str, list[int]]:
    """The text normalised, and for each of its characters the offset it came from."""
    pieces: list[str] = []
    offsets: list[int] = []
    for offset, character in enumerate(text):
        folded = unicodedata.normalize("NFKC", character).casefold()
        folded = folded.translate(_DASHES).translate(_QUOTES)
        for piece in folded:
            if piece.isspace():
                if pieces and pieces[-1] == " ":
                    continue
                piece = " "
            pieces.append(piece)
            offsets.append(offset)
    offsets.append(len(text))
    return "".join(pieces), offsets


def _located(start: int, end: int, offsets: list[int], kind: str) -> Match:
    return Match(offsets[start], offsets[end - 1] + 1, kind)


def _whole_tokens(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] neither starts nor ends inside a word or a number."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (
        (text[start].isalnum() and before.isalnum())
        or (text[end - 1].isalnum() and after.isalnum())
    )


# -- numbers -----------------------------------------------------------------------------------

# Digits with grouping (". , space '") and an optional decimal part; not inside a longer number.
# Greedy: "2 100,00" is one number (2100), never "100,00" as well, since a space may group
# thousands; a value missed leaves a cell empty, one accepted wrongly would be invented.
_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\w)")
_CURRENCY = re.compile(
    r"^(?:kr\.?|dkk|sek|nok|eur|euro|usd|gbp|chf|€|\$|£)\s*|\s*(?:kr\.?|dkk|sek|nok|eur|euro|"
    r"usd|gbp|chf|€|\$|£|,-|:-)$"
)


def _as_number(value: str) -> set[tuple[str, str]] | None:
    """The readings of `value` when it is a number (currency aside), else None."""
    bare = _CURRENCY.sub("", value).strip()
    bare = _CURRENCY.sub("", bare).strip()  # a code and a symbol both: "EUR 10 €"
    if not bare or _NUMBER.fullmatch(bare) is None:
        return None
    return _readings(bare)


def _readings(number: str) -> set[tuple[str, str]]:
    """The numbers a written number can mean, each as (integer digits, fraction digits) with
    the fraction's trailing zeros dropped, so that 1234.50 and 1234.5 compare equal."""
    parts = re.split(r"([.,' ])", number)
    digits, separators = parts[0::2], parts[1::2]
    if not separators:
        return {_canonical(number, "")}
    last = separators[-1]
    readings = set()
    grouped = all(len(group) == 3 for group in digits[1:])
    # Every separator groups thousands.
    if grouped and len(set(separators)) == 1 or grouped and last in " '":
        readings.add(_canonical("".join(digits), ""))
    # The last separator is the decimal mark, the ones before it group.
    if last in ".," and last not in separators[:-1]:
        before = digits[:-1]
        if len(before) == 1 or all(len(group) == 3 for group in before[1:]):
            readings.add(_canonical("".join(before), digits[-1]))
    return readings


def _canonical(integer: str, fraction: str) -> tuple[str, str]:
    integer = integer if integer.startswith("0") and len(integer) > 1 else str(Decimal(integer))
    return integer, fraction.rstrip("0")


# -- dates -------------------------------------------------------------------------------------

_MONTHS = {
    1: "january jan januar januari jän jänner",
    2: "february feb februar februari",
    3: "march mar marts mars märz mär maerz mrz",
    4: "april apr",
    5: "may maj mai",
    6: "june jun juni",
    7: "july jul juli",
    8: "august aug augusti",
    9: "september sep sept",
    10: "october oct oktober okt",
    11: "november nov",
    12: "december dec dezember dez",
}
_MONTH_NUMBER = {name: number for number, names in _MONTHS.items() for name in names.split()}
_MONTH = "|".join(sorted(map(re.escape, _MONTH_NUMBER), key=len, reverse=True))

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
_DAY_MONTH_NAME = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:\.|st|nd|rd|th)? (?:af |of )?({_MONTH})\.?,? (\d{{4}})(?!\d)"
)
_MONTH_NAME_DAY = re.compile(rf"(?<!\w)({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})(?!\d)")


def _as_date(value: str) -> datetime.date | None:
    """The day `value` names when it is one whole date, else None."""
    for match, day in _dates_in(value):
        if match.start() == 0 and match.end() == len(value):
            return day
    return None


def _dates_in(text: str):
    """(match, date) for each unambiguous date written in `text` (normalised)."""
    for match in _ISO_DATE.finditer(text):
        day = _date(match.group(1), match.group(2), match.group(3))
        if day:
            yield match, day
    for match in _NUMERIC_DATE.finditer(text):
        first, separator, second, year = match.groups()
        if separator == "/" and int(first) <= 12 and int(second) <= 12 and first != second:
            continue  # 4/3: March the 4th or April the 3rd? Not a date to compare.
        if separator == "/" and int(second) > 12:
            first, second = second, first  # month first, as the US writes it
        day = _date(year, second, first)
        if day:
            yield match, day
    for match in _DAY_MONTH_NAME.finditer(text):
        day = _date(match.group(3), _MONTH_NUMBER[match.group(2)], match.group(1))
        if day:
            yield match, day
    for match in _MONTH_NAME_DAY.finditer(text):
        day = _date(match.group(3), _MONTH_NUMBER[match.group(1)], match.group(2))
        if day:
            yield match, day


def _date(year, month, day) -> datetime.date | None:
    year = int(year)
    year = 2000 + year if year < 100 else year
    try:
        return datetime.date(year, int(month), int(day))
    except ValueError:
        return None
