"""A full disk, for real: a small tmpfs as the data folder, filled to the brink by a filler file.

Indexing, searching, a chat history write and a model download each meet a disk with no room
left. Each must give a clear message (the CLI: exit 1, no traceback), keep what is stored
consistent (earlier files stay searchable, the file being written leaves no record and no
searchable chunk, the history's transaction is rolled back, a partial download is never
installed), and go on once the filler is deleted (the next run completes, the next write
succeeds, the download resumes where it stopped).

Mounting a tmpfs needs a mount namespace of our own: as root `unshare --mount`, otherwise
`unshare --user --map-root-user --mount` where user namespaces are allowed. The test runs this
module as a driver inside that namespace (`python -m tests.reliability.test_full_disk CASE
DIR`): it mounts the tmpfs under DIR, plays the case with the real CLI and the real core, and
writes what it saw to DIR/seen.json, outside the tmpfs; the test then checks what was seen.
Where no namespace can be made, the tests skip and say why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import REPO, lokal_command, subprocess_env

DISK_SIZE = "40m"
DOWNLOAD_DISK_SIZE = "100m"  # a download first checks for its size plus a 64 MiB margin
# Left free by the filler: less than one file's chunks need, more than opening a store needs.
LEFT_FREE = 1024 * 1024
DRIVER_TIMEOUT_S = 900


# -- the namespace ------------------------------------------------------------------------------


def _namespace_prefix() -> tuple[list[str] | None, str]:
    """The command prefix that gives a mount namespace where a tmpfs can be mounted, or None
    and why not."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return None, "unshare(1) or mount(8) is not installed"
    candidates = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        candidates.append(["unshare", "--mount"])
    candidates.append(["unshare", "--user", "--map-root-user", "--mount"])
    probe = 'd=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs "$d" && umount "$d" && rmdir "$d"'
    reasons = []
    for prefix in candidates:
        try:
            result = subprocess.run(
                [*prefix, "sh", "-c", probe], capture_output=True, text=True, timeout=30
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            reasons.append(f"{' '.join(prefix)}: {error}")
            continue
        if result.returncode == 0:
            return prefix, ""
        reasons.append(f"{' '.join(prefix)}: {result.stderr.strip() or result.returncode}")
    return None, "cannot mount a tmpfs in a namespace of our own (" + "; ".join(reasons) + ")"


def _drive(case: str, workdir: Path) -> dict:
    prefix, why_not = _namespace_prefix()
    if prefix is None:
        pytest.skip(why_not)
    command = [*prefix, sys.executable, "-m", "tests.reliability.test_full_disk", case]
    result = subprocess.run(
        [*command, str(workdir)],
        capture_output=True,
        text=True,
        timeout=DRIVER_TIMEOUT_S,
        cwd=REPO,
        env=subprocess_env(),
    )
    seen_file = workdir / "seen.json"
    assert result.returncode == 0 and seen_file.exists(), (
        f"the driver failed (exit {result.returncode})\n--- stdout\n{result.stdout[-4000:]}\n"
        f"--- stderr\n{result.stderr[-6000:]}"
    )
    seen = json.loads(seen_file.read_text(encoding="utf-8"))
    print(json.dumps(seen, indent=2, ensure_ascii=False)[:20000])  # what each step printed
    return seen


def _clear(step: dict) -> None:
    """A step that met the full disk: exit 1 and one clear line, no traceback."""
    assert step["rc"] == 1, step
    assert "Traceback" not in step["stderr"] + step["stdout"], step
    assert "disk is full" in step["stderr"], step


# -- the tests ----------------------------------------------------------------------------------


@pytest.mark.long
@pytest.mark.slow  # its lokal processes load the embedder
def test_indexing_on_a_full_disk_stops_clearly_keeps_the_store_and_resumes(tmp_path):
    seen = _drive("index", tmp_path)
    assert seen["first"]["rc"] == 0, seen["first"]
    assert seen["free_when_full"] <= LEFT_FREE

    _clear(seen["full"])
    # While the disk is full, a search either works (reads need no room) or says clearly
    # that it is the disk; never a traceback.
    search = seen["search_while_full"]
    assert "Traceback" not in search["stderr"] + search["stdout"], search
    if search["rc"] == 0:
        assert seen["keep"] in search["paths"]
    else:
        _clear(search)

    # Space back, the next start (before any search): the half-written file left no record
    # and none of its chunks; the earlier file is all the index holds.
    assert all(record is None for record in seen["records_after_space"].values()), seen
    assert seen["chunks_after_space"] == 1, seen

    # The next run completes, and the new files are searchable.
    rerun = seen["rerun"]
    assert rerun["rc"] == 0, rerun
    assert "Done: 2 indexed" in rerun["stdout"], rerun
    assert set(seen["big"]) <= set(seen["search_after_rerun"]["full_disk"])
    assert seen["keep"] in seen["search_after_rerun"]["lighthouse"]
    records = seen["records_after_rerun"]
    assert all(records[path] and records[path] > 0 for path in seen["big"]), records
    assert seen["chunks_after_rerun"] == sum(records.values()) + 1  # + the note, once each


@pytest.mark.long
@pytest.mark.slow  # its lokal processes load the embedder
def test_a_search_of_a_complete_index_on_a_full_disk_works(tmp_path):
    seen = _drive("search", tmp_path)
    assert seen["index"]["rc"] == 0, seen["index"]
    assert seen["free_when_full"] <= LEFT_FREE
    search = seen["search_while_full"]
    assert search["rc"] == 0, search
    assert seen["keep"] in search["paths"]


def test_a_history_write_on_a_full_disk_is_rolled_back_and_saved_once_there_is_room(tmp_path):
    seen = _drive("history", tmp_path)
    assert seen["free_when_full"] <= LEFT_FREE
    # Each write refused with history_disk_full; the file unchanged and sound.
    assert seen["add_message"] == "history_disk_full"
    assert seen["rename"] == "history_disk_full"
    assert seen["create_conversation"] == "history_disk_full"
    assert seen["unsaved_while_full"] == 1
    assert seen["quick_check_while_full"] == "ok"
    assert seen["rows_while_full"] == seen["rows_before"]
    # Space back: the next message saves the one that waited, first, then itself.
    assert seen["messages_after_space"] == ["Question", "Answer", "Lost answer?", "Next question"]
    assert seen["title_after_space"] == "Renamed"
    assert seen["unsaved_after_space"] == 0
    # A fresh history on a full disk: kept in memory, said once, the window still starts.
    assert seen["fresh_open_problem"] == "history_disk_full"
    assert seen["fresh_in_memory_works"] is True
    # The window: the question stays on screen, the notice says why it was not saved.
    assert seen["window_question_on_screen"] is True
    assert seen["window_notices"] == [seen["history_disk_full_text"]]
    # The notice log swallows its own write errors.
    assert seen["notice_log_while_full"] == "swallowed"
    # ... and a line torn by the full disk costs that notice only, not the next one.
    assert seen["notice_log_after_space"] == ["before", "after"]


def test_a_download_on_a_disk_that_fills_up_keeps_its_part_and_resumes(tmp_path):
    seen = _drive("download", tmp_path)
    assert seen["error"] == "download_disk_full", seen
    assert "disk filled up" in seen["message"]
    assert seen["installed_while_full"] is False
    assert 0 < seen["part_bytes_while_full"] < seen["size"]
    assert seen["resumed"] is True
    assert seen["resume_range_start"] > 0  # it went on where it stopped
    assert seen["installed_sha256"] == seen["sha256"]
    assert seen["parts_left"] == []


# -- the driver: runs inside the namespace ------------------------------------------------------


def _mount(disk: Path, size: str) -> None:
    disk.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)], check=True)


def _fill(disk: Path, leave: int = LEFT_FREE) -> Path:
    """A filler file that leaves `leave` bytes (or fewer) free on the disk."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with filler.open("ab") as handle:
        os.posix_fallocate(handle.fileno(), 0, max(0, free - leave))
    return filler


def _run(*args, data: Path) -> dict:
    result = subprocess.run(
        lokal_command(*args, data_dir=data),
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
        env=subprocess_env(),
    )
    step = {"rc": result.returncode, "stdout": result.stdout, "stderr": result.stderr[-3000:]}
    if args[:2] == ("search", "--json") and result.returncode == 0:
        step["paths"] = [source["path"] for source in json.loads(result.stdout)[0]["sources"]]
    step["stdout"] = step["stdout"][-3000:]
    return step


def _search(query: str, data: Path) -> dict:
    return _run("search", "--json", query, data=data)


def _write_texts(workdir: Path) -> tuple[Path, list[Path]]:
    keep = workdir / "keep.txt"
    keep.write_text("A short note about the lighthouse on Anholt.", encoding="utf-8")
    big = []
    for number in range(2):
        path = workdir / f"big{number}.txt"
        path.write_text(
            " ".join(
                f"Sentence {n} of file {number} tells how a full disk stops the indexing."
                for n in range(3500)
            ),
            encoding="utf-8",
        )
        big.append(path)
    return keep, big


def _records(data: Path, paths: list[str]) -> tuple[dict, int, list[str]]:
    from desktop_app.core.store import DocumentStore
    from desktop_app.paths import BUNDLED_EMBEDDING_MODEL_NAME

    store = DocumentStore(data, BUNDLED_EMBEDDING_MODEL_NAME)
    try:
        records = {}
        for path in paths:
            record = store.file_record(path)
            records[path] = record.chunk_count if record is not None else None
        return records, store.chunk_count(), [repair.code for repair in store.repairs()]
    finally:
        store.close()


def _case_index(workdir: Path, seen: dict) -> None:
    disk = workdir / "disk"
    _mount(disk, DISK_SIZE)
    data = disk / "data"
    keep, big = _write_texts(workdir)
    seen["keep"], seen["big"] = str(keep), [str(path) for path in big]
    seen["first"] = _run("index", keep, data=data)
    filler = _fill(disk)
    seen["free_when_full"] = shutil.disk_usage(disk).free
    seen["full"] = _run("index", *big, data=data)
    seen["search_while_full"] = _search("lighthouse on Anholt", data)
    filler.unlink()
    # The next start, before anything is searched: the half-written file left no record, and
    # its chunks are gone; the earlier file is all there is.
    seen["records_after_space"], seen["chunks_after_space"], seen["repairs_after_space"] = _records(
        data, seen["big"]
    )
    seen["rerun"] = _run("index", *big, data=data)
    seen["search_after_rerun"] = {
        "lighthouse": _search("lighthouse on Anholt", data).get("paths", []),
        "full_disk": _search("how a full disk stops the indexing", data).get("paths", []),
    }
    seen["records_after_rerun"], seen["chunks_after_rerun"], _ = _records(data, seen["big"])


def _case_search(workdir: Path, seen: dict) -> None:
    disk = workdir / "disk"
    _mount(disk, DISK_SIZE)
    data = disk / "data"
    keep, _ = _write_texts(workdir)
    seen["keep"] = str(keep)
    seen["index"] = _run("index", keep, data=data)
    _fill(disk)
    seen["free_when_full"] = shutil.disk_usage(disk).free
    seen["search_while_full"] = _search("lighthouse on Anholt", data)


def _case_history(workdir: Path, seen: dict) -> None:
    import sqlite3

    from desktop_app.core.errors import LokalError
    from desktop_app.core.history import HistoryStore
    from desktop_app.core.notice_log import Notice, NoticeLog

    disk = workdir / "disk"
    _mount(disk, DISK_SIZE)
    data = disk / "data"
    store = HistoryStore(data)
    chat = store.create_conversation("A chat")
    store.add_message(chat.id, "user", "Question")
    store.add_message(chat.id, "assistant", "Answer")

    def rows() -> list:
        raw = sqlite3.connect(data / "history.sqlite3")
        try:
            return [
                raw.execute("SELECT count(*) FROM conversations").fetchone()[0],
                raw.execute("SELECT count(*) FROM messages").fetchone()[0],
                raw.execute("SELECT title FROM conversations").fetchall(),
            ]
        finally:
            raw.close()

    seen["rows_before"] = rows()
    # One notice before the disk fills: the log's last page has room left, which a longer
    # notice then fills up halfway through its line.
    notices = NoticeLog(data / "notices.jsonl")
    notices.append(Notice("before"))
    filler = _fill(disk, leave=0)
    seen["free_when_full"] = shutil.disk_usage(disk).free

    def refused(write) -> str:
        try:
            write()
        except LokalError as error:
            return error.code
        return "saved"

    # A large answer: a page or more of the database, so the disk has no room for it.
    long_answer = "Lost answer? " + "x" * 200_000
    seen["add_message"] = refused(lambda: store.add_message(chat.id, "assistant", long_answer))
    seen["rename"] = refused(lambda: store.rename(chat.id, "Renamed " + "y" * 200_000))
    seen["create_conversation"] = refused(lambda: store.create_conversation("New " + "z" * 200_000))
    seen["unsaved_while_full"] = store.unsaved_messages(chat.id)
    raw = sqlite3.connect(data / "history.sqlite3")
    seen["quick_check_while_full"] = raw.execute("PRAGMA quick_check").fetchone()[0]
    raw.close()
    seen["rows_while_full"] = rows()

    try:
        notices.append(Notice("x" * 500_000))
        seen["notice_log_while_full"] = "swallowed"
    except OSError as error:
        seen["notice_log_while_full"] = f"raised {error}"

    # A fresh history (another data folder on the same full disk) cannot even be created.
    fresh = HistoryStore(disk / "fresh")
    seen["fresh_open_problem"] = fresh.open_problem.code if fresh.open_problem else None
    in_memory = fresh.create_conversation("In memory")
    fresh.add_message(in_memory.id, "user", "kept for the session")
    seen["fresh_in_memory_works"] = len(fresh.messages(in_memory.id)) == 1
    fresh.close()

    _window_on_full_disk(disk / "window", filler, seen)

    filler.unlink()
    store.add_message(chat.id, "user", "Next question")
    store.rename(chat.id, "Renamed")
    messages = [message.content for message in store.messages(chat.id)]
    seen["messages_after_space"] = [text[:12] if len(text) > 100 else text for text in messages]
    seen["title_after_space"] = store.conversation(chat.id).title
    seen["unsaved_after_space"] = store.unsaved_messages(chat.id)
    store.close()
    notices.append(Notice("after"))
    seen["notice_log_after_space"] = [
        notice.text[:6] for notice in NoticeLog(data / "notices.jsonl").notices()
    ]


def _window_on_full_disk(data: Path, filler: Path, seen: dict) -> None:
    """The window opened with room, then the disk fills up and the user asks a question."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import LokalApp
    from desktop_app.config import Settings
    from desktop_app.core.errors import LokalError
    from desktop_app.ui.chat_view import QuestionWidget
    from desktop_app.ui.messages import error_text

    app = QApplication.instance() or QApplication([])
    filler.unlink()
    lokal = LokalApp(data, Settings())  # its workers are not started: no model is loaded
    _fill(data.parent, leave=0)
    try:
        # Pages more than the WAL holds already (SQLite reuses its space): the disk must give.
        question = "What does the note say? " + "word " * 8000
        lokal.chat.ask(question)
        on_screen = [
            item for item in lokal.window.chat_view.items() if isinstance(item, QuestionWidget)
        ]
        seen["window_question_on_screen"] = [item.question for item in on_screen] == [question]
        seen["window_notices"] = [
            notice.text for notice in lokal.window.notices.session_notices() if notice.is_error
        ]
        seen["history_disk_full_text"] = error_text(LokalError("history_disk_full"))
    finally:
        lokal.chat.stop()
        lokal.shutdown()
        app.processEvents()


def _case_download(workdir: Path, seen: dict) -> None:
    import hashlib
    import random

    from huggingface_hub import constants

    from desktop_app.core.errors import ModelError
    from desktop_app.core.models.download import (
        DownloadFinished,
        DownloadProgress,
        DownloadSpec,
        download_model,
    )
    from tests.hf_server import FakeHub, HubFile

    constants.HF_HUB_OFFLINE = True  # as Lokal runs: only the download lifts it
    disk = workdir / "disk"
    _mount(disk, DOWNLOAD_DISK_SIZE)
    models = disk / "data" / "models"
    payload = random.Random(15).randbytes(8 * 1024 * 1024)
    seen["size"], seen["sha256"] = len(payload), hashlib.sha256(payload).hexdigest()
    spec = DownloadSpec("lokal-tests/full-disk-GGUF", "full-disk.gguf")
    with FakeHub(spec.repo_id, {spec.filename: HubFile(payload)}) as hub:
        hub.bytes_per_second = 8 * 1024 * 1024  # about a second: time to fill the disk
        filler = None
        try:
            for event in download_model(spec, models, endpoint=hub.url, chunk_size=64 * 1024):
                # Another program fills the disk once the free-space check has passed.
                if isinstance(event, DownloadProgress) and filler is None and event.downloaded:
                    filler = _fill(disk, leave=0)
            seen["error"] = None
        except ModelError as error:
            seen["error"], seen["message"] = error.code, error.message
        parts = models / ".downloads"
        seen["installed_while_full"] = (models / spec.name).exists()
        seen["part_bytes_while_full"] = sum(path.stat().st_size for path in parts.glob("*.part"))
        if filler is not None:
            filler.unlink()
        hub.bytes_per_second = None
        hub.requests.clear()
        events = list(download_model(spec, models, endpoint=hub.url))
        seen["resumed"] = isinstance(events[-1], DownloadFinished)
        ranges = [request.range for request in hub.gets() if request.range]
        seen["resume_range_start"] = int(ranges[0].split("=")[1].rstrip("-")) if ranges else 0
        seen["installed_sha256"] = hashlib.sha256((models / spec.name).read_bytes()).hexdigest()
        seen["parts_left"] = sorted(path.name for path in parts.iterdir())


CASES = {
    "index": _case_index,
    "search": _case_search,
    "history": _case_history,
    "download": _case_download,
}


def _main(case: str, workdir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    seen: dict = {}
    disk = workdir / "disk"
    try:
        CASES[case](workdir, seen)
    finally:
        (workdir / "seen.json").write_text(json.dumps(seen, indent=2), encoding="utf-8")
        if os.path.ismount(disk):
            subprocess.run(["umount", "-l", str(disk)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1], Path(sys.argv[2])))
