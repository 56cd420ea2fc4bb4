"""A workflow's journal: what each document gave, kept on disk so a crashed run resumes.

One SQLite file per job (a workflow kind and what identifies the job: its files, its fields,
its output), under <data dir>/workflows/. Each finished document is one committed transaction,
so a crash loses at most the document being worked on. A recorded result counts only while its
file is unchanged: same size, same modification time and same SHA-256 as when it was recorded.
When the job completes, `finish` deletes the journal; running the same job again after a crash
finds it and skips what is done.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.data_health import move_aside

JOURNAL_FOLDER = "workflows"
_COMPANIONS = ("-journal", "-wal", "-shm")  # SQLite's own files beside the database
_HASH_BLOCK = 1 << 20

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    result TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class _Fingerprint:
    size: int
    mtime_ns: int
    sha256: str


def _fingerprint(path: str) -> _Fingerprint | None:
    """The file's size, modification time and content hash; None when it can't be read."""
    try:
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            digest = hashlib.sha256()
            while block := handle.read(_HASH_BLOCK):
                digest.update(block)
    except OSError:
        return None
    return _Fingerprint(status.st_size, status.st_mtime_ns, digest.hexdigest())


def job_file(data_dir: Path, kind: str, key: Sequence[str]) -> Path:
    """data_dir/workflows/<kind>-<sha256 of the key's parts>.sqlite3 (the parts kept apart, so
    ("a,b",) and ("a", "b") are different jobs)."""
    digest = hashlib.sha256(json.dumps(list(key), ensure_ascii=False).encode()).hexdigest()
    return Path(data_dir) / JOURNAL_FOLDER / f"{kind}-{digest}.sqlite3"


def extract_job_key(fields: Sequence[str], paths: Sequence[str], output: Path | None) -> list[str]:
    """What makes two extractions the same job, so the second resumes the first, whether run
    from the window or `lokal workflow extract`: the same fields, the same files (in any
    order), the same output."""
    return [json.dumps(list(fields), ensure_ascii=False), json.dumps(sorted(paths)), str(output)]


def report_job_key(paths: Sequence[str], output: Path | None) -> list[str]:
    """The same for a report: the same files, the same output."""
    return [json.dumps(sorted(paths)), str(output)]


class WorkflowJournal:
    """Results of finished documents, by path. Not shared between threads at once: one
    workflow uses it at a time (it may be opened on one thread and used on another)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = self._open()
        except sqlite3.DatabaseError:
            # A damaged journal only costs redoing the work: set it aside, start a new one.
            self._close_quietly()
            move_aside(self.path, _COMPANIONS)
            self._connection = self._open()

    @classmethod
    def for_job(cls, data_dir: Path, kind: str, key: Sequence[str]) -> WorkflowJournal:
        """The journal of this job: the one an interrupted run left, or a new one."""
        return cls(job_file(data_dir, kind, key))

    def _open(self) -> sqlite3.Connection:
        self._connection = None
        connection = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._connection = connection
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(_SCHEMA)
        connection.execute("SELECT COUNT(*) FROM documents").fetchone()  # a damaged file fails here
        return connection

    def done(self, document_path: str) -> dict | None:
        """The recorded result of `document_path`, if there is one and the file is unchanged."""
        row = self._connection.execute(
            "SELECT size, mtime_ns, sha256, result FROM documents WHERE path = ?",
            (document_path,),
        ).fetchone()
        if row is None:
            return None
        recorded = _Fingerprint(row[0], row[1], row[2])
        try:
            status = os.stat(document_path)
        except OSError:
            return None
        if (status.st_size, status.st_mtime_ns) != (recorded.size, recorded.mtime_ns):
            return None  # changed: no need to hash it
        if _fingerprint(document_path) != recorded:
            return None
        try:
            result = json.loads(row[3])
        except ValueError:
            return None
        return result if isinstance(result, dict) else None

    def record(self, document_path: str, result: dict) -> None:
        """Keep `result` (JSON-able) for `document_path`, in one committed transaction. A file
        that can no longer be read is not recorded: it will be done again."""
        fingerprint = _fingerprint(document_path)
        if fingerprint is None:
            return
        text = json.dumps(result, ensure_ascii=False)
        with self._connection:  # BEGIN ... COMMIT
            self._connection.execute("BEGIN")
            self._connection.execute(
                "INSERT OR REPLACE INTO documents (path, size, mtime_ns, sha256, result) "
                "VALUES (?, ?, ?, ?, ?)",
                (document_path, fingerprint.size, fingerprint.mtime_ns, fingerprint.sha256, text),
            )

    def recorded(self) -> int:
        """How many documents are recorded (changed files included)."""
        return self._connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def finish(self) -> None:
        """The job completed: the journal is no longer needed."""
        self.close()
        for suffix in ("", *_COMPANIONS):
            with contextlib.suppress(FileNotFoundError):
                self.path.with_name(self.path.name + suffix).unlink()

    def close(self) -> None:
        self._close_quietly()

    def _close_quietly(self) -> None:
        connection, self._connection = getattr(self, "_connection", None), None
        if connection is not None:
            with contextlib.suppress(sqlite3.Error):
                connection.close()

    def __enter__(self) -> WorkflowJournal:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
