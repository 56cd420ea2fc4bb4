"""The embedding-model downloader against a local Hugging Face stand-in (tests/hf_server.py).

huggingface_hub does the metadata requests and Lokal's own client fetches the bytes, over real
HTTP on 127.0.0.1, with the hub's offline mode on as in the app. One test serves the bundled
all-MiniLM-L6-v2 folder (model.safetensors as an LFS file, the JSON and text files as plain git
files), downloads it, and loads and uses the result. The others serve a smaller folder (the
MiniLM's configuration files and a few MB of stand-in "weights") to check resuming, checksums,
pause and cancel, free space and the catalog.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from collections import namedtuple
from dataclasses import dataclass
from urllib.parse import unquote

import numpy as np
import pytest
from huggingface_hub import constants, get_hf_file_metadata
from huggingface_hub.errors import OfflineModeIsEnabled

from desktop_app import paths
from desktop_app.core.embedder import Embedder
from desktop_app.core.errors import ModelError
from desktop_app.core.memory import human_size
from desktop_app.core.models import embedding_download, staged_download
from desktop_app.core.models.catalog import CatalogError
from desktop_app.core.models.download import (
    DownloadCancelled,
    DownloadFinished,
    DownloadPaused,
    DownloadProgress,
    DownloadVerifying,
    partial_downloads,
)
from desktop_app.core.models.embedders import (
    describe_embedding_model,
    is_multilingual,
    list_embedding_models,
    prefixes_for,
)
from desktop_app.core.models.embedding_catalog import (
    embedding_catalog_path,
    load_embedding_catalog,
    parse_embedding_catalog,
)
from desktop_app.core.models.embedding_download import (
    EmbeddingDownloadFinished,
    discard_embedding_partial,
    download_embedding_model,
    partial_embedding_downloads,
    staging_dir,
)
from desktop_app.core.models.staged_download import RECORD_NAME, SPACE_MARGIN
from desktop_app.core.onnx_export import export_embedding_model_in_place
from desktop_app.core.onnx_files import ONNX_FILE, onnx_model_file
from tests.hf_server import COMMIT, FakeHub, HubFile
from tests.standin_models import bundled_minilm, torch_minilm

REPO = "lokal-tests/all-MiniLM-L6-v2"
FOLDER = "all-MiniLM-L6-v2"
CHUNK = 64 * 1024
# Everything sentence-transformers reads from the MiniLM folder (not its training notes).
MINILM_FILES = [
    "modules.json",
    "config.json",
    "config_sentence_transformers.json",
    "sentence_bert_config.json",
    "1_Pooling/config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
    "model.safetensors",
    "README.md",
]
SMALL_FILES = [
    "modules.json",
    "config.json",
    "sentence_bert_config.json",
    "1_Pooling/config.json",
    "tokenizer.json",
    "model.safetensors",
]
WEIGHTS_SIZE = 3_000_000


@pytest.fixture(autouse=True)
def offline_hub(monkeypatch):
    """Offline mode on, as Lokal runs (whatever the environment running the tests says)."""
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)


@pytest.fixture
def models_dir(tmp_path):
    return tmp_path / "data" / "models"


def served(path: str, data: bytes) -> HubFile:
    """As the hub stores such a file: weights in LFS, text and JSON in git itself."""
    return HubFile(data, lfs=path.endswith((".safetensors", ".bin", ".model", ".onnx")))


def catalog_entry(file_list: list[str], repo: str = REPO, **fields):
    """A one-entry catalog, through the loader's checks; `fields` replace the defaults."""
    raw = {
        "id": "test-model",
        "name": "Test model",
        "repo_id": repo,
        "files": file_list,
        "size_bytes": None,
        "license": "Apache-2.0",
        "languages": ["en"],
        "description": {"en": "A test model."},
        "source": "https://huggingface.co/" + repo,
        **fields,
    }
    return parse_embedding_catalog({"format": 1, "version": "test", "models": [raw]})


@pytest.fixture(scope="module")
def small_files() -> dict[str, bytes]:
    minilm = torch_minilm()
    files = {
        path: (minilm / path).read_bytes() for path in SMALL_FILES if path != "model.safetensors"
    }
    files["model.safetensors"] = np.random.default_rng(5).bytes(WEIGHTS_SIZE)
    return files


@pytest.fixture
def small_entry():
    return catalog_entry(SMALL_FILES).entries[0]


@pytest.fixture
def hub(small_files):
    with FakeHub(REPO, {path: served(path, data) for path, data in small_files.items()}) as fake:
        yield fake


def not_exported(folder) -> None:
    """The small repositories' stand-in weights are no model: they are not exported to ONNX
    (the tests with the real model export it)."""


def run(entry, models_dir, hub, **kwargs) -> list:
    kwargs.setdefault("export", not_exported)
    events = download_embedding_model(
        entry, models_dir, endpoint=hub.url, chunk_size=CHUNK, **kwargs
    )
    return list(events)


def files_under(folder) -> list[str]:
    if not folder.exists():
        return []
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def fetched(requests) -> list[tuple[str, str | None]]:
    """(repository path, Range) of each GET, in order."""
    prefix = f"/{REPO}/resolve/{COMMIT}/"
    result = []
    for request in requests:
        path = unquote(request.path)
        assert path.startswith(prefix), path  # every byte comes from the pinned commit
        result.append((path[len(prefix) :], request.range))
    return result


@pytest.mark.long  # downloads the model, then exports it to ONNX with torch
def test_a_real_model_downloads_into_embeddings_then_loads_and_encodes(models_dir, embedder):
    minilm = torch_minilm()  # a repository without ONNX weights: exported once installed
    # The hub holds more than the model needs (.gitattributes, training notes): only the listed
    # files are fetched.
    hub_files = {
        path.relative_to(minilm).as_posix(): served(path.name, path.read_bytes())
        for path in minilm.rglob("*")
        if path.is_file()
    }
    assert {"data_config.json", ".gitattributes"} <= set(hub_files)
    entry = catalog_entry(MINILM_FILES).entries[0]
    total = sum((minilm / path).stat().st_size for path in MINILM_FILES)

    with FakeHub(REPO, hub_files) as hub:
        events = run(entry, models_dir, hub, export=export_embedding_model_in_place)

    target = models_dir / "embeddings" / FOLDER
    finished = events[-1]
    assert isinstance(finished, EmbeddingDownloadFinished)
    assert isinstance(finished, DownloadFinished)  # the GUI's worker handles it as any download
    assert (finished.spec, finished.path, finished.commit) == (entry.spec, target, COMMIT)
    assert finished.spec.name == FOLDER
    assert (finished.size, finished.files) == (total, tuple(MINILM_FILES))
    # No record, nothing else but the ONNX export made after the install.
    assert files_under(target) == sorted([*MINILM_FILES, ONNX_FILE])
    for path in MINILM_FILES:
        assert (target / path).read_bytes() == (minilm / path).read_bytes(), path
    assert not staging_dir(models_dir, entry.spec).exists()
    assert files_under(models_dir / ".downloads") == []
    assert isinstance(events[-2], DownloadVerifying)

    progress = [event for event in events if isinstance(event, DownloadProgress)]
    done = [event.downloaded for event in progress]
    assert done == sorted(done) and done[-1] == total
    assert all(event.total == total and event.spec == entry.spec for event in progress)

    # One paths-info asks for ONNX weights, one HEAD resolves the revision, one paths-info lists
    # every file at that commit, then each listed file is fetched once, whole, from that commit.
    onnx_listing, head, post, *gets = hub.requests
    assert onnx_listing.path == f"/api/models/{REPO}/paths-info/main"
    assert (head.method, unquote(head.path)) == ("HEAD", f"/{REPO}/resolve/main/modules.json")
    assert (post.method, post.path) == ("POST", f"/api/models/{REPO}/paths-info/{COMMIT}")
    assert all(request.method == "GET" for request in gets)
    assert sorted(fetched(gets)) == sorted((path, None) for path in MINILM_FILES)
    # Offline mode is back on: the download lifted it for its own requests only.
    assert constants.HF_HUB_OFFLINE is True
    with pytest.raises(OfflineModeIsEnabled):
        get_hf_file_metadata(f"{hub.url}/{REPO}/resolve/main/modules.json")

    # Settings -> Documents finds it, as the folder it is.
    [listed] = list_embedding_models(models_dir, bundled=None)
    assert listed == describe_embedding_model(target)
    assert (listed.name, listed.folder, listed.max_seq_length) == (FOLDER, target, 256)
    assert listed.multilingual is False  # its card says English

    # And it is the very model: same vectors as the bundled copy.
    texts = ["Hvor ligger kontoret?", "Das Büro liegt am Hafen.", "The office is by the harbour."]
    downloaded = Embedder(target, name=listed.name)
    assert downloaded.backend == "onnx"
    np.testing.assert_allclose(downloaded.encode(texts), embedder.encode(texts), atol=1e-5)
    assert downloaded.count_tokens(texts[0]) == embedder.count_tokens(texts[0])


def test_progress_covers_the_bytes_of_all_files(
    hub, small_entry, small_files, models_dir, monkeypatch
):
    monkeypatch.setattr(staged_download, "PROGRESS_INTERVAL", 0.05)
    hub.bytes_per_second = 8_000_000  # ~0.4 s for the weights: several events, a measurable speed
    total = sum(len(data) for data in small_files.values())

    events = run(small_entry, models_dir, hub)

    progress = [event for event in events if isinstance(event, DownloadProgress)]
    assert len(progress) >= 4
    done = [event.downloaded for event in progress]
    assert done == sorted(done) and done[-1] == total
    assert {event.total for event in progress} == {total}
    speed = progress[-1].bytes_per_second
    assert 800_000 < speed < 24_000_000, human_size(speed)
    assert progress[-1].seconds_left == 0
    assert isinstance(events[-1], EmbeddingDownloadFinished)


def test_an_interrupted_download_resumes_with_the_rest_of_the_big_file_only(
    hub, small_entry, small_files, models_dir
):
    hub.drop_file, hub.drop_after = "model.safetensors", 1_000_000  # lost a third of the way
    small = sum(len(data) for path, data in small_files.items() if path != "model.safetensors")
    total = small + WEIGHTS_SIZE

    with pytest.raises(ModelError) as failure:
        run(small_entry, models_dir, hub)

    assert failure.value.code == "download_failed"
    assert failure.value.params["file"] == FOLDER
    assert "resumed" in failure.value.message
    [partial] = partial_embedding_downloads(models_dir)
    assert (partial.spec, partial.entry_id, partial.total) == (
        small_entry.spec,
        "test-model",
        total,
    )
    assert small < partial.downloaded <= small + 1_000_000
    assert partial_downloads(models_dir) == []  # not mistaken for a partial GGUF file
    assert not (models_dir / "embeddings").exists()
    staging = staging_dir(models_dir, small_entry.spec)
    (staging / "stray.py").write_text("print('never installed unchecked')")
    (staging / "1_Pooling" / "extra").mkdir()
    first_gets = len(hub.gets())

    events = run(small_entry, models_dir, hub)

    assert isinstance(events[0], DownloadVerifying)  # the kept files are hashed again first
    offset = partial.downloaded - small
    assert fetched(hub.gets()[first_gets:]) == [("model.safetensors", f"bytes={offset}-")]
    finished = events[-1]
    assert isinstance(finished, EmbeddingDownloadFinished)
    assert files_under(finished.path) == sorted(SMALL_FILES)
    for path, data in small_files.items():
        assert (finished.path / path).read_bytes() == data, path
    assert not (finished.path / "1_Pooling" / "extra").exists()
    assert partial_embedding_downloads(models_dir) == []
    assert not staging.exists()


def test_a_paused_download_resumes_after_a_restart_from_its_record(
    hub, small_entry, small_files, models_dir, monkeypatch
):
    monkeypatch.setattr(staged_download, "PROGRESS_INTERVAL", 0.02)
    hub.bytes_per_second = 2_000_000
    small = sum(len(data) for path, data in small_files.items() if path != "model.safetensors")
    catalog = catalog_entry(SMALL_FILES)
    pause = threading.Event()

    events = []
    for event in download_embedding_model(
        small_entry, models_dir, pause=pause, endpoint=hub.url, chunk_size=CHUNK
    ):
        events.append(event)
        if isinstance(event, DownloadProgress) and event.downloaded > small:
            pause.set()  # as the Pause button would, from another thread, inside the weights

    paused = events[-1]
    assert isinstance(paused, DownloadPaused)
    assert paused.spec == small_entry.spec and paused.total == small + WEIGHTS_SIZE
    assert small < paused.downloaded < small + WEIGHTS_SIZE
    assert [path for path, _ in fetched(hub.gets())][-1] == "model.safetensors"
    first_gets = len(hub.gets())

    # As after a restart: the partial download is found on disk, its entry in the catalog.
    hub.bytes_per_second = None
    [partial] = partial_embedding_downloads(models_dir)
    assert partial.downloaded == paused.downloaded
    entry = catalog.for_spec(partial.spec)
    assert entry == catalog.get(partial.entry_id) == small_entry
    events = run(entry, models_dir, hub)

    range_start = paused.downloaded - small
    assert fetched(hub.gets()[first_gets:]) == [("model.safetensors", f"bytes={range_start}-")]
    assert isinstance(events[-1], EmbeddingDownloadFinished)
    assert (events[-1].path / "model.safetensors").read_bytes() == small_files["model.safetensors"]


@dataclass
class MislistedFile(HubFile):
    """The hub lists the checksum of `listed` but sends `data` (same length): damaged bytes."""

    listed: bytes = b""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.listed).hexdigest()

    @property
    def blob_id(self) -> str:
        stored = self.pointer if self.lfs else self.listed
        return hashlib.sha1(b"blob %d\0" % len(stored) + stored).hexdigest()


@pytest.mark.parametrize("bad", ["config.json", "model.safetensors"])  # a git file, an LFS file
def test_a_damaged_file_is_rejected_and_nothing_is_installed(
    hub, small_entry, small_files, models_dir, bad
):
    good = small_files[bad]
    damaged = good.replace(b"384", b"999") if bad == "config.json" else bytes(8) + good[8:]
    assert damaged != good and len(damaged) == len(good)
    hub.files[bad] = MislistedFile(damaged, lfs=served(bad, b"").lfs, listed=good)

    with pytest.raises(ModelError) as failure:
        run(small_entry, models_dir, hub)

    assert failure.value.code == "download_checksum"
    assert failure.value.params == {"file": f"{FOLDER}/{bad}"}
    assert not (models_dir / "embeddings").exists()
    staging = staging_dir(models_dir, small_entry.spec)
    assert bad not in files_under(staging)  # the damaged file is gone; the checked ones stay
    kept = [path for path, _ in fetched(hub.gets())][:-1]
    assert files_under(staging) == sorted([*kept, RECORD_NAME])

    # Once the hub sends the right bytes, only the missing files are fetched.
    hub.files[bad] = served(bad, good)
    first_gets = len(hub.gets())
    events = run(small_entry, models_dir, hub)
    refetched = {path for path, _ in fetched(hub.gets()[first_gets:])}
    assert refetched == set(SMALL_FILES) - set(kept)
    assert (events[-1].path / bad).read_bytes() == good


def test_cancel_removes_the_partial_download(hub, small_entry, models_dir):
    cancel = threading.Event()
    events = []
    for event in download_embedding_model(
        small_entry, models_dir, cancel=cancel, endpoint=hub.url, chunk_size=CHUNK
    ):
        events.append(event)
        cancel.set()

    assert events[-1] == DownloadCancelled(small_entry.spec)
    assert files_under(models_dir) == []
    assert partial_embedding_downloads(models_dir) == []
    assert len(hub.gets()) == 1  # it stopped after the first chunk of the first file


def test_discard_removes_a_paused_download(hub, small_entry, models_dir):
    hub.drop_file, hub.drop_after = "model.safetensors", 100_000
    with pytest.raises(ModelError):
        run(small_entry, models_dir, hub)
    assert partial_embedding_downloads(models_dir)

    discard_embedding_partial(models_dir, small_entry.spec)

    assert partial_embedding_downloads(models_dir) == [] and files_under(models_dir) == []


def test_not_enough_disk_space_stops_before_any_byte(
    hub, small_entry, small_files, models_dir, monkeypatch
):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9, 5_000_000))
    total = sum(len(data) for data in small_files.values())

    with pytest.raises(ModelError) as failure:
        run(small_entry, models_dir, hub)

    assert failure.value.code == "download_no_space"
    assert failure.value.params["file"] == FOLDER
    assert failure.value.params["free"] == "5.0 MB"
    assert failure.value.params["needed"] == human_size(total + SPACE_MARGIN)
    assert hub.gets() == []
    assert not models_dir.exists()


def test_an_existing_model_folder_is_not_overwritten(hub, small_entry, models_dir):
    existing = models_dir / "embeddings" / FOLDER
    existing.mkdir(parents=True)
    (existing / "modules.json").write_text("mine")

    with pytest.raises(ModelError) as failure:
        run(small_entry, models_dir, hub)

    assert failure.value.code == "model_exists"
    assert failure.value.params == {"name": FOLDER}
    assert hub.requests == []
    assert files_under(models_dir) == [f"embeddings/{FOLDER}/modules.json"]
    assert (existing / "modules.json").read_text() == "mine"


def test_a_file_the_repository_lacks_fails_before_any_byte(hub, models_dir):
    entry = catalog_entry([*SMALL_FILES, "sentencepiece.bpe.model"]).entries[0]

    with pytest.raises(ModelError) as failure:
        run(entry, models_dir, hub)

    assert failure.value.code == "download_failed"
    assert failure.value.params["detail"] == f"{REPO} has no sentencepiece.bpe.model"
    assert hub.gets() == [] and files_under(models_dir) == []

    with pytest.raises(ModelError) as failure:
        run(catalog_entry(SMALL_FILES, repo="someone/else").entries[0], models_dir, hub)
    assert "no such repository" in failure.value.params["detail"]


def test_the_shipped_catalog_loads_and_agrees_with_the_embedding_rules(tmp_path):
    catalog = load_embedding_catalog(embedding_catalog_path(paths.resources_dir()))

    assert len(catalog) >= 2
    assert catalog.get("multilingual-e5-small").repo_id == "intfloat/multilingual-e5-small"
    folders = [entry.folder for entry in catalog]
    assert len(set(folders)) == len(folders)
    for entry in catalog:
        assert set(entry.description) >= {"en", "da", "sv", "de"}, entry.id
        assert entry.description_for("da-DK") == entry.description["da"]
        assert {"modules.json", "tokenizer.json", "model.safetensors"} <= set(entry.files)
        assert "1_Pooling/config.json" in entry.files  # every one pools with a Pooling module
        assert entry.spec.name == entry.folder and entry.spec.repo_id == entry.repo_id
        assert catalog.for_spec(entry.spec) is entry
        assert entry.source.startswith(f"https://huggingface.co/{entry.repo_id}")
        assert {"da", "sv", "de"} <= set(entry.languages)
        # Installed as `folder`, embedders.py gives it the catalog's prefixes and calls it
        # multilingual even before it reads the model card.
        assert prefixes_for(None, entry.folder) == (entry.query_prefix, entry.passage_prefix)
        assert is_multilingual(tmp_path / "not-there", entry.folder)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"files": ["modules.json", "model.safetensors"]}, "must include tokenizer.json"),
        ({"files": [*SMALL_FILES, "../escape.json"]}, "must be a relative repository path"),
        ({"files": [*SMALL_FILES, ".lokal-download.json"]}, "must be a relative repository path"),
        ({"files": [*SMALL_FILES, "tokenizer.json"]}, "lists a path twice"),
        ({"languages": ["danish"]}, "2-letter codes"),
        ({"size_bytes": True}, "wrong type"),
        ({"sha256": "abc"}, "unknown field(s) sha256"),
        ({"repo_id": "no-owner"}, "not of the form owner/name"),
        ({"description": {"da": "Kun dansk."}}, "needs an 'en' text"),
    ],
)
def test_an_invalid_catalog_entry_is_refused_with_a_clear_reason(change, message):
    with pytest.raises(CatalogError, match=message.replace("(", r"\(").replace(")", r"\)")):
        catalog_entry(SMALL_FILES, **change)


def test_two_entries_may_not_install_into_the_same_folder(tmp_path):
    entry = catalog_entry(SMALL_FILES).entries[0]
    raw = {
        "id": entry.id,
        "name": entry.name,
        "repo_id": entry.repo_id,
        "files": list(entry.files),
        "size_bytes": None,
        "license": entry.license,
        "languages": ["en"],
        "description": {"en": "x"},
        "source": entry.source,
    }
    other = {**raw, "id": "other", "repo_id": "someone-else/" + FOLDER.lower()}
    path = tmp_path / "embeddings.json"
    path.write_text(json.dumps({"format": 1, "version": "t", "models": [raw, other]}), "utf-8")

    with pytest.raises(CatalogError, match="installs into the folder"):
        load_embedding_catalog(path)
    with pytest.raises(CatalogError, match="not found"):
        load_embedding_catalog(tmp_path / "missing.json")


def test_a_disk_error_is_reported_as_a_failed_download(hub, small_entry, models_dir):
    models_dir.mkdir(parents=True)
    (models_dir / ".downloads").write_text("a file where the staging folders go")

    with pytest.raises(ModelError) as failure:
        run(small_entry, models_dir, hub)

    assert failure.value.code == "download_failed"
    assert failure.value.params["file"] == FOLDER
    assert hub.gets() == []


@pytest.mark.skipif(
    onnx_model_file(paths.resources_dir() / paths.BUNDLED_EMBEDDING_MODEL_FOLDER) is None,
    reason="the bundled embedder's ONNX export is missing: run `make onnx`",
)
def test_a_repository_with_onnx_weights_gives_them_instead_of_the_torch_weights(
    models_dir, embedder
):
    hub_files = {path: served(path, (torch_minilm() / path).read_bytes()) for path in MINILM_FILES}
    hub_files[ONNX_FILE] = served(ONNX_FILE, onnx_model_file(bundled_minilm()).read_bytes())
    entry = catalog_entry(MINILM_FILES).entries[0]
    exported = []

    with FakeHub(REPO, hub_files) as hub:
        events = run(entry, models_dir, hub, export=exported.append)

    target = models_dir / "embeddings" / FOLDER
    assert isinstance(events[-1], EmbeddingDownloadFinished)
    fetched_paths = {path for path, _ in fetched(hub.gets())}
    assert ONNX_FILE in fetched_paths and "model.safetensors" not in fetched_paths
    assert files_under(target) == sorted(
        [ONNX_FILE, *(path for path in MINILM_FILES if path != "model.safetensors")]
    )
    assert exported == []  # nothing to export
    downloaded = Embedder(target)
    assert downloaded.backend == "onnx"
    texts = ["Hvor ligger kontoret?", "The office is by the harbour."]
    np.testing.assert_allclose(downloaded.encode(texts), embedder.encode(texts), atol=1e-5)


def test_without_onnx_weights_the_torch_weights_are_fetched_and_exported(
    hub, small_entry, models_dir
):
    exported = []
    events = run(small_entry, models_dir, hub, export=exported.append)
    assert exported == [events[-1].path] == [models_dir / "embeddings" / FOLDER]
    assert "model.safetensors" in {path for path, _ in fetched(hub.gets())}


def test_without_onnx_weights_and_without_torch_the_download_is_refused_before_any_byte(
    hub, small_entry, models_dir, monkeypatch
):
    monkeypatch.setattr(embedding_download, "torch_available", lambda: False)  # as in a bundle
    with pytest.raises(ModelError) as failure:
        run(small_entry, models_dir, hub)
    assert failure.value.code == "embedder_needs_onnx"
    assert failure.value.params == {"name": small_entry.name}
    assert hub.gets() == [] and files_under(models_dir) == []
