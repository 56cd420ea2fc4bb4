"""Help → About Lokal (version, the bundled models and the libraries, with their licences) and
Help → Getting started (a short page on adding documents, asking, citations, models, data)."""

from __future__ import annotations

import html
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.core.models.registry import BUNDLED_MODEL_NAME

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
    ("sentence-transformers", "Apache-2.0", ("sentence-transformers",)),
)
HUB = "https://huggingface.co/"


def lokal_version() -> str:
    """The installed package's version; the source's own in a frozen bundle without metadata."""
    try:
        return metadata.version("lokal")
    except metadata.PackageNotFoundError:
        return __version__


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
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setMinimumWidth(460)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Lokal"))
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
            f"<h3>{html.escape(self.tr('Bundled models'))}</h3>",
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td><a href='{HUB}{repo}'>{html.escape(name)}</a></td>"
                f"<td>&nbsp;</td><td>{html.escape(licence)}</td></tr>"
                for name, licence, repo in BUNDLED_MODELS
            )
            + "</table>",
            f"<h3>{html.escape(self.tr('Built with'))}</h3>",
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
        self.page.setHtml(f"<h2>{html.escape(self.tr('Getting started'))}</h2>{body}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _open(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)  # the user clicked it: their file manager
