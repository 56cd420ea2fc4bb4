"""Build the core objects from the settings, the same way for the CLI and the GUI workers."""

from __future__ import annotations

from pathlib import Path

from desktop_app import paths
from desktop_app.config import Settings
from desktop_app.core.embedder import Embedder
from desktop_app.core.errors import ModelError
from desktop_app.core.ingest.pipeline import ChunkingOptions
from desktop_app.core.llm import EngineSettings
from desktop_app.core.store import DocumentStore


def make_embedder(settings: Settings) -> Embedder:
    if settings.index.embedding_model:
        return Embedder(settings.index.embedding_model)
    return Embedder(paths.bundled_embedding_model(), name=paths.BUNDLED_EMBEDDING_MODEL_NAME)


def open_store(data_dir: Path, embedder: Embedder) -> DocumentStore:
    return DocumentStore(data_dir, embedder.name)


def chunking_options(settings: Settings, embedder: Embedder) -> ChunkingOptions:
    limit = embedder.max_text_tokens
    size = min(settings.index.chunk_tokens or limit, limit)  # never past what the model reads
    return ChunkingOptions(max_tokens=size, overlap_tokens=settings.index.overlap_tokens)


def chat_model_path(settings: Settings, override: str | Path | None = None) -> Path:
    """The GGUF to chat with: the one asked for, the one in settings, else the bundled one."""
    chosen = override or settings.model.path
    if chosen:
        return Path(chosen).expanduser()
    bundled = paths.bundled_chat_model()
    if bundled is None:
        raise ModelError("model_not_found", path=paths.BUNDLED_CHAT_MODEL_FILE)
    return bundled


def engine_settings(settings: Settings) -> EngineSettings:
    model = settings.model
    return EngineSettings(
        context_length=model.context_length,
        threads=model.threads,
        gpu_layers=model.gpu_layers,
        temperature=model.temperature,
        top_p=model.top_p,
        top_k=model.top_k,
        repeat_penalty=model.repeat_penalty,
        max_tokens=model.max_tokens,
    )
