"""The document store as the rest of Lokal sees it: one Protocol, two implementations.

- `store.DocumentStore` runs in the caller's process (the CLI, tests);
- `store_process.StoreProcess` runs one in a child process (the GUI's index worker: chromadb
  holds the GIL during its writes) and forwards each of these methods by name.
`services.open_store` picks one. Both report failures as `store_errors.as_store_error` maps
them: a LokalError, never a raw chromadb or SQLite exception.

Writing one file is always `begin_file`, then `add_chunks` or `copy_chunks`, then
`finish_file`: that order is what makes indexing crash-safe (see store.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from desktop_app.core.repairs import Repair
from desktop_app.core.store_types import FileRecord, Hit, LibraryCollection, StoredChunk


class Store(Protocol):
    """The methods the pipeline, retrieval, the workers and the CLI call on a store."""

    def close(self) -> None: ...

    def repairs(self) -> list[Repair]: ...

    # -- the chunk index: vectors and keywords ------------------------------------------------

    def chunk_count(self) -> int: ...

    def begin_file(self, path: str) -> None: ...

    def add_chunks(
        self, chunks: Sequence[StoredChunk], embeddings: Sequence[Sequence[float]]
    ) -> None: ...

    def copy_chunks(self, source: str, target: str) -> int: ...

    def query(
        self, embedding: Sequence[float], top_k: int, paths: Sequence[str] | None = None
    ) -> list[Hit]: ...

    def keyword_query(
        self, text: str, top_k: int, paths: Sequence[str] | None = None
    ) -> list[Hit]: ...

    def hits_by_id(self, chunk_ids: Sequence[str]) -> list[Hit]: ...

    def neighbours(self, hit: Hit, radius: int = 1) -> list[Hit]: ...

    # -- file records ---------------------------------------------------------------------------

    def finish_file(
        self,
        path: str,
        digest: str,
        size: int,
        mtime: float,
        chunks: int,
        pages: int | None,
        chunking: str = "",
    ) -> None: ...

    def file_record(self, path: str) -> FileRecord | None: ...

    def files(self) -> list[FileRecord]: ...

    def indexed_twin(self, digest: str, chunking: str) -> str | None: ...

    def stale_files(self, chunking: str) -> list[str]: ...

    def remove_file(self, path: str) -> None: ...

    def forget_file(self, path: str) -> None: ...

    # -- failures -------------------------------------------------------------------------------

    def record_failure(self, path: str, code: str, params: dict) -> None: ...

    def clear_failure(self, path: str) -> None: ...

    def failures(self) -> dict[str, tuple[str, dict]]: ...

    # -- collections and watched folders --------------------------------------------------------

    def collections(self) -> list[str]: ...

    def create_collection(self, name: str) -> None: ...

    def rename_collection(self, old: str, new: str) -> None: ...

    def delete_collection(self, name: str) -> None: ...

    def add_members(self, collection: str, paths: Sequence[str]) -> None: ...

    def members(self, collection: str) -> list[str]: ...

    def paths_in(self, collections: Sequence[str]) -> list[str]: ...

    def remove_member(self, collection: str, path: str) -> None: ...

    def watch_folder(self, collection: str, folder: str) -> None: ...

    def watched_folders(self) -> list[tuple[str, str]]: ...

    def library(self) -> list[LibraryCollection]: ...
