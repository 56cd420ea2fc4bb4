"""Which model folders the ONNX run-time (onnx_encoder.py) can run, from their files alone.

A leaf module: JSON and paths only, so that choosing a backend, listing models or planning a
download costs no import of onnxruntime or numpy (the window opens before those load).
"""

from __future__ import annotations

import json
from pathlib import Path

ONNX_FILE = "onnx/model.onnx"  # where the Hugging Face layout keeps a model's ONNX export
_LEGACY_ONNX_FILE = "model.onnx"
# Modules of modules.json that the ONNX run-time reproduces; a folder with any other (a Dense
# layer, say) cannot run there and keeps the sentence-transformers (torch) backend.
SUPPORTED_MODULES = ("Transformer", "Pooling", "Normalize")


class OnnxModelError(ValueError):
    """The folder's ONNX model cannot be run here (missing, or modules this run-time lacks)."""


def onnx_model_file(folder: Path | str) -> Path | None:
    """The folder's ONNX export: `onnx/model.onnx`, else `model.onnx`, else None."""
    folder = Path(folder)
    for relative in (ONNX_FILE, _LEGACY_ONNX_FILE):
        candidate = folder / relative
        if candidate.is_file():
            return candidate
    return None


def onnx_runs_embedder(folder: Path | str) -> bool:
    """True when the folder has an ONNX export and only modules the ONNX run-time reproduces."""
    return onnx_model_file(folder) is not None and not unsupported_modules(folder)


def unsupported_modules(folder: Path | str) -> list[str]:
    """The module types of the folder's modules.json that OnnxTextEncoder cannot reproduce."""
    modules = read_json(Path(folder) / "modules.json", default=[])
    if not isinstance(modules, list):
        return []
    found = []
    for module in modules:
        kind = str(module.get("type", "")) if isinstance(module, dict) else ""
        if kind and not kind.rsplit(".", 1)[-1].endswith(SUPPORTED_MODULES):
            found.append(kind)
    return found


def read_json(path: Path, default: object = None):
    """The JSON in `path`; `default` (else {}) when it is missing or damaged, and {} when no
    default is given and it is not an object."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {} if default is None else default
    if default is None and not isinstance(data, dict):
        return {}
    return data
