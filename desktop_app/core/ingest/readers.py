"""The table of formats: which reader opens a file, by its extension, and the one entry point.

Each reader (in `formats/`) turns a file into pages of text (`document.ReadResult`) or raises a
DocumentError; `read_document` picks the reader and turns OS errors into DocumentErrors too.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.document import ReadResult, short_reason
from desktop_app.core.ingest.formats.csv_table import read_csv
from desktop_app.core.ingest.formats.epub import read_epub
from desktop_app.core.ingest.formats.html_page import read_html
from desktop_app.core.ingest.formats.opendocument import read_odt
from desktop_app.core.ingest.formats.pdf import read_pdf
from desktop_app.core.ingest.formats.plain_text import read_text
from desktop_app.core.ingest.formats.slides import read_pptx
from desktop_app.core.ingest.formats.spreadsheet import read_xlsx
from desktop_app.core.ingest.formats.word import read_docx

# Read as plain text: markup, logs, data and configuration files, and source code. A binary file
# that shares an extension (a .ts video, a .m MATLAB file saved in binary) is refused by
# decode_text as binary data.
_TEXT_SUFFIXES = (
    ".txt", ".md", ".markdown", ".rst", ".log",
    ".json", ".yaml", ".yml", ".toml", ".ini", ".cfg",
    ".py", ".js", ".ts", ".java", ".c", ".h", ".cpp", ".hpp", ".cs", ".go", ".rs", ".rb", ".php",
    ".sh", ".sql", ".swift", ".kt", ".m", ".r", ".lua", ".pl", ".scala",
)  # fmt: skip

READERS: dict[str, Callable[[Path], ReadResult]] = {
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".pptx": read_pptx,
    ".xlsx": read_xlsx,
    ".odt": read_odt,
    ".epub": read_epub,
    ".html": read_html,
    ".htm": read_html,
    ".csv": read_csv,
    **dict.fromkeys(_TEXT_SUFFIXES, read_text),
}

SUPPORTED_SUFFIXES = tuple(sorted(READERS))


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_document(path: Path) -> ReadResult:
    """Open `path` with the reader for its extension; a DocumentError says why it can't be read."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DocumentError(
            "unsupported_type",
            suffix=path.suffix or path.name,
            supported=", ".join(SUPPORTED_SUFFIXES),
        )
    try:
        if not path.is_file():
            if path.exists():  # a folder, a FIFO, a device: reading it could hang
                raise DocumentError("unreadable", detail="not a regular file")
            raise DocumentError("not_found")
        if path.stat().st_size == 0:
            raise DocumentError("empty_file")
        return reader(path)
    except DocumentError:
        raise
    except OSError as error:
        raise file_error(error) from error


def file_error(error: OSError) -> DocumentError:
    """The DocumentError for an OS error met opening or reading one file."""
    if isinstance(error, FileNotFoundError):
        return DocumentError("not_found")  # deleted meanwhile
    if error.errno == errno.ENAMETOOLONG:
        return DocumentError("path_unusable", detail="the path is too long")
    if isinstance(error, PermissionError):
        return DocumentError("unreadable", detail="permission denied")
    return DocumentError("unreadable", detail=short_reason(error))
