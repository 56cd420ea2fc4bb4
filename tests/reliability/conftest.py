"""Helpers for the reliability proofs: `lokal` as a user runs it, in a subprocess of its own.

A whole run is only a proof when it is the real thing: the real CLI (`python -m desktop_app`),
its own process and children, its own data folder. These helpers start it that way and let a
test put something in front of the command (`unshare --net`, `strace`) or into its environment
(an audit hook on PYTHONPATH).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def lokal_command(*args, data_dir: Path | None = None) -> list[str]:
    """The argv of `lokal [--data-dir DIR] ARGS...` with this interpreter."""
    command = [sys.executable, "-m", "desktop_app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command + [str(arg) for arg in args]


def subprocess_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment a `lokal` subprocess gets: this one's (tests/conftest.py set no display,
    no hub downloads, the model-load guard), without a data folder of the user's, plus `extra`."""
    env = dict(os.environ)
    env.pop("LOKAL_DATA_DIR", None)  # each test names its own data folder
    env.update(extra or {})
    return env


def run_lokal(
    *args,
    data_dir: Path | None = None,
    prefix: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
) -> subprocess.CompletedProcess:
    """Run `lokal ARGS...` (after `prefix`, e.g. a namespace) to its end; output captured."""
    return subprocess.run(
        [*prefix, *lokal_command(*args, data_dir=data_dir)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=subprocess_env(env),
        cwd=REPO,
    )


def failure_text(result: subprocess.CompletedProcess) -> str:
    """What a failed command said, for an assertion's message."""
    return (
        f"exit {result.returncode}\n--- stdout (tail)\n{result.stdout[-3000:]}\n"
        f"--- stderr (tail)\n{result.stderr[-3000:]}"
    )
