"""The document index on disk: chunk vectors in chromadb, one record per file in SQLite.

Write order makes indexing crash-safe and resumable without duplicates:
1. `begin_file` deletes every chunk stored for the path (left from an earlier version or from
   a run that was interrupted);
2. `add_chunks` adds the new chunks in batches under ids derived from path and chunk number;
3. `finish_file` records the content hash in one SQLite transaction.
A crash before step 3 leaves no record (or the old hash), so the next run redoes the file, and
step 1 clears whatever half of it was stored. Nothing is ever indexed twice.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import DocumentError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    space        TEXT NOT NULL,
    path         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    size         INTEGER NOT NULL,
    mtime        REAL NOT NULL,
    chunk_count  INTEGER NOT NULL,
    page_count   INTEGER,
    indexed_at   REAL NOT NULL,
    PRIMARY KEY (space, path)
);
-- The user's named document collections. A file may belong to several; its chunks are stored
-- once. Membership is kept for files that failed too, so the panel can show why.
CREATE TABLE IF NOT EXISTS collections (
    name       TEXT PRIMARY KEY,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS members (
    collection TEXT NOT NULL REFERENCES collections(name) ON DELETE CASCADE ON UPDATE CASCADE,
    path       TEXT NOT NULL,
    PRIMARY KEY (collection, path)
);
-- The last failure of a file (cleared when it indexes), so a restart still shows the reason.
CREATE TABLE IF NOT EXISTS failures (
    path       TEXT PRIMARY KEY,
    code       TEXT NOT NULL,
    params     TEXT NOT NULL,
    failed_at  REAL NOT NULL
);
"""


@dataclass(frozen=True)
class FileRecord:
    path: str
    content_hash: str
    size: int
    chunk_count: int
    page_count: int | None


@dataclass(frozen=True)
class StoredChunk:
    """A chunk ready to store: where it came from and its text."""

    path: str
    number: int  # position within its file
    page: int | None
    start: int
    end: int
    text: str


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
    score: float  # cosine similarity, higher is closer
    text: str
    start: int
    end: int


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class DocumentStore:
    """Owned by one thread (the index worker in the GUI, the main thread in the CLI)."""

    def __init__(self, data_dir: Path, embedder_name: str) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.folder = data_dir / "index"
        self.folder.mkdir(parents=True, exist_ok=True)
        # Each embedding model gets its own chroma collection (its "space"): vectors of different
        # models don't mix.
        self.space = _collection_name(embedder_name)
        self._client = chromadb.PersistentClient(
            path=str(self.folder / "chroma"),
            settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False),
        )
        self._collection = self._client.get_or_create_collection(
            self.space,
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=None,  # Lokal embeds itself; chroma must never fetch a model
        )
        self._max_batch = max(1, self._client.get_max_batch_size())
        self._db = sqlite3.connect(self.folder / "files.sqlite3")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    # -- file records -------------------------------------------------------------------------

    def file_record(self, path: str) -> FileRecord | None:
        row = self._db.execute(
            "SELECT path, content_hash, size, chunk_count, page_count FROM files"
            " WHERE space = ? AND path = ?",
            (self.space, path),
        ).fetchone()
        return FileRecord(*row) if row else None

    def files(self) -> list[FileRecord]:
        rows = self._db.execute(
            "SELECT path, content_hash, size, chunk_count, page_count FROM files"
            " WHERE space = ? ORDER BY path",
            (self.space,),
        ).fetchall()
        return [FileRecord(*row) for row in rows]

    def chunk_count(self) -> int:
        return self._collection.count()

    # -- writing (see the module docstring for the order) ---------------------------------------

    def begin_file(self, path: str) -> None:
        with _disk_errors():
            self._collection.delete(where={"path": path})

    def add_chunks(self, chunks: Sequence[StoredChunk], embeddings: Sequence[Sequence[float]]):
        # chromadb's upsert holds the GIL for the whole call (~80 ms for 32 chunks here): in the
        # GUI this store runs in its own process (core/store_process.py) for that reason.
        for first in range(0, len(chunks), self._max_batch):
            batch = chunks[first : first + self._max_batch]
            with _disk_errors():
                self._collection.upsert(
                    ids=[_chunk_id(chunk.path, chunk.number) for chunk in batch],
                    embeddings=[list(vector) for vector in embeddings[first : first + len(batch)]],
                    documents=[chunk.text for chunk in batch],
                    metadatas=[_metadata(chunk) for chunk in batch],
                )

    def finish_file(
        self, path: str, digest: str, size: int, mtime: float, chunks: int, pages: int | None
    ) -> None:
        with _disk_errors(), self._db:  # one transaction
            self._db.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (self.space, path, digest, size, mtime, chunks, pages, time.time()),
            )

    def remove_file(self, path: str) -> None:
        self.begin_file(path)
        with self._db:
            self._db.execute("DELETE FROM files WHERE space = ? AND path = ?", (self.space, path))

    # -- failures -----------------------------------------------------------------------------

    def record_failure(self, path: str, code: str, params: dict) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?)",
                (path, code, json.dumps(params, default=str), time.time()),
            )

    def clear_failure(self, path: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM failures WHERE path = ?", (path,))

    def failures(self) -> dict[str, tuple[str, dict]]:
        """path -> (error code, its parameters), for files whose last attempt failed."""
        rows = self._db.execute("SELECT path, code, params FROM failures").fetchall()
        return {path: (code, json.loads(params)) for path, code, params in rows}

    # -- named collections ----------------------------------------------------------------------

    def collections(self) -> list[str]:
        rows = self._db.execute("SELECT name FROM collections ORDER BY created_at, name")
        return [name for (name,) in rows]

    def create_collection(self, name: str) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR IGNORE INTO collections VALUES (?, ?)", (name.strip(), time.time())
            )

    def rename_collection(self, old: str, new: str) -> None:
        with self._db:  # members follow through ON UPDATE CASCADE
            self._db.execute("UPDATE collections SET name = ? WHERE name = ?", (new.strip(), old))

    def add_members(self, collection: str, paths: Sequence[str]) -> None:
        self.create_collection(collection)
        with self._db:
            self._db.executemany(
                "INSERT OR IGNORE INTO members VALUES (?, ?)", [(collection, p) for p in paths]
            )

    def members(self, collection: str) -> list[str]:
        rows = self._db.execute(
            "SELECT path FROM members WHERE collection = ? ORDER BY path", (collection,)
        )
        return [path for (path,) in rows]

    def paths_in(self, collections: Sequence[str]) -> list[str]:
        marks = ",".join("?" * len(collections))
        rows = self._db.execute(
            f"SELECT DISTINCT path FROM members WHERE collection IN ({marks})", list(collections)
        )
        return [path for (path,) in rows]

    def remove_member(self, collection: str, path: str) -> None:
        """Take a file out of a collection; its chunks go when no collection holds it any more."""
        with self._db:
            self._db.execute(
                "DELETE FROM members WHERE collection = ? AND path = ?", (collection, path)
            )
        self._drop_orphans([path])

    def delete_collection(self, name: str) -> None:
        paths = self.members(name)
        with self._db:
            self._db.execute("DELETE FROM collections WHERE name = ?", (name,))
        self._drop_orphans(paths)

    def library(self) -> list[LibraryCollection]:
        """Every collection with its files and their state: one snapshot for the panel."""
        records = {record.path: record for record in self.files()}
        failures = self.failures()
        library = []
        for name in self.collections():
            files = []
            for path in self.members(name):
                if path in failures:
                    code, params = failures[path]
                    files.append(LibraryFile(path, "failed", error_code=code, error_params=params))
                elif path in records:
                    record = records[path]
                    files.append(
                        LibraryFile(path, "indexed", record.chunk_count, record.page_count)
                    )
                else:
                    files.append(LibraryFile(path, "pending"))
            library.append(LibraryCollection(name, tuple(files)))
        return library

    def _drop_orphans(self, paths: Sequence[str]) -> None:
        for path in paths:
            held = self._db.execute("SELECT 1 FROM members WHERE path = ?", (path,)).fetchone()
            if held is None:
                self.remove_file(path)
                self.clear_failure(path)

    # -- reading ------------------------------------------------------------------------------

    def query(
        self, embedding: Sequence[float], top_k: int, paths: Sequence[str] | None = None
    ) -> list[Hit]:
        """The nearest chunks; with `paths`, only chunks of those files (a chat's collections)."""
        if self._collection.count() == 0 or (paths is not None and not paths):
            return []
        where = None
        if paths is not None:
            where = {"path": {"$in": list(paths)}} if len(paths) > 1 else {"path": paths[0]}
        result = self._collection.query(
            query_embeddings=[list(embedding)],
            n_results=top_k,
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        hits = []
        for text, meta, distance in zip(
            result["documents"][0], result["metadatas"][0], result["distances"][0], strict=True
        ):
            page = meta.get("page")
            hits.append(
                Hit(
                    path=str(meta["path"]),
                    page=int(page) if page is not None else None,
                    score=round(1.0 - float(distance), 6),
                    text=text,
                    start=int(meta.get("start", 0)),
                    end=int(meta.get("end", 0)),
                )
            )
        return hits


def _collection_name(embedder_name: str) -> str:
    # Chroma names: 3-512 chars of [a-zA-Z0-9._-], starting and ending alphanumeric.
    slug = re.sub(r"[^a-zA-Z0-9._-]+", "-", embedder_name).strip("-._") or "default"
    return f"chunks-{slug}"[:200]


def _chunk_id(path: str, number: int) -> str:
    return f"{hashlib.sha1(path.encode('utf-8')).hexdigest()[:20]}:{number}"


def _metadata(chunk: StoredChunk) -> dict:
    meta = {"path": chunk.path, "chunk": chunk.number, "start": chunk.start, "end": chunk.end}
    if chunk.page is not None:
        meta["page"] = chunk.page
    return meta


@contextmanager
def _disk_errors() -> Iterator[None]:
    """Turn a full disk into a clear error; chroma reports it in its own words."""
    try:
        yield
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DocumentError("disk_full") from error
        raise
    except sqlite3.OperationalError as error:
        if "full" in str(error).lower():
            raise DocumentError("disk_full") from error
        raise
    except Exception as error:
        text = str(error).lower()
        if "no space" in text or os.strerror(errno.ENOSPC).lower() in text:
            raise DocumentError("disk_full") from error
        raise
