"""Settings > Server: Lokal's API for other programs, a model server instead of the local model,
and shared collections on a Chroma server.

Each of the three sends or opens something beyond the window, so each says what it exposes:
the API server's address and bearer token (core/api_token.py, shown masked), what a remote
model receives, and that a Chroma server has no authentication. The page edits a copy of the
settings through `apply_to`, called when the dialog saves; the API key typed here goes to the
operating system's keyring (core/secret_store.py) at that moment, never into settings.toml.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.config import ProviderProfile, ServeSettings, Settings
from desktop_app.core import api_token, chroma_server, secret_store
from desktop_app.core.errors import LokalError
from desktop_app.ui.messages import error_detail, error_text
from desktop_app.workers.remote_models_worker import RemoteModelsWorker

log = logging.getLogger(__name__)

LOOPBACK_HOST = "127.0.0.1"
ALL_INTERFACES = "0.0.0.0"  # noqa: S104  (only when the user ticks "Allow other computers")
KINDS = ("llama.cpp", "vllm", "ollama", "openai")  # ProviderProfile.kind, in the combo's order


def _restyle(label: QLabel, object_name: str) -> None:
    """Give `label` the application style sheet's look for `object_name` (theme.py) now: a
    widget already polished keeps its old look until it is polished again."""
    if label.objectName() != object_name:
        label.setObjectName(object_name)
        label.style().unpolish(label)
        label.style().polish(label)


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class ServerSettingsPage(QScrollArea):
    """The Server tab. A scroll area, so it fits a 640x420 window too."""

    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._labels: dict[QWidget, QLabel] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        column = QVBoxLayout(content)
        self.problem = _note()  # why Save did not close, until the next try
        _restyle(self.problem, "errorNotice")
        self.problem.hide()
        column.addWidget(self.problem)
        column.addWidget(self._build_api(settings.serve))
        column.addWidget(self._build_remote(settings))
        column.addWidget(self._build_shared(settings.shared.chroma_url))
        column.addStretch(1)
        self.setWidget(content)
        self.retranslate_ui()
        self._show_network_warning()
        self._show_address()

    # -- building -------------------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, control: QWidget, field: QWidget | None = None) -> None:
        label = QLabel()
        label.setBuddy(control)
        self._labels[control] = label
        form.addRow(label, field or control)

    def _build_api(self, serve: ServeSettings) -> QGroupBox:
        self.api_group = QGroupBox()
        form = QFormLayout(self.api_group)
        self.serve_enabled = QCheckBox()
        self.serve_enabled.setChecked(serve.enabled)
        form.addRow(self.serve_enabled)
        self._host = serve.host  # kept as set (`lokal serve --host` shares the setting)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.port.setValue(serve.port)
        self.port.valueChanged.connect(self._show_address)
        self._add_row(form, self.port)
        self.allow_network = QCheckBox()
        self.allow_network.setChecked(serve.allow_network)
        self.allow_network.toggled.connect(self._show_network_warning)
        self.allow_network.toggled.connect(self._show_address)
        form.addRow(self.allow_network)
        self.network_warning = _note()
        _restyle(self.network_warning, "errorNotice")
        form.addRow(self.network_warning)
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self._add_row(form, self.address)
        self.token = QLineEdit()
        self.token.setReadOnly(True)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_token = QPushButton()
        self.show_token.setCheckable(True)
        self.show_token.toggled.connect(self._toggle_token)
        self.copy_token = QPushButton()
        self.copy_token.clicked.connect(self._copy_token)
        self.renew_token = QPushButton()
        self.renew_token.clicked.connect(self._renew_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token, 1)
        for button in (self.show_token, self.copy_token, self.renew_token):
            token_row.addWidget(button)
        self._add_row(form, self.token, self._row_widget(token_row))
        self.token_note = _note()
        form.addRow(self.token_note)
        try:
            self.token.setText(api_token.read_or_create_token(self._data_dir))
        except OSError as error:  # a read-only data folder: shown, the rest still works
            self._show_problem(
                self.tr("The API token cannot be made: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
        return self.api_group

    def _build_remote(self, settings: Settings) -> QGroupBox:
        remote = settings.remote
        profile = remote.active_profile() or (remote.profiles[0] if remote.profiles else None)
        self._editing = profile.name if profile else ""  # the profile this form edits
        self._timeout = profile.timeout_seconds if profile else None
        self.remote_group = QGroupBox()
        form = QFormLayout(self.remote_group)
        self.use_remote = QCheckBox()
        self.use_remote.setChecked(bool(profile) and remote.active == profile.name)
        form.addRow(self.use_remote)
        self.remote_note = _note()
        form.addRow(self.remote_note)
        self.profile_name = QLineEdit(profile.name if profile else "")
        self.profile_name.setMaxLength(80)
        self._add_row(form, self.profile_name)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem("", kind)  # named in retranslate_ui
        self.kind.setCurrentIndex(max(self.kind.findData(profile.kind if profile else ""), 0))
        self.kind.currentIndexChanged.connect(self._show_kind_note)
        self._add_row(form, self.kind)
        self.kind_note = _note()
        form.addRow(self.kind_note)  # whole width: a wrapped label beside "" grew too tall
        self.base_url = QLineEdit(profile.base_url if profile else "")
        self._add_row(form, self.base_url)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self._add_row(form, self.api_key)
        self.model = QComboBox()
        self.model.setEditable(True)  # a model id may be typed, before or without a listing
        self.model.setMinimumContentsLength(16)
        if profile and profile.model:
            self.model.addItem(profile.model)
        self.fetch_models = QPushButton()
        self.fetch_models.clicked.connect(self.fetch)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.fetch_models)
        self._add_row(form, self.model, self._row_widget(model_row))
        self.fetch_status = _note()
        self.fetch_status.hide()  # until a fetch has something to say
        form.addRow(self.fetch_status)
        self.remote_context = QSpinBox()
        self.remote_context.setRange(256, 1_048_576)
        self.remote_context.setSingleStep(1024)
        self.remote_context.setValue(profile.context_length if profile else 4096)
        self._add_row(form, self.remote_context)
        self.remote_tools = QCheckBox()
        self.remote_tools.setChecked(bool(profile and profile.tools))
        form.addRow("", self.remote_tools)
        self.remote_json_schema = QCheckBox()
        self.remote_json_schema.setChecked(bool(profile and profile.json_schema))
        form.addRow("", self.remote_json_schema)
        self._fetcher = RemoteModelsWorker(self)
        self._fetcher.models_listed.connect(self._on_models_listed)
        self._fetcher.fetch_failed.connect(self._on_fetch_failed)
        self._fetch_id = 0  # the fetch whose answer is awaited; 0 for none
        return self.remote_group

    def _build_shared(self, chroma_url: str) -> QGroupBox:
        self.shared_group = QGroupBox()
        form = QFormLayout(self.shared_group)
        self.chroma_url = QLineEdit(chroma_url)
        self._add_row(form, self.chroma_url)
        self.chroma_warning = _note()
        _restyle(self.chroma_warning, "errorNotice")
        form.addRow(self.chroma_warning)
        return self.shared_group

    @staticmethod
    def _row_widget(row: QHBoxLayout) -> QWidget:
        holder = QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(row)
        return holder

    # -- texts ----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Server settings"))
        self.api_group.setTitle(self.tr("API for other programs"))
        self.serve_enabled.setText(
            self.tr("Run Lokal's OpenAI-compatible API while the window is open")
        )
        self.allow_network.setText(self.tr("Allow other computers to connect"))
        self.network_warning.setText(
            self.tr(
                "Other computers that reach this one can then ask your model and read passages "
                "of your documents with the token, over plain HTTP. Allow it only on a network "
                "you trust, or put a reverse proxy with TLS in front of it."
            )
        )
        self.token_note.setText(
            self.tr(
                "Programs send the token as 'Authorization: Bearer <token>'. Renew makes a new "
                "one at once: the old one stops working."
            )
        )
        self.show_token.setText(self.tr("Hide") if self.show_token.isChecked() else self.tr("Show"))
        self.show_token.setAccessibleName(self.tr("Show or hide the API token"))
        self.copy_token.setText(self.tr("Copy"))
        self.copy_token.setAccessibleName(self.tr("Copy the API token"))
        self.renew_token.setText(self.tr("Renew"))
        self.renew_token.setAccessibleName(self.tr("Renew the API token"))
        self.remote_group.setTitle(self.tr("Model server"))
        self.use_remote.setText(self.tr("Use this server instead of the local model"))
        self.remote_note.setText(
            self.tr(
                "Your questions, your chats and passages of your documents are then sent to "
                "this server. The chat's header says so."
            )
        )
        kind_names = (
            self.tr("llama.cpp server"),
            self.tr("vLLM"),
            self.tr("Ollama"),
            self.tr("Other OpenAI-compatible server"),
        )
        for index, name in enumerate(kind_names):
            self.kind.setItemText(index, name)
        self._show_kind_note()
        self.base_url.setPlaceholderText(self.tr("for example http://gpu-box:8080/v1"))
        self.api_key.setPlaceholderText(
            self.tr("Empty: keep the stored key (kept in the system keyring)")
        )
        self.fetch_models.setText(self.tr("Fetch models"))
        self.fetch_models.setAccessibleName(self.tr("Fetch the server's models"))
        self.remote_tools.setText(self.tr("The server handles tools (for the agent)"))
        self.remote_json_schema.setText(self.tr("The server follows a JSON schema"))
        self.shared_group.setTitle(self.tr("Shared collections"))
        self.chroma_url.setPlaceholderText(
            self.tr("Empty: documents are indexed in the data folder")
        )
        self.chroma_warning.setText(
            self.tr(
                "A Chroma server has no authentication: whoever reaches it can read and change "
                "the documents indexed on it. Run it on this computer (127.0.0.1), or behind a "
                "reverse proxy with a token and TLS."
            )
        )
        names = {
            self.port: self.tr("Port"),
            self.address: self.tr("Address"),
            self.token: self.tr("API token"),
            self.profile_name: self.tr("Name"),
            self.kind: self.tr("Server kind"),
            self.base_url: self.tr("Base URL"),
            self.api_key: self.tr("API key"),
            self.model: self.tr("Model"),
            self.remote_context: self.tr("Context length"),
            self.chroma_url: self.tr("Chroma server URL"),
        }
        for control, name in names.items():
            control.setAccessibleName(name)
            self._labels[control].setText(self.tr("{label}:").format(label=name))
        for control in (self.serve_enabled, self.allow_network, self.use_remote):
            control.setAccessibleName(control.text())
        for control in (self.remote_tools, self.remote_json_schema):
            control.setAccessibleName(control.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @Slot()
    def _show_kind_note(self) -> None:
        notes = {
            "llama.cpp": self.tr(
                "Start llama-server with --ctx-size as large as the context length below, and "
                "with --api-key when other computers can reach it."
            ),
            "vllm": self.tr(
                "For tools, start vLLM with --enable-auto-tool-choice and a --tool-call-parser "
                "for the model (for example hermes)."
            ),
            "ollama": self.tr(
                "Ollama answers with a 2048-token context unless it was started with "
                "OLLAMA_CONTEXT_LENGTH, and silently drops what does not fit: set the context "
                "length below to what it runs with."
            ),
            "openai": self.tr(
                "The API does not tell a model's context length: set the one the server runs "
                "with below."
            ),
        }
        self.kind_note.setText(notes[self.kind.currentData()])

    @Slot()
    def _show_network_warning(self) -> None:
        self.network_warning.setVisible(self.allow_network.isChecked())

    @Slot()
    def _show_address(self) -> None:
        port = self.port.value()
        if self.allow_network.isChecked():
            self.address.setText(
                self.tr("http://127.0.0.1:{port}/v1, or this computer's address").format(port=port)
            )
        else:
            self.address.setText(f"http://{LOOPBACK_HOST}:{port}/v1")

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            self.ensureWidgetVisible(self.problem)

    # -- the token ------------------------------------------------------------------------------

    @Slot(bool)
    def _toggle_token(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token.setEchoMode(mode)
        self.show_token.setText(self.tr("Hide") if shown else self.tr("Show"))

    @Slot()
    def _copy_token(self) -> None:
        QGuiApplication.clipboard().setText(self.token.text())

    @Slot()
    def _renew_token(self) -> None:
        """A new token at once; a running server takes it at its next request (it reads the
        file per request), so nothing needs restarting."""
        try:
            self.token.setText(api_token.renew_token(self._data_dir))
        except OSError as error:
            self._show_problem(
                self.tr("The API token cannot be renewed: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )

    # -- fetching the server's models -----------------------------------------------------------

    @Slot()
    def fetch(self) -> None:
        """List the server's models on another thread; the combo fills when they come."""
        url = self.base_url.text().strip()
        if not _is_http_url(url):
            self._show_fetch_status(
                self.tr("Enter the server's address first, with http:// or https://."), True
            )
            return
        profile = ProviderProfile(
            name=self.profile_name.text().strip() or "?",
            kind=self.kind.currentData(),
            base_url=url,
            context_length=self.remote_context.value(),
        )
        self._fetch_id = self._fetcher.fetch(profile, self.api_key.text())
        self.fetch_models.setEnabled(False)
        self._show_fetch_status(
            self.tr("Asking {host} for its models…").format(host=_host(url)), False
        )

    @Slot(int, list)
    def _on_models_listed(self, fetch_id: int, models: list) -> None:
        if fetch_id != self._fetch_id:
            return  # an earlier fetch's answer
        self._fetch_id = 0
        self.fetch_models.setEnabled(True)
        chosen = self.model.currentText().strip()
        self.model.clear()
        self.model.addItems([str(model) for model in models])
        if chosen and self.model.findText(chosen) < 0:
            self.model.insertItem(0, chosen)  # typed before: kept, so nothing changes unasked
        self.model.setCurrentIndex(max(self.model.findText(chosen), 0))
        self._show_fetch_status(
            self.tr("The server offers %n model(s).", "", len(models))
            if models
            else self.tr("The server offers no model."),
            not models,
        )

    @Slot(int, object)
    def _on_fetch_failed(self, fetch_id: int, error: LokalError) -> None:
        if fetch_id != self._fetch_id:
            return
        self._fetch_id = 0
        self.fetch_models.setEnabled(True)
        self._show_fetch_status(error_text(error), True)
        self.fetch_status.setToolTip(error_detail(error))

    def _show_fetch_status(self, text: str, is_error: bool) -> None:
        self.fetch_status.setText(text)
        self.fetch_status.setVisible(bool(text))
        self.fetch_status.setToolTip("")
        _restyle(self.fetch_status, "errorNotice" if is_error else "")

    # -- saving ---------------------------------------------------------------------------------

    def apply_to(self, settings: Settings) -> bool:
        """Write this page into `settings` (the dialog's copy) and keep a typed API key in the
        keyring. False: a problem is shown on the page and nothing was changed, so the dialog
        stays open."""
        self._show_problem("")
        shared_url = self.chroma_url.text().strip()
        if shared_url:
            try:
                chroma_server.parse(shared_url)
            except ValueError as error:  # a sentence for the user, in English (the library's)
                self._show_problem(
                    self.tr("The Chroma server URL is not usable: {reason}").format(reason=error)
                )
                return False
        profile = self._profile()
        if profile is False:
            return False
        if not self._keep_key(profile):
            return False
        settings.serve.enabled = self.serve_enabled.isChecked()
        settings.serve.port = self.port.value()
        settings.serve.allow_network = self.allow_network.isChecked()
        if settings.serve.allow_network:
            if self._host in ("127.0.0.1", "localhost", "::1"):
                settings.serve.host = ALL_INTERFACES
        else:
            settings.serve.host = LOOPBACK_HOST
        remote = settings.remote
        kept = [p for p in remote.profiles if p.name != self._editing]
        if profile is None:  # the form was emptied: the profile is gone
            remote.profiles = kept
            if remote.active == self._editing:
                remote.active = ""
        else:
            remote.profiles = [*kept, profile]
            if self.use_remote.isChecked():
                remote.active = profile.name
            elif remote.active in (self._editing, profile.name):
                remote.active = ""
        settings.shared.chroma_url = shared_url
        return True

    def _profile(self) -> ProviderProfile | None | bool:
        """The profile the form describes; None when it is empty; False when a problem was
        shown."""
        name, url = self.profile_name.text().strip(), self.base_url.text().strip()
        if not name and not url:
            if self.use_remote.isChecked():
                self._show_problem(
                    self.tr("To use a model server, give it a name and its address.")
                )
                return False
            return None
        if not name or not url:
            self._show_problem(self.tr("A model server needs both a name and an address."))
            return False
        if not _is_http_url(url):
            self._show_problem(
                self.tr("The model server's address must start with http:// or https://.")
            )
            return False
        try:
            return ProviderProfile(
                name=name,
                kind=self.kind.currentData(),
                base_url=url,
                model=self.model.currentText().strip(),
                context_length=self.remote_context.value(),
                tools=self.remote_tools.isChecked(),
                json_schema=self.remote_json_schema.isChecked(),
                **({"timeout_seconds": self._timeout} if self._timeout else {}),
            )
        except ValidationError as error:
            self._show_problem(str(error.errors()[0].get("msg", error)))
            return False

    def _keep_key(self, profile: ProviderProfile | None) -> bool:
        """Save a typed key under the profile's name; a renamed profile takes its key along; a
        removed one's key is forgotten. False: the keyring refused (shown)."""
        typed = self.api_key.text()
        old = self._editing
        try:
            if profile is None:
                if old:
                    secret_store.delete_api_key(old)
                return True
            if typed:
                secret_store.save_api_key(profile.name, typed)
            elif old and old != profile.name:
                kept = secret_store.load_api_key(old)
                if kept:
                    secret_store.save_api_key(profile.name, kept)
            if old and old != profile.name:
                secret_store.delete_api_key(old)
        except LokalError as error:
            self._show_problem(error_text(error))
            self.problem.setToolTip(error_detail(error))
            return False
        return True


def _is_http_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _host(url: str) -> str:
    """ "gpu-box:8080" of "http://gpu-box:8080/v1"."""
    return urlsplit(url).netloc.rpartition("@")[2] or url
