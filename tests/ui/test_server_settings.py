"""Settings > Server, driven as a user would: the API server's switch, port, network warning and
token; a model server's profile with its key in the keyring (never in settings.toml) and its
models fetched off the GUI thread; the shared collections' Chroma server. And the window's API
server: started when enabled in Settings, refusing a request without the token, stopped when
disabled and on quit."""

from __future__ import annotations

import socket
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from desktop_app.app import LokalApp
from desktop_app.config import ProviderProfile, Settings, load_settings, save_settings
from desktop_app.core import api_token
from desktop_app.core.errors import LokalError
from desktop_app.ui.messages import error_text
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.remote_server import API_KEY, MODEL_ALIAS, llama_server  # noqa: F401  (fixture)
from tests.ui.conftest import drop_files

keyring = pytest.importorskip("keyring")
PlaintextKeyring = pytest.importorskip("keyrings.alt.file").PlaintextKeyring
FailKeyring = pytest.importorskip("keyring.backends.fail").Keyring

START_MS = 30_000  # the API server's start: FastAPI's first import on a busy 2-core machine


@pytest.fixture
def plain_keyring(tmp_path):
    """keyrings.alt's plain-text keyring in this test's folder, instead of the system's."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def open_dialog(qtbot, data_dir, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(
        settings or Settings(), [], data_dir, False, embedding_models=[], rerankers=[]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.server_page)
    return dialog


def save(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def type_into(field: QLineEdit, text: str) -> None:
    field.clear()
    field.setFocus()
    field.insert(text)


def test_the_server_tab_saves_its_settings_and_the_key_goes_to_the_keyring(
    qtbot, tmp_path, plain_keyring
):
    dialog = open_dialog(qtbot, tmp_path)
    page = dialog.server_page
    page.serve_enabled.click()
    page.port.setValue(18765)
    assert page.network_warning.isHidden()
    page.allow_network.click()
    assert page.network_warning.isVisible(), "allowing other computers shows the warning"
    assert "18765" in page.address.text()
    type_into(page.profile_name, "gpu-box")
    page.kind.setCurrentIndex(page.kind.findData("vllm"))
    assert "--enable-auto-tool-choice" in page.kind_note.text()
    page.kind.setCurrentIndex(page.kind.findData("ollama"))
    assert "OLLAMA_CONTEXT_LENGTH" in page.kind_note.text()
    type_into(page.base_url, "http://gpu-box:11434/v1")
    type_into(page.api_key, "sk-secret-4711")
    page.model.setEditText("qwen2.5:14b")
    page.remote_context.setValue(16384)
    page.remote_tools.click()
    page.use_remote.click()
    type_into(page.chroma_url, "http://127.0.0.1:8000")
    save(dialog)

    saved = dialog.accepted_settings
    assert saved is not None, page.problem.text()
    assert (saved.serve.enabled, saved.serve.port, saved.serve.allow_network) == (
        True,
        18765,
        True,
    )
    assert saved.serve.host == "0.0.0.0"  # other computers asked for
    assert saved.remote.active == "gpu-box"
    assert saved.remote.profiles == [
        ProviderProfile(
            name="gpu-box",
            kind="ollama",
            base_url="http://gpu-box:11434/v1",
            model="qwen2.5:14b",
            context_length=16384,
            tools=True,
        )
    ]
    assert saved.shared.chroma_url == "http://127.0.0.1:8000"
    assert keyring.get_password("lokal", "gpu-box") == "sk-secret-4711"
    save_settings(saved, tmp_path)
    written = (tmp_path / "settings.toml").read_text(encoding="utf-8")
    assert "sk-secret-4711" not in written
    assert load_settings(tmp_path).remote == saved.remote


def test_an_empty_key_keeps_the_stored_one_and_a_renamed_profile_takes_it_along(
    qtbot, tmp_path, plain_keyring
):
    keyring.set_password("lokal", "office", "kept-key")
    settings = Settings()
    settings.remote.profiles = [ProviderProfile(name="office", base_url="http://office:8080/v1")]
    settings.remote.active = "office"
    dialog = open_dialog(qtbot, tmp_path, settings)
    page = dialog.server_page
    assert page.use_remote.isChecked() and page.profile_name.text() == "office"
    assert page.api_key.text() == ""  # the key is never shown back
    type_into(page.profile_name, "office-gpu")
    save(dialog)
    assert dialog.accepted_settings.remote.active == "office-gpu"
    assert keyring.get_password("lokal", "office-gpu") == "kept-key"
    assert keyring.get_password("lokal", "office") is None


def test_an_emptied_profile_is_removed_and_the_local_model_used_again(
    qtbot, tmp_path, plain_keyring
):
    keyring.set_password("lokal", "office", "old-key")
    settings = Settings()
    settings.remote.profiles = [ProviderProfile(name="office", base_url="http://office:8080/v1")]
    settings.remote.active = "office"
    dialog = open_dialog(qtbot, tmp_path, settings)
    page = dialog.server_page
    page.use_remote.click()
    page.profile_name.clear()
    page.base_url.clear()
    save(dialog)
    assert dialog.accepted_settings.remote.profiles == []
    assert dialog.accepted_settings.remote.active == ""
    assert keyring.get_password("lokal", "office") is None


def test_a_keyring_that_refuses_the_key_is_shown_and_save_does_not_close(qtbot, tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        dialog = open_dialog(qtbot, tmp_path)
        page = dialog.server_page
        type_into(page.profile_name, "gpu-box")
        type_into(page.base_url, "http://gpu-box:8080/v1")
        type_into(page.api_key, "sk-secret")
        save(dialog)
    finally:
        keyring.set_keyring(previous)
    assert dialog.accepted_settings is None
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.server_page
    assert page.problem.isVisible()
    expected = error_text(LokalError("keyring_unavailable", detail="x")).split("(")[0]
    assert page.problem.text().startswith(expected)


def test_unusable_addresses_are_refused_with_a_reason(qtbot, tmp_path, plain_keyring):
    dialog = open_dialog(qtbot, tmp_path)
    page = dialog.server_page
    type_into(page.chroma_url, "ftp://files:21")
    save(dialog)
    assert dialog.accepted_settings is None and page.problem.isVisible()
    first = page.problem.text()
    type_into(page.chroma_url, "")
    page.use_remote.click()  # ticked without a server
    save(dialog)
    assert dialog.accepted_settings is None and page.problem.text() not in ("", first)
    type_into(page.profile_name, "box")
    type_into(page.base_url, "gpu-box:8080")  # no scheme
    save(dialog)
    assert dialog.accepted_settings is None
    type_into(page.base_url, "http://gpu-box:8080/v1")
    save(dialog)
    assert dialog.accepted_settings is not None and page.problem.isHidden()


def test_the_token_is_masked_shown_copied_and_renewed(qtbot, tmp_path):
    dialog = open_dialog(qtbot, tmp_path)
    page = dialog.server_page
    first = (tmp_path / api_token.TOKEN_FILE).read_text(encoding="utf-8").strip()
    assert page.token.text() == first and first.startswith("lokal-")
    assert page.token.echoMode() == QLineEdit.EchoMode.Password
    page.show_token.click()
    assert page.token.echoMode() == QLineEdit.EchoMode.Normal
    page.copy_token.click()
    assert QApplication.clipboard().text() == first
    page.renew_token.click()
    renewed = (tmp_path / api_token.TOKEN_FILE).read_text(encoding="utf-8").strip()
    assert renewed != first
    assert page.token.text() == renewed
    assert not api_token.tokens_match(first, api_token.read_or_create_token(tmp_path))


def test_fetching_from_a_closed_port_shows_the_error_without_blocking(
    qtbot, tmp_path, plain_keyring
):
    dialog = open_dialog(qtbot, tmp_path)
    page = dialog.server_page
    type_into(page.profile_name, "nowhere")
    closed = f"http://127.0.0.1:{free_port()}/v1"
    type_into(page.base_url, closed)
    page.model.setEditText("typed-model")
    before = time.perf_counter()
    page.fetch_models.click()
    assert time.perf_counter() - before < 0.2, "the fetch ran on the GUI thread"
    assert not page.fetch_models.isEnabled()
    qtbot.waitUntil(page.fetch_models.isEnabled, timeout=20_000)
    assert page.fetch_status.objectName() == "errorNotice"
    unreachable = error_text(LokalError("remote_unreachable", url=closed, detail="D"))
    assert page.fetch_status.text().startswith(unreachable.split("(")[0])
    assert page.model.currentText() == "typed-model"  # nothing chosen was lost


def test_fetching_models_from_a_real_llama_cpp_server_fills_the_list(
    qtbot,
    tmp_path,
    plain_keyring,
    llama_server,  # noqa: F811
):
    dialog = open_dialog(qtbot, tmp_path)
    page = dialog.server_page
    type_into(page.profile_name, "local-llama")
    type_into(page.base_url, llama_server.base_url)
    type_into(page.api_key, "a-wrong-key")
    page.fetch_models.click()
    qtbot.waitUntil(page.fetch_models.isEnabled, timeout=30_000)
    wrong_key = error_text(LokalError("remote_unauthorized", url=llama_server.base_url))
    assert page.fetch_status.text() == wrong_key
    type_into(page.api_key, API_KEY)
    page.fetch_models.click()
    qtbot.waitUntil(page.fetch_models.isEnabled, timeout=30_000)
    assert page.fetch_status.objectName() != "errorNotice", page.fetch_status.text()
    listed = [page.model.itemText(index) for index in range(page.model.count())]
    assert listed == [MODEL_ALIAS]
    save(dialog)
    assert dialog.accepted_settings.remote.profiles[0].model == MODEL_ALIAS
    assert keyring.get_password("lokal", "local-llama") == API_KEY


# -- the window's API server ------------------------------------------------------------------


def models_status(url: str, token: str | None) -> int:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.get(f"{url}/models", headers=headers, timeout=10).status_code


def refused(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def set_api_server(qtbot, lokal: LokalApp, enabled: bool, port: int) -> None:
    """Settings > Server: tick or untick the API server, as a user would, and save."""
    dialog = lokal.open_settings()
    page = dialog.server_page
    dialog.tabs.setCurrentWidget(page)
    if page.serve_enabled.isChecked() != enabled:
        page.serve_enabled.click()
    page.port.setValue(port)
    save(dialog)
    assert dialog.accepted_settings is not None, page.problem.text()


def test_the_window_runs_the_api_server_as_settings_say_and_stops_it_on_quit(qtbot, tmp_path):
    data = tmp_path / "data"
    lokal = LokalApp(data, Settings())
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    try:
        set_api_server(qtbot, lokal, True, port)
        qtbot.waitUntil(lambda: lokal.api_server.running, timeout=START_MS)
        assert load_settings(data).serve.enabled
        token = api_token.read_or_create_token(data)
        assert models_status(url, token) == 200
        assert models_status(url, None) == 401
        assert models_status(url, "lokal-wrong") == 401
        # Renewed in Settings: the old token stops working at once, no restart.
        dialog = lokal.open_settings()
        dialog.server_page.renew_token.click()
        dialog.reject()
        assert models_status(url, token) == 401
        assert models_status(url, api_token.read_or_create_token(data)) == 200

        set_api_server(qtbot, lokal, False, port)
        qtbot.waitUntil(lambda: not lokal.api_server.running and refused(port), timeout=START_MS)

        set_api_server(qtbot, lokal, True, port)
        qtbot.waitUntil(lambda: lokal.api_server.running, timeout=START_MS)
    finally:
        lokal.shutdown()  # quitting
    assert refused(port), "the API server still listens after quitting"


def test_a_port_in_use_is_a_notice_not_a_crash(qtbot, tmp_path):
    lokal = LokalApp(tmp_path / "data", Settings())
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        try:
            set_api_server(qtbot, lokal, True, port)
            qtbot.waitUntil(lambda: bool(lokal.window.notices.session_notices()), timeout=START_MS)
        finally:
            lokal.shutdown()
    notice = lokal.window.notices.session_notices()[-1]
    assert notice.is_error and str(port) in notice.text
    assert not lokal.api_server.running


BLUEBIRD = [
    "Chapter one describes the weather in Copenhagen during the autumn months.",
    "The launch code for project Bluebird is 4729. Keep it in the red folder in the archive.",
]


@pytest.mark.long
def test_the_windows_api_answers_from_the_documents_the_window_shows(qtbot, lokal_app, make_pdf):
    """Another program asks the window's API about a collection: grounded on the window's own
    index (through its index worker), with the sources in the answer; the window stays live."""
    openai = pytest.importorskip("openai")
    lokal = lokal_app
    pdf = make_pdf("bluebird.pdf", BLUEBIRD)
    with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=120_000):
        drop_files(lokal.window.chat_view.viewport(), [pdf])
    names = [action.data() for action in lokal.window.collections_menu.actions()]
    assert names, "the dropped PDF went into no collection"
    port = free_port()
    set_api_server(qtbot, lokal, True, port)
    qtbot.waitUntil(lambda: lokal.api_server.running, timeout=START_MS)
    client = openai.OpenAI(
        base_url=f"http://127.0.0.1:{port}/v1",
        api_key=api_token.read_or_create_token(lokal.data_dir),
        timeout=240,
        max_retries=0,
    )
    assert f"lokal/{names[0]}" in [model.id for model in client.models.list()]
    with ThreadPoolExecutor(1) as pool:  # the other program, while the window runs on
        asked = pool.submit(
            client.chat.completions.create,
            model=f"lokal/{names[0]}",
            messages=[{"role": "user", "content": "What is the launch code for project Bluebird?"}],
            max_tokens=32,
        )
        qtbot.waitUntil(asked.done, timeout=240_000)
        response = asked.result()
    sources = response.model_extra["lokal"]["sources"]
    assert (sources[0]["path"], sources[0]["page"]) == (str(pdf), 2)
    assert response.choices[0].message.content.strip(), "no answer text"
