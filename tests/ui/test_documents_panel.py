"""The documents panel as a user meets it: states that fit and can be read without a tooltip,
a context menu that does what a file manager's does, file dialogs that open where the user
was, and texts that follow a change of language at once.

The panel is shown alone (its signals are what the app wires) or inside the app made as
LokalApp makes it, without its workers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTranslator, QUrl, Slot
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from desktop_app.app import LokalApp
from desktop_app.config import Settings, load_settings
from desktop_app.core.store_types import LibraryCollection, LibraryFile
from desktop_app.ui.documents_panel import DocumentsPanel
from tests.ui.conftest import Recorder

# A context menu pops up: the offscreen platform says it cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

LONG_NAME = "R-FAQ and the R Installation and Administration manual, 2023 edition.pdf"
LIBRARY = [
    LibraryCollection(
        "Documents",
        (
            LibraryFile(f"/home/user/manuals/{LONG_NAME}", "indexed", chunks=130, pages=52),
            LibraryFile("/home/user/manuals/notes.txt", "indexed", chunks=3),
            LibraryFile(
                "/home/user/manuals/broken.pdf",
                "failed",
                error_code="pdf_damaged",
                error_params={"detail": "Data format error"},
            ),
            LibraryFile("/home/user/manuals/later.md", "pending"),
        ),
    ),
    LibraryCollection("Travel", (LibraryFile("/home/user/travel/ferry.txt", "indexed", 1),)),
]


@pytest.fixture
def panel(qtbot):
    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 600)  # the width the main window gives it
    panel.show_library(LIBRARY)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def item(panel: DocumentsPanel, name: str):
    tree = panel.tree
    for top in range(tree.topLevelItemCount()):
        collection = tree.topLevelItem(top)
        if collection.text(0) == name:
            return collection
        for row in range(collection.childCount()):
            if collection.child(row).text(0) == name:
                return collection.child(row)
    raise AssertionError(f"{name} is not in the panel")


def right_click(qtbot, panel: DocumentsPanel, name: str) -> QMenu:
    tree = panel.tree
    position = tree.visualItemRect(item(panel, name)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=position)
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, position, tree.viewport().mapToGlobal(position)
        ),
    )
    qtbot.waitUntil(panel.context_menu.isVisible)
    return panel.context_menu


def shown_actions(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def choose(qtbot, menu: QMenu, text: str) -> None:
    """Click a menu entry, as a user does (the menu closes and the action triggers)."""
    [action] = [a for a in menu.actions() if a.text() == text and a.isVisible()]
    assert action.isEnabled(), text
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


# -- states that fit ----------------------------------------------------------------------------


def test_the_state_column_fits_and_the_whole_state_is_in_the_details_line(qtbot, panel):
    tree = panel.tree
    row = item(panel, LONG_NAME)
    assert row.text(1) == "52 page(s)"  # short: the English translation says "52 pages"
    assert item(panel, "notes.txt").text(1) == "indexed"
    assert item(panel, "broken.pdf").text(1) == "failed"
    assert item(panel, "later.md").text(1) == "waiting"

    # Every state is shown whole beside the names, which give way (elided in the middle).
    header = tree.header()
    assert header.sectionSize(0) + header.sectionSize(1) <= tree.viewport().width()
    metrics = tree.fontMetrics()
    for name in (LONG_NAME, "notes.txt", "broken.pdf", "later.md"):
        state = item(panel, name).text(1)
        assert metrics.horizontalAdvance(state) < header.sectionSize(1), state
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle

    # Selected (by a click or the keyboard), the file's whole state is in the details line,
    # which needs no tooltip (Qt shows none while the window is inactive).
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center()
    )
    assert panel.details.isVisible()
    assert "Indexed: 52 page(s), 130 passage(s)." in panel.details.text()
    assert f"/home/user/manuals/{LONG_NAME}" in panel.details.text()
    assert "Indexed: 52 page(s), 130 passage(s)." in row.toolTip(1)

    tree.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "broken.pdf"
    details = panel.details.text()
    assert details.startswith("broken.pdf: Could not be indexed: the PDF is damaged")
    assert "Data format error" not in details  # PDFium's English: in the tooltip only
    assert "Data format error" in item(panel, "broken.pdf").toolTip(1)

    qtbot.mouseClick(
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tree.visualItemRect(item(panel, "Travel")).center(),
    )
    assert panel.details.text() == "Collection Travel: 1 file(s)"


def test_a_file_being_indexed_shows_its_progress_and_then_its_state(qtbot, panel):
    path = f"/home/user/manuals/{LONG_NAME}"
    panel.tree.setCurrentItem(item(panel, LONG_NAME))
    panel.set_file_progress(path, "indexing 40%")
    assert item(panel, LONG_NAME).text(1) == "indexing 40%"
    assert panel.details.text().startswith(f"{LONG_NAME}: Being indexed: indexing 40%")
    panel.show_indexed(path, chunks=131, pages=53)
    assert item(panel, LONG_NAME).text(1) == "53 page(s)"
    assert "131 passage(s)" in panel.details.text()


# -- the context menu ---------------------------------------------------------------------------


class OpenedUrls(QObject):
    """Stands in for the desktop's file handler: records what QDesktopServices was asked to
    open, as the system viewer or file manager would receive it."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def test_a_file_s_menu_opens_it_shows_its_folder_reindexes_and_removes_it(
    qtbot, panel, opened, monkeypatch
):
    menu = right_click(qtbot, panel, "notes.txt")
    assert shown_actions(menu) == [
        "Open",
        "Show in folder",
        "Summarise",
        "List every…",
        "Re-index",
        "Remove…",
    ]
    choose(qtbot, menu, "Open")
    assert opened.urls == [QUrl.fromLocalFile("/home/user/manuals/notes.txt")]

    choose(qtbot, right_click(qtbot, panel, "notes.txt"), "Show in folder")
    assert opened.urls[-1] == QUrl.fromLocalFile("/home/user/manuals")

    added = Recorder(panel.add_requested)
    choose(qtbot, right_click(qtbot, panel, "notes.txt"), "Re-index")
    assert added.calls == [(["/home/user/manuals/notes.txt"], "Documents")]

    summarised = Recorder(panel.summarize_requested)
    choose(qtbot, right_click(qtbot, panel, "notes.txt"), "Summarise")
    assert summarised.calls == [(["/home/user/manuals/notes.txt"], "")]

    removed = Recorder(panel.remove_file_requested)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(
            lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes
        ),
    )
    choose(qtbot, right_click(qtbot, panel, "ferry.txt"), "Remove…")
    assert removed.calls == [("Travel", "/home/user/travel/ferry.txt")]
    assert "ferry.txt" in asked[0] and "not deleted" in asked[0]


def test_a_collection_s_menu_reindexes_renames_and_removes_it(qtbot, panel, monkeypatch):
    menu = right_click(qtbot, panel, "Travel")
    assert shown_actions(menu) == ["Summarise", "List every…", "Re-index", "Rename…", "Remove…"]

    reindexed = Recorder(panel.reindex_requested)
    choose(qtbot, menu, "Re-index")
    assert reindexed.calls == [("Travel",)]

    renamed = Recorder(panel.rename_requested)
    offered = []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *args, **kwargs: offered.append(kwargs.get("text")) or ("Trips", True)),
    )
    choose(qtbot, right_click(qtbot, panel, "Travel"), "Rename…")
    assert renamed.calls == [("Travel", "Trips")]
    assert offered == ["Travel"]  # the current name, to edit

    deleted = Recorder(panel.delete_collection_requested)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    choose(qtbot, right_click(qtbot, panel, "Travel"), "Remove…")
    assert deleted.calls == [("Travel",)]


# -- file dialogs open where the user was -------------------------------------------------------


def test_the_file_dialogs_open_in_the_folder_used_last_also_after_a_restart(
    qtbot, tmp_path, monkeypatch
):
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "a.pdf").write_bytes(b"%PDF-1.4\n")
    manuals = tmp_path / "shelf" / "manuals"
    manuals.mkdir(parents=True)
    opened_in = []

    def get_files(parent, caption, folder, filter_):
        opened_in.append(folder)
        return [str(papers / "a.pdf")], filter_

    def get_folder(parent, caption, folder):
        opened_in.append(folder)
        return str(manuals)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_files))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(get_folder))
    data = tmp_path / "data"
    monkeypatch.chdir(tmp_path / "shelf")  # the folder Lokal was started from: not used

    lokal = LokalApp(data, Settings())
    qtbot.addWidget(lokal.window)
    try:
        panel = lokal.window.documents
        requested = Recorder(lokal.indexing.index_requested)
        qtbot.mouseClick(panel.add_files_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.add_folder_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.add_files_button, Qt.MouseButton.LeftButton)
        assert opened_in == [str(Path.home()), str(papers), str(tmp_path / "shelf")]
        assert [paths for paths, _ in requested.calls] == [
            [str(papers / "a.pdf")],
            [str(manuals)],
            [str(papers / "a.pdf")],
        ]
        assert load_settings(data).ui.last_folder == str(papers)  # saved as it changed
    finally:
        lokal.shutdown()

    again = LokalApp(data, load_settings(data))
    qtbot.addWidget(again.window)
    try:
        qtbot.mouseClick(again.window.documents.add_folder_button, Qt.MouseButton.LeftButton)
        assert opened_in[-1] == str(papers)
    finally:
        again.shutdown()


def test_a_remembered_folder_that_is_gone_opens_the_home_folder(qtbot, panel, tmp_path):
    panel.set_start_folder(str(tmp_path / "deleted since"))
    assert panel.start_folder() == str(Path.home())


# -- live retranslation ---------------------------------------------------------------------------


class Bracketing(QTranslator):
    """A stand-in language: every text of the panel in brackets, plurals by the count."""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name; Qt skips an empty translator
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != "DocumentsPanel":
            return None
        return "[" + source.replace("(s)", "" if n == 1 else "s") + "]"


def test_the_panel_follows_a_change_of_language_at_once(qtbot, panel, qapp):
    translator = Bracketing()
    qapp.installTranslator(translator)  # Qt sends every widget a LanguageChange
    try:
        qtbot.waitUntil(lambda: panel.add_files_button.text() == "[Add files…]")
        assert panel.title.text() == "[Documents]"
        assert panel.tree.headerItem().text(1) == "[State]"
        assert item(panel, LONG_NAME).text(1) == "[52 pages]"
        assert item(panel, "broken.pdf").text(1) == "[failed]"
        assert "[Open]" in [action.text() for action in panel.context_menu.actions()]
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.add_files_button.text() == "Add files…")
    assert item(panel, LONG_NAME).text(1) == "52 page(s)"


def test_the_context_menu_of_a_point_without_item_does_nothing(qtbot, panel):
    tree = panel.tree
    tree.clearSelection()
    tree.setCurrentItem(None)
    below = QPoint(5, tree.viewport().height() - 5)
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, below, tree.viewport().mapToGlobal(below)
        ),
    )
    assert not panel.context_menu.isVisible()
