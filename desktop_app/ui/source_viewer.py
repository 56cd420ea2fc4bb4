"""The built-in viewer a citation opens: a PDF at the cited page, or text at the passage.

PDFs show in QtPdf's QPdfView, jumped to the page, with the evidence sentence's (else the
passage's) opening words searched and highlighted there. Text files are decoded as the indexer
decoded them, so the stored character offsets select exactly the cited passage, and the evidence
sentence within it (Evidence.start/end are offsets in the passage) is selected in a stronger
colour. "Open in system app" hands the file to the desktop.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QPointF, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.application.grounding_types import Evidence
from desktop_app.core.errors import DocumentError
from desktop_app.core.ingest.readers import read_document
from desktop_app.core.store_types import Hit
from desktop_app.ui.messages import error_text

_SEARCH_WORDS = 6  # enough words to find the passage on its page, few enough to match
PASSAGE_BACKGROUND = "#fff3a0"
EVIDENCE_BACKGROUND = "#ffd54f"


class SourceViewer(QDialog):
    def __init__(
        self,
        hit: Hit,
        number: int,
        parent: QWidget | None = None,
        evidence: Evidence | None = None,
    ) -> None:
        super().__init__(parent)
        self.hit = hit
        self.number = number  # 0: a closest match, not a numbered source
        # Only evidence that is where it says it is in this passage is highlighted.
        in_passage = evidence is not None and hit.text[evidence.start : evidence.end] == (
            evidence.text
        )
        self.evidence = evidence if in_passage else None
        self.heading = QLabel(self)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_externally)
        self.stack = QStackedWidget(self)
        self.pdf_view = None
        self.text_view: QPlainTextEdit | None = None
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.resize(820, 900)
        if Path(hit.path).suffix.lower() == ".pdf":
            self._show_pdf()
        else:
            self._show_text()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = os.path.basename(self.hit.path)
        if self.hit.page is not None:
            title = self.tr("{name}, page {page}").format(
                name=name, page=QLocale().toString(self.hit.page)
            )
        else:
            title = name
        if self.number > 0:
            title = self.tr("[{number}] {title}").format(
                number=QLocale().toString(self.number), title=title
            )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.heading.setText(title)
        self.open_button.setText(self.tr("Open in system app"))
        self.open_button.setAccessibleName(self.tr("Open the file in its own application"))
        if self.pdf_view is not None or self.text_view is not None:
            (self.pdf_view or self.text_view).setAccessibleName(self.tr("Document"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def open_externally(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.hit.path))

    def _show_pdf(self) -> None:
        from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        error = self.document.load(self.hit.path)
        if error != QPdfDocument.Error.None_:
            self._show_problem(self.tr("The PDF could not be opened."))
            return
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.document)
        view.setSearchModel(self.search)
        self.search.countChanged.connect(self._select_result_on_page)
        sought = self.evidence.text if self.evidence is not None else self.hit.text
        self.search.setSearchString(" ".join(sought.split()[:_SEARCH_WORDS]))
        self.stack.addWidget(view)
        self.pdf_view = view

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The view resets to page 1 when first laid out: jump once it is on screen.
        if self.pdf_view is not None:
            QTimer.singleShot(0, self._jump_to_page)

    def _jump_to_page(self) -> None:
        self.pdf_view.pageNavigator().jump(max(0, (self.hit.page or 1) - 1), QPointF(0, 0))

    def _select_result_on_page(self) -> None:
        for index in range(self.search.count()):
            if self.search.resultAtIndex(index).page() == (self.hit.page or 1) - 1:
                self.pdf_view.setCurrentSearchResultIndex(index)
                return

    def _show_text(self) -> None:
        try:
            text = self._page_text()
        except DocumentError as error:
            self._show_problem(error_text(error))
            return
        view = QPlainTextEdit(self)
        view.setReadOnly(True)
        view.setPlainText(text)
        passage = _highlight(view, text, self.hit.start, self.hit.end, PASSAGE_BACKGROUND)
        highlights = [passage]
        if self.evidence is not None:
            start = self.hit.start + self.evidence.start
            highlights.append(
                _highlight(
                    view, text, start, self.hit.start + self.evidence.end, EVIDENCE_BACKGROUND
                )
            )
        view.setExtraSelections(highlights)
        self._highlighted = QTextCursor(highlights[-1].cursor)  # the evidence, if there is one
        view.setTextCursor(self._highlighted)  # selected
        view.centerCursor()
        self.stack.addWidget(view)
        self.text_view = view

    def highlighted_evidence(self) -> str:
        """The evidence sentence highlighted in a text file ("" if none)."""
        if self.text_view is None or self.evidence is None:
            return ""
        return self._highlighted.selectedText().replace("\u2029", "\n")

    def _page_text(self) -> str:
        """The text of the page (slide, sheet, chapter) the passage came from."""
        pages = list(read_document(Path(self.hit.path)).pages)
        for page in pages:
            if self.hit.page is not None and page.number == self.hit.page:
                return page.text
        for page in pages:  # pages without numbers (sheets, chapters): the one that holds it
            if page.text[self.hit.start : self.hit.end] == self.hit.text:
                return page.text
        return pages[0].text if pages else ""

    def _show_problem(self, message: str) -> None:
        self.problem.setText(
            self.tr("Cannot show {name}: {reason}").format(
                name=os.path.basename(self.hit.path), reason=message
            )
        )
        self.stack.addWidget(self.problem)

    def selected_passage(self) -> str:
        """The highlighted text (for tests and accessibility)."""
        if self.text_view is not None:
            return self.text_view.textCursor().selectedText().replace("\u2029", "\n")
        return ""

    def current_page(self) -> int | None:
        """The page the PDF view shows, 1-based."""
        if self.pdf_view is None:
            return None
        return self.pdf_view.pageNavigator().currentPage() + 1


def _highlight(
    view: QPlainTextEdit, text: str, start: int, end: int, background: str
) -> QTextEdit.ExtraSelection:
    cursor = QTextCursor(view.document())
    cursor.setPosition(min(start, len(text)))
    cursor.setPosition(min(end, len(text)), QTextCursor.MoveMode.KeepAnchor)
    highlight = QTextEdit.ExtraSelection()
    highlight.cursor = cursor
    highlight.format = QTextCharFormat()
    highlight.format.setBackground(QColor(background))
    highlight.format.setForeground(QColor("#000000"))  # on a light highlight in either theme
    return highlight
