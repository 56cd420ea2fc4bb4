"""The notice log on disk: kept across restarts, capped, and a damaged line costs only itself."""

from __future__ import annotations

import json

from desktop_app.core.notice_log import Notice, NoticeLog


def test_notices_are_kept_across_a_restart_in_order(tmp_path):
    path = tmp_path / "notices.jsonl"
    log = NoticeLog(path)
    log.append(Notice("Indexed a.pdf: 3 pages."))
    log.append(Notice("Could not index b.pdf: the file is empty", is_error=True, detail="x"))

    again = NoticeLog(path)
    assert [(n.text, n.is_error, n.detail) for n in again.notices()] == [
        ("Indexed a.pdf: 3 pages.", False, ""),
        ("Could not index b.pdf: the file is empty", True, "x"),
    ]
    assert all(notice.time > 0 for notice in again.notices())  # stamped when written
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2


def test_the_log_is_capped_at_its_limit_and_keeps_the_newest(tmp_path):
    path = tmp_path / "notices.jsonl"
    log = NoticeLog(path, limit=10)
    for number in range(35):
        log.append(Notice(f"notice {number}"))
        # The file never grows past the limit and its slack.
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 12
    expected = [f"notice {number}" for number in range(25, 35)]
    assert [notice.text for notice in log.notices()] == expected
    assert [notice.text for notice in NoticeLog(path, limit=10).notices()] == expected
    assert not list(tmp_path.glob("*.tmp"))  # rewritten through a temporary file, none left


def test_a_corrupt_or_torn_line_is_skipped_and_the_next_notice_is_a_line_of_its_own(tmp_path):
    path = tmp_path / "notices.jsonl"
    good = json.dumps({"text": "first", "is_error": False, "detail": "", "time": 1.0})
    # A line edited by hand, one of another shape, and a last line torn by a crash.
    path.write_text(good + "\nnot json at all\n[1, 2]\n" + '{"text": "tor', encoding="utf-8")

    log = NoticeLog(path)
    assert [notice.text for notice in log.notices()] == ["first"]
    log.append(Notice("after the crash", is_error=True))

    assert [(n.text, n.is_error) for n in NoticeLog(path).notices()] == [
        ("first", False),
        ("after the crash", True),
    ]


def test_texts_in_any_language_round_trip(tmp_path):
    path = tmp_path / "notices.jsonl"
    NoticeLog(path).append(Notice("Kunne ikke indeksere ødelagt.pdf: filen er tom – “x”"))
    [notice] = NoticeLog(path).notices()
    assert notice.text == "Kunne ikke indeksere ødelagt.pdf: filen er tom – “x”"


def test_a_log_that_cannot_be_written_does_not_fail_the_notice(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    path = folder / "notices.jsonl"
    path.mkdir()  # a folder where the file should be: every write fails
    log = NoticeLog(path)
    notice = log.append(Notice("still shown"))
    assert notice.text == "still shown"
    assert [n.text for n in log.notices()] == ["still shown"]
