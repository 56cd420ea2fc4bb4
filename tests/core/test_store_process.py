"""The document store in its own process (what the GUI uses): same answers as in-process,
errors arrive intact, and a crashed store process is a clear error, not a hang."""

from __future__ import annotations

import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core import retrieval
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest import pipeline
from desktop_app.core.store_process import StoreProcess
from desktop_app.core.store_types import StoredChunk


@pytest.fixture
def remote(tmp_path, embedder):
    store = StoreProcess(tmp_path / "data", embedder.name)
    yield store
    store.close()


def test_indexing_and_search_through_the_store_process(remote, embedder, tmp_path):
    note = tmp_path / "ferry.txt"
    note.write_text("The ferry to Bornholm leaves at 08:30 from Køge.")
    options = services.chunking_options(Settings(), embedder)
    events = list(pipeline.index_paths([note], remote, embedder, options, collection="Travel"))
    assert events[-1] == pipeline.RunFinished(indexed=1, unchanged=0, failed=0, cancelled=False)
    [hit] = retrieval.search(remote, embedder, "When does the ferry leave?", 3, ["Travel"])
    assert hit.path == str(note) and "08:30" in hit.text
    assert remote.library()[0].files[0].state == "indexed"


def test_errors_cross_the_pipe_with_their_code(remote):
    chunk = StoredChunk(path="a.txt", number=0, page=None, start=0, end=3, text="abc")
    remote.begin_file("a.txt")
    with pytest.raises(LokalError) as caught:  # one chunk, no vector: a failure in the child
        remote.add_chunks([chunk], [])
    assert caught.value.code == "index_unavailable"
    assert "ValueError" in caught.value.message  # the child's exception, named
    assert remote.collections() == []  # and the store process goes on answering


def test_only_the_stores_methods_are_forwarded(remote):
    with pytest.raises(AttributeError):
        remote.no_such_method  # noqa: B018 - no attribute becomes a remote call any more
    with pytest.raises(LokalError) as caught:  # a bad name sent anyway is refused by the child
        remote._call("no_such_method")
    assert caught.value.code == "index_unavailable"


def test_a_dead_store_process_is_reported(remote):
    remote._process.kill()
    remote._process.join(5)
    with pytest.raises(LokalError) as caught:
        remote.collections()
    assert caught.value.code == "index_unavailable"
    assert "stopped" in caught.value.message
