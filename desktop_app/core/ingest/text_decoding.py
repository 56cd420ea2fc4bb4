"""Text bytes to a string: UTF-8 or UTF-16 when marked, else the encoding detected.

UTF-16 without a byte order mark (written by some Windows tools and exports) is told from binary
data by its zero bytes: text in Latin script has a zero in every other byte, at odd offsets
(little-endian) or even ones (big-endian), and decodes to printable characters.

Shared by the readers of plain text, CSV and HTML; a leaf of the ingest package.
"""

from __future__ import annotations

import contextlib
import unicodedata

from desktop_app.core.errors import DocumentError

# How much of a text file is inspected to tell text from binary data.
_SNIFF_BYTES = 8192
# UTF-16 without a mark: at least this share of the byte pairs has its zero byte on one side,
# and almost none on the other (Latin-script text; other scripts have fewer zeros and fall
# through to detection).
_UTF16_ZERO_SHARE = 0.3
_UTF16_OTHER_SHARE = 0.02


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 (with or without BOM), else detected.

    Returns the text and, when it was not marked UTF-8/16, the encoding that was detected.
    """
    if not data.strip():
        raise DocumentError("empty_file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), None
    if unmarked := _utf16_without_mark(data):
        return unmarked
    if _looks_binary(data[:_SNIFF_BYTES]):
        raise DocumentError("binary_file")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # Imported only here: it takes ~40 ms to load, and nearly every file is UTF-8.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DocumentError("undecodable_text")
    text, encoding = str(best), best.encoding
    # Single-byte Latin code pages tie on short texts and charset-normalizer picks cp1250 (Central
    # European), turning Danish "smørrebrød" into "smřrrebrřd". Lokal's users write Danish,
    # Swedish and German: when the text is Latin script either way, Western European wins.
    if encoding != "cp1252" and _is_latin_script(text):
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode("cp1252"), "cp1252"
    return text, encoding


def _utf16_without_mark(data: bytes) -> tuple[str, str] | None:
    """(text, "utf-16-le" or "utf-16-be") when `data` is UTF-16 text without a BOM, else None."""
    head = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    zeros_even, zeros_odd = head[0::2].count(0), head[1::2].count(0)
    if zeros_odd >= pairs * _UTF16_ZERO_SHARE and zeros_even <= pairs * _UTF16_OTHER_SHARE:
        encoding = "utf-16-le"
    elif zeros_even >= pairs * _UTF16_ZERO_SHARE and zeros_odd <= pairs * _UTF16_OTHER_SHARE:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # an odd length or lone surrogates: not UTF-16 after all
        return None
    # Binary data with many small 16-bit values decodes too, to control characters.
    if "\x00" in text or _looks_binary(text[: _SNIFF_BYTES // 2].encode("utf-8")):
        return None
    return text, encoding


def _is_latin_script(text: str) -> bool:
    return all(
        "LATIN" in unicodedata.name(char, "")
        for char in set(text)
        if ord(char) > 127 and char.isalpha()
    )


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return control > len(head) * 0.05
