"""A file half indexed (begun, some chunks stored, never finished) is never searched: not in
the process writing it, not in another process reading the same folder, and after a restart
its chunks are gone. Real chromadb and SQLite on disk; the vectors are made up (no model)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from desktop_app.core.store import DocumentStore
from desktop_app.core.store_types import Hit, StoredChunk, chunk_id
from tests.reliability.conftest import REPO, subprocess_env

SPACE = "partial-test-embedder"
DONE, HALF = "/docs/done.txt", "/docs/half.txt"
DIMENSIONS = 8
HALF_CHUNKS = 40  # stored before the "crash"; the file would have had more


def vector(seed: int) -> list[float]:
    return [1.0 if index == seed % DIMENSIONS else 0.01 * seed for index in range(DIMENSIONS)]


def chunk(path: str, number: int, text: str) -> StoredChunk:
    return StoredChunk(path, number, None, 0, len(text), text)


def write_done_file(store: DocumentStore) -> None:
    store.add_members("Documents", [DONE, HALF])
    store.begin_file(DONE)
    chunks = [chunk(DONE, n, f"The ferry to Bornholm leaves at 08:{n:02d}.") for n in range(3)]
    store.add_chunks(chunks, [vector(1) for _ in chunks])
    store.finish_file(DONE, "digest-done", 100, 0.0, len(chunks), None)


def write_half_file(store: DocumentStore) -> None:
    """begin_file and some add_chunks, no finish_file: as a run killed mid-file leaves it."""
    store.begin_file(HALF)
    chunks = [chunk(HALF, n, f"The zeppelin hangar number {n}.") for n in range(HALF_CHUNKS)]
    store.add_chunks(chunks, [vector(5) for _ in chunks])


def what_search_finds(store) -> dict[str, list[str]]:
    """The paths each way of searching returns, for the half file's own words and vector."""
    done_hit = Hit(DONE, None, 0.0, "", 0, 0, chunk=1)
    half_ids = [chunk_id(HALF, n) for n in range(HALF_CHUNKS)]
    return {
        "query": [hit.path for hit in store.query(vector(5), 10)],
        "query_in_collection": [hit.path for hit in store.query(vector(5), 10, [DONE, HALF])],
        "keyword_query": [hit.path for hit in store.keyword_query("zeppelin hangar", 10)],
        "hits_by_id": [hit.path for hit in store.hits_by_id(half_ids)],
        "neighbours": [hit.path for hit in store.neighbours(done_hit)],
        "neighbours_of_half": [
            hit.path for hit in store.neighbours(Hit(HALF, None, 0.0, "", 0, 0, chunk=3))
        ],
    }


READER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from desktop_app.core.store import DocumentStore
    from tests.reliability.test_partial_files import SPACE, what_search_finds
    store = DocumentStore(Path(sys.argv[1]), SPACE)
    try:
        print(json.dumps(what_search_finds(store)))
    finally:
        store.close()
    """
)


def assert_half_file_unseen(found: dict[str, list[str]]) -> None:
    for way, paths in found.items():
        assert HALF not in paths, f"{way} returned the half-indexed file's chunks: {paths}"
    assert found["query"] == [DONE] * 3  # the complete file is still found
    assert found["neighbours"] == [DONE] * 3


@pytest.fixture
def half_indexed(tmp_path):
    store = DocumentStore(tmp_path, SPACE)
    write_done_file(store)
    write_half_file(store)
    yield tmp_path, store
    store.close()


def test_the_writing_process_does_not_find_a_half_indexed_file(half_indexed):
    _, store = half_indexed
    assert store.chunk_count() == 3 + HALF_CHUNKS  # the chunks are stored, only not searched
    assert_half_file_unseen(what_search_finds(store))


def test_another_process_does_not_find_it_either_nor_removes_it(half_indexed):
    data_dir, store = half_indexed
    reader = subprocess.run(
        [sys.executable, "-c", READER, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env=subprocess_env(),
    )
    assert reader.returncode == 0, reader.stderr
    assert_half_file_unseen(json.loads(reader.stdout.strip().splitlines()[-1]))
    # The writer is alive: its file in progress is its own, not damage for the reader to undo.
    assert store.chunk_count() == 3 + HALF_CHUNKS
    store.add_chunks([chunk(HALF, HALF_CHUNKS, "The zeppelin's last page.")], [vector(5)])
    store.finish_file(HALF, "digest-half", 100, 0.0, HALF_CHUNKS + 1, None)
    assert HALF in [hit.path for hit in store.keyword_query("zeppelin hangar", 10)]  # now done


def test_after_a_reopen_the_half_indexed_file_is_gone(half_indexed):
    data_dir, store = half_indexed
    store.close()  # as a kill leaves it: no finish_file
    reopened = DocumentStore(data_dir, SPACE)
    try:
        [repair] = reopened.repairs()
        assert repair.code == "vectors_without_record"
        assert repair.params == {"chunks": HALF_CHUNKS, "files": 1}
        assert reopened.chunk_count() == 3  # the half file's chunks were removed at open
        assert reopened.file_record(HALF) is None
        assert reopened.stale_files("") == [HALF]  # so the next run indexes it
        assert_half_file_unseen(what_search_finds(reopened))
    finally:
        reopened.close()
    again = DocumentStore(data_dir, SPACE)  # told once: nothing is left to repair
    try:
        assert again.repairs() == []
    finally:
        again.close()
