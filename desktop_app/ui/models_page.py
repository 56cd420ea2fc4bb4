"""The Models page of the Settings dialog: the models on this computer, the catalog to
download from, and the downloads in progress.

A view of the ModelsController: it shows what the workers read (no file is read here, on the
GUI thread) and turns clicks into requests. Every text is set in `retranslate_ui`, so a new
language shows at once; every size and number goes through QLocale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal, Slot
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

from desktop_app.core.models.fit import Fit
from desktop_app.ui.models_controller import DownloadState, ModelsController

# Module functions translate in the page's context (lupdate reads a literal context here).
translate = QCoreApplication.translate

# The catalog table's columns. The verdict comes right after the name, so that no width of the
# page cuts it off; the licence, last, takes the room that is left (its full text is in the
# line below the table, with the description and the quantization).
CATALOG_NAME, CATALOG_FIT, CATALOG_SIZE, CATALOG_MEMORY, CATALOG_PARAMETERS = range(5)
CATALOG_LICENSE = 5
# The local table's, the same way: what matters for choosing first, the header's facts after.
LOCAL_NAME, LOCAL_FIT, LOCAL_MEMORY, LOCAL_SIZE, LOCAL_PARAMETERS, LOCAL_QUANTIZATION = range(6)
LOCAL_CONTEXT, LOCAL_ARCHITECTURE, LOCAL_CHAT_TEMPLATE, LOCAL_LICENSE = range(6, 10)
CATALOG_ROWS_SHOWN = 6  # the catalog table is never shorter than this many rows


def data_size(size: int) -> str:
    """Bytes as people read them in the chosen language: "2.5 GB", "2,5 GB" (decimal units,
    as disks and download pages count)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def number(value: int) -> str:
    return QLocale().toString(int(value))


def fit_text(fit: Fit | None) -> str:
    if fit is None:
        return translate("ModelsPage", "unknown")
    return {
        Fit.FITS: translate("ModelsPage", "fits"),
        Fit.TIGHT: translate("ModelsPage", "tight"),
        Fit.WONT_FIT: translate("ModelsPage", "won't fit"),
    }[fit]


def catalog_size(entry) -> str:
    """A catalog entry's download size; "≈" when it is the hub's rounded listing."""
    if not entry.size_bytes:
        return translate("ModelsPage", "told at download")
    size = data_size(entry.size_bytes)
    return size if entry.size_exact else "≈ " + size


def ui_language() -> str:
    return QLocale().name().split("_")[0]  # the default locale: the chosen language


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


def _table(columns: int, parent: QWidget, stretched: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return table


def _rows_height(table: QTableWidget, rows: int) -> int:
    """The height that shows the header and `rows` rows without scrolling."""
    return (
        table.horizontalHeader().sizeHint().height()
        + rows * table.verticalHeader().defaultSectionSize()
        + 2 * table.frameWidth()
    )


class ModelsPage(QWidget):
    use_requested = Signal(str)  # path of the model to chat with ("" for the bundled one)

    LOCAL_COLUMNS = 10
    CATALOG_COLUMNS = 6

    def __init__(self, controller: ModelsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.hardware_label = QLabel()
        self.hardware_label.setWordWrap(True)

        self.local_table = _table(self.LOCAL_COLUMNS, self, stretched=LOCAL_LICENSE)
        self.local_table.setMinimumHeight(_rows_height(self.local_table, 2))
        self.local_table.setMaximumHeight(_rows_height(self.local_table, 4))
        self.use_button = QPushButton()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.use_button.clicked.connect(self._use)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        local_buttons = QHBoxLayout()
        for button in (self.use_button, self.add_button, self.remove_button):
            local_buttons.addWidget(button)
        local_buttons.addStretch(1)
        self.local_box = QGroupBox()
        local_layout = QVBoxLayout(self.local_box)
        local_layout.addWidget(self.local_table)
        local_layout.addLayout(local_buttons)

        self.catalog_table = _table(self.CATALOG_COLUMNS, self, stretched=CATALOG_LICENSE)
        self.catalog_table.setMinimumHeight(_rows_height(self.catalog_table, CATALOG_ROWS_SHOWN))
        self.catalog_table.itemSelectionChanged.connect(self._show_description)
        self.description_label = QLabel()  # the chosen catalog model's description
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.download_button = QPushButton()
        self.download_button.clicked.connect(self._download)
        self.catalog_note = QLabel()
        self.catalog_note.setWordWrap(True)
        catalog_buttons = QHBoxLayout()
        catalog_buttons.addWidget(self.download_button)
        catalog_buttons.addWidget(self.catalog_note, 1)
        self.catalog_box = QGroupBox()
        catalog_layout = QVBoxLayout(self.catalog_box)
        catalog_layout.addWidget(self.catalog_table, 1)
        catalog_layout.addWidget(self.description_label)
        catalog_layout.addLayout(catalog_buttons)

        self.embedding_table = _table(5, self, stretched=4)
        self.embedding_table.setMaximumHeight(_rows_height(self.embedding_table, 3))
        self.embedding_download_button = QPushButton()
        self.embedding_download_button.clicked.connect(self._download_embedding)
        self.embedding_note = QLabel()
        self.embedding_note.setWordWrap(True)
        embedding_buttons = QHBoxLayout()
        embedding_buttons.addWidget(self.embedding_download_button)
        embedding_buttons.addWidget(self.embedding_note, 1)
        self.embedding_box = QGroupBox()
        embedding_layout = QVBoxLayout(self.embedding_box)
        embedding_layout.addWidget(self.embedding_table)
        embedding_layout.addLayout(embedding_buttons)

        self.downloads_box = QGroupBox()
        self.downloads_layout = QVBoxLayout(self.downloads_box)
        self._download_rows: dict = {}

        layout = QVBoxLayout(self)
        layout.addWidget(self.hardware_label)
        layout.addWidget(self.local_box)
        layout.addWidget(self.catalog_box, 1)  # the room left goes to the catalog
        layout.addWidget(self.embedding_box)
        layout.addWidget(self.downloads_box)

        controller.snapshot_changed.connect(self.show_snapshot)
        controller.downloads_changed.connect(self.show_downloads)
        self.retranslate_ui()
        self.show_downloads()
        controller.refresh()  # memory and files may have changed since the last listing

    def retranslate_ui(self) -> None:
        local_headers = {
            LOCAL_NAME: self.tr("Model"),
            LOCAL_FIT: self.tr("Fit"),
            LOCAL_MEMORY: self.tr("Memory needed"),
            LOCAL_SIZE: self.tr("Size"),
            LOCAL_PARAMETERS: self.tr("Parameters"),
            LOCAL_QUANTIZATION: self.tr("Quantization"),
            LOCAL_CONTEXT: self.tr("Context"),
            LOCAL_ARCHITECTURE: self.tr("Architecture"),
            LOCAL_CHAT_TEMPLATE: self.tr("Chat template"),
            LOCAL_LICENSE: self.tr("License"),
        }
        self.local_table.setHorizontalHeaderLabels(
            [local_headers[column] for column in range(self.LOCAL_COLUMNS)]
        )
        self.local_box.setTitle(self.tr("On this computer"))
        self.local_table.setAccessibleName(self.local_box.title())
        self.use_button.setText(self.tr("Use this model"))
        self.add_button.setText(self.tr("Add model file…"))
        self.remove_button.setText(self.tr("Remove"))
        catalog_headers = {
            CATALOG_NAME: self.tr("Model"),
            CATALOG_FIT: self.tr("Fit"),
            CATALOG_SIZE: self.tr("Size"),
            CATALOG_MEMORY: self.tr("Memory needed"),
            CATALOG_PARAMETERS: self.tr("Parameters"),
            CATALOG_LICENSE: self.tr("License"),
        }
        self.catalog_table.setHorizontalHeaderLabels(
            [catalog_headers[column] for column in range(self.CATALOG_COLUMNS)]
        )
        self.catalog_box.setTitle(self.tr("Download from Hugging Face"))
        self.catalog_table.setAccessibleName(self.catalog_box.title())
        self.download_button.setText(self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Download the chosen model"))
        self.embedding_table.setHorizontalHeaderLabels(
            [
                self.tr("Model"),
                self.tr("Languages"),
                self.tr("License"),
                self.tr("Installed"),
                self.tr("Description"),
            ]
        )
        self.embedding_box.setTitle(self.tr("Embedding models"))
        self.embedding_table.setAccessibleName(self.embedding_box.title())
        self.embedding_download_button.setText(self.tr("Download"))
        self.embedding_download_button.setAccessibleName(self.tr("Download embedding model"))
        self.embedding_note.setText(
            self.tr(
                "Embedding models read your documents for search. The built-in one knows English "
                "only; a multilingual one finds Danish, Swedish and German passages too. Choose "
                "it in Settings, Documents (the documents are then indexed again)."
            )
        )
        self.downloads_box.setTitle(self.tr("Downloads"))
        if self._controller.snapshot is not None:
            self.show_snapshot(self._controller.snapshot)
        else:
            self.hardware_label.setText(self.tr("Reading the models…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------------

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        machine = snapshot.hardware
        text = self.tr("Free memory: {free} of {total}.").format(
            free=data_size(machine.available_ram), total=data_size(machine.total_ram)
        )
        if machine.gpu_offload and machine.free_vram is not None:
            text += " " + self.tr("GPU: {name}, {free} free.").format(
                name=machine.gpu_name, free=data_size(machine.free_vram)
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
            estimate = snapshot.fits.get(str(model.path))
            memory = ""
            if model.problem:
                fit = self.tr("unusable: {problem}").format(problem=model.problem)
            else:
                fit = fit_text(estimate.fit if estimate else None)
                if estimate is not None:
                    memory = self.tr("{needed} at {context} tokens").format(
                        needed=data_size(estimate.needed), context=number(estimate.context_length)
                    )
            cells = {
                LOCAL_NAME: self._controller.model_label(model),
                LOCAL_FIT: fit,
                LOCAL_MEMORY: memory,
                LOCAL_SIZE: data_size(model.size),
                LOCAL_PARAMETERS: model.parameters or "",
                LOCAL_QUANTIZATION: model.quantization or "",
                LOCAL_CONTEXT: number(model.context_length) if model.context_length else "",
                LOCAL_ARCHITECTURE: model.architecture or "",
                LOCAL_CHAT_TEMPLATE: self.tr("yes") if model.has_chat_template else self.tr("no"),
                LOCAL_LICENSE: model.license or "",
            }
            for column, value in cells.items():
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, "" if model.bundled else str(model.path))
                item.setToolTip(str(model.path))
                table.setItem(row, column, item)
            if ("" if model.bundled else str(model.path)) == selected:
                table.selectRow(row)

    def _fill_catalog(self, snapshot) -> None:
        table = self.catalog_table
        selected = _selected_id(table)
        table.setRowCount(len(snapshot.catalog))
        language = ui_language()
        for row, entry in enumerate(snapshot.catalog):
            memory = entry.min_ram_bytes
            cells = {
                CATALOG_NAME: entry.name,
                CATALOG_FIT: fit_text(snapshot.catalog_fits.get(entry.id)),
                CATALOG_SIZE: catalog_size(entry),
                CATALOG_MEMORY: data_size(memory) if memory else "",
                CATALOG_PARAMETERS: entry.parameters,
                CATALOG_LICENSE: entry.license,
            }
            for column, value in cells.items():
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(
                    f"{entry.description_for(language)}\n{entry.repo_id}/{entry.filename}"
                )
                table.setItem(row, column, item)
            if entry.id == selected:
                table.selectRow(row)
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
        self._show_description()

    @Slot()
    def _show_description(self) -> None:
        snapshot = self._controller.snapshot
        entry_id = _selected_id(self.catalog_table)
        entry = snapshot.catalog.get(entry_id) if snapshot and entry_id else None
        if entry is None:
            self.description_label.setText(self.tr("Choose a model to read about it."))
        else:
            self.description_label.setText(
                self.tr("{name} ({quantization}): {description} License: {license}.").format(
                    name=entry.name,
                    quantization=entry.quantization,
                    description=entry.description_for(ui_language()),
                    license=entry.license,
                )
            )

    def select_catalog_entry(self, entry_id: str) -> None:
        for row in range(self.catalog_table.rowCount()):
            if self.catalog_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == entry_id:
                self.catalog_table.selectRow(row)
                self.catalog_table.scrollToItem(self.catalog_table.item(row, 0))

    def _fill_embeddings(self, snapshot) -> None:
        table = self.embedding_table
        language = ui_language()
        installed = {model.folder.name for model in snapshot.embedding_models}
        table.setRowCount(len(snapshot.embedding_catalog))
        for row, entry in enumerate(snapshot.embedding_catalog):
            languages = (
                self.tr("%n language(s)", "", entry.language_count)
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
                row = DownloadRow(self._controller, state, self.downloads_box)
                self._download_rows[spec] = row
                self.downloads_layout.addWidget(row)
            row.show_state(state)
        self.downloads_box.setVisible(bool(states))

    def download_rows(self) -> list[DownloadRow]:
        return list(self._download_rows.values())

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


class DownloadRow(QWidget):
    """One download: name, progress bar, "1.2 GB of 4.6 GB, 12 MB/s, 4 min left", buttons.

    A failed download hides its bar (a full bar would say it worked) and shows why, in red."""

    def __init__(self, controller: ModelsController, state: DownloadState, parent) -> None:
        super().__init__(parent)
        self._controller = controller
        self._spec = state.spec
        self.name = QLabel(state.name)
        self.bar = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pause_button = QPushButton()
        self.cancel_button = QPushButton()
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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.show_state(self._state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_state(self, state: DownloadState) -> None:
        self._state = state
        failed = state.status == "failed"
        self.bar.setVisible(not failed)
        if failed:
            self.bar.reset()
        elif state.total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * state.downloaded / state.total))
        else:
            self.bar.setRange(0, 0)  # size not known yet: busy indicator
        amounts = self.tr("{done} of {total}").format(
            done=data_size(state.downloaded), total=data_size(state.total) if state.total else "?"
        )
        if state.status == "downloading":
            text = self.tr("{amounts}, {speed}/s, {left} left").format(
                amounts=amounts,
                speed=data_size(int(state.bytes_per_second)),
                left=duration(state.seconds_left),
            )
        elif state.status == "paused":
            text = self.tr("Paused at {amounts}").format(amounts=amounts)
        elif state.status == "verifying":
            text = self.tr("Checking the SHA-256…")
        elif failed:
            text = self.tr("Failed: {reason}").format(reason=state.error)
        else:
            text = self.tr("Waiting…")
        self.status.setText(text)
        self.status.setObjectName("downloadFailed" if failed else "")
        self.status.setStyleSheet("QLabel { color: #c62828; }" if failed else "")
        resumable = state.status in ("paused", "failed")
        self.pause_button.setText(self.tr("Resume") if resumable else self.tr("Pause"))
        self.pause_button.setEnabled(state.status != "verifying")

    @Slot()
    def _pause_or_resume(self) -> None:
        if self._state.status in ("paused", "failed"):
            self._controller.start_download(self._spec, self._state.name)
        else:
            self._controller.pause(self._spec)


def duration(seconds: float | None) -> str:
    locale = QLocale()
    if seconds is None:
        return translate("ModelsPage", "unknown time")
    if seconds < 90:
        return translate("ModelsPage", "{n} s").format(n=locale.toString(int(seconds)))
    if seconds < 5400:
        return translate("ModelsPage", "{n} min").format(n=locale.toString(round(seconds / 60)))
    return translate("ModelsPage", "{n} h").format(n=locale.toString(float(seconds / 3600), "f", 1))
