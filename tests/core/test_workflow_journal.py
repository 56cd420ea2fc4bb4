"""The workflow journal: finished documents survive a crash; a changed file is done again."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop_app.core.workflows.journal import (
    WorkflowJournal,
    extract_job_key,
    job_file,
    report_job_key,
)


def test_same_job_finds_what_was_recorded(tmp_path):
    document = tmp_path / "a.txt"
    document.write_text("Invoice 1")
    journal = WorkflowJournal.for_job(tmp_path / "data", "extract", ["a.txt", "total"])
    assert journal.done(str(document)) is None
    journal.record(str(document), {"cells": [["total", "12", None]]})
    journal.close()

    again = WorkflowJournal.for_job(tmp_path / "data", "extract", ["a.txt", "total"])
    assert again.done(str(document)) == {"cells": [["total", "12", None]]}
    assert again.recorded() == 1
    other_job = WorkflowJournal.for_job(tmp_path / "data", "extract", ["a.txt", "date"])
    assert other_job.done(str(document)) is None
    again.close()
    other_job.close()
    assert again.path.parent == tmp_path / "data" / "workflows"
    assert again.path.name.startswith("extract-") and again.path.suffix == ".sqlite3"


def test_key_parts_stay_apart():
    assert job_file(".", "extract", ["a,b"]) != job_file(".", "extract", ["a", "b"])


def test_job_keys_name_fields_files_and_output_apart(tmp_path):
    a, b = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    key = extract_job_key(("total",), [a, b], tmp_path / "out.csv")
    assert key == extract_job_key(["total"], [b, a], tmp_path / "out.csv")  # any order
    assert key != extract_job_key(("total",), [a], tmp_path / "out.csv")
    assert key != extract_job_key(("total", "date"), [a, b], tmp_path / "out.csv")
    assert key != extract_job_key(("total",), [a, b], tmp_path / "other.csv")
    assert key != extract_job_key(("total",), [a, b], None)
    assert extract_job_key(("a", "b"), [], None) != extract_job_key(("a,b",), [], None)
    assert report_job_key([a], tmp_path / "r.md") != report_job_key([a], tmp_path / "s.md")
    assert report_job_key([a, b], None) == report_job_key([b, a], None)


def test_a_changed_file_is_not_done(tmp_path):
    document = tmp_path / "a.txt"
    document.write_text("Total 12")
    with WorkflowJournal.for_job(tmp_path, "extract", ["k"]) as journal:
        journal.record(str(document), {"n": 1})
        stat = document.stat()
        # Same size and same modification time, other content: only the hash tells.
        document.write_text("Total 13")
        os.utime(document, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert journal.done(str(document)) is None
        document.write_text("Total 12")
        os.utime(document, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert journal.done(str(document)) == {"n": 1}
        document.write_text("Total 12 and more")
        assert journal.done(str(document)) is None
        document.unlink()
        assert journal.done(str(document)) is None


def test_finish_deletes_the_journal(tmp_path):
    document = tmp_path / "a.txt"
    document.write_text("x")
    journal = WorkflowJournal.for_job(tmp_path, "report", ["k"])
    journal.record(str(document), {})
    journal.finish()
    assert not journal.path.exists()
    assert list(journal.path.parent.iterdir()) == []
    again = WorkflowJournal.for_job(tmp_path, "report", ["k"])
    assert again.done(str(document)) is None
    again.close()


def test_a_damaged_journal_is_set_aside_and_the_job_starts_again(tmp_path):
    path = job_file(tmp_path, "extract", ["k"])
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not SQLite at all, just some damaged bytes" * 100)
    journal = WorkflowJournal.for_job(tmp_path, "extract", ["k"])
    document = tmp_path / "a.txt"
    document.write_text("x")
    assert journal.done(str(document)) is None
    journal.record(str(document), {"ok": True})
    assert journal.done(str(document)) == {"ok": True}
    journal.close()
    names = sorted(entry.name for entry in path.parent.iterdir())
    assert len(names) == 2 and any("broken" in name for name in names)


def test_a_record_survives_a_killed_process(tmp_path):
    """Each record is committed at once: a process killed right after it loses nothing."""
    document = tmp_path / "a.txt"
    document.write_text("x")
    script = (
        "import os, sys\n"
        "from desktop_app.core.workflows.journal import WorkflowJournal\n"
        "journal = WorkflowJournal.for_job(sys.argv[1], 'extract', ['k'])\n"
        "journal.record(sys.argv[2], {'row': 1})\n"
        "os._exit(9)\n"  # no close, no clean-up
    )
    finished = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), str(document)],
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))),
        timeout=60,
    )
    assert finished.returncode == 9
    with WorkflowJournal.for_job(tmp_path, "extract", ["k"]) as journal:
        assert journal.done(str(document)) == {"row": 1}
