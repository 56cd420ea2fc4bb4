"""The settings dialog (Ctrl+,): model, sampling, documents, appearance and the data folder.

It edits a copy of the settings; `accepted_settings` is the result when the user saves. What is
applied without a restart is decided by the app (a model change reloads on the worker thread).
Every text is set in `retranslate_ui`, so a language chosen here shows at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import paths, services
from desktop_app.config import ModelTuning, Settings
from desktop_app.core.models.embedders import EmbeddingModel, describe_embedding_model
from desktop_app.core.models.presets import GENERAL, preset_for
from desktop_app.core.models.registry import LocalModel
from desktop_app.core.reranker import RerankerModel, rerankers_dir
from desktop_app.ui.models_controller import ModelsController, model_label
from desktop_app.ui.models_page import ModelsPage
from desktop_app.ui.server_settings import ServerSettingsPage

# Languages Lokal ships; the names are shown in their own language, as users look for them.
LANGUAGES = (("", None), ("en", "English"), ("da", "Dansk"), ("sv", "Svenska"), ("de", "Deutsch"))


def _spin(minimum: int, maximum: int, value: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setAccessibleName(name)
    return box


def _double(minimum: float, maximum: float, step: float, value: float, name: str):
    box = QDoubleSpinBox()
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    box.setDecimals(2)
    box.setValue(value)
    box.setAccessibleName(name)
    return box


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        models: list[LocalModel],
        data_dir: Path,
        gpu_offload: bool,
        parent: QWidget | None = None,
        *,
        embedding_models: list[EmbeddingModel] | None = None,
        rerankers: list[RerankerModel] | None = None,
        models_controller: ModelsController | None = None,
    ) -> None:
        """`embedding_models` and `rerankers`: the installed ones, found in `data_dir` if None.
        `models_controller`: adds the Models page and keeps the model list current."""
        super().__init__(parent)
        self._original = settings
        self._controller = models_controller
        self._data_dir = data_dir
        self.accepted_settings: Settings | None = None
        model, index, ui = settings.model, settings.index, settings.ui
        # Each form row's label, by its control: the label and the control's accessible name
        # are one translated string (retranslate_ui).
        self._labels: dict[QWidget, QLabel] = {}

        # -- Model ---------------------------------------------------------------------------
        self._models: dict[str, LocalModel] = {}  # by key: path, "" for the bundled model
        self._model_list = list(models)
        # Each model's own settings (context, GPU, sampling), shown when it is chosen.
        self._tunings: dict[str, ModelTuning] = dict(model.per_model)
        self._tuning_key = model.path or ""
        self._tunings[self._tuning_key] = model.tuning()
        self.model_combo = QComboBox()
        self._fill_models(models, model.path)
        self.system_prompt = QPlainTextEdit(model.system_prompt)
        self.system_prompt.setTabChangesFocus(True)
        self.system_prompt.setFixedHeight(70)
        self.temperature = _double(0.0, 2.0, 0.05, model.temperature, "")
        self.top_p = _double(0.01, 1.0, 0.05, model.top_p, "")
        self.top_k = _spin(0, 1000, model.top_k, "")
        self.repeat_penalty = _double(1.0, 2.0, 0.05, model.repeat_penalty, "")
        self.max_tokens = _spin(16, 65536, model.max_tokens, "")
        self.context_length = _spin(0, 1_048_576, model.context_length or 0, "")
        self.context_length.setSingleStep(512)
        self.threads = _spin(1, 256, model.threads, "")
        self.gpu_layers = _spin(-1, 1000, model.gpu_layers, "")
        self.gpu_note = QLabel()
        self.gpu_note.setWordWrap(True)
        self._gpu_offload = gpu_offload
        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        model_form = QFormLayout()
        for control in (
            self.model_combo,
            self.system_prompt,
            self.temperature,
            self.top_p,
            self.top_k,
            self.repeat_penalty,
            self.max_tokens,
            self.context_length,
            self.threads,
            self.gpu_layers,
        ):
            self._add_row(model_form, control)
        model_form.addRow("", self.gpu_note)

        # -- Documents -----------------------------------------------------------------------
        if embedding_models is None:
            embedding_models = services.embedding_models(data_dir)
        if rerankers is None:
            rerankers = services.rerankers(data_dir)
        self._embedding_list = list(embedding_models)
        self._rerankers = list(rerankers)
        self.embedding_model = QComboBox()
        self._fill_embedding_models(embedding_models, index.embedding_model)
        self.embedding_note = QLabel()
        self.embedding_note.setWordWrap(True)
        self.reranker = QComboBox()
        self.reranker.addItem("", "")  # "None", named in retranslate_ui
        for reranker in rerankers:
            self.reranker.addItem(reranker.name, str(reranker.folder))
        self.reranker.setCurrentIndex(max(self.reranker.findData(index.reranker), 0))
        self.reranker.setEnabled(bool(rerankers))
        self.reranker_note = QLabel()
        self.reranker_note.setWordWrap(True)
        self.chunk_tokens = _spin(0, 8192, index.chunk_tokens or 0, "")
        self.sources = _spin(1, 50, settings.retrieval.top_k, "")
        self.chunk_note = QLabel()
        self.chunk_note.setWordWrap(True)
        docs_form = QFormLayout()
        self._add_row(docs_form, self.embedding_model)
        docs_form.addRow("", self.embedding_note)
        self._add_row(docs_form, self.reranker)
        docs_form.addRow("", self.reranker_note)
        self._add_row(docs_form, self.chunk_tokens)
        self._add_row(docs_form, self.sources)
        docs_form.addRow(self.chunk_note)

        # -- Appearance ----------------------------------------------------------------------
        self.theme = QComboBox()
        for value in ("system", "light", "dark"):
            self.theme.addItem("", value)  # named in retranslate_ui
        self.theme.setCurrentIndex(self.theme.findData(ui.theme))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name or "", code)
        self.language.setCurrentIndex(max(self.language.findData(ui.language), 0))
        look_form = QFormLayout()
        self._add_row(look_form, self.theme)
        self._add_row(look_form, self.language)

        # -- Data ----------------------------------------------------------------------------
        self.data_dir = QLineEdit(str(data_dir))
        self.data_dir.setReadOnly(True)
        self.open_data_dir = QPushButton()
        self.open_data_dir.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(self.open_data_dir)
        self.data_note = QLabel()
        self.data_note.setWordWrap(True)
        data_form = QFormLayout()
        self._labels[self.data_dir] = QLabel()
        self._labels[self.data_dir].setBuddy(self.data_dir)
        data_form.addRow(self._labels[self.data_dir], data_row)
        data_form.addRow(self.data_note)

        self.tabs = QTabWidget()
        self._pages: list[QWidget] = []
        for form in (model_form, docs_form, look_form, data_form):
            page = QWidget()
            page.setLayout(form)
            self.tabs.addTab(page, "")
            self._pages.append(page)
        self.models_page: ModelsPage | None = None
        if models_controller is not None:
            self.models_page = ModelsPage(models_controller, self)
            self.models_page.use_requested.connect(self.choose_model)
            models_controller.snapshot_changed.connect(self._on_models_listed)
            self.tabs.insertTab(1, self.models_page, "")
        # The API server, a remote model, shared collections: what leaves this computer.
        self.server_page = ServerSettingsPage(settings, data_dir, self)
        self.tabs.addTab(self.server_page, "")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.resize(self.default_size())

    def default_size(self) -> QSize:
        """Room for the Models page's catalog (its columns and several rows) when it is there,
        within the screen the dialog opens on."""
        wanted = QSize(980, 760) if self.models_page is not None else QSize(560, 620)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() - QSize(40, 40)  # the frame, a margin
        return wanted.boundedTo(room).expandedTo(self.minimumSizeHint())

    def _add_row(self, form: QFormLayout, control: QWidget) -> None:
        label = QLabel()
        label.setBuddy(control)
        self._labels[control] = label
        form.addRow(label, control)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        names = {
            self.model_combo: self.tr("Chat model"),
            self.system_prompt: self.tr("System prompt"),
            self.temperature: self.tr("Temperature"),
            self.top_p: self.tr("Top-p"),
            self.top_k: self.tr("Top-k"),
            self.repeat_penalty: self.tr("Repeat penalty"),
            self.max_tokens: self.tr("Maximum answer length"),
            self.context_length: self.tr("Context length"),
            self.threads: self.tr("CPU threads"),
            self.gpu_layers: self.tr("GPU layers"),
            self.embedding_model: self.tr("Embedding model"),
            self.reranker: self.tr("Reranker"),
            self.chunk_tokens: self.tr("Chunk size in tokens"),
            self.sources: self.tr("Sources per answer"),
            self.theme: self.tr("Theme"),
            self.language: self.tr("Language"),
            self.data_dir: self.tr("Data folder"),
        }
        for control, name in names.items():
            control.setAccessibleName(name)
            self._labels[control].setText(self.tr("{label}:").format(label=name))
        self.system_prompt.setPlaceholderText(
            self.tr("Empty: Lokal's own prompt for answers with sources")
        )
        self.context_length.setSpecialValueText(self.tr("auto (trained length and free memory)"))
        self.gpu_layers.setSpecialValueText(self.tr("auto (as many as fit)"))
        self._show_gpu_offload(self._gpu_offload)
        self._fill_models(self._model_list, self.model_combo.currentData())
        self.embedding_note.setText(
            self.tr(
                "Changing the embedding model re-indexes all documents; "
                "the Documents panel shows the progress."
            )
        )
        self._relabel_embedding_models()
        self.reranker.setItemText(0, self.tr("None"))
        if self._rerankers:
            self.reranker_note.setText(
                self.tr(
                    "A reranker reads the question with each passage found and puts the best "
                    "first: better sources, slower answers."
                )
            )
            self.reranker.setToolTip("")
        else:
            self.reranker_note.setText(
                self.tr(
                    "No reranker is installed. To add one, put a cross-encoder model folder "
                    "(for example ms-marco-MiniLM-L6-v2) into {folder}"
                ).format(folder=rerankers_dir(paths.models_dir(self._data_dir)))
            )
            self.reranker.setToolTip(self.reranker_note.text())
        self.chunk_tokens.setSpecialValueText(self.tr("as the embedding model reads (254)"))
        self.chunk_note.setText(
            self.tr("Changing the chunk size re-indexes all documents, with progress.")
        )
        for index, label in enumerate((self.tr("System"), self.tr("Light"), self.tr("Dark"))):
            self.theme.setItemText(index, label)
        self.language.setItemText(0, self.tr("System language"))
        self.open_data_dir.setText(self.tr("Open"))
        self.open_data_dir.setAccessibleName(self.tr("Open the data folder"))
        self.data_note.setText(
            self.tr(
                "Index, settings, chat history and models are stored here. "
                "Start Lokal with --data-dir or LOKAL_DATA_DIR to use another folder."
            )
        )
        titles = [self.tr("Model"), self.tr("Documents"), self.tr("Appearance"), self.tr("Data")]
        for page, title in zip(self._pages, titles, strict=True):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        if self.models_page is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.models_page), self.tr("Models"))
        self.tabs.setTabText(self.tabs.indexOf(self.server_page), self.tr("Server"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_models_page(self, catalog_entry_id: str | None = None) -> None:
        """Open on the Models page (the welcome view's "More models…"), with a catalog model
        chosen, its description shown."""
        if self.models_page is not None:
            self.tabs.setCurrentWidget(self.models_page)
            if catalog_entry_id:
                self.models_page.select_catalog_entry(catalog_entry_id)

    def accept(self) -> None:
        result = self._original.model_copy(deep=True)
        model = result.model
        model.path = self.model_combo.currentData()
        model.system_prompt = self.system_prompt.toPlainText().strip()
        model.max_tokens = self.max_tokens.value()
        model.threads = self.threads.value()
        model.apply_tuning(self._shown_tuning())
        self._tunings[self._tuning_key] = model.tuning()
        model.per_model = dict(self._tunings)
        result.index.embedding_model = self.embedding_model.currentData()
        result.index.reranker = self.reranker.currentData()
        result.index.chunk_tokens = self.chunk_tokens.value() or None
        result.retrieval.top_k = self.sources.value()
        result.ui.theme = self.theme.currentData()
        result.ui.language = self.language.currentData()
        if not self.server_page.apply_to(result):  # a problem is shown there; stay open
            self.tabs.setCurrentWidget(self.server_page)
            return
        self.accepted_settings = Settings.model_validate(result.model_dump())
        super().accept()

    # -- models and their own settings ---------------------------------------------------------

    def _fill_models(self, models: list[LocalModel], current: str | None) -> None:
        self._model_list = list(models)
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        catalog = self._controller.snapshot.catalog if self._controller_snapshot() else None
        for local in models:
            if local.problem:
                continue  # a damaged file is listed on the Models page, with why
            key = "" if local.bundled else str(local.path)
            self._models[key] = local
            self.model_combo.addItem(
                model_label(local, catalog), None if local.bundled else str(local.path)
            )
        if current and self.model_combo.findData(current) < 0:
            # Chosen before but not listed (yet): keep it, so saving never switches models.
            self.model_combo.addItem(Path(current).name, current)
        self.model_combo.setCurrentIndex(max(self.model_combo.findData(current), 0))
        self.model_combo.blockSignals(False)

    def _controller_snapshot(self) -> bool:
        return self._controller is not None and self._controller.snapshot is not None

    def _show_gpu_offload(self, offload: bool) -> None:
        """GPU layers are offered only when the installed llama.cpp can offload, else why not."""
        self._gpu_offload = offload
        self.gpu_layers.setEnabled(offload)
        if offload:
            self.gpu_note.setText(self.tr("0 runs on the CPU only."))
            self.gpu_layers.setToolTip("")
        else:
            self.gpu_note.setText(
                self.tr(
                    "This build of llama.cpp runs on the CPU only, so GPU layers are off. "
                    "The README explains how to install a build for CUDA, Metal or Vulkan."
                )
            )
            self.gpu_layers.setToolTip(self.gpu_note.text())

    @Slot(object)
    def _on_models_listed(self, snapshot) -> None:
        self._show_gpu_offload(snapshot.hardware.gpu_offload)
        self._fill_models(list(snapshot.models), self.model_combo.currentData())
        if snapshot.embedding_models:  # a downloaded embedding model shows up at once
            current = self.embedding_model.currentData()
            self.embedding_model.clear()
            self._embedding_list = list(snapshot.embedding_models)
            self._fill_embedding_models(self._embedding_list, current)

    @Slot(str)
    def choose_model(self, path: str) -> None:
        """ "Use this model" on the Models page: pick it here, with its own settings."""
        index = self.model_combo.findData(path or None)
        if index >= 0:
            self.model_combo.setCurrentIndex(index)
            self.tabs.setCurrentIndex(0)

    @Slot(int)
    def _on_model_chosen(self, _index: int) -> None:
        """Keep the settings shown for the previous model; show the new model's own, or its
        family's preset with automatic context and GPU layers the first time."""
        self._tunings[self._tuning_key] = self._shown_tuning()
        key = self.model_combo.currentData() or ""
        self._tuning_key = key
        tuning = self._tunings.get(key)
        if tuning is None:
            local = self._models.get(key)
            preset = preset_for(local.info) if local and local.info else GENERAL
            tuning = ModelTuning(
                temperature=preset.temperature,
                top_p=preset.top_p,
                top_k=preset.top_k,
                repeat_penalty=preset.repeat_penalty,
            )
        self._show_tuning(tuning)

    def _shown_tuning(self) -> ModelTuning:
        context = self.context_length.value()  # 0 is "auto"
        return ModelTuning(
            context_length=max(context, 256) if context else None,
            gpu_layers=self.gpu_layers.value(),
            temperature=self.temperature.value(),
            top_p=self.top_p.value(),
            top_k=self.top_k.value(),
            repeat_penalty=self.repeat_penalty.value(),
        )

    def _show_tuning(self, tuning: ModelTuning) -> None:
        self.context_length.setValue(tuning.context_length or 0)
        self.gpu_layers.setValue(tuning.gpu_layers)
        self.temperature.setValue(tuning.temperature)
        self.top_p.setValue(tuning.top_p)
        self.top_k.setValue(tuning.top_k)
        self.repeat_penalty.setValue(tuning.repeat_penalty)

    def _fill_embedding_models(self, models: list[EmbeddingModel], current: str | None) -> None:
        """The bundled model (data None) first, then each installed one (data: its folder)."""
        for model in models:
            self.embedding_model.addItem(
                self._embedding_label(model), None if model.bundled else str(model.folder)
            )
        if current and self.embedding_model.findData(current) < 0:
            # A folder chosen some other way (an older Lokal, settings.toml): keep it, shown as
            # missing when it is gone, so saving other settings never switches models.
            folder = Path(current).expanduser()
            label = (
                self._embedding_label(describe_embedding_model(folder))
                if (folder / "tokenizer.json").is_file()
                else self.tr("{name} (not found)").format(name=folder.name)
            )
            self.embedding_model.addItem(label, current)
        self.embedding_model.setCurrentIndex(max(self.embedding_model.findData(current), 0))

    def _relabel_embedding_models(self) -> None:
        """The same models, named in the language now chosen."""
        self.embedding_model.blockSignals(True)
        current = self.embedding_model.currentData()
        self.embedding_model.clear()
        self._fill_embedding_models(self._embedding_list, current)
        self.embedding_model.blockSignals(False)

    def _embedding_label(self, model: EmbeddingModel) -> str:
        if model.bundled:
            return self.tr("{name} (built-in)").format(name=model.name)
        if model.multilingual:
            return self.tr("{name} (multilingual)").format(name=model.name)
        return model.name
