"""Whatever lies at `history.sqlite3`, Lokal opens with a fresh history (or the one it can
recover), keeps a copy of the damaged one, and says so once: never a traceback.

Each damage is made for real in a data folder: the file cut short, random bytes, damaged pages
past the schema, a folder or a FIFO in its place, its `-wal` overwritten. Through the core
(`HistoryStore`) and through the window (`LokalApp`, its notification area).
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
from pathlib import Path

import pytest

from desktop_app.config import Settings
from desktop_app.core.history import HISTORY_FILE, HistoryStore
from desktop_app.core.repairs import Repair

SET_ASIDE_NAME = re.compile(r"history\.sqlite3\.broken-\d{8}-\d{6}(-\d+)?$")


def _history_with_chats(data: Path, chats: int = 3, words: int = 2000) -> None:
    store = HistoryStore(data)
    for number in range(chats):
        conversation = store.create_conversation(f"Chat {number}")
        store.add_message(conversation.id, "user", f"Question {number} " + "word " * words)
        store.add_message(conversation.id, "assistant", f"Answer {number}")
    store.close()


def truncated(data: Path) -> None:
    _history_with_chats(data)
    path = data / HISTORY_FILE
    path.write_bytes(path.read_bytes()[: 3 * 4096 + 100])  # cut inside a page


def random_bytes(data: Path) -> None:
    data.mkdir(parents=True, exist_ok=True)
    (data / HISTORY_FILE).write_bytes(random.Random(15).randbytes(64 * 1024))


def damaged_pages(data: Path) -> None:
    """The header and schema are sound; pages further in are overwritten. Opening alone
    would not notice: only a read of those pages (a click in the sidebar) would fail."""
    _history_with_chats(data, chats=6)
    path = data / HISTORY_FILE
    raw = bytearray(path.read_bytes())
    page = 4096
    assert len(raw) > 6 * page
    raw[3 * page : 5 * page] = random.Random(3).randbytes(2 * page)
    path.write_bytes(bytes(raw))


def a_folder(data: Path) -> None:
    (data / HISTORY_FILE).mkdir(parents=True)
    (data / HISTORY_FILE / "kept.txt").write_text("what the user had in it", encoding="utf-8")


def a_fifo(data: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no FIFOs")
    data.mkdir(parents=True, exist_ok=True)
    os.mkfifo(data / HISTORY_FILE)


def damaged_wal(data: Path) -> None:
    """A history whose last writes are still in its -wal (no checkpoint), the -wal then
    overwritten: SQLite ignores a WAL whose checksums fail, so what was checkpointed opens."""
    _history_with_chats(data, chats=2)
    writer = sqlite3.connect(data / HISTORY_FILE)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO conversations (title, created_at, updated_at) VALUES ('x', 1, 1)")
    writer.commit()
    wal = data / f"{HISTORY_FILE}-wal"
    assert wal.stat().st_size > 0
    # A copy of the live files, as a crash would leave them (close() would checkpoint).
    image = (data / HISTORY_FILE).read_bytes(), wal.read_bytes()
    writer.close()
    (data / HISTORY_FILE).write_bytes(image[0])
    wal.write_bytes(image[1][:32] + random.Random(7).randbytes(len(image[1]) - 32))


# (damage, whether the old chats survive it)
DAMAGES = [
    (truncated, False),
    (random_bytes, False),
    (damaged_pages, False),
    (a_folder, False),
    (a_fifo, False),
    (damaged_wal, True),
]


def _set_aside(data: Path) -> list[Path]:
    return sorted(path for path in data.iterdir() if SET_ASIDE_NAME.match(path.name))


@pytest.mark.parametrize(("damage", "survives"), DAMAGES, ids=[d.__name__ for d, _ in DAMAGES])
def test_a_damaged_history_opens_fresh_or_recovered_and_says_so_once(tmp_path, damage, survives):
    data = tmp_path / "data"
    damage(data)
    store = HistoryStore(data)  # never raises, never hangs (a FIFO would block a reader)
    try:
        titles = [conversation.title for conversation in store.list_conversations()]
        for conversation in store.list_conversations():  # every page of it reads
            store.messages(conversation.id)
        if survives:
            assert titles == ["Chat 1", "Chat 0"]
            assert store.repairs == []
        else:
            assert titles == []
            [repair] = store.repairs
            [moved] = _set_aside(data)
            assert repair.code == "history_set_aside"
            assert repair.params["moved_to"] == str(moved)
            assert repair.params["detail"]
            assert str(moved) in repair.message
        # The fresh history works, and keeps what is written to it.
        chat = store.create_conversation("After the damage")
        store.add_message(chat.id, "user", "Still works?")
    finally:
        store.close()

    again = HistoryStore(data)
    try:
        assert again.repairs == []  # said once: the next start has nothing to report
        assert again.conversation(chat.id).title == "After the damage"
        assert [m.content for m in again.messages(chat.id)] == ["Still works?"]
    finally:
        again.close()


def test_the_damaged_copy_is_kept_as_it_was(tmp_path):
    data = tmp_path / "data"
    truncated(data)
    before = (data / HISTORY_FILE).read_bytes()
    HistoryStore(data).close()
    [moved] = _set_aside(data)
    assert moved.read_bytes() == before


def test_a_folder_in_its_place_is_moved_aside_with_what_it_holds(tmp_path):
    data = tmp_path / "data"
    a_folder(data)
    HistoryStore(data).close()
    [moved] = _set_aside(data)
    assert (moved / "kept.txt").read_text(encoding="utf-8") == "what the user had in it"
    assert (data / HISTORY_FILE).is_file()


@pytest.mark.parametrize("damage", [truncated, a_folder], ids=["truncated", "a_folder"])
def test_the_window_opens_and_tells_the_user_once(qtbot, tmp_path, damage):
    from desktop_app.app import LokalApp
    from desktop_app.ui.messages import repair_text

    data = tmp_path / "data"
    damage(data)
    lokal = LokalApp(data, Settings())  # the workers are not started: no model is loaded
    qtbot.addWidget(lokal.window)
    try:
        [notice] = [n for n in lokal.window.notices.session_notices() if n.is_error]
        [moved] = _set_aside(data)
        expected = Repair("history_set_aside", lokal.history.repairs[0].params)
        assert notice.text == repair_text(expected)
        assert str(moved) in notice.text
        assert lokal.window.sidebar.search_box is not None  # the window is up, chats empty
        assert lokal.history.list_conversations() == []
    finally:
        lokal.shutdown()

    again = LokalApp(data, Settings())
    qtbot.addWidget(again.window)
    try:
        assert [n for n in again.window.notices.session_notices() if n.is_error] == []
    finally:
        again.shutdown()
