"""What every test that starts a real server on loopback needs: stop its process group, and
show the end of its log when it does not come up (tests/chroma_server.py, remote_server.py)."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path


def stop_process_group(process: subprocess.Popen) -> None:
    """SIGTERM to the server's whole group (started with start_new_session), SIGKILL if it
    is still there after 10 s."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


def log_tail(log: Path) -> str:
    """The last 4,000 characters of a server's log, for a failure message."""
    try:
        return log.read_text("utf-8", errors="replace")[-4000:]
    except OSError:
        return "(no output)"
