"""ZIP-based documents (Word, PowerPoint, Excel, OpenDocument, EPUB): why one cannot be opened.

Their libraries fail on a bad file with errors meant for programmers ("There is no item named
'[Content_Types].xml' in the archive", "File is not a zip file"). These checks run first and turn
the common cases into a short reason the user can act on, and refuse a package that would
unpack to more than the limits allow (a zip bomb) before anything is unpacked.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.limits import (
    MAX_UNPACKED_BYTES,
    MAX_XML_PART_BYTES,
    MAX_XML_PART_WORDED,
    XML_PART_SUFFIXES,
    unpacks_too_large,
)

# An OLE2 compound file: Office 97-2003 (.ppt, .xls, .doc), and also what Office writes for a
# password-protected .pptx/.xlsx/.docx: the encrypted package sits inside an OLE2 container.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The name of the stream holding the encrypted OOXML package, as UTF-16 in the OLE2 directory.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_SCAN_BLOCK = 1 << 20
_ZIP_MAGIC = b"PK\x03\x04"


def damaged(kind: str, detail: str) -> DocumentError:
    return DocumentError("document_damaged", kind=kind, detail=detail)


def check_package(path: Path, kind: str, required: tuple[str, ...]) -> None:
    """Raise a DocumentError unless `path` is a complete ZIP holding the `required` parts."""
    with path.open("rb") as file:
        head = file.read(len(_OLE2_MAGIC))
    if head == _OLE2_MAGIC:
        if is_encrypted_ooxml(path):
            raise damaged(kind, "password protected")
        raise damaged(kind, "an old binary Office file (97-2003) with a new extension")
    if not zipfile.is_zipfile(path):
        # The central directory sits at the end of a ZIP: a download or copy that stopped early
        # keeps the start (PK..) but loses it.
        raise damaged(kind, "truncated" if head.startswith(_ZIP_MAGIC) else "not a ZIP package")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except OSError:
        raise  # permission denied and the like: read_document reports those
    except Exception as error:  # BadZipFile, ValueError, struct errors on a damaged directory
        raise damaged(kind, "unreadable ZIP directory") from error
    check_unpacked_size(entries, kind)
    names = {entry.filename for entry in entries}
    missing = [part for part in required if part not in names]
    if missing:
        raise damaged(kind, f"{missing[0]} is missing")


def check_unpacked_size(entries: list[zipfile.ZipInfo], kind: str) -> None:
    """Refuse a package whose directory says it unpacks to more than the limits (limits.py).

    Checked before anything is unpacked; zipfile then never inflates an entry past its declared
    size, so a directory that lies about the sizes gets a CRC error, not more memory.
    """
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise unpacks_too_large(kind)
    for entry in entries:
        xml = entry.filename.lower().endswith(XML_PART_SUFFIXES)
        if xml and entry.file_size > MAX_XML_PART_BYTES:
            raise unpacks_too_large(kind, MAX_XML_PART_WORDED)


def check_unpacked_file(path: Path, kind: str) -> None:
    """`check_unpacked_size` for a file that may not be a ZIP at all (then its reader says why)."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except OSError:
        raise
    except Exception:  # not a ZIP, or a damaged one: the reader says why
        return
    check_unpacked_size(entries, kind)


def is_encrypted_ooxml(path: Path) -> bool:
    """Whether `path` is an OLE2 file holding an "EncryptedPackage" stream: a password-protected
    .docx, .pptx or .xlsx.

    The directory can lie anywhere in the file, so the file is scanned for the stream's name
    rather than parsed: this runs only for OLE2 files, which are refused either way.
    """
    overlap = len(_ENCRYPTED_PACKAGE) - 1
    tail = b""
    with path.open("rb") as file:
        if file.read(len(_OLE2_MAGIC)) != _OLE2_MAGIC:
            return False
        while block := file.read(_SCAN_BLOCK):
            if _ENCRYPTED_PACKAGE in tail + block:
                return True
            tail = block[-overlap:]
    return False
