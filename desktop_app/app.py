"""Composition root of the GUI: settings, workers on their threads, window and controllers.

Wired by hand so a newcomer can read the whole picture here. The window is shown before any
heavy import (torch, llama_cpp, chromadb): those happen on the worker threads afterwards.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, paths, services
from desktop_app.config import Settings, load_settings_with_repairs, save_settings
from desktop_app.core.data_lock import DataFolderLock
from desktop_app.core.errors import LokalError
from desktop_app.core.history import HistoryStore
from desktop_app.core.notice_log import NOTICE_LOG_FILE, NoticeLog
from desktop_app.core.remote_llm import RemoteChatEngine
from desktop_app.ui.agent_controller import AgentController
from desktop_app.ui.chat_controller import ChatController
from desktop_app.ui.conversation_actions import ConversationActions
from desktop_app.ui.help_dialogs import AboutDialog, GettingStartedDialog, app_icon
from desktop_app.ui.index_controller import IndexController
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.markdown_view import warm_up_highlighting
from desktop_app.ui.messages import error_detail, error_text, repair_text
from desktop_app.ui.models_controller import ModelsController
from desktop_app.ui.models_page import ask_link_or_copy
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.single_instance import (
    SingleInstanceServer,
    ask_running_window_to_come_forward,
    bring_to_front,
)
from desktop_app.ui.source_viewer import SourceViewer
from desktop_app.ui.theme import apply_theme
from desktop_app.ui.welcome_view import WelcomeView
from desktop_app.ui.workflow_controller import WorkflowController
from desktop_app.workers.agent_bridge import DocumentSearch, WriteApprovals
from desktop_app.workers.api_server_runner import ApiServerRunner, WindowGrounder
from desktop_app.workers.download_worker import DownloadWorker
from desktop_app.workers.folder_watcher import FolderWatcher
from desktop_app.workers.index_worker import IndexWorker
from desktop_app.workers.llm_worker import LlmWorker
from desktop_app.workers.model_files_worker import ModelFilesWorker
from desktop_app.workers.threads import close_on_own_thread, start_on_thread, stop_thread

# Set by `make bench`: print when the window is first shown, then quit.
STARTUP_PROBE_ENV = "LOKAL_STARTUP_PROBE"
# Who holds the data folder while a window is open (core/data_lock.py; translated when shown).
WINDOW_OWNER = "the Lokal window"


class LokalApp(QObject):
    """Everything the GUI is made of; `shutdown()` stops it without losing writes."""

    configure_requested = Signal(str, object)  # model path, EngineSettings -> LLM worker
    local_model_requested = Signal(str, object)  # the same, back from a model server
    use_remote_requested = Signal(object)  # core.remote_llm.RemoteEndpoint -> LLM worker
    loaded_model_changed = Signal(str)  # path of the model in memory -> model-files worker
    reindex_requested = Signal(str)  # collection -> index worker
    index_configure_requested = Signal(object)  # Settings (a copy) -> index worker

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        translators: list[QTranslator] | None = None,
        *,
        lock: DataFolderLock | None = None,
        repairs=(),
    ) -> None:
        super().__init__()
        # The data folder is this window's until shutdown(), before anything in it is opened:
        # a second window or `lokal index` on it is refused (LokalError "data_folder_busy").
        self.data_folder_lock = lock or DataFolderLock(data_dir, WINDOW_OWNER)
        self.data_folder_lock.acquire()
        self.data_dir = data_dir
        self.settings = settings
        self.history = HistoryStore(data_dir)
        # Set once shutdown has begun: a worker's answer queued before its thread ended may still
        # arrive, and must not reach the closed history.
        self._shut_down = False
        self.window = MainWindow()
        # Lokal's own notices, kept across restarts in the data folder (never inside a chat).
        self.window.notices.attach_log(NoticeLog(data_dir / NOTICE_LOG_FILE))
        self.chat = ChatController(self.window, self.history, settings)
        self.conversations = ConversationActions(self.window, self.history, self.chat)
        self.llm_worker = LlmWorker(self._model_path(settings), services.engine_settings(settings))
        self.index_worker = IndexWorker(data_dir, settings)
        self.indexing = IndexController(self.window, self.index_worker.cancel_indexing)
        # Workflows and the agent run on the LLM worker's thread; what they ask of the user
        # (approvals) and of the index (searches) goes through these two.
        self.document_search = DocumentSearch(self)
        self.write_approvals = WriteApprovals(self)
        # Settings > Server's API for other programs (off unless asked for); its grounded
        # answers come from the window's index through the index worker, as the agent's do.
        self.api_server = ApiServerRunner(
            data_dir,
            WindowGrounder(
                self.document_search,
                lambda: list(self._collections),
                lambda: self.settings.retrieval.top_k,
            ),
            self,
        )
        self.workflows = WorkflowController(self.window, data_dir, settings, self.document_search)
        self.agent = AgentController(
            self.window,
            self.chat,
            settings,
            self.write_approvals,
            self.document_search,
            lambda: save_settings(self.settings, self.data_dir),
        )
        self.folder_watcher = FolderWatcher(self)
        models_dir = paths.models_dir(data_dir)
        self.model_files_worker = ModelFilesWorker(models_dir, paths.bundled_chat_model())
        self.download_worker = DownloadWorker(models_dir)
        self.models = ModelsController(
            self.model_files_worker, self.download_worker, models_dir, self
        )
        # Shown in the chat area while a chat is empty: what Lokal does, a better model.
        self.welcome = WelcomeView(self.models)
        self.window.chat_view.set_placeholder(self.welcome)
        self.viewer: SourceViewer | None = None
        self._collections: list[str] = []
        self._ready_parts: set[str] = set()
        # The translators installed for `_language` (run_gui installs the first ones); a new
        # language in Settings replaces them, and every widget retranslates itself.
        self.translators = list(translators or [])
        self._language = settings.ui.language
        self._model_status = lambda: ""  # renders the status bar's model text, in the language
        self._server_labels: set[str] = set()  # the model servers' labels, as the worker names them
        self._threads = []
        self._wire()
        self.window.privacy_line.show_for(settings)  # where text leaves this computer, if it does
        self.conversations.refresh()
        self._show_chosen_collections()
        for repair in repairs:  # what loading the settings repaired (settings set aside)
            self.window.notices.add(repair_text(repair), is_error=True, detail=repair.message)
        for repair in self.history.repairs:  # a damaged chat history set aside
            self.window.notices.add(repair_text(repair), is_error=True, detail=repair.message)
        if self.history.open_problem is not None:  # a full disk: chats kept in memory only
            problem = self.history.open_problem
            self.window.notices.add(error_text(problem), is_error=True, detail=problem.message)

    def _wire(self) -> None:
        index, llm, chat, indexing = self.index_worker, self.llm_worker, self.chat, self.indexing
        window, panel = self.window, self.window.documents
        # GUI -> workers (queued: the workers live on other threads)
        indexing.index_requested.connect(index.index_paths)
        panel.create_requested.connect(index.create_collection)
        panel.rename_requested.connect(index.rename_collection)
        panel.delete_collection_requested.connect(index.delete_collection)
        panel.remove_file_requested.connect(index.remove_file)
        panel.reindex_requested.connect(self._reindex)
        self.reindex_requested.connect(index.reindex_collection)
        self.index_configure_requested.connect(index.configure)
        index.watch_paths_listed.connect(self.folder_watcher.watch)
        self.folder_watcher.changed.connect(index.sync_folders)
        self.configure_requested.connect(llm.configure)
        self.local_model_requested.connect(llm.load_model)
        self.use_remote_requested.connect(llm.use_remote)
        self.api_server.started.connect(self._on_api_server_started)
        self.api_server.failed.connect(self._on_api_server_failed)
        chat.search_requested.connect(index.search)
        chat.answer_requested.connect(llm.answer)
        panel.summarize_requested.connect(chat.summarize)  # context menu: whole documents
        panel.set_start_folder(self.settings.ui.last_folder)  # the file dialogs open there
        panel.folder_chosen.connect(self._remember_folder)
        chat.summary_requested.connect(llm.summarize)
        # workflows and the agent: their generators on the LLM worker's thread, their searches
        # answered on the index worker's (direct: the answer only wakes the waiting thread)
        window.workflow_requested.connect(self.workflows.open_dialog)
        for runner in (self.workflows, self.agent):
            runner.task_requested.connect(llm.run_task)
            llm.task_progressed.connect(runner.on_task_progressed)
            llm.task_ended.connect(runner.on_task_ended)
            index.library_changed.connect(runner.on_library_changed)
        self.document_search.search_requested.connect(index.search)
        self.document_search.grounding_requested.connect(index.ground_each_document)
        direct = Qt.ConnectionType.DirectConnection
        index.search_finished.connect(self.document_search.on_search_finished, direct)
        index.documents_grounded.connect(self.document_search.on_search_finished, direct)
        index.search_failed.connect(self.document_search.on_search_failed, direct)
        # index worker -> GUI
        index.failed.connect(indexing.on_worker_failed)
        index.index_event.connect(indexing.on_index_event)  # each pipeline event, whole
        index.reindex_started.connect(indexing.on_reindex_started)
        index.library_changed.connect(indexing.on_library_changed)
        index.repaired.connect(self._on_index_repaired)
        index.search_finished.connect(chat.on_search_finished)
        index.search_failed.connect(chat.on_search_failed)
        # LLM worker -> GUI
        llm.model_loading.connect(self._on_model_loading)
        llm.model_load_progressed.connect(self._on_model_load_progress)
        llm.model_loaded.connect(self._on_model_loaded)
        llm.model_failed.connect(self._on_model_failed)
        llm.model_template_replaced.connect(self._on_model_template_replaced)
        llm.tokens_streamed.connect(chat.on_tokens)
        llm.thinking_streamed.connect(chat.on_thinking)
        llm.answer_finished.connect(chat.on_answer_finished)
        llm.answer_retried.connect(chat.on_answer_retried)
        llm.answer_failed.connect(chat.on_answer_failed)
        llm.summary_progressed.connect(chat.on_summary_progress)
        # window and sidebar
        window.sidebar.new_requested.connect(chat.new_conversation)
        window.new_chat_action.triggered.connect(chat.new_conversation)
        window.sidebar.open_requested.connect(chat.open_conversation)
        window.sidebar.rename_requested.connect(self.conversations.rename)
        window.sidebar.delete_requested.connect(self.conversations.delete)
        window.sidebar.search_changed.connect(self.conversations.search)
        window.escape_pressed.connect(self._on_escape)
        window.settings_requested.connect(self.open_settings)
        window.export_requested.connect(self.conversations.export)
        window.chat_view.source_requested.connect(self.open_source)
        window.collections_chosen.connect(chat.set_collections)
        chat.conversations_changed.connect(self.conversations.refresh)
        chat.conversations_changed.connect(self._show_chosen_collections)
        index.ready.connect(self._on_index_ready)
        # models: files dropped on the window, the model-files worker, downloads
        window.models_dropped.connect(self.add_model_files)
        self.models.notice.connect(self._on_models_notice)
        self.models.status.connect(self._show_status)
        # A listing brings the catalog, which may know the loaded model by a better name.
        self.models.snapshot_changed.connect(self._show_model_status_again)
        self.welcome.add_files_requested.connect(panel.add_files_button.click)
        self.welcome.models_requested.connect(self.open_models_page)
        window.about_action.triggered.connect(self.open_about)
        window.getting_started_action.triggered.connect(self.open_getting_started)
        self.loaded_model_changed.connect(self.model_files_worker.set_loaded_model)
        indexing.collections_listed.connect(self._on_collections_listed)

    def start_workers(self) -> None:
        """Start the worker threads: model loading and index opening begin in the background."""
        if not self._threads:
            if self.settings.remote.active_profile() is not None:
                self.llm_worker.first_server = self._remote_endpoint(self.settings)
            self._threads = [
                start_on_thread(self.llm_worker, "lokal-llm"),
                start_on_thread(self.index_worker, "lokal-index"),
                start_on_thread(self.model_files_worker, "lokal-model-files"),
                start_on_thread(self.download_worker, "lokal-downloads"),
            ]
            if self.settings.serve.enabled:
                self.api_server.apply(self.settings)  # on its own thread: returns at once

    def shutdown(self) -> None:
        """Cancel running work, end every thread, then release the models and the stores."""
        self._shut_down = True
        self.chat.stop()
        self.workflows.stop()
        self.agent.stop()  # a write waiting for approval is refused
        # Before the workers end: its open requests are cancelled, and one waiting for the
        # index worker's search hears it.
        self.api_server.close()
        self.index_worker.cancel_indexing()
        self.llm_worker.cancel_load.set()
        self.model_files_worker.cancel_copy.set()
        self.download_worker.pause_all()  # kept as part files: resumed after the next start
        # Deleted here, on the GUI thread: left to Python's garbage collector, its socket
        # notifier and timer could be destroyed from a worker thread, which aborts Qt.
        self.folder_watcher.close()
        workers = (
            self.llm_worker,
            self.index_worker,
            self.model_files_worker,
            self.download_worker,
        )
        if self._threads:
            # Each worker closes its model or store on its own thread (they own them), then ends.
            for worker, thread in zip(workers, self._threads, strict=True):
                close_on_own_thread(worker)
                stop_thread(thread)
            self._threads = []
        else:
            for worker in workers:
                worker.close()
        self.history.close()
        self.data_folder_lock.release()  # last: every store of the folder is closed

    # -- conversations (the sidebar's actions are ConversationActions') ------------------------

    @Slot()
    def _show_chosen_collections(self) -> None:
        """Another chat is open: tick the collections it searches in the "Search in" menu."""
        self.window.show_collections(self._collections, self.chat.collections())

    # -- documents and sources ----------------------------------------------------------------

    @Slot(list)
    def _on_collections_listed(self, names: list[str]) -> None:
        self._collections = names
        if self._shut_down:  # listed before the index worker ended, delivered after
            return
        self.window.show_collections(names, self.chat.collections())

    @Slot(str)
    def _remember_folder(self, folder: str) -> None:
        """Add files… / Add folder… open here next time, also after a restart."""
        self.settings.ui.last_folder = folder
        save_settings(self.settings, self.data_dir)

    @Slot(str)
    def _reindex(self, collection: str) -> None:
        self.window.documents.set_indexing(True)
        self.window.index_status.setText(
            self.tr("Checking {name} for changes…").format(name=collection)
        )
        self.reindex_requested.emit(collection)

    @Slot(object, int, object)
    def open_source(self, hit, number: int, evidence=None) -> SourceViewer:
        """Open the cited place in the built-in viewer (one viewer, replaced by the next), the
        evidence sentence highlighted when the chip has one."""
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = SourceViewer(hit, number, self.window, evidence)
        self.viewer.show()
        return self.viewer

    # -- settings -----------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> SettingsDialog:
        # The model list the model-files worker read last: no GGUF header is read here.
        snapshot = self.models.snapshot
        models = list(snapshot.models) if snapshot else []
        dialog = SettingsDialog(
            self.settings,
            models,
            self.data_dir,
            # The model-files worker asks llama.cpp; the dialog follows its next answer.
            bool(snapshot and snapshot.hardware.gpu_offload),
            self.window,
            # Also read by that worker; before its first listing the dialog looks itself.
            embedding_models=list(snapshot.embedding_models) if snapshot else None,
            models_controller=self.models,
        )
        dialog.accepted.connect(lambda: self.apply_settings(dialog.accepted_settings))
        dialog.open()
        return dialog

    @Slot()
    def open_models_page(self) -> SettingsDialog:
        dialog = self.open_settings()
        recommended = self.welcome.recommended
        dialog.show_models_page(recommended.id if recommended else None)
        return dialog

    @Slot()
    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def open_getting_started(self) -> GettingStartedDialog:
        dialog = GettingStartedDialog(self.data_dir, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_settings(self, new: Settings) -> None:
        """Save atomically, then apply what can be applied without a restart.

        The workers hear only of what concerns them: a new look or language reloads nothing.
        """
        old = self.settings
        engine_before = (str(self._model_path(old)), services.engine_settings(old))
        remote_before = old.remote.active_profile()
        work_before = old.model_dump(exclude={"ui"})
        save_settings(new, self.data_dir)
        # The controllers hold this same object: update it in place.
        for section in ("model", "index", "retrieval", "ui", "serve", "remote", "shared"):
            setattr(old, section, getattr(new, section))
        apply_theme(QApplication.instance(), new.ui.theme)
        # Sampling applies to the next answer; a new model or context window reloads, with
        # progress in the status bar, and a model that fails leaves the previous one in use.
        engine = (str(self._model_path(new)), services.engine_settings(new))
        remote = new.remote.active_profile()
        if remote is not None:  # a model server answers instead of the local model
            if remote != remote_before:
                self._use_remote(new)
            if engine != engine_before:  # its sampling; the GGUF to come back to (no load)
                self.configure_requested.emit(*engine)
        elif remote_before is not None:
            self.local_model_requested.emit(*engine)  # back to the local model
        elif engine != engine_before:
            self.configure_requested.emit(*engine)
        # A new embedding model or chunking re-indexes the documents, with progress shown.
        if new.model_dump(exclude={"ui"}) != work_before:
            self.index_configure_requested.emit(new.model_copy(deep=True))
        if new.ui.language != self._language:
            self.switch_language(new.ui.language)
        self.window.privacy_line.show_for(new)
        self.api_server.apply(new)  # started, restarted or stopped as the settings now say

    def switch_language(self, language: str) -> None:
        """Use `language` ("": the system's) now: each widget retranslates on LanguageChange."""
        app = QApplication.instance()
        remove_translations(app, self.translators)
        self.translators = install_translations(app, language or None)
        self._language = language
        # A widget keeps the locale it was made with: let every window take the new default,
        # so spin boxes and the numbers widgets format from now on follow the language.
        for widget in app.topLevelWidgets():
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                widget.unsetLocale()
        self.window.model_status.setText(self._model_status())

    def _use_remote(self, settings: Settings) -> None:
        """Answer with the active profile's model server from now on."""
        endpoint = self._remote_endpoint(settings)
        if endpoint is not None:
            self.use_remote_requested.emit(endpoint)

    def _remote_endpoint(self, settings: Settings):
        """The active profile's server with its key from the keyring; None if there is none
        or it cannot be used (told as a notice)."""
        try:
            endpoint = services.remote_endpoint(settings)
        except LokalError as error:
            self.window.notices.add(
                self.tr("The model server cannot be used: {reason}").format(
                    reason=error_text(error)
                ),
                is_error=True,
                detail=error_detail(error),
            )
            return None
        if endpoint is not None:
            # The LLM worker names the server by this label where it names a GGUF by its path.
            self._server_labels.add(RemoteChatEngine.label_for(endpoint))
        return endpoint

    @Slot(str)
    def _on_api_server_started(self, url: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("API server for other programs at {url}").format(url=url), 6000
        )

    @Slot(object)
    def _on_api_server_failed(self, error: LokalError) -> None:
        self.window.notices.add(
            self.tr("The API server did not start: {reason}").format(reason=error_text(error)),
            is_error=True,
            detail=error_detail(error),
        )

    @staticmethod
    def _model_path(settings: Settings) -> Path:
        try:
            return services.chat_model_path(settings)
        except LokalError as error:
            return Path(str(error.params.get("path", "")))

    # -- status -------------------------------------------------------------------------------

    @Slot()
    def _on_escape(self) -> None:
        if self.agent.busy:
            self.agent.stop()
        elif self.chat.busy:
            self.chat.stop()
        else:
            self.chat.cancel_editing()

    @Slot()
    def _on_index_ready(self) -> None:
        self._part_ready("index")

    def _part_ready(self, part: str) -> None:
        """Once both models are in memory, make the GUI's later pauses short."""
        if part in self._ready_parts:
            return
        self._ready_parts.add(part)
        if self._ready_parts == {"index", "model"}:
            # Everything loaded so far (torch, llama.cpp, chromadb: millions of objects) is
            # moved out of the collector's reach: full collections fell from ~390 to ~30 ms.
            gc.freeze()
            threading.Thread(target=warm_up_highlighting, name="lokal-warm-up", daemon=True).start()

    def _show_model_status(self, render) -> None:
        """Show the model's state; `render` is kept, to show it again in a new language."""
        self._model_status = render
        self.window.model_status.setText(render())

    @Slot(object)
    def _show_model_status_again(self, _snapshot) -> None:
        self.window.model_status.setText(self._model_status())

    @Slot(str)
    def _on_model_loading(self, path: str) -> None:
        self._show_model_status(
            lambda: self.tr("Loading model {name}…").format(name=self._model_name(path))
        )

    def _model_name(self, path: str) -> str:
        """A GGUF's name as Settings shows it; a model server's label as it is."""
        return path if path in self._server_labels else self.models.label_for_path(path)

    @Slot(str, float)
    def _on_model_load_progress(self, path: str, fraction: float) -> None:
        percent = int(fraction * 100)
        self._show_model_status(
            lambda: self.tr("Loading model {name}… {percent}%").format(
                name=self.models.label_for_path(path), percent=QLocale().toString(percent)
            )
        )

    @Slot(str, object)
    def _on_model_loaded(self, path: str, info) -> None:
        self.window.privacy_line.model_in_use(remote=info is None)
        if info is None:  # a model server answers (remote_llm): `path` is its label
            self._show_model_status(lambda: self.tr("Model: {name}, ready").format(name=path))
            self.loaded_model_changed.emit("")  # no local model holds memory now
            self._part_ready("model")
            return
        # The one name the model has in Settings, the Models page and the welcome view.
        self._show_model_status(
            lambda: self.tr("Model: {name}, ready").format(
                name=self.models.label_for_path(path, info)
            )
        )
        self.loaded_model_changed.emit(path)
        chosen = str(self._model_path(self.settings))
        if os.path.abspath(path) != os.path.abspath(chosen) and "model" in self._ready_parts:
            # The chosen model failed and the worker went back to the previous one: settings
            # follow what is really loaded, so the next start doesn't fail the same way.
            bundled = paths.bundled_chat_model()
            same_as_bundled = bundled is not None and Path(path) == bundled
            self.settings.model.path = None if same_as_bundled else path
            save_settings(self.settings, self.data_dir)
        self._part_ready("model")

    @Slot(list)
    def add_model_files(self, model_paths: list[str]) -> None:
        """.gguf files dropped on the window: link them in place or copy them in, as asked."""
        copy = ask_link_or_copy(self.window)
        if copy is not None:
            self.window.statusBar().showMessage(self.tr("Checking the model file…"), 4000)
            self.models.add_files(model_paths, copy)

    @Slot(str)
    def _show_status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 3000)

    @Slot(str, bool)
    def _on_models_notice(self, text: str, is_error: bool) -> None:
        self.window.notices.add(text, is_error=is_error)

    @Slot(list)
    def _on_index_repaired(self, repairs: list) -> None:
        """Each repair the index's open made, told once, as an error: something was damaged."""
        for repair in repairs:
            self.window.notices.add(repair_text(repair), is_error=True, detail=repair.message)

    @Slot(str, str)
    def _on_model_template_replaced(self, path: str, reason: str) -> None:
        self.window.notices.add(
            self.tr(
                "The chat template in {name} was refused; its family's standard template is "
                "used instead."
            ).format(name=self.models.label_for_path(path)),
            is_error=False,  # the model works, with the standard template
            detail=reason,
        )

    @Slot(str, object)
    def _on_model_failed(self, path: str, error: LokalError) -> None:
        message = error_text(error)
        self._show_model_status(lambda: self.tr("Model failed to load"))
        if path in self._server_labels:  # the previous model goes on answering
            text = self.tr("The model server cannot be used: {reason}").format(reason=message)
        else:
            text = self.tr("The chat model could not be loaded: {reason}").format(reason=message)
        self.window.notices.add(
            text,
            is_error=True,
            detail=error_detail(error),
        )


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators of `language` (None: the system's), set it as the default locale
    (numbers and dates follow it), and return the translators, first installed first.

    Qt looks a text up in the translator installed last first, so they go in from the most
    general to the most particular: Lokal's English (its plural forms: "1 page", "2 pages",
    and the fallback for any language Lokal has no translation for), Lokal's own for the
    language, Qt's own (qtbase: its standard buttons and dialogs, the file dialog), and the
    few of Qt's texts that Qt's translation lacks (qtbase_extra_<lang>.ts: Qt 6's Danish
    has no "&Look in:" nor "Files of &type:" since those gained an accelerator).
    """
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    ours = str(paths.resources_dir() / "translations")
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []

    def install(translator: QTranslator, loaded: bool) -> None:
        seen = {other.filePath() for other in installed}
        if loaded and translator.filePath() not in seen and app.installTranslator(translator):
            installed.append(translator)
        else:  # not there for this language, or already in (English as its own language)
            translator.deleteLater()

    english = QTranslator(app)
    install(english, english.load("lokal_en", ours))
    for name, folder in (("lokal", ours), ("qtbase", qt), ("qtbase_extra", ours)):
        translator = QTranslator(app)
        install(translator, translator.load(locale, name, "_", folder))
    return installed


def remove_translations(app: QApplication, translators: list[QTranslator]) -> None:
    """Take out translators that install_translations put in (each widget then retranslates)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def run_gui(data_dir: str | None = None, launched: float | None = None) -> int:
    started = launched if launched is not None else time.perf_counter()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # Wayland matches the window to its menu entry by this name (build/linux/lokal.desktop).
    app.setDesktopFileName("lokal")
    app.setWindowIcon(app_icon())
    folder = paths.resolve_data_dir(data_dir)
    lock = DataFolderLock(folder, WINDOW_OWNER)
    try:
        lock.acquire()  # waits for a `lokal search` or `ask`; refused when another writes
    except LokalError as busy:
        # A second start while the window runs on this folder: that window comes forward.
        if busy.params.get("owner") == WINDOW_OWNER and ask_running_window_to_come_forward(folder):
            return 0
        refuse_busy_folder(app, folder, busy)
        return 1
    # Listens from the moment the folder is ours, so a second start is never told "in use" by a
    # window still starting: its request waits in the socket's queue until the event loop runs.
    single_instance = SingleInstanceServer(folder)
    single_instance.listen()
    settings, repairs = load_settings_with_repairs(folder)
    translators = install_translations(app, settings.ui.language or None)
    apply_theme(app, settings.ui.theme)
    lokal = LokalApp(folder, settings, translators, lock=lock, repairs=repairs)
    if os.environ.get(STARTUP_PROBE_ENV):
        lokal.window.shown.connect(
            lambda: QTimer.singleShot(0, lambda: _report_shown(app, started))
        )
    else:
        # Workers start once the window is on screen, so the first paint is not delayed.
        lokal.window.shown.connect(lambda: QTimer.singleShot(0, lokal.start_workers))
    single_instance.raise_requested.connect(lambda: bring_to_front(lokal.window))
    app.aboutToQuit.connect(single_instance.close)  # before shutdown releases the folder
    app.aboutToQuit.connect(lokal.shutdown)
    lokal.window.show()
    return app.exec()


def refuse_busy_folder(app: QApplication, folder: Path, busy: LokalError) -> None:
    """Say, in the user's language, that another Lokal holds the data folder, and whom; nothing
    in the folder is changed (the settings are only read, for the language)."""
    settings = load_settings_with_repairs(folder, set_aside=False)[0]
    translators = install_translations(app, settings.ui.language or None)
    params = dict(busy.params)
    if params.get("owner") == WINDOW_OWNER:
        params["owner"] = QCoreApplication.translate("LokalApp", "the Lokal window")
    reason = error_text(LokalError(busy.code, **params))
    QMessageBox.warning(
        None,
        QCoreApplication.translate("LokalApp", "Lokal is already in use"),
        QCoreApplication.translate("LokalApp", "Lokal cannot open: {reason}.").format(
            reason=reason
        ),
    )
    remove_translations(app, translators)


def _report_shown(app: QApplication, started: float) -> None:
    print(f"lokal-window-shown {time.perf_counter() - started:.4f}", flush=True)
    app.quit()
