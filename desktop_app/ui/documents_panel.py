"""The documents panel: named collections, each file with its state; add, remove, re-index.

The State column stays short ("52 pages", "failed") so that it fits beside the names; the
whole state (passages, the reason a file failed) is in its tooltip and, since a tooltip needs
the window to be active, in the details line under the tree, which follows the selection.
Right-click a file to open it, show it in its folder, summarise, re-index or remove it; a
collection to re-index, rename or remove it. Add files… and Add folder… open where the user
last chose something (`set_start_folder`, `folder_chosen`: kept in the settings by the app).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LokalError
from desktop_app.core.library import DEFAULT_COLLECTION
from desktop_app.core.store_types import LibraryCollection, LibraryFile
from desktop_app.ui.collection_names import shown_collection_name
from desktop_app.ui.messages import error_detail, error_text

PATH_ROLE = Qt.ItemDataRole.UserRole
COLLECTION_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentsPanel(QWidget):
    add_requested = Signal(list, str)  # paths, collection (also a file's re-index: a re-check)
    create_requested = Signal(str)
    rename_requested = Signal(str, str)
    delete_collection_requested = Signal(str)
    remove_file_requested = Signal(str, str)  # collection, path
    reindex_requested = Signal(str)
    cancel_requested = Signal()
    summarize_requested = Signal(list, str)  # paths, what to list ("": summarise them)
    folder_chosen = Signal(str)  # where the next Add files… / Add folder… opens

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setAcceptDrops(False)  # drops go to the panel, which knows the collection
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "R-FA…023.pdf": both ends
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # The selected item's whole state: reachable without a tooltip (an inactive window
        # shows none) and read by screen readers.
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setObjectName("documentDetails")  # styled by the theme's one sheet, if at all
        self.new_button = QPushButton(self)
        self.add_files_button = QPushButton(self)
        self.add_folder_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.reindex_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
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
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(grid)

        self._collections: list[str] = []
        self._progress: dict[str, str] = {}  # path -> "indexing 40%" while a run is going
        self._unchanged: set[str] = set()  # found unchanged by the last run
        # The worker's last snapshot, with the files settled since then (show_indexed, ...).
        self._library: list[LibraryCollection] = []
        self._start_folder = ""  # where the file dialogs open; "" for the home folder
        self.new_button.clicked.connect(self._new_collection)
        self.add_files_button.clicked.connect(self._add_files)
        self.add_folder_button.clicked.connect(self._add_folder)
        self.remove_button.clicked.connect(self._remove_selected)
        self.reindex_button.clicked.connect(self._reindex_selected)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.tree.currentItemChanged.connect(self._show_details)
        self._add_context_menu()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Documents"))
        self.title.setText(self.tr("Documents"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("State")])
        self.tree.setAccessibleName(self.tr("Collections and files"))
        self.details.setAccessibleName(self.tr("Details of the selected file or collection"))
        for button, text, name in (
            (self.new_button, self.tr("New collection…"), self.tr("New collection")),
            (
                self.add_files_button,
                self.tr("Add files…"),
                self.tr("Add files to the selected collection"),
            ),
            (
                self.add_folder_button,
                self.tr("Add folder…"),
                self.tr("Add a folder to the selected collection"),
            ),
            (
                self.remove_button,
                self.tr("Remove…"),
                self.tr("Remove the selected file or collection"),
            ),
            (self.reindex_button, self.tr("Re-index"), self.tr("Re-index the selected collection")),
            (self.cancel_button, self.tr("Cancel indexing"), self.tr("Cancel indexing")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        for action, text, tip in (
            (self.open_action, self.tr("Open"), self.tr("Open the file in its usual program")),
            (
                self.show_in_folder_action,
                self.tr("Show in folder"),
                self.tr("Open the folder that holds the file"),
            ),
            (
                self.summarize_action,
                self.tr("Summarise"),
                self.tr("Summarise the whole text of the selection"),
            ),
            (
                self.list_action,
                self.tr("List every…"),
                self.tr("List every item of a kind in the whole selection"),
            ),
            (
                self.reindex_action,
                self.tr("Re-index"),
                self.tr("Check the selection again and index what changed"),
            ),
            (self.rename_action, self.tr("Rename…"), self.tr("Rename the collection")),
            (
                self.remove_action,
                self.tr("Remove…"),
                self.tr("Remove it from Lokal (not from disk)"),
            ),
        ):
            action.setText(text)
            action.setToolTip(tip)
        self.show_library(self._library)  # states, counts and the default collection's name

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- what the worker reports --------------------------------------------------------------

    def show_library(self, library: list[LibraryCollection]) -> None:
        selected_collection, selected_path = self._selection_key()
        self._library = library
        self._collections = [collection.name for collection in library]
        self.tree.clear()
        current = None
        for collection in library:
            top = QTreeWidgetItem(
                [
                    shown_collection_name(collection.name, self._collections),
                    self.tr("%Ln file(s)", "", len(collection.files)),
                ]
            )
            top.setData(0, COLLECTION_ROLE, collection.name)
            for file in collection.files:
                child = QTreeWidgetItem([os.path.basename(file.path), ""])
                child.setData(0, PATH_ROLE, file.path)
                child.setData(0, COLLECTION_ROLE, collection.name)
                top.addChild(child)
                self._show_state(child, file)
                if collection.name == selected_collection and file.path == selected_path:
                    current = child
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            self._show_collection_tips(top)
            if collection.name == selected_collection and current is None:
                current = top
        if current is not None:
            self.tree.setCurrentItem(current)
        self._show_details(self.tree.currentItem())

    def set_file_progress(self, path: str, text: str | None) -> None:
        if text is None:
            self._progress.pop(path, None)
        else:
            self._progress[path] = text
        for item in self._file_items(path):
            self._show_state(item, self._file(path) or LibraryFile(path, "pending"))
        current = self.tree.currentItem()
        if current is not None and current.data(0, PATH_ROLE) == path:
            self._show_details(current)

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

    def set_start_folder(self, folder: str) -> None:
        """Where Add files… and Add folder… open next (the folder used last)."""
        self._start_folder = folder

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
            self.start_folder(),
            self.tr("Documents ({patterns})").format(patterns=patterns),
        )
        if paths:
            self._remember_folder(os.path.dirname(paths[0]))
            self.add_requested.emit(paths, self.collection_for_adding())

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add folder"), self.start_folder())
        if folder:
            # Its parent: the next folder to add is often a sibling of this one.
            self._remember_folder(os.path.dirname(os.path.normpath(folder)) or folder)
            self.add_requested.emit([folder], self.collection_for_adding())

    def start_folder(self) -> str:
        """The folder chosen from last, if it is still there; else the home folder (never the
        folder Lokal happened to be started from)."""
        if self._start_folder and os.path.isdir(self._start_folder):
            return self._start_folder
        return str(Path.home())

    def _remember_folder(self, folder: str) -> None:
        if folder and folder != self._start_folder:
            self._start_folder = folder
            self.folder_chosen.emit(folder)

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

    # -- the context menu ---------------------------------------------------------------------

    def _add_context_menu(self) -> None:
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.context_menu = QMenu(self)
        menu = self.context_menu
        self.open_action = menu.addAction("")  # texts: retranslate_ui
        self.show_in_folder_action = menu.addAction("")
        self._file_separator = menu.addSeparator()
        self.summarize_action = menu.addAction("")
        self.list_action = menu.addAction("")
        menu.addSeparator()
        self.reindex_action = menu.addAction("")
        self.rename_action = menu.addAction("")
        self.remove_action = menu.addAction("")
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        self.open_action.triggered.connect(self._open_current)
        self.show_in_folder_action.triggered.connect(self._show_current_in_folder)
        self.summarize_action.triggered.connect(self._summarize_selected)
        self.list_action.triggered.connect(self._list_in_selected)
        self.reindex_action.triggered.connect(self._reindex_from_menu)
        self.rename_action.triggered.connect(self._rename_current)
        self.remove_action.triggered.connect(self._remove_selected)

    def selected_paths(self) -> list[str]:
        """The selected files, in the tree's order; a selected collection means its files."""
        return [path for path, _collection in self._selected_files()]

    def _selected_files(self) -> list[tuple[str, str]]:
        """(path, collection) of the selected files; a selected collection means its files."""
        files: dict[str, str] = {}
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for row in range(top.childCount()):
                child = top.child(row)
                path = child.data(0, PATH_ROLE)
                if path and (top.isSelected() or child.isSelected()):
                    files.setdefault(path, child.data(0, COLLECTION_ROLE))
        return list(files.items())

    def _show_context_menu(self, position) -> None:
        item = self.tree.itemAt(position)
        if item is None and not self.tree.selectedItems():
            return
        if item is not None and not item.isSelected():  # a right-click outside the selection
            self.tree.setCurrentItem(item)  # acts on that item; the Menu key, on the selection
        current = self.tree.currentItem()
        on_file = current is not None and bool(current.data(0, PATH_ROLE))
        for action in (self.open_action, self.show_in_folder_action, self._file_separator):
            action.setVisible(on_file)
        self.rename_action.setVisible(current is not None and not on_file)
        enabled = bool(self.selected_paths())
        self.summarize_action.setEnabled(enabled)
        self.list_action.setEnabled(enabled)
        self.reindex_action.setEnabled(enabled or (current is not None and not on_file))
        self.remove_action.setEnabled(current is not None)
        self.context_menu.popup(self.tree.viewport().mapToGlobal(position))

    def _open_current(self) -> None:
        path = self._current_path()
        if path and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            QMessageBox.warning(
                self,
                self.tr("Open"),
                self.tr("No program could open {name}.").format(name=os.path.basename(path)),
            )

    def _show_current_in_folder(self) -> None:
        path = self._current_path()
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(path)))

    def _reindex_from_menu(self) -> None:
        """A collection: re-check it whole. Files: re-check them, each in its collection."""
        current = self.tree.currentItem()
        if (
            current is not None
            and not current.data(0, PATH_ROLE)
            and len(self._selected_tops()) <= 1
        ):
            self.reindex_requested.emit(current.data(0, COLLECTION_ROLE))
            return
        by_collection: dict[str, list[str]] = {}
        for path, collection in self._selected_files():
            by_collection.setdefault(collection, []).append(path)
        for collection, paths in by_collection.items():
            self.add_requested.emit(paths, collection)

    def _rename_current(self) -> None:
        current = self.tree.currentItem()
        if current is None or current.data(0, PATH_ROLE):
            return
        old = current.data(0, COLLECTION_ROLE)
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename collection"),
            self.tr("New name:"),
            text=shown_collection_name(old, self._collections),
        )
        if ok and name.strip() and name.strip() != old:
            self.rename_requested.emit(old, name.strip())

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

    def _current_path(self) -> str | None:
        current = self.tree.currentItem()
        return current.data(0, PATH_ROLE) if current is not None else None

    def _selected_tops(self) -> list[QTreeWidgetItem]:
        return [
            self.tree.topLevelItem(index)
            for index in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(index).isSelected()
        ]

    def _selection_key(self) -> tuple[str | None, str | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        return item.data(0, COLLECTION_ROLE), item.data(0, PATH_ROLE)

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

    def _show_state(self, item: QTreeWidgetItem, file: LibraryFile) -> None:
        """The short state in the column, its icon, and the whole of it in the tooltips."""
        item.setText(1, self._state_text(file))
        icon = {
            "indexed": QStyle.StandardPixmap.SP_DialogApplyButton,
            "failed": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }.get(file.state if file.path not in self._progress else "")
        item.setIcon(1, self.style().standardIcon(icon) if icon is not None else QIcon())
        whole = self._state_details(file, with_detail=True)
        item.setToolTip(0, f"{file.path}\n{whole}")
        item.setToolTip(1, whole)

    def _show_collection_tips(self, top: QTreeWidgetItem) -> None:
        tip = self._collection_details(top)
        top.setToolTip(0, tip)
        top.setToolTip(1, tip)

    def _show_details(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.details.setText(self.tr("Select a file or collection to see its state."))
            return
        path = item.data(0, PATH_ROLE)
        if not path:
            self.details.setText(self._collection_details(item))
            return
        file = self._file(path) or LibraryFile(path, "pending")
        self.details.setText(
            self.tr("{name}: {state}\n{path}").format(
                name=os.path.basename(path), state=self._state_details(file), path=path
            )
        )

    def _collection_details(self, top: QTreeWidgetItem) -> str:
        name = top.data(0, COLLECTION_ROLE)
        files = [file for c in self._library if c.name == name for file in c.files]
        failed = sum(1 for file in files if file.state == "failed")
        text = self.tr("Collection {name}: {files}").format(
            name=shown_collection_name(name, self._collections),
            files=self.tr("%Ln file(s)", "", len(files)),
        )
        if failed:
            text += ", " + self.tr("%Ln failed", "", failed)
        return text

    def _state_text(self, file: LibraryFile) -> str:
        """Short, to fit the column: "52 pages", "indexed", "failed", "indexing 40%"."""
        if file.path in self._progress:
            return self._progress[file.path]
        if file.state == "indexed" and file.path in self._unchanged:
            return self.tr("unchanged")
        if file.state == "indexed":
            if file.pages:
                return self.tr("%Ln page(s)", "", file.pages)
            return self.tr("indexed")
        if file.state == "failed":
            return self.tr("failed")
        return self.tr("waiting")

    def _state_details(self, file: LibraryFile, with_detail: bool = False) -> str:
        """The whole state, in a sentence: for the details line, and with the library's own
        (English) words of a failure for the tooltip."""
        if file.path in self._progress:
            return self.tr("Being indexed: {progress}").format(progress=self._progress[file.path])
        if file.state == "indexed":
            passages = self.tr("%Ln passage(s)", "", file.chunks)
            if file.pages:
                text = self.tr("Indexed: {pages}, {passages}.").format(
                    pages=self.tr("%Ln page(s)", "", file.pages), passages=passages
                )
            else:
                text = self.tr("Indexed: {passages}.").format(passages=passages)
            if file.path in self._unchanged:
                text += " " + self.tr("Unchanged since then.")
            return text
        if file.state == "failed":
            error = _error_of(file)
            text = self.tr("Could not be indexed: {reason}").format(reason=error_text(error))
            detail = error_detail(error)
            return f"{text}\n{detail}" if with_detail and detail not in text else text
        return self.tr("Waiting to be indexed.")


def _error_of(file: LibraryFile) -> LokalError:
    return LokalError(file.error_code or "unreadable", **(file.error_params or {}))
