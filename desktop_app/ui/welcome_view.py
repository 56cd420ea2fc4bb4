"""The welcome view: what the chat area shows while a conversation is empty.

It says what Lokal does, how to add documents, and that the built-in model is tiny, and it
offers the catalog model that fits this computer best (fit.recommended_model) with one
Download button. A view of the ModelsController, like the Models page: it reads the last
listing and turns clicks into the controller's requests; the download itself is the Models
page's (its progress shows there and here).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.models.catalog import CatalogEntry
from desktop_app.core.models.download_events import DownloadSpec
from desktop_app.core.models.fit import recommended_model
from desktop_app.core.models.registry import BUNDLED_MODEL_NAME
from desktop_app.ui.models_controller import ModelsController
from desktop_app.ui.models_page import catalog_size, data_size, fit_text

# Lines of text are easier to read when they don't run the width of a wide window.
READABLE_WIDTH = 680


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _paragraph(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WelcomeView(QFrame):
    add_files_requested = Signal()  # the Documents panel's "Add files…"
    models_requested = Signal()  # Settings, on the Models page

    def __init__(self, controller: ModelsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")
        self.setMaximumWidth(READABLE_WIDTH)
        self._controller = controller
        self.recommended: CatalogEntry | None = None

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.intro = _paragraph(self)

        self.documents_heading = _heading(self)
        self.documents_text = _paragraph(self)
        self.add_files_button = QPushButton(self)
        self.add_files_button.clicked.connect(self.add_files_requested)

        self.model_heading = _heading(self)
        self.model_text = _paragraph(self)
        self.recommendation = _paragraph(self)
        self.recommendation.setTextFormat(Qt.TextFormat.RichText)
        self.recommendation.setObjectName("recommendedModel")
        self.download_button = QPushButton(self)
        self.download_button.clicked.connect(self._download)
        self.more_models_button = QPushButton(self)
        self.more_models_button.clicked.connect(self.models_requested)

        self.ask_heading = _heading(self)
        self.ask_text = _paragraph(self)

        documents_buttons = QHBoxLayout()
        documents_buttons.addWidget(self.add_files_button)
        documents_buttons.addStretch(1)
        model_buttons = QHBoxLayout()
        model_buttons.addWidget(self.download_button)
        model_buttons.addWidget(self.more_models_button)
        model_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.documents_heading)
        layout.addWidget(self.documents_text)
        layout.addLayout(documents_buttons)
        layout.addSpacing(8)
        layout.addWidget(self.model_heading)
        layout.addWidget(self.model_text)
        layout.addWidget(self.recommendation)
        layout.addLayout(model_buttons)
        layout.addSpacing(8)
        layout.addWidget(self.ask_heading)
        layout.addWidget(self.ask_text)

        controller.snapshot_changed.connect(self.show_recommendation)
        controller.downloads_changed.connect(self.show_recommendation)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to Lokal"))
        self.intro.setText(
            self.tr(
                "Lokal answers questions from your own documents. It works offline: your "
                "documents and questions never leave this computer. Every answer cites the file "
                "and page it comes from, so you can check it."
            )
        )
        self.documents_heading.setText(self.tr("1. Add your documents"))
        self.documents_text.setText(
            self.tr(
                "Drop PDF, Word, text or Markdown files, or whole folders, anywhere on this "
                "window, or choose them with the button below. Lokal reads them once and keeps "
                "an index, so later questions are quick."
            )
        )
        self.add_files_button.setText(self.tr("Add files…"))
        self.add_files_button.setAccessibleName(self.tr("Add documents"))
        self.model_heading.setText(self.tr("2. Get a better model"))
        self.model_text.setText(
            self.tr(
                "The built-in model, {name}, is tiny: it runs on any computer, but its answers "
                "are often poor. A larger model answers far better."
            ).format(name=BUNDLED_MODEL_NAME)
        )
        self.more_models_button.setText(self.tr("More models…"))
        self.more_models_button.setAccessibleName(self.tr("Open the Models page of Settings"))
        self.ask_heading.setText(self.tr("3. Ask"))
        self.ask_text.setText(
            self.tr(
                "Type a question below and press Enter. Help, Getting started tells more about "
                "sources, citations and where Lokal keeps your data."
            )
        )
        self.show_recommendation()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the model to download ----------------------------------------------------------------

    @Slot()
    def show_recommendation(self) -> None:
        """The best-fitting catalog model for this computer, and where its download stands."""
        snapshot = self._controller.snapshot
        entry = None
        if snapshot is not None:
            entry = recommended_model(snapshot.catalog, snapshot.catalog_fits, snapshot.hardware)
        self.recommended = entry
        self.download_button.setText(self.tr("Download"))
        self.download_button.setEnabled(True)
        if snapshot is None:
            self._show(self.tr("Looking for the best model for this computer…"), download=False)
            return
        if entry is None:
            self._show(
                self.tr(
                    "No model in the catalog fits this computer's free memory now. More "
                    "models… lists them all, with what each needs."
                ),
                download=False,
            )
            return
        self.download_button.setAccessibleName(self.tr("Download {name}").format(name=entry.name))
        if any(model.path.name == entry.filename for model in snapshot.models):
            self._show(
                self.tr(
                    "<b>{name}</b> is on this computer. Choose it in Settings, Models: "
                    "select it and click Use this model."
                ).format(name=html.escape(entry.name)),
                download=False,
            )
            return
        best = self.tr("Best for this computer: <b>{name}</b> ({fit}, {size} to download).").format(
            name=html.escape(entry.name),
            fit=fit_text(snapshot.catalog_fits.get(entry.id)),
            size=catalog_size(entry),
        )
        state = self._controller.downloads.get(DownloadSpec(entry.repo_id, entry.filename))
        if state is None:
            self._show(best, download=True)
        elif state.status == "failed":
            self.download_button.setText(self.tr("Try again"))
            self._show(
                best
                + "<br>"
                + html.escape(self.tr("The download failed: {reason}").format(reason=state.error)),
                download=True,
            )
        else:
            self.download_button.setEnabled(False)
            self.download_button.setText(self.tr("Downloading…"))
            if state.total:
                progress = self.tr("Downloading: {done} of {total}.").format(
                    done=data_size(state.downloaded), total=data_size(state.total)
                )
            else:
                progress = self.tr("Downloading…")
            self._show(best + "<br>" + html.escape(progress), download=True)

    def _show(self, text: str, download: bool) -> None:
        self.recommendation.setText(text)
        self.download_button.setVisible(download)

    @Slot()
    def _download(self) -> None:
        if self.recommended is not None:
            self._controller.download(self.recommended)
