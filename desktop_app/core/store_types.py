"""What the document store takes and gives back: plain frozen records, no behaviour of the store.

A leaf module (standard library only), so that retrieval, ingest, the UI and both store
implementations can share these types without importing the store itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileRecord:
    path: str
    content_hash: str
    size: int
    chunk_count: int
    page_count: int | None
    # How the file was cut into chunks (chunker version, sizes): a file indexed under other
    # settings is re-indexed, never silently kept (see pipeline.ChunkingOptions.fingerprint).
    chunking: str = ""
    mtime: float = 0.0


@dataclass(frozen=True)
class StoredChunk:
    """A chunk ready to store: where it came from and its text."""

    path: str
    number: int  # position within its file
    page: int | None
    start: int
    end: int
    text: str
    heading: str = ""  # the heading path in effect ("3 Functions > 3.2 Arguments")

    @property
    def embedded_text(self) -> str:
        """What is embedded and keyword-indexed: the heading path, then the text."""
        return f"{self.heading}\n{self.text}" if self.heading else self.text


@dataclass(frozen=True)
class LibraryFile:
    """A file as the documents panel shows it."""

    path: str
    state: str  # "indexed", "failed", or "pending" (not indexed yet, or interrupted)
    chunks: int = 0
    pages: int | None = None
    error_code: str | None = None
    error_params: dict | None = None


@dataclass(frozen=True)
class LibraryCollection:
    name: str
    files: tuple[LibraryFile, ...]


@dataclass(frozen=True)
class Hit:
    path: str
    page: int | None
    score: float  # cosine similarity for vector search; the fused rank score for hybrid
    text: str
    start: int
    end: int
    heading: str = ""
    chunk: int = -1  # the chunk's number within its file

    @property
    def chunk_id(self) -> str:
        return chunk_id(self.path, self.chunk)

    def to_json(self) -> dict:
        """The passage as `lokal search/ask --json` and the API's `lokal.sources` give it."""
        return {
            "path": self.path,
            "page": self.page,
            "heading": self.heading,
            "score": self.score,
            "text": self.text,
        }


def chunk_id(path: str, number: int) -> str:
    """The stored id of a file's chunk: the same path and number always give the same id, so
    storing a chunk again replaces it (see the write order in store.py)."""
    return f"{hashlib.sha1(path.encode('utf-8')).hexdigest()[:20]}:{number}"


def content_hash(path: Path) -> str:
    """The SHA-256 of a file's bytes: what the store records to notice a changed file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
