"""Hostile documents, made here, each failing alone with its own reason while the rest go on.

Zip bombs for every ZIP format, billion laughs, a shared string that unpacks to 120 MB, a ZIP
directory that lies about sizes, EPUB chapters outside the book, a sparse 1 GB text file, a
50 MB line, 5,000 blank pages, UTF-16 without a byte order mark, mislabelled and truncated
files, a name that is not UTF-8, a path past PATH_MAX, a file deleted while waiting its turn...
All of them are indexed in ONE run of `index_paths` with two good files, with the real embedder
and a real store: each bad one gets its FileFailed with the code in HOSTILE, the good ones are
found by search, the run finishes, and the memory of the test process and its children stays
bounded (sampled with psutil).

The ZIPs are written by hand (`RawZip`) so that one compressed block of 100 MB of spaces, made
once, can be shared by many entries: a bomb costs a few kilobytes and no time to write.
"""

from __future__ import annotations

import io
import os
import struct
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest import limits
from desktop_app.core.ingest.preparation import prepare_file
from desktop_app.core.ingest.readers import read_document

MB = 1 << 20

# -- ZIPs by hand -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    name: str
    data: bytes  # raw deflate (method 8) or stored bytes (method 0)
    crc: int
    size: int  # the size the directory declares
    method: int = zipfile.ZIP_DEFLATED


def entry(name: str, content: bytes) -> Entry:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = compressor.compress(content) + compressor.flush()
    return Entry(name, data, zlib.crc32(content), len(content))


@lru_cache(maxsize=4)
def deflated_stream(prefix: bytes, fill: bytes, megabytes: int, suffix: bytes) -> Entry:
    """prefix + `megabytes` MB of `fill` + suffix, compressed once (streamed: little memory)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = fill * (MB // len(fill))
    pieces, crc = [compressor.compress(prefix)], zlib.crc32(prefix)
    for _ in range(megabytes):
        pieces.append(compressor.compress(block))
        crc = zlib.crc32(block, crc)
    pieces += [compressor.compress(suffix), compressor.flush()]
    crc = zlib.crc32(suffix, crc)
    return Entry("", b"".join(pieces), crc, len(prefix) + megabytes * len(block) + len(suffix))


def spaces(megabytes: int = 100) -> Entry:
    return deflated_stream(b"", b" ", megabytes, b"")


def write_zip(path: Path, entries: list[Entry]) -> Path:
    local, central = io.BytesIO(), io.BytesIO()
    for item in entries:
        name = item.name.encode()
        offset = local.tell()
        header = (20, 0, item.method, 0, 0x21, item.crc, len(item.data), item.size, len(name), 0)
        local.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *header) + name + item.data)
        central.write(
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHHHHHII", *header, 0, 0, 0, 0, offset)
            + name
        )
    directory = central.getvalue()
    count, start = len(entries), local.tell()
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), start, 0)
    path.write_bytes(local.getvalue() + directory + end)
    return path


def parts_of(data: bytes) -> list[Entry]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [entry(name, archive.read(name)) for name in archive.namelist()]


def renamed(item: Entry, name: str) -> Entry:
    return Entry(name, item.data, item.crc, item.size, item.method)


# -- small real documents, as their libraries write them ----------------------------------------


def docx_bytes(text: str = "A sentence in a Word document.") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(rows=(("Name", "Town"), ("Søren", "Århus"))) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def pptx_bytes(text: str = "A slide about ferries.") -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1)).text = text
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def odt_bytes(text: str = "A paragraph in LibreOffice.") -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text=text))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)


def epub_entries(hrefs: dict[str, str], opf_prefix: str = "") -> list[Entry]:
    """An EPUB whose manifest lists `hrefs` (id -> href) in spine order; one chapter stored."""
    manifest = "".join(
        f'<item id="{key}" href="{href}" media-type="application/xhtml+xml"/>'
        for key, href in hrefs.items()
    )
    spine = "".join(f'<itemref idref="{key}"/>' for key in hrefs)
    package = (
        f'<?xml version="1.0" encoding="utf-8"?>{opf_prefix}'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        f"<manifest>{manifest}</manifest><spine>{spine}</spine></package>"
    )
    chapter = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        "<body><h1>Chapter</h1><p>The lighthouse keeper counts ships.</p></body></html>"
    )
    return [
        Entry("mimetype", b"application/epub+zip", zlib.crc32(b"application/epub+zip"), 20, 0),
        entry("META-INF/container.xml", CONTAINER.encode()),
        entry("OEBPS/content.opf", package.encode()),
        entry("OEBPS/chapter.xhtml", chapter.encode()),
    ]


def laughs(root: str) -> bytes:
    """The "billion laughs": ten levels of entities, each ten of the one below, 10^9 in all."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
    ]
    return f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(entities)}]>{root}'.encode()


def replaced(data: bytes, name: str, content: bytes) -> list[Entry]:
    return [entry(name, content) if part.name == name else part for part in parts_of(data)]


def minimal_pdf(pages: int) -> bytes:
    """A valid PDF of `pages` empty pages, written directly (QPdfWriter takes ~1 ms a page)."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>"]
    kids = " ".join(f"{3 + n} 0 R" for n in range(pages))
    objects.append(f"<</Type/Pages/Kids[{kids}]/Count {pages}>>".encode())
    objects += [b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>"] * pages
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(
        b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    )
    return out.getvalue()


# -- the hostile files --------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096)
GOOD_PDF_TEXT = "The harbour office in Esbjerg opens at seven. Ferries leave every hour."
# The text of the PDFs the hostile ones are made from (cut, renamed, repaired...).
SOURCE_PDF_TEXT = "A report on the number of bicycles parked at the railway station."
DANISH = "Færgen til Ærø sejler fra Svendborg hver anden time, også om søndagen."


def good_pdf(folder: Path) -> bytes:
    from tests.pdfs import write_pdf

    pages = [SOURCE_PDF_TEXT, "Second page: the count was taken in May."]
    return write_pdf(folder / "source.pdf", pages).read_bytes()


def bomb(kind_bytes: bytes, count: int = 6) -> list[Entry]:
    """A real document with `count` entries of 100 MB of spaces: 600 MB declared, kilobytes."""
    return parts_of(kind_bytes) + [renamed(spaces(), f"media/bomb{n}.bin") for n in range(count)]


def huge_shared_string_xlsx(path: Path) -> Path:
    """A workbook whose every cell shows one shared string of 120 MB (the probe's 438 KB file)."""
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c><c r="B{r}" t="s"><v>0</v></c></row>'
        for r in range(1, 51)
    )
    parts = replaced(
        xlsx_bytes(),
        "xl/worksheets/sheet1.xml",
        (
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{rows}</sheetData></worksheet>"
        ).encode(),
    )
    for number, part in enumerate(parts):
        if part.name == "[Content_Types].xml":
            types = (
                zipfile.ZipFile(io.BytesIO(xlsx_bytes()))
                .read(part.name)
                .replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            )
            parts[number] = entry(part.name, types)
        if part.name == "xl/_rels/workbook.xml.rels":
            rels = (
                zipfile.ZipFile(io.BytesIO(xlsx_bytes()))
                .read(part.name)
                .replace(
                    b"</Relationships>",
                    b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId9"/>'
                    b"</Relationships>",
                )
            )
            parts[number] = entry(part.name, rels)
    shared = deflated_stream(
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="1"><si><t>',
        b"a",
        120,
        b"</t></si></sst>",
    )
    return write_zip(path, [*parts, renamed(shared, "xl/sharedStrings.xml")])


def header_amplified_xlsx(path: Path) -> Path:
    """Ten header cells of 30,000 characters over 5,000 rows of ones: each row repeats the
    header, 1.5 billion characters from a file of a few hundred kilobytes."""
    header = [f"{n}" + "h" * 30_000 for n in range(10)]
    path.write_bytes(xlsx_bytes([header] + [[1] * 10 for _ in range(5_000)]))
    return path


def lying_directory_docx(path: Path) -> Path:
    """word/document.xml says 4 KB in the directory but inflates to 100 MB."""
    parts = parts_of(docx_bytes())
    lie = spaces()
    parts = [
        Entry(p.name, lie.data, lie.crc, 4096) if p.name == "word/document.xml" else p
        for p in parts
    ]
    return write_zip(path, parts)


def too_long_path(folder: Path) -> Path:
    """A file whose absolute path is longer than PATH_MAX (4096 on Linux), made with dir fds."""
    os.makedirs(folder, exist_ok=True)
    name = "d" * 200
    descriptor = os.open(folder, os.O_RDONLY)
    depth = 4200 // (len(name) + 1) + 1
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=descriptor)
            inner = os.open(name, os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        handle = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
        os.write(handle, b"Too deep to be opened by its path.")
        os.close(handle)
    finally:
        os.close(descriptor)
    return Path(folder, *[name] * depth, "deep.txt")


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# name -> (maker(folder) -> path, expected): expected is an error code, or "indexed" for a
# hostile file that must be read anyway (UTF-16 without a mark, a PDF PDFium repairs, ...).
Maker = Callable[[Path], Path]
HOSTILE: dict[str, tuple[Maker, str]] = {
    # PDF
    "truncated.pdf": (lambda d: written(d / "truncated.pdf", good_pdf(d)[:300]), "pdf_damaged"),
    "garbage.pdf": (
        lambda d: written(d / "garbage.pdf", b"%PDF-1.7\n" + os.urandom(20_000)),
        "pdf_damaged",
    ),
    "broken-xref.pdf": (
        lambda d: written(d / "broken-xref.pdf", good_pdf(d).replace(b"startxref", b"startxrXf")),
        "indexed",  # PDFium rebuilds a broken cross-reference table
    ),
    "encrypted.pdf": (
        lambda d: __import__("tests.pdfs", fromlist=["encrypt_pdf"]).encrypt_pdf(
            written(d / "plain.bin", good_pdf(d)), d / "encrypted.pdf"
        ),
        "pdf_encrypted",
    ),
    "png-named.pdf": (lambda d: written(d / "png-named.pdf", PNG), "pdf_damaged"),
    "zero-bytes.pdf": (lambda d: written(d / "zero-bytes.pdf", b""), "empty_file"),
    "5000-blank-pages.pdf": (
        lambda d: written(d / "5000-blank-pages.pdf", minimal_pdf(5000)),
        "pdf_no_text",
    ),
    # zip bombs, one per ZIP format: 600 MB declared in a few kilobytes
    "bomb.docx": (lambda d: write_zip(d / "bomb.docx", bomb(docx_bytes())), "unpacks_too_large"),
    "bomb.xlsx": (lambda d: write_zip(d / "bomb.xlsx", bomb(xlsx_bytes())), "unpacks_too_large"),
    "bomb.pptx": (lambda d: write_zip(d / "bomb.pptx", bomb(pptx_bytes())), "unpacks_too_large"),
    "bomb.odt": (lambda d: write_zip(d / "bomb.odt", bomb(odt_bytes())), "unpacks_too_large"),
    "bomb.epub": (
        lambda d: write_zip(
            d / "bomb.epub",
            epub_entries({"c1": "chapter.xhtml"})
            + [renamed(spaces(), f"OEBPS/bomb{n}.xhtml") for n in range(6)],
        ),
        "unpacks_too_large",
    ),
    "chapter-bomb.epub": (  # one 100 MB chapter: under the total, over a chapter's bound
        lambda d: write_zip(
            d / "chapter-bomb.epub",
            [
                *epub_entries({"c1": "big.xhtml"}),
                renamed(
                    deflated_stream(b"<html><body><p>", b"w ", 40, b"</p></body></html>"),
                    "OEBPS/big.xhtml",
                ),
            ],
        ),
        "unpacks_too_large",
    ),
    "shared-string.xlsx": (
        lambda d: huge_shared_string_xlsx(d / "shared-string.xlsx"),
        "unpacks_too_large",
    ),
    "header-amplified.xlsx": (
        lambda d: header_amplified_xlsx(d / "header-amplified.xlsx"),
        "text_too_large",
    ),
    "lying-directory.docx": (
        lambda d: lying_directory_docx(d / "lying-directory.docx"),
        "docx_damaged",
    ),
    # billion laughs, in the part each reader parses first
    "laughs.docx": (
        lambda d: write_zip(
            d / "laughs.docx",
            replaced(
                docx_bytes(),
                "word/document.xml",
                laughs(
                    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                    '2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body>'
                    "</w:document>"
                ),
            ),
        ),
        "docx_damaged",  # libxml2 refuses the amplification
    ),
    "laughs.odt": (
        lambda d: write_zip(
            d / "laughs.odt",
            replaced(
                odt_bytes(),
                "content.xml",
                laughs(
                    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
                    'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:'
                    '1.0"><office:body><office:text><text:p>&lol9;</text:p></office:text>'
                    "</office:body></office:document-content>"
                ),
            ),
        ),
        "document_damaged",  # expat refuses the amplification
    ),
    "laughs.xlsx": (
        lambda d: write_zip(
            d / "laughs.xlsx",
            replaced(
                xlsx_bytes(),
                "xl/worksheets/sheet1.xml",
                laughs(
                    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                    'main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t>'
                    "</is></c></row></sheetData></worksheet>"
                ),
            ),
        ),
        "document_damaged",  # defusedxml forbids entities
    ),
    "laughs.pptx": (
        lambda d: write_zip(
            d / "laughs.pptx",
            replaced(
                pptx_bytes(),
                "ppt/slides/slide1.xml",
                laughs(
                    '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/'
                    'main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                    '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
                    "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld>&lol9;</p:sld>"
                ),
            ),
        ),
        "document_damaged",  # libxml2 refuses the amplification
    ),
    "laughs.epub": (
        lambda d: write_zip(
            d / "laughs.epub",
            [
                e
                if e.name != "OEBPS/content.opf"
                else entry(e.name, laughs("<package>&lol9;</package>"))
                for e in epub_entries({"c1": "chapter.xhtml"})
            ],
        ),
        "document_damaged",  # expat refuses it: content.opf is not valid XML
    ),
    # EPUB
    "escaping.epub": (
        lambda d: write_zip(
            d / "escaping.epub", epub_entries({"c1": "../../etc/passwd.xhtml", "c2": "../x.html"})
        ),
        "document_damaged",  # its chapters point outside the book
    ),
    "random.epub": (lambda d: written(d / "random.epub", os.urandom(10_000)), "document_damaged"),
    # mislabelled and truncated office files
    "pdf-named.docx": (lambda d: written(d / "pdf-named.docx", good_pdf(d)), "docx_damaged"),
    "png-named.xlsx": (lambda d: written(d / "png-named.xlsx", PNG), "document_damaged"),
    "truncated.pptx": (
        lambda d: written(d / "truncated.pptx", pptx_bytes()[: len(pptx_bytes()) // 2]),
        "document_damaged",
    ),
    "truncated.odt": (
        lambda d: written(d / "truncated.odt", odt_bytes()[: len(odt_bytes()) // 2]),
        "document_damaged",
    ),
    "ole2.xlsx": (lambda d: written(d / "ole2.xlsx", OLE2), "document_damaged"),
    # plain text
    "sparse-1GB.txt": (lambda d: sparse(d / "sparse-1GB.txt", 1 << 30), "text_too_large"),
    "one-line-50MB.txt": (
        lambda d: written(d / "one-line-50MB.txt", b"word" * (50 * MB // 4)),
        "text_too_large",
    ),
    "random.txt": (lambda d: written(d / "random.txt", os.urandom(20_000)), "binary_file"),
    "empty.txt": (lambda d: written(d / "empty.txt", b""), "empty_file"),
    "blank.md": (lambda d: written(d / "blank.md", b" \n\t\n  \r\n" * 100), "empty_file"),
    "utf16le-no-bom.txt": (
        lambda d: written(
            d / "utf16le-no-bom.txt", "The lock code of the boathouse is 3141.".encode("utf-16-le")
        ),
        "indexed",
    ),
    "utf16be-no-bom.txt": (
        lambda d: written(d / "utf16be-no-bom.txt", DANISH.encode("utf-16-be")),
        "indexed",
    ),
    "huge-field.csv": (
        lambda d: written(d / "huge-field.csv", b'a,b\n"' + b"x" * 300_000 + b'",1\n'),
        "csv_damaged",
    ),
    "header-amplified.csv": (
        lambda d: written(
            d / "header-amplified.csv",
            (",".join("c" * 2000 + str(n) for n in range(1000)) + "\n").encode()
            + (",".join("1" * 1000) + "\n").encode() * 2000,
        ),
        "text_too_large",
    ),
    "deep.html": (
        lambda d: written(
            d / "deep.html",
            b"<div>" * 200_000
            + b"<p>The deepest paragraph is still read.</p>"
            + b"</div>" * 200_000,
        ),
        "indexed",  # the HTML reader keeps no stack of elements: depth costs nothing
    ),
    "sparse-1GB.html": (lambda d: sparse(d / "sparse-1GB.html", 1 << 30), "text_too_large"),
}


def unix_only_cases(folder: Path) -> dict[str, tuple[Path, str]]:
    """Paths only a POSIX file system can hold: made here when it can, else left out."""
    cases = {}
    if sys.platform.startswith("linux"):
        odd = folder / os.fsdecode(b"caf\xe9-latin1-name.txt")
        odd.write_text("A name from an old disk.")
        cases["non-UTF-8 name"] = (odd, "path_unusable")
        cases["path over PATH_MAX"] = (too_long_path(folder / "deep"), "path_unusable")
    if hasattr(os, "mkfifo"):
        fifo = folder / "fifo.txt"
        os.mkfifo(fifo)
        cases["FIFO named .txt"] = (fifo, "unreadable")
    loop = folder / "loop.txt"
    try:
        os.symlink(folder / "loop-b.txt", loop)
        os.symlink(loop, folder / "loop-b.txt")
        cases["symbolic link loop"] = (loop, "not_found")
    except (OSError, NotImplementedError):
        pass
    if hasattr(os, "geteuid") and os.geteuid() != 0:  # root reads anything
        locked = written(folder / "locked.txt", b"Nobody may read this.")
        locked.chmod(0)
        cases["permission denied"] = (locked, "unreadable")
    return cases


def make_hostile(folder: Path) -> dict[str, tuple[Path, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    made = {name: (maker(folder), expected) for name, (maker, expected) in HOSTILE.items()}
    made.update(unix_only_cases(folder))
    return made


# -- memory, sampled ----------------------------------------------------------------------------


class PeakMemory:
    """The largest RSS of this process and of each of its children, sampled every 50 ms."""

    def __init__(self) -> None:
        import psutil

        self._me = psutil.Process()
        self.own = 0
        self.child = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_exc):
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        import psutil

        while not self._stop.wait(0.05):
            try:
                self.own = max(self.own, self._me.memory_info().rss)
                for child in self._me.children(recursive=True):
                    self.child = max(self.child, child.memory_info().rss)
            except psutil.Error:
                continue  # a child that just ended


# -- the proofs ---------------------------------------------------------------------------------

# Prepared alone (the tokenizer, no embedder, no pipeline): each fails in seconds with its reason.
REFUSED = [name for name, (_maker, expected) in HOSTILE.items() if expected != "indexed"]


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory, qapp):
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="module")
def options():
    """Chunking as the app does it; only the embedder's tokenizer is needed (no weights)."""
    from desktop_app import services
    from desktop_app.config import Settings

    return services.chunking_options(Settings(), services.make_embedder(Settings()))


def own_folder(root: Path, name: str) -> Path:
    folder = root / name.replace(".", "_")
    folder.mkdir(exist_ok=True)
    return folder


@pytest.mark.parametrize("name", REFUSED)
def test_each_hostile_document_is_refused_alone_with_its_reason(hostile_folder, options, name):
    maker, expected = HOSTILE[name]
    path = maker(own_folder(hostile_folder, name))
    started = time.monotonic()
    with pytest.raises(DocumentError) as caught:
        prepare_file(str(path), options)
    assert caught.value.code == expected, caught.value.message
    assert time.monotonic() - started < 30


def test_utf16_without_a_byte_order_mark_is_read_in_english_and_danish(tmp_path):
    for encoding in ("utf-16-le", "utf-16-be"):
        for text in ("The lock code of the boathouse is 3141.", DANISH):
            path = written(tmp_path / f"{encoding}.txt", text.encode(encoding))
            [page] = read_document(path).pages
            assert page.text == text


def test_epub_whose_chapters_all_escape_the_book_says_so(tmp_path):
    path = write_zip(tmp_path / "escaping.epub", epub_entries({"c1": "../../etc/passwd.xhtml"}))
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.code == "document_damaged"
    assert caught.value.params == {"kind": "EPUB", "detail": "its chapters point outside the book"}


def test_epub_zip_bomb_unpacks_too_large(tmp_path):
    entries = epub_entries({"c1": "chapter.xhtml"})
    path = write_zip(
        tmp_path / "bomb.epub", entries + [renamed(spaces(), f"OEBPS/b{n}") for n in range(6)]
    )
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.code == "unpacks_too_large"
    assert caught.value.params == {"kind": "EPUB", "limit": limits.MAX_UNPACKED_WORDED}


# -- all of them in one run, with two good files ------------------------------------------------


def of_type(events, kind):
    return [event for event in events if isinstance(event, kind)]


@pytest.fixture
def store(tmp_path, embedder):
    from desktop_app.core.store import DocumentStore

    opened = DocumentStore(tmp_path / "data", embedder.name)
    yield opened
    opened.close()


def run_index(paths, store, embedder, on_event=None):
    from desktop_app import services
    from desktop_app.config import Settings
    from desktop_app.core.ingest import pipeline

    options = services.chunking_options(Settings(), embedder)
    events = []
    for event in pipeline.index_paths(paths, store, embedder, options):
        events.append(event)
        if on_event:
            on_event(event)
    return events


@pytest.mark.long
def test_every_hostile_document_fails_alone_in_one_run_and_the_good_ones_are_found(
    tmp_path, qapp, store, embedder
):
    from desktop_app.core import retrieval
    from desktop_app.core.ingest import pipeline
    from tests.pdfs import write_pdf

    made_at = time.monotonic()
    hostile = make_hostile(tmp_path / "hostile")
    (tmp_path / "good").mkdir()
    good_text = tmp_path / "good" / "notes.txt"
    good_text.write_text("The spare key of the Skagen cottage hangs behind the blue door.")
    good_pdf_path = write_pdf(tmp_path / "good" / "guide.pdf", [GOOD_PDF_TEXT, "Page two."])
    # Deleted when its turn comes: by then it was planned (and prepared) ahead.
    vanishing = written(tmp_path / "good" / "vanishing.txt", b"Here now, gone before its turn.")
    hostile["file deleted while waiting"] = (vanishing, "not_found")
    order = [good_text, vanishing] + [path for path, _ in hostile.values() if path != vanishing]
    order.append(good_pdf_path)
    made_in = time.monotonic() - made_at

    def delete_when_its_turn_comes(event):
        if isinstance(event, pipeline.FileStarted) and event.path == str(vanishing):
            vanishing.unlink()

    started = time.monotonic()
    with PeakMemory() as memory:
        events = run_index(order, store, embedder, delete_when_its_turn_comes)
    took = time.monotonic() - started

    assert isinstance(events[-1], pipeline.RunFinished)
    failed = {event.path: event.error.code for event in of_type(events, pipeline.FileFailed)}
    indexed = {event.path for event in of_type(events, pipeline.FileIndexed)}
    outcome = {}
    for name, (path, _expected) in hostile.items():
        shown = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        key = str(path) if str(path) in failed or str(path) in indexed else shown
        outcome[name] = "indexed" if key in indexed else failed.get(key, "(no event)")
    expected = {name: code for name, (_path, code) in hostile.items()}
    assert outcome == expected
    assert {str(good_text), str(good_pdf_path)} <= indexed
    finished = events[-1]
    assert finished.failed == sum(code != "indexed" for code in expected.values())
    assert not finished.cancelled

    hits = retrieval.search(store, embedder, "Where is the spare key of the cottage?", 3)
    assert hits[0].path == str(good_text)
    hits = retrieval.search(store, embedder, "When does the harbour office in Esbjerg open?", 3)
    assert hits[0].path == str(good_pdf_path)

    print(
        f"\n{len(hostile)} hostile files (+2 good) made in {made_in:.1f} s, indexed in one run"
        f" in {took:.1f} s; peak RSS: test process {memory.own / MB:.0f} MB, largest child"
        f" {memory.child / MB:.0f} MB"
    )
    assert len(hostile) >= 30
    assert memory.child < 2048 * MB
    assert memory.own < 3072 * MB  # the embedder and chromadb live here


# -- one file's trouble never stops the run -----------------------------------------------------


def outcomes(events):
    from desktop_app.core.ingest import pipeline

    assert isinstance(events[-1], pipeline.RunFinished)
    failed = {e.path: e.error.code for e in events if isinstance(e, pipeline.FileFailed)}
    indexed = {e.path for e in events if isinstance(e, pipeline.FileIndexed)}
    return failed, indexed


def three_notes(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    notes = []
    for number in range(3):
        note = folder / f"note-{number}.txt"
        note.write_text(f"Note {number}: the tram number {number} stops at the museum.")
        notes.append(note)
    return notes


def test_a_file_deleted_while_waiting_its_turn_fails_alone(tmp_path, store, embedder):
    from desktop_app.core.ingest import pipeline

    first, vanishing, last = three_notes(tmp_path)

    def delete_when_its_turn_comes(event):
        # By its turn it was planned and prepared ahead, while the first file was indexed.
        if isinstance(event, pipeline.FileStarted) and event.path == str(vanishing):
            vanishing.unlink()

    failed, indexed = outcomes(
        run_index([first, vanishing, last], store, embedder, delete_when_its_turn_comes)
    )
    assert failed == {str(vanishing): "not_found"}
    assert indexed == {str(first), str(last)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names need not be UTF-8 here")
def test_a_name_that_is_not_utf8_fails_alone(tmp_path, store, embedder):
    notes = three_notes(tmp_path / "folder")
    odd = tmp_path / "folder" / os.fsdecode(b"r\xe6kke-latin1.txt")
    odd.write_text("Written on a disk from another locale.")
    failed, indexed = outcomes(run_index([tmp_path / "folder"], store, embedder))
    shown = str(odd).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    assert failed == {shown: "path_unusable"}
    assert indexed == {str(note) for note in notes}
    assert {record.path for record in store.files()} == indexed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PATH_MAX is Linux's 4096")
def test_a_path_longer_than_path_max_fails_alone(tmp_path, store, embedder):
    notes = three_notes(tmp_path / "notes")
    deep = too_long_path(tmp_path / "deep")
    failed, indexed = outcomes(run_index([notes[0], deep, *notes[1:]], store, embedder))
    assert failed == {str(deep): "path_unusable"}
    assert indexed == {str(note) for note in notes}
    # Inside a folder too: the part too deep to open is reported, the rest indexed.
    three_notes(tmp_path / "deep")
    failed, indexed = outcomes(run_index([tmp_path / "deep"], store, embedder))
    assert list(failed.values()) == ["path_unusable"]
    assert len(indexed) == 3


def test_an_unforeseen_error_in_one_file_fails_that_file_only(
    tmp_path, store, embedder, monkeypatch
):
    from desktop_app.core.ingest import pipeline

    first, cursed, last = three_notes(tmp_path)
    real_hash = pipeline.content_hash

    def hash_that_breaks_on_one_file(path):
        if Path(path) == cursed:
            raise RuntimeError("a bug nobody foresaw")
        return real_hash(path)

    monkeypatch.setattr(pipeline, "content_hash", hash_that_breaks_on_one_file)
    events = run_index([first, cursed, last], store, embedder)
    failed, indexed = outcomes(events)
    assert failed == {str(cursed): "unreadable"}
    [failure] = [e for e in events if isinstance(e, pipeline.FileFailed)]
    assert failure.error.params == {"detail": "RuntimeError"}
    assert indexed == {str(first), str(last)}


def test_too_many_passages_is_refused_before_the_offsets_fill_memory(
    tmp_path, options, monkeypatch
):
    from desktop_app.core.ingest import preparation

    monkeypatch.setattr(preparation, "MAX_PASSAGES", 20)
    path = written(tmp_path / "symbols.txt", b"! " * 200_000)  # one token a character
    with pytest.raises(DocumentError) as caught:
        prepare_file(str(path), options)
    assert caught.value.code == "too_many_passages"
    assert caught.value.params == {"limit": limits.MAX_PASSAGES_WORDED}


def test_a_document_with_more_text_than_the_limit_is_refused(tmp_path, options, monkeypatch):
    from desktop_app.core.ingest import preparation

    monkeypatch.setattr(preparation, "TextBudget", lambda: limits.TextBudget(limit=1000))
    path = written(tmp_path / "long.md", b"A sentence about boats.\n" * 100)
    with pytest.raises(DocumentError) as caught:
        prepare_file(str(path), options)
    assert caught.value.code == "text_too_large"
