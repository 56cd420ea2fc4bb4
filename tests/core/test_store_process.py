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
    with pytest.raises(LokalError) as caught:
        remote.no_such_method()
    assert caught.value.code == "index_unavailable"


def test_a_dead_store_process_is_reported(remote):
    remote._process.kill()
    remote._process.join(5)
    with pytest.raises(LokalError) as caught:
        remote.collections()
    assert caught.value.code == "index_unavailable"
    assert "stopped" in caught.value.message
