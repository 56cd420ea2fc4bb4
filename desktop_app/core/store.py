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
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.keyword_index import KeywordIndex

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
-- Folders the user added: watched for new, changed and deleted files (see pipeline.py).
CREATE TABLE IF NOT EXISTS watched_folders (
    collection TEXT NOT NULL REFERENCES collections(name) ON DELETE CASCADE ON UPDATE CASCADE,
    folder     TEXT NOT NULL,
    PRIMARY KEY (collection, folder)
);
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
        return _chunk_id(self.path, self.chunk)


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
        _add_missing_columns(self._db)
        self.keywords = KeywordIndex(self._db, self.folder, self.space)

    def close(self) -> None:
        self._db.close()

    # -- file records -------------------------------------------------------------------------

    def file_record(self, path: str) -> FileRecord | None:
        row = self._db.execute(
            "SELECT path, content_hash, size, chunk_count, page_count, chunking, mtime FROM files"
            " WHERE space = ? AND path = ?",
            (self.space, path),
        ).fetchone()
        return FileRecord(*row) if row else None

    def files(self) -> list[FileRecord]:
        rows = self._db.execute(
            "SELECT path, content_hash, size, chunk_count, page_count, chunking, mtime FROM files"
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
            self.keywords.remove_path(path)

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
                self.keywords.add(
                    [_chunk_id(chunk.path, chunk.number) for chunk in batch],
                    [chunk.path for chunk in batch],
                    [chunk.embedded_text for chunk in batch],
                )

    def finish_file(
        self,
        path: str,
        digest: str,
        size: int,
        mtime: float,
        chunks: int,
        pages: int | None,
        chunking: str = "",
    ) -> None:
        with _disk_errors(), self._db:  # one transaction
            self._db.execute(
                "INSERT OR REPLACE INTO files"
                " (space, path, content_hash, size, mtime, chunk_count, page_count, indexed_at,"
                " chunking) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.space, path, digest, size, mtime, chunks, pages, time.time(), chunking),
            )

    def indexed_twin(self, digest: str, chunking: str) -> str | None:
        """Another indexed file with the same content and chunking, if any (a duplicate)."""
        row = self._db.execute(
            "SELECT path FROM files WHERE space = ? AND content_hash = ? AND chunking = ?"
            " ORDER BY indexed_at LIMIT 1",
            (self.space, digest, chunking),
        ).fetchone()
        return row[0] if row else None

    def copy_chunks(self, source: str, target: str) -> int:
        """Store `source`'s chunks again under `target`, vectors included: no embedding needed.

        Call between begin_file(target) and finish_file(target), like add_chunks.
        """
        got = self._collection.get(
            where={"path": source}, include=["documents", "metadatas", "embeddings"]
        )
        chunks = [
            StoredChunk(
                path=target,
                number=int(meta["chunk"]),
                page=int(meta["page"]) if meta.get("page") is not None else None,
                start=int(meta.get("start", 0)),
                end=int(meta.get("end", 0)),
                text=text,
                heading=str(meta.get("heading", "")),
            )
            for text, meta in zip(got["documents"], got["metadatas"], strict=True)
        ]
        self.add_chunks(chunks, [list(vector) for vector in got["embeddings"]])
        return len(chunks)

    def remove_file(self, path: str) -> None:
        self.begin_file(path)
        with self._db:
            self._db.execute("DELETE FROM files WHERE space = ? AND path = ?", (self.space, path))

    def forget_file(self, path: str) -> None:
        """A file that is gone from disk: out of every collection, its chunks deleted."""
        with self._db:
            self._db.execute("DELETE FROM members WHERE path = ?", (path,))
        self._drop_orphans([path])

    # -- watched folders ------------------------------------------------------------------------

    def watch_folder(self, collection: str, folder: str) -> None:
        self.create_collection(collection)
        with self._db:
            self._db.execute(
                "INSERT OR IGNORE INTO watched_folders VALUES (?, ?)", (collection, folder)
            )

    def watched_folders(self) -> list[tuple[str, str]]:
        """(collection, folder) pairs, for the folder watcher and the start-up re-check."""
        rows = self._db.execute("SELECT collection, folder FROM watched_folders ORDER BY folder")
        return [(collection, folder) for collection, folder in rows]

    def stale_files(self, chunking: str) -> list[str]:
        """Member files not indexed under the current embedder and chunking: to re-index."""
        rows = self._db.execute(
            "SELECT DISTINCT m.path FROM members m LEFT JOIN files f"
            " ON f.path = m.path AND f.space = ?"
            " WHERE (f.path IS NULL OR f.chunking != ?)"
            " AND m.path NOT IN (SELECT path FROM failures) ORDER BY m.path",
            (self.space, chunking),
        )
        return [path for (path,) in rows]

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
        return [
            _hit(text, meta, round(1.0 - float(distance), 6))
            for text, meta, distance in zip(
                result["documents"][0], result["metadatas"][0], result["distances"][0], strict=True
            )
        ]

    def keyword_query(self, text: str, top_k: int, paths: Sequence[str] | None = None) -> list[Hit]:
        """The best `top_k` chunks by BM25 keyword score (see keyword_index.py), best first."""
        if paths is not None and not paths:
            return []
        ranked = self.keywords.query(text, top_k, paths)
        if not ranked:
            return []
        hits = {hit.chunk_id: hit for hit in self.hits_by_id([chunk_id for chunk_id, _ in ranked])}
        return [
            replace(hits[chunk_id], score=round(score, 6))
            for chunk_id, score in ranked
            if chunk_id in hits
        ]

    def hits_by_id(self, chunk_ids: Sequence[str]) -> list[Hit]:
        if not chunk_ids:
            return []
        got = self._collection.get(ids=list(chunk_ids), include=["documents", "metadatas"])
        return [
            _hit(text, meta, 0.0)
            for text, meta in zip(got["documents"], got["metadatas"], strict=True)
        ]

    def neighbours(self, hit: Hit, radius: int = 1) -> list[Hit]:
        """The chunks just before and after `hit` in its file, in order, `hit` included."""
        if hit.chunk < 0:
            return [hit]
        numbers = range(max(0, hit.chunk - radius), hit.chunk + radius + 1)
        found = {h.chunk: h for h in self.hits_by_id([_chunk_id(hit.path, n) for n in numbers])}
        found[hit.chunk] = hit
        return [found[number] for number in sorted(found)]


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
    if chunk.heading:
        meta["heading"] = chunk.heading
    return meta


def _hit(text: str, meta: dict, score: float) -> Hit:
    page = meta.get("page")
    return Hit(
        path=str(meta["path"]),
        page=int(page) if page is not None else None,
        score=score,
        text=text,
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", 0)),
        heading=str(meta.get("heading", "")),
        chunk=int(meta.get("chunk", -1)),
    )


def _add_missing_columns(db: sqlite3.Connection) -> None:
    """Bring an index made by an earlier version up to date, in place."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(files)")}
    if "chunking" not in columns:
        with db:
            db.execute("ALTER TABLE files ADD COLUMN chunking TEXT NOT NULL DEFAULT ''")


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
