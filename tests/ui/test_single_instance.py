"""A second start on the same data folder brings the running window forward (ui/single_instance.py
and app.run_gui), over a real local socket; and a real second `python -m desktop_app`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QMainWindow

from desktop_app.core.data_lock import OWNER_FILE, DataFolderLock
from desktop_app.ui.single_instance import (
    SingleInstanceServer,
    ask_running_window_to_come_forward,
    bring_to_front,
    server_name,
)

REPO = Path(__file__).resolve().parents[2]


# A second start's hand-off as run_gui makes it, in its own process: the client blocks until
# answered, and the server answers from this process's event loop (a thread would not do: the
# client's blocking wait holds the GIL, so the server's slots could not run meanwhile).
SECOND_START = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from desktop_app.ui.single_instance import ask_running_window_to_come_forward
app = QCoreApplication([])
started = time.monotonic()
answered = ask_running_window_to_come_forward(Path(sys.argv[1]), int(sys.argv[2]))
print(answered, time.monotonic() - started)
"""


def ask_as_a_second_start(qtbot, data_dir: Path, timeout_ms: int = 1500) -> tuple[bool, float]:
    """Whether the running window answered, and how long the second start waited for it."""
    process = subprocess.Popen(
        [sys.executable, "-c", SECOND_START, str(data_dir), str(timeout_ms)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)  # the loop runs
    out, err = process.communicate()
    assert process.returncode == 0, err
    answered, seconds = out.split()
    return answered == "True", float(seconds)


@pytest.fixture
def server(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    single_instance = SingleInstanceServer(tmp_path)
    raised = []
    single_instance.raise_requested.connect(lambda: raised.append(window.isMinimized()))
    single_instance.raise_requested.connect(lambda: bring_to_front(window))
    assert single_instance.listen()
    yield single_instance, window, raised
    single_instance.close()


# The offscreen platform cannot stack windows and says so; the request still arrives.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_start_reaches_the_running_window_and_brings_it_forward(qtbot, tmp_path, server):
    single_instance, window, raised = server
    window.showMinimized()
    qtbot.waitUntil(window.isVisible)
    answered, seconds = ask_as_a_second_start(qtbot, tmp_path)
    assert answered is True
    assert seconds < 1.5  # answered, not timed out
    assert len(raised) == 1
    qtbot.waitUntil(lambda: not window.isMinimized())  # shown normally again
    # The same folder spelt another way is the same server; another folder is not.
    assert server_name(tmp_path / "." / "sub" / "..") == single_instance.name
    assert server_name(tmp_path / "other") != single_instance.name
    answered, _seconds = ask_as_a_second_start(qtbot, tmp_path)  # a third: answered as well
    assert answered is True and len(raised) == 2


def test_with_no_window_running_the_answer_is_no_at_once(qtbot, tmp_path):
    started = time.monotonic()
    assert ask_running_window_to_come_forward(tmp_path / "nobody") is False
    assert time.monotonic() - started < 0.5  # nothing listens: no wait for an answer


def test_a_listener_that_never_answers_is_given_up_on(qtbot, tmp_path):
    mute = QLocalServer()  # accepts connections (the OS does) but never replies
    assert mute.listen(server_name(tmp_path))
    try:
        answered, seconds = ask_as_a_second_start(qtbot, tmp_path, timeout_ms=400)
        assert answered is False
        assert 0.3 < seconds < 2.0
    finally:
        mute.close()


def test_other_messages_are_ignored(qtbot, tmp_path, server):
    single_instance, _window, raised = server
    from PySide6.QtNetwork import QLocalSocket

    intruder = QLocalSocket()
    intruder.connectToServer(single_instance.name)
    assert intruder.waitForConnected(1000)
    intruder.write(b"delete everything\n")
    intruder.flush()
    qtbot.waitUntil(lambda: intruder.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert raised == []
    intruder.abort()


@pytest.mark.skipif(os.name == "nt", reason="named pipes leave no file behind")
def test_a_socket_file_left_by_a_crash_is_replaced(qtbot, tmp_path):
    single_instance = SingleInstanceServer(tmp_path)
    probe = QLocalServer()
    assert probe.listen(single_instance.name)
    socket_path = probe.fullServerName()
    probe.close()  # a clean close removes the file: make it again, as a crash leaves it
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(socket_path)
    stale.close()
    assert Path(socket_path).exists()
    assert QLocalServer().listen(single_instance.name) is False  # what a plain listen does
    try:
        assert single_instance.listen() and single_instance.listening
        answered, _seconds = ask_as_a_second_start(qtbot, tmp_path)
        assert answered is True
    finally:
        single_instance.close()


def wait_for_window(data_dir: Path, process: subprocess.Popen, timeout: float = 120) -> dict:
    """The owner file names the window once it holds the folder."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the first window ended"
        try:
            owner = json.loads((data_dir / OWNER_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            owner = None
        if owner and owner["pid"] == process.pid:
            return owner
        time.sleep(0.2)
    raise AssertionError("the window never took the data folder")


@pytest.mark.slow  # the first window loads the bundled models once shown
@pytest.mark.long
def test_a_second_lokal_on_the_same_folder_exits_and_the_first_runs_on(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir)]
    with open(tmp_path / "first.log", "w") as log:
        first = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=log)
    try:
        owner = wait_for_window(data_dir, first)
        assert owner["what"] == "the Lokal window"
        # Its server listens from then on, but answers once its event loop runs (the window
        # built): on a busy machine that may take longer than a second start waits.
        qtbot.waitUntil(lambda: ask_running_window_to_come_forward(data_dir, 500), timeout=30_000)
        started = time.monotonic()
        second = subprocess.run(
            command, cwd=REPO, env=env, capture_output=True, text=True, timeout=60
        )
        seconds = time.monotonic() - started
        assert second.returncode == 0, second.stderr
        assert seconds < 15  # a Python start and one answer; a dialog would wait until killed
        assert first.poll() is None  # the first window runs on, still holding the folder
        assert json.loads((data_dir / OWNER_FILE).read_text(encoding="utf-8"))["pid"] == first.pid
    finally:
        first.terminate()  # its store process follows it (core/child_process.py)
        try:
            first.wait(timeout=60)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait()
    with DataFolderLock(data_dir, "a test", wait_seconds=5):  # the OS let go of the lock
        pass
