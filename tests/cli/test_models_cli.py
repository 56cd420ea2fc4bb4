"""`lokal models ...` from a shell: catalog, add (checked first), download (checked after)."""

from __future__ import annotations

import json

from tests.cli.test_cli import lokal
from tests.hf_server import FakeHub, HubFile
from tests.model_files import write_gguf, write_unknown_architecture

REPO, FILE = "lokal-tests/Tiny-GGUF", "tiny.gguf"


def test_catalog_lists_every_entry_with_a_fit(tmp_path):
    result = lokal("models", "catalog", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert listed["version"] and len(listed["models"]) >= 20
    assert {row["fit"] for row in listed["models"]} <= {"fits", "tight", "won't fit", None}


def test_add_checks_the_file_first(tmp_path, chat_model_path):
    strange = write_unknown_architecture(tmp_path / "strange.gguf")
    refused = lokal("models", "add", strange, data_dir=tmp_path / "data")
    assert refused.returncode == 1
    assert "cannot run 'notamodel'" in refused.stderr and "Traceback" not in refused.stderr
    added = lokal("models", "add", "--copy", chat_model_path, data_dir=tmp_path / "data")
    assert added.returncode == 0, added.stderr
    listed = json.loads(lokal("models", "list", "--json", data_dir=tmp_path / "data").stdout)
    copies = [model for model in listed if not model["bundled"]]
    assert len(copies) == 1 and copies[0]["quantization"] == "Q4_1"


def test_download_from_the_hub_and_reject_a_corrupted_file(tmp_path, monkeypatch):
    data = write_gguf(tmp_path / "source.gguf", "llama").read_bytes()
    with FakeHub(REPO, {FILE: HubFile(data)}) as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        hub.corrupt = True
        bad = lokal("models", "download", REPO, FILE, data_dir=tmp_path / "data")
        assert bad.returncode == 1 and "SHA-256" in bad.stderr
        assert not (tmp_path / "data" / "models" / FILE).exists()
        hub.corrupt = False
        good = lokal("models", "download", REPO, FILE, data_dir=tmp_path / "data")
        assert good.returncode == 0, good.stderr
        assert "downloaded and checked" in good.stdout
        assert (tmp_path / "data" / "models" / FILE).read_bytes() == data
