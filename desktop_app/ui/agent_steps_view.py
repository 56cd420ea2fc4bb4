"""The agent's steps inside its chat answer: one foldable row per tool call, live.

A row's line says the step's number, the tool, its arguments (shortened) and its short result;
unfolded it shows the arguments whole, the result, and the write the user approved or refused.
Colours come from theme.py's style sheet (object names notice, errorNotice), never a widget's
own style sheet, so the rows follow a theme switch.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop_app.core.errors import LokalError
from desktop_app.ui.messages import error_text

ARGUMENTS_CHARS = 80  # on the folded line; the row unfolded shows them whole


def arguments_text(arguments: object, limit: int | None = None) -> str:
    """The arguments as the model wrote them (a dict when well formed, else anything)."""
    text = json.dumps(arguments, ensure_ascii=False, sort_keys=True, default=str)
    if limit is not None and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


class AgentStepRow(QFrame):
    """One tool call: its folded line, and its details below when unfolded."""

    def __init__(self, number: int, tool: str, arguments: object, parent=None) -> None:
        super().__init__(parent)
        self.number, self.tool, self.arguments = number, tool, arguments
        self.ok: bool | None = None  # None while it runs
        self.summary = ""
        self.error: LokalError | None = None
        self.writes: list[tuple[str, bool]] = []  # (path, approved)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.line = QLabel(self)  # the folded line, wrapped (a tool button's text cannot wrap)
        self.line.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setObjectName("notice")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        indented = QVBoxLayout()
        indented.setContentsMargins(22, 0, 0, 4)  # under the tool's name, past the arrow
        indented.addWidget(self.line)
        indented.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addLayout(indented)
        self.toggle.toggled.connect(self.set_unfolded)
        self.retranslate_ui()

    def finish(self, ok: bool, summary: str, error: LokalError | None) -> None:
        self.ok, self.summary, self.error = ok, summary, error
        if not ok:
            self.line.setObjectName("errorNotice")
            self.line.style().unpolish(self.line)
            self.line.style().polish(self.line)
        self.retranslate_ui()

    def add_write(self, path: str, approved: bool) -> None:
        self.writes.append((path, approved))
        self.retranslate_ui()

    def set_unfolded(self, unfolded: bool) -> None:
        self.toggle.setChecked(unfolded)
        self.details.setVisible(unfolded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)

    def result_text(self) -> str:
        """The short result, in the user's language: the refusal or the reason first."""
        if self.ok is None:
            return self.tr("running…")
        if self.error is not None:
            return error_text(self.error)
        return self.summary

    def write_texts(self) -> list[str]:
        texts = []
        for path, approved in self.writes:
            if approved:
                texts.append(self.tr("Approved and written: {path}").format(path=path))
            else:
                texts.append(self.tr("Refused, not written: {path}").format(path=path))
        return texts

    def retranslate_ui(self) -> None:
        step = QLocale().toString(self.number)
        self.toggle.setText(self.tr("Step {number}: {tool}").format(number=step, tool=self.tool))
        self.toggle.setAccessibleName(self.tr("Show or hide step {number}").format(number=step))
        self.line.setText(
            self.tr("{arguments} → {result}").format(
                arguments=arguments_text(self.arguments, ARGUMENTS_CHARS),
                result=self.result_text(),
            )
        )
        details = [
            self.tr("Arguments: {arguments}").format(arguments=arguments_text(self.arguments)),
            self.tr("Result: {result}").format(result=self.result_text()),
            *self.write_texts(),
        ]
        if self.error is not None and self.summary:
            details.append(self.summary)
        self.details.setText("\n".join(details))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class AgentStepsView(QWidget):
    """Every step of one agent run, folded under a header that folds them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AgentStepRow] = []
        # As tall as its rows: in the answer card, extra height goes nowhere, not between rows.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.header = QToolButton(self)
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setAutoRaise(True)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.list = QWidget(self)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(16, 0, 0, 0)
        self.list_layout.setSpacing(2)
        self.list_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.list)
        self.header.toggled.connect(self._fold_all)
        self.retranslate_ui()

    def step_started(self, number: int, tool: str, arguments: object) -> AgentStepRow:
        row = AgentStepRow(number, tool, arguments, self.list)
        self.list_layout.addWidget(row)
        row.show()
        self.rows.append(row)
        self.retranslate_ui()
        return row

    def step_finished(
        self, number: int, tool: str, arguments: object, ok: bool, summary: str, error
    ) -> AgentStepRow:
        row = self._row(number) or self.step_started(number, tool, arguments)
        row.finish(ok, summary, error)
        return row

    def write_decided(self, path: str, approved: bool) -> None:
        """A write the user answered: told on the step that proposed it (the last one)."""
        if self.rows:
            self.rows[-1].add_write(path, approved)

    def texts(self) -> list[str]:
        """Every row's folded line, as shown (for tests and the screen reader)."""
        return [f"{row.toggle.text()} {row.line.text()}" for row in self.rows]

    def _row(self, number: int) -> AgentStepRow | None:
        for row in reversed(self.rows):
            if row.number == number:
                return row
        return None

    def _fold_all(self, shown: bool) -> None:
        self.list.setVisible(shown)
        self.header.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def retranslate_ui(self) -> None:
        self.header.setText(self.tr("Agent steps (%n)", "", len(self.rows)))
        self.header.setAccessibleName(self.tr("Show or hide the agent's steps"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
