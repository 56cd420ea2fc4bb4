"""The model downloader against a local Hugging Face stand-in (tests/hf_server.py), for real.

huggingface_hub itself does the metadata requests and Lokal's own client fetches the bytes, over
real HTTP on 127.0.0.1, with the hub's offline mode on as in the app. The served file is a small
but valid GGUF written with the `gguf` package.
"""

from __future__ import annotations

import hashlib
import shutil
import threading
from collections import namedtuple

import gguf
import numpy as np
import pytest
from huggingface_hub import constants, get_hf_file_metadata
from huggingface_hub.errors import OfflineModeIsEnabled

from desktop_app.core.errors import ModelError
from desktop_app.core.memory import human_size
from desktop_app.core.models import staged_download
from desktop_app.core.models.download import (
    DownloadCancelled,
    DownloadFinished,
    DownloadPaused,
    DownloadProgress,
    DownloadSpec,
    DownloadVerifying,
    discard_partial,
    download_model,
    partial_downloads,
)
from desktop_app.core.models.gguf_info import read_gguf_info
from desktop_app.core.models.staged_download import SPACE_MARGIN, resolve_endpoint
from tests.hf_server import COMMIT, FakeHub, HubFile

REPO = "lokal-tests/tiny-llama-GGUF"
FILE = "tiny-llama-q8_0.gguf"
SPEC = DownloadSpec(REPO, FILE)
CHUNK = 64 * 1024


@pytest.fixture(scope="module")
def gguf_bytes(tmp_path_factory) -> bytes:
    """A valid ~3 MB llama GGUF: real metadata, one tensor of seeded random floats."""
    path = tmp_path_factory.mktemp("gguf") / FILE
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("Tiny test llama")
    writer.add_context_length(256)
    writer.add_block_count(1)
    writer.add_embedding_length(256)
    weights = np.random.default_rng(7).standard_normal((3072, 256), dtype=np.float32)
    writer.add_tensor("token_embd.weight", weights)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path.read_bytes()


@pytest.fixture(autouse=True)
def offline_hub(monkeypatch):
    """Offline mode on, as Lokal runs (whatever the environment running the tests says)."""
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)


@pytest.fixture
def hub(gguf_bytes):
    with FakeHub(REPO, {FILE: HubFile(gguf_bytes)}) as fake:
        yield fake


@pytest.fixture
def models_dir(tmp_path):
    return tmp_path / "data" / "models"


def run(spec, models_dir, hub, **kwargs) -> list:
    return list(download_model(spec, models_dir, endpoint=hub.url, chunk_size=CHUNK, **kwargs))


def files_under(folder) -> list:
    return sorted(path for path in folder.rglob("*") if path.is_file()) if folder.exists() else []


def test_full_download_through_hf_endpoint(hub, models_dir, gguf_bytes, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", hub.url)  # read when called, not when imported
    monkeypatch.setattr(staged_download, "PROGRESS_INTERVAL", 0.05)
    hub.bytes_per_second = 8_000_000  # ~0.4 s: several progress events, a measurable speed

    events = list(download_model(SPEC, models_dir, chunk_size=CHUNK))

    finished = events[-1]
    assert isinstance(finished, DownloadFinished)
    assert finished.path == models_dir / FILE
    assert finished.path.read_bytes() == gguf_bytes
    assert finished.sha256 == hashlib.sha256(gguf_bytes).hexdigest()
    assert finished.size == len(gguf_bytes)
    info = read_gguf_info(finished.path)
    assert (info.architecture, info.name, info.is_complete) == ("llama", "Tiny test llama", True)
    assert files_under(models_dir) == [finished.path]  # no .part, no record left

    progress = [event for event in events if isinstance(event, DownloadProgress)]
    assert len(progress) >= 4
    done = [event.downloaded for event in progress]
    assert done == sorted(done) and done[-1] == len(gguf_bytes)
    assert all(event.total == len(gguf_bytes) for event in progress)
    speed = progress[-1].bytes_per_second
    assert 800_000 < speed < 24_000_000, human_size(speed)
    assert progress[-1].seconds_left == 0
    assert isinstance(events[-2], DownloadVerifying)

    # The revision was resolved once, then the bytes came from that very commit, whole.
    head, post, get = hub.requests
    assert (head.method, head.path) == ("HEAD", f"/{REPO}/resolve/main/{FILE}")
    assert post.path == f"/api/models/{REPO}/paths-info/{COMMIT}"
    assert (get.method, get.path, get.range) == ("GET", f"/{REPO}/resolve/{COMMIT}/{FILE}", None)
    # Offline mode is back on: the download lifted it for its own requests only.
    assert constants.HF_HUB_OFFLINE is True
    with pytest.raises(OfflineModeIsEnabled):
        get_hf_file_metadata(f"{hub.url}/{REPO}/resolve/main/{FILE}")


def test_interrupted_download_resumes_with_the_rest_only(hub, models_dir, gguf_bytes):
    hub.drop_after = 1_000_000  # the connection dies a third of the way

    with pytest.raises(ModelError) as failure:
        run(SPEC, models_dir, hub)

    assert failure.value.code == "download_failed"
    assert failure.value.params["file"] == FILE
    assert "resumed" in failure.value.message
    [partial] = partial_downloads(models_dir)
    assert partial.spec == SPEC and partial.total == len(gguf_bytes)
    assert 0 < partial.downloaded <= 1_000_000
    assert not (models_dir / FILE).exists()

    events = run(SPEC, models_dir, hub)

    assert isinstance(events[0], DownloadVerifying)  # the kept part is hashed first
    assert hub.gets()[-1].range == f"bytes={partial.downloaded}-"
    finished = events[-1]
    assert isinstance(finished, DownloadFinished)
    assert finished.sha256 == hashlib.sha256(finished.path.read_bytes()).hexdigest()
    assert finished.path.read_bytes() == gguf_bytes
    assert partial_downloads(models_dir) == []
    assert files_under(models_dir) == [finished.path]


def test_paused_download_resumes_in_a_later_call(hub, models_dir, gguf_bytes):
    hub.files = {"Q8_0/" + FILE: HubFile(gguf_bytes)}  # a file in a subfolder of the repo
    spec = DownloadSpec(REPO, "Q8_0/" + FILE)
    pause = threading.Event()

    events = []
    for event in download_model(spec, models_dir, pause=pause, endpoint=hub.url, chunk_size=CHUNK):
        events.append(event)
        if isinstance(event, DownloadProgress):
            pause.set()  # as the Pause button would, from another thread

    paused = events[-1]
    assert isinstance(paused, DownloadPaused)
    assert paused.downloaded == CHUNK  # it stopped after the chunk in hand
    assert partial_downloads(models_dir)[0].downloaded == CHUNK

    # As after a restart: a new call, from the record on disk alone.
    [partial] = partial_downloads(models_dir)
    events = run(partial.spec, models_dir, hub)

    assert hub.gets()[-1].range == f"bytes={CHUNK}-"
    assert isinstance(events[-1], DownloadFinished)
    assert (models_dir / FILE).read_bytes() == gguf_bytes
    assert files_under(models_dir) == [models_dir / FILE]


def test_a_partial_file_of_an_older_version_is_not_resumed(hub, models_dir, gguf_bytes):
    hub.drop_after = 500_000
    with pytest.raises(ModelError):
        run(SPEC, models_dir, hub)
    newer = gguf_bytes[:-4096] + bytes(4096)  # the repo's file changed since: another SHA-256
    hub.files = {FILE: HubFile(newer)}
    hub.commit = "f" * 40

    events = run(SPEC, models_dir, hub)

    assert hub.gets()[-1].range is None  # started over
    assert hub.gets()[-1].path == f"/{REPO}/resolve/{'f' * 40}/{FILE}"
    assert events[-1].sha256 == hashlib.sha256(newer).hexdigest()
    assert (models_dir / FILE).read_bytes() == newer


def test_corrupted_download_is_rejected(hub, models_dir):
    hub.corrupt = True  # other bytes, the real SHA-256 still listed

    with pytest.raises(ModelError) as failure:
        run(SPEC, models_dir, hub)

    assert failure.value.code == "download_checksum"
    assert "SHA-256" in failure.value.message
    assert hub.gets()  # it did download, then refused the file
    assert files_under(models_dir) == []
    assert partial_downloads(models_dir) == []


def test_cancel_and_discard_remove_the_partial_file(hub, models_dir):
    hub.drop_after = 500_000
    with pytest.raises(ModelError):
        run(SPEC, models_dir, hub)
    assert partial_downloads(models_dir)
    discard_partial(models_dir, SPEC)
    assert partial_downloads(models_dir) == [] and files_under(models_dir) == []

    cancel = threading.Event()
    events = []
    downloading = download_model(
        SPEC, models_dir, cancel=cancel, endpoint=hub.url, chunk_size=CHUNK
    )
    for event in downloading:
        events.append(event)
        cancel.set()

    assert events[-1] == DownloadCancelled(SPEC)
    assert files_under(models_dir) == []
    assert partial_downloads(models_dir) == []


def test_not_enough_disk_space_stops_before_any_byte(hub, models_dir, gguf_bytes, monkeypatch):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9, 5_000_000))

    with pytest.raises(ModelError) as failure:
        run(SPEC, models_dir, hub)

    assert failure.value.code == "download_no_space"
    assert failure.value.params["free"] == "5.0 MB"
    assert failure.value.params["needed"] == human_size(len(gguf_bytes) + SPACE_MARGIN)
    assert failure.value.params["folder"] == str(models_dir)
    assert hub.gets() == []
    assert not models_dir.exists()


def test_a_file_without_lfs_checksum_is_refused(hub, models_dir):
    hub.files = {"notes.gguf": HubFile(b"GGUF plain git file", lfs=False)}

    with pytest.raises(ModelError) as failure:
        run(DownloadSpec(REPO, "notes.gguf"), models_dir, hub)

    assert failure.value.code == "download_no_checksum"
    assert failure.value.params == {"file": "notes.gguf"}
    assert hub.gets() == [] and files_under(models_dir) == []


def test_an_existing_model_is_not_overwritten(hub, models_dir):
    models_dir.mkdir(parents=True)
    (models_dir / FILE).write_bytes(b"mine")

    with pytest.raises(ModelError) as failure:
        run(SPEC, models_dir, hub)

    assert failure.value.code == "model_exists"
    assert failure.value.params == {"name": FILE}
    assert hub.requests == []
    assert (models_dir / FILE).read_bytes() == b"mine"


def test_unknown_repo_or_file_fails_with_a_reason(hub, models_dir):
    with pytest.raises(ModelError) as failure:
        run(DownloadSpec(REPO, "missing.gguf"), models_dir, hub)
    assert failure.value.code == "download_failed"
    assert failure.value.params["detail"] == "no such file in the repository"

    with pytest.raises(ModelError) as failure:
        run(DownloadSpec("someone/else", FILE), models_dir, hub)
    assert "no such repository" in failure.value.params["detail"]
    assert files_under(models_dir) == []


def test_endpoint_is_the_argument_else_hf_endpoint_now_else_the_default(monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9/")
    assert resolve_endpoint() == "http://127.0.0.1:9"
    assert resolve_endpoint("http://mirror.example") == "http://mirror.example"
    monkeypatch.delenv("HF_ENDPOINT")
    assert resolve_endpoint() == constants.ENDPOINT.rstrip("/")
