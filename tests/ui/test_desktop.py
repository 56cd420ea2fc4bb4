"""The desktop experience, driven as a user would: chats, messages, documents, citations,
settings, keyboard. Real models, real stores; dialogs are answered as a user answers them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
)

from desktop_app.core.history import HistoryStore
from desktop_app.core.ingest.pipeline import FileProgress
from desktop_app.ui.chat_view import AnswerWidget, QuestionWidget
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import Recorder, drop_files, start_app

ANSWER_MS = 120_000
INDEX_MS = 120_000
PAGES = [
    "Chapter one describes the weather in Copenhagen during the autumn months.",
    "The launch code for project Bluebird is 4729. Keep it in the red folder.",
    "Chapter three lists the opening hours of the public libraries in Aarhus.",
]
MARKDOWN_ANSWER = (
    "Use **pandas** to read it [1]:\n\n"
    "```python\nimport pandas as pd\nframe = pd.read_csv('a.csv')\n```"
)


def ask(qtbot, lokal, question: str) -> None:
    with qtbot.waitSignal(lokal.chat.answer_completed, timeout=ANSWER_MS):
        lokal.window.composer.editor.setFocus()
        qtbot.keyClicks(lokal.window.composer.editor, question)
        qtbot.keyClick(lokal.window.composer.editor, Qt.Key.Key_Return)


def answers(lokal) -> list[AnswerWidget]:
    return lokal.window.chat_view.answers()


def questions(lokal) -> list[QuestionWidget]:
    return [w for w in lokal.window.chat_view.items() if isinstance(w, QuestionWidget)]


def sidebar_titles(lokal) -> list[str]:
    listing = lokal.window.sidebar.list
    return [listing.item(row).text() for row in range(listing.count())]


def shortcut(qtbot, lokal, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    lokal.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is lokal.window, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or lokal.window, key, modifier)


def index(qtbot, lokal, paths, widget=None) -> None:
    with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS):
        drop_files(widget or lokal.window, paths)


@pytest.fixture
def answer_yes(monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


def type_in_dialog(monkeypatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))


# -- conversations ----------------------------------------------------------------------------


def test_chats_are_kept_searchable_renamable_deletable_and_restored(
    qtbot, lokal_app, monkeypatch, answer_yes, tmp_path
):
    lokal = lokal_app
    ask(qtbot, lokal, "Tell me about lighthouses")
    assert sidebar_titles(lokal) == ["Tell me about lighthouses"]
    assert lokal.window.title_label.text() == "Tell me about lighthouses"

    shortcut(qtbot, lokal, Qt.Key.Key_N)  # Ctrl+N: a new, empty chat
    assert lokal.chat.conversation_id is None and not lokal.window.chat_view.items()
    ask(qtbot, lokal, "Smørrebrød recipes from København")
    assert len(sidebar_titles(lokal)) == 2

    shortcut(qtbot, lokal, Qt.Key.Key_F)  # Ctrl+F: search every chat
    assert QApplication.focusWidget() is lokal.window.sidebar.search_box
    qtbot.keyClicks(lokal.window.sidebar.search_box, "Køben")
    [hit] = sidebar_titles(lokal)
    assert hit.startswith("Smørrebrød recipes")
    lokal.window.sidebar.search_box.clear()

    listing = lokal.window.sidebar.list
    listing.setCurrentRow(1)  # the older chat
    type_in_dialog(monkeypatch, "Lighthouses")
    qtbot.mouseClick(lokal.window.sidebar.rename_button, Qt.MouseButton.LeftButton)
    assert "Lighthouses" in sidebar_titles(lokal)
    listing.setCurrentRow(sidebar_titles(lokal).index("Lighthouses"))
    qtbot.mouseClick(lokal.window.sidebar.delete_button, Qt.MouseButton.LeftButton)
    assert sidebar_titles(lokal) == ["Smørrebrød recipes from København"]

    # Export what is open, then reopen the app on the same data folder: all is still there.
    for action, target in (
        (lokal.window.export_markdown_action, tmp_path / "chat.md"),
        (lokal.window.export_json_action, tmp_path / "chat.json"),
    ):
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), ""))
        )
        action.trigger()  # File -> Export chat as ...
    assert (tmp_path / "chat.md").read_text().startswith("# Smørrebrød recipes")
    exported = json.loads((tmp_path / "chat.json").read_text())
    assert [m["role"] for m in exported["messages"]] == ["user", "assistant"]
    data_dir = lokal.data_dir
    lokal.shutdown()
    again = start_app(qtbot, data_dir)
    try:
        assert sidebar_titles(again) == ["Smørrebrød recipes from København"]
        again.window.sidebar.list.setCurrentRow(0)
        qtbot.mouseClick(
            again.window.sidebar.list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=again.window.sidebar.list.visualItemRect(
                again.window.sidebar.list.item(0)
            ).center(),
        )
        assert [q.question for q in questions(again)] == ["Smørrebrød recipes from København"]
        assert answers(again)[0].text().strip()
    finally:
        again.shutdown()
        lokal.shutdown = lambda: None  # already shut down above


# -- messages ---------------------------------------------------------------------------------


def seed_chat(lokal, content=MARKDOWN_ANSWER, thinking=None):
    history: HistoryStore = lokal.history
    chat = history.create_conversation("Seeded")
    history.add_message(chat.id, "user", "How do I read a CSV?")
    source = {
        "path": "/docs/guide.pdf",
        "page": 2,
        "score": 0.8,
        "text": "read_csv",
        "start": 0,
        "end": 8,
    }
    history.add_message(
        chat.id,
        "assistant",
        content,
        thinking=thinking,
        sources=[source],
        stats={
            "completion_tokens": 20,
            "tokens_per_second": 30.0,
            "first_token_seconds": 0.5,
            "context_used": 300,
            "context_length": 4096,
        },
    )
    lokal.chat.open_conversation(chat.id, 0)
    return chat


def test_markdown_code_is_highlighted_and_copyable(qtbot, lokal_app):
    lokal = lokal_app
    seed_chat(lokal)
    answer = answers(lokal)[0]
    html = answer.body.toHtml()
    assert "<b>" in html or "font-weight:700" in html or "font-weight:600" in html  # **pandas**
    assert "import pandas as pd" in answer.body.toPlainText()
    assert "color:" in html  # pygments colours
    answer.body.anchorClicked.emit(QUrl("copy-code:0"))  # the "Copy code" link under the block
    assert QGuiApplication.clipboard().text() == "import pandas as pd\nframe = pd.read_csv('a.csv')"
    qtbot.mouseClick(answer.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == MARKDOWN_ANSWER
    assert "context 300 of 4096" in answer.stats_label.text()
    assert "30.0 tokens/s" in answer.stats_label.text()


def test_citation_link_and_chip_open_the_viewer_at_the_page(
    qtbot, lokal_app, make_pdf, monkeypatch
):
    lokal = lokal_app
    pdf = make_pdf("guide.pdf", PAGES)
    index(qtbot, lokal, [pdf])
    ask(qtbot, lokal, "What is the launch code for project Bluebird?")
    answer = answers(lokal)[-1]
    chip = answer.source_chips[0]
    assert chip.label() == "[1] guide.pdf, page 2"  # the text adds "· evidence" if it has it
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    viewer = lokal.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.current_page() == 2, timeout=10_000)
    opened = []
    monkeypatch.setattr(
        "desktop_app.ui.source_viewer.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    qtbot.mouseClick(viewer.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(pdf))]
    viewer.close()
    answer.body.anchorClicked.emit(QUrl("cite:1"))  # the [1] in the answer text
    assert lokal.viewer is not viewer and lokal.viewer.current_page() is not None


def test_text_citation_highlights_the_passage(qtbot, lokal_app, tmp_path):
    lokal = lokal_app
    notes = tmp_path / "notes.md"
    notes.write_text("# Trip\n\nThe ferry to Bornholm leaves at 08:30 from Køge harbour.\n")
    index(qtbot, lokal, [notes])
    ask(qtbot, lokal, "When does the ferry to Bornholm leave?")
    chip = answers(lokal)[-1].source_chips[0]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert "ferry to Bornholm leaves at 08:30" in lokal.viewer.selected_passage()


def test_regenerate_replaces_the_last_answer(qtbot, lokal_app):
    lokal = lokal_app
    ask(qtbot, lokal, "Name a colour")
    first = answers(lokal)[-1]
    assert first.regenerate_button.isVisible()
    with qtbot.waitSignal(lokal.chat.answer_completed, timeout=ANSWER_MS):
        qtbot.mouseClick(first.regenerate_button, Qt.MouseButton.LeftButton)
    assert len(answers(lokal)) == 1 and answers(lokal)[0] is not first
    stored = lokal.history.messages(lokal.chat.conversation_id)
    assert [m.role for m in stored] == ["user", "assistant"]


def test_edit_an_earlier_question_and_resubmit_from_there(qtbot, lokal_app):
    lokal = lokal_app
    ask(qtbot, lokal, "First question about tea")
    ask(qtbot, lokal, "Second question about coffee")
    first = questions(lokal)[0]
    qtbot.mouseClick(first.edit_button, Qt.MouseButton.LeftButton)
    assert lokal.window.editing_banner.isVisible()
    editor = lokal.window.composer.editor
    assert editor.toPlainText() == "First question about tea"
    editor.clear()
    ask(qtbot, lokal, "First question about cocoa")
    assert [q.question for q in questions(lokal)] == ["First question about cocoa"]
    stored = lokal.history.messages(lokal.chat.conversation_id)
    assert [m.content for m in stored if m.role == "user"] == ["First question about cocoa"]
    assert not lokal.window.editing_banner.isVisible()


def test_escape_stops_an_answer(qtbot, lokal_app):
    lokal = lokal_app
    lokal.window.activateWindow()

    def press_escape_once(*_args):
        if len(press_escape.calls) == 1:
            QTest.keyClick(QApplication.focusWidget() or lokal.window, Qt.Key.Key_Escape)

    press_escape = Recorder(lokal.llm_worker.tokens_streamed, then=press_escape_once)
    ask(qtbot, lokal, "Write a very long story about the sea and its ships.")
    assert press_escape.calls
    assert "stopped" in answers(lokal)[-1].stats_label.text()


def test_thinking_is_shown_folded_and_never_fed_back(qtbot, lokal_app):
    lokal = lokal_app
    seed_chat(lokal, content="Paris.", thinking="The user asks about France; its capital...")
    answer = answers(lokal)[0]
    qtbot.waitUntil(answer.thinking_button.isVisible)
    assert not answer.thinking_text.isVisible()  # folded away until asked for
    qtbot.mouseClick(answer.thinking_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(answer.thinking_text.isVisible)
    assert "capital" in answer.thinking_text.text()
    assert "France" not in answer.body.toPlainText()
    requests = Recorder(lokal.chat.answer_requested)
    ask(qtbot, lokal, "And of Spain?")
    [(request,)] = requests.calls
    assert [turn.answer for turn in request.history] == ["Paris."]  # no thinking in the history


# -- documents --------------------------------------------------------------------------------


def panel_rows(lokal) -> dict[str, list[tuple[str, str]]]:
    tree: QTreeWidget = lokal.window.documents.tree
    rows = {}
    for index_ in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index_)
        rows[top.text(0)] = [
            (top.child(i).text(0), top.child(i).text(1)) for i in range(top.childCount())
        ]
    return rows


def test_documents_panel_collections_states_and_chat_scope(
    qtbot, lokal_app, make_pdf, tmp_path, monkeypatch, answer_yes
):
    lokal = lokal_app
    panel = lokal.window.documents
    pdf = make_pdf("guide.pdf", PAGES)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    index(qtbot, lokal, [pdf, empty], widget=panel)  # dropped on the panel
    qtbot.waitUntil(lambda: "Documents" in panel_rows(lokal))
    rows = dict(panel_rows(lokal)["Documents"])
    assert rows["guide.pdf"] == "3 page(s)"  # the State column is short; the reason is in
    assert rows["empty.txt"] == "failed"  # the details line (tests/ui/test_documents_panel.py)

    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nBring the blue umbrella.")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(notes)], ""))
    )
    with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS):
        qtbot.mouseClick(panel.add_files_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("notes.md", "indexed") in panel_rows(lokal)["Documents"])

    type_in_dialog(monkeypatch, "Travel")
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Travel" in panel_rows(lokal))
    ferry = tmp_path / "ferry.txt"
    ferry.write_text("The ferry to Bornholm leaves at 08:30 from Køge.")
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))  # select "Travel"
    index(qtbot, lokal, [ferry], widget=panel)
    qtbot.waitUntil(lambda: panel_rows(lokal).get("Travel") == [("ferry.txt", "indexed")])

    # This chat searches only "Travel": the PDF can no longer be a source.
    menu = lokal.window.collections_menu
    [travel] = [action for action in menu.actions() if action.text() == "Travel"]
    travel.trigger()
    assert lokal.window.collections_button.text() == "Search in: Travel"
    ask(qtbot, lokal, "What is the launch code for project Bluebird?")
    # The ferry does not answer it: its passage is a closest match, or a source if it passed.
    answer = answers(lokal)[-1]
    assert {chip.hit.path for chip in answer.source_chips + answer.closest_chips} == {str(ferry)}
    assert lokal.history.conversation(lokal.chat.conversation_id).collections == ("Travel",)

    with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS) as finished:
        qtbot.mouseClick(panel.reindex_button, Qt.MouseButton.LeftButton)
    assert finished.args == [0, 1, 0, False]  # re-checked: unchanged
    qtbot.waitUntil(lambda: panel_rows(lokal)["Travel"] == [("ferry.txt", "unchanged")])

    documents = panel.tree.topLevelItem(0)
    [empty_item] = [
        documents.child(i)
        for i in range(documents.childCount())
        if documents.child(i).text(0) == "empty.txt"
    ]
    panel.tree.setCurrentItem(empty_item)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [n for n, _ in panel_rows(lokal)["Documents"]] == ["guide.pdf", "notes.md"]
    )
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Travel" not in panel_rows(lokal))


def test_cancel_indexing_from_the_panel(qtbot, lokal_app, tmp_path):
    lokal = lokal_app
    big = tmp_path / "big.txt"
    big.write_text(" ".join(f"Sentence {n} about indexing and cancelling." for n in range(6000)))
    panel = lokal.window.documents
    events = Recorder(lokal.index_worker.index_event)
    with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS) as finished:
        drop_files(lokal.window, [big])
        qtbot.waitUntil(
            lambda: any(isinstance(event, FileProgress) for (event,) in events.calls),
            timeout=INDEX_MS,
        )
        assert panel.cancel_button.isEnabled()
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[3] is True  # cancelled
    assert ("Indexing cancelled; it resumes when you add the files again.") in (
        lokal.window.index_status.text()
    )


# -- settings and keyboard --------------------------------------------------------------------


def open_settings(qtbot, lokal) -> SettingsDialog:
    shortcut(qtbot, lokal, Qt.Key.Key_Comma)  # Ctrl+,
    qtbot.waitUntil(lambda: bool(lokal.window.findChildren(SettingsDialog)), timeout=5000)
    dialog = lokal.window.findChildren(SettingsDialog)[-1]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_settings_are_saved_and_applied_without_restart(qtbot, lokal_app, monkeypatch):
    lokal = lokal_app
    dialog = open_settings(qtbot, lokal)
    assert str(lokal.data_dir) == dialog.data_dir.text()
    opened = []
    monkeypatch.setattr(
        "desktop_app.ui.settings_dialog.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    qtbot.mouseClick(dialog.open_data_dir, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(lokal.data_dir))]
    dialog.temperature.setValue(0.7)
    dialog.sources.setValue(2)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.context_length.setValue(2048)  # needs the model loaded again, on the worker
    loaded = Recorder(lokal.llm_worker.model_loaded)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    saved = (lokal.data_dir / "settings.toml").read_text()
    assert "temperature = 0.7" in saved and 'theme = "dark"' in saved
    assert lokal.settings.retrieval.top_k == 2
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100
    qtbot.waitUntil(lambda: bool(loaded.calls), timeout=ANSWER_MS)
    assert "ready" in lokal.window.model_status.text()
    ask(qtbot, lokal, "Say hello")
    assert answers(lokal)[-1].text().strip()
    from desktop_app.ui.theme import apply_theme

    apply_theme(QApplication.instance(), "light")


def test_every_control_has_an_accessible_name_and_tab_order_is_sensible(qtbot, lokal_app):
    lokal = lokal_app
    seed_chat(lokal)
    dialog = open_settings(qtbot, lokal)
    kinds = (
        QAbstractButton,
        QLineEdit,
        QPlainTextEdit,
        QComboBox,
        QSpinBox,
        QListWidget,
        QTreeWidget,
    )
    for root in (lokal.window, dialog):
        controls = [w for kind in kinds for w in root.findChildren(kind) if w.isVisibleTo(root)]
        assert len(controls) > 10
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in controls
            if not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text().strip("&"))
            and w.objectName() != "qt_spinbox_lineedit"  # a spin box's own editor: it is named
        ]
        assert not unnamed, unnamed
    dialog.reject()

    # Tab walks: chat search -> chat list -> ... the answer's chip ... -> question -> Send.
    lokal.window.activateWindow()
    sidebar, composer = lokal.window.sidebar, lokal.window.composer
    sidebar.search_box.setFocus()
    qtbot.waitUntil(sidebar.search_box.hasFocus)
    visited = []
    while composer.send_button not in visited and len(visited) < 60:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[0] is sidebar.list
    assert visited[-2:] == [composer.editor, composer.send_button]
    assert answers(lokal)[0].source_chips[0] in visited  # a stored chat's chip, shown


def test_switching_the_language_to_danish_translates_the_window(qtbot, qapp, tmp_path):
    """Settings → Language → Dansk is used from the next start: start Lokal as it then does."""
    from desktop_app.app import LokalApp, install_translations
    from desktop_app.config import Settings, load_settings, save_settings

    settings = Settings()
    settings.ui.language = "da"
    save_settings(settings, tmp_path)
    translators = install_translations(qapp, load_settings(tmp_path).ui.language)
    lokal = LokalApp(tmp_path, load_settings(tmp_path))
    qtbot.addWidget(lokal.window)
    try:
        window = lokal.window
        window.show()
        assert window.sidebar.new_button.text() == "Ny chat"
        assert window.sidebar.search_box.placeholderText() == "Søg i alle chats…"
        assert window.menuBar().actions()[0].text() == "&Filer"
        assert window.documents.new_button.text() == "Ny samling…"
        assert window.collections_button.text() == "Søg i: alle dokumenter"
        assert window.composer.stop_button.text() == "Stop"
        dialog = lokal.open_settings()
        assert dialog.windowTitle() == "Indstillinger"
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        assert save.text() == "Gem"  # Qt's own button, from qtbase_da
        dialog.reject()
    finally:
        lokal.shutdown()
        for translator in translators:
            qapp.removeTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en_US"))
