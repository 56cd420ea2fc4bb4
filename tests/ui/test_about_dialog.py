"""Help → About Lokal: the version from the package metadata, the bundled models' licences, the
run-time libraries, and every third-party licence behind a button (ui/help_dialogs.py)."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtCore import Qt

from desktop_app import licenses
from desktop_app.ui import help_dialogs
from desktop_app.ui.help_dialogs import AboutDialog, LicensesDialog, app_icon, app_icon_file


def test_about_names_the_version_the_models_and_the_run_time_libraries(qtbot):
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    text = about.text.text()
    assert f"Lokal {metadata.version('lokal')}" in text  # pyproject.toml's, via the metadata
    for model in ("SmolLM2-135M-Instruct", "all-MiniLM-L6-v2"):
        row = text[text.index(model) :].split("</tr>")[0]
        assert "Apache-2.0" in row
    built_with = text[text.index("Built with") :]
    assert "onnxruntime" in built_with and metadata.version("onnxruntime") in built_with
    assert "sentence-transformers" not in built_with  # no longer what runs the embedder
    assert about.licenses_button.text() == "Third-party licences…"


# The second click brings the open dialog to the front, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_licences_button_shows_every_library_and_its_licence_text(qtbot, monkeypatch):
    # A checkout has no bundled file: the licences are collected from this environment.
    monkeypatch.setattr(licenses, "bundled_licenses_file", lambda: licenses.Path("/nonexistent"))
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    qtbot.mouseClick(about.licenses_button, Qt.MouseButton.LeftButton)
    dialog = about.findChild(LicensesDialog)
    assert dialog is not None and dialog is about.licenses_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.page.toPlainText()
    assert f"chromadb {metadata.version('chromadb')} — Apache" in text
    assert "Version 2.0, January 2004" in text  # the Apache licence's own text
    assert dialog.page.isReadOnly()
    dialog.find_field.setText("chromadb")
    assert dialog.find_next()
    assert dialog.page.textCursor().selectedText() == "chromadb"
    dialog.find_field.setText("no such words in any licence 1234")
    assert not dialog.find_next()
    qtbot.mouseClick(about.licenses_button, Qt.MouseButton.LeftButton)  # brought back, not a second
    assert about.findChildren(LicensesDialog) == [dialog]


def test_a_bundle_shows_the_licences_file_written_at_build_time(qtbot, tmp_path, monkeypatch):
    bundled = tmp_path / "THIRD_PARTY_LICENSES.txt"
    licenses.write_licenses_file(bundled, exclude=["torch"])
    monkeypatch.setattr(licenses, "bundled_licenses_file", lambda: bundled)
    about = AboutDialog()
    qtbot.addWidget(about)
    dialog = about.open_licenses()
    assert dialog.page.toPlainText() == bundled.read_text(encoding="utf-8")
    assert "\ntorch " not in dialog.page.toPlainText()


def test_the_icon_is_shown_when_the_file_is_there(qtbot, tmp_path, monkeypatch):
    about = AboutDialog()
    qtbot.addWidget(about)
    if app_icon_file() is not None:  # resources/icons/lokal.png (build/make_icons.py)
        assert not about.icon.pixmap().isNull() and not app_icon().isNull()
    monkeypatch.setattr(help_dialogs.paths, "resources_dir", lambda: tmp_path)
    assert app_icon_file() is None and app_icon().isNull()
    without = AboutDialog()
    qtbot.addWidget(without)
    without.show()
    assert not without.icon.isVisible()  # no empty space where the icon would be
