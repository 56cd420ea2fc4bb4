"""The local models: the bundled one plus every GGUF in the data folder's `models/`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import ModelError
from desktop_app.core.models.gguf_info import read_gguf_info


@dataclass(frozen=True)
class LocalModel:
    path: Path
    size: int
    architecture: str | None  # None when the file could not be read
    name: str
    context_length: int | None
    bundled: bool
    problem: str | None = None  # why the file is unusable, if it is

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "name": self.name,
            "size": self.size,
            "architecture": self.architecture,
            "context_length": self.context_length,
            "bundled": self.bundled,
            "problem": self.problem,
        }


def describe(path: Path, bundled: bool = False) -> LocalModel:
    size = path.stat().st_size if path.exists() else 0
    try:
        info = read_gguf_info(path)
    except ModelError as error:
        return LocalModel(path, size, None, path.stem, None, bundled, error.message)
    problem = None if info.is_complete else "the file is truncated"
    return LocalModel(
        path, size, info.architecture, info.name, info.context_length, bundled, problem
    )


def list_local_models(models_dir: Path, bundled: Path | None) -> list[LocalModel]:
    models = [describe(bundled, bundled=True)] if bundled else []
    if models_dir.is_dir():
        for path in sorted(models_dir.rglob("*.gguf")):
            if path.is_file() and not path.name.startswith("."):
                models.append(describe(path))
    return models
