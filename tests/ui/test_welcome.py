"""The welcome view on a new chat, and the Help menu: driven as a new user would.

The view's own tests run on the models controller and its real workers (the catalog as
shipped, or a tiny model served by a local stand-in of Hugging Face); one test starts the whole
app on a fresh data folder and sends a message.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from desktop_app.config import Settings
from desktop_app.core.models.download_events import DownloadSpec
from desktop_app.core.models.fit import Fit
from desktop_app.ui.chat_view import ChatView
from desktop_app.ui.help_dialogs import AboutDialog, GettingStartedDialog, lokal_version
from desktop_app.ui.models_page import catalog_size
from desktop_app.ui.welcome_view import WelcomeView
from tests.ui.conftest import Recorder
from tests.ui.test_models_page import FILE, REPO, WAIT_MS, hub, models_controller  # noqa: F401


def welcome_in_chat(qtbot, controller) -> tuple[ChatView, WelcomeView]:
    """The welcome view where the app puts it: the chat area's placeholder."""
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    welcome = WelcomeView(controller)
    view.set_placeholder(welcome)
    view.show()
    qtbot.waitUntil(welcome.isVisible)
    return view, welcome


def test_the_welcome_view_names_the_best_fitting_catalog_model(qtbot, tmp_path):
    with models_controller(tmp_path / "data") as controller:
        view, welcome = welcome_in_chat(qtbot, controller)
        snapshot = controller.snapshot
        entry = welcome.recommended
        assert entry is not None and snapshot.catalog.get(entry.id) is entry
        assert snapshot.catalog_fits[entry.id] in (Fit.FITS, Fit.TIGHT)  # not too big
        shown = welcome.recommendation.text()
        assert entry.name in shown and catalog_size(entry) in shown
        assert ("fits" if snapshot.catalog_fits[entry.id] is Fit.FITS else "tight") in shown
        assert welcome.download_button.isVisible() and welcome.download_button.isEnabled()
        assert "tiny" in welcome.model_text.text() and "SmolLM2" in welcome.model_text.text()
        for button in (welcome.add_files_button, welcome.download_button):
            assert button.text() and button.accessibleName()


def test_download_asks_for_the_recommended_model_and_the_view_follows_it(qtbot, tmp_path, hub):  # noqa: F811
    """The catalog here is one tiny model, served by the stand-in hub: it is the best fit."""
    hub.bytes_per_second = 1_000_000  # about 3 s: the view shows the download under way
    with models_controller(tmp_path / "data") as controller:
        view, welcome = welcome_in_chat(qtbot, controller)
        assert welcome.recommended.filename == FILE
        requested = Recorder(controller.download_requested)
        qtbot.mouseClick(welcome.download_button, Qt.MouseButton.LeftButton)
        assert requested.calls == [(DownloadSpec(REPO, FILE),)]
        qtbot.waitUntil(lambda: not welcome.download_button.isEnabled(), timeout=WAIT_MS)
        assert "Downloading" in welcome.recommendation.text()
        qtbot.waitUntil((controller.models_dir / FILE).exists, timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: "is on this computer" in welcome.recommendation.text(), timeout=WAIT_MS
        )
        assert not welcome.download_button.isVisible()
        view.add_question("What does the manual say?")
        assert not welcome.isVisible()  # a message: the chat is no longer empty


def test_a_failed_download_is_told_on_the_welcome_view_with_a_retry(qtbot, tmp_path, hub):  # noqa: F811
    hub.corrupt = True
    with models_controller(tmp_path / "data") as controller:
        _, welcome = welcome_in_chat(qtbot, controller)
        qtbot.mouseClick(welcome.download_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "download failed" in welcome.recommendation.text(), timeout=WAIT_MS)
        assert "SHA-256" in welcome.recommendation.text()
        assert welcome.download_button.text() == "Try again"
        assert welcome.download_button.isEnabled()


class Shouting(QTranslator):
    """A stand-in language: every text of the given contexts (the classes' names) in capitals."""

    def __init__(self, *contexts: str) -> None:
        super().__init__()
        self.contexts = set(contexts) or {"WelcomeView"}

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name; Qt skips an empty translator
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in self.contexts:
            return None
        # Capitals outside the {placeholders}, which a translation keeps as they are.
        return re.sub(r"[^{}]+(?=\{|$)", lambda match: match.group(0).upper(), source)


def test_the_welcome_view_follows_a_new_language_at_once(qtbot, tmp_path):
    with models_controller(tmp_path / "data") as controller:
        _, welcome = welcome_in_chat(qtbot, controller)
        assert welcome.title.text() == "Welcome to Lokal"
        translator = Shouting()
        QCoreApplication.installTranslator(translator)  # sends LanguageChange to every widget
        try:
            qtbot.waitUntil(lambda: welcome.title.text() == "WELCOME TO LOKAL")
            assert welcome.download_button.text() == "DOWNLOAD"
            assert welcome.add_files_button.text() == "ADD FILES…"
        finally:
            QCoreApplication.removeTranslator(translator)
        qtbot.waitUntil(lambda: welcome.title.text() == "Welcome to Lokal")


# -- the whole app: a fresh data folder, the Help menu ------------------------------------------


def test_a_fresh_start_shows_the_welcome_until_a_message_is_sent(qtbot, lokal_app, monkeypatch):
    from tests.ui.test_desktop import ask

    lokal = lokal_app
    welcome, chat_view = lokal.welcome, lokal.window.chat_view
    assert chat_view.placeholder is welcome and welcome.isVisible()
    qtbot.waitUntil(lambda: welcome.recommended is not None, timeout=WAIT_MS)
    fit = lokal.models.snapshot.catalog_fits[welcome.recommended.id]
    assert fit is not Fit.WONT_FIT and welcome.recommended.name in welcome.recommendation.text()
    # Add files… here is the Documents panel's own.
    asked = []
    monkeypatch.setattr(
        "desktop_app.ui.documents_panel.QFileDialog.getOpenFileNames",
        lambda *args, **kwargs: asked.append(args) or ([], ""),
    )
    qtbot.mouseClick(welcome.add_files_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    # The status bar names the model as Settings and the Models page do.
    qtbot.waitUntil(lambda: "SmolLM2 135M Instruct (built-in)" in lokal.window.model_status.text())
    ask(qtbot, lokal, "Say hello")
    assert not welcome.isVisible()
    lokal.window.new_chat_action.trigger()
    qtbot.waitUntil(welcome.isVisible)  # a new, empty chat welcomes again


@pytest.fixture
def unstarted_lokal(qtbot, tmp_path):
    """The window as the app builds it, its workers not started (no model is loaded)."""
    from desktop_app.app import LokalApp

    lokal = LokalApp(tmp_path / "data", Settings())
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    yield lokal
    lokal.shutdown()


def open_from_help_menu(qtbot, lokal, action, kind):
    menu = lokal.window.help_menu
    assert action in menu.actions() and action.text().strip("&")
    action.trigger()
    qtbot.waitUntil(lambda: bool(lokal.window.findChildren(kind)))
    dialog = lokal.window.findChildren(kind)[-1]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_help_about_names_the_version_and_every_bundled_licence(qtbot, unstarted_lokal):
    lokal = unstarted_lokal
    about = open_from_help_menu(qtbot, lokal, lokal.window.about_action, AboutDialog)
    text = about.text.text()
    assert about.windowTitle() == "About Lokal"
    assert lokal_version() in text and lokal_version() == "0.1.0"  # pyproject.toml's version
    for name, licence in (
        ("SmolLM2-135M-Instruct", "Apache-2.0"),
        ("all-MiniLM-L6-v2", "Apache-2.0"),
        ("PySide6", "LGPL"),
        ("llama.cpp", "MIT"),
    ):
        assert name in text and licence in text
    about.reject()


def test_help_getting_started_tells_the_first_steps_and_where_data_lives(qtbot, unstarted_lokal):
    lokal = unstarted_lokal
    guide = open_from_help_menu(
        qtbot, lokal, lokal.window.getting_started_action, GettingStartedDialog
    )
    text = guide.page.toPlainText()
    for topic in ("Add your documents", "Ask", "Citations and evidence", "Pick a better model"):
        assert topic in text
    assert str(lokal.data_dir) in text
    assert guide.page.toHtml().count(f"file://{lokal.data_dir}") >= 1  # a link to the folder
    guide.reject()


def test_more_models_opens_settings_on_the_models_page(qtbot, unstarted_lokal):
    lokal = unstarted_lokal
    lokal.models.refresh()  # the model-files worker, not started, lists on this thread
    qtbot.mouseClick(lokal.welcome.more_models_button, Qt.MouseButton.LeftButton)
    from desktop_app.ui.settings_dialog import SettingsDialog

    qtbot.waitUntil(lambda: bool(lokal.window.findChildren(SettingsDialog)))
    dialog = lokal.window.findChildren(SettingsDialog)[-1]
    assert dialog.tabs.currentWidget() is dialog.models_page
    chosen = dialog.models_page.catalog_table.selectedItems()
    assert chosen and chosen[0].data(Qt.ItemDataRole.UserRole) == lokal.welcome.recommended.id
    assert lokal.welcome.recommended.name in dialog.models_page.description_label.text()
    assert dialog.model_combo.itemText(0) == "SmolLM2 135M Instruct (built-in)"
    dialog.reject()
