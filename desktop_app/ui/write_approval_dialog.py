"""Before the agent writes a file: the exact path and the exact content (a diff when the file
exists), and the user's Approve or Refuse. Nothing is written without Approve.

The text is shown as plain text in a fixed-width font, never rendered: what the user reads is
byte for byte what will be written (Markdown or HTML from a document cannot hide a line). The
diff's added and removed lines are told apart by their +/- marks, not by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.agent.approval import APPEND


class WriteApprovalDialog(QDialog):
    """Modal to the window; `approved` after it closes says what the user chose (Esc: refuse)."""

    def __init__(self, proposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.approved = False
        self.setModal(True)
        self.resize(620, 440)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.path_label = QLabel(self)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.path_label.font()
        font.setBold(True)
        self.path_label.setFont(font)
        self.what_label = QLabel(self)
        self.what_label.setObjectName("notice")
        self.what_label.setWordWrap(True)
        self.content = QPlainTextEdit(self)
        self.content.setReadOnly(True)
        self.content.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.content.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.content.setPlainText(self.shown_text())
        self.buttons = QDialogButtonBox(self)
        self.approve_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.refuse_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        # Refuse is the default: Enter pressed by habit never approves a write.
        self.refuse_button.setDefault(True)
        self.refuse_button.setAutoDefault(True)
        self.approve_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.path_label)
        layout.addWidget(self.what_label)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.buttons)
        self.approve_button.clicked.connect(self._approve)
        self.refuse_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.refuse_button.setFocus()

    def shown_text(self) -> str:
        """The diff when the file exists, else the whole new content, exactly."""
        return self.proposal.diff if self.proposal.existing is not None else self.proposal.content

    def retranslate_ui(self) -> None:
        proposal = self.proposal
        self.setWindowTitle(self.tr("Write a file?"))
        if proposal.mode == APPEND:
            self.question.setText(self.tr("The agent wants to add text at the end of this file:"))
        elif proposal.existing is not None:
            self.question.setText(self.tr("The agent wants to replace the text of this file:"))
        else:
            self.question.setText(self.tr("The agent wants to create this file:"))
        self.path_label.setText(proposal.path)
        if proposal.existing is not None:
            self.what_label.setText(
                self.tr("The changes: lines marked - are removed, lines marked + are added.")
            )
        else:
            self.what_label.setText(self.tr("Its whole content, exactly as it will be written:"))
        self.content.setAccessibleName(self.tr("What will be written"))
        self.approve_button.setText(self.tr("&Approve and write"))
        self.refuse_button.setText(self.tr("&Refuse"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _approve(self) -> None:
        self.approved = True
        self.accept()
