"""The conversations sidebar: new, rename, delete, and full-text search across every chat."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.history import Conversation, SearchHit

ID_ROLE = Qt.ItemDataRole.UserRole
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class ConversationSidebar(QWidget):
    new_requested = Signal()
    open_requested = Signal(int, int)  # conversation id, message id to show (0: none)
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(self)
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rename_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search_box)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._searching = False

        self.new_button.clicked.connect(self.new_requested)
        self.search_box.textChanged.connect(self.search_changed)
        self.list.itemActivated.connect(self._open_item)
        self.list.itemClicked.connect(self._open_item)
        self.rename_button.clicked.connect(self._rename_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Conversations"))
        self.new_button.setText(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.search_box.setPlaceholderText(self.tr("Search all chats…"))
        self.search_box.setAccessibleName(self.tr("Search all chats"))
        self.list.setAccessibleName(self.tr("Conversation list"))
        self.rename_button.setText(self.tr("Rename…"))
        self.rename_button.setAccessibleName(self.tr("Rename the selected chat"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected chat"))
        if self._searching and self.list.count() == 1 and self.list.item(0).data(ID_ROLE) is None:
            self.list.item(0).setText(self.tr("No chat mentions that."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_conversations(self, conversations: list[Conversation], current: int | None) -> None:
        self._searching = False
        self.list.clear()
        for conversation in conversations:
            item = QListWidgetItem(conversation.title)
            item.setData(ID_ROLE, conversation.id)
            item.setToolTip(conversation.title)
            self.list.addItem(item)
            if conversation.id == current:
                self.list.setCurrentItem(item)

    def show_search_results(self, hits: list[SearchHit]) -> None:
        self._searching = True
        self.list.clear()
        if not hits:
            item = QListWidgetItem(self.tr("No chat mentions that."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        seen: set[int] = set()
        for hit in hits:  # best first: one row per chat, its best match
            if hit.conversation_id in seen:
                continue
            seen.add(hit.conversation_id)
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}")
            item.setData(ID_ROLE, hit.conversation_id)
            item.setData(MESSAGE_ROLE, hit.message_id)
            item.setToolTip(hit.snippet)
            self.list.addItem(item)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _open_item(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(ID_ROLE)
        if conversation_id is not None:
            self.open_requested.emit(conversation_id, item.data(MESSAGE_ROLE) or 0)

    def _rename_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return
        current = item.text().split("\n")[0]
        title, ok = QInputDialog.getText(
            self, self.tr("Rename chat"), self.tr("Title:"), text=current
        )
        if ok and title.strip():
            self.rename_requested.emit(item.data(ID_ROLE), title.strip())

    def _delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete chat"),
            self.tr("Delete the chat \u201c{title}\u201d? This cannot be undone.").format(
                title=item.text().split("\n")[0]
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(item.data(ID_ROLE))
