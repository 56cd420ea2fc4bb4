"""One data folder, one Lokal at a time (desktop_app/core/data_lock.py), proved with the real
programs: `lokal index`, `lokal search` and the window, each in a process of its own where a
user would run them that way.

Two `lokal index` runs at once used to both say "Done: N indexed" and leave vectors chroma could
not give back ("Error getting embedding"); concurrent starts crashed with "database is locked".
Now the second writer says at once who holds the folder and changes nothing, a search waits for
the writer to finish, a killed holder's lock is simply taken over, and a second window refuses
to open. The store is checked raw afterwards (SQLite records against chroma's own vectors, not
through the store, which would repair what it finds).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from desktop_app.config import Settings
from desktop_app.core.data_lock import LOCK_FILE, OWNER_FILE, DataFolderLock, LockOwner
from desktop_app.core.errors import LokalError
from tests.reliability.conftest import REPO, failure_text, lokal_command, subprocess_env

RUN_TIMEOUT_S = 600
BUSY_LINE = "lokal: the data folder {folder} is in use by {owner} (process {pid}); close it first"
TOPICS = ("bakery", "harbour", "library", "railway", "orchard", "brewery", "lighthouse", "mill")


def write_corpus(folder: Path, count: int) -> list[Path]:
    """`count` text files, a few chunks each, each with a fact of its own."""
    folder.mkdir(parents=True)
    files = []
    for number in range(count):
        topic = TOPICS[number % len(TOPICS)]
        paragraphs = [
            f"Report {number} on the {topic}. The {topic} of district {number} opened in "
            f"{1800 + number} and its ledger number is {4711 + number}."
        ] + [
            f"Section {part}: the {topic} keeps records of deliveries, staff and repairs; "
            f"entry {part} of report {number} lists the work done in week {part + number}."
            for part in range(12)
        ]
        path = folder / f"report_{number:03d}_{topic}.txt"
        path.write_text("\n\n".join(paragraphs), encoding="utf-8")
        files.append(path)
    return files


def start_lokal(*args, data_dir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        lokal_command(*args, data_dir=data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
        cwd=REPO,
    )


def finish(process: subprocess.Popen) -> subprocess.CompletedProcess:
    try:
        out, err = process.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def wait_for_owner(data_dir: Path, pid: int, timeout: float = 120) -> LockOwner:
    """The owner file names process `pid`: it holds the folder from now on."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        owner = LockOwner.read(data_dir)
        if owner is not None and owner.pid == pid:
            return owner
        time.sleep(0.05)
    raise AssertionError(f"process {pid} never took the data folder {data_dir}")


def busy_line(data_dir: Path, owner: str, pid: int) -> str:
    return BUSY_LINE.format(folder=data_dir, owner=owner, pid=pid)


def assert_store_consistent(data_dir: Path, expected: set[str]) -> None:
    """Every file record's chunk_count is its number of vectors in chroma, each vector can be
    read back, no chunk lacks a record and no file is left pending."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    database = sqlite3.connect(data_dir / "index" / "files.sqlite3")
    try:
        records = dict(database.execute("SELECT path, chunk_count FROM files").fetchall())
        pending = database.execute("SELECT path FROM pending").fetchall()
    finally:
        database.close()
    assert set(records) == expected
    assert pending == []
    client = chromadb.PersistentClient(
        path=str(data_dir / "index" / "chroma"),
        settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False),
    )
    try:
        [collection] = client.list_collections()
        got = collection.get(include=["metadatas", "embeddings"])  # raises on unreadable ones
        vectors: dict[str, int] = {}
        for meta, embedding in zip(got["metadatas"], got["embeddings"], strict=True):
            assert len(embedding) > 0
            vectors[meta["path"]] = vectors.get(meta["path"], 0) + 1
    finally:
        client.close()
    assert vectors == records


# -- the lock itself, in one process (flock belongs to an open file: two locks exclude) ------


def test_a_writer_finding_a_writer_is_refused_at_once_and_names_it(tmp_path):
    with DataFolderLock(tmp_path, "lokal index"):
        began = time.monotonic()
        with pytest.raises(LokalError) as refused:
            DataFolderLock(tmp_path, "the Lokal window", wait_seconds=10).acquire()
        assert time.monotonic() - began < 2
    assert refused.value.code == "data_folder_busy"
    assert refused.value.params == {
        "folder": str(tmp_path),
        "owner": "lokal index",
        "pid": os.getpid(),
    }


def test_a_reader_waits_for_a_writer_and_says_so_once(tmp_path):
    writer = DataFolderLock(tmp_path, "lokal index")
    writer.acquire()
    waited_for: list[LockOwner] = []
    threading.Timer(0.6, writer.release).start()
    with DataFolderLock(tmp_path, "lokal search", writes=False, on_wait=waited_for.append):
        owner = LockOwner.read(tmp_path)
        assert owner.what == "lokal search" and not owner.writes and owner.pid == os.getpid()
    assert [(o.what, o.writes) for o in waited_for] == [("lokal index", True)]
    assert not (tmp_path / OWNER_FILE).exists()  # given back: nobody is named any more
    assert (tmp_path / LOCK_FILE).exists()  # the lock file stays (see data_lock.py)


def test_a_writer_waits_for_a_reader(tmp_path):
    reader = DataFolderLock(tmp_path, "lokal search", writes=False)
    reader.acquire()
    threading.Timer(0.6, reader.release).start()
    waited_for: list[LockOwner] = []
    with DataFolderLock(tmp_path, "lokal index", on_wait=waited_for.append) as writer:
        assert writer.held
    assert [owner.what for owner in waited_for] == ["lokal search"]


def test_a_reader_gives_up_after_its_wait(tmp_path):
    with DataFolderLock(tmp_path, "the Lokal window"):
        began = time.monotonic()
        with pytest.raises(LokalError) as refused:
            DataFolderLock(tmp_path, "lokal ask", writes=False, wait_seconds=0.5).acquire()
        assert 0.5 <= time.monotonic() - began < 3
    assert refused.value.params["owner"] == "the Lokal window"


def test_a_stale_owner_file_is_overwritten(tmp_path):
    (tmp_path / OWNER_FILE).write_text(
        json.dumps({"pid": 999_999_999, "what": "lokal index", "writes": True, "started": ""})
    )
    with DataFolderLock(tmp_path, "lokal index"):  # the lock is free: its holder is gone
        assert LockOwner.read(tmp_path).pid == os.getpid()


def test_a_holder_without_an_owner_file_is_named_as_unknown(tmp_path):
    with DataFolderLock(tmp_path, "lokal index"):
        (tmp_path / OWNER_FILE).write_bytes(b"\x00garbage")
        with pytest.raises(LokalError) as refused:
            DataFolderLock(tmp_path, "lokal index").acquire()
    assert refused.value.params["pid"] == "?"
    assert "another Lokal program" in refused.value.message


# -- the window, in this process --------------------------------------------------------------


def test_a_second_window_on_the_folder_is_refused_until_the_first_closes(qtbot, tmp_path):
    from desktop_app.app import WINDOW_OWNER, LokalApp

    data = tmp_path / "data"
    first = LokalApp(data, Settings())
    qtbot.addWidget(first.window)
    try:
        with pytest.raises(LokalError) as refused:
            LokalApp(data, Settings())
        assert refused.value.code == "data_folder_busy"
        assert refused.value.params["owner"] == WINDOW_OWNER
        assert refused.value.params["pid"] == os.getpid()
        # `lokal index` is refused too, at once, naming the window and this process.
        index = subprocess.run(
            lokal_command("index", tmp_path, data_dir=data),
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_S,
            env=subprocess_env(),
            cwd=REPO,
        )
        assert index.returncode == 1, failure_text(index)
        assert index.stderr.strip() == busy_line(data, WINDOW_OWNER, os.getpid())
        assert not (data / "index").exists()  # it changed nothing
    finally:
        first.shutdown()
    again = LokalApp(data, Settings())  # a restart in one process: the folder was given back
    qtbot.addWidget(again.window)
    again.shutdown()
    again.shutdown()  # twice is harmless
    assert not (data / OWNER_FILE).exists()


@pytest.mark.slow  # the `lokal index` subprocess loads the embedding model
def test_the_window_refuses_to_open_on_a_folder_lokal_index_holds(qapp, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.app import run_gui
    from desktop_app.ui.main_window import MainWindow

    data = tmp_path / "data"
    write_corpus(tmp_path / "docs", 12)
    index = start_lokal("index", tmp_path / "docs", data_dir=data)
    shown: list[str] = []

    def close_the_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(f"{box.windowTitle()}\n{box.text()}")
            box.accept()
        else:
            QTimer.singleShot(50, close_the_dialog)

    names = qapp.applicationName(), qapp.organizationName()
    try:
        wait_for_owner(data, index.pid)
        QTimer.singleShot(50, close_the_dialog)
        code = run_gui(str(data))
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        result = finish(index)

    assert code == 1
    [text] = shown
    assert f"lokal index (process {index.pid})" in text and str(data) in text
    assert not any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())
    # It changed nothing: no history, no notices of its own; the index run went on to its end.
    assert not (data / "history.sqlite3").exists() and not (data / "notices.jsonl").exists()
    assert result.returncode == 0, failure_text(result)
    assert "Done: 12 indexed, 0 unchanged, 0 failed." in result.stdout


# -- the CLI, in processes of their own -------------------------------------------------------


@pytest.mark.slow  # the subprocesses load the embedding model
def test_two_index_runs_at_once_one_indexes_and_the_other_changes_nothing(tmp_path):
    files = write_corpus(tmp_path / "docs", 24)
    data = tmp_path / "data"
    runs = [start_lokal("index", tmp_path / "docs", data_dir=data) for _ in range(2)]
    results = [finish(run) for run in runs]

    codes = sorted(result.returncode for result in results)
    assert codes == [0, 1], "\n".join(failure_text(result) for result in results)
    [indexed] = [result for result in results if result.returncode == 0]
    [refused] = [result for result in results if result.returncode == 1]
    [winner] = [run for run in runs if run.returncode == 0]
    assert "Done: 24 indexed, 0 unchanged, 0 failed." in indexed.stdout
    assert refused.stderr.strip() == busy_line(data, "lokal index", winner.pid)  # one line
    assert refused.stdout == ""
    for result in results:
        assert "Traceback" not in result.stderr and "Error getting embedding" not in result.stderr
    assert_store_consistent(data, {str(path) for path in files})


@pytest.mark.long
@pytest.mark.slow  # the subprocesses load the embedding model
def test_six_concurrent_starts_none_crashes(tmp_path):
    """Before the lock, one of six `lokal index` started at once on a new folder failed with
    chroma's "table collections already exists" (the probe saw "database is locked") and the
    other five each indexed all 48 files into one store at the same time."""
    files = write_corpus(tmp_path / "docs", 48)
    data = tmp_path / "data"
    runs = [start_lokal("index", tmp_path / "docs", data_dir=data) for _ in range(6)]
    results = [finish(run) for run in runs]

    report = "\n".join(failure_text(result) for result in results)
    for result in results:
        said = result.stderr + result.stdout
        assert "Traceback" not in said and "database is locked" not in said, report
        assert "not available" not in said and "Error getting embedding" not in said, report
    indexed = [result for result in results if "Done: 48 indexed, 0 unchanged" in result.stdout]
    refused = [result for result in results if result.returncode == 1]
    later = [result for result in results if "Done: 0 indexed, 48 unchanged" in result.stdout]
    assert len(indexed) == 1 and len(refused) + len(later) == 5, report
    holder = runs[results.index(indexed[0])].pid
    for result in refused:  # one line each, naming the run that indexed
        assert result.stderr.strip() == busy_line(data, "lokal index", holder), report
    assert_store_consistent(data, {str(path) for path in files})


@pytest.mark.slow  # the subprocesses load the embedding model
def test_a_search_waits_for_an_index_run_then_finds_what_it_indexed(tmp_path):
    write_corpus(tmp_path / "docs", 8)
    data = tmp_path / "data"
    index = start_lokal("index", tmp_path / "docs", data_dir=data)
    wait_for_owner(data, index.pid)
    search = start_lokal("search", "--json", "ledger number of the lighthouse", data_dir=data)
    searched, indexed = finish(search), finish(index)

    assert indexed.returncode == 0, failure_text(indexed)
    assert searched.returncode == 0, failure_text(searched)
    waiting = f"lokal: waiting for lokal index (process {index.pid}) to finish..."
    assert searched.stderr.count(waiting) == 1, failure_text(searched)
    [result] = json.loads(searched.stdout)
    assert any("lighthouse" in Path(source["path"]).name for source in result["sources"])


@pytest.mark.slow  # the subprocesses load the embedding model
def test_a_killed_holder_leaves_a_lock_the_next_run_takes_over(tmp_path):
    files = write_corpus(tmp_path / "docs", 16)
    data = tmp_path / "data"
    index = start_lokal("index", tmp_path / "docs", data_dir=data)
    try:
        wait_for_owner(data, index.pid)
        for line in index.stdout:  # killed mid-run, once it has indexed a file
            if line.startswith("indexed "):
                break
        os.kill(index.pid, signal.SIGKILL)
    finally:
        index.kill()
        index.communicate()
    assert index.returncode == -signal.SIGKILL
    assert LockOwner.read(data).pid == index.pid  # its owner file is left behind, stale

    again = subprocess.run(
        lokal_command("index", tmp_path / "docs", data_dir=data),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        env=subprocess_env(),
        cwd=REPO,
    )
    assert again.returncode == 0, failure_text(again)
    assert "is in use by" not in again.stderr and "Traceback" not in again.stderr
    assert "0 failed." in again.stdout
    assert not (data / OWNER_FILE).exists()  # the stale owner file was taken over, then given back
    assert_store_consistent(data, {str(path) for path in files})
