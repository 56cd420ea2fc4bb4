"""Build the core objects from the settings, the same way for the CLI and the GUI workers."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop_app import paths
from desktop_app.config import ProviderProfile, Settings
from desktop_app.core import chroma_server, secret_store
from desktop_app.core.application.search import RetrievalPolicy, Retriever
from desktop_app.core.chroma_server import ChromaServer
from desktop_app.core.embedder import Embedder
from desktop_app.core.errors import LokalError, ModelError
from desktop_app.core.ingest.pipeline import ChunkingOptions
from desktop_app.core.llm import ChatEngine, EngineSettings
from desktop_app.core.models.embedders import (
    EmbeddingModel,
    describe_embedding_model,
    list_embedding_models,
)
from desktop_app.core.remote_llm import RemoteChatEngine, RemoteEndpoint
from desktop_app.core.reranker import Reranker, RerankerModel, chosen_reranker, list_rerankers
from desktop_app.core.store import DocumentStore
from desktop_app.core.store_process import StoreProcess
from desktop_app.core.store_protocol import Store

log = logging.getLogger(__name__)


def make_embedder(settings: Settings) -> Embedder:
    """The chosen embedding model (else the bundled one), with the prefixes it was trained with."""
    if settings.index.embedding_model:
        folder = Path(settings.index.embedding_model).expanduser()
        model = describe_embedding_model(folder)
    else:
        folder = paths.bundled_embedding_model()
        if folder is None:
            return Embedder(None)  # raises embedder_missing
        model = describe_embedding_model(folder, paths.BUNDLED_EMBEDDING_MODEL_NAME, bundled=True)
    return Embedder(
        folder,
        name=model.name,
        query_prefix=model.query_prefix,
        passage_prefix=model.passage_prefix,
    )


def make_reranker(settings: Settings) -> Reranker | None:
    """The chosen cross-encoder (not loaded yet), or None: none chosen, or its folder is gone."""
    return chosen_reranker(settings.index.reranker)


def retrieval_policy(settings: Settings) -> RetrievalPolicy:
    """How to search, as the settings say: the same policy for the window and the CLI."""
    return RetrievalPolicy(
        top_k=settings.retrieval.top_k,
        mode=settings.retrieval.mode,
        neighbours=settings.retrieval.neighbours,
        reranker=settings.index.reranker,
    )


def make_retriever(settings: Settings, store: Store, embedder: Embedder) -> Retriever:
    return Retriever(store, embedder, retrieval_policy(settings))


def embedding_models(data_dir: Path) -> list[EmbeddingModel]:
    """The installed embedding models: the bundled one first, then `models/embeddings/`."""
    return list_embedding_models(
        paths.models_dir(data_dir),
        paths.bundled_embedding_model(),
        paths.BUNDLED_EMBEDDING_MODEL_NAME,
    )


def rerankers(data_dir: Path) -> list[RerankerModel]:
    """The installed cross-encoders in `models/rerankers/`."""
    return list_rerankers(paths.models_dir(data_dir))


def embedder_identity(settings: Settings) -> str:
    """What decides the vectors: a different value means every file must be embedded again."""
    return settings.index.embedding_model or ""


def open_store(
    data_dir: Path,
    embedder: Embedder,
    own_process: bool = False,
    server: ChromaServer | None = None,
) -> Store:
    """The document store for `embedder`'s vectors: in this process (the CLI), or in a process
    of its own (the GUI's index worker: chromadb's writes hold the GIL, see store_process.py);
    its chunks in the data folder, or on the Chroma `server` (`shared_server`)."""
    if own_process:
        return StoreProcess(data_dir, embedder.name, server)
    return DocumentStore(data_dir, embedder.name, server)


def shared_server(settings: Settings) -> ChromaServer | None:
    """The Chroma server of the shared collections, or None for the local index; with the
    token of its reverse proxy from $LOKAL_CHROMA_TOKEN, if set. A URL that names no server is
    a LokalError (chroma_server_unreachable, its detail saying why), so every front end shows
    it as it shows a server that is down: as one sentence."""
    url = settings.shared.chroma_url.strip()
    if not url:
        return None
    try:
        return chroma_server.parse(url, os.environ.get(chroma_server.TOKEN_VARIABLE))
    except ValueError as error:
        raise LokalError("chroma_server_unreachable", url=url, detail=str(error)) from None


def chunking_options(settings: Settings, embedder: Embedder) -> ChunkingOptions:
    limit = embedder.max_text_tokens
    size = min(settings.index.chunk_tokens or limit, limit)  # never past what the model reads
    return ChunkingOptions(
        max_tokens=size,
        overlap_tokens=settings.index.overlap_tokens,
        tokenizer_file=str(embedder.model_dir / "tokenizer.json"),
    )


def chat_model_path(settings: Settings, override: str | Path | None = None) -> Path:
    """The GGUF to chat with: the one asked for, the one in settings, else the bundled one."""
    chosen = override or settings.model.path
    if chosen:
        return Path(chosen).expanduser()
    bundled = paths.bundled_chat_model()
    if bundled is None:
        raise ModelError("model_not_found", path=paths.BUNDLED_CHAT_MODEL_FILE)
    return bundled


def make_chat_engine(
    settings: Settings, override: str | Path | None = None
) -> ChatEngine | RemoteChatEngine:
    """The chat model: the GGUF asked for; else the active remote profile's server (no GGUF
    loads); else the settings' GGUF, else the bundled one."""
    if override is None:
        endpoint = remote_endpoint(settings)
        if endpoint is not None:
            return RemoteChatEngine(endpoint, engine_settings(settings))
    return ChatEngine(chat_model_path(settings, override), engine_settings(settings))


def remote_endpoint(settings: Settings) -> RemoteEndpoint | None:
    """The active provider profile (settings.remote.active) with its API key from the keyring;
    None for the local model. A keyring that cannot be read leaves the key out (a server
    without a key still answers; one that needs it says remote_unauthorized), with a warning."""
    profile = settings.remote.active_profile()
    if profile is None:
        return None
    try:
        api_key = secret_store.load_api_key(profile.name)
    except LokalError as error:
        log.warning("No API key for %s: %s", profile.name, error.message)
        api_key = None
    return endpoint_of(profile, api_key)


def endpoint_of(profile: ProviderProfile, api_key: str | None) -> RemoteEndpoint:
    """A provider profile of the settings as core/remote_llm.py takes it."""
    return RemoteEndpoint(
        name=profile.name,
        kind=profile.kind,
        base_url=profile.base_url,
        api_key=api_key,
        model=profile.model,
        context_length=profile.context_length,
        tools=profile.tools,
        json_schema=profile.json_schema,
        timeout_seconds=profile.timeout_seconds,
    )


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
