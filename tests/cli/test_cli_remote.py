"""`lokal remote ...` and `lokal ask` with a model server, run as a user would: `lokal` in a
subprocess, the keyring a real backend (keyrings.alt's PlaintextKeyring) in a temporary folder,
the server a real llama_cpp.server on loopback (tests/remote_server.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib

import pytest
from keyrings.alt.file import PlaintextKeyring

from desktop_app.core import secret_store
from tests import remote_server
from tests.remote_server import API_KEY, MODEL_ALIAS

llama_server = remote_server.llama_server  # the session fixture

SECRET = "sk-test-do-not-store-9c2e"
PAGES = [
    "Chapter one describes the weather in Copenhagen during the autumn months.",
    "The launch code for project Bluebird is 4729. Keep it in the red folder.",
    "Chapter three lists the opening hours of the public libraries in Aarhus.",
]


@pytest.fixture
def keyring_home(tmp_path):
    """Where the subprocesses' PlaintextKeyring keeps its file ($XDG_DATA_HOME)."""
    return tmp_path / "xdg-data"


def lokal(*args, data_dir, keyring_home, stdin=None, extra_env=None, timeout=300):
    env = dict(os.environ)
    env.pop("LOKAL_DATA_DIR", None)
    env.pop("LOKAL_REMOTE_API_KEY", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    env["XDG_DATA_HOME"] = str(keyring_home)
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir)]
        + [str(arg) for arg in args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        input=stdin,
    )


def kept_key(keyring_home, profile: str) -> str | None:
    backend = PlaintextKeyring()
    backend.file_path = str(keyring_home / "python_keyring" / backend.filename)
    return backend.get_password(secret_store.SERVICE, profile)


def test_add_list_use_remove_round_trip(tmp_path, keyring_home):
    data = tmp_path / "data"
    added = lokal(
        "remote", "add", "gpu-box", "--url", "http://gpu-box:8080", "--kind", "vllm",
        "--model", "qwen", "--context", "8192", "--tools", "--key-stdin",
        data_dir=data, keyring_home=keyring_home, stdin=SECRET + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "http://gpu-box:8080/v1" in added.stdout  # /v1 added to a bare server URL
    settings_file = data / "settings.toml"
    assert SECRET not in settings_file.read_text("utf-8")
    assert kept_key(keyring_home, "gpu-box") == SECRET
    [profile] = tomllib.loads(settings_file.read_text("utf-8"))["remote"]["profiles"]
    assert profile | {"timeout_seconds": 0} == {
        "name": "gpu-box",
        "kind": "vllm",
        "base_url": "http://gpu-box:8080/v1",
        "model": "qwen",
        "context_length": 8192,
        "tools": True,
        "json_schema": False,
        "timeout_seconds": 0,
    }

    # A second profile, its key from the environment.
    second = lokal(
        "remote", "add", "ollama", "--url", "http://127.0.0.1:11434/v1", "--kind", "ollama",
        data_dir=data, keyring_home=keyring_home, extra_env={"LOKAL_REMOTE_API_KEY": "sk-env"},
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    assert kept_key(keyring_home, "ollama") == "sk-env"

    used = lokal("remote", "use", "gpu-box", data_dir=data, keyring_home=keyring_home)
    assert used.returncode == 0 and "gpu-box:8080" in used.stdout
    listed = lokal("remote", "list", "--json", data_dir=data, keyring_home=keyring_home)
    assert listed.returncode == 0, listed.stderr
    rows = {row["name"]: row for row in json.loads(listed.stdout)}
    assert rows["gpu-box"]["active"] and not rows["ollama"]["active"]
    assert rows["gpu-box"]["api_key"] == "kept"  # never the key itself
    assert SECRET not in listed.stdout

    removed = lokal("remote", "remove", "gpu-box", data_dir=data, keyring_home=keyring_home)
    assert removed.returncode == 0, removed.stderr
    assert kept_key(keyring_home, "gpu-box") is None
    assert kept_key(keyring_home, "ollama") == "sk-env"
    remote = tomllib.loads(settings_file.read_text("utf-8"))["remote"]
    assert remote["active"] == ""  # the removed profile was in use: the local model again
    assert [p["name"] for p in remote["profiles"]] == ["ollama"]

    local = lokal("remote", "use", "--local", data_dir=data, keyring_home=keyring_home)
    assert local.returncode == 0
    unknown = lokal("remote", "use", "nope", data_dir=data, keyring_home=keyring_home)
    assert unknown.returncode == 2 and "no profile named nope" in unknown.stderr


def test_a_bad_url_is_refused(tmp_path, keyring_home):
    result = lokal(
        "remote", "add", "x", "--url", "gpu-box:8080",
        data_dir=tmp_path / "data", keyring_home=keyring_home,
    )  # fmt: skip
    assert result.returncode == 2
    assert "not an http:// or https:// URL" in result.stderr
    assert not (tmp_path / "data" / "settings.toml").exists()


def test_without_a_keyring_a_key_is_refused_and_nothing_is_added(tmp_path, keyring_home):
    result = lokal(
        "remote", "add", "x", "--url", "http://gpu-box/v1", "--key-stdin",
        data_dir=tmp_path / "data", keyring_home=keyring_home, stdin=SECRET,
        extra_env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip
    assert result.returncode == 1
    assert "the system keyring cannot keep the API key" in result.stderr
    assert SECRET not in result.stderr
    assert not (tmp_path / "data" / "settings.toml").exists()


@pytest.mark.long  # indexes, then answers twice (remote, then the local GGUF)
def test_remote_models_and_ask_answer_through_the_server(
    tmp_path,
    keyring_home,
    llama_server,
    qapp,
):
    from tests.pdfs import write_pdf

    data = tmp_path / "data"
    docs = tmp_path / "docs"
    docs.mkdir()
    pdf = write_pdf(docs / "guide.pdf", PAGES)
    indexed = lokal("index", docs, data_dir=data, keyring_home=keyring_home)
    assert indexed.returncode == 0, indexed.stderr
    added = lokal(
        "remote", "add", "box", "--url", llama_server.base_url, "--model", MODEL_ALIAS,
        "--context", "2048", "--key-stdin",
        data_dir=data, keyring_home=keyring_home, stdin=API_KEY,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    models = lokal("remote", "models", "box", "--json", data_dir=data, keyring_home=keyring_home)
    assert models.returncode == 0, models.stderr
    assert json.loads(models.stdout) == [MODEL_ALIAS]
    assert lokal("remote", "use", "box", data_dir=data, keyring_home=keyring_home).returncode == 0

    asked = lokal(
        "ask", "--json", "--top-k", "2", "What is the launch code for project Bluebird?",
        data_dir=data, keyring_home=keyring_home,
    )  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    host = llama_server.base_url.removeprefix("http://").removesuffix("/v1")
    said = f"lokal: text is sent to {host} (remote model {MODEL_ALIAS})"
    assert asked.stderr.count(said) == 1
    [entry] = json.loads(asked.stdout)
    assert entry["found"] is True and entry["answer"].strip()
    assert (entry["sources"][0]["path"], entry["sources"][0]["page"]) == (str(pdf), 2)

    # A GGUF asked for answers locally: nothing is sent.
    local = lokal(
        "ask", "--json", "--model", llama_server.model_path, "Where is the weather described?",
        data_dir=data, keyring_home=keyring_home,
    )  # fmt: skip
    assert local.returncode == 0, local.stderr
    assert "text is sent to" not in local.stderr


def test_a_wrong_key_is_said_in_one_line(tmp_path, keyring_home, llama_server):
    data = tmp_path / "data"
    added = lokal(
        "remote", "add", "box", "--url", llama_server.base_url, "--key-stdin",
        data_dir=data, keyring_home=keyring_home, stdin="sk-wrong",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    models = lokal("remote", "models", "box", data_dir=data, keyring_home=keyring_home)
    assert models.returncode == 1
    assert models.stderr.strip() == (
        f"lokal: the model server at {llama_server.base_url} refused the API key; "
        "check the key in Settings"
    )


def test_summarize_runs_on_the_server(tmp_path, keyring_home, llama_server):
    """Every command that loads a chat model goes through services.make_chat_engine: a whole
    document summarised by the server, its pieces counted with the server's tokenizer."""
    data = tmp_path / "data"
    notes = tmp_path / "notes.md"
    notes.write_text("# Build\n\nRun `make test` to test Lokal.\nRun `make run` to start it.\n")
    keyed = lokal(
        "remote", "add", "box", "--url", llama_server.base_url, "--context", "2048",
        "--key-stdin", data_dir=data, keyring_home=keyring_home, stdin=API_KEY,
    )  # fmt: skip
    assert keyed.returncode == 0, keyed.stderr
    assert lokal("remote", "use", "box", data_dir=data, keyring_home=keyring_home).returncode == 0
    result = lokal(
        "summarize", "--task", "list every command", "--json", notes,
        data_dir=data, keyring_home=keyring_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "text is sent to 127.0.0.1:" in result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == [str(notes)] and report["map_calls"] == 1
