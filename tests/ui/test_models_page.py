"""The Models page and model switching, driven as a user would: open Settings, read the
tables, drop a .gguf on the window, download from a local stand-in of Hugging Face (pause,
resume, a corrupted file), choose a model that fails to load. The page's own tests (its size,
its numbers, a failed download) run on the models controller and its real workers alone,
without the app's models: they are fast."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop_app import paths
from desktop_app.config import Settings
from desktop_app.core.models import catalog as model_catalog
from desktop_app.ui.models_controller import ModelsController
from desktop_app.ui.models_page import (
    CATALOG_FIT,
    CATALOG_SIZE,
    LOCAL_ARCHITECTURE,
    LOCAL_CHAT_TEMPLATE,
    LOCAL_CONTEXT,
    LOCAL_FIT,
    LOCAL_NAME,
    LOCAL_QUANTIZATION,
)
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.workers.download_worker import DownloadWorker
from desktop_app.workers.model_files_worker import ModelFilesWorker
from desktop_app.workers.threads import close_on_own_thread, start_on_thread, stop_thread
from tests.hf_server import FakeHub, HubFile
from tests.model_files import write_gguf, write_unknown_architecture
from tests.ui.conftest import Recorder, drop_files, notices, start_app

WAIT_MS = 60_000
REPO = "lokal-tests/Tiny-GGUF"
FILE = "tiny-model-q8_0.gguf"


@contextlib.contextmanager
def models_controller(data_dir: Path):
    """The app's models controller with its real workers: the model-files worker on this
    thread (a listing is a direct call), the download worker on its own, as in the app."""
    models_dir = paths.models_dir(data_dir)
    files = ModelFilesWorker(models_dir, paths.bundled_chat_model())
    downloads = DownloadWorker(models_dir)
    controller = ModelsController(files, downloads, models_dir)
    thread = start_on_thread(downloads, "test-downloads")
    try:
        controller.refresh()
        assert controller.snapshot is not None
        yield controller
    finally:
        downloads.pause_all()
        close_on_own_thread(downloads)
        stop_thread(thread)


def settings_on_models_page(qtbot, controller, data_dir) -> SettingsDialog:
    """Settings as the app opens it, at its default size, on the Models page."""
    snapshot = controller.snapshot
    dialog = SettingsDialog(
        Settings(),
        list(snapshot.models),
        data_dir,
        snapshot.hardware.gpu_offload,
        embedding_models=list(snapshot.embedding_models),
        models_controller=controller,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_models_page()
    qtbot.waitUntil(dialog.models_page.catalog_table.isVisible)
    return dialog


def open_models_page(qtbot, lokal) -> SettingsDialog:
    dialog = lokal.open_settings()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.models_page is not None
    dialog.tabs.setCurrentWidget(dialog.models_page)
    return dialog


def local_rows(page) -> list[list[str]]:
    table = page.local_table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_models_page_describes_local_models_and_the_catalog(qtbot, lokal_app, tmp_path):
    lokal = lokal_app
    dialog = open_models_page(qtbot, lokal)
    page = dialog.models_page
    qtbot.waitUntil(lambda: page.local_table.rowCount() >= 1, timeout=WAIT_MS)
    bundled = local_rows(page)[0]
    assert bundled[LOCAL_NAME] == "SmolLM2 135M Instruct (built-in)"
    assert bundled[LOCAL_ARCHITECTURE] == "llama" and bundled[LOCAL_QUANTIZATION] == "Q4_1"
    assert bundled[LOCAL_CONTEXT] == QLocale().toString(8192)
    assert bundled[LOCAL_CHAT_TEMPLATE] == "yes"
    assert bundled[LOCAL_FIT] == "fits"  # 98 MB on a 24 GB machine
    catalog = model_catalog.load_catalog(model_catalog.catalog_path(paths.resources_dir()))
    assert page.catalog_table.rowCount() == len(catalog.entries) >= 10
    names = {page.catalog_table.item(row, 0).text() for row in range(len(catalog.entries))}
    assert {entry.name for entry in catalog.entries} == names
    assert catalog.version in page.catalog_note.text()
    # This machine's llama.cpp is a CPU build: GPU layers are off, and the page says why.
    assert not dialog.gpu_layers.isEnabled()
    assert "CPU only" in dialog.gpu_note.text() and "CPU only" in page.hardware_label.text()
    dialog.resize(1100, 800)
    dialog.grab().save(str(tmp_path / "models-page.png"))
    dialog.reject()


def test_dropping_gguf_files_on_the_window_adds_models(qtbot, lokal_app, tmp_path, monkeypatch):
    lokal = lokal_app
    monkeypatch.setattr("desktop_app.app.ask_link_or_copy", lambda parent: False)
    good = Path(shutil.copy(lokal_app_model(), tmp_path / "my-smollm.gguf"))
    strange = write_unknown_architecture(tmp_path / "strange.gguf")
    indexing = Recorder(lokal.index_worker.index_event)
    drop_files(lokal.window, [good, strange])
    qtbot.waitUntil(
        lambda: (
            any("Model added" in text for text, _ in notices(lokal))
            and any("strange.gguf" in text for text, _ in notices(lokal))
        ),
        timeout=WAIT_MS,
    )
    refused = [text for text, error in notices(lokal) if error and "strange.gguf" in text]
    assert refused and "notamodel" in refused[0]
    qtbot.waitUntil(
        lambda: any(model.linked for model in lokal.models.snapshot.models), timeout=WAIT_MS
    )
    linked = [model for model in lokal.models.snapshot.models if model.linked]
    assert [model.path for model in linked] == [good.resolve()]
    assert not indexing.calls  # a model file is not a document to index


def lokal_app_model() -> Path:
    from desktop_app import paths

    return paths.bundled_chat_model()


@pytest.fixture
def hub(tmp_path, monkeypatch):
    """A local stand-in of Hugging Face serving a real (tiny) GGUF, and a catalog entry for it."""
    model = write_gguf(tmp_path / FILE, "llama", "Tiny test model")
    data = model.read_bytes() + b"\0" * (3_000_000)  # padding: a download long enough to pause
    with FakeHub(REPO, {FILE: HubFile(data)}) as fake:
        monkeypatch.setenv("HF_ENDPOINT", fake.url)
        entry = model_catalog.CatalogEntry(
            id="tiny-test",
            family="Test",
            name="Tiny test model",
            repo_id=REPO,
            filename=FILE,
            quantization="Q8_0",
            parameters="1M",
            size_bytes=len(data),
            size_exact=True,
            license="Apache-2.0",
            reasoning=False,
            description={"en": "A tiny model served by the test"},
            source="tests/hf_server.py",
        )
        catalog = model_catalog.Catalog("test-1", (entry,))
        monkeypatch.setattr(model_catalog, "load_catalog", lambda path=None: catalog)
        yield fake


def click_download(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.catalog_table.rowCount() == 1, timeout=WAIT_MS)
    page.catalog_table.selectRow(0)
    qtbot.mouseClick(page.download_button, Qt.MouseButton.LeftButton)


@pytest.mark.slow  # start_app loads the embedder
def test_download_pause_resume_and_finish(qtbot, tmp_path, hub):
    lokal = start_app(qtbot, tmp_path / "data", wait_for_model=False)
    try:
        hub.bytes_per_second = 1_000_000  # about 3 s for the whole file
        dialog = open_models_page(qtbot, lokal)
        page = dialog.models_page
        click_download(qtbot, page)
        qtbot.waitUntil(lambda: bool(page.download_rows()), timeout=WAIT_MS)
        row = next(iter(page.download_rows()))
        qtbot.waitUntil(lambda: "/s" in row.status.text(), timeout=WAIT_MS)  # speed, time left
        assert "left" in row.status.text()
        qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: row.status.text().startswith("Paused"), timeout=WAIT_MS)
        assert row.pause_button.text() == "Resume"
        partial = list((lokal.models.models_dir / ".downloads").glob("*.part"))
        assert partial and 0 < partial[0].stat().st_size < 3_000_000
        hub.bytes_per_second = None
        qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
        target = lokal.models.models_dir / FILE
        qtbot.waitUntil(target.exists, timeout=WAIT_MS)
        resumed = hub.gets()[-1]
        assert resumed.range and resumed.range != "bytes=0-"  # only the rest was asked for
        assert target.read_bytes() == hub.files[FILE].data
        qtbot.waitUntil(
            lambda: any("downloaded and checked" in text for text, _ in notices(lokal)),
            timeout=WAIT_MS,
        )
        qtbot.waitUntil(
            lambda: any(r[0] == "Tiny test model" for r in local_rows(page)), timeout=WAIT_MS
        )
        assert not page.downloads_box.isVisible()
        dialog.reject()
    finally:
        lokal.shutdown()


@pytest.mark.slow  # start_app loads the embedder
def test_a_corrupted_download_is_rejected(qtbot, tmp_path, hub):
    lokal = start_app(qtbot, tmp_path / "data", wait_for_model=False)
    try:
        hub.corrupt = True
        dialog = open_models_page(qtbot, lokal)
        click_download(qtbot, dialog.models_page)
        qtbot.waitUntil(
            lambda: any(error and "SHA-256" in text for text, error in notices(lokal)),
            timeout=WAIT_MS,
        )
        models_dir = lokal.models.models_dir
        assert not (models_dir / FILE).exists()
        assert not list((models_dir / ".downloads").glob("*"))  # nothing half-kept
        dialog.reject()
    finally:
        lokal.shutdown()


@pytest.mark.slow  # start_app loads the embedder
def test_a_model_that_fails_to_load_leaves_the_previous_one_answering(qtbot, tmp_path):
    from tests.ui.test_desktop import answers, ask

    data = tmp_path / "data"
    # Put there by hand: a complete, valid GGUF header whose architecture llama.cpp lacks.
    write_unknown_architecture((data / "models").mkdir(parents=True) or data / "models" / "x.gguf")
    lokal = start_app(qtbot, data)
    try:
        dialog = lokal.open_settings()
        qtbot.waitUntil(lambda: dialog.model_combo.findData(str(data / "models" / "x.gguf")) >= 0)
        dialog.model_combo.setCurrentIndex(dialog.model_combo.findData(str(data / "models/x.gguf")))
        failed = Recorder(lokal.llm_worker.model_failed)
        loaded = Recorder(lokal.llm_worker.model_loaded)
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: bool(failed.calls) and bool(loaded.calls), timeout=WAIT_MS)
        assert failed.calls[0][1].code == "model_unsupported"
        assert any(error and "notamodel" in text for text, error in notices(lokal))
        assert "ready" in lokal.window.model_status.text()
        assert lokal.settings.model.path is None  # back on the bundled model, and saved so
        ask(qtbot, lokal, "Say hello")
        assert answers(lokal)[-1].text().strip()
    finally:
        lokal.shutdown()


def test_each_model_gets_its_family_preset_then_keeps_its_own_settings(qtbot, tmp_path):
    from desktop_app import paths
    from desktop_app.config import Settings
    from desktop_app.core.models.presets import PRESETS
    from desktop_app.core.models.registry import describe

    bundled = describe(paths.bundled_chat_model(), bundled=True)
    gemma_file = write_gguf(tmp_path / "gemma-3-test.gguf", "gemma3", "Gemma 3 Test")
    gemma = describe(gemma_file)
    dialog = SettingsDialog(Settings(), [bundled, gemma], tmp_path, gpu_offload=False)
    qtbot.addWidget(dialog)
    dialog.temperature.setValue(0.45)  # the user's own choice for the bundled model
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData(str(gemma_file)))
    gemma3 = PRESETS["gemma3"]
    assert dialog.temperature.value() == gemma3.temperature
    assert dialog.top_k.value() == gemma3.top_k
    assert dialog.context_length.text() == dialog.context_length.specialValueText()  # auto
    dialog.top_p.setValue(0.8)
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData(None))  # back to bundled
    assert dialog.temperature.value() == 0.45  # what the user set is kept
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData(str(gemma_file)))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    saved = dialog.accepted_settings.model
    assert saved.path == str(gemma_file) and saved.top_p == 0.8
    assert saved.temperature == gemma3.temperature and saved.context_length is None
    assert saved.per_model[""].temperature == 0.45  # the bundled model's, for switching back


@pytest.mark.slow  # start_app loads the embedder
def test_an_unfinished_download_is_resumed_after_a_restart(qtbot, tmp_path, hub):
    from desktop_app.core.models.download import DownloadSpec, download_model

    data = tmp_path / "data"
    models_dir = data / "models"
    models_dir.mkdir(parents=True)
    hub.drop_after = 1_000_000  # the connection breaks: Lokal was closed, say
    with pytest.raises(Exception):  # noqa: B017 - the core reports download_failed
        list(download_model(DownloadSpec(REPO, FILE), models_dir))
    [part] = (models_dir / ".downloads").glob("*.part")
    kept = part.stat().st_size
    assert 0 < kept <= 1_000_000
    lokal = start_app(qtbot, data, wait_for_model=False)
    try:
        dialog = open_models_page(qtbot, lokal)
        page = dialog.models_page
        qtbot.waitUntil(lambda: bool(page.download_rows()), timeout=WAIT_MS)
        row = next(iter(page.download_rows()))
        assert row.status.text().startswith("Paused") and row.pause_button.text() == "Resume"
        qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil((models_dir / FILE).exists, timeout=WAIT_MS)
        assert hub.gets()[-1].range == f"bytes={kept}-"  # only the rest was fetched
        assert (models_dir / FILE).read_bytes() == hub.files[FILE].data
        dialog.reject()
    finally:
        lokal.shutdown()


@pytest.mark.slow  # start_app loads the embedder
def test_an_embedding_model_downloads_from_the_models_page(qtbot, tmp_path, monkeypatch):
    """The bundled MiniLM's files, served as a multilingual model's repository, downloaded from
    the Models page: checked, installed in models/embeddings/, offered in Settings, Documents."""
    from desktop_app.core.models import embedding_catalog
    from tests.standin_models import torch_minilm

    names = [
        "modules.json",
        "config.json",
        "sentence_bert_config.json",
        "1_Pooling/config.json",
        "tokenizer.json",
        "tokenizer_config.json",
        "special_tokens_map.json",
        "vocab.txt",
        "model.safetensors",
    ]
    minilm = torch_minilm()  # a repository without ONNX weights: exported once downloaded
    served = {
        name: HubFile((minilm / name).read_bytes(), lfs=name.endswith(".safetensors"))
        for name in names
    }
    served["README.md"] = HubFile(b"---\nlanguage:\n- da\n- sv\n- de\n- en\n---\n", lfs=False)
    repo = "lokal-tests/tiny-multilingual-minilm"
    raw = {
        "id": "tiny-multilingual",
        "name": "Tiny multilingual test model",
        "repo_id": repo,
        "files": [*names, "README.md"],
        "size_bytes": None,
        "license": "Apache-2.0",
        "languages": ["da", "sv", "de", "en"],
        "description": {"en": "The bundled MiniLM, served by the test"},
        "source": "https://huggingface.co/" + repo,  # the loader wants a page; served locally
    }
    catalog = embedding_catalog.parse_embedding_catalog(
        {"format": 1, "version": "test", "models": [raw]}
    )
    monkeypatch.setattr(embedding_catalog, "load_embedding_catalog", lambda path=None: catalog)
    with FakeHub(repo, served) as fake:
        monkeypatch.setenv("HF_ENDPOINT", fake.url)
        lokal = start_app(qtbot, tmp_path / "data", wait_for_model=False)
        try:
            dialog = open_models_page(qtbot, lokal)
            page = dialog.models_page
            qtbot.waitUntil(lambda: page.embedding_table.rowCount() == 1, timeout=WAIT_MS)
            assert page.embedding_table.item(0, 3).text() == "no"  # not installed yet
            page.embedding_table.selectRow(0)
            qtbot.mouseClick(page.embedding_download_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: any("Settings, Documents" in text for text, _ in notices(lokal)),
                timeout=WAIT_MS,
            )
            folder = lokal.models.models_dir / "embeddings" / "tiny-multilingual-minilm"
            assert (folder / "model.safetensors").read_bytes() == served["model.safetensors"].data
            assert (folder / "onnx" / "model.onnx").is_file()  # the app runs it with onnxruntime
            qtbot.waitUntil(lambda: page.embedding_table.item(0, 3).text() == "yes")
            labels = [
                dialog.embedding_model.itemText(i) for i in range(dialog.embedding_model.count())
            ]
            assert "tiny-multilingual-minilm (multilingual)" in labels
            dialog.reject()
        finally:
            lokal.shutdown()


def test_a_model_copied_in_by_drop_shows_its_progress(qtbot, lokal_app, monkeypatch):
    lokal = lokal_app
    monkeypatch.setattr("desktop_app.app.ask_link_or_copy", lambda parent: True)  # "Copy"
    statuses = Recorder(lokal.models.status)
    drop_files(lokal.window, [lokal_app_model()])
    copied = lokal.models.models_dir / lokal_app_model().name
    qtbot.waitUntil(copied.exists, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: any("100%" in call[0] for call in statuses.calls), timeout=WAIT_MS)
    assert all(call[0].startswith("Copying") for call in statuses.calls)
    assert copied.stat().st_size == lokal_app_model().stat().st_size


@pytest.mark.slow  # start_app loads the embedder
def test_cancelling_a_paused_download_removes_its_part_file(qtbot, tmp_path, hub):
    lokal = start_app(qtbot, tmp_path / "data", wait_for_model=False)
    try:
        hub.bytes_per_second = 1_000_000
        dialog = open_models_page(qtbot, lokal)
        page = dialog.models_page
        click_download(qtbot, page)
        qtbot.waitUntil(lambda: bool(page.download_rows()), timeout=WAIT_MS)
        row = next(iter(page.download_rows()))
        qtbot.waitUntil(lambda: "/s" in row.status.text(), timeout=WAIT_MS)
        qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: row.status.text().startswith("Paused"), timeout=WAIT_MS)
        parts = lokal.models.models_dir / ".downloads"
        assert list(parts.glob("*.part"))
        qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.download_rows(), timeout=WAIT_MS)
        assert not list(parts.iterdir())  # the part file and its record are gone
        assert not (lokal.models.models_dir / FILE).exists()
        dialog.reject()
    finally:
        lokal.shutdown()


# -- the page itself: its size, its numbers, a failed download (fast) ---------------------------


def fully_visible_rows(table) -> int:
    viewport = table.viewport().rect()
    return sum(
        1
        for row in range(table.rowCount())
        if viewport.contains(table.visualRect(table.model().index(row, 0)))
    )


def test_at_its_default_size_the_catalog_shows_its_fit_column_and_five_rows(qtbot, tmp_path):
    with models_controller(tmp_path / "data") as controller:
        dialog = settings_on_models_page(qtbot, controller, tmp_path / "data")
        assert dialog.size() == dialog.default_size()
        table = dialog.models_page.catalog_table
        qtbot.waitUntil(lambda: table.rowCount() >= 10)
        header = table.horizontalHeader()
        fit_right = header.sectionViewportPosition(CATALOG_FIT) + header.sectionSize(CATALOG_FIT)
        assert header.sectionViewportPosition(CATALOG_FIT) >= 0
        assert fit_right <= table.viewport().width()  # the whole Fit column is on screen
        assert not table.horizontalScrollBar().isVisible()
        assert fully_visible_rows(table) >= 5
        # The Fit texts are whole, not elided ("fi…"): the column is as wide as its texts.
        widest = max(
            table.fontMetrics().horizontalAdvance(table.item(row, CATALOG_FIT).text())
            for row in range(table.rowCount())
        )
        assert header.sectionSize(CATALOG_FIT) >= widest
        dialog.reject()


def test_sizes_and_numbers_follow_the_language_danish_uses_a_decimal_comma(qtbot, tmp_path):
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        with models_controller(tmp_path / "data") as controller:
            dialog = settings_on_models_page(qtbot, controller, tmp_path / "data")
            page = dialog.models_page
            sizes = [
                page.catalog_table.item(row, CATALOG_SIZE).text()
                for row in range(page.catalog_table.rowCount())
                if "GB" in page.catalog_table.item(row, CATALOG_SIZE).text()
            ]
            assert sizes and all("," in size and "." not in size for size in sizes), sizes
            assert "," in page.hardware_label.text()  # "Free memory: 22,8 GB of 25,3 GB."
            bundled = local_rows(page)[0]
            assert bundled[LOCAL_CONTEXT] == "8.192"  # Danish groups thousands with a point
            dialog.reject()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_failed_download_shows_why_and_no_full_progress_bar(qtbot, tmp_path, hub):
    hub.corrupt = True  # the bytes arrive whole, but their SHA-256 is not the hub's
    with models_controller(tmp_path / "data") as controller:
        dialog = settings_on_models_page(qtbot, controller, tmp_path / "data")
        page = dialog.models_page
        failed = Recorder(controller.downloads_changed)
        click_download(qtbot, page)
        qtbot.waitUntil(
            lambda: any(state.status == "failed" for state in controller.downloads.values()),
            timeout=WAIT_MS,
        )
        assert failed.calls
        [row] = page.download_rows()
        assert not row.bar.isVisible()  # a full bar would say the download worked
        assert row.status.isVisible() and row.status.text().startswith("Failed: ")
        assert "SHA-256" in row.status.text()
        assert row.pause_button.text() == "Resume"  # it can be tried again
        dialog.reject()


def test_the_page_follows_a_new_language_at_once(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from tests.ui.test_welcome import Shouting

    with models_controller(tmp_path / "data") as controller:
        dialog = settings_on_models_page(qtbot, controller, tmp_path / "data")
        page = dialog.models_page
        table = page.catalog_table
        translator = Shouting("ModelsPage", "ModelsController")
        QCoreApplication.installTranslator(translator)  # LanguageChange reaches every widget
        try:
            qtbot.waitUntil(lambda: page.download_button.text() == "DOWNLOAD")
            assert table.horizontalHeaderItem(CATALOG_FIT).text() == "FIT"
            assert {table.item(row, CATALOG_FIT).text() for row in range(table.rowCount())} <= {
                "FITS",
                "TIGHT",
                "WON'T FIT",
                "UNKNOWN",
            }
            assert local_rows(page)[0][LOCAL_NAME] == "SmolLM2 135M Instruct (BUILT-IN)"
            assert page.embedding_box.title() == page.embedding_table.accessibleName()
        finally:
            QCoreApplication.removeTranslator(translator)
        qtbot.waitUntil(lambda: page.download_button.text() == "Download")
        dialog.reject()
