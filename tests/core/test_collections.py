"""Named document collections: membership, filtering a search, removal, failures remembered."""

from __future__ import annotations

import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core import retrieval
from desktop_app.core.ingest import pipeline
from desktop_app.core.store import DocumentStore


@pytest.fixture
def library(tmp_path, embedder):
    store = DocumentStore(tmp_path / "data", embedder.name)
    options = services.chunking_options(Settings(), embedder)
    work = tmp_path / "work.txt"
    work.write_text("The quarterly budget meeting is on Tuesday in room 4.")
    home = tmp_path / "home.txt"
    home.write_text("The family dinner with grandmother is on Sunday at six.")
    for path, collection in ((work, "Work"), (home, "Home")):
        list(pipeline.index_paths([path], store, embedder, options, collection=collection))
    yield store, work, home
    store.close()


def test_collections_and_members(library):
    store, work, home = library
    assert store.collections() == ["Work", "Home"]
    assert store.members("Work") == [str(work)]
    assert sorted(store.paths_in(["Work", "Home"])) == sorted([str(work), str(home)])


def test_search_is_limited_to_the_chosen_collections(library, embedder):
    store, work, home = library
    question = "When is the dinner with grandmother?"
    assert retrieval.search(store, embedder, question, 5)[0].path == str(home)
    only_work = retrieval.search(store, embedder, question, 5, collections=["Work"])
    assert [hit.path for hit in only_work] == [str(work)]
    assert retrieval.search(store, embedder, question, 5, collections=["Empty"]) == []


def test_a_file_in_two_collections_is_stored_once_and_kept_until_both_let_go(library, embedder):
    store, work, _home = library
    options = services.chunking_options(Settings(), embedder)
    events = list(pipeline.index_paths([work], store, embedder, options, collection="Home"))
    assert any(isinstance(event, pipeline.FileUnchanged) for event in events)
    assert store.chunk_count() == 2
    store.remove_member("Work", str(work))
    assert store.chunk_count() == 2  # still in "Home"
    store.delete_collection("Home")
    assert store.chunk_count() == 0 and store.files() == []
    assert store.collections() == ["Work"] and store.members("Work") == []


def test_rename_keeps_members(library):
    store, work, _home = library
    store.rename_collection("Work", "Job")
    assert store.members("Job") == [str(work)] and "Work" not in store.collections()


def test_failures_are_remembered_until_the_file_indexes(tmp_path, embedder):
    store = DocumentStore(tmp_path / "data", embedder.name)
    options = services.chunking_options(Settings(), embedder)
    broken = tmp_path / "notes.txt"
    broken.write_bytes(b"")
    list(pipeline.index_paths([broken], store, embedder, options))
    assert store.failures() == {str(broken): ("empty_file", {})}
    assert store.members(pipeline.DEFAULT_COLLECTION) == [str(broken)]
    store.close()
    store = DocumentStore(tmp_path / "data", embedder.name)  # after a restart
    assert str(broken) in store.failures()
    broken.write_text("Now there is text.")
    list(pipeline.index_paths([broken], store, embedder, options))
    assert store.failures() == {}
    store.close()
