"""(c) Start-up: from launching the process to the main window shown, Lokal against bare Qt.

Lokal: `python -m desktop_app --data-dir <fresh empty folder>` with QT_QPA_PLATFORM=offscreen
and LOKAL_STARTUP_PROBE=1; the app prints `lokal-window-shown <s>` on its window's first show
and quits. Baseline: bench/bare_qt_window.py, a QApplication and an empty QMainWindow that
print the same kind of line: the cost of starting Python and Qt alone.

The figure is wall time from Popen to reading that line (interpreter start and every import
included). The number the process prints itself is recorded too; note that it is measured
from the start of its main function, after the module-level imports. The two programs
alternate RUNS times; the medians and the ratio Lokal ÷ bare Qt are reported.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

RUNS = 5
TIMEOUT_S = 120
BARE_QT = Path(__file__).with_name("bare_qt_window.py")


def run(repo: Path, runs: int = RUNS) -> dict:
    programs = {
        "lokal": ([sys.executable, "-m", "desktop_app", "--data-dir"], "lokal-window-shown"),
        "bare_qt": ([sys.executable, str(BARE_QT)], "bare-qt-window-shown"),
    }
    results: dict[str, list[dict]] = {name: [] for name in programs}
    for number in range(1, runs + 1):
        for name, (command, marker) in programs.items():
            with tempfile.TemporaryDirectory(prefix="lokal-bench-startup-") as data_dir:
                full = command + [data_dir] if name == "lokal" else command
                wall, reported = launch_until_marker(full, marker, repo)
            results[name].append({"wall_s": wall, "in_process_s": reported})
            print(
                f"  run {number} {name:7}: window shown after {wall:.3f} s "
                f"(in-process {reported:.3f} s)",
                flush=True,
            )

    summary = {}
    for name, launches in results.items():
        summary[name] = {
            "runs": launches,
            "median_wall_s": statistics.median(launch["wall_s"] for launch in launches),
            "median_in_process_s": statistics.median(launch["in_process_s"] for launch in launches),
        }
    summary["ratio"] = summary["lokal"]["median_wall_s"] / summary["bare_qt"]["median_wall_s"]
    return summary


def launch_until_marker(
    command: list[str], marker: str, cwd: Path, unset_env: tuple[str, ...] = ()
) -> tuple[float, float]:
    """Start `command`, wait for its `<marker> <seconds>` line: (wall seconds, its seconds).
    `unset_env`: variables of ours the launched program must not see."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOKAL_STARTUP_PROBE="1")
    for name in unset_env:
        env.pop(name, None)
    with tempfile.TemporaryFile(mode="w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        watchdog = threading.Timer(TIMEOUT_S, process.kill)  # a hung launch must not hang us
        watchdog.start()
        try:
            wall = reported = None
            for line in process.stdout:
                if line.startswith(marker + " "):
                    wall = time.perf_counter() - started
                    reported = float(line.split()[1])
                    break
            process.stdout.read()  # drain until it exits
            code = process.wait()
        finally:
            watchdog.cancel()
        if wall is None or code != 0:
            errors.seek(0)
            tail = errors.read()[-2000:]
            raise RuntimeError(f"{command} exited {code} without a window ({marker}):\n{tail}")
    return wall, reported
