"""Decisions about model files: what is on disk, what is downloading, what to add.

Lives as long as the app (downloads go on when the Settings dialog closes); the Models page
is a view of it. Work is done by the model-files and download workers on their threads.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot

from desktop_app import paths
from desktop_app.core.errors import LokalError
from desktop_app.core.models.catalog import Catalog, CatalogEntry
from desktop_app.core.models.download_events import DownloadSpec
from desktop_app.core.models.gguf_info import GgufInfo
from desktop_app.core.models.registry import LocalModel
from desktop_app.ui.messages import error_text
from desktop_app.workers.download_worker import DownloadWorker
from desktop_app.workers.model_files_worker import ModelFilesWorker, ModelsSnapshot


def model_label(model: LocalModel, catalog: Catalog | None = None) -> str:
    """The one name a model has in every view (registry.display_name), with what the user
    should know about the file: built in, or linked where it lies."""
    name = model.display_name(catalog)
    if model.bundled:
        return QCoreApplication.translate("ModelsController", "{name} (built-in)").format(name=name)
    if model.linked:
        return QCoreApplication.translate("ModelsController", "{name} (linked)").format(name=name)
    return name


@dataclass(frozen=True)
class DownloadState:
    spec: DownloadSpec
    name: str
    status: str  # "queued", "downloading", "verifying", "paused", "failed"
    downloaded: int = 0
    total: int = 0
    bytes_per_second: float = 0.0
    seconds_left: float | None = None
    error: str = ""
    # An embedding model's catalog entry (a folder of files); None for a chat model's GGUF.
    embedding_entry: object | None = None


class ModelsController(QObject):
    snapshot_changed = Signal(object)  # ModelsSnapshot
    downloads_changed = Signal()
    notice = Signal(str, bool)  # text, is an error
    status = Signal(str)  # a passing line for the status bar: a model file being copied in
    # -> workers (queued)
    list_requested = Signal()
    add_requested = Signal(str, bool)  # path, copy into the models folder
    remove_requested = Signal(str)
    download_requested = Signal(object)  # DownloadSpec
    embedding_download_requested = Signal(object)  # EmbeddingCatalogEntry
    discard_requested = Signal(object, bool)  # DownloadSpec, an embedding model's folder

    def __init__(
        self, files: ModelFilesWorker, downloads: DownloadWorker, models_dir: Path, parent=None
    ) -> None:
        super().__init__(parent)
        self.models_dir = models_dir
        self._files = files
        self._downloader = downloads
        self.snapshot: ModelsSnapshot | None = None
        self.downloads: dict[DownloadSpec, DownloadState] = {}
        self.list_requested.connect(files.list_models)
        self.add_requested.connect(files.add_model)
        self.remove_requested.connect(files.remove_model)
        self.download_requested.connect(downloads.download)
        self.embedding_download_requested.connect(downloads.download_embedding)
        self.discard_requested.connect(downloads.discard)
        files.models_listed.connect(self._on_listed)
        files.model_added.connect(self._on_added)
        files.copy_progressed.connect(self._on_copy_progress)
        files.model_add_failed.connect(self._on_add_failed)
        downloads.download_progressed.connect(self._on_progress)
        downloads.download_verifying.connect(self._on_verifying)
        downloads.download_paused.connect(self._on_paused)
        downloads.download_cancelled.connect(self._on_cancelled)
        downloads.download_finished.connect(self._on_finished)
        downloads.download_failed.connect(self._on_failed)

    # -- names ----------------------------------------------------------------------------------

    def model_label(self, model: LocalModel) -> str:
        """model_label (above) with the catalog of the last listing."""
        return model_label(model, self.snapshot.catalog if self.snapshot else None)

    def label_for_path(self, path: str, info: GgufInfo | None = None) -> str:
        """model_label for a model known by its path (the LLM worker's), listed or not yet;
        named by the catalog once a listing has brought it."""
        listed = self.local_model(path)
        if listed is not None:
            return self.model_label(listed)
        bundled = paths.bundled_chat_model()
        is_bundled = bundled is not None and Path(path) == bundled
        model = LocalModel(Path(path), 0, bundled=is_bundled, info=info)
        return self.model_label(model)

    def local_model(self, path: str) -> LocalModel | None:
        if self.snapshot is None or not path:
            return None
        wanted = Path(path).resolve()
        return next((m for m in self.snapshot.models if m.path.resolve() == wanted), None)

    # -- requests from the views --------------------------------------------------------------

    def refresh(self) -> None:
        self.list_requested.emit()

    def add_files(self, paths: list[str], copy: bool) -> None:
        for path in paths:
            self.add_requested.emit(path, copy)

    def remove(self, path: str) -> None:
        self.remove_requested.emit(path)

    def download(self, entry: CatalogEntry) -> None:
        self.start_download(DownloadSpec(entry.repo_id, entry.filename), entry.name)

    def download_embedding(self, entry) -> None:
        """An embedding model from the embedding catalog (an EmbeddingCatalogEntry)."""
        self.start_download(entry.spec, entry.name, embedding_entry=entry)

    def start_download(
        self, spec: DownloadSpec, name: str | None = None, embedding_entry=None
    ) -> None:
        """Start, or resume, a download; one already running is left alone."""
        known = self.downloads.get(spec)
        if known is not None and known.status in ("queued", "downloading", "verifying"):
            return
        entry = embedding_entry or (known.embedding_entry if known else None)
        self.downloads[spec] = DownloadState(
            spec,
            name or (known.name if known else spec.filename),
            "queued",
            known.downloaded if known else 0,
            known.total if known else 0,
            embedding_entry=entry,
        )
        self._downloader.queue(spec)
        if entry is not None:
            self.embedding_download_requested.emit(entry)
        else:
            self.download_requested.emit(spec)
        self.downloads_changed.emit()

    def pause(self, spec: DownloadSpec) -> None:
        self._downloader.pause(spec)  # an Event: the running download sees it at once

    def cancel(self, spec: DownloadSpec) -> None:
        state = self.downloads.get(spec)
        if state is not None and state.status in ("paused", "failed"):
            # Not running, so nothing would see the event: the worker removes its part files
            # (on its thread: the downloader's import alone takes a third of a second).
            self.discard_requested.emit(spec, state.embedding_entry is not None)
            return
        self._downloader.cancel(spec)

    # -- from the workers ---------------------------------------------------------------------

    @Slot(object)
    def _on_listed(self, snapshot: ModelsSnapshot) -> None:
        self.snapshot = snapshot
        # Unfinished downloads from before a restart: shown paused, ready to resume.
        for partial in snapshot.partial_downloads:
            if partial.spec not in self.downloads:
                self.downloads[partial.spec] = DownloadState(
                    partial.spec, partial.spec.filename, "paused", partial.downloaded, partial.total
                )
                self.downloads_changed.emit()
        for partial, entry in snapshot.partial_embedding_downloads:
            if partial.spec not in self.downloads:
                self.downloads[partial.spec] = DownloadState(
                    partial.spec,
                    entry.name,
                    "paused",
                    partial.downloaded,
                    partial.total,
                    embedding_entry=entry,
                )
                self.downloads_changed.emit()
        self.snapshot_changed.emit(snapshot)

    @Slot(str, object)
    def _on_added(self, path: str, _info) -> None:
        self.notice.emit(self.tr("Model added: {path}").format(path=path), False)

    @Slot(str, object)
    def _on_copy_progress(self, path: str, progress) -> None:
        self.status.emit(
            self.tr("Copying {name} into the models folder: {percent}%").format(
                name=Path(path).name,
                percent=QLocale().toString(int(100 * progress.copied / max(progress.total, 1))),
            )
        )

    @Slot(str, object)
    def _on_add_failed(self, path: str, error: LokalError) -> None:
        self.notice.emit(
            self.tr("The model {path} was not added: {reason}").format(
                path=path, reason=error_text(error)
            ),
            True,
        )

    @Slot(object)
    def _on_progress(self, progress) -> None:
        self._update(
            progress.spec,
            status="downloading",
            downloaded=progress.downloaded,
            total=progress.total,
            bytes_per_second=progress.bytes_per_second,
            seconds_left=progress.seconds_left,
            error="",
        )

    @Slot(object)
    def _on_verifying(self, spec: DownloadSpec) -> None:
        self._update(spec, status="verifying")

    @Slot(object)
    def _on_paused(self, spec: DownloadSpec) -> None:
        self._update(spec, status="paused", bytes_per_second=0.0, seconds_left=None)

    @Slot(object)
    def _on_cancelled(self, spec: DownloadSpec) -> None:
        self.downloads.pop(spec, None)
        self.downloads_changed.emit()
        self.refresh()

    @Slot(object)
    def _on_finished(self, finished) -> None:
        state = self.downloads.pop(finished.spec, None)
        self.downloads_changed.emit()
        name = state.name if state else finished.spec.filename
        if state is not None and state.embedding_entry is not None:
            text = self.tr(
                "{name} is downloaded and checked. Choose it in Settings, Documents."
            ).format(name=name)
        else:
            text = self.tr("{name} is downloaded and checked. Choose it in Settings, Models.")
            text = text.format(name=name)
        self.notice.emit(text, False)
        self.refresh()

    @Slot(object, object)
    def _on_failed(self, spec: DownloadSpec, error: LokalError) -> None:
        reason = error_text(error)
        self._update(spec, status="failed", bytes_per_second=0.0, seconds_left=None, error=reason)
        self.notice.emit(self.tr("Download failed: {reason}").format(reason=reason), True)
        self.refresh()  # a kept part file shows as resumable

    def _update(self, spec: DownloadSpec, **changes) -> None:
        state = self.downloads.get(spec) or DownloadState(spec, spec.filename, "queued")
        self.downloads[spec] = replace(state, **changes)
        self.downloads_changed.emit()
