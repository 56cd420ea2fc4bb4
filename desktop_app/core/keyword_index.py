"""The keyword side of hybrid search: BM25 (bm25s) over the same chunks as the vector store.

Embeddings find passages that mean the same as the question; they are weak on exact words: a
function name ("cellfun"), a macro ("\\newcommand"), an error code, a Danish word the English
embedder never learnt. BM25 finds those. `retrieval.py` fuses both rankings.

Storage, beside chroma in the same folder:
- each chunk's tokens live in SQLite (table keyword_chunks), written with the chunk and deleted
  with its file, so the keyword index follows the vector index file by file (incrementally,
  and crash-safe in the same order: see store.py);
- the BM25 matrix is built from those token lists when first needed after a change (a few
  thousand chunks take well under a second) and saved with bm25s under a generation number,
  so a restart loads it instead of rebuilding.

Tokens: lower-cased words of two or more letters or digits, stop words of English, Danish,
Swedish and German dropped, and English Snowball stemming (PyStemmer), so "plotting" finds
"plot". Danish words are left nearly alone by the English stemmer, which is what we want
rather than a wrong language guess per chunk.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

_WORD = re.compile(r"\w\w+", re.UNICODE)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS keyword_chunks (
    space    TEXT NOT NULL,
    chunk_id TEXT NOT NULL,
    path     TEXT NOT NULL,
    tokens   TEXT NOT NULL,
    PRIMARY KEY (space, chunk_id)
);
CREATE INDEX IF NOT EXISTS keyword_chunks_by_path ON keyword_chunks (space, path);
CREATE TABLE IF NOT EXISTS keyword_state (
    space      TEXT PRIMARY KEY,
    generation INTEGER NOT NULL
);
"""


def _quiet_bm25s() -> None:
    # bm25s sets its own logger to DEBUG on import, so "Building index from tokens" would reach
    # any handler without a level.
    logging.getLogger("bm25s").setLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from bm25s import stopwords

    _quiet_bm25s()
    return frozenset(
        stopwords.STOPWORDS_EN
        + stopwords.STOPWORDS_DANISH
        + stopwords.STOPWORDS_SWEDISH
        + stopwords.STOPWORDS_GERMAN
    )


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def drop_saved_matrices(folder: Path) -> None:
    """Delete the saved BM25 matrices in `folder`: a cache, made again from SQLite when needed.
    Called when the SQLite file they were made from was replaced (their generation numbers
    would mean nothing to the new one)."""
    for saved in folder.glob("keywords-*"):
        shutil.rmtree(saved, ignore_errors=True)


def keyword_tokens(text: str) -> list[str]:
    stop = _stop_words()
    words = [word for word in _WORD.findall(text.lower()) if word not in stop]
    return _stemmer().stemWords(words)


class KeywordIndex:
    """BM25 over one space's chunks. Owned by the store's thread, like the store."""

    def __init__(self, database: Path, folder: Path, space: str) -> None:
        # Its own connection to the store's SQLite file (the library's bookkeeping has another):
        # the token lists are part of the chunk index, written and deleted with the chunks.
        self._db = sqlite3.connect(database)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        self._folder = folder / f"keywords-{space}"
        self._space = space
        self._retriever = None
        self._chunk_ids: list[str] = []
        self._paths: list[str] = []
        self._generation = -1

    def close(self) -> None:
        self._db.close()

    # -- writing: called by the store in its own write order ------------------------------------

    def add(self, chunk_ids: Sequence[str], paths: Sequence[str], texts: Sequence[str]) -> None:
        rows = [
            (self._space, chunk_id, path, " ".join(keyword_tokens(text)))
            for chunk_id, path, text in zip(chunk_ids, paths, texts, strict=True)
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO keyword_chunks VALUES (?, ?, ?, ?)", rows)
            self._bump()

    def remove_path(self, path: str) -> None:
        with self._db:
            deleted = self._db.execute(
                "DELETE FROM keyword_chunks WHERE space = ? AND path = ?", (self._space, path)
            ).rowcount
            if deleted:
                self._bump()

    def clear(self) -> None:
        """Drop every chunk of this space (its vectors were lost: everything is redone)."""
        with self._db:
            self._db.execute("DELETE FROM keyword_chunks WHERE space = ?", (self._space,))
            self._bump()

    # -- the check at open (store.py) -----------------------------------------------------------

    def count(self) -> int:
        row = self._db.execute(
            "SELECT count(*) FROM keyword_chunks WHERE space = ?", (self._space,)
        ).fetchone()
        return int(row[0])

    def counts_by_path(self) -> dict[str, int]:
        rows = self._db.execute(
            "SELECT path, count(*) FROM keyword_chunks WHERE space = ? GROUP BY path",
            (self._space,),
        )
        return {path: int(count) for path, count in rows}

    def _bump(self) -> None:
        self._db.execute(
            "INSERT INTO keyword_state VALUES (?, 1)"
            " ON CONFLICT(space) DO UPDATE SET generation = generation + 1",
            (self._space,),
        )

    # -- reading --------------------------------------------------------------------------------

    def query(
        self,
        text: str,
        top_k: int,
        paths: Sequence[str] | None = None,
        excluded: frozenset[str] | set[str] = frozenset(),
    ) -> list[tuple[str, float]]:
        """(chunk id, BM25 score) of the best `top_k` chunks, best first; only within `paths`,
        never of the `excluded` paths (files being indexed)."""
        tokens = keyword_tokens(text)
        if not tokens or top_k < 1:
            return []
        self._ensure_current()
        if self._retriever is None or not self._chunk_ids:
            return []
        import numpy as np

        mask = None
        if paths is not None or excluded:
            wanted = set(paths) if paths is not None else None
            mask = np.fromiter(
                (
                    (wanted is None or path in wanted) and path not in excluded
                    for path in self._paths
                ),
                dtype=np.float32,
                count=len(self._paths),
            )
            if not mask.any():
                return []
        known = [token for token in tokens if token in self._retriever.vocab_dict]
        if not known:
            return []
        k = min(top_k, len(self._chunk_ids))
        documents, scores = self._retriever.retrieve(
            [known], k=k, show_progress=False, weight_mask=mask, n_threads=1
        )
        return [
            (self._chunk_ids[int(index)], float(score))
            for index, score in zip(documents[0], scores[0], strict=True)
            if score > 0
        ]

    def _current_generation(self) -> int:
        row = self._db.execute(
            "SELECT generation FROM keyword_state WHERE space = ?", (self._space,)
        ).fetchone()
        return int(row[0]) if row else 0

    def _ensure_current(self) -> None:
        generation = self._current_generation()
        if generation == self._generation:
            return
        if not self._load(generation):
            self._build(generation)
        self._generation = generation

    def _build(self, generation: int) -> None:
        import bm25s

        _quiet_bm25s()
        rows = self._db.execute(
            "SELECT chunk_id, path, tokens FROM keyword_chunks WHERE space = ? ORDER BY rowid",
            (self._space,),
        ).fetchall()
        self._chunk_ids = [row[0] for row in rows]
        self._paths = [row[1] for row in rows]
        if not rows:
            self._retriever = None
            return
        retriever = bm25s.BM25()
        # An empty token list (a chunk of only stop words) still takes its row.
        retriever.index([row[2].split() or [""] for row in rows], show_progress=False)
        self._retriever = retriever
        self._save(generation)

    def _save(self, generation: int) -> None:
        """Write the matrix to a fresh folder, then swap it in: a crash leaves the old one."""
        self._folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".keywords-", dir=self._folder.parent))
        try:
            self._retriever.save(str(staging), show_progress=False)
            state = {"generation": generation, "chunk_ids": self._chunk_ids, "paths": self._paths}
            (staging / "lokal_state.json").write_text(json.dumps(state), "utf-8")
            old = self._folder.with_name(self._folder.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            if self._folder.exists():
                os.replace(self._folder, old)
            os.replace(staging, self._folder)
            shutil.rmtree(old, ignore_errors=True)
        except OSError:
            # A full disk costs the cache only; the index is rebuilt from SQLite next time.
            shutil.rmtree(staging, ignore_errors=True)

    def _load(self, generation: int) -> bool:
        import bm25s

        _quiet_bm25s()
        state_file = self._folder / "lokal_state.json"
        try:
            state = json.loads(state_file.read_text("utf-8"))
            if state["generation"] != generation:
                return False
            retriever = bm25s.BM25.load(str(self._folder), show_progress=False)
        except (OSError, ValueError, KeyError):
            return False
        self._retriever = retriever
        self._chunk_ids = list(state["chunk_ids"])
        self._paths = list(state["paths"])
        return True
