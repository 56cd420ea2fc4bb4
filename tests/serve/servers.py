"""A real `lokal serve` for tests: a subprocess on a free loopback port, always stopped.

`lokal_serve(data_dir)` starts `python -m desktop_app --data-dir D serve --port P`, waits until
/v1/models answers (with a time limit and the server's stderr in the failure), yields its base
URL and token, and kills its process group however the test ends.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

START_SECONDS = 90


@dataclass(frozen=True)
class RunningServer:
    url: str  # http://127.0.0.1:P/v1
    token: str
    process: subprocess.Popen
    stderr_path: Path

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    """A port nothing listens on now (bound to 127.0.0.1:0, read, closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def lokal_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args]


def environment() -> dict:
    env = dict(os.environ)
    env.pop("LOKAL_DATA_DIR", None)  # each test chooses its own data folder
    return env


@contextlib.contextmanager
def lokal_serve(data_dir: Path, *extra: str):
    """A `lokal serve` on a free port of 127.0.0.1 for the `with` block."""
    import httpx

    from desktop_app.core import api_token

    token = api_token.read_or_create_token(data_dir)
    port = free_port()
    with tempfile.NamedTemporaryFile(
        prefix="lokal-serve-", suffix=".stderr", delete=False
    ) as stderr_file:
        stderr_path = Path(stderr_file.name)
        process = subprocess.Popen(
            lokal_command(data_dir, "serve", "--port", str(port), *extra),
            stdout=subprocess.DEVNULL,
            stderr=stderr_file,
            env=environment(),
            start_new_session=True,  # its own process group, killed whole at the end
        )
    server = RunningServer(f"http://127.0.0.1:{port}/v1", token, process, stderr_path)
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            if process.poll() is not None:
                raise AssertionError(
                    f"lokal serve exited with {process.returncode}:\n{server.stderr()}"
                )
            try:
                answer = httpx.get(
                    f"{server.url}/models",
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=5,
                )
                if answer.status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"lokal serve did not answer within {START_SECONDS} s:\n{server.stderr()}"
                )
            time.sleep(0.2)
        yield server
    finally:
        stop(process)
        stderr_path.unlink(missing_ok=True)


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the process group (lokal serve stops cleanly on it), SIGKILL if it lingers."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
