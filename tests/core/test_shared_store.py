"""Shared collections: the chunk index on a real Chroma server (`chroma run`, started by
tests/chroma_server.py), the bookkeeping and keyword index in a folder of the data folder's
own; real PDFs, the real embedder. Each test uses a space (collection) of its own on the one
server of the session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desktop_app import services
from desktop_app.config import Settings, save_settings
from desktop_app.core import chroma_server
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest import pipeline
from desktop_app.core.store import DocumentStore, read_library
from desktop_app.core.store_types import StoredChunk
from tests.chroma_server import (  # noqa: F401 (chroma_url_fixture: a fixture)
    chroma_url_fixture,
    free_port,
    running_chroma,
    token_proxy,
)

PAGES = [
    "Chapter one describes the weather in Copenhagen during the autumn months.",
    "The ferry to Bornholm leaves at 08:30 from the harbour of Køge every Tuesday.",
    "Chapter three lists the opening hours of the public libraries in Aarhus.",
]
TEAMMATE_PAGES = [
    "The greenhouse on the roof grows basil, chives and quillwort for the canteen.",
]


def _space(test: str) -> str:
    """An embedder name of the test's own: its own collection on the shared server."""
    return f"all-MiniLM-L6-v2-{test}-{uuid.uuid4().hex[:8]}"


def _server_chunks(url: str, space_name: str, path: str | None = None) -> int:
    """How many chunks the server holds in the space (of `path`), asked by a client of its own."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    server = chroma_server.parse(url)
    client = chromadb.HttpClient(
        host=server.host, port=server.port, settings=ChromaSettings(anonymized_telemetry=False)
    )
    try:
        collection = client.get_collection(f"chunks-{space_name}")
        if path is None:
            return collection.count()
        return len(collection.get(where={"path": path}, include=[])["ids"])
    finally:
        client.close()


def _index(store, embedder, targets, collection="Documents"):
    options = services.chunking_options(Settings(), embedder)
    events = list(
        pipeline.index_paths(
            [str(t) for t in targets], store, embedder, options, collection=collection
        )
    )
    failed = [event for event in events if isinstance(event, pipeline.FileFailed)]
    assert not failed, failed


def _pages_found(store, embedder, query: str, mode: str) -> list[tuple[str, int | None]]:
    settings = Settings()
    settings.retrieval.mode = mode
    settings.retrieval.neighbours = 0
    hits = services.make_retriever(settings, store, embedder).search(query, top_k=3)
    return [(Path(hit.path).name, hit.page) for hit in hits]


# -- the server's address: no server needed ------------------------------------------------------


def test_a_server_url_is_parsed_and_named():
    server = chroma_server.parse("http://127.0.0.1:8000/")
    assert (server.host, server.port, server.ssl, server.label) == (
        "127.0.0.1",
        8000,
        False,
        "127.0.0.1:8000",
    )
    assert server.is_loopback
    secure = chroma_server.parse("https://Chroma.Example.org")
    assert (secure.port, secure.ssl, secure.label, secure.is_loopback) == (
        443,
        True,
        "chroma.example.org:443",
        False,
    )
    assert chroma_server.parse("localhost:9000").url == "http://localhost:9000"
    assert chroma_server.parse("http://[::1]:8000").label == "[::1]:8000"
    for bad in (
        "",
        "ftp://host:21",
        "http://:8000",
        "http://host:port",
        "http://host:8000/api",
        "http://u:p@host:1",
    ):
        with pytest.raises(ValueError):
            chroma_server.parse(bad)


def test_settings_name_the_shared_server_or_none():
    settings = Settings()
    assert services.shared_server(settings) is None
    settings.shared.chroma_url = "http://10.0.0.5:8000"
    assert services.shared_server(settings) == chroma_server.parse("http://10.0.0.5:8000")
    settings.shared.chroma_url = "gopher://old"
    with pytest.raises(LokalError) as raised:
        services.shared_server(settings)
    assert raised.value.code == "chroma_server_unreachable"
    assert "gopher://old" in str(raised.value)


def test_a_server_that_is_down_is_said_so_and_nothing_local_is_touched(tmp_path):
    down = chroma_server.parse(f"http://127.0.0.1:{free_port()}")
    with pytest.raises(LokalError) as raised:
        DocumentStore(tmp_path / "data", "any-model", down)
    assert raised.value.code == "chroma_server_unreachable"
    assert down.url in str(raised.value)
    assert not (tmp_path / "data").exists()


# -- a real server -----------------------------------------------------------------------------


def test_a_shared_store_indexes_searches_and_deletes_on_the_server(
    chroma_url,
    embedder,
    tmp_path,
    qapp,
):
    from tests.pdfs import write_pdf

    data = tmp_path / "data"
    name = _space("one")
    pdf = write_pdf(tmp_path / "guide.pdf", PAGES)
    store = DocumentStore(data, name, chroma_server.parse(chroma_url))
    try:
        _index(store, embedder, [pdf])
        assert _server_chunks(chroma_url, name, str(pdf)) == store.chunk_count() > 0
        for mode in ("vector", "keyword", "hybrid"):
            found = _pages_found(store, embedder, "When does the ferry to Bornholm leave?", mode)
            assert found and found[0] == ("guide.pdf", 2), (mode, found)
        store.remove_file(str(pdf))
        assert _server_chunks(chroma_url, name, str(pdf)) == 0
        assert _pages_found(store, embedder, "ferry to Bornholm", "hybrid") == []
    finally:
        store.close()
    # The bookkeeping is in a folder of the server's own; the local index knows nothing of it.
    port = chroma_server.parse(chroma_url).port
    assert (data / "index-shared" / f"127.0.0.1-{port}" / "files.sqlite3").is_file()
    local = DocumentStore(data, name)
    try:
        assert local.chunk_count() == 0 and local.files() == [] and local.repairs() == []
    finally:
        local.close()


def test_a_teammate_finds_the_shared_chunks_and_opening_deletes_nothing(
    chroma_url,
    embedder,
    tmp_path,
    qapp,
):
    from tests.pdfs import write_pdf

    name = _space("team")
    server = chroma_server.parse(chroma_url)
    pdf = write_pdf(tmp_path / "guide.pdf", PAGES)
    mine = DocumentStore(tmp_path / "alice", name, server)
    try:
        _index(mine, embedder, [pdf])
    finally:
        mine.close()
    on_server = _server_chunks(chroma_url, name)

    teammate = DocumentStore(tmp_path / "bob", name, server)
    try:
        assert teammate.repairs() == [] and teammate.files() == []
        assert _server_chunks(chroma_url, name) == on_server  # its open deleted nothing
        for mode in ("vector", "keyword"):
            found = _pages_found(teammate, embedder, "When does the ferry to Bornholm leave?", mode)
            assert found and found[0] == ("guide.pdf", 2), (mode, found)
        # Bob's own collection, then deleted: his chunks leave the server, Alice's stay.
        notes = write_pdf(tmp_path / "greenhouse.pdf", TEAMMATE_PAGES)
        teammate.create_collection("Roof")
        _index(teammate, embedder, [notes], collection="Roof")
        assert _server_chunks(chroma_url, name, str(notes)) > 0
        teammate.delete_collection("Roof")
        assert _server_chunks(chroma_url, name, str(notes)) == 0
        assert _server_chunks(chroma_url, name) == on_server
        # A crash mid-file on Bob's machine: his half-stored chunks go at his next open.
        teammate.begin_file("/bob/half.txt")
        half = StoredChunk(path="/bob/half.txt", number=0, page=None, start=0, end=4, text="half")
        teammate.add_chunks([half], [embedder.encode(["half"])[0]])
    finally:
        teammate.close()
    assert _server_chunks(chroma_url, name) == on_server + 1

    reopened = DocumentStore(tmp_path / "bob", name, server)
    try:
        assert _server_chunks(chroma_url, name) == on_server
        # Alice indexes one more file; Bob's keyword search finds it after his next open.
        mine = DocumentStore(tmp_path / "alice", name, server)
        try:
            _index(mine, embedder, [write_pdf(tmp_path / "greenhouse.pdf", TEAMMATE_PAGES)])
        finally:
            mine.close()
    finally:
        reopened.close()
    again = DocumentStore(tmp_path / "bob", name, server)
    try:
        found = _pages_found(again, embedder, "quillwort basil chives", "keyword")
        assert found and found[0] == ("greenhouse.pdf", 1), found
    finally:
        again.close()


@pytest.mark.long  # two `lokal` runs, each loading the embedder
def test_lokal_index_and_search_on_a_shared_server(chroma_url, embedder, tmp_path, qapp):
    from tests.pdfs import write_pdf

    data = tmp_path / "data"
    docs = tmp_path / "docs"
    docs.mkdir()
    write_pdf(docs / "guide.pdf", PAGES)
    settings = Settings()
    settings.shared.chroma_url = chroma_url
    save_settings(settings, data)
    label = chroma_server.parse(chroma_url).label
    indexed = _lokal(data, "index", docs)
    assert indexed.returncode == 0, indexed.stderr
    said = f"lokal: documents are indexed on the Chroma server {label} (no authentication"
    assert indexed.stderr.count(said) == 1
    assert _server_chunks(chroma_url, embedder.name, str(docs / "guide.pdf")) > 0
    searched = _lokal(data, "search", "--json", "When does the ferry to Bornholm leave?")
    assert searched.returncode == 0, searched.stderr
    assert said in searched.stderr
    sources = json.loads(searched.stdout)[0]["sources"]
    assert sources and Path(sources[0]["path"]).name == "guide.pdf" and sources[0]["page"] == 2
    assert not (data / "index").exists()  # the local index was never opened

    settings.shared.chroma_url = f"http://127.0.0.1:{free_port()}"  # a server that is down
    save_settings(settings, data)
    refused = _lokal(data, "search", "ferry")
    assert refused.returncode != 0
    assert f"the Chroma server at {settings.shared.chroma_url} cannot be reached" in refused.stderr
    assert "Traceback" not in refused.stderr


def _lokal(data: Path, *args) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "LOKAL_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def test_the_store_process_works_on_the_server_and_says_when_it_goes_away(tmp_path):
    """The window's store (its own process) on a server of this test's own, which then stops:
    the next call is chroma_server_unreachable, one sentence, not a traceback."""
    from desktop_app.core.store_process import StoreProcess

    name = _space("process")
    chunk = StoredChunk(path="/notes/a.txt", number=0, page=None, start=0, end=5, text="hello")
    (tmp_path / "server").mkdir()
    with running_chroma(tmp_path / "server") as url:
        store = StoreProcess(tmp_path / "data", name, chroma_server.parse(url))
        try:
            store.begin_file(chunk.path)
            store.add_chunks([chunk], [[1.0] + [0.0] * 383])
            store.finish_file(chunk.path, "digest", 5, 0.0, 1, None)
            assert _server_chunks(url, name) == 1
            assert [hit.path for hit in store.query([1.0] + [0.0] * 383, 3)] == [chunk.path]
        except BaseException:
            store.close()
            raise
    try:
        with pytest.raises(LokalError) as raised:
            store.query([1.0] + [0.0] * 383, 3)
        assert raised.value.code == "chroma_server_unreachable", raised.value
        assert url in str(raised.value)
    finally:
        store.close()


@pytest.mark.slow  # the window's index worker loads the bundled embedder
def test_the_window_index_worker_moves_to_the_server_the_settings_name(chroma_url, qtbot, tmp_path):
    """Settings saved with a Chroma URL: the index worker reopens its store on the server
    (the window's path), indexes there and searches there."""
    from desktop_app.core.ingest.pipeline import RunFinished
    from desktop_app.workers.index_worker import IndexWorker

    notes = tmp_path / "lighthouse.txt"
    notes.write_text("The lighthouse at Skagen is painted white and stands on the dunes.")
    worker = IndexWorker(tmp_path / "data", Settings())
    found = []
    worker.search_finished.connect(lambda _request, grounding: found.append(grounding))
    worker.start()
    try:
        shared = Settings()
        shared.shared.chroma_url = chroma_url
        worker.configure(shared)
        with qtbot.waitSignal(
            worker.index_event,
            timeout=120_000,
            check_params_cb=lambda e: isinstance(e, RunFinished),
        ):
            worker.index_paths([str(notes)], "")
        space = services.make_embedder(shared).name
        assert _server_chunks(chroma_url, space, str(notes)) == 1
        worker.search(1, "Where is the lighthouse?", 3, [])
        # First: the space is the bundled model's, which the CLI test's server files share.
        assert Path(found[0].sources[0].path).name == "lighthouse.txt"
    finally:
        worker.close()
    shared_library = read_library(tmp_path / "data", space, chroma_server.parse(chroma_url))
    assert [item.path for c in shared_library for item in c.files] == [str(notes)]
    assert read_library(tmp_path / "data", space) == []  # nothing of it in the local index


def test_behind_a_reverse_proxy_the_token_is_sent(chroma_url, tmp_path, monkeypatch):
    """The README's set-up: a proxy that wants a bearer token in front of the server. Lokal
    sends $LOKAL_CHROMA_TOKEN; without it the proxy refuses and the user is told."""
    settings = Settings()
    name = _space("proxy")
    chunk = StoredChunk(path="/notes/b.txt", number=0, page=None, start=0, end=5, text="proxy")
    with token_proxy(chroma_url, "s3cret-token") as proxied:
        settings.shared.chroma_url = proxied
        monkeypatch.delenv(chroma_server.TOKEN_VARIABLE, raising=False)
        with pytest.raises(LokalError) as refused:
            DocumentStore(tmp_path / "data", name, services.shared_server(settings))
        assert refused.value.code == "chroma_server_unreachable" and "401" in str(refused.value)

        monkeypatch.setenv(chroma_server.TOKEN_VARIABLE, "s3cret-token")
        server = services.shared_server(settings)
        assert "s3cret" not in repr(server)
        store = DocumentStore(tmp_path / "data", name, server)
        try:
            store.begin_file(chunk.path)
            store.add_chunks([chunk], [[0.0, 1.0] + [0.0] * 382])
            store.finish_file(chunk.path, "digest", 5, 0.0, 1, None)
            assert [hit.path for hit in store.keyword_query("proxy", 3)] == [chunk.path]
        finally:
            store.close()
    assert _server_chunks(chroma_url, name, chunk.path) == 1  # it reached the server itself
