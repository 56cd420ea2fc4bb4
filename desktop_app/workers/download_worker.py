"""The download worker: fetches models from Hugging Face on its own thread, one at a time.

Chat models are one GGUF file (core/models/download.py); embedding models a folder of files
(core/models/embedding_download.py); both report the same events. Pause and cancel are
`threading.Event`s set directly from the GUI thread (a queued signal would wait behind the
running download). A paused download keeps its part files: "Resume" starts it again from where
it stopped, in this session or after a restart. The downloaders import huggingface_hub and an
HTTP client (a third of a second), so they are imported here, on this thread, when first used.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.errors import LokalError
from desktop_app.core.models import download_events as events
from desktop_app.core.models.download_events import DownloadSpec


class DownloadWorker(QObject):
    download_progressed = Signal(object)  # DownloadProgress
    download_verifying = Signal(object)  # DownloadSpec
    download_paused = Signal(object)  # DownloadSpec
    download_cancelled = Signal(object)  # DownloadSpec
    download_finished = Signal(object)  # DownloadFinished (EmbeddingDownloadFinished: a folder)
    download_failed = Signal(object, object)  # DownloadSpec, LokalError

    def __init__(self, models_dir: Path, endpoint: str | None = None) -> None:
        super().__init__()
        self._models_dir = models_dir
        self._endpoint = endpoint  # None: $HF_ENDPOINT, else huggingface.co
        self._lock = threading.Lock()
        self._pause: dict[DownloadSpec, threading.Event] = {}
        self._cancel: dict[DownloadSpec, threading.Event] = {}

    @Slot()
    def start(self) -> None:
        pass

    @Slot()
    def close(self) -> None:
        self.pause_all()

    # Called from the GUI thread: the events are read by the running download.
    def pause(self, spec: DownloadSpec) -> None:
        self._events(spec)[0].set()

    def cancel(self, spec: DownloadSpec) -> None:
        self._events(spec)[1].set()

    def pause_all(self) -> None:
        with self._lock:
            for event in self._pause.values():
                event.set()

    def queue(self, spec: DownloadSpec) -> None:
        """Called from the GUI thread before the queued download runs: a fresh start."""
        pause, cancel = self._events(spec)
        pause.clear()
        cancel.clear()

    def _events(self, spec: DownloadSpec) -> tuple[threading.Event, threading.Event]:
        with self._lock:
            return (
                self._pause.setdefault(spec, threading.Event()),
                self._cancel.setdefault(spec, threading.Event()),
            )

    @Slot(object)
    def download(self, spec: DownloadSpec) -> None:
        """A chat model: one GGUF file into the models folder."""
        from desktop_app.core.models.download import download_model

        pause, cancel = self._events(spec)
        self._run(
            spec,
            lambda: download_model(
                spec, self._models_dir, cancel=cancel, pause=pause, endpoint=self._endpoint
            ),
        )

    @Slot(object)
    def download_embedding(self, entry) -> None:
        """An embedding model (an EmbeddingCatalogEntry): a folder into models/embeddings/."""
        from desktop_app.core.models.embedding_download import download_embedding_model

        pause, cancel = self._events(entry.spec)
        self._run(
            entry.spec,
            lambda: download_embedding_model(
                entry, self._models_dir, cancel=cancel, pause=pause, endpoint=self._endpoint
            ),
        )

    @Slot(object, bool)
    def discard(self, spec: DownloadSpec, embedding: bool) -> None:
        """Remove a paused or failed download's part files; reported as cancelled."""
        if embedding:
            from desktop_app.core.models.embedding_download import discard_embedding_partial

            discard_embedding_partial(self._models_dir, spec)
        else:
            from desktop_app.core.models.download import discard_partial

            discard_partial(self._models_dir, spec)
        self.download_cancelled.emit(spec)

    def _run(self, spec: DownloadSpec, start) -> None:
        try:
            for event in start():
                if isinstance(event, events.DownloadProgress):
                    self.download_progressed.emit(event)
                elif isinstance(event, events.DownloadVerifying):
                    self.download_verifying.emit(spec)
                elif isinstance(event, events.DownloadPaused):
                    self.download_paused.emit(spec)
                elif isinstance(event, events.DownloadCancelled):
                    self.download_cancelled.emit(spec)
                elif isinstance(event, events.DownloadFinished):
                    self.download_finished.emit(event)
        except LokalError as error:
            self.download_failed.emit(spec, error)
