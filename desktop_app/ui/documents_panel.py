"""The documents panel: named collections, each file with its state; add, remove, re-index."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LokalError
from desktop_app.core.library import DEFAULT_COLLECTION
from desktop_app.core.store_types import LibraryCollection, LibraryFile
from desktop_app.ui.collection_names import shown_collection_name
from desktop_app.ui.messages import error_text

PATH_ROLE = Qt.ItemDataRole.UserRole
COLLECTION_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentsPanel(QWidget):
    add_requested = Signal(list, str)  # paths, collection
    create_requested = Signal(str)
    rename_requested = Signal(str, str)
    delete_collection_requested = Signal(str)
    remove_file_requested = Signal(str, str)  # collection, path
    reindex_requested = Signal(str)
    cancel_requested = Signal()
    summarize_requested = Signal(list, str)  # paths, what to list ("": summarise them)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Documents"))
        title = QLabel(self.tr("Documents"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("State")])
        self.tree.setAccessibleName(self.tr("Collections and files"))
        self.tree.setColumnWidth(0, 200)
        self.tree.setAcceptDrops(False)  # drops go to the panel, which knows the collection
        self.new_button = QPushButton(self.tr("New collection…"), self)
        self.add_files_button = QPushButton(self.tr("Add files…"), self)
        self.add_folder_button = QPushButton(self.tr("Add folder…"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.reindex_button = QPushButton(self.tr("Re-index"), self)
        self.cancel_button = QPushButton(self.tr("Cancel indexing"), self)
        self.cancel_button.setEnabled(False)
        for button, name in (
            (self.new_button, self.tr("New collection")),
            (self.add_files_button, self.tr("Add files to the selected collection")),
            (self.add_folder_button, self.tr("Add a folder to the selected collection")),
            (self.remove_button, self.tr("Remove the selected file or collection")),
            (self.reindex_button, self.tr("Re-index the selected collection")),
            (self.cancel_button, self.tr("Cancel indexing")),
        ):
            button.setAccessibleName(name)
        grid = QVBoxLayout()
        for pair in (
            (self.new_button, self.reindex_button),
            (self.add_files_button, self.add_folder_button),
            (self.remove_button, self.cancel_button),
        ):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            grid.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(grid)

        self._collections: list[str] = []
        self._progress: dict[str, str] = {}  # path -> "indexing 40%" while a run is going
        self._unchanged: set[str] = set()  # found unchanged by the last run
        # The worker's last snapshot, with the files settled since then (show_indexed, ...).
        self._library: list[LibraryCollection] = []
        self.new_button.clicked.connect(self._new_collection)
        self.add_files_button.clicked.connect(self._add_files)
        self.add_folder_button.clicked.connect(self._add_folder)
        self.remove_button.clicked.connect(self._remove_selected)
        self.reindex_button.clicked.connect(self._reindex_selected)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self._add_context_menu()

    # -- what the worker reports --------------------------------------------------------------

    def show_library(self, library: list[LibraryCollection]) -> None:
        selected = self.selected_collection()
        self._library = library
        self._collections = [collection.name for collection in library]
        self.tree.clear()
        for collection in library:
            top = QTreeWidgetItem(
                [
                    shown_collection_name(collection.name, self._collections),
                    self.tr("%n file(s)", "", len(collection.files)),
                ]
            )
            top.setData(0, COLLECTION_ROLE, collection.name)
            for file in collection.files:
                child = QTreeWidgetItem([os.path.basename(file.path), self._state_text(file)])
                child.setData(0, PATH_ROLE, file.path)
                child.setData(0, COLLECTION_ROLE, collection.name)
                child.setToolTip(0, file.path)
                child.setToolTip(1, self._state_text(file))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if collection.name == selected:
                self.tree.setCurrentItem(top)

    def set_file_progress(self, path: str, text: str | None) -> None:
        if text is None:
            self._progress.pop(path, None)
        else:
            self._progress[path] = text
        for item in self._file_items(path):
            item.setText(1, text or self._state_text(self._file(path)))

    def set_indexing(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        if running:
            self._unchanged.clear()
        else:
            # A run that ended (cancelled, too) leaves no file saying "indexing…".
            for path in list(self._progress):
                self.set_file_progress(path, None)

    def mark_unchanged(self, path: str) -> None:
        self._unchanged.add(path)
        self.set_file_progress(path, None)

    def show_indexed(self, path: str, chunks: int, pages: int | None) -> None:
        """The file was just indexed: show it so now (the snapshot follows at the run's end)."""
        self._settle(LibraryFile(path, "indexed", chunks, pages))

    def show_failed(self, path: str, error: LokalError) -> None:
        self._settle(
            LibraryFile(path, "failed", error_code=error.code, error_params=dict(error.params))
        )

    # -- the user's choices -------------------------------------------------------------------

    def selected_collection(self) -> str | None:
        item = self.tree.currentItem()
        if item is not None:
            return item.data(0, COLLECTION_ROLE)
        return self._collections[0] if self._collections else None

    def collection_for_adding(self) -> str:
        # The first collection: stored in English, shown in the user's language.
        return self.selected_collection() or DEFAULT_COLLECTION

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            target = self.tree.itemAt(
                self.tree.viewport().mapFrom(self, event.position().toPoint())
            )
            collection = target.data(0, COLLECTION_ROLE) if target else None
            self.add_requested.emit(paths, collection or self.collection_for_adding())

    def _new_collection(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New collection"), self.tr("Name:"))
        if ok and name.strip():
            self.create_requested.emit(name.strip())

    def _add_files(self) -> None:
        from desktop_app.core.ingest.readers import SUPPORTED_SUFFIXES

        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add files"),
            "",
            self.tr("Documents ({patterns})").format(patterns=patterns),
        )
        if paths:
            self.add_requested.emit(paths, self.collection_for_adding())

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add folder"))
        if folder:
            self.add_requested.emit([folder], self.collection_for_adding())

    def _remove_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        collection = item.data(0, COLLECTION_ROLE)
        path = item.data(0, PATH_ROLE)
        if path:
            question = self.tr(
                "Remove {name} from the collection {collection}? The file itself is not deleted."
            ).format(
                name=os.path.basename(path),
                collection=shown_collection_name(collection, self._collections),
            )
        else:
            question = self.tr(
                "Remove the collection {collection} and its index? Your files are not deleted."
            ).format(collection=shown_collection_name(collection, self._collections))
        answer = QMessageBox.question(self, self.tr("Remove"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if path:
            self.remove_file_requested.emit(collection, path)
        else:
            self.delete_collection_requested.emit(collection)

    def _reindex_selected(self) -> None:
        collection = self.selected_collection()
        if collection:
            self.reindex_requested.emit(collection)

    # -- whole-document tasks (context menu) --------------------------------------------------

    def _add_context_menu(self) -> None:
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.context_menu = QMenu(self)
        self.summarize_action = self.context_menu.addAction(self.tr("Summarise"))
        self.summarize_action.setToolTip(self.tr("Summarise the whole text of the selection"))
        self.list_action = self.context_menu.addAction(self.tr("List every…"))
        self.list_action.setToolTip(self.tr("List every item of a kind in the whole selection"))
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        self.summarize_action.triggered.connect(self._summarize_selected)
        self.list_action.triggered.connect(self._list_in_selected)

    def selected_paths(self) -> list[str]:
        """The selected files, in the tree's order; a selected collection means its files."""
        paths: dict[str, None] = {}
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for row in range(top.childCount()):
                child = top.child(row)
                if top.isSelected() or child.isSelected():
                    paths[child.data(0, PATH_ROLE)] = None
        return [path for path in paths if path]

    def _show_context_menu(self, position) -> None:
        item = self.tree.itemAt(position)
        if item is None and not self.tree.selectedItems():
            return
        if item is not None and not item.isSelected():  # a right-click outside the selection
            self.tree.setCurrentItem(item)  # acts on that item; the Menu key, on the selection
        enabled = bool(self.selected_paths())
        self.summarize_action.setEnabled(enabled)
        self.list_action.setEnabled(enabled)
        self.context_menu.popup(self.tree.viewport().mapToGlobal(position))

    def _summarize_selected(self) -> None:
        paths = self.selected_paths()
        if paths:
            self.summarize_requested.emit(paths, "")

    def _list_in_selected(self) -> None:
        paths = self.selected_paths()
        if not paths:
            return
        what, ok = QInputDialog.getText(
            self,
            self.tr("List every…"),
            self.tr("What should be listed? For example: command, date, person, requirement"),
        )
        if ok and what.strip():
            self.summarize_requested.emit(paths, what.strip())

    # -- helpers ------------------------------------------------------------------------------

    def _settle(self, settled: LibraryFile) -> None:
        self._library = [
            replace(
                collection,
                files=tuple(
                    settled if file.path == settled.path else file for file in collection.files
                ),
            )
            for collection in self._library
        ]
        self.set_file_progress(settled.path, None)

    def _file(self, path: str) -> LibraryFile | None:
        for collection in self._library:
            for file in collection.files:
                if file.path == path:
                    return file
        return None

    def _file_items(self, path: str) -> list[QTreeWidgetItem]:
        items = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            items += [
                top.child(row)
                for row in range(top.childCount())
                if top.child(row).data(0, PATH_ROLE) == path
            ]
        return items

    def _state_text(self, file: LibraryFile | None) -> str:
        if file is None:
            return ""
        if file.path in self._progress:
            return self._progress[file.path]
        if file.state == "indexed" and file.path in self._unchanged:
            return self.tr("unchanged")
        if file.state == "indexed":
            if file.pages:
                return self.tr("indexed: %n page(s)", "", file.pages)
            return self.tr("indexed")
        if file.state == "failed":
            error = LokalError(file.error_code or "unreadable", **(file.error_params or {}))
            return self.tr("failed: {reason}").format(reason=error_text(error))
        return self.tr("waiting")
