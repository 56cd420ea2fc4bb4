"""The conversation: questions, streamed answers (Markdown) with thinking, evidence and sources.

Every card follows the chat pane's width: text wraps (anywhere, if a word is longer than the
pane), chips elide their label, and the stats have a line of their own, so no child asks for
more width than the pane has. Colours come from the palette and the application's style sheet
(theme.py), never from a widget's own style sheet: a widget style sheet freezes the palette it
was polished with, which left answers black on dark grey after a theme switch.
"""

from __future__ import annotations

import os
from html import escape

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextOption
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

from desktop_app.core.application.grounding_types import Evidence
from desktop_app.core.store_types import Hit
from desktop_app.ui.markdown_view import render_markdown
from desktop_app.ui.theme import is_dark

PASSAGE_CHARS = 280
HEADING_CHARS = 40
OPENING_CHARS = 32
RENDER_INTERVAL_MS = 100
CHIP_MIN_WIDTH = 80


class GrowingBrowser(QTextBrowser):
    """Read-only rich text that grows with its text (the chat scrolls, not each message) and
    wraps within whatever width the pane gives it, breaking a too-long word if it must."""

    link_clicked = Signal(QUrl)  # a link the view does not handle itself

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # The card shows through: no fill of its own (a style sheet would freeze the palette).
        self.viewport().setAutoFillBackground(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # read with the mouse; Tab skips it
        self.document().contentsChanged.connect(self._fit_height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(200, self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self._content_height())

    def _content_height(self) -> int:
        self.document().setTextWidth(self.viewport().width())
        return int(self.document().size().height()) + 6

    def _fit_height(self) -> None:
        self.setFixedHeight(self._content_height())


class MarkdownBrowser(GrowingBrowser):
    """An answer's rendered Markdown, rendered again when the palette (the theme) changes."""

    citation_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_blocks: tuple[str, ...] = ()
        self.markdown = ""
        self.rendered_dark: bool | None = None  # the theme the shown HTML was rendered for
        self.anchorClicked.connect(self._follow)

    def set_markdown(self, text: str) -> None:
        self.markdown = text
        self.rendered_dark = is_dark(self.palette())
        rendered = render_markdown(text, dark=self.rendered_dark)
        self.code_blocks = rendered.code_blocks
        self.setHtml(rendered.html)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        palette_changed = event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        )
        if palette_changed and self.markdown and self.rendered_dark != is_dark(self.palette()):
            self.set_markdown(self.markdown)  # code colours and backgrounds follow the theme

    def _follow(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "copy-code" and target.isdigit() and int(target) < len(self.code_blocks):
            QGuiApplication.clipboard().setText(self.code_blocks[int(target)])
        elif scheme == "cite" and target.isdigit():
            self.citation_clicked.emit(int(target))
        elif scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the user clicked it: their browser, their choice


class _Bubble(QFrame):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Bubble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.role_label = QLabel(self)
        font = self.role_label.font()
        font.setBold(True)
        self.role_label.setFont(font)
        self.actions = QHBoxLayout()
        self.actions.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.role_label)

    def _action(self) -> QPushButton:
        button = QPushButton(self)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.actions.addWidget(button)
        return button

    def focus_controls(self) -> list[QWidget]:
        """This card's controls in reading order, for the window's tab order."""
        return []

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class QuestionWidget(_Bubble):
    edit_requested = Signal(object)  # this widget

    def __init__(self, text: str, message_id: int | None = None, parent=None) -> None:
        super().__init__("question", parent)
        self.message_id = message_id
        self.question = text
        self.body = GrowingBrowser(self)
        self.body.setPlainText(text)
        self.copy_button = self._action()
        self.edit_button = self._action()
        self.layout_.addWidget(self.body)
        self.layout_.addLayout(self.actions)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.role_label.setText(self.tr("You"))
        self.body.setAccessibleName(self.tr("Your question"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the question"))
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit and resend the question"))

    def focus_controls(self) -> list[QWidget]:
        return [self.copy_button, self.edit_button]


class SourceChip(QPushButton):
    """One source: [n] file, page (or heading); path, page, heading and passage in the
    tooltip; opens the viewer. Its label elides to the pane's width. A chip whose source holds
    the answer's evidence is marked, and opens the viewer with that sentence highlighted."""

    def __init__(
        self, number: int, hit: Hit, place: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sourceChip")
        self.number, self.hit = number, hit
        self.place = place  # what tells this chip from the others of the same file
        self.evidence: Evidence | None = None
        self.title = ""
        self.passage = _shortened(hit.text, PASSAGE_CHARS)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def mark_evidence(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self.setProperty("evidence", True)
        self.style().unpolish(self)  # the style sheet's [evidence="true"] rule applies now
        self.style().polish(self)
        self.retranslate_ui()

    def label(self) -> str:
        where = os.path.basename(self.hit.path)
        if self.hit.page is not None:
            where += self.tr(", page {page}").format(page=QLocale().toString(self.hit.page))
        where += self.place
        if self.number <= 0:  # a closest match: not a numbered citation
            return where
        return self.tr("[{number}] {where}").format(
            number=QLocale().toString(self.number), where=where
        )

    def retranslate_ui(self) -> None:
        self.title = self.label()
        if self.evidence is not None:
            self.title += " " + self.tr("· evidence")
        lines = [escape(self.hit.path)]
        if self.hit.page is not None:
            page = QLocale().toString(self.hit.page)
            lines.append(escape(self.tr("Page {page}").format(page=page)))
        if self.hit.heading:
            lines.append(escape(self.tr("Section: {heading}").format(heading=self.hit.heading)))
        tip = "<br>".join(lines) + f"<p>{escape(self.passage)}</p>"
        if self.evidence is not None:
            tip += "<p><b>{}</b> {}</p>".format(
                escape(self.tr("Evidence:")), escape(self.evidence.text)
            )
        self.setToolTip(tip)
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(self.passage)
        self.updateGeometry()  # the size hint follows the full label
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        full = self.fontMetrics().horizontalAdvance(self.title)
        shown = self.fontMetrics().horizontalAdvance(self.text())
        return QSize(hint.width() + full - shown, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(CHIP_MIN_WIDTH, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _elide(self) -> None:
        padding = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())
        room = max(self.width() - padding, 20)
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self.title) <= room:  # elidedText cuts a text that fits
            elided = self.title
        else:
            elided = metrics.elidedText(self.title, Qt.TextElideMode.ElideMiddle, room)
        if elided != self.text():
            self.setText(elided)


def _shortened(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def distinguishing_places(hits: list[Hit]) -> list[str]:
    """What follows the file name and page on each chip so that no two chips read the same:
    nothing when the page tells them apart, else the heading, else the passage's first words."""
    where = [(os.path.basename(hit.path), hit.page) for hit in hits]
    places = [
        " § " + _shortened(hit.heading, HEADING_CHARS)
        if where.count(where[n]) > 1 and hit.heading
        else ""
        for n, hit in enumerate(hits)
    ]
    labels = list(zip(where, places, strict=True))
    return [
        place + ": \u201c" + _shortened(hit.text, OPENING_CHARS) + "\u201d"
        if labels.count(labels[n]) > 1
        else place
        for n, (hit, place) in enumerate(zip(hits, places, strict=True))
    ]


class EvidenceBlock(GrowingBrowser):
    """The sentence(s) of the sources that answer the question, quoted: "From [1] …: …"."""

    source_clicked = Signal(int)  # the source's number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceBlock")
        self.entries: list[tuple[Evidence, SourceChip | None]] = []
        self.prominent = False
        self.anchorClicked.connect(self._follow)
        self.hide()

    def show_evidence(
        self, entries: list[tuple[Evidence, SourceChip | None]], prominent: bool
    ) -> None:
        self.entries, self.prominent = entries, prominent
        self.setProperty("prominent", prominent)
        self.style().unpolish(self)
        self.style().polish(self)
        self.retranslate_ui()
        self.setVisible(bool(entries))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Evidence from your documents"))
        parts = []
        if self.prominent:
            note = self.tr("The answer may not be reliable. This is what your documents say:")
            parts.append(f"<p><b>{escape(note)}</b></p>")
        for evidence, chip in self.entries:
            quote = escape(evidence.text.strip())
            if chip is None:
                parts.append(f"<p>\u201c{quote}\u201d</p>")
                continue
            intro = escape(self.tr("From {source}:").format(source=chip.label()))
            link = f'<a href="cite:{chip.number}">{intro}</a>'
            parts.append(f"<p>{link} <i>\u201c{quote}\u201d</i></p>")
        self.setHtml("".join(parts))

    def text(self) -> str:
        return self.toPlainText()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "cite" and url.path().isdigit():
            self.source_clicked.emit(int(url.path()))


class AnswerWidget(_Bubble):
    source_requested = Signal(object, int, object)  # Hit, its number, Evidence or None
    regenerate_requested = Signal()
    controls_changed = Signal()  # chips came or went

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("answer", parent)
        self.message_id: int | None = None
        self._text = ""
        self._thinking = ""
        self._status = self._searching_text  # the status line's text, in the current language
        self._status_shown = ""  # what set_status last showed
        self._stats: tuple | None = None
        self.found = True
        self.thinking_button = QToolButton(self)
        self.thinking_button.setCheckable(True)
        self.thinking_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_button.setArrowType(Qt.ArrowType.RightArrow)
        self.thinking_button.setAutoRaise(True)
        self.thinking_button.hide()
        self.thinking_text = QLabel(self)
        self.thinking_text.setObjectName("thinkingText")
        self.thinking_text.setWordWrap(True)
        self.thinking_text.setTextFormat(Qt.TextFormat.PlainText)
        self.thinking_text.hide()
        self.status = QLabel(self)
        self.status.setObjectName("answerStatus")
        self.status.setWordWrap(True)
        self.evidence_block = EvidenceBlock(self)
        self.body = MarkdownBrowser(self)
        self.body.hide()
        self.closest_label = QLabel(self)
        self.closest_label.setObjectName("closestLabel")
        self.closest_label.hide()
        # One chip a line: a row of long file names would make the chat scroll sideways.
        self.chips_row = QVBoxLayout()
        self.chips_row.setSpacing(2)
        # The stats on a line of their own: beside the buttons, they pushed Regenerate out.
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("statsLabel")
        self.stats_label.setWordWrap(True)
        self.stats_label.hide()
        self.copy_button = self._action()
        self.regenerate_button = self._action()
        self.regenerate_button.hide()
        for widget in (self.thinking_button, self.thinking_text, self.status):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.body)
        self.layout_.addWidget(self.evidence_block)
        self.layout_.addWidget(self.closest_label)
        self.layout_.addLayout(self.chips_row)
        self.layout_.addWidget(self.stats_label)
        self.layout_.addLayout(self.actions)
        self.source_chips: list[SourceChip] = []  # numbered citations
        self.closest_chips: list[SourceChip] = []  # the nearest passages when not found
        self.evidence: list[Evidence] = []
        self.problems: tuple[str, ...] = ()
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self.render_now)
        self.thinking_button.toggled.connect(self._toggle_thinking)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._text))
        self.regenerate_button.clicked.connect(self.regenerate_requested)
        self.body.citation_clicked.connect(self._open_citation)
        self.evidence_block.source_clicked.connect(self._open_citation)
        self.retranslate_ui()

    # -- texts in the current language ----------------------------------------------------

    def retranslate_ui(self) -> None:
        self.role_label.setText(self.tr("Lokal"))
        self.thinking_button.setText(self.tr("Thinking"))
        self.thinking_button.setAccessibleName(self.tr("Show or hide the model's thinking"))
        self.thinking_text.setAccessibleName(self.tr("The model's thinking"))
        self.body.setAccessibleName(self.tr("Answer"))
        self.closest_label.setText(self.tr("Closest matches (they may not answer it):"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the answer"))
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.regenerate_button.setAccessibleName(self.tr("Answer the last question again"))
        if self.status.text() == self._status_shown:  # not overridden by a controller
            self._status_shown = self._status()
            self.status.setText(self._status_shown)
        if self._stats is not None:
            self.stats_label.setText(self._stats_text(*self._stats))

    def _searching_text(self) -> str:
        return self.tr("Searching your documents…")

    def set_status(self, text_in_language) -> None:
        """Show a status line; `text_in_language` gives it in the current language (called
        again when the language changes), or is a plain string."""
        self._status = text_in_language if callable(text_in_language) else lambda: text_in_language
        self._status_shown = self._status()
        self.status.setText(self._status_shown)
        self.status.setVisible(bool(self.status.text()))

    # -- the answer as it comes -----------------------------------------------------------

    def text(self) -> str:
        return self._text

    def thinking(self) -> str:
        return self._thinking

    def show_reading_sources(self) -> None:
        if not self._text:
            if self.source_chips:
                self.set_status(lambda: self.tr("Reading the sources…"))
            else:
                self.set_status("")

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

    def restart(self) -> None:
        """The streamed text is discarded: the answer is tried again (said quietly)."""
        self._render_timer.stop()
        self._text = ""
        self._thinking = ""
        self.thinking_text.clear()
        self.thinking_button.hide()
        self.body.set_markdown("")
        self.body.hide()
        self.set_status(lambda: self.tr("Trying again…"))

    def render_now(self) -> None:
        self._render_timer.stop()
        if self.body.markdown != self._text.strip():
            self.body.set_markdown(self._text.strip())

    # -- sources, evidence, closest matches -----------------------------------------------

    def set_sources(self, hits: list[Hit]) -> None:
        if [chip.hit for chip in self.source_chips] == list(hits):
            return
        self._clear_chips(self.source_chips)
        places = distinguishing_places(list(hits))
        self.source_chips = [
            self._chip(n, hit, place)
            for n, (hit, place) in enumerate(zip(hits, places, strict=True), 1)
        ]
        if self.evidence:
            self.show_evidence(self.evidence, self.problems)
        self.controls_changed.emit()

    def show_not_found(self, closest: list[Hit]) -> None:
        """The documents don't answer it: no citations, the nearest passages as matches."""
        self.found = False
        self.set_sources([])
        self.set_closest(closest)

    def set_closest(self, hits: list[Hit]) -> None:
        """The nearest passages, as matches to look at, not as citations."""
        self._clear_chips(self.closest_chips)
        places = distinguishing_places(list(hits))
        self.closest_chips = [
            self._chip(0, hit, place) for hit, place in zip(hits, places, strict=True)
        ]
        for chip in self.closest_chips:
            chip.setObjectName("closestChip")
            chip.style().unpolish(chip)
            chip.style().polish(chip)
        self.closest_label.setVisible(bool(hits))
        self.controls_changed.emit()

    def show_evidence(self, evidence: list[Evidence], problems=()) -> None:
        """Quote the evidence under the answer and mark its chips; when the answer has problems
        (it only copied a source, say), the evidence goes first, so the user sees the fact."""
        self.evidence, self.problems = list(evidence), tuple(problems)
        entries = [(item, self._chip_of(item)) for item in self.evidence]
        for item, chip in entries:
            if chip is not None and chip.evidence is None:
                chip.mark_evidence(item)
        prominent = bool(self.problems) and bool(entries)
        self.layout_.removeWidget(self.evidence_block)
        at = self.layout_.indexOf(self.body) + (0 if prominent else 1)
        self.layout_.insertWidget(at, self.evidence_block)
        self.evidence_block.show_evidence(entries, prominent)

    def _chip_of(self, evidence: Evidence) -> SourceChip | None:
        """The chip of the source the evidence was read from: ask numbers the evidence as the
        answer's sources (ask.answer does), so its number is the chip's."""
        if 1 <= evidence.source <= len(self.source_chips):
            return self.source_chips[evidence.source - 1]
        return None

    def _chip(self, number: int, hit: Hit, place: str) -> SourceChip:
        chip = SourceChip(number, hit, place, self)
        self.chips_row.addWidget(chip, 0, Qt.AlignmentFlag.AlignLeft)
        chip.show()  # a child added to a shown card stays hidden unless shown
        chip.clicked.connect(
            lambda _=False, c=chip: self.source_requested.emit(c.hit, c.number, c.evidence)
        )
        return chip

    def _clear_chips(self, chips: list[SourceChip]) -> None:
        for chip in chips:
            self.chips_row.removeWidget(chip)
            chip.deleteLater()
        chips.clear()

    # -- the end --------------------------------------------------------------------------

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
            self.set_status(lambda: self.tr("(no answer)"))
        if tokens or context_length or stopped:  # a not-found answer ran no model: no stats
            self._stats = (
                tokens,
                speed,
                first_token_seconds,
                stopped,
                context_used,
                context_length,
            )
            self.stats_label.setText(self._stats_text(*self._stats))
            self.stats_label.show()

    def _stats_text(self, tokens, speed, first_token_seconds, stopped, used, total) -> str:
        locale = QLocale()  # decimal commas in Danish, Swedish and German
        text = self.tr("{tokens} tokens, {speed} tokens/s, first token after {wait} s").format(
            tokens=locale.toString(int(tokens)),
            speed=locale.toString(float(speed), "f", 1),
            wait=locale.toString(float(first_token_seconds), "f", 1),
        )
        if total:
            text += " · " + self.tr("context {used} of {total}").format(
                used=locale.toString(int(used)), total=locale.toString(int(total))
            )
        if stopped:
            text += " · " + self.tr("stopped")
        return text

    def fail(self, message: str) -> None:
        self.set_status(message)
        self.setProperty("failed", True)

    def focus_controls(self) -> list[QWidget]:
        return [
            self.thinking_button,
            *self.source_chips,
            *self.closest_chips,
            self.copy_button,
            self.regenerate_button,
        ]

    def _toggle_thinking(self, shown: bool) -> None:
        self.thinking_text.setVisible(shown)
        self.thinking_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _open_citation(self, number: int) -> None:
        if 1 <= number <= len(self.source_chips):
            chip = self.source_chips[number - 1]
            self.source_requested.emit(chip.hit, chip.number, chip.evidence)


class NoticeWidget(QLabel):
    """A line from Lokal itself: an indexing result or a problem, not part of the chat."""

    def __init__(self, text: str, is_error: bool, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.is_error = is_error
        self.setObjectName("errorNotice" if is_error else "notice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class ChatView(QScrollArea):
    source_requested = Signal(object, int, object)  # Hit, number, Evidence or None
    regenerate_requested = Signal()
    edit_requested = Signal(object)  # QuestionWidget
    controls_changed = Signal()  # cards came or went: the window's tab order follows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        container = QWidget(self)
        self._layout = QVBoxLayout(container)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_hint = QLabel(container)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.empty_hint)
        self.placeholder: QWidget = self.empty_hint
        self.setWidget(container)
        self.verticalScrollBar().rangeChanged.connect(self._follow_bottom)
        self._at_bottom = True
        self.verticalScrollBar().valueChanged.connect(self._remember_position)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Conversation"))
        self.empty_hint.setText(
            self.tr(
                "Drop PDF, text or Markdown files (or whole folders) anywhere on this window to "
                "index them, then ask a question about them below."
            )
        )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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
        widget.controls_changed.connect(self.controls_changed)
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

    def focus_controls(self) -> list[QWidget]:
        """Every card's controls, top to bottom (hidden ones are skipped by Tab itself)."""
        controls: list[QWidget] = []
        for item in self.items():
            if isinstance(item, _Bubble):
                controls.extend(item.focus_controls())
        return controls

    def remove(self, widget: QWidget) -> None:
        self._layout.removeWidget(widget)
        widget.deleteLater()
        self.controls_changed.emit()

    def clear(self) -> None:
        for item in self.items():
            self._layout.removeWidget(item)
            item.deleteLater()
        self.placeholder.show()
        self.controls_changed.emit()

    def scroll_to(self, widget: QWidget) -> None:
        self._at_bottom = False
        self.ensureWidgetVisible(widget)

    def _add(self, widget):
        self.placeholder.hide()
        self._at_bottom = True
        self._layout.addWidget(widget)
        # Shown now, not when the layout gets to it: it is laid out and reachable at once.
        widget.show()
        self.controls_changed.emit()
        return widget

    def _remember_position(self, value: int) -> None:
        self._at_bottom = value >= self.verticalScrollBar().maximum() - 4

    def _follow_bottom(self, _minimum: int, maximum: int) -> None:
        # Keep streaming text in view, unless the user scrolled up to read.
        if self._at_bottom:
            self.verticalScrollBar().setValue(maximum)
