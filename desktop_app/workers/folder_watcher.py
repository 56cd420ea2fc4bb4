"""Watches the folders the user added, on the GUI thread, and asks for a re-check on change.

It lives on the GUI thread on purpose: a QFileSystemWatcher created on the index worker's
thread deadlocked at start-up (its constructor waited on a Qt lock while holding the GIL that
the GUI thread needed to finish an event). Here it only adds and removes paths and starts a
timer; the re-check itself runs on the index worker (`IndexWorker.sync_folders`).

QFileSystemWatcher is not recursive: the index worker sends every folder, subfolder and file
under the watched folders (`IndexWorker.watch_paths_listed`).
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

# Changes on disk are gathered this long before the folders are re-checked.
SYNC_DELAY_MS = 1500


class FolderWatcher(QObject):
    changed = Signal()  # debounced: something under a watched folder changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_disk_changed)
        self._watcher.fileChanged.connect(self._on_disk_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SYNC_DELAY_MS)
        self._timer.timeout.connect(self.changed)

    @Slot(list)
    def watch(self, paths: list[str]) -> None:
        """Watch exactly these paths from now on."""
        wanted = set(paths)
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def close(self) -> None:
        """Stop watching and delete the Qt objects now, on this (the GUI) thread."""
        self._timer.stop()
        paths = self.watched()
        if paths:
            self._watcher.removePaths(paths)
        self._timer.deleteLater()
        self._watcher.deleteLater()
        self.deleteLater()

    def watched(self) -> list[str]:
        return sorted(set(self._watcher.files()) | set(self._watcher.directories()))

    @Slot(str)
    def _on_disk_changed(self, path: str) -> None:
        self._timer.start()  # restarts: a burst of changes makes one re-check
