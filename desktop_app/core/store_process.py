"""The document store in a process of its own, behind the same Protocol as DocumentStore.

Why: chromadb holds Python's GIL for the whole of each write (30-60 ms idle, 130-380 ms with
the cores busy), and every other thread of the process waits meanwhile, the GUI's included.
In its own process those writes cannot freeze the window. The GUI's index worker uses this;
the CLI, which has no window, uses DocumentStore directly (services.open_store picks).

Calls are forwarded over a pipe, one at a time, from the thread that owns the proxy. The
child is started with "spawn" (no fork of a process that holds Qt and model threads). Each
method of `store_protocol.Store` is written out below and forwarded by its name, so a type
checker (and tests/core/test_store_interface.py) can see that the proxy is a complete Store.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.core.child_process import die_with_parent
from desktop_app.core.chroma_server import ChromaServer
from desktop_app.core.errors import LokalError
from desktop_app.core.repairs import Repair
from desktop_app.core.store import DocumentStore
from desktop_app.core.store_errors import as_store_error
from desktop_app.core.store_types import FileRecord, Hit, LibraryCollection, StoredChunk

_START_TIMEOUT_SECONDS = 120


class StoreProcess:
    """A DocumentStore living in a child process; call its methods as usual (with a Chroma
    `server`, its chunks are there: see store.py)."""

    def __init__(
        self, data_dir: Path, embedder_name: str, server: ChromaServer | None = None
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, child_end = context.Pipe()
        self._process = context.Process(
            target=_serve,
            args=(child_end, str(data_dir), embedder_name, server),
            name="lokal-store",
            daemon=True,
        )
        self._process.start()
        child_end.close()
        if not self._connection.poll(_START_TIMEOUT_SECONDS):
            self._process.kill()
            raise LokalError("index_unavailable", detail="its process did not start")
        self._receive()  # the child's "ready", or the error that stopped it

    def close(self) -> None:
        if self._process.is_alive():
            try:
                self._connection.send(("close", ()))
                self._receive()
            except (LokalError, OSError):
                pass
            self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
        self._connection.close()

    def repairs(self) -> list[Repair]:
        return self._call("repairs")

    # -- the chunk index ------------------------------------------------------------------------

    def chunk_count(self) -> int:
        return self._call("chunk_count")

    def begin_file(self, path: str) -> None:
        self._call("begin_file", path)

    def add_chunks(
        self, chunks: Sequence[StoredChunk], embeddings: Sequence[Sequence[float]]
    ) -> None:
        self._call("add_chunks", chunks, embeddings)

    def copy_chunks(self, source: str, target: str) -> int:
        return self._call("copy_chunks", source, target)

    def query(
        self, embedding: Sequence[float], top_k: int, paths: Sequence[str] | None = None
    ) -> list[Hit]:
        return self._call("query", embedding, top_k, paths)

    def keyword_query(self, text: str, top_k: int, paths: Sequence[str] | None = None) -> list[Hit]:
        return self._call("keyword_query", text, top_k, paths)

    def hits_by_id(self, chunk_ids: Sequence[str]) -> list[Hit]:
        return self._call("hits_by_id", chunk_ids)

    def neighbours(self, hit: Hit, radius: int = 1) -> list[Hit]:
        return self._call("neighbours", hit, radius)

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
    ) -> None:
        self._call("finish_file", path, digest, size, mtime, chunks, pages, chunking)

    def file_record(self, path: str) -> FileRecord | None:
        return self._call("file_record", path)

    def files(self) -> list[FileRecord]:
        return self._call("files")

    def indexed_twin(self, digest: str, chunking: str) -> str | None:
        return self._call("indexed_twin", digest, chunking)

    def stale_files(self, chunking: str) -> list[str]:
        return self._call("stale_files", chunking)

    def remove_file(self, path: str) -> None:
        self._call("remove_file", path)

    def forget_file(self, path: str) -> None:
        self._call("forget_file", path)

    # -- failures -------------------------------------------------------------------------------

    def record_failure(self, path: str, code: str, params: dict) -> None:
        self._call("record_failure", path, code, params)

    def clear_failure(self, path: str) -> None:
        self._call("clear_failure", path)

    def failures(self) -> dict[str, tuple[str, dict]]:
        return self._call("failures")

    # -- collections and watched folders --------------------------------------------------------

    def collections(self) -> list[str]:
        return self._call("collections")

    def create_collection(self, name: str) -> None:
        self._call("create_collection", name)

    def rename_collection(self, old: str, new: str) -> None:
        self._call("rename_collection", old, new)

    def delete_collection(self, name: str) -> None:
        self._call("delete_collection", name)

    def add_members(self, collection: str, paths: Sequence[str]) -> None:
        self._call("add_members", collection, paths)

    def members(self, collection: str) -> list[str]:
        return self._call("members", collection)

    def paths_in(self, collections: Sequence[str]) -> list[str]:
        return self._call("paths_in", collections)

    def remove_member(self, collection: str, path: str) -> None:
        self._call("remove_member", collection, path)

    def watch_folder(self, collection: str, folder: str) -> None:
        self._call("watch_folder", collection, folder)

    def watched_folders(self) -> list[tuple[str, str]]:
        return self._call("watched_folders")

    def library(self) -> list[LibraryCollection]:
        return self._call("library")

    # -- the pipe -------------------------------------------------------------------------------

    def _call(self, name: str, *args: Any) -> Any:
        """Run the child's DocumentStore method `name`; its result, or its error raised here."""
        try:
            self._connection.send((name, args))
        except (BrokenPipeError, OSError) as error:
            raise LokalError("index_unavailable", detail="its process stopped") from error
        return self._receive()

    def _receive(self) -> Any:
        try:
            succeeded, value = self._connection.recv()
        except (EOFError, OSError) as error:
            raise LokalError("index_unavailable", detail="its process stopped") from error
        if succeeded:
            return value
        raise value


def _serve(connection, data_dir: str, embedder_name: str, server: ChromaServer | None) -> None:
    """The child: own one DocumentStore and answer calls until told to close."""
    die_with_parent()  # a killed app must not leave its store process running
    try:
        store = DocumentStore(Path(data_dir), embedder_name, server)
    except Exception as error:
        connection.send((False, as_store_error(error)))
        return
    connection.send((True, None))
    while True:
        try:
            name, args = connection.recv()
        except (EOFError, OSError):  # the app went away: close cleanly
            store.close()
            return
        if name == "close":
            store.close()
            connection.send((True, None))
            return
        try:
            connection.send((True, getattr(store, name)(*args)))
        except Exception as error:  # the store maps its own; a bad call (a bug) maps here
            connection.send((False, as_store_error(error)))
