"""The model-files worker: lists local models (reading GGUF headers), checks and adds model
files, and reports free memory, all off the GUI thread.

Reading headers takes ~0.15 s per model and the check before adding a model loads llama.cpp's
vocabulary; neither may stall the window. Downloads have their own worker (download_worker.py):
a multi-GB download must not hold up the model list.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app import paths
from desktop_app.core.errors import LokalError, ModelError
from desktop_app.core.models import catalog as model_catalog
from desktop_app.core.models import embedding_catalog, fit, hardware, registry
from desktop_app.core.models.download_events import PartialDownload
from desktop_app.core.models.embedders import EmbeddingModel, list_embedding_models
from desktop_app.core.models.embedding_catalog import EmbeddingCatalog, EmbeddingCatalogEntry
from desktop_app.core.models.importing import CopyProgress, ModelAdded, add_model
from desktop_app.workers.threads import HEAVY_IMPORTS


@dataclass(frozen=True)
class ModelsSnapshot:
    """Everything the Models page shows, read at one moment."""

    models: tuple[registry.LocalModel, ...]
    fits: dict[str, fit.FitEstimate]  # by model path
    hardware: hardware.Hardware
    catalog: model_catalog.Catalog  # empty when the catalog file can't be read...
    catalog_problem: str | None  # ...and this says why
    catalog_fits: dict[str, fit.Fit | None]  # by catalog entry id
    partial_downloads: tuple[PartialDownload, ...]
    # Embedding models: the catalog to download from, and what is installed (bundled first).
    embedding_catalog: EmbeddingCatalog
    embedding_models: tuple[EmbeddingModel, ...]
    # Unfinished embedding downloads, each with its catalog entry: (PartialDownload, entry).
    partial_embedding_downloads: tuple[tuple[PartialDownload, EmbeddingCatalogEntry], ...]


class ModelFilesWorker(QObject):
    models_listed = Signal(object)  # ModelsSnapshot
    copy_progressed = Signal(str, object)  # source path, CopyProgress
    model_added = Signal(str, object)  # path now listed, GgufInfo
    model_add_failed = Signal(str, object)  # source path, LokalError

    def __init__(self, models_dir: Path, bundled_model: Path | None) -> None:
        super().__init__()
        self._models_dir = models_dir
        self._bundled = bundled_model
        self._loaded: tuple[str, int] = ("", 0)  # the chat model in memory and its file size
        self.cancel_copy = threading.Event()  # set from the GUI thread

    @Slot()
    def start(self) -> None:
        self.list_models()

    @Slot()
    def close(self) -> None:
        self.cancel_copy.set()

    @Slot(str)
    def set_loaded_model(self, path: str) -> None:
        """The model in memory now: switching away from it gives its memory back."""
        size = Path(path).stat().st_size if path and Path(path).is_file() else 0
        self._loaded = (path, size)

    @Slot()
    def list_models(self) -> None:
        with HEAVY_IMPORTS:  # llama_cpp (for the GPU query) and huggingface_hub load here
            machine = hardware.detect_hardware()
            from desktop_app.core.models import download, embedding_download
        models = tuple(registry.list_local_models(self._models_dir, self._bundled))
        loaded_path, loaded_size = self._loaded
        fits = {
            str(model.path): fit.estimate_fit(
                model.info,
                model.size,
                machine,
                freed_by_switch=0 if str(model.path) == loaded_path else loaded_size,
            )
            for model in models
            if model.problem is None
        }
        try:
            catalog_file = model_catalog.catalog_path(paths.resources_dir())
            catalog, problem = model_catalog.load_catalog(catalog_file), None
        except (OSError, ValueError) as error:  # a broken install: say so, keep the rest
            catalog, problem = model_catalog.Catalog("", ()), str(error)
        # A downloaded model replaces the loaded one: its memory counts as free.
        after_switch = replace(machine, available_ram=machine.available_ram + loaded_size)
        try:
            embeddings = embedding_catalog.load_embedding_catalog(
                embedding_catalog.embedding_catalog_path(paths.resources_dir())
            )
        except (OSError, ValueError):  # as above; the chat catalog's note tells the user
            embeddings = EmbeddingCatalog("", ())
        partial_embeddings = tuple(
            (partial, embeddings.get(partial.entry_id))
            for partial in embedding_download.partial_embedding_downloads(self._models_dir)
            if embeddings.get(partial.entry_id) is not None
        )
        self.models_listed.emit(
            ModelsSnapshot(
                models=models,
                fits=fits,
                hardware=machine,
                catalog=catalog,
                catalog_problem=problem,
                catalog_fits={
                    entry.id: fit.catalog_fit(entry.min_ram_bytes, after_switch)
                    for entry in catalog
                },
                partial_downloads=tuple(download.partial_downloads(self._models_dir)),
                embedding_catalog=embeddings,
                embedding_models=tuple(
                    list_embedding_models(
                        self._models_dir,
                        paths.bundled_embedding_model(),
                        paths.BUNDLED_EMBEDDING_MODEL_NAME,
                    )
                ),
                partial_embedding_downloads=partial_embeddings,
            )
        )

    @Slot(str, bool)
    def add_model(self, path: str, copy: bool) -> None:
        """Check the file, link or copy it, then list the models again."""
        self.cancel_copy.clear()
        try:
            with HEAVY_IMPORTS:
                import llama_cpp  # noqa: F401  (the check reads the file with llama.cpp)
            for event in add_model(Path(path), self._models_dir, copy, self.cancel_copy):
                if isinstance(event, CopyProgress):
                    self.copy_progressed.emit(path, event)
                elif isinstance(event, ModelAdded):
                    self.model_added.emit(str(event.path), event.info)
        except ImportError as error:
            self.model_add_failed.emit(
                path, ModelError("model_load_failed", path=path, detail=str(error))
            )
        except LokalError as error:
            self.model_add_failed.emit(path, error)
        self.list_models()

    @Slot(str)
    def remove_model(self, path: str) -> None:
        """Forget a linked model (the file stays), or delete a copied or downloaded one."""
        target = Path(path)
        if target.resolve() in registry.linked_paths(self._models_dir):
            registry.unlink_model(self._models_dir, target)
        elif target.resolve().is_relative_to(self._models_dir.resolve()):
            target.unlink(missing_ok=True)
        self.list_models()
