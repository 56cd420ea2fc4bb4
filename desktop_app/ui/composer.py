"""The question input: Enter sends, Shift+Enter starts a new line; Send and Stop buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class PromptEdit(QPlainTextEdit):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Dropped files belong to the window (to index them), not to the text.
        self.setAcceptDrops(False)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if is_enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        if is_enter:  # Shift+Enter: a plain new line
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    submitted = Signal(str)
    stop_requested = Signal()
    agent_submitted = Signal(str)  # a task for the agent: sent while Agent is on
    agent_folders_requested = Signal()  # the Agent button's menu: which folders it may use

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = PromptEdit(self)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 4)
        self.send_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.stop_button.setEnabled(False)
        # Agent mode: what is sent goes to the agent (tools over the user's files), not the chat.
        self.agent_button = QToolButton(self)
        self.agent_button.setCheckable(True)
        self.agent_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.agent_menu = QMenu(self.agent_button)
        self.agent_folders_action = QAction(self)
        self.agent_folders_action.triggered.connect(self.agent_folders_requested)
        self.agent_menu.addAction(self.agent_folders_action)
        self.agent_button.setMenu(self.agent_menu)
        self.agent_button.toggled.connect(self.retranslate_ui)

        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.agent_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)

        self.editor.submitted.connect(self._submit)
        self.send_button.clicked.connect(self._submit)
        self.stop_button.clicked.connect(self.stop_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # Short enough for a 640 px window; how Enter works is in the tooltip.
        if self.agent_button.isChecked():
            self.editor.setPlaceholderText(self.tr("Give the agent a task…"))
        else:
            self.editor.setPlaceholderText(self.tr("Ask about your documents…"))
        self.editor.setToolTip(self.tr("Enter sends, Shift+Enter starts a new line"))
        self.editor.setAccessibleName(self.tr("Question"))
        self.editor.setAccessibleDescription(self.tr("Enter sends, Shift+Enter starts a new line"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send question"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop generating"))
        self.agent_button.setText(self.tr("Agent"))
        self.agent_button.setToolTip(
            self.tr("Agent mode: the model may search, read and (after your approval) write files")
        )
        self.agent_button.setAccessibleName(self.tr("Agent mode"))
        self.agent_folders_action.setText(self.tr("Folders the agent may use…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_busy(self, busy: bool) -> None:
        """While an answer is being made: Stop on, Send off (typing the next question is fine)."""
        self.send_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)

    def _submit(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text or not self.send_button.isEnabled():
            return
        self.editor.clear()
        if self.agent_button.isChecked():
            self.agent_submitted.emit(text)
        else:
            self.submitted.emit(text)
