"""E-books (.epub): one page per document of the book's spine, in reading order.

META-INF/container.xml names the package document (OPF); its spine lists the XHTML documents in
reading order, and each is read like a web page, h1-h6 giving the headings. Page numbers are
None: EPUB text reflows, so a spine position is no page a reading app shows, and "page 7" in a
citation would send the reader looking in the wrong place. The headings locate a passage
instead: a page's context is the heading path in effect where it starts, since books are often
split into files mid-chapter.

The XML is parsed with ElementTree, which never fetches external entities or DTDs; expat
(>= 2.4) refuses the "billion laughs" entity expansion.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.document import Heading, Page, ReadResult, short_reason
from desktop_app.core.ingest.formats.html_page import html_text
from desktop_app.core.ingest.formats.packages import check_package, damaged
from desktop_app.core.ingest.limits import TextBudget, unpacks_too_large

KIND = "EPUB"
_CONTAINER = "META-INF/container.xml"
_ENCRYPTION = "META-INF/encryption.xml"
_HTML_TYPES = {"application/xhtml+xml", "text/html"}
# No chapter is this large; a bigger part is a ZIP bomb or not text, and is skipped (and when
# nothing else is left, the book is refused as unpacking too large).
_MAX_PART_BYTES = 32 << 20
_MAX_PART_WORDED = "32 MB in one chapter"
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def read_epub(path: Path) -> ReadResult:
    check_package(path, KIND, (_CONTAINER,))
    try:
        with zipfile.ZipFile(path) as archive:
            pages = _read_book(archive)
    except DocumentError:
        raise
    except OSError:
        raise  # permission denied and the like: read_document reports those
    except Exception as error:  # zipfile and zlib errors on a damaged part
        raise damaged(KIND, short_reason(error)) from error
    if not pages:
        raise DocumentError("empty_file")
    return ReadResult(pages=iter(pages), page_count=None)


def _read_book(archive: zipfile.ZipFile) -> list[Page]:
    spine = _spine(archive)
    # DRM (Adobe, Apple...) encrypts the text documents; font obfuscation, which is harmless,
    # lists only fonts in the same file.
    if spine and set(spine) & _encrypted_parts(archive):
        raise damaged(KIND, "DRM protected")
    pages, open_headings = [], []  # open_headings: the (level, title) path in effect
    names = set(archive.namelist())
    budget = TextBudget()  # one for the whole book
    outside = missing = too_large = read = 0  # why chapters were skipped, to say so if all were
    for name in spine:
        # One missing chapter must not cost the rest of the book: it is skipped.
        if name.startswith("../") or name.startswith("/"):
            outside += 1  # "../../x.html": outside the book, never read
            continue
        if name not in names:
            missing += 1
            continue
        if archive.getinfo(name).file_size > _MAX_PART_BYTES:
            too_large += 1
            continue
        read += 1
        text, headings = html_text(_decode(archive.read(name)), budget)
        if not text:
            continue  # a cover image, a blank page
        context = tuple(title for _level, title in open_headings)
        pages.append(Page(number=None, text=text, headings=headings, context=context))
        _follow(open_headings, headings)
    if not read:
        _refuse_unread(outside, missing, too_large)
    return pages


def _refuse_unread(outside: int, missing: int, too_large: int) -> None:
    """No chapter of the spine could be read: say why, rather than "the file is empty"."""
    if too_large:
        raise unpacks_too_large(KIND, _MAX_PART_WORDED)
    if outside:
        raise damaged(KIND, "its chapters point outside the book")
    if missing:
        raise damaged(KIND, "its chapters are missing from the file")


def _spine(archive: zipfile.ZipFile) -> list[str]:
    """The archive names of the spine's XHTML documents, in reading order."""
    rootfile = next(
        (e.get("full-path") for e in _parse(archive, _CONTAINER).iter() if _local(e) == "rootfile"),
        None,
    )
    if not rootfile or rootfile not in archive.namelist():
        raise damaged(KIND, "the package document (OPF) is missing")
    package = _parse(archive, rootfile)
    folder = posixpath.dirname(rootfile)
    manifest = {
        item.get("id"): item for item in package.iter() if _local(item) == "item" and item.get("id")
    }
    spine = [
        manifest[ref.get("idref")]
        for ref in package.iter()
        if _local(ref) == "itemref" and ref.get("idref") in manifest
    ]
    if not spine:
        raise damaged(KIND, "the book has no spine (reading order)")
    return [
        posixpath.normpath(posixpath.join(folder, unquote(item.get("href", ""))))
        for item in spine
        if item.get("media-type") in _HTML_TYPES
    ]


def _encrypted_parts(archive: zipfile.ZipFile) -> set[str]:
    if _ENCRYPTION not in archive.namelist():
        return set()
    return {
        posixpath.normpath(unquote(reference.get("URI", "")))
        for reference in _parse(archive, _ENCRYPTION).iter()
        if _local(reference) == "CipherReference"
    }


def _parse(archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(archive.read(name))
    except ElementTree.ParseError as error:
        raise damaged(KIND, f"{name} is not valid XML") from error


def _local(element: ElementTree.Element) -> str:
    """The tag without its namespace: EPUB 2 and 3 and their producers differ in prefixes."""
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _decode(data: bytes) -> str:
    """XHTML is XML: the declaration names the encoding, and UTF-8 is the default."""
    declared = _XML_ENCODING.match(data.lstrip(b"\xef\xbb\xbf"))
    encoding = declared.group(1).decode("ascii") if declared else "utf-8-sig"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:  # an encoding Python does not know
        return data.decode("utf-8-sig", errors="replace")


def _follow(open_headings: list[tuple[int, str]], headings: tuple[Heading, ...]) -> None:
    """Update the heading path in effect with the headings of one page."""
    for heading in headings:
        while open_headings and open_headings[-1][0] >= heading.level:
            open_headings.pop()
        open_headings.append((heading.level, heading.title))
