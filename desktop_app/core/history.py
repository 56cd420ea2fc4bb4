"""Saved conversations in SQLite, with full-text search across every message and title.

One file, `history.sqlite3` in the data folder. Every write is one transaction in WAL mode, so a
crash leaves either the old or the new state. A damaged history never stops Lokal from starting:
a file that is not a database, fails SQLite's `quick_check`, or is not a file at all (a folder,
a FIFO) is set aside as `history.sqlite3.broken-<timestamp>` (the user keeps a copy), a fresh
history begins, and `HistoryStore.repairs` says so (a `history_set_aside` Repair, shown once).

A full disk costs the saving, never the chat: a write that finds the disk full is rolled back
(the file stays as it was) and raises LokalError("history_disk_full"); a message that could not
be saved is kept in memory and saved before the next message of its conversation, once there is
space again. A history that cannot even be opened for lack of space is kept in memory for the
session (`open_problem` says so), so the window still starts.

Search uses FTS5 indexes that read their text from the tables themselves (external content);
triggers keep them in step, so deleted messages also leave the search results.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.core.data_health import move_aside
from desktop_app.core.errors import LokalError
from desktop_app.core.repairs import Repair

log = logging.getLogger(__name__)

HISTORY_FILE = "history.sqlite3"
SCHEMA_VERSION = 1  # PRAGMA user_version; raise it with a migration when the schema changes

# AUTOINCREMENT: an id is never handed out twice, so a stale id held by the UI (a search hit,
# an open chat) can never point at somebody else's messages.
_SCHEMA = f"""
BEGIN;
CREATE TABLE IF NOT EXISTS conversations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL,
    collections TEXT NOT NULL DEFAULT '[]'  -- JSON list of collection names
);
CREATE TABLE IF NOT EXISTS messages (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    content         TEXT NOT NULL,
    thinking        TEXT,
    sources         TEXT NOT NULL DEFAULT '[]',  -- JSON list of objects
    stats           TEXT,                        -- JSON object
    created_at      REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation_id, id);

-- remove_diacritics 2: "Brucke" finds "Brücke", "malmo" finds "Malmö" (ø and ß stay letters).
CREATE VIRTUAL TABLE IF NOT EXISTS messages_search USING fts5 (
    content, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS messages_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_search (rowid, content) VALUES (new.id, new.content);
END;
-- Also fired for the messages that deleting a conversation cascades to.
CREATE TRIGGER IF NOT EXISTS messages_search_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_search (messages_search, rowid, content)
        VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER IF NOT EXISTS messages_search_update AFTER UPDATE OF content ON messages BEGIN
    INSERT INTO messages_search (messages_search, rowid, content)
        VALUES ('delete', old.id, old.content);
    INSERT INTO messages_search (rowid, content) VALUES (new.id, new.content);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS titles_search USING fts5 (
    title, content='conversations', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS titles_search_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO titles_search (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER IF NOT EXISTS titles_search_delete AFTER DELETE ON conversations BEGIN
    INSERT INTO titles_search (titles_search, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER IF NOT EXISTS titles_search_update AFTER UPDATE OF title ON conversations BEGIN
    INSERT INTO titles_search (titles_search, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO titles_search (rowid, title) VALUES (new.id, new.title);
END;

PRAGMA user_version = {SCHEMA_VERSION};
COMMIT;
"""

# Best matches first across messages and titles; bm25() is smaller for better matches.
_SEARCH = """
SELECT conversation_id, message_id, title, snippet FROM (
    SELECT m.conversation_id, m.id AS message_id, c.title,
           snippet(messages_search, 0, '[', ']', '…', 12) AS snippet,
           bm25(messages_search) AS score
    FROM messages_search
    JOIN messages AS m ON m.id = messages_search.rowid
    JOIN conversations AS c ON c.id = m.conversation_id
    WHERE messages_search MATCH :query
    UNION ALL
    SELECT c.id, NULL, c.title, snippet(titles_search, 0, '[', ']', '…', 12), bm25(titles_search)
    FROM titles_search
    JOIN conversations AS c ON c.id = titles_search.rowid
    WHERE titles_search MATCH :query
)
ORDER BY score, message_id
LIMIT :limit
"""

_CONVERSATION_COLUMNS = "id, title, created_at, updated_at, collections"
_MESSAGE_COLUMNS = "id, conversation_id, role, content, thinking, sources, stats, created_at"


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created_at: float  # time.time()
    updated_at: float
    collections: tuple[str, ...]  # names of the document collections this chat searches


@dataclass(frozen=True)
class StoredMessage:
    id: int
    conversation_id: int
    role: str  # "user" or "assistant"
    content: str  # for answers: the answer only, never the model's thinking
    thinking: str | None  # a reasoning model's thinking, shown apart, never fed back to the model
    sources: tuple[dict, ...]  # {"path", "page", "score", "text", "start", "end"}
    stats: dict | None  # completion_tokens, tokens_per_second, first_token_seconds, ...
    created_at: float


@dataclass(frozen=True)
class SearchHit:
    conversation_id: int
    message_id: int | None  # None when the conversation's title matched
    title: str  # the conversation's title
    snippet: str  # an excerpt around the match, matched words wrapped in [ and ]


class HistoryStore:
    """Owned by one thread (the GUI thread); sqlite3 refuses use from any other."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / HISTORY_FILE
        # What opening repaired (a damaged history set aside), for the window to say once.
        self.repairs: list[Repair] = []
        # Why this session's history lives in memory only (the disk is full), else None.
        self.open_problem: LokalError | None = None
        # Messages a full disk kept from being saved, by conversation, oldest first.
        self._unsaved: dict[int, list[tuple]] = {}
        self._db = self._open_or_recover()
        # Timestamps only move forward, so "most recent first" follows the order of events even
        # with a coarse clock (about 16 ms on Windows) or one that was set back.
        self._last_time = self._db.execute(
            "SELECT coalesce(max(updated_at), 0) FROM conversations"
        ).fetchone()[0]

    def _open_or_recover(self) -> sqlite3.Connection:
        problem = _not_a_file(self.path)
        if problem is None:
            try:
                return _open(self.path)
            except sqlite3.OperationalError as error:
                if _disk_full(error):
                    return self._in_memory(error)
                # Locked, read-only...: the file may be fine, so never set it aside.
                raise
            except sqlite3.DatabaseError as error:
                problem = str(error)
        log.warning("History %s is damaged (%s); starting a new one.", self.path, problem)
        moved_to = move_aside(self.path, ("-wal", "-shm"))
        self.repairs.append(
            Repair("history_set_aside", {"detail": problem, "moved_to": str(moved_to)})
        )
        try:
            return _open(self.path)
        except sqlite3.OperationalError as error:
            if _disk_full(error):
                return self._in_memory(error)
            raise

    def _in_memory(self, error: sqlite3.Error) -> sqlite3.Connection:
        log.warning("History %s cannot be opened (%s); kept in memory.", self.path, error)
        self.open_problem = LokalError("history_disk_full")
        return _open(":memory:")

    def close(self) -> None:
        self._db.close()

    # -- conversations ------------------------------------------------------------------------

    def create_conversation(
        self, title: str = "New chat", collections: Sequence[str] = ()
    ) -> Conversation:
        now = self._now()
        with self._writing():
            cursor = self._db.execute(
                "INSERT INTO conversations (title, created_at, updated_at, collections)"
                " VALUES (?, ?, ?, ?)",
                (title, now, now, json.dumps(list(collections))),
            )
        return Conversation(cursor.lastrowid, title, now, now, tuple(collections))

    def conversation(self, conversation_id: int) -> Conversation | None:
        row = self._db.execute(
            f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        return _conversation(row) if row else None

    def list_conversations(self) -> list[Conversation]:
        """Most recently updated first."""
        rows = self._db.execute(
            f"SELECT {_CONVERSATION_COLUMNS} FROM conversations ORDER BY updated_at DESC, id DESC"
        )
        return [_conversation(row) for row in rows]

    def rename(self, conversation_id: int, title: str) -> None:
        with self._writing():
            self._db.execute(
                "UPDATE conversations SET title = ? WHERE id = ?", (title, conversation_id)
            )

    def delete(self, conversation_id: int) -> None:
        """Delete the conversation; its messages go too (ON DELETE CASCADE), index included."""
        self._unsaved.pop(conversation_id, None)
        with self._writing():
            self._db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def set_collections(self, conversation_id: int, names: Sequence[str]) -> None:
        with self._writing():
            self._db.execute(
                "UPDATE conversations SET collections = ? WHERE id = ?",
                (json.dumps(list(names)), conversation_id),
            )

    # -- messages -----------------------------------------------------------------------------

    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str,
        thinking: str | None = None,
        sources: Sequence[dict] = (),
        stats: dict | None = None,
    ) -> StoredMessage:
        """Append a message and mark the conversation as just updated.

        On a full disk, raises history_disk_full and keeps the message: it is saved before the
        conversation's next message (in the same transaction), once the disk has room again.
        """
        now = self._now()
        row = (
            conversation_id,
            role,
            content,
            thinking,
            json.dumps(list(sources), ensure_ascii=False),
            json.dumps(stats, ensure_ascii=False) if stats is not None else None,
            now,
        )
        waiting = self._unsaved.get(conversation_id, [])
        try:
            with self._writing():
                for earlier in waiting:
                    self._insert_message(earlier)
                cursor = self._insert_message(row)
        except LokalError:
            self._unsaved.setdefault(conversation_id, []).append(row)
            raise
        self._unsaved.pop(conversation_id, None)
        # Built from the stored JSON, so it equals what messages() returns later.
        return _message((cursor.lastrowid, *row))

    def unsaved_messages(self, conversation_id: int) -> int:
        """How many messages of the conversation wait for disk space to be saved."""
        return len(self._unsaved.get(conversation_id, ()))

    def _insert_message(self, row: tuple) -> sqlite3.Cursor:
        cursor = self._db.execute(
            f"INSERT INTO messages ({_MESSAGE_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)", row
        )
        self._db.execute(
            "UPDATE conversations SET updated_at = max(updated_at, ?) WHERE id = ?",
            (row[-1], row[0]),
        )
        return cursor

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        """Oldest first. Ids only grow, so id order is the order they were added in."""
        rows = self._db.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id",
            (conversation_id,),
        )
        return [_message(row) for row in rows]

    def delete_from(self, conversation_id: int, message_id: int) -> None:
        """Delete this message and every later one in the conversation (edit, regenerate)."""
        with self._writing():
            self._db.execute(
                "DELETE FROM messages WHERE conversation_id = ? AND id >= ?",
                (conversation_id, message_id),
            )

    # -- search and export --------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Messages and titles that hold every word typed, best first; the last word may be
        unfinished (search as you type). Whatever the user types is taken as plain words."""
        match = _match_expression(query)
        if match is None or limit <= 0:
            return []
        rows = self._db.execute(_SEARCH, {"query": match, "limit": limit})
        return [SearchHit(*row) for row in rows]

    def export_markdown(self, conversation_id: int) -> str:
        """The conversation as Markdown, sources listed under each answer; thinking left out."""
        conversation = self.conversation(conversation_id)
        if conversation is None:
            raise KeyError(conversation_id)
        parts = [f"# {' '.join(conversation.title.split())}"]
        for message in self.messages(conversation_id):
            parts.append("**You**" if message.role == "user" else "**Lokal**")
            parts.append(message.content.strip())
            if message.sources:
                parts.append(
                    "\n".join(
                        f"{number}. {_source_label(source)}"
                        for number, source in enumerate(message.sources, start=1)
                    )
                )
        return "\n\n".join(parts) + "\n"

    def export_json(self, conversation_id: int) -> str:
        """Everything stored about the conversation, as pretty JSON with ISO 8601 times."""
        conversation = self.conversation(conversation_id)
        if conversation is None:
            raise KeyError(conversation_id)
        document = {
            "title": conversation.title,
            "created_at": _iso(conversation.created_at),
            "collections": list(conversation.collections),
            "messages": [
                {
                    "role": message.role,
                    "content": message.content,
                    "thinking": message.thinking,
                    "sources": list(message.sources),
                    "stats": message.stats,
                    "created_at": _iso(message.created_at),
                }
                for message in self.messages(conversation_id)
            ],
        }
        return json.dumps(document, ensure_ascii=False, indent=2)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction: committed whole, or rolled back whole and, if the disk is full,
        raised as history_disk_full."""
        try:
            with self._db:
                yield
        except sqlite3.OperationalError as error:
            if not _disk_full(error):
                raise
            log.warning("History %s not saved: %s", self.path, error)
            raise LokalError("history_disk_full") from error

    def _now(self) -> float:
        self._last_time = max(time.time(), self._last_time + 1e-6)
        return self._last_time


def _open(path: Path | str) -> sqlite3.Connection:
    """Connect and make sure the schema exists; raises DatabaseError for a damaged file."""
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA journal_mode=WAL")  # the first read: fails here if not a database
        db.execute("SELECT count(*) FROM sqlite_master")  # fails here if the schema is damaged
        # Damaged pages further in (a message's, an index's) fail here, not in a later click.
        findings = [str(row[0]) for row in db.execute("PRAGMA quick_check").fetchall()]
        if findings != ["ok"]:
            raise sqlite3.DatabaseError("quick_check: " + "; ".join(findings[:3]))
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            # A new file (version 0). Schema 2 will add its migration from 1 here.
            db.executescript(_SCHEMA)  # one transaction
        elif version > SCHEMA_VERSION:
            log.warning("History %s is from a newer Lokal (schema %d).", path, version)
    except BaseException:
        db.close()
        raise
    return db


def _not_a_file(path: Path) -> str | None:
    """Why `path` cannot hold a database although something is there (a folder, a FIFO: SQLite
    would fail to open the one and hang on the other), or None."""
    if not os.path.lexists(path):
        return None
    if path.is_symlink() and not path.exists():
        return "a broken symbolic link"
    if path.is_dir():
        return "a folder, not a file"
    if not path.is_file():
        return "not a regular file"
    return None


def _disk_full(error: sqlite3.Error) -> bool:
    """SQLITE_FULL: SQLite's word for a write the disk had no room for."""
    return (
        getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
        or "full" in str(error).lower()
    )


def _match_expression(query: str) -> str | None:
    """An FTS5 query that takes every term literally: each is quoted, so AND, *, -, ( and :
    are plain characters; the last term also matches as a prefix."""
    # A NUL ends the query text inside FTS5, which leaves a quote unclosed.
    terms = query.replace("\x00", " ").split()
    if not terms:
        return None
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    return " ".join(quoted) + "*"


def _conversation(row: tuple) -> Conversation:
    conversation_id, title, created_at, updated_at, collections = row
    return Conversation(
        conversation_id, title, created_at, updated_at, tuple(json.loads(collections))
    )


def _message(row: tuple) -> StoredMessage:
    message_id, conversation_id, role, content, thinking, sources, stats, created_at = row
    return StoredMessage(
        id=message_id,
        conversation_id=conversation_id,
        role=role,
        content=content,
        thinking=thinking,
        sources=tuple(json.loads(sources)),
        stats=json.loads(stats) if stats is not None else None,
        created_at=created_at,
    )


def _source_label(source: dict) -> str:
    """As the chat shows it: the file name, then the page when there is one."""
    name = os.path.basename(str(source.get("path", "")))
    page = source.get("page")
    return f"{name}, page {page}" if page is not None else name


def _iso(timestamp: float) -> str:
    """Local time with its UTC offset, e.g. 2025-03-01T14:05:09+01:00."""
    return datetime.fromtimestamp(timestamp).astimezone().isoformat(timespec="seconds")
