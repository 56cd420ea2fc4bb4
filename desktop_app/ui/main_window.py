"""The main window: conversations | chat | documents, a menu bar, and a status bar.

Keyboard: Ctrl+N new chat, Ctrl+F search chats, Esc stops an answer (or an edit), Ctrl+, opens
the settings. Files or folders dropped anywhere on the window are indexed; a dropped .gguf
model file is added to the models instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.chat_view import ChatView
from desktop_app.ui.collection_names import shown_collection_name
from desktop_app.ui.composer import Composer
from desktop_app.ui.conversation_sidebar import ConversationSidebar
from desktop_app.ui.documents_panel import DocumentsPanel


class MainWindow(QMainWindow):
    files_dropped = Signal(list)  # local paths of files and folders
    models_dropped = Signal(list)  # local paths of .gguf model files: added as models
    shown = Signal()
    settings_requested = Signal()
    export_requested = Signal(str)  # "markdown" or "json"
    escape_pressed = Signal()
    collections_chosen = Signal(list)  # the names ticked in "Search in"

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Lokal")
        self.setAcceptDrops(True)
        self.resize(1200, 760)

        self.sidebar = ConversationSidebar(self)
        self.documents = DocumentsPanel(self)
        self.chat_view = ChatView(self)
        self.composer = Composer(self)

        self.title_label = QLabel(self.tr("New chat"), self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(self.tr("Chat title"))
        self.collections_button = QToolButton(self)
        self.collections_button.setText(self.tr("Search in: all documents"))
        self.collections_button.setAccessibleName(self.tr("Choose the collections this chat uses"))
        self.collections_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.collections_menu = QMenu(self.collections_button)
        self.collections_button.setMenu(self.collections_menu)
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 0)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.collections_button)

        self.editing_banner = QLabel(
            self.tr(
                "Editing an earlier question: sending replaces it and everything after it. "
                "Esc cancels."
            ),
            self,
        )
        self.editing_banner.setWordWrap(True)
        self.editing_banner.setStyleSheet(
            "QLabel { background: #fff3a0; color: #000; padding: 4px; }"
        )
        self.editing_banner.hide()

        center = QWidget(self)
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.chat_view, 1)
        column.addWidget(self.editing_banner)
        column.addWidget(self.composer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.documents)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 650, 320])
        self.setCentralWidget(self.splitter)
        # Tab order: conversations, question, documents (the chat itself is read with the mouse).
        QWidget.setTabOrder(self.sidebar.search_box, self.sidebar.list)
        QWidget.setTabOrder(self.sidebar.list, self.composer.editor)
        QWidget.setTabOrder(self.composer.editor, self.composer.send_button)
        QWidget.setTabOrder(self.composer.send_button, self.documents.tree)

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
        self._build_menus()
        self._shown_once = False

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_chat_action = QAction(self.tr("&New chat"), self)
        self.new_chat_action.setShortcut(QKeySequence("Ctrl+N"))
        self.add_files_action = QAction(self.tr("&Add files…"), self)
        self.add_files_action.triggered.connect(self.documents.add_files_button.click)
        self.export_markdown_action = QAction(self.tr("Export chat as &Markdown…"), self)
        self.export_markdown_action.triggered.connect(
            lambda: self.export_requested.emit("markdown")
        )
        self.export_json_action = QAction(self.tr("Export chat as &JSON…"), self)
        self.export_json_action.triggered.connect(lambda: self.export_requested.emit("json"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_chat_action, self.add_files_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_markdown_action)
        file_menu.addAction(self.export_json_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Search chats"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.sidebar.focus_search)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settings_requested)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.settings_action)
        for action in (self.new_chat_action, self.find_action, self.settings_action):
            self.addAction(action)  # shortcuts work wherever the focus is
        self.stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.stop_shortcut.activated.connect(self.escape_pressed)

    # -- shown state ----------------------------------------------------------------------

    def set_conversation_title(self, title: str) -> None:
        self.title_label.setText(title)

    def show_editing_banner(self, shown: bool) -> None:
        self.editing_banner.setVisible(shown)

    def show_collections(self, names: list[str], chosen: list[str]) -> None:
        """The "Search in" menu: one tick per collection; none ticked means all documents."""
        self.collections_menu.clear()
        for name in names:
            action = self.collections_menu.addAction(shown_collection_name(name, names))
            action.setData(name)  # the stored name; the default one is shown translated
            action.setCheckable(True)
            action.setChecked(name in chosen)
            action.toggled.connect(self._collections_toggled)
        self._label_collections([name for name in chosen if name in names])

    def _collections_toggled(self) -> None:
        # The menu is not rebuilt here: its actions are still delivering this signal.
        chosen = [action.data() for action in self.collections_menu.actions() if action.isChecked()]
        self._label_collections(chosen)
        self.collections_chosen.emit(chosen)

    def _label_collections(self, chosen: list[str]) -> None:
        names = [action.data() for action in self.collections_menu.actions()]
        for action in self.collections_menu.actions():  # again, in a new language
            action.setText(shown_collection_name(action.data(), names))
        if chosen:
            shown = ", ".join(shown_collection_name(name, names) for name in chosen)
            text = self.tr("Search in: {names}").format(names=shown)
        else:
            text = self.tr("Search in: all documents")
        self.collections_button.setText(text)

    # -- events ---------------------------------------------------------------------------

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
        # A GGUF is a model to add, not a document to index.
        models = [path for path in paths if path.lower().endswith(".gguf")]
        documents = [path for path in paths if path not in models]
        if models:
            self.models_dropped.emit(models)
        if documents:
            self.files_dropped.emit(documents)


def _local_paths(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
