"""Settings → Documents: the embedding model and the reranker are chosen from what is installed.

The dialog finds the models in the data folder as the app opens it (no lists passed in). The
"multilingual-e5-small" is the bundled MiniLM under that name and the reranker a CrossEncoder
built from it (see tests/standin_models.py): real model folders, fit for discovery and selection.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app import paths
from desktop_app.config import Settings
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.standin_models import CROSS_ENCODER_NAME, E5_NAME, add_e5_standin, add_reranker

BUNDLED_LABEL = f"{paths.BUNDLED_EMBEDDING_MODEL_NAME} (built-in)"


def open_dialog(qtbot, data_dir, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(), [], data_dir, gpu_offload=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)  # Documents
    qtbot.waitUntil(dialog.embedding_model.isVisible)
    return dialog


def save(qtbot, dialog: SettingsDialog) -> Settings:
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.accepted_settings is not None
    return dialog.accepted_settings


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def visible_texts(dialog) -> str:
    from PySide6.QtWidgets import QLabel

    page = dialog.tabs.currentWidget()
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def test_an_installed_multilingual_model_can_be_chosen(qtbot, data_dir):
    e5 = add_e5_standin(paths.models_dir(data_dir))
    dialog = open_dialog(qtbot, data_dir)
    combo = dialog.embedding_model
    assert items(combo) == [BUNDLED_LABEL, f"{E5_NAME} (multilingual)"]
    assert combo.currentIndex() == 0 and combo.accessibleName() == "Embedding model"
    assert "re-indexes all documents" in visible_texts(dialog)

    combo.setCurrentIndex(1)
    assert save(qtbot, dialog).index.embedding_model == str(e5)

    # Opened again with that choice, it is selected; going back to the bundled one saves None.
    settings = dialog.accepted_settings
    dialog = open_dialog(qtbot, data_dir, settings)
    assert dialog.embedding_model.currentText() == f"{E5_NAME} (multilingual)"
    dialog.embedding_model.setCurrentIndex(0)
    assert save(qtbot, dialog).index.embedding_model is None


def test_with_only_the_bundled_model_nothing_changes_on_save(qtbot, data_dir):
    dialog = open_dialog(qtbot, data_dir)
    assert items(dialog.embedding_model) == [BUNDLED_LABEL]
    saved = save(qtbot, dialog)
    assert saved.index.embedding_model is None and saved.index.reranker == ""


def test_a_chosen_model_that_is_gone_is_kept_not_switched(qtbot, data_dir, tmp_path):
    settings = Settings()
    settings.index.embedding_model = str(tmp_path / "removed-model")
    dialog = open_dialog(qtbot, data_dir, settings)
    assert items(dialog.embedding_model) == [BUNDLED_LABEL, "removed-model (not found)"]
    assert dialog.embedding_model.currentIndex() == 1
    # Saving another setting must not re-index everything with another model.
    dialog.sources.setValue(3)
    assert save(qtbot, dialog).index.embedding_model == settings.index.embedding_model


def test_without_a_reranker_the_choice_is_off_and_says_how_to_add_one(qtbot, data_dir):
    dialog = open_dialog(qtbot, data_dir)
    combo = dialog.reranker
    assert items(combo) == ["None"] and not combo.isEnabled()
    assert combo.accessibleName() == "Reranker"
    where = str(paths.models_dir(data_dir) / "rerankers")
    assert where in combo.toolTip()
    assert "No reranker is installed" in visible_texts(dialog) and where in visible_texts(dialog)


@pytest.mark.slow  # add_reranker builds the stand-in cross-encoder by loading the bundled model
def test_an_installed_reranker_can_be_chosen_and_unset(qtbot, data_dir, tmp_path_factory):
    folder = add_reranker(paths.models_dir(data_dir), tmp_path_factory.getbasetemp())
    dialog = open_dialog(qtbot, data_dir)
    combo = dialog.reranker
    assert combo.isEnabled() and items(combo) == ["None", CROSS_ENCODER_NAME]
    assert combo.currentIndex() == 0
    combo.setCurrentIndex(1)
    settings = save(qtbot, dialog)
    assert settings.index.reranker == str(folder)

    dialog = open_dialog(qtbot, data_dir, settings)
    assert dialog.reranker.currentText() == CROSS_ENCODER_NAME
    dialog.reranker.setCurrentIndex(0)
    assert save(qtbot, dialog).index.reranker == ""


def test_the_dialog_follows_a_new_language_at_once(qtbot, data_dir):
    from PySide6.QtCore import QCoreApplication

    from tests.ui.test_welcome import Shouting

    dialog = open_dialog(qtbot, data_dir)
    translator = Shouting("SettingsDialog")
    QCoreApplication.installTranslator(translator)  # LanguageChange reaches every widget
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "SETTINGS")
        # A form label and its control's accessible name are one translated string.
        assert dialog.embedding_model.accessibleName() == "EMBEDDING MODEL"
        form = dialog.embedding_model.parentWidget().layout()
        assert form.labelForField(dialog.embedding_model).text() == "EMBEDDING MODEL:"
        assert dialog.tabs.tabText(1) == "DOCUMENTS"
        assert items(dialog.embedding_model) == [f"{paths.BUNDLED_EMBEDDING_MODEL_NAME} (BUILT-IN)"]
        assert items(dialog.reranker) == ["NONE"]
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")
    assert items(dialog.embedding_model) == [BUNDLED_LABEL]
