"""Whatever lies at `settings.toml`, Lokal starts with the defaults and keeps a copy of it.

Each kind of damage is made for real in a data folder: bytes that are not UTF-8, wrong types,
a directory, a FIFO (opening one for reading waits for a writer forever), a symlink loop, a
file nobody may read, TOML nested too deeply for the parser, a huge sparse file. Through
`load_settings_with_repairs` and through the real CLI (a subprocess with a timeout, so that a
hang fails the test): the defaults are used, the thing is set aside as
`settings.toml.broken-<YYYYMMDD-HHMMSS>`, and the repair is reported once.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.config import (
    SETTINGS_FILE,
    Settings,
    load_settings,
    load_settings_with_repairs,
    save_settings,
)
from desktop_app.core.repairs import Repair
from tests.reliability.conftest import REPO, failure_text, run_lokal, subprocess_env

SET_ASIDE_NAME = re.compile(r"settings\.toml\.broken-\d{8}-\d{6}(-\d+)?$")
CLI_TIMEOUT_S = 120  # a search on an empty folder takes a few seconds; a hang never ends


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def binary_bytes(path: Path) -> None:
    path.write_bytes(b"\x83\xff\x00\x9c" * 256)  # 0x83 opens no UTF-8 sequence


def wrong_types(path: Path) -> None:
    path.write_text('[model]\ntemperature = "hot"\nthreads = [1, 2]\n', encoding="utf-8")


def not_a_table(path: Path) -> None:
    path.write_text('model = "SmolLM2"\nui = 3\n', encoding="utf-8")


def not_toml(path: Path) -> None:
    path.write_text("[model\ntemperature = 'hot'", encoding="utf-8")


def a_directory(path: Path) -> None:
    path.mkdir()
    (path / "kept.txt").write_text("what the user had in it", encoding="utf-8")


def a_fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no FIFOs")
    os.mkfifo(path)


def a_symlink_loop(path: Path) -> None:
    try:
        os.symlink(path.name, path)  # settings.toml -> settings.toml
    except (OSError, NotImplementedError) as error:
        pytest.skip(f"cannot make a symlink here: {error}")


def permission_denied(path: Path) -> None:
    if running_as_root():
        pytest.skip("root reads a file whatever its permissions")
    path.write_text("[model]\ntemperature = 0.5\n", encoding="utf-8")
    path.chmod(0)


def nested_too_deeply(path: Path) -> None:
    path.write_text("a = " + "[" * 100_000, encoding="utf-8")  # tomllib: RecursionError


def huge_sparse_file(path: Path) -> None:
    with path.open("wb") as handle:  # 512 MB of zero bytes that take no disk space
        handle.truncate(512 * 1024 * 1024)


DAMAGE = {
    "binary bytes": binary_bytes,
    "wrong types": wrong_types,
    "sections that are not tables": not_a_table,
    "not TOML": not_toml,
    "a directory": a_directory,
    "a FIFO": a_fifo,
    "a symlink loop": a_symlink_loop,
    "permission denied": permission_denied,
    "nested too deeply": nested_too_deeply,
    "a huge sparse file": huge_sparse_file,
}


def set_aside_copies(data_dir: Path) -> list[Path]:
    return sorted(path for path in data_dir.iterdir() if SET_ASIDE_NAME.match(path.name))


def assert_set_aside(data_dir: Path, make) -> Path:
    """The damaged thing is no longer at settings.toml and exactly one copy was set aside."""
    assert not os.path.lexists(data_dir / SETTINGS_FILE)
    [copy] = set_aside_copies(data_dir)
    if make is a_directory:
        assert (copy / "kept.txt").read_text(encoding="utf-8") == "what the user had in it"
    elif make is binary_bytes:
        assert copy.read_bytes() == b"\x83\xff\x00\x9c" * 256
    elif make is a_fifo:
        assert stat.S_ISFIFO(copy.lstat().st_mode)
    elif make is a_symlink_loop:
        assert copy.is_symlink()
    return copy


@pytest.fixture(autouse=True)
def _permissions_restored(tmp_path):
    """pytest must be able to delete what a test made unreadable."""
    yield
    for path in tmp_path.rglob("*"):
        if not path.is_symlink() and path.exists():
            path.chmod(0o700 if path.is_dir() else 0o600)


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_damaged_settings_give_the_defaults_and_one_repair(tmp_path, damage):
    make = DAMAGE[damage]
    make(tmp_path / SETTINGS_FILE)

    settings, repairs = load_settings_with_repairs(tmp_path)

    assert settings == Settings()
    copy = assert_set_aside(tmp_path, make)
    [repair] = repairs
    assert repair.code == "settings_set_aside"
    assert repair.params["moved_to"] == str(copy)
    assert repair.params["detail"]
    assert str(copy) in repair.message and "defaults" in repair.message
    # Told once: the next start finds no settings file, and saving writes a good one.
    assert load_settings_with_repairs(tmp_path) == (Settings(), [])
    save_settings(Settings(), tmp_path)
    assert load_settings_with_repairs(tmp_path) == (Settings(), [])


def test_load_settings_keeps_its_signature_for_existing_callers(tmp_path):
    binary_bytes(tmp_path / SETTINGS_FILE)
    assert load_settings(tmp_path) == Settings()
    assert len(set_aside_copies(tmp_path)) == 1


def test_a_second_damaged_file_in_the_same_second_gets_a_name_of_its_own(tmp_path):
    for _ in range(3):
        binary_bytes(tmp_path / SETTINGS_FILE)
        [repair] = load_settings_with_repairs(tmp_path)[1]
        assert Path(repair.params["moved_to"]).read_bytes() == b"\x83\xff\x00\x9c" * 256
    assert len(set_aside_copies(tmp_path)) == 3


def test_settings_that_cannot_be_moved_aside_still_give_the_defaults(tmp_path):
    if running_as_root():
        pytest.skip("root renames files in a read-only folder")
    binary_bytes(tmp_path / SETTINGS_FILE)
    tmp_path.chmod(0o555)  # read-only: nothing can be renamed in it
    try:
        settings, repairs = load_settings_with_repairs(tmp_path)
    finally:
        tmp_path.chmod(0o700)
    assert settings == Settings()
    assert repairs == []  # nothing was moved, so nothing is said to be
    assert (tmp_path / SETTINGS_FILE).read_bytes() == b"\x83\xff\x00\x9c" * 256  # untouched


def test_a_readable_file_is_left_alone(tmp_path):
    chosen = Settings()
    chosen.retrieval.top_k = 3
    save_settings(chosen, tmp_path)
    assert load_settings_with_repairs(tmp_path) == (chosen, [])
    assert set_aside_copies(tmp_path) == []


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_the_cli_starts_with_the_defaults_and_says_once_what_it_set_aside(tmp_path, damage):
    data = tmp_path / "data"
    data.mkdir()
    make = DAMAGE[damage]
    make(data / SETTINGS_FILE)

    try:
        result = run_lokal("search", "opening hours", data_dir=data, timeout=CLI_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"lokal search hung on {damage} at settings.toml")

    assert result.returncode == 0, failure_text(result)
    assert "Traceback" not in result.stderr, failure_text(result)
    copy = assert_set_aside(data, make)
    said = Repair("settings_set_aside", {"detail": "", "moved_to": str(copy)}).message
    lines = [line for line in result.stderr.splitlines() if str(copy) in line]
    assert len(lines) == 1, failure_text(result)
    assert lines[0].startswith("lokal: ") and said.split("(")[0] in lines[0]
    assert "nothing indexed matches" in result.stdout  # the search itself went on


@pytest.mark.parametrize("damage", ["binary bytes", "a FIFO", "a directory"])
def test_the_window_opens_with_the_defaults_and_shows_the_repair_once(tmp_path, damage):
    """The real window (`python -m desktop_app`, offscreen), which quits once it is shown
    (LOKAL_STARTUP_PROBE, as the start-up benchmark runs it): its notices are in notices.jsonl."""
    data = tmp_path / "data"
    data.mkdir()
    make = DAMAGE[damage]
    make(data / SETTINGS_FILE)
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data)]
    env = subprocess_env({"QT_QPA_PLATFORM": "offscreen", "LOKAL_STARTUP_PROBE": "1"})
    for _ in range(2):  # the second start has nothing left to repair
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=CLI_TIMEOUT_S, env=env, cwd=REPO
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"the window hung on {damage} at settings.toml")
        assert result.returncode == 0, failure_text(result)
        assert "lokal-window-shown" in result.stdout and "Traceback" not in result.stderr

    copy = assert_set_aside(data, make)
    notices = [
        json.loads(line)
        for line in (data / "notices.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    about_settings = [notice for notice in notices if str(copy) in notice["text"]]
    assert len(about_settings) == 1, notices
    assert "defaults" in about_settings[0]["text"]
