"""The Workflows menu's dialogs: what a ready workflow works on and where its result goes
(WorkflowDialog), then its progress, its problems and its result (WorkflowRunDialog).

Choosing the output file in the save dialog is the user's approval to write that file; nothing
else is written. Both dialogs scroll and wrap, so they work in a 640×420 window; colours come
from the palette and theme.py's style sheet (object names errorNotice, notice).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LokalError
from desktop_app.core.store_types import LibraryCollection
from desktop_app.core.workflows.events import ASK_ACROSS, COMPARE, EXTRACT, REPORT
from desktop_app.core.workflows.extract import FIELD_TEMPLATES, parse_fields
from desktop_app.ui.chat_view import MarkdownBrowser
from desktop_app.ui.collection_names import shown_collection_name
from desktop_app.ui.messages import error_text

KINDS = (EXTRACT, REPORT, ASK_ACROSS, COMPARE)
FILES, FOLDER, COLLECTION = "files", "folder", "collection"


@dataclass(frozen=True)
class WorkflowChoice:
    """What the user chose in a WorkflowDialog (folders are expanded later, off this thread)."""

    kind: str
    files: tuple[str, ...] = ()  # compare: (older, newer)
    folders: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()  # extract: exactly as typed, the table's header
    question: str = ""  # ask across
    collections: tuple[str, ...] = ()  # ask across: where to search (empty: all documents)
    output: Path | None = None  # chosen in the save dialog: the approval to write it


def kind_title(kind: str) -> str:
    """The workflow's name as its menu entry says it, without the dots."""
    titles = {
        EXTRACT: QCoreApplication.translate("Workflows", "Extract fields"),
        REPORT: QCoreApplication.translate("Workflows", "Summarise into a report"),
        ASK_ACROSS: QCoreApplication.translate("Workflows", "Ask across documents"),
        COMPARE: QCoreApplication.translate("Workflows", "Compare two documents"),
    }
    return titles[kind]


def _scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def _wrapping_label(parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class WorkflowDialog(QDialog):
    """Pick the documents (files, a folder or a collection), the fields or the question, and the
    output file of one workflow; `choice()` is what was picked once Run is clicked."""

    def __init__(
        self,
        kind: str,
        library: list[LibraryCollection],
        start_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._library = list(library)
        self._start_folder = start_folder
        self._files: list[str] = []
        self._folder = ""
        self._older = ""
        self._newer = ""
        self._output: Path | None = None
        self.resize(560, 460)

        content = QWidget(self)
        form = QVBoxLayout(content)
        self.intro = _wrapping_label(content)
        form.addWidget(self.intro)

        # Documents: files, a folder, or a collection (extract and report).
        self.documents_box = QWidget(content)
        grid = QGridLayout(self.documents_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.documents_label = QLabel(self.documents_box)
        self.files_radio = QRadioButton(self.documents_box)
        self.folder_radio = QRadioButton(self.documents_box)
        self.collection_radio = QRadioButton(self.documents_box)
        self.source_group = QButtonGroup(self)
        for radio in (self.files_radio, self.folder_radio, self.collection_radio):
            self.source_group.addButton(radio)
        self.files_button = QPushButton(self.documents_box)
        self.folder_button = QPushButton(self.documents_box)
        self.files_shown = _wrapping_label(self.documents_box, "notice")
        self.folder_shown = _wrapping_label(self.documents_box, "notice")
        self.collection_combo = QComboBox(self.documents_box)
        grid.addWidget(self.documents_label, 0, 0, 1, 3)
        grid.addWidget(self.files_radio, 1, 0)
        grid.addWidget(self.files_button, 1, 1)
        grid.addWidget(self.files_shown, 1, 2)
        grid.addWidget(self.folder_radio, 2, 0)
        grid.addWidget(self.folder_button, 2, 1)
        grid.addWidget(self.folder_shown, 2, 2)
        grid.addWidget(self.collection_radio, 3, 0)
        grid.addWidget(self.collection_combo, 3, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        form.addWidget(self.documents_box)

        # Fields (extract), with a button per template.
        self.fields_box = QWidget(content)
        fields = QVBoxLayout(self.fields_box)
        fields.setContentsMargins(0, 0, 0, 0)
        self.fields_label = QLabel(self.fields_box)
        self.fields_edit = QLineEdit(self.fields_box)
        self.fields_label.setBuddy(self.fields_edit)
        self.template_buttons: dict[str, QPushButton] = {}
        # The label above its buttons, not beside them: at 640 px the row of both templates'
        # fields is all the width there is.
        templates = QHBoxLayout()
        self.templates_label = QLabel(self.fields_box)
        for name in FIELD_TEMPLATES:
            button = QPushButton(self.fields_box)
            button.setFlat(True)
            button.clicked.connect(lambda _=False, n=name: self.use_template(n))
            self.template_buttons[name] = button
            templates.addWidget(button)
        templates.addStretch(1)
        fields.addWidget(self.fields_label)
        fields.addWidget(self.fields_edit)
        fields.addWidget(self.templates_label)
        fields.addLayout(templates)
        form.addWidget(self.fields_box)

        # The question and where to search (ask across).
        self.question_box = QWidget(content)
        question = QGridLayout(self.question_box)
        question.setContentsMargins(0, 0, 0, 0)
        self.question_label = QLabel(self.question_box)
        self.question_edit = QLineEdit(self.question_box)
        self.question_label.setBuddy(self.question_edit)
        self.scope_label = QLabel(self.question_box)
        self.scope_combo = QComboBox(self.question_box)
        self.scope_label.setBuddy(self.scope_combo)
        question.addWidget(self.question_label, 0, 0, 1, 2)
        question.addWidget(self.question_edit, 1, 0, 1, 2)
        question.addWidget(self.scope_label, 2, 0)
        question.addWidget(self.scope_combo, 2, 1)
        question.setColumnStretch(1, 1)
        form.addWidget(self.question_box)

        # Two versions (compare).
        self.versions_box = QWidget(content)
        versions = QGridLayout(self.versions_box)
        versions.setContentsMargins(0, 0, 0, 0)
        self.older_label = QLabel(self.versions_box)
        self.older_button = QPushButton(self.versions_box)
        self.older_shown = _wrapping_label(self.versions_box, "notice")
        self.newer_label = QLabel(self.versions_box)
        self.newer_button = QPushButton(self.versions_box)
        self.newer_shown = _wrapping_label(self.versions_box, "notice")
        versions.addWidget(self.older_label, 0, 0)
        versions.addWidget(self.older_button, 0, 1)
        versions.addWidget(self.older_shown, 0, 2)
        versions.addWidget(self.newer_label, 1, 0)
        versions.addWidget(self.newer_button, 1, 1)
        versions.addWidget(self.newer_shown, 1, 2)
        versions.setColumnStretch(2, 1)
        form.addWidget(self.versions_box)

        # The output file.
        output = QGridLayout()
        self.output_label = QLabel(content)
        self.output_button = QPushButton(content)
        self.output_shown = _wrapping_label(content, "notice")
        output.addWidget(self.output_label, 0, 0, 1, 2)
        output.addWidget(self.output_button, 1, 0)
        output.addWidget(self.output_shown, 1, 1)
        output.setColumnStretch(1, 1)
        form.addLayout(output)
        self.problem = _wrapping_label(content, "errorNotice")
        form.addWidget(self.problem)
        form.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.run_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(content, self), 1)
        layout.addWidget(self.buttons)

        self.documents_box.setVisible(kind in (EXTRACT, REPORT))
        self.fields_box.setVisible(kind == EXTRACT)
        self.question_box.setVisible(kind == ASK_ACROSS)
        self.versions_box.setVisible(kind == COMPARE)
        self.files_radio.setChecked(True)
        names = [collection.name for collection in self._library]
        for name in names:
            self.collection_combo.addItem(shown_collection_name(name, names), name)
        self.collection_radio.setEnabled(bool(names))
        self.scope_combo.addItem("", None)  # all documents (its text is set in retranslate_ui)
        for name in names:
            self.scope_combo.addItem(shown_collection_name(name, names), name)

        self.files_button.clicked.connect(self._choose_files)
        self.folder_button.clicked.connect(self._choose_folder)
        self.older_button.clicked.connect(lambda: self._choose_version(older=True))
        self.newer_button.clicked.connect(lambda: self._choose_version(older=False))
        self.output_button.clicked.connect(self._choose_output)
        self.run_button.clicked.connect(self._run)
        self.cancel_button.clicked.connect(self.reject)
        for edit in (self.fields_edit, self.question_edit):
            edit.textChanged.connect(self._check)
        self.source_group.buttonToggled.connect(self._check)
        self.collection_combo.currentIndexChanged.connect(self._check)
        self.retranslate_ui()

    # -- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(kind_title(self.kind))
        intros = {
            EXTRACT: self.tr(
                "One row per document, one column per field. A cell stays empty when its value "
                "is not in the document: nothing is made up."
            ),
            REPORT: self.tr(
                "A Markdown report: one section per document, its summary with page citations, "
                "and an overview."
            ),
            ASK_ACROSS: self.tr(
                "One answer per document that says something about the question, with "
                "citations, then a combined answer."
            ),
            COMPARE: self.tr(
                "What changed between two versions of a document, section by section."
            ),
        }
        self.intro.setText(intros[self.kind])
        self.documents_label.setText(self.tr("Documents:"))
        self.files_radio.setText(self.tr("Files"))
        self.folder_radio.setText(self.tr("A folder"))
        self.collection_radio.setText(self.tr("A collection"))
        self.files_button.setText(self.tr("Choose files…"))
        self.folder_button.setText(self.tr("Choose folder…"))
        self.fields_label.setText(self.tr("&Fields, separated by commas:"))
        self.fields_edit.setPlaceholderText(self.tr("e.g. invoice number, date, total"))
        self.templates_label.setText(self.tr("Or use a template:"))
        template_names = {"invoice": self.tr("Invoice"), "letter": self.tr("Letter")}
        for name, button in self.template_buttons.items():
            button.setText(
                self.tr("{template}: {fields}").format(
                    template=template_names.get(name, name), fields=", ".join(FIELD_TEMPLATES[name])
                )
            )
        self.question_label.setText(self.tr("&Question:"))
        self.scope_label.setText(self.tr("&Search in:"))
        self.scope_combo.setItemText(0, self.tr("All documents"))
        self.older_label.setText(self.tr("Older version:"))
        self.newer_label.setText(self.tr("Newer version:"))
        self.older_button.setText(self.tr("Choose…"))
        self.newer_button.setText(self.tr("Choose…"))
        if self.kind == EXTRACT:
            self.output_label.setText(self.tr("Save the table as (CSV or Excel):"))
        else:
            self.output_label.setText(self.tr("Also save it as a Markdown file (optional):"))
        self.output_button.setText(self.tr("Save as…"))
        self.run_button.setText(self.tr("Run"))
        self._show_choices()
        self._check()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- choosing -------------------------------------------------------------------------

    def use_template(self, name: str) -> None:
        self.fields_edit.setText(", ".join(FIELD_TEMPLATES[name]))

    def _choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the documents"), self._start_folder
        )
        if files:
            self._files = files
            self.files_radio.setChecked(True)
            self._show_choices()
            self._check()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder of documents"), self._start_folder
        )
        if folder:
            self._folder = folder
            self.folder_radio.setChecked(True)
            self._show_choices()
            self._check()

    def _choose_version(self, older: bool) -> None:
        title = (
            self.tr("Choose the older version") if older else self.tr("Choose the newer version")
        )
        path, _filter = QFileDialog.getOpenFileName(self, title, self._start_folder)
        if path:
            if older:
                self._older = path
            else:
                self._newer = path
            self._show_choices()
            self._check()

    def _choose_output(self) -> None:
        if self.kind == EXTRACT:
            filters = self.tr("CSV table (*.csv);;Excel workbook (*.xlsx)")
            name = "fields.csv"
        else:
            filters = self.tr("Markdown (*.md)")
            name = {REPORT: "report.md", ASK_ACROSS: "answers.md", COMPARE: "changes.md"}[self.kind]
        path, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the result as"),
            os.path.join(self._start_folder, name),
            filters,
        )
        if not path:
            return
        output = Path(path)
        if self.kind == EXTRACT and output.suffix.lower() not in (".csv", ".xlsx"):
            output = output.with_name(
                output.name + (".xlsx" if "xlsx" in chosen_filter else ".csv")
            )
        elif self.kind != EXTRACT and output.suffix.lower() != ".md":
            output = output.with_name(output.name + ".md")
        self._output = output
        self._show_choices()
        self._check()

    def _show_choices(self) -> None:
        if self._files:
            names = [os.path.basename(path) for path in self._files]
            shown = (
                ", ".join(names[:3]) if len(names) <= 3 else self.tr("%n file(s)", "", len(names))
            )
            self.files_shown.setText(shown)
        else:
            self.files_shown.setText(self.tr("none chosen"))
        self.folder_shown.setText(self._folder or self.tr("none chosen"))
        self.older_shown.setText(self._older or self.tr("none chosen"))
        self.newer_shown.setText(self._newer or self.tr("none chosen"))
        self.output_shown.setText(str(self._output) if self._output else self.tr("none chosen"))

    # -- checking and the result ----------------------------------------------------------

    def problem_text(self) -> str:
        """What still stops Run, in the user's language ("" when nothing does)."""
        if self.kind in (EXTRACT, REPORT):
            source = self.source_group.checkedButton()
            if source is self.files_radio and not self._files:
                return self.tr("Choose the documents.")
            if source is self.folder_radio and not self._folder:
                return self.tr("Choose a folder.")
            if source is self.collection_radio and self.collection_combo.currentIndex() < 0:
                return self.tr("Choose a collection.")
        if self.kind == EXTRACT:
            try:
                parse_fields(self.fields_edit.text())
            except LokalError as error:
                return error_text(error)
            if self._output is None:
                return self.tr("Choose where to save the table.")
        if self.kind == ASK_ACROSS and not self.question_edit.text().strip():
            return self.tr("Type the question.")
        if self.kind == COMPARE and not (self._older and self._newer):
            return self.tr("Choose both versions.")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.run_button.setEnabled(not problem)

    def _run(self) -> None:
        if not self.problem_text():
            self.accept()

    def choice(self) -> WorkflowChoice:
        kind, files, folders, collections = self.kind, (), (), ()
        if kind in (EXTRACT, REPORT):
            source = self.source_group.checkedButton()
            if source is self.files_radio:
                files = tuple(self._files)
            elif source is self.folder_radio:
                folders = (self._folder,)
            else:
                name = self.collection_combo.currentData()
                files = tuple(
                    file.path
                    for collection in self._library
                    if collection.name == name
                    for file in collection.files
                )
        elif kind == COMPARE:
            files = (self._older, self._newer)
        elif kind == ASK_ACROSS and self.scope_combo.currentData() is not None:
            collections = (self.scope_combo.currentData(),)
        fields = parse_fields(self.fields_edit.text()) if kind == EXTRACT else ()
        return WorkflowChoice(
            kind,
            files=files,
            folders=folders,
            fields=fields,
            question=" ".join(self.question_edit.text().split()),
            collections=collections,
            output=self._output,
        )


class WorkflowRunDialog(QDialog):
    """A running workflow: which document of how many, Cancel; the problems, each with its
    reason; at the end what was done, the result (Markdown shown here), Open file and Show in
    folder. Not modal: the chat stays usable meanwhile."""

    cancel_requested = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.output: str | None = None
        self._markdown = ""
        self._problems: list[str] = []
        self._status = lambda: self.tr("Starting…")
        self._summary = lambda: ""
        self.resize(640, 480)
        self.status = _wrapping_label(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy until the first document says how many there are
        self.problems_label = _wrapping_label(self, "errorNotice")
        self.problems_label.hide()
        self.summary = _wrapping_label(self)
        self.summary.hide()
        self.result = MarkdownBrowser(self)
        self.result.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.result.hide()
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.progress, self.problems_label, self.summary, self.result):
            column.addWidget(widget)
        column.addStretch(1)
        self.open_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.open_button, self.folder_button, self.close_button):
            button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(content, self), 1)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.accept)
        self.open_button.clicked.connect(self._open_output)
        self.folder_button.clicked.connect(self._show_output_folder)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(kind_title(self.kind))
        self.status.setText(self._status())
        self.summary.setText(self._summary())
        self.progress.setAccessibleName(self.tr("Workflow progress"))
        self.result.setAccessibleName(self.tr("Result"))
        self.open_button.setText(self.tr("Open file"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- while it runs --------------------------------------------------------------------

    def set_status(self, text_in_language) -> None:
        self._status = text_in_language
        self.status.setText(text_in_language())

    def show_document(self, path: str, number: int, total: int) -> None:
        number_text = QLocale().toString
        self.progress.setRange(0, total)
        self.progress.setValue(number - 1)
        name = os.path.basename(path)
        self.set_status(
            lambda: self.tr("Document {number} of {total}: {name}").format(
                number=number_text(number), total=number_text(total), name=name
            )
        )

    def document_done(self, number: int) -> None:
        self.progress.setValue(number)

    def add_problem(self, text: str) -> None:
        self._problems.append(text)
        self.problems_label.setText("\n".join(self._problems))
        self.problems_label.show()

    def problems(self) -> list[str]:
        return list(self._problems)

    def add_markdown(self, text: str) -> None:
        """Streamed text of the final part (an overview, a combined answer)."""
        self.show_markdown(self._markdown + text)

    def show_markdown(self, text: str) -> None:
        self._markdown = text
        self.result.set_markdown(text.strip())
        self.result.setVisible(bool(text.strip()))

    def markdown(self) -> str:
        return self._markdown

    # -- the end --------------------------------------------------------------------------

    def finish(self, summary_in_language, output: str | None, text: str = "") -> None:
        """Done (or stopped): say what was done, show the result and what to do with it."""
        self.output = output
        self._summary = summary_in_language
        self.summary.setText(summary_in_language())
        self.summary.show()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.hide()
        if text.strip():
            self.show_markdown(text)
        has_file = bool(output)
        self.open_button.setVisible(has_file)
        self.folder_button.setVisible(has_file)
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)

    def fail(self, message: str) -> None:
        self.finish(lambda: message, None)
        self.summary.setObjectName("errorNotice")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.set_status(lambda: self.tr("Stopping…"))
        self.cancel_requested.emit()

    def _open_output(self) -> None:
        if self.output:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.output))

    def _show_output_folder(self) -> None:
        if self.output:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(self.output)))

    def reject(self) -> None:
        """Esc or the window's close button: a run still going is cancelled, so nothing keeps
        working unseen (what was done is kept: the workflow writes it and says so)."""
        if self.cancel_button.isVisible() and self.cancel_button.isEnabled():
            self._cancel()
        super().reject()
