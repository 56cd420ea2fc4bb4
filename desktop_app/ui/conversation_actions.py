"""What the user does to saved chats: list and search them in the sidebar, rename, delete, export.

The chat itself (asking, opening a conversation, a new chat) is the ChatController's; this
controller keeps the sidebar in step with the history store and writes exports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog

from desktop_app.core.atomic import write_atomically
from desktop_app.core.errors import LokalError
from desktop_app.core.history import HistoryStore
from desktop_app.ui.chat_controller import ChatController
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import error_detail, error_text

_FILE_NAME_CHARS = 60
_STATUS_MS = 6000


class ConversationActions(QObject):
    def __init__(self, window: MainWindow, history: HistoryStore, chat: ChatController) -> None:
        super().__init__(window)
        self._window = window
        self._history = history
        self._chat = chat

    @Slot()
    def refresh(self) -> None:
        """Show the sidebar again: the search results while a search is typed, else every chat."""
        self.search(self._window.sidebar.search_box.text())

    @Slot(str)
    def search(self, query: str) -> None:
        sidebar = self._window.sidebar
        if query.strip():
            sidebar.show_search_results(self._history.search(query))
        else:
            sidebar.show_conversations(
                self._history.list_conversations(), self._chat.conversation_id
            )

    @Slot(int, str)
    def rename(self, conversation_id: int, title: str) -> None:
        try:
            self._history.rename(conversation_id, title)
        except LokalError as error:  # history_disk_full: the old title stays
            self._window.notices.add(error_text(error), is_error=True, detail=error_detail(error))
            self.refresh()
            return
        if conversation_id == self._chat.conversation_id:
            self._window.set_conversation_title(title)
        self.refresh()

    @Slot(int)
    def delete(self, conversation_id: int) -> None:
        if conversation_id == self._chat.conversation_id:
            self._chat.new_conversation()  # the chat on screen goes with it
        try:
            self._history.delete(conversation_id)
        except LokalError as error:  # history_disk_full: nothing was deleted
            self._window.notices.add(error_text(error), is_error=True, detail=error_detail(error))
        self.refresh()

    @Slot(str)
    def export(self, kind: str) -> None:
        """Ask where to save the open chat ("markdown" or "json"), then write it there."""
        conversation_id = self._chat.conversation_id
        if conversation_id is None:
            self._window.notices.add(self.tr("There is no chat to export yet."))
            return
        conversation = self._history.conversation(conversation_id)
        suffix, name = (
            (".md", self.tr("Markdown (*.md)"))
            if kind == "markdown"
            else (".json", self.tr("JSON (*.json)"))
        )
        default = str(Path.home() / (safe_file_name(conversation.title) + suffix))
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export chat"), default, name)
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> None:
        conversation_id = self._chat.conversation_id
        text = (
            self._history.export_markdown(conversation_id)
            if kind == "markdown"
            else self._history.export_json(conversation_id)
        )
        write_atomically(path, text.encode("utf-8"))
        self._window.statusBar().showMessage(
            self.tr("Exported to {path}").format(path=path), _STATUS_MS
        )


def safe_file_name(title: str) -> str:
    """A chat's title as a file name on any system: letters, digits, spaces, '-' and '_'."""
    kept = "".join(char if char.isalnum() or char in " -_" else " " for char in title)
    return " ".join(kept.split())[:_FILE_NAME_CHARS] or "chat"
