"""Settings → Language changes the window's language at once, without a restart, and back.

The app is made as `run_gui` makes it (English installed first), its workers are not started:
a new language reloads no model. The texts expected in Danish are read from lokal_da.ts, so
these tests follow the wording wherever it changes; a few fixed ones pin the menus.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from desktop_app.app import LokalApp, install_translations, remove_translations
from desktop_app.config import Settings, save_settings
from desktop_app.core.library import DEFAULT_COLLECTION
from desktop_app.core.store_types import LibraryCollection
from desktop_app.ui.collection_names import shown_collection_name
from desktop_app.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "lokal_build_translations", ROOT / "build" / "translations.py"
)
build_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_translations)


def danish_translations() -> dict[str, set[str]]:
    """English source -> its Danish translations (in any context), where they differ."""
    found: dict[str, set[str]] = {}
    root = ET.parse(build_translations.ts_file("da")).getroot()
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            continue
        source = message.findtext("source", "")
        translation = message.findtext("translation", "")
        if translation and translation != source:
            found.setdefault(source, set()).add(translation)
    return found


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user sees or hears on `root` and its visible children."""
    texts = [(f"{type(root).__name__} title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        texts += [(f"{where} tooltip", widget.toolTip())]
        texts += [(f"{where} accessible name", widget.accessibleName())]
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.append((f"{where} text", widget.text()))
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append((f"{where} placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            texts.append((f"{where} title", widget.title()))
        if isinstance(widget, QTabWidget):
            texts += [(f"{where} tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [(f"{where} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [(f"{where} header", header.text(i)) for i in range(header.columnCount())]
        for action in widget.actions():
            texts += [(f"{where} action", action.text()), (f"{where} action", action.toolTip())]
    return [(where, text) for where, text in texts if text]


def choose_language(qtbot, lokal: LokalApp, code: str) -> None:
    """Settings → Language → `code` → Save, as a user does it."""
    lokal.window.settings_action.trigger()
    qtbot.waitUntil(lambda: bool(lokal.window.findChildren(SettingsDialog)), timeout=5000)
    dialog = lokal.window.findChildren(SettingsDialog)[-1]
    qtbot.waitUntil(dialog.isVisible)
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    dialog.deleteLater()
    QApplication.processEvents()  # the LanguageChange events Qt posted to every window


@pytest.fixture
def english_lokal(qtbot, qapp, tmp_path):
    """Lokal in English, made as run_gui makes it; every translator is taken out afterwards."""
    build_translations.compile_translations()
    settings = Settings()
    settings.ui.language = "en"
    save_settings(settings, tmp_path)
    lokal = LokalApp(tmp_path, settings, install_translations(qapp, "en"))
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    qtbot.waitExposed(lokal.window)
    try:
        yield lokal
    finally:
        lokal.shutdown()
        remove_translations(qapp, lokal.translators)
        QLocale.setDefault(QLocale("en_US"))


def test_danish_and_back_without_a_restart(qtbot, english_lokal):
    lokal, window = english_lokal, english_lokal.window
    panel, composer = window.documents, window.composer
    placeholder = composer.editor.placeholderText()
    title = next(label for label in panel.findChildren(QLabel) if label.text() == "Documents")
    assert window.menuBar().actions()[0].text() == "&File"
    file_dialog = QFileDialog(window, "Add files")  # a dialog open while the language changes
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    file_dialog.show()

    choose_language(qtbot, lokal, "da")

    def danish(context: str, english: str) -> str:
        translated = QCoreApplication.translate(context, english)
        assert translated != english, f"{english!r} has no Danish translation"
        return translated

    assert [action.text() for action in window.menuBar().actions()[:2]] == ["&Filer", "&Rediger"]
    assert window.new_chat_action.text() == danish("MainWindow", "&New chat")
    assert title.text() == "Dokumenter"
    assert panel.tree.headerItem().text(0) == danish("DocumentsPanel", "Name")
    assert panel.new_button.text() == "Ny samling…"
    assert panel.add_files_button.text() == danish("DocumentsPanel", "Add files…")
    assert composer.editor.placeholderText() == danish("Composer", placeholder)
    assert file_dialog.findChild(QLabel, "lookInLabel").text() == "&Kig i:"
    assert QLocale().toString(0.5, "f", 1) == "0,5"  # numbers follow the language too
    lokal.window.settings_action.trigger()  # a dialog opened now, and Qt's own buttons in it
    dialog = lokal.window.findChildren(SettingsDialog)[-1]
    assert dialog.windowTitle() == "Indstillinger"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Gem"
    dialog.reject()

    choose_language(qtbot, lokal, "en")

    assert window.menuBar().actions()[0].text() == "&File"
    assert title.text() == "Documents" and panel.new_button.text() == "New collection…"
    assert composer.editor.placeholderText() == placeholder
    assert file_dialog.findChild(QLabel, "lookInLabel").text() == "&Look in:"
    assert QLocale().toString(0.5, "f", 1) == "0.5"
    file_dialog.close()


def test_no_english_text_stays_in_the_window_after_a_switch(qtbot, english_lokal):
    """Every text the window shows that Danish translates is Danish after the switch: a widget
    that sets a text only in __init__, without retranslate_ui, would keep its English one."""
    lokal = english_lokal
    translations = danish_translations()
    before = [(where, text) for where, text in shown_texts(lokal.window) if text in translations]
    assert len(before) > 20  # the window's menus, buttons, placeholders and names

    choose_language(qtbot, lokal, "da")

    still_english = [
        f"{where}: {text!r}" for where, text in shown_texts(lokal.window) if text in translations
    ]
    assert not still_english, "\n".join(still_english)


def test_the_status_bar_shows_the_model_state_in_the_new_language(qtbot, english_lokal):
    lokal = english_lokal
    lokal.llm_worker.model_loaded.emit("/models/tiny.gguf", None)  # as the worker reports it
    english = lokal.window.model_status.text()
    assert "tiny" in english
    choose_language(qtbot, lokal, "da")
    danish = lokal.window.model_status.text()
    assert "tiny" in danish and danish != english
    choose_language(qtbot, lokal, "en")
    assert lokal.window.model_status.text() == english


def test_a_new_language_reloads_no_model(qtbot, english_lokal):
    lokal = english_lokal
    sent = []
    lokal.configure_requested.connect(lambda *args: sent.append(args))
    choose_language(qtbot, lokal, "sv")
    assert sent == []  # the LLM worker is not asked to configure (and so to reload) anything
    assert lokal.window.menuBar().actions()[0].text() == "&Arkiv"


def test_the_default_collection_is_shown_in_the_language(qtbot, english_lokal):
    """Stored as "Documents" (as `lokal add` names it), shown as "Dokumenter" in Danish, even in
    a library made in English; searching it still names the stored collection."""
    lokal, window = english_lokal, english_lokal.window
    library = [LibraryCollection(DEFAULT_COLLECTION, ()), LibraryCollection("Manualer", ())]
    assert window.documents.collection_for_adding() == DEFAULT_COLLECTION  # a fresh library

    def panel_names():
        tree = window.documents.tree
        return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]

    def menu_names():
        return [action.text() for action in window.collections_menu.actions()]

    lokal.index_worker.library_changed.emit(library)  # as the index worker reports it
    assert panel_names() == menu_names() == ["Documents", "Manualer"]

    choose_language(qtbot, lokal, "da")
    lokal.index_worker.library_changed.emit(library)  # the worker's next snapshot
    assert panel_names() == menu_names() == ["Dokumenter", "Manualer"]
    chosen = []
    window.collections_chosen.connect(chosen.append)
    window.collections_menu.actions()[0].setChecked(True)
    assert chosen == [[DEFAULT_COLLECTION]]
    assert window.collections_button.text().endswith("Dokumenter")
    window.documents.tree.setCurrentItem(window.documents.tree.topLevelItem(0))
    assert window.documents.collection_for_adding() == DEFAULT_COLLECTION


def test_a_collection_the_user_named_like_the_default_keeps_them_apart(qapp, installed_danish):
    names = [DEFAULT_COLLECTION, "Dokumenter"]  # "Dokumenter": made in Danish by an old Lokal
    assert [shown_collection_name(name, names) for name in names] == names
    assert shown_collection_name(DEFAULT_COLLECTION, ["Manualer"]) == "Dokumenter"
    assert shown_collection_name("Manualer") == "Manualer"


@pytest.fixture
def installed_danish(qapp):
    build_translations.compile_translations()
    translators = install_translations(qapp, "da")
    yield
    remove_translations(qapp, translators)
    QLocale.setDefault(QLocale("en_US"))


def test_open_dialogs_follow_a_switch_too(qtbot, english_lokal):
    """Settings (with its Models page), About, Getting started and the notices, open while the
    language changes, show no English text that Danish translates afterwards."""
    lokal = english_lokal
    dialogs = [lokal.open_settings(), lokal.open_about(), lokal.open_getting_started()]
    lokal.window.notices.open_list()
    QApplication.processEvents()
    dialogs += [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget is not lokal.window and widget not in dialogs
    ]
    translations = danish_translations()
    for dialog in dialogs:  # each shows English texts that Danish translates
        assert any(text in translations for _, text in shown_texts(dialog)), dialog

    lokal.switch_language("da")
    QApplication.processEvents()

    still_english = [
        f"{type(dialog).__name__}: {where}: {text!r}"
        for dialog in dialogs
        for where, text in shown_texts(dialog)
        if text in translations
    ]
    for dialog in dialogs:
        dialog.close()
    assert len(dialogs) >= 4
    assert not still_english, "\n".join(still_english)
