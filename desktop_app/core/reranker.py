"""An optional cross-encoder reranker: reads the question with each passage and reorders them.

The vector search finds passages that are near the question; a cross-encoder reads both together
and judges better which passage answers it. It is slower (one model pass per passage), so it only
reorders the few passages the search found. Lokal ships none: any sentence-transformers
CrossEncoder folder put into the data folder's `models/rerankers/` can be chosen in Settings
(e.g. cross-encoder/ms-marco-MiniLM-L6-v2, or BAAI/bge-reranker-v2-m3 for many languages).

It runs with onnxruntime (core/onnx_encoder.py) from the folder's `onnx/model.onnx`. A folder
without one is exported on first load where torch is installed (into that same place,
atomically: core/onnx_export.py), else loading says so (reranker_needs_onnx): the installers
ship no torch. LOKAL_EMBEDDING_BACKEND=torch runs sentence-transformers' CrossEncoder instead
(the benchmarks compare the two). Nothing is loaded at import time. Owned by one thread.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.embedder import prepare_offline_loading, requested_backend
from desktop_app.core.errors import ModelError
from desktop_app.core.onnx_export import export_cross_encoder, torch_available
from desktop_app.core.onnx_files import onnx_model_file
from desktop_app.core.store_types import Hit

RERANKERS_FOLDER = "rerankers"  # under the data folder's models/

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RerankerModel:
    name: str
    folder: Path

    def to_json(self) -> dict:
        return {"name": self.name, "folder": str(self.folder)}


def rerankers_dir(models_dir: Path) -> Path:
    """Where reranker models go: one folder per model."""
    return models_dir / RERANKERS_FOLDER


def is_cross_encoder(folder: Path) -> bool:
    """A transformers sequence-classification model with a fast tokenizer: a CrossEncoder."""
    folder = Path(folder)
    if not (folder / "tokenizer.json").is_file():
        return False
    try:
        config = json.loads((folder / "config.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    architectures = config.get("architectures") if isinstance(config, dict) else None
    return isinstance(architectures, list) and any(
        isinstance(name, str) and name.endswith("ForSequenceClassification")
        for name in architectures
    )


def list_rerankers(models_dir: Path) -> list[RerankerModel]:
    """Each cross-encoder folder in `models/rerankers/`, by name."""
    folder = rerankers_dir(models_dir)
    if not folder.is_dir():
        return []
    return [
        RerankerModel(child.name, child)
        for child in sorted(folder.iterdir(), key=lambda path: path.name.lower())
        if child.is_dir() and not child.name.startswith(".") and is_cross_encoder(child)
    ]


def chosen_reranker(folder: str | Path) -> Reranker | None:
    """The cross-encoder in `folder` (not loaded yet), or None: none chosen, or it is gone."""
    if not folder:
        return None
    folder = Path(folder).expanduser()
    if not is_cross_encoder(folder):
        log.warning("Reranker %s is not a cross-encoder model folder; not reranking.", folder)
        return None
    return Reranker(folder)


class Reranker:
    """Reorders search hits by a cross-encoder's score of (question, passage)."""

    def __init__(self, folder: Path | str, batch_size: int = 16, backend: str = "auto") -> None:
        self.folder = Path(folder).expanduser()
        if not is_cross_encoder(self.folder):
            raise ModelError("model_not_found", path=str(self.folder))
        self.name = self.folder.name
        self.batch_size = batch_size
        backend = requested_backend(backend)
        # "auto": onnxruntime, exporting first with torch if need be; "onnx": onnxruntime only
        # (as in an installation without torch); "torch": sentence-transformers.
        self._wanted_backend = backend
        self.backend = "torch" if backend == "torch" else "onnx"
        self._model = None
        self._load_lock = threading.Lock()

    def load(self) -> None:
        """Load the model now (an ONNX export first, if it has none: seconds). Safe to call
        twice. Raises ModelError: reranker_needs_onnx, model_load_failed."""
        with self._load_lock:
            if self._model is not None:
                return
            try:
                self._model = self._load_torch() if self.backend == "torch" else self._load_onnx()
            except (OSError, ValueError, RuntimeError) as error:
                raise ModelError(
                    "model_load_failed", path=str(self.folder), detail=str(error)
                ) from error

    def _load_onnx(self):
        if onnx_model_file(self.folder) is None:
            if self._wanted_backend == "onnx" or not torch_available():
                raise ModelError("reranker_needs_onnx", name=self.name)
            log.info("Exporting the reranker %s to ONNX (once).", self.folder)
            export_cross_encoder(self.folder)
        # Imported here, as the embedder does: onnxruntime loads on a worker's thread.
        from desktop_app.core.onnx_encoder import OnnxCrossEncoder

        return OnnxCrossEncoder(self.folder)

    def _load_torch(self):
        prepare_offline_loading()
        from sentence_transformers import CrossEncoder

        return CrossEncoder(str(self.folder), device="cpu", local_files_only=True)

    def scores(self, query: str, texts: Sequence[str]) -> list[float]:
        """The cross-encoder's score of each (query, text) pair; higher answers better."""
        if not texts:
            return []
        self.load()
        if self.backend == "onnx":
            return self._model.scores([(query, text) for text in texts], self.batch_size)
        values = self._model.predict(
            [(query, text) for text in texts],
            batch_size=self.batch_size,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        # One score per pair (rerankers have one label); with two labels, the last is "relevant".
        return [float(value) for value in values.reshape(len(texts), -1)[:, -1]]

    def rerank(self, query: str, hits: Sequence[Hit]) -> list[Hit]:
        """The same hits, best answer first by the cross-encoder (ties keep search order)."""
        hits = list(hits)
        if len(hits) < 2 or not query.strip():
            return hits
        scores = self.scores(query, [hit.text for hit in hits])
        order = sorted(range(len(hits)), key=lambda index: -scores[index])
        return [hits[index] for index in order]
