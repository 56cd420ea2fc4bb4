"""The conversation: questions, streamed answers with their sources, and notices."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.core.store import Hit

_PASSAGE_CHARS = 280


class _Bubble(QFrame):
    def __init__(self, role_name: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Bubble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.role_label = QLabel(role_name, self)
        self.role_label.setObjectName("roleLabel")
        font = self.role_label.font()
        font.setBold(True)
        self.role_label.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.role_label)
        self.layout_.addWidget(self.body)


class QuestionWidget(_Bubble):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("You"), "question", parent)
        self.body.setText(text)
        self.body.setAccessibleName(self.tr("Your question"))


class SourceWidget(QLabel):
    """One numbered source: file name and page, then the passage."""

    def __init__(self, number: int, hit: Hit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.hit = hit
        name = os.path.basename(hit.path)
        if hit.page is not None:
            title = self.tr("[{number}] {name}, page {page}").format(
                number=number, name=name, page=hit.page
            )
        else:
            title = self.tr("[{number}] {name}").format(number=number, name=name)
        passage = " ".join(hit.text.split())
        if len(passage) > _PASSAGE_CHARS:
            passage = passage[: _PASSAGE_CHARS - 1] + "…"
        self.title = title
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f"<b>{_escape(title)}</b><br><span>{_escape(passage)}</span>")
        self.setWordWrap(True)
        self.setToolTip(hit.path)
        self.setAccessibleName(title)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class AnswerWidget(_Bubble):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lokal"), "answer", parent)
        self.body.setAccessibleName(self.tr("Answer"))
        self._text = ""
        self.body.setText(self.tr("Searching your documents…"))
        self.sources_title = QLabel(self.tr("Sources"), self)
        self.sources_title.setObjectName("sourcesTitle")
        self.sources_title.hide()
        self.sources_box = QVBoxLayout()
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("statsLabel")
        self.stats_label.hide()
        self.layout_.addWidget(self.sources_title)
        self.layout_.addLayout(self.sources_box)
        self.layout_.addWidget(self.stats_label)
        self.source_widgets: list[SourceWidget] = []

    def text(self) -> str:
        return self._text

    def show_thinking(self) -> None:
        if not self._text:
            self.body.setText(self.tr("Thinking…"))

    def append_text(self, piece: str) -> None:
        self._text += piece
        self.body.setText(self._text.lstrip())

    def set_sources(self, hits: list[Hit]) -> None:
        if [widget.hit for widget in self.source_widgets] == list(hits):
            return
        for widget in self.source_widgets:
            widget.deleteLater()
        self.source_widgets = [SourceWidget(n, hit, self) for n, hit in enumerate(hits, start=1)]
        for widget in self.source_widgets:
            self.sources_box.addWidget(widget)
        self.sources_title.setVisible(bool(hits))

    def finish(self, tokens: int, speed: float, first_token_seconds: float, stopped: bool) -> None:
        if not self._text.strip():
            self.body.setText(self.tr("(no answer)"))
        text = self.tr(
            "{tokens} tokens, {speed:.1f} tokens/s, first token after {wait:.1f} s"
        ).format(tokens=tokens, speed=speed, wait=first_token_seconds)
        if stopped:
            text += " · " + self.tr("stopped")
        self.stats_label.setText(text)
        self.stats_label.show()

    def fail(self, message: str) -> None:
        self.body.setText(message)
        self.setProperty("failed", True)


class NoticeWidget(QLabel):
    """A line from Lokal itself: an indexing result or a problem, not part of the chat."""

    def __init__(self, text: str, is_error: bool, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.is_error = is_error
        self.setObjectName("errorNotice" if is_error else "notice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        color = "#b00020" if is_error else "palette(mid)"
        self.setStyleSheet(f"QLabel {{ color: {color}; padding: 2px 8px; }}")


class ChatView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Conversation"))
        container = QWidget(self)
        self._layout = QVBoxLayout(container)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_hint = QLabel(
            self.tr(
                "Drop PDF, text or Markdown files (or whole folders) anywhere on this window to "
                "index them, then ask a question about them below."
            ),
            container,
        )
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("QLabel { color: palette(mid); padding: 40px; }")
        self._layout.addWidget(self.empty_hint)
        self.setWidget(container)
        self.verticalScrollBar().rangeChanged.connect(self._follow_bottom)
        self._at_bottom = True
        self.verticalScrollBar().valueChanged.connect(self._remember_position)

    def add_question(self, text: str) -> QuestionWidget:
        return self._add(QuestionWidget(text))

    def add_answer(self) -> AnswerWidget:
        return self._add(AnswerWidget())

    def add_notice(self, text: str, is_error: bool = False) -> NoticeWidget:
        return self._add(NoticeWidget(text, is_error))

    def items(self) -> list[QWidget]:
        return [
            self._layout.itemAt(i).widget()
            for i in range(self._layout.count())
            if self._layout.itemAt(i).widget() is not self.empty_hint
        ]

    def _add(self, widget):
        self.empty_hint.hide()
        self._at_bottom = True
        self._layout.addWidget(widget)
        return widget

    def _remember_position(self, value: int) -> None:
        self._at_bottom = value >= self.verticalScrollBar().maximum() - 4

    def _follow_bottom(self, _minimum: int, maximum: int) -> None:
        # Keep streaming text in view, unless the user scrolled up to read.
        if self._at_bottom:
            self.verticalScrollBar().setValue(maximum)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
