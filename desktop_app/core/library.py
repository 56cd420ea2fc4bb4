"""The library's bookkeeping in SQLite: what is indexed, what failed, which collections hold it.

One record per indexed file (its content hash, size, chunk count, the chunking it was cut
with), the last failure of each file, the user's named collections and their members, and the
folders they watch. The chunks themselves live in the chunk index (store.py); `DocumentStore`
keeps the two in step. Records are per embedding model ("space"); collections, members,
failures and watched folders are shared by every model.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.data_health import SurvivingLibrary
from desktop_app.core.store_types import FileRecord, LibraryCollection, LibraryFile

# Where files go when no collection is named (`lokal add`, the window's first collection). It is
# stored in English whatever the language, and the window shows it in the user's language
# (ui/collection_names.py), so it follows a language switch; other names are the user's.
DEFAULT_COLLECTION = "Documents"

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
-- Folders the user added: watched for new, changed and deleted files (see pipeline.py).
CREATE TABLE IF NOT EXISTS watched_folders (
    collection TEXT NOT NULL REFERENCES collections(name) ON DELETE CASCADE ON UPDATE CASCADE,
    folder     TEXT NOT NULL,
    PRIMARY KEY (collection, folder)
);
-- The last failure of a file (cleared when it indexes), so a restart still shows the reason.
CREATE TABLE IF NOT EXISTS failures (
    path       TEXT PRIMARY KEY,
    code       TEXT NOT NULL,
    params     TEXT NOT NULL,
    failed_at  REAL NOT NULL
);
-- Files being indexed right now (between the store's begin_file and finish_file): their chunks
-- are not searched, in this process or any other reading the folder, and a run killed mid-file
-- leaves its path here, so the next open removes the half-stored chunks (see store.py).
CREATE TABLE IF NOT EXISTS pending (
    space TEXT NOT NULL,
    path  TEXT NOT NULL,
    pid   INTEGER NOT NULL,  -- the process indexing it: alive, it is still at work
    PRIMARY KEY (space, path)
);
"""

_RECORD_COLUMNS = "path, content_hash, size, chunk_count, page_count, chunking, mtime"


class Library:
    """The bookkeeping of one embedding model's space. Owned by the store's thread."""

    def __init__(self, database: Path, space: str) -> None:
        self.space = space
        self._db = sqlite3.connect(database)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        _add_missing_columns(self._db)

    def close(self) -> None:
        self._db.close()

    # -- file records -------------------------------------------------------------------------

    def file_record(self, path: str) -> FileRecord | None:
        row = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM files WHERE space = ? AND path = ?",
            (self.space, path),
        ).fetchone()
        return FileRecord(*row) if row else None

    def files(self) -> list[FileRecord]:
        rows = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM files WHERE space = ? ORDER BY path", (self.space,)
        ).fetchall()
        return [FileRecord(*row) for row in rows]

    def record_file(
        self,
        path: str,
        digest: str,
        size: int,
        mtime: float,
        chunks: int,
        pages: int | None,
        chunking: str = "",
    ) -> None:
        """The file is indexed: one transaction, the last step of the store's write order (it
        is no longer pending from then on)."""
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO files"
                " (space, path, content_hash, size, mtime, chunk_count, page_count, indexed_at,"
                " chunking) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.space, path, digest, size, mtime, chunks, pages, time.time(), chunking),
            )
            self._db.execute("DELETE FROM pending WHERE space = ? AND path = ?", (self.space, path))

    def delete_records(self, paths: Sequence[str]) -> None:
        """Forget that `paths` are indexed (their chunks are gone): they count as stale."""
        with self._db:
            self._db.executemany(
                "DELETE FROM files WHERE space = ? AND path = ?", [(self.space, p) for p in paths]
            )

    def chunks_recorded(self) -> int:
        """The chunks the records say are stored: what the chunk index must hold."""
        row = self._db.execute(
            "SELECT coalesce(sum(chunk_count), 0) FROM files WHERE space = ?", (self.space,)
        ).fetchone()
        return int(row[0])

    def recorded(self, paths: Sequence[str]) -> set[str]:
        """Those of `paths` that have a record."""
        found: set[str] = set()
        unique = list(dict.fromkeys(paths))
        for first in range(0, len(unique), 500):
            batch = unique[first : first + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(
                f"SELECT path FROM files WHERE space = ? AND path IN ({marks})",
                [self.space, *batch],
            )
            found.update(path for (path,) in rows)
        return found

    # -- files being indexed --------------------------------------------------------------------

    def mark_pending(self, path: str) -> None:
        """`path` is being indexed by this process: committed before any chunk is touched."""
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO pending VALUES (?, ?, ?)", (self.space, path, os.getpid())
            )

    def pending(self) -> set[str]:
        rows = self._db.execute("SELECT path FROM pending WHERE space = ?", (self.space,))
        return {path for (path,) in rows}

    def pending_by_process(self) -> dict[str, int]:
        """path -> the id of the process that began indexing it."""
        rows = self._db.execute("SELECT path, pid FROM pending WHERE space = ?", (self.space,))
        return {path: int(pid) for path, pid in rows}

    def clear_pending(self, paths: Sequence[str]) -> None:
        with self._db:
            self._db.executemany(
                "DELETE FROM pending WHERE space = ? AND path = ?", [(self.space, p) for p in paths]
            )

    def delete_record(self, path: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM files WHERE space = ? AND path = ?", (self.space, path))
            self._db.execute("DELETE FROM pending WHERE space = ? AND path = ?", (self.space, path))

    def indexed_twin(self, digest: str, chunking: str) -> str | None:
        """Another indexed file with the same content and chunking, if any (a duplicate)."""
        row = self._db.execute(
            "SELECT path FROM files WHERE space = ? AND content_hash = ? AND chunking = ?"
            " ORDER BY indexed_at LIMIT 1",
            (self.space, digest, chunking),
        ).fetchone()
        return row[0] if row else None

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

    # -- named collections and their members ----------------------------------------------------

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

    def delete_collection(self, name: str) -> list[str]:
        """Delete the collection; returns the files it held (some may be held by no other)."""
        paths = self.members(name)
        with self._db:
            self._db.execute("DELETE FROM collections WHERE name = ?", (name,))
        return paths

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
        with self._db:
            self._db.execute(
                "DELETE FROM members WHERE collection = ? AND path = ?", (collection, path)
            )

    def remove_from_every_collection(self, path: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM members WHERE path = ?", (path,))

    def orphans(self, paths: Sequence[str]) -> list[str]:
        """Those of `paths` that no collection holds any more: their chunks can go."""
        held = "SELECT 1 FROM members WHERE path = ?"
        return [path for path in paths if self._db.execute(held, (path,)).fetchone() is None]

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

    # -- a damaged database's rows, brought into a fresh one -------------------------------------

    def restore(self, survived: SurvivingLibrary) -> None:
        """Bring in what a damaged database still held (data_health.read_what_survives): rows
        that do not fit (a member of a collection that did not survive) are left out."""
        with self._db:
            self._db.executemany(
                "INSERT OR IGNORE INTO collections VALUES (?, ?)", survived.collections
            )
            for table, rows in (
                ("members", survived.members),
                ("watched_folders", survived.watched_folders),
                ("failures", survived.failures),
            ):
                marks = ",".join("?" * len(rows[0])) if rows else ""
                for row in rows:
                    try:
                        self._db.execute(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", row)
                    except sqlite3.Error:  # a row that lost its collection, or garbled
                        continue

    # -- the snapshot for the documents panel ---------------------------------------------------

    def snapshot(self) -> list[LibraryCollection]:
        """Every collection with its files and their state."""
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


def _add_missing_columns(db: sqlite3.Connection) -> None:
    """Bring an index made by an earlier version up to date, in place."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(files)")}
    if "chunking" not in columns:
        with db:
            db.execute("ALTER TABLE files ADD COLUMN chunking TEXT NOT NULL DEFAULT ''")
