"""A real model server for the remote-inference tests: llama-cpp-python's own
`python -m llama_cpp.server` with the bundled GGUF, on a free port of 127.0.0.1, behind an API
key; started once per session, waited for on /v1/models, always stopped (its process group).

The server runs inside Lokal's `model_params` with the extra buffer types as core/cpu_check.py
decides: on a machine whose CPU advertises AMX it cannot run (some virtual machines), the bare
server dies with SIGILL at its first answer, as a bare Llama() does.

    from tests import remote_server
    llama_server = remote_server.llama_server  # the fixture, in the test module

    def test_x(llama_server):
        endpoint = llama_server.endpoint()        # a RemoteEndpoint with the right key
"""

from __future__ import annotations

import dataclasses
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.core.remote_llm import LLAMA_CPP, RemoteEndpoint
from tests.server_processes import log_tail, stop_process_group

API_KEY = "test-key-5f1c0a"  # a made-up key: the server refuses any other
MODEL_ALIAS = "smollm2"  # the id /v1/models lists
CONTEXT = 2048
_START_SECONDS = 120

# `python -m llama_cpp.server ARGS`, with llama.cpp's extra buffers only where they work.
_SERVER_MAIN = """
import runpy, sys
from desktop_app.core.cpu_check import extra_buffers_allowed
from desktop_app.core.llm import model_params
sys.argv[0] = "llama_cpp.server"
with model_params(extra_buffers=extra_buffers_allowed(sys.argv[sys.argv.index("--model") + 1])):
    runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class LlamaServer:
    base_url: str  # with its /v1
    log: Path
    model_path: Path  # the GGUF it serves

    def endpoint(self, **changes) -> RemoteEndpoint:
        endpoint = RemoteEndpoint(
            name="test-server",
            kind=LLAMA_CPP,
            base_url=self.base_url,
            api_key=API_KEY,
            model=MODEL_ALIAS,
            context_length=CONTEXT,
            timeout_seconds=120.0,
        )
        return dataclasses.replace(endpoint, **changes)


@pytest.fixture(scope="session")
def llama_server(chat_model_path) -> Iterator[LlamaServer]:
    """One llama_cpp.server for the session's tests (2 threads: tests share 2 cores)."""
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="lokal-llama-server-", suffix=".log")[1])
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-c", _SERVER_MAIN, "--model", str(chat_model_path)]
            + ["--model_alias", MODEL_ALIAS, "--host", "127.0.0.1", "--port", str(port)]
            + ["--api_key", API_KEY, "--n_ctx", str(CONTEXT), "--n_threads", "2"],
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed whole at the end
            # OpenMP's threads spin while they wait: beside the tests' own process on a busy
            # machine, 48 tokens took 8.3 s spinning and 1.8 s waiting passively.
            env={**os.environ, "OMP_WAIT_POLICY": "PASSIVE"},
        )
    server = LlamaServer(f"http://127.0.0.1:{port}/v1", log, chat_model_path)
    try:
        _wait_until_it_answers(server, process)
        yield server
    finally:
        stop_process_group(process)
        log.unlink(missing_ok=True)


def _wait_until_it_answers(server: LlamaServer, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + _START_SECONDS
    request = urllib.request.Request(
        f"{server.base_url}/models", headers={"Authorization": f"Bearer {API_KEY}"}
    )
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"llama_cpp.server exited ({process.returncode}):\n{log_tail(server.log)}")
        try:
            with urllib.request.urlopen(request, timeout=2):
                return
        except (OSError, urllib.error.URLError):
            time.sleep(0.2)
    pytest.fail(
        f"llama_cpp.server did not answer at {server.base_url} within {_START_SECONDS} s:\n"
        f"{log_tail(server.log)}"
    )
