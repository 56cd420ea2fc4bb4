"""Help → About Lokal (version, the bundled models and the libraries, with their licences, and
every third-party licence behind a button) and Help → Getting started (a short page on adding
documents, asking, citations, models, data)."""

from __future__ import annotations

import html
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, paths
from desktop_app.core.models.registry import BUNDLED_MODEL_NAME
from desktop_app.licenses import licenses_text, lokal_version

# The models Lokal ships: (name, licence, their repository on Hugging Face).
BUNDLED_MODELS = (
    ("SmolLM2-135M-Instruct", "Apache-2.0", "HuggingFaceTB/SmolLM2-135M-Instruct"),
    ("all-MiniLM-L6-v2", "Apache-2.0", "sentence-transformers/all-MiniLM-L6-v2"),
)
# What Lokal is built on: (name, licence, the distributions its installed version may be read
# from: PySide6 is often installed as its Essentials part alone).
LIBRARIES = (
    ("Qt / PySide6", "LGPL-3.0", ("PySide6", "PySide6-Essentials")),
    ("llama.cpp (llama-cpp-python)", "MIT", ("llama_cpp_python",)),
    ("Chroma", "Apache-2.0", ("chromadb",)),
    # The embedding model and the reranker run on it (core/onnx_encoder.py), with tokenizers.
    ("ONNX Runtime (onnxruntime)", "MIT", ("onnxruntime",)),
    ("Hugging Face tokenizers", "Apache-2.0", ("tokenizers",)),
)
HUB = "https://huggingface.co/"
ICON_FILE = "lokal.png"
ABOUT_ICON_SIZE = 64


def app_icon_file() -> Path | None:
    """Lokal's icon (resources/icons/lokal.png, made by build/make_icons.py), if there."""
    path = paths.resources_dir() / "icons" / ICON_FILE
    return path if path.is_file() else None


def app_icon() -> QIcon:
    """The window and application icon; a null icon (Qt's default) when the file is missing."""
    path = app_icon_file()
    return QIcon(str(path)) if path is not None else QIcon()


def _installed_version(distributions: tuple[str, ...]) -> str:
    for distribution in distributions:
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return ""  # a frozen bundle may carry no metadata: the name and licence still hold


def _rows(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(
        f"<tr><td>{html.escape(name)}</td><td>&nbsp;{html.escape(version)}&nbsp;</td>"
        f"<td>{html.escape(licence)}</td></tr>"
        for name, version, licence in rows
    )
    return f"<table cellspacing='2'>{cells}</table>"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        icon_file = app_icon_file()
        if icon_file is not None:
            self.icon.setPixmap(
                QPixmap(str(icon_file)).scaled(
                    ABOUT_ICON_SIZE,
                    ABOUT_ICON_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.icon.setVisible(icon_file is not None)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setMinimumWidth(460)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.licenses_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.licenses_button.clicked.connect(self.open_licenses)
        self.licenses_dialog: LicensesDialog | None = None
        header = QHBoxLayout()
        header.addWidget(self.icon)
        header.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def open_licenses(self) -> LicensesDialog:
        """The third-party licences, in their own window (one, brought back when open)."""
        if self.licenses_dialog is None:
            # A bundle reads its file at once; a checkout reads ~200 packages' metadata (~1 s).
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.licenses_dialog = LicensesDialog(licenses_text(), self)
            finally:
                QGuiApplication.restoreOverrideCursor()
        if self.licenses_dialog.isVisible():
            self.licenses_dialog.raise_()
            self.licenses_dialog.activateWindow()
        else:
            self.licenses_dialog.show()
        return self.licenses_dialog

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Lokal"))
        self.licenses_button.setText(self.tr("Third-party licences…"))
        libraries = [
            (name, _installed_version(distributions), licence)
            for name, licence, distributions in LIBRARIES
        ]
        parts = [
            f"<h2>{html.escape(APP_NAME)} {html.escape(lokal_version())}</h2>",
            "<p>"
            + html.escape(
                self.tr(
                    "Answers questions about your documents with a local model, offline. "
                    "Your documents, questions and answers stay on this computer."
                )
            )
            + "</p>",
            "<h3>" + html.escape(self.tr("Bundled models")) + "</h3>",
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td><a href='{HUB}{repo}'>{html.escape(name)}</a></td>"
                f"<td>&nbsp;</td><td>{html.escape(licence)}</td></tr>"
                for name, licence, repo in BUNDLED_MODELS
            )
            + "</table>",
            "<h3>" + html.escape(self.tr("Built with")) + "</h3>",
            _rows(libraries),
            "<p>"
            + html.escape(
                self.tr(
                    "Models you download keep their own licences; the Models page shows each one."
                )
            )
            + "</p>",
        ]
        self.text.setText("".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class LicensesDialog(QDialog):
    """The libraries Lokal is built on, each with its licence text, read-only, with a find field
    (the text is long: a bundle lists about a hundred libraries)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_field = QLineEdit(self)
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.page = QPlainTextEdit(self)
        self.page.setReadOnly(True)
        self.page.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # licences are laid out
        self.page.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.page.setPlainText(text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find_field)
        layout.addWidget(self.page)
        layout.addWidget(self.buttons)
        self.resize(720, 600)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Third-party licences"))
        self.page.setAccessibleName(self.tr("Third-party licences"))
        self.find_field.setPlaceholderText(self.tr("Find (Enter: next)"))

    def find_next(self) -> bool:
        """Select the next place the find field's text occurs, from the top again at the end."""
        words = self.find_field.text()
        if not words:
            return False
        if self.page.find(words):
            return True
        cursor = self.page.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.page.setTextCursor(cursor)
        return self.page.find(words)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class GettingStartedDialog(QDialog):
    """A short page: add documents, ask, citations and evidence, a better model, your data."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self.page = QTextBrowser(self)
        self.page.setOpenExternalLinks(False)
        self.page.setOpenLinks(False)  # the data folder link opens the file manager
        self.page.anchorClicked.connect(self._open)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(self.buttons)
        self.resize(600, 560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Getting started"))
        self.page.setAccessibleName(self.tr("Getting started"))
        folder = str(self._data_dir)
        sections = (
            (
                self.tr("Add your documents"),
                self.tr(
                    "Drop PDF, Word, text or Markdown files, or whole folders, anywhere on the "
                    "window, or use Add files… in the File menu. They go into the collection "
                    "selected in "
                    "the Documents panel; Lokal reads them once and notices later changes."
                ),
            ),
            (
                self.tr("Ask"),
                self.tr(
                    "Type a question and press Enter. Lokal finds the passages of your documents "
                    "that fit the question best and has the model answer from them. Search in, "
                    "above the chat, limits a chat to some collections."
                ),
            ),
            (
                self.tr("Citations and evidence"),
                self.tr(
                    "Each answer lists its sources as numbered chips, and [1], [2] in the text "
                    "point to them. The sentence that answers the question is shown from its "
                    "source. Click a chip to open the page, with the passage highlighted. When "
                    "your documents don't answer the question, Lokal says so and shows the "
                    "closest passages instead."
                ),
            ),
            (
                self.tr("Pick a better model"),
                self.tr(
                    "The built-in model, {name}, is tiny and answers poorly. Settings, Models "
                    "lists models to download with what each needs and whether it fits this "
                    "computer; choose one there and click Use this model."
                ).format(name=BUNDLED_MODEL_NAME),
            ),
            (
                self.tr("Where your data lives"),
                self.tr(
                    "The index, settings, chat history and downloaded models are in one folder: "
                    "{folder}. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another."
                ).format(folder=folder),
            ),
        )
        link = QUrl.fromLocalFile(folder).toString()
        body = "".join(
            f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>" for title, text in sections
        )
        escaped_folder = html.escape(folder)
        body = body.replace(escaped_folder, f"<a href='{link}'>{escaped_folder}</a>", 1)
        # Not in an f-string: lupdate does not find a tr() inside one.
        title = html.escape(self.tr("Getting started"))
        self.page.setHtml(f"<h2>{title}</h2>{body}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _open(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)  # the user clicked it: their file manager
