"""A real Chroma server for the shared-collection tests: `chroma run` from the venv, on a free
port of 127.0.0.1, its data in a temporary folder; started once per session (`chroma_url`),
waited for with its heartbeat, always stopped (its whole process group).

`token_proxy`: the reverse proxy the README advises in front of it, in miniature: a request
without the right `Authorization: Bearer` token gets 401, any other is passed on as it is.
"""

from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.server_processes import log_tail, stop_process_group

_START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def chroma_command() -> Path | None:
    """The `chroma` CLI installed beside this Python (chromadb's), if any."""
    found = Path(sys.executable).parent / "chroma"
    if found.is_file():
        return found
    which = shutil.which("chroma")
    return Path(which) if which else None


@contextmanager
def running_chroma(folder: Path) -> Iterator[str]:
    """`chroma run` on a free port with its data in `folder`; yields its URL."""
    command = chroma_command()
    if command is None:
        pytest.fail("the chroma CLI (chromadb's `chroma run`) is not installed beside Python")
    port = free_port()
    log = folder / "chroma.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(command), "run", "--path", str(folder / "db"), "--host", "127.0.0.1"]
            + ["--port", str(port)],
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed whole at the end
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_it_answers(url, process, log)
        yield url
    finally:
        stop_process_group(process)


def _wait_until_it_answers(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"chroma run exited ({process.returncode}):\n{log_tail(log)}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"chroma run did not answer at {url} within {_START_SECONDS} s:\n{log_tail(log)}")


@pytest.fixture(scope="session", name="chroma_url")
def chroma_url_fixture() -> Iterator[str]:
    """`chroma_url`: one Chroma server for the session's tests (each uses a space of its own).
    A test module imports `chroma_url_fixture` to have it."""
    folder = Path(tempfile.mkdtemp(prefix="lokal-chroma-server-"))
    try:
        with running_chroma(folder) as url:
            yield url
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def token_proxy(upstream: str, token: str) -> Iterator[str]:
    """A proxy on a free port of 127.0.0.1 that checks the bearer token and forwards to
    `upstream`; yields its URL."""
    target = urlsplit(upstream)

    class Forward(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as chromadb's httpx client expects

        def _forward(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.headers.get("Authorization") != f"Bearer {token}":
                self._answer(401, b'{"error": "unauthorized"}', "application/json")
                return
            connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            try:
                headers = {
                    key: value
                    for key, value in self.headers.items()
                    if key.lower() not in ("host", "connection", "authorization")
                }
                connection.request(self.command, self.path, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
                self._answer(response.status, data, response.getheader("Content-Type"))
            finally:
                connection.close()

        def _answer(self, status: int, data: bytes, content_type: str | None) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _forward

        def log_message(self, *args) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Forward)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
