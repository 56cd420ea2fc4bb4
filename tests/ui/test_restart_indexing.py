"""Every indexing run the window shows the start of, it shows the end of: after a restart over
an indexed folder, and when the user cancels a re-check.

Real app (index worker, store process, bundled embedder), real PDFs; only widgets are read.
At the end, the index worker's quiet-run policy (JobReport), event by event.
"""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.app import LokalApp
from desktop_app.config import Settings
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest.pipeline import (
    FileFailed,
    FileIndexed,
    FileProgress,
    FilesFound,
    FileStarted,
    FileUnchanged,
    RunFinished,
)
from desktop_app.workers.index_worker import JobReport
from tests.ui.conftest import Recorder, notices, start_app

INDEX_MS = 180_000

# A table of contents: the indexer leaves such a page out, and now says so in the window too.
CONTENTS = "Contents\n" + "\n".join(
    f"{title} ....... {page}"
    for page, title in enumerate(
        ["Harbours", "Ferries", "Bridges", "Islands", "Lighthouses", "Canals", "Locks", "Fjords"],
        start=2,
    )
)


def file_states(lokal) -> dict[str, str]:
    """file name -> the state the documents panel shows, over every collection."""
    tree = lokal.window.documents.tree
    states = {}
    for number in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(number)
        for row in range(top.childCount()):
            states[top.child(row).text(0)] = top.child(row).text(1)
    return states


def assert_idle(lokal) -> None:
    """Nothing is shown as running: every file settled, no progress, no Cancel waiting."""
    states = file_states(lokal)
    unsettled = {name: state for name, state in states.items() if "indexing" in state}
    assert not unsettled, unsettled
    assert lokal.window.index_progress.isHidden()
    assert lokal.window.cancel_index_button.isHidden()
    assert not lokal.window.documents.cancel_button.isEnabled()
    status = lokal.window.index_status.text()
    assert not re.search(r"\(\d+/\d+\)", status), status  # "Indexing x.pdf (10/10)"
    assert status not in ("Cancelling…", "Preparing to index…"), status


def write_folder(folder, make_pdf) -> dict[str, str]:
    """Three short PDFs (one opening with a contents page) and four text files, one of them a
    copy of another; returns file name -> expected panel state."""
    folder.mkdir()
    make_pdf(
        "library/manual.pdf",
        [CONTENTS]
        + [f"Chapter {number}: the harbour of Esbjerg has {number} cranes." for number in (2, 3)],
    )
    make_pdf("library/ferries.pdf", ["The ferry to Bornholm leaves Køge.", "It takes hours."])
    make_pdf("library/bridges.pdf", ["The Great Belt bridge is long.", "Trains cross it too."])
    (folder / "bakery.txt").write_text("The bakery on Strøget sells kanelsnegle at seven.")
    (folder / "locks.txt").write_text("The canal locks of Odense open at dawn.")
    (folder / "fjord.txt").write_text("The fjord near Vejle is deep and calm.")
    shutil.copy(folder / "bakery.txt", folder / "bakery2.txt")
    return {
        "manual.pdf": "3 page(s)",
        "ferries.pdf": "2 page(s)",
        "bridges.pdf": "2 page(s)",
        "bakery.txt": "indexed",
        "bakery2.txt": "indexed",
        "locks.txt": "indexed",
        "fjord.txt": "indexed",
    }


@pytest.mark.slow
def test_a_restart_over_an_indexed_folder_leaves_nothing_running(
    qtbot, tmp_path, make_pdf, monkeypatch
):
    folder = tmp_path / "library"
    expected = write_folder(folder, make_pdf)
    data = tmp_path / "data"
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(folder))
    )

    lokal = start_app(qtbot, data, wait_for_model=False)
    try:
        panel = lokal.window.documents
        with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS) as finished:
            qtbot.mouseClick(panel.add_folder_button, Qt.MouseButton.LeftButton)
        assert finished.args == [7, 0, 0, False]
        qtbot.waitUntil(lambda: file_states(lokal) == expected)
        assert_idle(lokal)
        shown = [text for text, _ in notices(lokal)]
        # What the CLI says of a file, the window says too: pages left out, and copies.
        # Which pages, said as pages (the English translation has "1 ... page ...: page 1").
        assert "1 contents or index page(s) of manual.pdf were left out: page(s) 1." in shown
        [copied] = [text for text in shown if text.startswith("Indexed bakery2.txt")]
        assert "Same content as bakery.txt: copied" in copied
        # Every watched folder and file is watched once the run has ended.
        qtbot.waitUntil(lambda: str(folder) in lokal.folder_watcher.watched(), timeout=INDEX_MS)
    finally:
        lokal.shutdown()

    # Again over the same data: the start's quiet sync finds every file unchanged.
    lokal = LokalApp(data, Settings())
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    ready = Recorder(lokal.index_worker.ready)
    # The panel shows the library at once, from its SQLite bookkeeping: before the store
    # process and the embedder are up (they took 11-27 s, and the panel stayed empty).
    shown_before_ready = []
    listed = Recorder(
        lokal.index_worker.library_changed,
        then=lambda library: shown_before_ready.append(not ready.calls and bool(library)),
    )
    lokal.start_workers()
    try:
        qtbot.waitUntil(lambda: bool(ready.calls), timeout=INDEX_MS)
        assert listed.calls and shown_before_ready[:1] == [True]
        assert set(file_states(lokal)) == set(expected)  # (before the sync below settles)
        # The watch list is sent when the worker has no run left: the sync has ended, and every
        # event of it has reached the window before the list did.
        qtbot.waitUntil(lambda: str(folder) in lokal.folder_watcher.watched(), timeout=INDEX_MS)
        qtbot.waitUntil(lambda: set(file_states(lokal)) == set(expected))
        assert file_states(lokal) == expected
        assert_idle(lokal)
        # Nothing changed, so nothing is announced.
        assert not any("unchanged" in text or "Indexed" in text for text, _ in notices(lokal))

        # And the window still indexes what is added next, to its end.
        (folder / "canal.txt").write_text("The canal of Christianshavn has houseboats.")
        qtbot.waitUntil(lambda: file_states(lokal).get("canal.txt") == "indexed", timeout=INDEX_MS)
        qtbot.waitUntil(lambda: lokal.window.index_progress.isHidden(), timeout=INDEX_MS)
        assert_idle(lokal)
    finally:
        lokal.shutdown()


@pytest.mark.slow
def test_cancelling_a_recheck_ends_it(qtbot, tmp_path):
    # Added as files, not as a folder: what is written to them later is not synced by itself.
    paths = []
    for number in range(6):
        path = tmp_path / f"log{number}.txt"
        path.write_text(f"Log {number} starts here.")
        paths.append(path)
    lokal = start_app(qtbot, tmp_path / "data", wait_for_model=False)
    try:
        with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS):
            lokal.indexing.add_paths([str(path) for path in paths])
        qtbot.waitUntil(lambda: set(file_states(lokal).values()) == {"indexed"})
        # Each file grows long: a re-check has minutes of embedding to do.
        for number, path in enumerate(paths):
            path.write_text(
                " ".join(f"Entry {n} of log {number}: the pump ran normally." for n in range(3000))
            )

        panel = lokal.window.documents
        events = Recorder(lokal.index_worker.index_event)
        qtbot.mouseClick(panel.reindex_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: any(isinstance(event, FileProgress) for (event,) in events.calls),
            timeout=INDEX_MS,
        )
        assert panel.cancel_button.isEnabled()
        assert lokal.window.index_progress.isVisible()
        with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS) as finished:
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
            assert lokal.window.index_status.text() == "Cancelling…"
        assert finished.args[3] is True  # cancelled, not run to its end
        assert lokal.window.index_status.text() == (
            "Indexing cancelled; it resumes when you add the files again."
        )
        assert_idle(lokal)
        assert set(file_states(lokal)) == {path.name for path in paths}
    finally:
        lokal.shutdown()


# -- the quiet-run policy, event by event (no app needed) --------------------------------------


def shown_of(report: JobReport, events) -> list:
    return [shown for event in events for shown in report.shown(event)]


def unchanged_run(paths):
    yield FilesFound(total=len(paths), skipped=2)
    for number, path in enumerate(paths, start=1):
        yield FileStarted(path=path, number=number, total=len(paths))
        yield FileUnchanged(path=path)
    yield RunFinished(indexed=0, unchanged=len(paths), failed=0, cancelled=False)


def test_a_quiet_job_that_finds_nothing_changed_shows_nothing():
    report = JobReport(quiet=True)
    assert shown_of(report, unchanged_run(["/a.txt", "/b.pdf"])) == []
    assert report.closing(cancelled=False) == []


def test_a_quiet_job_shows_a_changed_file_from_its_run_start_to_its_end():
    report = JobReport(quiet=True)
    events = [
        FilesFound(total=3, skipped=2),
        FileStarted(path="/a.txt", number=1, total=3),
        FileUnchanged(path="/a.txt"),
        FileStarted(path="/b.txt", number=2, total=3),
        FileProgress(path="/b.txt", chunks_done=0, chunks_total=1),
        FileIndexed(path="/b.txt", chunks=1, pages=None),
        FileStarted(path="/c.txt", number=3, total=3),
        FileUnchanged(path="/c.txt"),
        RunFinished(indexed=1, unchanged=2, failed=0, cancelled=False),
    ]
    assert shown_of(report, events) == [
        FilesFound(total=3, skipped=0),  # unsupported files were reported when added
        events[3],
        events[4],
        events[5],
        events[8],
    ]
    assert report.closing(cancelled=False) == []


def test_a_job_that_stops_early_still_shows_the_end_of_what_it_showed():
    asked = JobReport(quiet=False)  # the user asked: the window shows it started at once
    assert asked.closing(cancelled=False) == [RunFinished(0, 0, 0, cancelled=False)]

    crashed = JobReport(quiet=True)
    shown_of(crashed, [FilesFound(total=2, skipped=0), FileStarted("/a.txt", 1, 2)])
    assert shown_of(crashed, [FileFailed(path="", error=LokalError("unreadable", detail="x"))])
    assert crashed.closing(cancelled=False) == [RunFinished(0, 0, 1, cancelled=False)]

    # Cancelled after its last (hidden) run ended: the Cancel the user pressed gets its end.
    late = JobReport(quiet=True)
    assert shown_of(late, unchanged_run(["/a.txt"])) == []
    assert late.closing(cancelled=True) == [RunFinished(0, 1, 0, cancelled=True)]
