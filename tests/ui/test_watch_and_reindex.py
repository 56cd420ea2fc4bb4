"""The running app keeps an added folder in step with the disk, and re-indexes for new settings.

Real workers (index worker with its QFileSystemWatcher, the store in its own process, the
bundled embedder and chat model); only GUI-side signals and widgets are waited on.
"""

from __future__ import annotations

import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core.ingest.pipeline import FileIndexed
from desktop_app.core.ingest.preparation import CHUNKER_VERSION
from desktop_app.core.store import DocumentStore
from tests.ui.conftest import Recorder, notices, start_app

INDEX_MS = 120_000
# The watcher gathers changes for SYNC_DELAY_MS (1.5 s) before it syncs; indexing follows.
SYNC_MS = 60_000


def panel_rows(lokal) -> dict[str, dict[str, str]]:
    """collection -> {file name: state}, as the documents panel shows them."""
    tree = lokal.window.documents.tree
    rows = {}
    for number in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(number)
        rows[top.text(0)] = {
            top.child(i).text(0): top.child(i).text(1) for i in range(top.childCount())
        }
    return rows


def documents(lokal) -> dict[str, str]:
    return panel_rows(lokal).get("Documents", {})


def wait_until_idle(qtbot, lokal) -> None:
    """Until the index worker has no run left (it then starts watching the added folders)."""
    qtbot.waitUntil(lambda: not lokal.index_worker.busy, timeout=INDEX_MS)
    qtbot.wait(300)  # the watch list is updated right after the last run ends, on its thread


@pytest.mark.slow
def test_added_folder_is_watched_and_new_settings_reindex_it(qtbot, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "ferry.txt").write_text("The ferry to Bornholm leaves Køge at midnight.")
    (folder / "bakery.md").write_text("# Bakery\n\nThe bakery on Strøget sells kanelsnegle.")
    data = tmp_path / "data"
    lokal = start_app(qtbot, data)
    try:
        # Added as a folder, as the panel's "Add folder" does.
        with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS) as finished:
            lokal.indexing.add_paths([str(folder)])
        assert finished.args == [2, 0, 0, False]
        qtbot.waitUntil(lambda: set(documents(lokal)) == {"ferry.txt", "bakery.md"})
        wait_until_idle(qtbot, lokal)

        # A new file saved into the folder is indexed without anyone asking.
        with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=SYNC_MS) as finished:
            (folder / "harbour.txt").write_text("The harbour of Esbjerg has eleven cranes.")
        assert finished.args == [1, 2, 0, False]  # the others were found unchanged
        qtbot.waitUntil(lambda: documents(lokal).get("harbour.txt", "").startswith("indexed"))
        assert ("Indexed harbour.txt: 1 passage(s).", False) in notices(lokal)
        # Quiet: unchanged files are not announced.
        assert not any("unchanged" in text for text, _ in notices(lokal))
        wait_until_idle(qtbot, lokal)

        # A file deleted on disk leaves the index, with a notice, and leaves the panel.
        with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=SYNC_MS):
            (folder / "bakery.md").unlink()
        qtbot.waitUntil(lambda: "bakery.md" not in documents(lokal))
        assert (
            "bakery.md was deleted from disk and removed from the index.",
            False,
        ) in notices(lokal)
        assert set(documents(lokal)) == {"ferry.txt", "harbour.txt"}
        wait_until_idle(qtbot, lokal)

        # New chunk settings: every document is re-indexed, visibly.
        status_when_started = []
        started = Recorder(
            lokal.index_worker.reindex_started,
            then=lambda count: status_when_started.append(
                (count, lokal.window.index_status.text(), lokal.window.index_progress.isVisible())
            ),
        )
        events = Recorder(lokal.index_worker.index_event)

        def indexed_names():
            return sorted(
                event.path.rsplit("/", 1)[1]
                for (event,) in events.calls
                if isinstance(event, FileIndexed)
            )

        new = lokal.settings.model_copy(deep=True)
        assert new.index.overlap_tokens == 0
        new.index.overlap_tokens = 16
        with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS) as finished:
            lokal.apply_settings(new)
        assert started.calls == [(2,)]
        assert status_when_started == [(2, "Re-indexing for the new settings…", True)]
        assert finished.args == [2, 0, 0, False]
        assert indexed_names() == ["ferry.txt", "harbour.txt"]
        assert ("2 document(s) are re-indexed for the new settings.", False) in notices(lokal)
        assert lokal.window.index_progress.isHidden()
        assert lokal.settings.index.overlap_tokens == 16

        # The same settings again: nothing to do.
        events.calls.clear()
        lokal.apply_settings(lokal.settings.model_copy(deep=True))
        qtbot.wait(500)
        wait_until_idle(qtbot, lokal)
        assert started.calls == [(2,)] and indexed_names() == []
    finally:
        lokal.shutdown()

    # On disk: every file was recorded under the new chunking.
    store = DocumentStore(data, services.make_embedder(Settings()).name)
    try:
        records = {record.path.rsplit("/", 1)[1]: record for record in store.files()}
        assert set(records) == {"ferry.txt", "harbour.txt"}
        assert {record.chunking for record in records.values()} == {f"{CHUNKER_VERSION}:192:16"}
        assert store.watched_folders() == [("Documents", str(folder))]
    finally:
        store.close()
