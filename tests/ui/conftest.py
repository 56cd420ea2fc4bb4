"""A running Lokal GUI (real workers, real models) and helpers to use it as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.app import LokalApp
from desktop_app.config import Settings

MODEL_TIMEOUT_MS = 180_000


def start_app(qtbot, data_dir, settings: Settings | None = None, wait_for_model=True) -> LokalApp:
    settings = settings or Settings()
    settings.model.temperature = 0.0
    lokal = LokalApp(data_dir, settings)
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    index_ready = Recorder(lokal.index_worker.ready)
    model_loaded = Recorder(lokal.llm_worker.model_loaded)
    lokal.start_workers()
    qtbot.waitUntil(
        lambda: bool(index_ready.calls) and (bool(model_loaded.calls) or not wait_for_model),
        timeout=MODEL_TIMEOUT_MS,
    )
    return lokal


@pytest.fixture
def lokal_app(qtbot, tmp_path):
    lokal = start_app(qtbot, tmp_path / "data")
    yield lokal
    lokal.shutdown()


def drop_files(widget, paths) -> None:
    """Drag files from a file manager and drop them on `widget`."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    center = widget.rect().center()
    enter = QDragEnterEvent(  # Qt's drag-enter takes a QPoint, the drop a QPointF
        center,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the window refused the drag"
    drop = QDropEvent(
        QPointF(center),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)


def notices(lokal: LokalApp) -> list[tuple[str, bool]]:
    """(text, is an error) of the notices this run of the window reported, oldest first: those of
    the notification area (Lokal's own notices never go into a chat)."""
    return [(notice.text, notice.is_error) for notice in lokal.window.notices.session_notices()]


class Recorder(QObject):
    """Collects a worker signal's emissions on the GUI thread.

    A lambda connected to a worker's signal would run on the worker's thread; a QObject's
    method is called through the GUI thread's event loop, as the app's own slots are.
    """

    def __init__(self, signal, then=None) -> None:
        super().__init__()
        self.calls: list[tuple] = []
        self._then = then
        signal.connect(self.record)

    @Slot()
    def record(self, *args) -> None:
        self.calls.append(args)
        if self._then is not None:
            self._then(*args)
