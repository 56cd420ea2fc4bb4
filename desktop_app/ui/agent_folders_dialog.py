"""Which folders the agent may use: it reads the folders of the chat's collections (shown, not
editable here) and the folders added here; it writes only in the output folder, after the user
approves each write. Without an output folder the agent has no write tools at all."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class AgentFoldersDialog(QDialog):
    def __init__(
        self,
        collection_folders: list[str],
        added_folders: list[str],
        output_folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.output_folder = output_folder
        self.resize(560, 420)
        self.collections_label = QLabel(self)
        self.collections_label.setWordWrap(True)
        self.collections_list = QListWidget(self)
        self.collections_list.addItems(collection_folders)
        self.collections_list.setMaximumHeight(90)
        self.added_label = QLabel(self)
        self.added_label.setWordWrap(True)
        self.added_list = QListWidget(self)
        self.added_list.addItems(added_folders)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.output_label = QLabel(self)
        self.output_label.setWordWrap(True)
        self.output_shown = QLabel(self)
        self.output_shown.setObjectName("notice")
        self.output_shown.setWordWrap(True)
        self.output_button = QPushButton(self)
        self.no_output_button = QPushButton(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        added_buttons = QHBoxLayout()
        added_buttons.addWidget(self.add_button)
        added_buttons.addWidget(self.remove_button)
        added_buttons.addStretch(1)
        output_buttons = QHBoxLayout()
        output_buttons.addWidget(self.output_button)
        output_buttons.addWidget(self.no_output_button)
        output_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.collections_label)
        layout.addWidget(self.collections_list)
        layout.addWidget(self.added_label)
        layout.addWidget(self.added_list, 1)
        layout.addLayout(added_buttons)
        layout.addWidget(self.output_label)
        layout.addWidget(self.output_shown)
        layout.addLayout(output_buttons)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.output_button.clicked.connect(self._choose_output)
        self.no_output_button.clicked.connect(lambda: self._set_output(""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def added_folders(self) -> list[str]:
        return [self.added_list.item(row).text() for row in range(self.added_list.count())]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Folders the agent may use"))
        self.collections_label.setText(
            self.tr("It may read the folders of this chat's collections:")
        )
        self.added_label.setText(self.tr("and these folders too:"))
        self.add_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.output_label.setText(
            self.tr("It may write only in the output folder, and only after you approve each file:")
        )
        self.output_button.setText(self.tr("Choose output folder…"))
        self.no_output_button.setText(self.tr("No writing"))
        self._set_output(self.output_folder)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _add(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A folder the agent may read"))
        if folder and folder not in self.added_folders():
            self.added_list.addItem(folder)

    def _remove(self) -> None:
        for item in self.added_list.selectedItems():
            self.added_list.takeItem(self.added_list.row(item))

    def _choose_output(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("The folder the agent may write in"), self.output_folder
        )
        if folder:
            self._set_output(folder)

    def _set_output(self, folder: str) -> None:
        self.output_folder = folder
        self.output_shown.setText(folder or self.tr("none: the agent cannot write files"))
        self.no_output_button.setEnabled(bool(folder))
