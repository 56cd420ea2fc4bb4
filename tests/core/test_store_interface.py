"""One store Protocol, two implementations that match it exactly, and one way failures reach
the user: a damaged index is "the document index is not available (...)", never a traceback."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from desktop_app.core.errors import LokalError
from desktop_app.core.store import DocumentStore
from desktop_app.core.store_process import StoreProcess
from desktop_app.core.store_protocol import Store
from desktop_app.core.store_types import StoredChunk
from desktop_app.paths import BUNDLED_EMBEDDING_MODEL_NAME
from tests.cli.test_cli import lokal

IMPLEMENTATIONS = [DocumentStore, StoreProcess]
DAMAGEABLE = ["chroma/chroma.sqlite3", "files.sqlite3"]


def protocol_methods() -> list[str]:
    return sorted(
        name
        for name, member in vars(Store).items()
        if callable(member) and not name.startswith("_")
    )


def public_methods(cls: type) -> list[str]:
    return sorted(
        name for name, member in vars(cls).items() if callable(member) and not name.startswith("_")
    )


def test_the_protocol_covers_what_the_pipeline_and_retrieval_call():
    # A sample of each kind, so an empty or truncated Protocol cannot pass the tests below.
    expected = {"begin_file", "add_chunks", "finish_file", "query", "keyword_query", "library"}
    assert expected <= set(protocol_methods())


@pytest.mark.parametrize("implementation", IMPLEMENTATIONS, ids=lambda cls: cls.__name__)
def test_each_implementation_has_every_protocol_method_with_its_signature(implementation):
    for name in protocol_methods():
        method = getattr(implementation, name, None)
        assert method is not None, f"{implementation.__name__} lacks {name}"
        assert inspect.signature(method) == inspect.signature(getattr(Store, name)), name


@pytest.mark.parametrize("implementation", IMPLEMENTATIONS, ids=lambda cls: cls.__name__)
def test_no_implementation_offers_more_than_the_protocol(implementation):
    # A method added to one store only would be missing from the other front ends' store.
    assert public_methods(implementation) == protocol_methods()


def test_the_store_process_forwards_nothing_by_magic():
    assert not hasattr(StoreProcess, "__getattr__")
    assert StoreProcess.__getattribute__ is object.__getattribute__


# -- failures: one mapping, both stores -------------------------------------------------------


def make_index(data_dir) -> None:
    """A small index on disk, made without any model (the vectors are made up)."""
    store = DocumentStore(data_dir, BUNDLED_EMBEDDING_MODEL_NAME)
    try:
        store.add_members("Notes", ["note.txt"])
        store.begin_file("note.txt")
        store.add_chunks([StoredChunk("note.txt", 0, None, 0, 11, "hello world")], [[0.1] * 8])
        store.finish_file("note.txt", "digest", 11, 0.0, 1, None)
    finally:
        store.close()


def damage(data_dir, name: str) -> None:
    (data_dir / "index" / name).write_bytes(b"not a database, just garbage " * 200)


@pytest.mark.parametrize("damaged", DAMAGEABLE)
def test_a_damaged_index_is_moved_aside_in_process(tmp_path, damaged):
    make_index(tmp_path)
    damage(tmp_path, damaged)
    store = DocumentStore(tmp_path, BUNDLED_EMBEDDING_MODEL_NAME)
    try:
        [repair] = store.repairs()
        assert repair.code in ("index_moved_aside", "library_moved_aside")
        assert "DatabaseError" in repair.params["detail"]
        assert store.members("Notes" if damaged.startswith("chroma") else "Documents") == [
            "note.txt"
        ]  # the file is kept, to be indexed again
        assert store.files() == [] and store.stale_files("") == ["note.txt"]
    finally:
        store.close()
    assert (tmp_path / "index" / Path(repair.params["moved_to"]).name).exists()


def test_a_damaged_index_is_repaired_through_the_store_process_too(tmp_path):
    make_index(tmp_path)
    damage(tmp_path, "files.sqlite3")
    store = StoreProcess(tmp_path, BUNDLED_EMBEDDING_MODEL_NAME)
    try:
        [repair] = store.repairs()  # as the in-process store says it, across the pipe
    finally:
        store.close()
    assert repair.code == "library_moved_aside"
    assert "DatabaseError" in repair.params["detail"]


def test_a_failing_call_is_unavailable_not_a_raw_exception(tmp_path):
    store = DocumentStore(tmp_path, BUNDLED_EMBEDDING_MODEL_NAME)
    try:
        chunk = StoredChunk("note.txt", 0, None, 0, 11, "hello world")
        with pytest.raises(LokalError) as caught:  # a chunk without its vector
            store.add_chunks([chunk], [])
        assert caught.value.code == "index_unavailable"
        assert store.chunk_count() == 0  # and the store is still usable
    finally:
        store.close()


@pytest.mark.parametrize("damaged", DAMAGEABLE)
def test_cli_search_on_a_damaged_index_says_what_it_repaired(tmp_path, damaged):
    data = tmp_path / "data"
    make_index(data)
    damage(data, damaged)
    result = lokal("search", "hello", data_dir=data)
    assert "lokal: repaired: " in result.stderr and "was damaged" in result.stderr
    assert "Traceback" not in result.stderr
    assert "(no sources: nothing indexed matches)" in result.stdout
    again = lokal("search", "hello", data_dir=data)  # told once: the next run finds all well
    assert "repaired" not in again.stderr
