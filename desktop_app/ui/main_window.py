"""The main window: conversations | chat | documents, a menu bar, and a status bar.

Keyboard: Ctrl+N new chat, Ctrl+F search chats, Esc stops an answer (or an edit), Ctrl+, opens
the settings, Ctrl+Shift+L and Ctrl+Shift+D show or hide the chats and documents panels. Files
or folders dropped anywhere on the window are indexed; a dropped .gguf model file is added to
the models instead.

The side panels give way to the chat in a narrow window: below COLLAPSE_DOCUMENTS_BELOW pixels
the documents panel folds away, below COLLAPSE_CHATS_BELOW the chats panel too (at 640 px both
kept their width and left the chat 200 px). The header's two buttons bring them back.

Tab walks the window in reading order: the chats panel (New chat included), the chat header,
every card's chips and buttons top to bottom, the question, Send and Stop, the documents panel.
The order is rebuilt whenever cards or chips come or go (widgets added later would otherwise go
to the end of Qt's focus chain, after everything else).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
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
from desktop_app.ui.notices import NoticeArea
from desktop_app.ui.privacy_line import PrivacyLine

COLLAPSE_DOCUMENTS_BELOW = 1100  # window width in pixels
COLLAPSE_CHATS_BELOW = 820
MINIMUM_WIDTH, MINIMUM_HEIGHT = 560, 380


class MainWindow(QMainWindow):
    files_dropped = Signal(list)  # local paths of files and folders
    models_dropped = Signal(list)  # local paths of .gguf model files: added as models
    shown = Signal()
    settings_requested = Signal()
    export_requested = Signal(str)  # "markdown" or "json"
    escape_pressed = Signal()
    collections_chosen = Signal(list)  # the names ticked in "Search in"
    workflow_requested = Signal(str)  # a ready workflow's kind (core/workflows/events.py)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Lokal")
        self.setAcceptDrops(True)
        self.resize(1200, 760)

        self.sidebar = ConversationSidebar(self)
        self.documents = DocumentsPanel(self)
        self.chat_view = ChatView(self)
        self.composer = Composer(self)

        self._title: str | None = None  # None: a new chat, titled in the current language
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setMinimumWidth(40)  # a long title gives way, not the pane
        self.chats_button = QToolButton(self)
        self.documents_button = QToolButton(self)
        self._chosen_collections: list[str] = []
        self.collections_button = QToolButton(self)
        self.collections_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.collections_menu = QMenu(self.collections_button)
        self.collections_button.setMenu(self.collections_menu)
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 0)
        header.addWidget(self.chats_button)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.collections_button)
        header.addWidget(self.documents_button)
        # Where the chat's text goes when it leaves this computer (hidden when it does not).
        self.privacy_line = PrivacyLine(self)

        self.editing_banner = QLabel(self)
        self.editing_banner.setWordWrap(True)
        self.editing_banner.setStyleSheet(
            "QLabel { background: #fff3a0; color: #000; padding: 4px; }"
        )
        self.editing_banner.hide()

        center = QWidget(self)
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.privacy_line)
        column.addWidget(self.chat_view, 1)
        column.addWidget(self.editing_banner)
        column.addWidget(self.composer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.documents)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([230, 650, 320])
        self.setCentralWidget(self.splitter)
        # The panels' own minimum widths must not hold the window wide: it takes any width
        # down to this one, and _fold_panels makes the chat fit (the panels fold away).
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)

        self._model_status_default = ""  # the starting text, until the app says more
        self.model_status = QLabel(self)
        self.index_status = QLabel(self)
        self.index_progress = QProgressBar(self)
        self.index_progress.setRange(0, 1000)
        self.index_progress.setMaximumWidth(220)
        self.index_progress.hide()
        self.cancel_index_button = QPushButton(self)
        self.cancel_index_button.hide()
        bar = self.statusBar()
        bar.addWidget(self.model_status, 1)
        bar.addPermanentWidget(self.index_status)
        bar.addPermanentWidget(self.index_progress)
        bar.addPermanentWidget(self.cancel_index_button)
        # Lokal's own notices (indexing, bad files, models): here, never inside a chat.
        self.notices = NoticeArea(bar)
        bar.addPermanentWidget(self.notices)
        self._build_menus()
        self._shown_once = False
        self._panels_fit: tuple[bool, bool] | None = None  # (chats, documents) at this width
        self.chats_button.setDefaultAction(self.show_chats_action)
        self.documents_button.setDefaultAction(self.show_documents_action)
        self.chat_view.controls_changed.connect(self.update_tab_order)
        self.update_tab_order()
        self.retranslate_ui()

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_chat_action = QAction(self)
        self.new_chat_action.setShortcut(QKeySequence("Ctrl+N"))
        self.add_files_action = QAction(self)
        self.add_files_action.triggered.connect(self.documents.add_files_button.click)
        self.export_markdown_action = QAction(self)
        self.export_markdown_action.triggered.connect(
            lambda: self.export_requested.emit("markdown")
        )
        self.export_json_action = QAction(self)
        self.export_json_action.triggered.connect(lambda: self.export_requested.emit("json"))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_chat_action, self.add_files_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_markdown_action)
        self.file_menu.addAction(self.export_json_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu("")
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.sidebar.focus_search)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settings_requested)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.settings_action)

        # Workflows: each action asks for its dialog (the app's WorkflowController opens it).
        self.workflows_menu = self.menuBar().addMenu("")
        self.workflow_actions: dict[str, QAction] = {}
        for kind in ("extract", "report", "ask_across", "compare"):
            action = QAction(self)
            action.triggered.connect(lambda _=False, k=kind: self.workflow_requested.emit(k))
            self.workflows_menu.addAction(action)
            self.workflow_actions[kind] = action

        self.view_menu = self.menuBar().addMenu("")
        self.show_chats_action = QAction(self)
        self.show_chats_action.setCheckable(True)
        self.show_chats_action.setChecked(True)
        self.show_chats_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.show_chats_action.toggled.connect(self.sidebar.setVisible)
        self.show_documents_action = QAction(self)
        self.show_documents_action.setCheckable(True)
        self.show_documents_action.setChecked(True)
        self.show_documents_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.show_documents_action.toggled.connect(self.documents.setVisible)
        self.view_menu.addAction(self.show_chats_action)
        self.view_menu.addAction(self.show_documents_action)

        # Help: the app wires both actions to their dialogs (help_dialogs.py).
        self.help_menu = self.menuBar().addMenu("")
        self.getting_started_action = QAction(self)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.getting_started_action)
        self.help_menu.addAction(self.about_action)
        shortcuts = (
            self.new_chat_action,
            self.find_action,
            self.settings_action,
            self.show_chats_action,
            self.show_documents_action,
        )
        for action in shortcuts:
            self.addAction(action)  # shortcuts work wherever the focus is
        self.stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.stop_shortcut.activated.connect(self.escape_pressed)

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_chat_action.setText(self.tr("&New chat"))
        self.add_files_action.setText(self.tr("&Add files…"))
        self.export_markdown_action.setText(self.tr("Export chat as &Markdown…"))
        self.export_json_action.setText(self.tr("Export chat as &JSON…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Search chats"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.workflows_menu.setTitle(self.tr("&Workflows"))
        self.workflow_actions["extract"].setText(self.tr("&Extract fields…"))
        self.workflow_actions["report"].setText(self.tr("&Summarise into a report…"))
        self.workflow_actions["ask_across"].setText(self.tr("&Ask across documents…"))
        self.workflow_actions["compare"].setText(self.tr("&Compare two documents…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.show_chats_action.setText(self.tr("Chats"))
        self.show_chats_action.setToolTip(self.tr("Show or hide the chats (Ctrl+Shift+L)"))
        self.show_documents_action.setText(self.tr("Documents"))
        self.show_documents_action.setToolTip(self.tr("Show or hide the documents (Ctrl+Shift+D)"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.getting_started_action.setText(self.tr("&Getting started"))
        self.about_action.setText(self.tr("&About Lokal"))
        self.chats_button.setAccessibleName(self.tr("Show or hide the chats"))
        self.documents_button.setAccessibleName(self.tr("Show or hide the documents"))
        self.title_label.setText(self._title if self._title is not None else self.tr("New chat"))
        self.title_label.setAccessibleName(self.tr("Chat title"))
        self.collections_button.setAccessibleName(self.tr("Choose the collections this chat uses"))
        self._label_collections(self._chosen_collections)
        self.editing_banner.setText(
            self.tr(
                "Editing an earlier question: sending replaces it and everything after it. "
                "Esc cancels."
            )
        )
        if self.model_status.text() == self._model_status_default:
            self._model_status_default = self.tr("Loading model…")
            self.model_status.setText(self._model_status_default)
        self.model_status.setAccessibleName(self.tr("Model status"))
        self.index_status.setAccessibleName(self.tr("Indexing status"))
        self.index_progress.setAccessibleName(self.tr("Indexing progress"))
        self.cancel_index_button.setText(self.tr("Cancel"))
        self.cancel_index_button.setAccessibleName(self.tr("Cancel indexing"))

    # -- shown state ----------------------------------------------------------------------

    def set_conversation_title(self, title: str | None) -> None:
        """The chat's title; None for a new chat (then "New chat", in the current language)."""
        self._title = title
        self.title_label.setText(title if title is not None else self.tr("New chat"))

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
        self._chosen_collections = list(chosen)
        names = [action.data() for action in self.collections_menu.actions()]
        for action in self.collections_menu.actions():  # again, in a new language
            action.setText(shown_collection_name(action.data(), names))
        if chosen:
            shown = ", ".join(shown_collection_name(name, names) for name in chosen)
            text = self.tr("Search in: {names}").format(names=shown)
        else:
            text = self.tr("Search in: all documents")
        self.collections_button.setText(text)

    def update_tab_order(self) -> None:
        """Chain the focus in reading order (see the module docstring)."""
        sidebar, composer = self.sidebar, self.composer
        chain = [
            sidebar.new_button,
            sidebar.search_box,
            sidebar.list,
            sidebar.rename_button,
            sidebar.delete_button,
            self.chats_button,
            self.collections_button,
            self.documents_button,
            self.chat_view,  # the conversation itself: arrows and Page Up/Down scroll it
            *self.chat_view.focus_controls(),
            composer.editor,
            composer.send_button,
            composer.stop_button,
            composer.agent_button,
            *_focus_chain_within(self.documents),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- events ---------------------------------------------------------------------------

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fold_panels(event.size().width())

    def _fold_panels(self, width: int) -> None:
        """Fold the side panels away when the window is too narrow for them and the chat, and
        unfold them when it is wide again; in between, the user's choice stands."""
        fits = (width >= COLLAPSE_CHATS_BELOW, width >= COLLAPSE_DOCUMENTS_BELOW)
        if fits == self._panels_fit:
            return
        self._panels_fit = fits
        self.show_chats_action.setChecked(fits[0])
        self.show_documents_action.setChecked(fits[1])

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


def _focus_chain_within(panel: QWidget) -> list[QWidget]:
    """The panel's focusable widgets in their current focus-chain order (the panel's own)."""
    found: list[QWidget] = []
    widget = panel.nextInFocusChain()
    while widget is not panel and widget not in found:
        if panel.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _local_paths(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
