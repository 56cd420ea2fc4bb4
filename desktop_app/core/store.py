"""The document index on disk: chunk vectors in chromadb, one record per file in SQLite.

Two parts, kept in step by `DocumentStore`:
- the chunk index (`ChunkIndex`, here): each chunk's vector in chromadb and its words in the
  BM25 keyword index (keyword_index.py);
- the library's bookkeeping (`library.Library`): file records, failures, collections and
  their members, watched folders.

Write order makes indexing crash-safe and resumable without duplicates:
1. `begin_file` deletes every chunk stored for the path (left from an earlier version or from
   a run that was interrupted);
2. `add_chunks` adds the new chunks in batches under ids derived from path and chunk number;
3. `finish_file` records the content hash in one SQLite transaction.
A crash before step 3 leaves no record (or the old hash), so the next run redoes the file, and
step 1 clears whatever half of it was stored. Nothing is ever indexed twice.

Partial work is never searched: `begin_file` marks the path pending on disk (library.py) before
touching its chunks, `finish_file` clears the mark in the record's transaction, and every search
leaves out pending paths and paths without a record, in this process and in any other that
reads the same folder.

At open, before anything is searched, the stores are checked and healed (`_heal`; the checks
are data_health.py's): a damaged library database or chroma folder is moved aside whole and a
fresh one opened; records and chunks that disagree are repaired, so the files concerned are
indexed again. What was repaired is `repairs()`, for the front ends to tell the user once.

Shared collections (settings.shared.chroma_url; chroma_server.py): with a server, the chunk
vectors and texts live in the server's collection for this embedding model, and this machine
keeps its bookkeeping (file records, pending marks, collections, the keyword index) in a folder
of its own, `index-shared/<server>/`, so local and shared documents never mix. The server is
shared, so the open-time check changes:
- it removes only this machine's own half-stored files (its pending marks); chunks without a
  record here are a teammate's files, kept and searched (vector search at once, keyword search
  once the keyword index has them), never "repaired" away; a record here whose chunks are
  missing on the server is dropped, so the file is indexed again, and nothing is deleted;
- the keyword index is brought in step with the server when their chunk counts differ: each
  path whose chunk count differs is read again from the server (texts and headings, the same
  words as `StoredChunk.embedded_text`). So a teammate's new or removed files show up in
  keyword search after the next open; a change that keeps both counts equal (one file added,
  another of as many chunks removed) waits for a later one.
- a file or collection deleted here takes its chunks off the server (as locally); a teammate's
  file is only ever searched, and is in no collection of this machine's. Chunk ids come from
  the path, so a file that two machines index under the same path (a network drive) is one
  file on the server: the last to index it wins, and a delete on either removes it.
The write order above holds on the server too, but a teammate's file being indexed there right
now may be searched half-done: its pending mark is on the teammate's machine.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop_app.core import chroma_server, data_health
from desktop_app.core.chroma_server import ChromaServer
from desktop_app.core.keyword_index import KeywordIndex, drop_saved_matrices
from desktop_app.core.library import DEFAULT_COLLECTION, Library
from desktop_app.core.repairs import Repair
from desktop_app.core.store_errors import disk_nearly_full, guarded
from desktop_app.core.store_types import (
    FileRecord,
    Hit,
    LibraryCollection,
    LibraryFile,
    StoredChunk,
    chunk_id,
    content_hash,
)

# Callers that other engineers are reworking still import these from here; new code imports
# them from store_types.
__all__ = [
    "ChunkIndex",
    "DocumentStore",
    "FileRecord",
    "Hit",
    "LibraryCollection",
    "LibraryFile",
    "StoredChunk",
    "content_hash",
]

# Holds the file records (library.py) and, beside them, the keyword index's token lists.
_DATABASE = "files.sqlite3"
_CHROMA = "chroma"
# Where the bookkeeping of each Chroma server's shared collections lives, one folder per server.
_SHARED_FOLDER = "index-shared"
_SQLITE_COMPANIONS = ("-wal", "-shm")
# Chunks read per call when the check at open has to compare chunks with records path by path.
_SCAN_BATCH = 5000
# Paths whose chunks one read fetches when the keyword index catches up with a shared server.
_PATHS_PER_READ = 50

log = logging.getLogger(__name__)


class ChunkIndex:
    """One embedding model's chunks: vectors in chromadb, words in the keyword index."""

    def __init__(self, folder: Path, space: str, server: ChromaServer | None = None) -> None:
        self._client = _chroma_client(folder, server)
        try:
            self._collection = self._client.get_or_create_collection(
                space,
                configuration={"hnsw": {"space": "cosine"}},
                embedding_function=None,  # Lokal embeds itself; chroma must never fetch a model
            )
            self._max_batch = max(1, self._client.get_max_batch_size())
        except Exception:
            self._client.close()  # so a fresh chroma can be opened in its place
            raise
        self.keywords = KeywordIndex(folder / _DATABASE, folder, space)

    def close(self) -> None:
        self.keywords.close()
        self._client.close()

    def count(self) -> int:
        return self._collection.count()

    def probe(self) -> None:
        """Read the index as a search does (its count, one vector, one nearest neighbour), so a
        damaged chroma fails here, at open, rather than in the user's first search."""
        if self._collection.count() == 0:
            return
        got = self._collection.get(limit=1, include=["embeddings"])
        if len(got["ids"]) != 1:
            raise ValueError("the index counts chunks it cannot give back")
        self._collection.query(query_embeddings=[list(got["embeddings"][0])], n_results=1)

    def chunks_by_path(self) -> dict[str, int]:
        """How many chunks each path has: a full read of the metadata, for the slow check."""
        counts: dict[str, int] = {}
        offset = 0
        while True:
            got = self._collection.get(include=["metadatas"], limit=_SCAN_BATCH, offset=offset)
            for meta in got["metadatas"]:
                path = str((meta or {}).get("path", ""))
                counts[path] = counts.get(path, 0) + 1
            if len(got["ids"]) < _SCAN_BATCH:
                return counts
            offset += _SCAN_BATCH

    def chunks_of(self, path: str) -> int:
        return len(self._collection.get(where={"path": path}, include=[])["ids"])

    def bring_keywords_in_step(self, vectors: dict[str, int], skip: set[str]) -> None:
        """Make the keyword index hold what the vector index holds, path by path (`vectors`:
        `chunks_by_path()`), leaving out the `skip` paths: a shared server's chunks written by
        other machines get their keywords here. Only paths whose counts differ are read."""
        words = self.keywords.counts_by_path()
        for path in set(words) - set(vectors) - skip:
            self.keywords.remove_path(path)
        stale = sorted(p for p, n in vectors.items() if p not in skip and words.get(p) != n)
        for first in range(0, len(stale), _PATHS_PER_READ):
            batch = stale[first : first + _PATHS_PER_READ]
            where = {"path": {"$in": batch}} if len(batch) > 1 else {"path": batch[0]}
            chunks: dict[str, list[tuple[str, StoredChunk]]] = {path: [] for path in batch}
            offset = 0
            while True:
                got = self._collection.get(
                    where=where,
                    include=["documents", "metadatas"],
                    limit=_SCAN_BATCH,
                    offset=offset,
                )
                for chunk, text, meta in zip(
                    got["ids"], got["documents"], got["metadatas"], strict=True
                ):
                    stored = _stored_chunk(text, meta)
                    chunks[stored.path].append((chunk, stored))
                if len(got["ids"]) < _SCAN_BATCH:
                    break
                offset += _SCAN_BATCH
            for path, found in chunks.items():
                self.keywords.remove_path(path)
                if found:
                    self.keywords.add(
                        [chunk for chunk, _ in found],
                        [path] * len(found),
                        [stored.embedded_text for _, stored in found],
                    )

    # -- writing ------------------------------------------------------------------------------

    def remove_file(self, path: str) -> None:
        self._collection.delete(where={"path": path})
        self.keywords.remove_path(path)

    def add(self, chunks: Sequence[StoredChunk], embeddings: Sequence[Sequence[float]]) -> None:
        # chromadb's upsert holds the GIL for the whole call (~80 ms for 32 chunks here): in the
        # GUI this store runs in its own process (core/store_process.py) for that reason.
        for first in range(0, len(chunks), self._max_batch):
            batch = chunks[first : first + self._max_batch]
            ids = [chunk_id(chunk.path, chunk.number) for chunk in batch]
            self._collection.upsert(
                ids=ids,
                embeddings=[list(vector) for vector in embeddings[first : first + len(batch)]],
                documents=[chunk.text for chunk in batch],
                metadatas=[_metadata(chunk) for chunk in batch],
            )
            self.keywords.add(
                ids, [chunk.path for chunk in batch], [chunk.embedded_text for chunk in batch]
            )

    def copy(self, source: str, target: str) -> int:
        """Store `source`'s chunks again under `target`, vectors included; returns how many."""
        got = self._collection.get(
            where={"path": source}, include=["documents", "metadatas", "embeddings"]
        )
        chunks = [
            replace(_stored_chunk(text, meta), path=target)
            for text, meta in zip(got["documents"], got["metadatas"], strict=True)
        ]
        self.add(chunks, [list(vector) for vector in got["embeddings"]])
        return len(chunks)

    # -- reading ------------------------------------------------------------------------------

    def query(
        self,
        embedding: Sequence[float],
        top_k: int,
        paths: Sequence[str] | None = None,
        excluded: Sequence[str] = (),
    ) -> list[Hit]:
        """The nearest chunks, only of `paths` when given, never of `excluded` paths."""
        if self._collection.count() == 0 or (paths is not None and not paths):
            return []
        conditions = []
        if paths is not None:
            conditions.append(
                {"path": {"$in": list(paths)}} if len(paths) > 1 else {"path": paths[0]}
            )
        if excluded:
            conditions.append({"path": {"$nin": list(excluded)}})
        where = None
        if conditions:
            where = conditions[0] if len(conditions) == 1 else {"$and": conditions}
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

    def keyword_query(
        self,
        text: str,
        top_k: int,
        paths: Sequence[str] | None = None,
        excluded: Sequence[str] = (),
    ) -> list[Hit]:
        if paths is not None and not paths:
            return []
        ranked = self.keywords.query(text, top_k, paths, set(excluded))
        if not ranked:
            return []
        hits = {hit.chunk_id: hit for hit in self.hits_by_id([chunk for chunk, _ in ranked])}
        return [
            replace(hits[chunk], score=round(score, 6)) for chunk, score in ranked if chunk in hits
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
        if hit.chunk < 0:
            return [hit]
        numbers = range(max(0, hit.chunk - radius), hit.chunk + radius + 1)
        found = {h.chunk: h for h in self.hits_by_id([chunk_id(hit.path, n) for n in numbers])}
        found[hit.chunk] = hit
        return [found[number] for number in sorted(found)]


class DocumentStore:
    """The store in this process: the chunk index and the library, behind `store_protocol.Store`.

    Owned by one thread (the main thread in the CLI, the store process's in the GUI). Every
    method raises a failure of chromadb or SQLite as a LokalError (see store_errors.py).
    """

    @guarded
    def __init__(
        self, data_dir: Path, embedder_name: str, server: ChromaServer | None = None
    ) -> None:
        # With a server, its chunks; the guard reads `server` to tell "cannot be reached".
        self.server = server
        if server is not None:
            chroma_server.check(server)  # a server that is down: say so, touch nothing here
        self.folder = index_folder(data_dir, server)
        self.folder.mkdir(parents=True, exist_ok=True)
        # Each embedding model gets its own chroma collection (its "space"): vectors of different
        # models don't mix.
        self.space = _collection_name(embedder_name)
        self._repairs: list[Repair] = []
        survived = self._set_aside_damaged_library()
        self._chunks, chroma_repair = self._open_chunk_index()
        self._library = Library(self.folder / _DATABASE, self.space)
        try:
            if survived is not None:
                self._restore_library(*survived)
            if chroma_repair is not None:
                self._forget_lost_vectors(chroma_repair)
            self._reconcile(report=survived is None and chroma_repair is None)
        except Exception:
            self.close()
            raise
        for repair in self._repairs:
            log.info("The document index was repaired: %s", repair.message)

    @guarded
    def close(self) -> None:
        self._library.close()
        self._chunks.close()

    def repairs(self) -> list[Repair]:
        """What this open repaired in the index folder (empty when all was well)."""
        return list(self._repairs)

    # -- the check at open ----------------------------------------------------------------------

    def _set_aside_damaged_library(self):
        """A damaged files.sqlite3 is moved aside whole; returns (what survived of it, the
        reason, where it went), or None when it is sound (or new)."""
        database = self.folder / _DATABASE
        if not database.exists():
            return None
        problem = data_health.sqlite_problem(database)
        if problem is None:
            return None
        moved_to = data_health.move_aside(database, _SQLITE_COMPANIONS)
        drop_saved_matrices(self.folder)
        return data_health.read_what_survives(moved_to), problem, moved_to

    def _open_chunk_index(self) -> tuple[ChunkIndex, Repair | None]:
        """chroma, checked (data_health, then a probe read); a damaged one is moved aside and
        a fresh one opened. The repair says so (its file count is filled in later)."""
        if self.server is not None:
            # Nothing on a shared server is ever moved aside: its failures are raised.
            return ChunkIndex(self.folder, self.space, self.server), None
        chroma = self.folder / _CHROMA
        problem = data_health.chroma_problem(chroma)
        if problem is None:
            chunks = None
            try:
                chunks = ChunkIndex(self.folder, self.space)
                chunks.probe()
                return chunks, None
            except Exception as error:  # chroma's own words for a damaged index
                if chunks is not None:
                    chunks.close()
                if disk_nearly_full(self.folder):
                    raise  # a full disk, not a damaged index: disk_full, nothing moved aside
                problem = f"{type(error).__name__}: {error}"
        moved_to = data_health.move_aside(chroma)
        repair = Repair("index_moved_aside", {"detail": problem, "moved_to": str(moved_to)})
        return ChunkIndex(self.folder, self.space), repair

    def _forget_lost_vectors(self, repair: Repair) -> None:
        """The vectors went with the damaged chroma: this space's records and keywords go too,
        so the files count as not indexed and the start-up sync indexes them again."""
        paths = [record.path for record in self._library.files()]
        self._library.delete_records(paths)
        self._library.clear_pending(list(self._library.pending()))
        self._chunks.keywords.clear()
        self._repairs.append(replace(repair, params={**repair.params, "files": len(paths)}))

    def _restore_library(self, survived, problem: str, moved_to: Path) -> None:
        """A fresh library from what its damaged copy still held; when nothing of it could be
        read, the paths the chunks were stored under go into the default collection. Either
        way no file has a record, so every chunk is stale and goes (in `_reconcile`)."""
        self._library.restore(survived)
        kept = survived.member_paths
        if not kept and self.server is None:  # a shared server's paths are not all ours
            kept = {path for path in self._chunks.chunks_by_path() if path}
            self._library.add_members(DEFAULT_COLLECTION, sorted(kept))
        self._repairs.append(
            Repair(
                "library_moved_aside",
                {"detail": problem, "moved_to": str(moved_to), "kept": len(kept)},
            )
        )

    def _reconcile(self, report: bool) -> None:
        """Records, vectors and keywords agree, or are made to: half-stored files (pending)
        and chunks without a record are removed, records whose chunks are missing are dropped
        (those files are indexed again). Cheap when all is well: three counts."""
        # Files another running process is indexing now are its business, not damage.
        at_work = {
            path
            for path, pid in self._library.pending_by_process().items()
            if pid != os.getpid() and data_health.process_alive(pid)
        }
        half_done = self._library.pending() - at_work
        removed = {path: self._chunks.chunks_of(path) for path in half_done}
        for path in half_done:
            self._chunks.remove_file(path)
        self._library.delete_records(list(half_done))
        self._library.clear_pending(list(half_done))
        if self.server is not None:
            self._reconcile_shared(at_work)
            self._report_removed(removed, report)
            return
        keywords = self._chunks.keywords
        if not at_work:  # the usual case: three counts and no scan
            recorded = self._library.chunks_recorded()
            if self._chunks.count() == recorded and keywords.count() == recorded:
                self._report_removed(removed, report)
                return
        records = {path: n for path, n in self._library_records().items() if path not in at_work}
        vectors = {p: n for p, n in self._chunks.chunks_by_path().items() if p not in at_work}
        words = {p: n for p, n in keywords.counts_by_path().items() if p not in at_work}
        for path in (set(vectors) | set(words)) - set(records):
            removed[path] = removed.get(path, 0) + vectors.get(path, 0)
            self._chunks.remove_file(path)
        lost = [
            path
            for path, chunks in records.items()
            if vectors.get(path, 0) != chunks or words.get(path, 0) != chunks
        ]
        for path in lost:
            self._chunks.remove_file(path)
        self._library.delete_records(lost)
        self._report_removed(removed, report)
        if lost and report:
            self._repairs.append(Repair("records_without_vectors", {"files": len(lost)}))

    def _reconcile_shared(self, at_work: set[str]) -> None:
        """The check at open against a shared server (see the module's docstring): deletes
        nothing there; the keyword index follows the server, a record whose chunks are not
        all there is dropped (the file is indexed again). Cheap when all is well: two counts."""
        if self._chunks.count() == self._chunks.keywords.count():
            return
        vectors = self._chunks.chunks_by_path()
        self._chunks.bring_keywords_in_step(vectors, skip=at_work)
        lost = [
            path
            for path, chunks in self._library_records().items()
            if path not in at_work and vectors.get(path, 0) != chunks
        ]
        self._library.delete_records(lost)

    def _library_records(self) -> dict[str, int]:
        return {record.path: record.chunk_count for record in self._library.files()}

    def _report_removed(self, removed: dict[str, int], report: bool) -> None:
        if removed and report:
            self._repairs.append(
                Repair(
                    "vectors_without_record",
                    {"chunks": sum(removed.values()), "files": len(removed)},
                )
            )

    # -- the chunk index ------------------------------------------------------------------------

    @guarded
    def chunk_count(self) -> int:
        return self._chunks.count()

    @guarded
    def begin_file(self, path: str) -> None:
        """Step 1 of the write order: `path` is pending (not searched) and no chunk of it is
        left."""
        self._library.mark_pending(path)
        self._chunks.remove_file(path)

    @guarded
    def add_chunks(
        self, chunks: Sequence[StoredChunk], embeddings: Sequence[Sequence[float]]
    ) -> None:
        """Step 2: store chunks (and their vectors) of the file begun."""
        self._chunks.add(chunks, embeddings)

    @guarded
    def copy_chunks(self, source: str, target: str) -> int:
        """Store `source`'s chunks again under `target`, vectors included: no embedding needed.

        Call between begin_file(target) and finish_file(target), like add_chunks.
        """
        return self._chunks.copy(source, target)

    @guarded
    def query(
        self, embedding: Sequence[float], top_k: int, paths: Sequence[str] | None = None
    ) -> list[Hit]:
        """The nearest chunks; with `paths`, only chunks of those files (a chat's collections).
        Never a chunk of a file being indexed, nor of one without a record."""
        pending = sorted(self._library.pending())
        return self._complete(self._chunks.query(embedding, top_k, paths, pending))

    @guarded
    def keyword_query(self, text: str, top_k: int, paths: Sequence[str] | None = None) -> list[Hit]:
        """The best `top_k` chunks by BM25 keyword score (see keyword_index.py), best first."""
        pending = sorted(self._library.pending())
        return self._complete(self._chunks.keyword_query(text, top_k, paths, pending))

    @guarded
    def hits_by_id(self, chunk_ids: Sequence[str]) -> list[Hit]:
        return self._complete(self._chunks.hits_by_id(chunk_ids))

    @guarded
    def neighbours(self, hit: Hit, radius: int = 1) -> list[Hit]:
        """The chunks just before and after `hit` in its file, in order, `hit` included."""
        return self._complete(self._chunks.neighbours(hit, radius))

    def _complete(self, hits: list[Hit]) -> list[Hit]:
        """Only hits of files completely indexed: recorded, and not being indexed again (another
        process may be writing the folder; its pending marks are on disk)."""
        if not hits:
            return hits
        pending = self._library.pending()
        if self.server is not None:  # a shared server's unrecorded chunks are a teammate's
            return [hit for hit in hits if hit.path not in pending]
        recorded = self._library.recorded([hit.path for hit in hits])
        return [hit for hit in hits if hit.path in recorded and hit.path not in pending]

    # -- file records ---------------------------------------------------------------------------

    @guarded
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
        """Step 3: the file's record, in one transaction; from now on it counts as indexed."""
        self._library.record_file(path, digest, size, mtime, chunks, pages, chunking)

    @guarded
    def file_record(self, path: str) -> FileRecord | None:
        return self._library.file_record(path)

    @guarded
    def files(self) -> list[FileRecord]:
        return self._library.files()

    @guarded
    def indexed_twin(self, digest: str, chunking: str) -> str | None:
        """Another indexed file with the same content and chunking, if any (a duplicate)."""
        return self._library.indexed_twin(digest, chunking)

    @guarded
    def stale_files(self, chunking: str) -> list[str]:
        """Member files not indexed under the current embedder and chunking: to re-index."""
        return self._library.stale_files(chunking)

    @guarded
    def remove_file(self, path: str) -> None:
        """Its chunks, then its record (a crash between leaves a record that is redone)."""
        self._chunks.remove_file(path)
        self._library.delete_record(path)

    @guarded
    def forget_file(self, path: str) -> None:
        """A file that is gone from disk: out of every collection, its chunks deleted."""
        self._library.remove_from_every_collection(path)
        self._drop_orphans([path])

    # -- failures -------------------------------------------------------------------------------

    @guarded
    def record_failure(self, path: str, code: str, params: dict) -> None:
        self._library.record_failure(path, code, params)

    @guarded
    def clear_failure(self, path: str) -> None:
        self._library.clear_failure(path)

    @guarded
    def failures(self) -> dict[str, tuple[str, dict]]:
        """path -> (error code, its parameters), for files whose last attempt failed."""
        return self._library.failures()

    # -- collections and watched folders --------------------------------------------------------

    @guarded
    def collections(self) -> list[str]:
        return self._library.collections()

    @guarded
    def create_collection(self, name: str) -> None:
        self._library.create_collection(name)

    @guarded
    def rename_collection(self, old: str, new: str) -> None:
        self._library.rename_collection(old, new)

    @guarded
    def delete_collection(self, name: str) -> None:
        self._drop_orphans(self._library.delete_collection(name))

    @guarded
    def add_members(self, collection: str, paths: Sequence[str]) -> None:
        self._library.add_members(collection, paths)

    @guarded
    def members(self, collection: str) -> list[str]:
        return self._library.members(collection)

    @guarded
    def paths_in(self, collections: Sequence[str]) -> list[str]:
        return self._library.paths_in(collections)

    @guarded
    def remove_member(self, collection: str, path: str) -> None:
        """Take a file out of a collection; its chunks go when no collection holds it any more."""
        self._library.remove_member(collection, path)
        self._drop_orphans([path])

    @guarded
    def watch_folder(self, collection: str, folder: str) -> None:
        self._library.watch_folder(collection, folder)

    @guarded
    def watched_folders(self) -> list[tuple[str, str]]:
        """(collection, folder) pairs, for the folder watcher and the start-up re-check."""
        return self._library.watched_folders()

    @guarded
    def library(self) -> list[LibraryCollection]:
        """Every collection with its files and their state: one snapshot for the panel."""
        return self._library.snapshot()

    def _drop_orphans(self, paths: Sequence[str]) -> None:
        for path in self._library.orphans(paths):
            self.remove_file(path)
            self._library.clear_failure(path)


def index_folder(data_dir: Path, server: ChromaServer | None = None) -> Path:
    """Where the store keeps its files: `index/`, or with a Chroma server the bookkeeping of
    that server's shared collections, apart from the local ones."""
    if server is None:
        return data_dir / "index"
    return data_dir / _SHARED_FOLDER / server.slug


def read_library(
    data_dir: Path, embedder_name: str, server: ChromaServer | None = None
) -> list[LibraryCollection]:
    """The library as `DocumentStore.library()` gives it, read from the SQLite bookkeeping
    alone: no chromadb, no embedder. The window shows it at start while the store opens."""
    database = index_folder(data_dir, server) / _DATABASE
    if not database.is_file():
        return []
    library = Library(database, _collection_name(embedder_name))
    try:
        return library.snapshot()
    finally:
        library.close()


def _collection_name(embedder_name: str) -> str:
    # Chroma names: 3-512 chars of [a-zA-Z0-9._-], starting and ending alphanumeric.
    slug = re.sub(r"[^a-zA-Z0-9._-]+", "-", embedder_name).strip("-._") or "default"
    return f"chunks-{slug}"[:200]


def _chroma_client(folder: Path, server: ChromaServer | None):
    """chromadb in the index folder, or the Chroma server's client."""
    if server is not None:
        return chroma_server.connect(server)
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(
        path=str(folder / _CHROMA),
        settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False),
    )


def _stored_chunk(text: str, meta: dict) -> StoredChunk:
    """A chunk as it was stored, from its text and metadata (`_metadata`'s inverse)."""
    return StoredChunk(
        path=str(meta["path"]),
        number=int(meta["chunk"]),
        page=int(meta["page"]) if meta.get("page") is not None else None,
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", 0)),
        text=text,
        heading=str(meta.get("heading", "")),
    )


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
