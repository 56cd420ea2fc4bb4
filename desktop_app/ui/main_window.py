"""The main window: conversation, question input, and a status bar with model and indexing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.chat_view import ChatView
from desktop_app.ui.composer import Composer


class MainWindow(QMainWindow):
    files_dropped = Signal(list)  # local paths of files and folders
    shown = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Lokal")
        self.setAcceptDrops(True)
        self.resize(900, 700)

        self.chat_view = ChatView(self)
        self.composer = Composer(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chat_view, 1)
        layout.addWidget(self.composer)
        self.setCentralWidget(central)

        self.model_status = QLabel(self.tr("Loading model…"), self)
        self.model_status.setAccessibleName(self.tr("Model status"))
        self.index_status = QLabel(self)
        self.index_status.setAccessibleName(self.tr("Indexing status"))
        self.index_progress = QProgressBar(self)
        self.index_progress.setAccessibleName(self.tr("Indexing progress"))
        self.index_progress.setRange(0, 1000)
        self.index_progress.setMaximumWidth(220)
        self.index_progress.hide()
        self.cancel_index_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_index_button.setAccessibleName(self.tr("Cancel indexing"))
        self.cancel_index_button.hide()
        bar = self.statusBar()
        bar.addWidget(self.model_status, 1)
        bar.addPermanentWidget(self.index_status)
        bar.addPermanentWidget(self.index_progress)
        bar.addPermanentWidget(self.cancel_index_button)
        self._shown_once = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.shown.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)


def _local_paths(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
