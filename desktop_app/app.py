"""Composition root of the GUI: settings, workers on their threads, window and controllers.

Wired by hand so a newcomer can read the whole picture here. The window is shown before any
heavy import (torch, llama_cpp, chromadb): those happen on the worker threads afterwards.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, QTranslator, Slot
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, paths, services
from desktop_app.config import Settings, load_settings
from desktop_app.core.errors import LokalError
from desktop_app.ui.chat_controller import ChatController
from desktop_app.ui.index_controller import IndexController
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import error_text
from desktop_app.workers.index_worker import IndexWorker
from desktop_app.workers.llm_worker import LlmWorker
from desktop_app.workers.threads import close_on_own_thread, start_on_thread, stop_thread

# Set by `make bench`: print when the window is first shown, then quit.
STARTUP_PROBE_ENV = "LOKAL_STARTUP_PROBE"


class LokalApp(QObject):
    """Everything the GUI is made of; `shutdown()` stops it without losing writes."""

    def __init__(self, data_dir: Path, settings: Settings) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self.window = MainWindow()
        self.chat = ChatController(self.window, settings.retrieval.top_k)
        self.index_worker = IndexWorker(data_dir, settings)
        self.indexing = IndexController(self.window, self.index_worker.cancel_indexing)
        try:
            model_path = services.chat_model_path(settings)
        except LokalError as error:
            model_path = Path(error.params.get("path", ""))
        self.llm_worker = LlmWorker(model_path, services.engine_settings(settings))
        self._threads = []
        self._wire()

    def _wire(self) -> None:
        index, llm, chat, indexing = self.index_worker, self.llm_worker, self.chat, self.indexing
        # GUI -> workers (queued: the workers live on other threads)
        indexing.index_requested.connect(index.index_paths)
        chat.search_requested.connect(index.search)
        chat.answer_requested.connect(llm.answer)
        # index worker -> GUI
        index.failed.connect(indexing.on_worker_failed)
        index.files_found.connect(indexing.on_files_found)
        index.file_started.connect(indexing.on_file_started)
        index.file_progressed.connect(indexing.on_file_progressed)
        index.file_indexed.connect(indexing.on_file_indexed)
        index.file_unchanged.connect(indexing.on_file_unchanged)
        index.file_failed.connect(indexing.on_file_failed)
        index.run_finished.connect(indexing.on_run_finished)
        index.search_finished.connect(chat.on_search_finished)
        index.search_failed.connect(chat.on_search_failed)
        # LLM worker -> GUI
        llm.model_loading.connect(self._on_model_loading)
        llm.model_loaded.connect(self._on_model_loaded)
        llm.model_failed.connect(self._on_model_failed)
        llm.tokens_streamed.connect(chat.on_tokens)
        llm.answer_finished.connect(chat.on_answer_finished)
        llm.answer_failed.connect(chat.on_answer_failed)

    def start_workers(self) -> None:
        """Start the worker threads: model loading and index opening begin in the background."""
        if not self._threads:
            self._threads = [
                start_on_thread(self.llm_worker, "lokal-llm"),
                start_on_thread(self.index_worker, "lokal-index"),
            ]

    def shutdown(self) -> None:
        """Cancel running work, end every thread, then release the models and the store."""
        self.chat.stop()
        self.index_worker.cancel_indexing()
        workers = (self.llm_worker, self.index_worker)
        if not self._threads:
            for worker in workers:
                worker.close()
            return
        # Each worker closes its model or store on its own thread (they own them), then ends.
        for worker, thread in zip(workers, self._threads, strict=True):
            close_on_own_thread(worker)
            stop_thread(thread)
        self._threads = []

    @Slot(str)
    def _on_model_loading(self, path: str) -> None:
        self.window.model_status.setText(
            self.tr("Loading model {name}…").format(name=os.path.basename(path))
        )

    @Slot(str, object)
    def _on_model_loaded(self, path: str, info) -> None:
        self.window.model_status.setText(
            self.tr("Model: {name} (ready)").format(name=os.path.basename(path))
        )

    @Slot(str, object)
    def _on_model_failed(self, path: str, error: LokalError) -> None:
        message = error_text(error)
        self.window.model_status.setText(self.tr("Model failed to load"))
        self.window.chat_view.add_notice(
            self.tr("The chat model could not be loaded: {reason}").format(reason=message),
            is_error=True,
        )


def install_translations(app: QApplication, language: str | None = None) -> QTranslator | None:
    """Load Lokal's translation for the system locale (or `language`), when one is shipped."""
    locale = QLocale(language) if language else QLocale.system()
    translator = QTranslator(app)
    if translator.load(locale, "lokal", "_", str(paths.resources_dir() / "translations")):
        app.installTranslator(translator)
        return translator
    return None


def run_gui(data_dir: str | None = None, launched: float | None = None) -> int:
    started = launched if launched is not None else time.perf_counter()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    install_translations(app)
    folder = paths.resolve_data_dir(data_dir)
    lokal = LokalApp(folder, load_settings(folder))
    if os.environ.get(STARTUP_PROBE_ENV):
        lokal.window.shown.connect(
            lambda: QTimer.singleShot(0, lambda: _report_shown(app, started))
        )
    else:
        # Workers start once the window is on screen, so the first paint is not delayed.
        lokal.window.shown.connect(lambda: QTimer.singleShot(0, lokal.start_workers))
    app.aboutToQuit.connect(lokal.shutdown)
    lokal.window.show()
    return app.exec()


def _report_shown(app: QApplication, started: float) -> None:
    print(f"lokal-window-shown {time.perf_counter() - started:.4f}", flush=True)
    app.quit()
