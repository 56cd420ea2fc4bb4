"""The chat header says where a chat's text goes when it leaves this computer: a model server
named by its host, a Chroma server too; nothing for the local model. Every chat, after every
save of Settings, readable in light and dark, whole at 640x420."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop_app.app import LokalApp
from desktop_app.config import ProviderProfile, Settings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.theme import apply_theme
from tests.remote_server import API_KEY, MODEL_ALIAS, llama_server  # noqa: F401  (fixture)
from tests.ui.conftest import MODEL_TIMEOUT_MS, Recorder

keyring = pytest.importorskip("keyring")
PlaintextKeyring = pytest.importorskip("keyrings.alt.file").PlaintextKeyring

REMOTE = ProviderProfile(name="office-gpu", base_url="http://gpu-box:8080/v1", model="qwen")


def remote_settings(chroma_url: str = "") -> Settings:
    settings = Settings()
    settings.remote.profiles = [REMOTE]
    settings.remote.active = REMOTE.name
    settings.shared.chroma_url = chroma_url
    return settings


@pytest.fixture
def plain_keyring(tmp_path):
    """keyrings.alt's plain-text keyring in this test's folder, instead of the system's."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_remote_model_and_a_chroma_server_are_named_and_the_local_model_is_not(window):
    line = window.privacy_line
    assert line.isHidden(), "the local model sends nothing anywhere"
    line.show_for(remote_settings())
    assert line.isVisible()
    assert "gpu-box:8080" in line.text() and "office-gpu" in line.text()
    assert "Chroma" not in line.text()
    line.show_for(remote_settings("http://127.0.0.1:8000"))
    assert "gpu-box:8080" in line.text() and "127.0.0.1:8000" in line.text()
    only_chroma = Settings()
    only_chroma.shared.chroma_url = "http://chroma.office:8000"
    line.show_for(only_chroma)
    assert line.isVisible() and "chroma.office:8000" in line.text()
    assert "gpu-box" not in line.text()
    line.show_for(Settings())
    assert line.isHidden()


def test_the_server_is_named_until_the_local_model_answers_instead(window):
    line = window.privacy_line
    line.show_for(remote_settings("http://127.0.0.1:8000"))
    line.model_in_use(remote=True)
    assert "gpu-box:8080" in line.text()
    line.model_in_use(remote=False)  # the server could not be used: the GGUF answers
    assert "gpu-box" not in line.text() and "127.0.0.1:8000" in line.text()
    line.show_for(remote_settings("http://127.0.0.1:8000"))  # another save, the same server
    assert "gpu-box" not in line.text()
    other = remote_settings()
    other.remote.profiles = [REMOTE.model_copy(update={"base_url": "http://gpu-2:8080/v1"})]
    line.show_for(other)  # a server chosen anew answers the next chat: named at once
    assert "gpu-2:8080" in line.text() and line.isVisible()


def test_a_password_in_the_url_is_never_shown(window):
    settings = remote_settings()
    settings.remote.profiles = [
        REMOTE.model_copy(update={"base_url": "http://me:hunter2@gpu-box:8080/v1"})
    ]
    window.privacy_line.show_for(settings)
    assert "hunter2" not in window.privacy_line.text()
    assert "gpu-box:8080" in window.privacy_line.text()


def _text_pixels(widget) -> int:
    """How many pixels of `widget` stand out from its background (its text, when readable)."""
    image = widget.grab().toImage()
    background = QColor(image.pixel(1, 1))
    count = 0
    for x in range(0, image.width(), 2):
        for y in range(image.height()):
            color = QColor(image.pixel(x, y))
            if abs(color.lightness() - background.lightness()) > 60:
                count += 1
    return count


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_line_is_readable_and_whole_at_640_by_420(qtbot, window, theme):
    app = QApplication.instance()
    apply_theme(app, theme)
    try:
        window.privacy_line.show_for(remote_settings("http://127.0.0.1:8000"))
        window.resize(640, 420)
        qtbot.waitUntil(lambda: window.width() <= 640)
        for _ in range(5):
            QApplication.processEvents()
        line = window.privacy_line
        assert line.isVisible()
        # Wrapped, not cut: the label is as tall as its text needs at its width.
        assert line.height() >= line.heightForWidth(line.width()) > 0
        assert line.geometry().right() <= line.parentWidget().width()
        assert _text_pixels(line) > 50, f"the line's text does not stand out in {theme}"
    finally:
        apply_theme(app, "light")


def test_the_window_follows_each_save_of_settings(qtbot, tmp_path):
    lokal = LokalApp(tmp_path / "data", remote_settings())
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    # The LLM worker's thread is not started here: what Settings asks of it (switch to the
    # model server, back to the local model) would run on this thread; the slow test below
    # has it running.
    lokal.use_remote_requested.disconnect()
    lokal.local_model_requested.disconnect()
    try:
        line = lokal.window.privacy_line
        assert line.isVisible() and "gpu-box:8080" in line.text(), "shown from the start"
        lokal.chat.new_conversation()
        assert line.isVisible(), "every chat says it"
        lokal.apply_settings(Settings())
        assert line.isHidden()
        lokal.apply_settings(remote_settings("http://127.0.0.1:8000"))
        assert line.isVisible() and "127.0.0.1:8000" in line.text()
    finally:
        lokal.shutdown()


@pytest.mark.long
def test_a_chat_answered_by_a_model_server_says_so(
    qtbot,
    tmp_path,
    plain_keyring,
    llama_server,  # noqa: F811
):
    """The window with a real llama_cpp.server as its model: the answer streams from it, and
    the header names it."""
    keyring.set_password("lokal", "test-server", API_KEY)
    settings = Settings()
    profile = ProviderProfile(
        name="test-server", base_url=llama_server.base_url, model=MODEL_ALIAS, context_length=2048
    )
    settings.remote.profiles = [profile]
    settings.remote.active = profile.name
    lokal = LokalApp(tmp_path / "data", settings)
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    loading = Recorder(lokal.llm_worker.model_loading)
    loaded = Recorder(lokal.llm_worker.model_loaded)
    lokal.start_workers()
    try:
        qtbot.waitUntil(lambda: bool(loaded.calls), timeout=MODEL_TIMEOUT_MS)
        assert loaded.calls[0][1] is None, "the model server answers from the start"
        assert not [path for (path,) in loading.calls if path.endswith(".gguf")], (
            "the local model was loaded although a model server was chosen"
        )
        host = llama_server.base_url.split("//")[1].split("/")[0]
        assert host in lokal.window.privacy_line.text()
        assert lokal.window.privacy_line.isVisible()
        composer = lokal.window.composer
        composer.editor.setPlainText("Say hello.")
        composer.send_button.click()
        qtbot.waitUntil(lambda: not lokal.chat.busy, timeout=MODEL_TIMEOUT_MS)
        answer = lokal.window.chat_view.answers()[-1]
        assert answer.text().strip(), "no answer came from the model server"
        assert "127.0.0.1" in lokal.window.model_status.text()
    finally:
        lokal.shutdown()


def test_a_model_server_that_is_down_at_start_leaves_the_local_model_answering(
    qtbot, tmp_path, plain_keyring, chat_model_path
):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
    settings = Settings()
    settings.remote.profiles = [ProviderProfile(name="gone", base_url=closed)]
    settings.remote.active = "gone"
    lokal = LokalApp(tmp_path / "data", settings)
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    loaded = Recorder(lokal.llm_worker.model_loaded)
    lokal.start_workers()
    try:
        qtbot.waitUntil(lambda: bool(loaded.calls), timeout=MODEL_TIMEOUT_MS)
        assert loaded.calls[0][0] == str(chat_model_path)
        assert loaded.calls[0][1] is not None
        told = [notice for notice in lokal.window.notices.session_notices() if notice.is_error]
        assert told and closed in told[0].text
        # The local model answers: the header does not claim text goes to the server.
        assert "127.0.0.1" not in lokal.window.privacy_line.text()
        assert lokal.window.privacy_line.isHidden()
    finally:
        lokal.shutdown()
