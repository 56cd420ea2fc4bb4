"""The conversation: questions, streamed answers (Markdown) with thinking and sources, notices."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.store_types import Hit
from desktop_app.ui.markdown_view import render_markdown

_PASSAGE_CHARS = 280
RENDER_INTERVAL_MS = 100


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


class MarkdownBrowser(QTextBrowser):
    """Rendered Markdown that grows with its text (the chat scrolls, not each message)."""

    citation_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.code_blocks: tuple[str, ...] = ()
        self.markdown = ""
        self.anchorClicked.connect(self._follow)
        self.document().contentsChanged.connect(self._fit_height)

    def set_markdown(self, text: str) -> None:
        self.markdown = text
        rendered = render_markdown(text, dark=_is_dark(self))
        self.code_blocks = rendered.code_blocks
        self.setHtml(rendered.html)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(200, self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self._content_height())

    def _content_height(self) -> int:
        self.document().setTextWidth(self.viewport().width())
        return int(self.document().size().height()) + 6

    def _fit_height(self) -> None:
        self.setFixedHeight(self._content_height())

    def _follow(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "copy-code" and target.isdigit() and int(target) < len(self.code_blocks):
            QGuiApplication.clipboard().setText(self.code_blocks[int(target)])
        elif scheme == "cite" and target.isdigit():
            self.citation_clicked.emit(int(target))
        elif scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the user clicked it: their browser, their choice


class _Bubble(QFrame):
    def __init__(self, role_name: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Bubble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.role_label = QLabel(role_name, self)
        font = self.role_label.font()
        font.setBold(True)
        self.role_label.setFont(font)
        self.actions = QHBoxLayout()
        self.actions.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.role_label)

    def _action(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setFlat(True)
        button.setAccessibleName(accessible)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.actions.addWidget(button)
        return button


class QuestionWidget(_Bubble):
    edit_requested = Signal(object)  # this widget

    def __init__(self, text: str, message_id: int | None = None, parent=None) -> None:
        super().__init__(self.tr("You"), "question", parent)
        self.message_id = message_id
        self.question = text
        self.body = QLabel(text, self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(self.tr("Your question"))
        self.copy_button = self._action(self.tr("Copy"), self.tr("Copy the question"))
        self.edit_button = self._action(self.tr("Edit"), self.tr("Edit and resend the question"))
        self.layout_.addWidget(self.body)
        self.layout_.addLayout(self.actions)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self))


class SourceChip(QPushButton):
    """One numbered source: [n] file, page; its passage in the tooltip; opens the viewer."""

    def __init__(self, number: int, hit: Hit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number, self.hit = number, hit
        name = os.path.basename(hit.path)
        if hit.page is not None:
            self.title = self.tr("[{number}] {name}, page {page}").format(
                number=number, name=name, page=hit.page
            )
        else:
            self.title = self.tr("[{number}] {name}").format(number=number, name=name)
        passage = " ".join(hit.text.split())
        if len(passage) > _PASSAGE_CHARS:
            passage = passage[: _PASSAGE_CHARS - 1] + "…"
        self.passage = passage
        self.setText(self.title)
        self.setToolTip(f"{hit.path}\n\n{passage}")
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(passage)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QPushButton { border-radius: 10px; padding: 3px 10px; }")


class AnswerWidget(_Bubble):
    source_requested = Signal(object, int)  # Hit, its number
    regenerate_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lokal"), "answer", parent)
        self.message_id: int | None = None
        self._text = ""
        self._thinking = ""
        self.thinking_button = QToolButton(self)
        self.thinking_button.setText(self.tr("Thinking"))
        self.thinking_button.setAccessibleName(self.tr("Show or hide the model's thinking"))
        self.thinking_button.setCheckable(True)
        self.thinking_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_button.setArrowType(Qt.ArrowType.RightArrow)
        self.thinking_button.setAutoRaise(True)
        self.thinking_button.hide()
        self.thinking_text = QLabel(self)
        self.thinking_text.setWordWrap(True)
        self.thinking_text.setTextFormat(Qt.TextFormat.PlainText)
        self.thinking_text.setAccessibleName(self.tr("The model's thinking"))
        self.thinking_text.setStyleSheet("QLabel { color: palette(mid); font-style: italic; }")
        self.thinking_text.hide()
        self.status = QLabel(self.tr("Searching your documents…"), self)
        self.body = MarkdownBrowser(self)
        self.body.setAccessibleName(self.tr("Answer"))
        self.body.hide()
        # One chip a line: a row of long file names would make the chat scroll sideways.
        self.chips_row = QVBoxLayout()
        self.chips_row.setSpacing(2)
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("statsLabel")
        self.stats_label.setStyleSheet("QLabel { color: palette(mid); }")
        self.stats_label.hide()
        self.copy_button = self._action(self.tr("Copy"), self.tr("Copy the answer"))
        self.regenerate_button = self._action(
            self.tr("Regenerate"), self.tr("Answer the last question again")
        )
        self.regenerate_button.hide()
        self.actions.insertWidget(0, self.stats_label)
        for widget in (self.thinking_button, self.thinking_text, self.status, self.body):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(self.chips_row)
        self.layout_.addLayout(self.actions)
        self.source_chips: list[SourceChip] = []
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self.render_now)
        self.thinking_button.toggled.connect(self._toggle_thinking)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._text))
        self.regenerate_button.clicked.connect(self.regenerate_requested)
        self.body.citation_clicked.connect(self._open_citation)

    def text(self) -> str:
        return self._text

    def thinking(self) -> str:
        return self._thinking

    def show_reading_sources(self) -> None:
        if not self._text:
            self.status.setText(self.tr("Reading the sources…") if self.source_chips else "")
            self.status.setVisible(bool(self.source_chips))

    def append_thinking(self, piece: str) -> None:
        self._thinking += piece
        self.thinking_text.setText(self._thinking.strip())
        self.thinking_button.show()

    def append_text(self, piece: str) -> None:
        """Add streamed text; the Markdown is rendered at most every RENDER_INTERVAL_MS, since a
        long answer takes 10-20 ms to render and lay out, and batches arrive every 30 ms."""
        self._text += piece
        self.status.hide()
        self.body.show()
        if not self._render_timer.isActive():
            self._render_timer.start()

    def render_now(self) -> None:
        self._render_timer.stop()
        if self.body.markdown != self._text.strip():
            self.body.set_markdown(self._text.strip())

    def set_sources(self, hits: list[Hit]) -> None:
        if [chip.hit for chip in self.source_chips] == list(hits):
            return
        for chip in self.source_chips:
            chip.deleteLater()
        self.source_chips = [SourceChip(n, hit, self) for n, hit in enumerate(hits, start=1)]
        for chip in self.source_chips:
            self.chips_row.addWidget(chip, 0, Qt.AlignmentFlag.AlignLeft)
            chip.clicked.connect(
                lambda _=False, c=chip: self.source_requested.emit(c.hit, c.number)
            )

    def finish(
        self,
        tokens: int,
        speed: float,
        first_token_seconds: float,
        stopped: bool,
        context_used: int = 0,
        context_length: int = 0,
    ) -> None:
        self.render_now()
        self.status.hide()
        if not self._text.strip():
            self.status.setText(self.tr("(no answer)"))
            self.status.show()
        locale = QLocale()  # decimal commas in Danish, Swedish and German
        text = self.tr("{tokens} tokens, {speed} tokens/s, first token after {wait} s").format(
            tokens=tokens,
            speed=locale.toString(float(speed), "f", 1),
            wait=locale.toString(float(first_token_seconds), "f", 1),
        )
        if context_length:
            text += " · " + self.tr("context {used} of {total}").format(
                used=context_used, total=context_length
            )
        if stopped:
            text += " · " + self.tr("stopped")
        self.stats_label.setText(text)
        self.stats_label.show()

    def fail(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
        self.setProperty("failed", True)

    def _toggle_thinking(self, shown: bool) -> None:
        self.thinking_text.setVisible(shown)
        self.thinking_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _open_citation(self, number: int) -> None:
        if 1 <= number <= len(self.source_chips):
            chip = self.source_chips[number - 1]
            self.source_requested.emit(chip.hit, chip.number)


class NoticeWidget(QLabel):
    """A line from Lokal itself: an indexing result or a problem, not part of the chat."""

    def __init__(self, text: str, is_error: bool, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.is_error = is_error
        self.setObjectName("errorNotice" if is_error else "notice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        color = "#c62828" if is_error else "palette(mid)"
        self.setStyleSheet(f"QLabel {{ color: {color}; padding: 2px 8px; }}")


class ChatView(QScrollArea):
    source_requested = Signal(object, int)  # Hit, number
    regenerate_requested = Signal()
    edit_requested = Signal(object)  # QuestionWidget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.placeholder: QWidget = self.empty_hint
        self.setWidget(container)
        self.verticalScrollBar().rangeChanged.connect(self._follow_bottom)
        self._at_bottom = True
        self.verticalScrollBar().valueChanged.connect(self._remember_position)

    def add_question(self, text: str, message_id: int | None = None) -> QuestionWidget:
        widget = QuestionWidget(text, message_id)
        widget.edit_requested.connect(self.edit_requested)
        return self._add(widget)

    def add_answer(self) -> AnswerWidget:
        for old in self.answers():
            old.regenerate_button.hide()  # only the last answer can be regenerated
        widget = AnswerWidget()
        widget.source_requested.connect(self.source_requested)
        widget.regenerate_requested.connect(self.regenerate_requested)
        return self._add(widget)

    def add_notice(self, text: str, is_error: bool = False) -> NoticeWidget:
        return self._add(NoticeWidget(text, is_error))

    def items(self) -> list[QWidget]:
        return [
            self._layout.itemAt(i).widget()
            for i in range(self._layout.count())
            if self._layout.itemAt(i).widget() is not self.placeholder
        ]

    def set_placeholder(self, widget: QWidget) -> None:
        """Show `widget` instead of the default hint while the conversation has no messages."""
        had_messages = bool(self.items())
        old, self.placeholder = self.placeholder, widget
        self._layout.removeWidget(old)
        old.hide()
        if old is not self.empty_hint:
            old.deleteLater()
        widget.setParent(self.widget())
        self._layout.insertWidget(0, widget)
        widget.setVisible(not had_messages)

    def answers(self) -> list[AnswerWidget]:
        return [item for item in self.items() if isinstance(item, AnswerWidget)]

    def remove(self, widget: QWidget) -> None:
        self._layout.removeWidget(widget)
        widget.deleteLater()

    def clear(self) -> None:
        for item in self.items():
            self.remove(item)
        self.placeholder.show()

    def scroll_to(self, widget: QWidget) -> None:
        self._at_bottom = False
        self.ensureWidgetVisible(widget)

    def _add(self, widget):
        self.placeholder.hide()
        self._at_bottom = True
        self._layout.addWidget(widget)
        return widget

    def _remember_position(self, value: int) -> None:
        self._at_bottom = value >= self.verticalScrollBar().maximum() - 4

    def _follow_bottom(self, _minimum: int, maximum: int) -> None:
        # Keep streaming text in view, unless the user scrolled up to read.
        if self._at_bottom:
            self.verticalScrollBar().setValue(maximum)
