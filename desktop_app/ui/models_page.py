"""The Models page of the Settings dialog: the models on this computer, the catalog to
download from, and the downloads in progress.

A view of the ModelsController: it shows what the workers read (no file is read here, on the
GUI thread) and turns clicks into requests.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.memory import human_size
from desktop_app.core.models.fit import Fit
from desktop_app.ui.models_controller import DownloadState, ModelsController

# Module functions translate in the page's context (lupdate reads a literal context here).
translate = QCoreApplication.translate


def fit_text(widget: QWidget, fit: Fit | None) -> str:
    if fit is None:
        return translate("ModelsPage", "unknown")
    return {
        Fit.FITS: translate("ModelsPage", "fits"),
        Fit.TIGHT: translate("ModelsPage", "tight"),
        Fit.WONT_FIT: translate("ModelsPage", "won't fit"),
    }[fit]


def ask_link_or_copy(parent: QWidget) -> bool | None:
    """True to copy into Lokal's models folder, False to link in place, None to cancel."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ModelsPage", "Add model"))
    box.setText(
        translate(
            "ModelsPage",
            "Link the model file where it is, or copy it into Lokal's models folder? "
            "A linked file must stay where it is; a copy takes as much disk space again.",
        )
    )
    link = box.addButton(
        translate("ModelsPage", "Link in place"), QMessageBox.ButtonRole.AcceptRole
    )
    copy = box.addButton(translate("ModelsPage", "Copy"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(link)
    box.exec()
    clicked = box.clickedButton()
    if clicked is link:
        return False
    if clicked is copy:
        return True
    return None


class ModelsPage(QWidget):
    use_requested = Signal(str)  # path of the model to chat with ("" for the bundled one)

    LOCAL_COLUMNS = 9
    CATALOG_COLUMNS = 8

    def __init__(self, controller: ModelsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.hardware_label = QLabel(self.tr("Reading the models…"))
        self.hardware_label.setWordWrap(True)

        self.local_table = self._table(
            [
                self.tr("Model"),
                self.tr("Architecture"),
                self.tr("Parameters"),
                self.tr("Quantization"),
                self.tr("Context"),
                self.tr("Chat template"),
                self.tr("Size"),
                self.tr("License"),
                self.tr("Fit"),
            ],
            self.tr("Models on this computer"),
        )
        self.use_button = QPushButton(self.tr("Use this model"))
        self.add_button = QPushButton(self.tr("Add model file…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.use_button.clicked.connect(self._use)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        local_buttons = QHBoxLayout()
        for button in (self.use_button, self.add_button, self.remove_button):
            local_buttons.addWidget(button)
        local_buttons.addStretch(1)
        local_box = QGroupBox(self.tr("On this computer"))
        local_layout = QVBoxLayout(local_box)
        local_layout.addWidget(self.local_table)
        local_layout.addLayout(local_buttons)

        self.catalog_table = self._table(
            [
                self.tr("Model"),
                self.tr("Parameters"),
                self.tr("Quantization"),
                self.tr("Size"),
                self.tr("License"),
                self.tr("Memory needed"),
                self.tr("Fit"),
                self.tr("Description"),
            ],
            self.tr("Models to download"),
        )
        self.catalog_table.horizontalHeader().setSectionResizeMode(
            7, QHeaderView.ResizeMode.Stretch
        )
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.clicked.connect(self._download)
        self.catalog_note = QLabel()
        self.catalog_note.setWordWrap(True)
        catalog_buttons = QHBoxLayout()
        catalog_buttons.addWidget(self.download_button)
        catalog_buttons.addWidget(self.catalog_note, 1)
        catalog_box = QGroupBox(self.tr("Download from Hugging Face"))
        catalog_layout = QVBoxLayout(catalog_box)
        catalog_layout.addWidget(self.catalog_table)
        catalog_layout.addLayout(catalog_buttons)

        self.embedding_table = self._table(
            [
                self.tr("Model"),
                self.tr("Languages"),
                self.tr("License"),
                self.tr("Installed"),
                self.tr("Description"),
            ],
            self.tr("Embedding models to download"),
        )
        self.embedding_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch
        )
        self.embedding_table.setMaximumHeight(130)
        self.embedding_download_button = QPushButton(self.tr("Download"))
        self.embedding_download_button.setAccessibleName(self.tr("Download embedding model"))
        self.embedding_download_button.clicked.connect(self._download_embedding)
        embedding_note = QLabel(
            self.tr(
                "Embedding models read your documents for search. The bundled one knows English "
                "only; a multilingual one finds Danish, Swedish and German passages too. Choose "
                "it in Settings, Documents (the documents are then indexed again)."
            )
        )
        embedding_note.setWordWrap(True)
        embedding_buttons = QHBoxLayout()
        embedding_buttons.addWidget(self.embedding_download_button)
        embedding_buttons.addWidget(embedding_note, 1)
        embedding_box = QGroupBox(self.tr("Embedding models for your documents"))
        embedding_layout = QVBoxLayout(embedding_box)
        embedding_layout.addWidget(self.embedding_table)
        embedding_layout.addLayout(embedding_buttons)

        self.downloads_box = QGroupBox(self.tr("Downloads"))
        self.downloads_layout = QVBoxLayout(self.downloads_box)
        self._download_rows: dict = {}

        layout = QVBoxLayout(self)
        layout.addWidget(self.hardware_label)
        layout.addWidget(local_box, 2)
        layout.addWidget(catalog_box, 3)
        layout.addWidget(embedding_box)
        layout.addWidget(self.downloads_box)

        controller.snapshot_changed.connect(self.show_snapshot)
        controller.downloads_changed.connect(self.show_downloads)
        if controller.snapshot is not None:
            self.show_snapshot(controller.snapshot)
        self.show_downloads()
        controller.refresh()  # memory and files may have changed since the last listing

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- showing ------------------------------------------------------------------------------

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        machine = snapshot.hardware
        text = self.tr("Free memory: {free} of {total}.").format(
            free=human_size(machine.available_ram), total=human_size(machine.total_ram)
        )
        if machine.gpu_offload and machine.free_vram is not None:
            text += " " + self.tr("GPU: {name}, {free} free.").format(
                name=machine.gpu_name, free=human_size(machine.free_vram)
            )
        elif not machine.gpu_offload:
            text += " " + self.tr(
                "This llama.cpp build runs on the CPU only; see the README for GPU builds."
            )
        self.hardware_label.setText(text)
        self._fill_local(snapshot)
        self._fill_catalog(snapshot)
        self._fill_embeddings(snapshot)

    def _fill_local(self, snapshot) -> None:
        selected = self.selected_model_path()
        table = self.local_table
        table.setRowCount(len(snapshot.models))
        for row, model in enumerate(snapshot.models):
            name = model.name
            if model.bundled:
                name = self.tr("{name} (bundled)").format(name=name)
            elif model.linked:
                name = self.tr("{name} (linked)").format(name=name)
            estimate = snapshot.fits.get(str(model.path))
            if model.problem:
                fit = self.tr("unusable: {problem}").format(problem=model.problem)
            else:
                fit = fit_text(self, estimate.fit if estimate else None)
                if estimate is not None:
                    fit += " " + self.tr("({needed} at {context} tokens)").format(
                        needed=human_size(estimate.needed), context=estimate.context_length
                    )
            cells = (
                name,
                model.architecture or "",
                model.parameters or "",
                model.quantization or "",
                str(model.context_length or ""),
                self.tr("yes") if model.has_chat_template else self.tr("no"),
                human_size(model.size),
                model.license or "",
                fit,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, "" if model.bundled else str(model.path))
                item.setToolTip(str(model.path))
                table.setItem(row, column, item)
            if ("" if model.bundled else str(model.path)) == selected:
                table.selectRow(row)

    def _fill_catalog(self, snapshot) -> None:
        table = self.catalog_table
        table.setRowCount(len(snapshot.catalog))
        language = QLocale().name().split("_")[0]  # the default locale: the chosen language
        for row, entry in enumerate(snapshot.catalog):
            memory = entry.min_ram_bytes
            cells = (
                entry.name,
                entry.parameters,
                entry.quantization,
                _catalog_size(self, entry),
                entry.license,
                human_size(memory) if memory else "",
                fit_text(self, snapshot.catalog_fits.get(entry.id)),
                entry.description_for(language),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                # The description is cut to the column's width: the tooltip has all of it.
                item.setToolTip(
                    f"{entry.description_for(language)}\n{entry.repo_id}/{entry.filename}"
                )
                table.setItem(row, column, item)
        if snapshot.catalog_problem:
            self.catalog_note.setText(
                self.tr("The catalog could not be read: {problem}").format(
                    problem=snapshot.catalog_problem
                )
            )
        else:
            self.catalog_note.setText(
                self.tr(
                    "Catalog {version}. Sizes are approximate; each file is checked against "
                    "the SHA-256 that Hugging Face lists for it."
                ).format(version=snapshot.catalog.version)
            )

    def _fill_embeddings(self, snapshot) -> None:
        table = self.embedding_table
        language = QLocale().name().split("_")[0]
        installed = {model.folder.name for model in snapshot.embedding_models}
        table.setRowCount(len(snapshot.embedding_catalog))
        for row, entry in enumerate(snapshot.embedding_catalog):
            languages = (
                self.tr("{count} languages").format(count=entry.language_count)
                if entry.language_count
                else ", ".join(entry.languages)
            )
            cells = (
                entry.name,
                languages,
                entry.license,
                self.tr("yes") if entry.folder in installed else self.tr("no"),
                entry.description_for(language),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(f"{entry.description_for(language)}\n{entry.repo_id}")
                table.setItem(row, column, item)

    @Slot()
    def show_downloads(self) -> None:
        states = self._controller.downloads
        for spec in list(self._download_rows):
            if spec not in states:
                self._download_rows.pop(spec).deleteLater()
        for spec, state in states.items():
            row = self._download_rows.get(spec)
            if row is None:
                row = _DownloadRow(self._controller, state, self.downloads_box)
                self._download_rows[spec] = row
                self.downloads_layout.addWidget(row)
            row.show_state(state)
        self.downloads_box.setVisible(bool(states))

    # -- actions ------------------------------------------------------------------------------

    def selected_model_path(self) -> str | None:
        items = self.local_table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_model(self, path: str) -> None:
        for row in range(self.local_table.rowCount()):
            if self.local_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == path:
                self.local_table.selectRow(row)

    @Slot()
    def _use(self) -> None:
        path = self.selected_model_path()
        if path is not None:
            self.use_requested.emit(path)

    @Slot()
    def _add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add model file"), "", self.tr("GGUF models (*.gguf)")
        )
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        copy = ask_link_or_copy(self)
        if copy is not None:
            self._controller.add_files(paths, copy)

    @Slot()
    def _remove(self) -> None:
        path = self.selected_model_path()
        if not path:  # the bundled model cannot be removed
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove model"),
            self.tr(
                "Remove {path}? A linked model is only forgotten; a model in Lokal's models "
                "folder is deleted."
            ).format(path=path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.remove(path)

    # The catalog tables' rows come from the controller's snapshot and carry their entry's id.

    @Slot()
    def _download(self) -> None:
        entry_id = _selected_id(self.catalog_table)
        if entry_id:
            self._controller.download(self._controller.snapshot.catalog.get(entry_id))

    @Slot()
    def _download_embedding(self) -> None:
        entry_id = _selected_id(self.embedding_table)
        if entry_id:
            entry = self._controller.snapshot.embedding_catalog.get(entry_id)
            self._controller.download_embedding(entry)


def _selected_id(table: QTableWidget) -> str | None:
    items = table.selectedItems()
    return items[0].data(Qt.ItemDataRole.UserRole) if items else None


class _DownloadRow(QWidget):
    """One download: name, progress bar, "1.2 GB of 4.6 GB, 12 MB/s, 4 min left", buttons."""

    def __init__(self, controller: ModelsController, state: DownloadState, parent) -> None:
        super().__init__(parent)
        self._controller = controller
        self._spec = state.spec
        self.name = QLabel(state.name)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.status = QLabel()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button.clicked.connect(lambda: controller.cancel(self._spec))
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.pause_button)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        self._state = state

    def show_state(self, state: DownloadState) -> None:
        self._state = state
        if state.total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * state.downloaded / state.total))
        else:
            self.bar.setRange(0, 0)  # size not known yet: busy indicator
        amounts = self.tr("{done} of {total}").format(
            done=human_size(state.downloaded), total=human_size(state.total) if state.total else "?"
        )
        if state.status == "downloading":
            text = self.tr("{amounts}, {speed}/s, {left} left").format(
                amounts=amounts,
                speed=human_size(int(state.bytes_per_second)),
                left=_duration(self, state.seconds_left),
            )
        elif state.status == "paused":
            text = self.tr("Paused at {amounts}").format(amounts=amounts)
        elif state.status == "verifying":
            text = self.tr("Checking the SHA-256…")
        elif state.status == "failed":
            text = self.tr("Failed: {reason}").format(reason=state.error)
        else:
            text = self.tr("Waiting…")
        self.status.setText(text)
        resumable = state.status in ("paused", "failed")
        self.pause_button.setText(self.tr("Resume") if resumable else self.tr("Pause"))
        self.pause_button.setEnabled(state.status != "verifying")

    @Slot()
    def _pause_or_resume(self) -> None:
        if self._state.status in ("paused", "failed"):
            self._controller.start_download(self._spec, self._state.name)
        else:
            self._controller.pause(self._spec)


def _catalog_size(widget: QWidget, entry) -> str:
    if not entry.size_bytes:
        return translate("ModelsPage", "told at download")
    size = human_size(entry.size_bytes)
    return size if entry.size_exact else "≈ " + size  # the hub's listing, rounded


def _duration(widget: QWidget, seconds: float | None) -> str:
    if seconds is None:
        return translate("ModelsPage", "unknown time")
    if seconds < 90:
        return translate("ModelsPage", "{n} s").format(n=int(seconds))
    if seconds < 5400:
        return translate("ModelsPage", "{n} min").format(n=round(seconds / 60))
    return translate("ModelsPage", "{n} h").format(n=round(seconds / 3600, 1))
