"""The local models: the bundled one, every GGUF in the data folder's `models/`, and the files
the user linked in place (listed in `models/linked.json`, left where they are)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.atomic import write_atomically
from desktop_app.core.errors import ModelError
from desktop_app.core.models.gguf_info import GgufInfo, read_gguf_info

LINKED_FILE = "linked.json"


@dataclass(frozen=True)
class LocalModel:
    path: Path
    size: int
    architecture: str | None  # None when the file could not be read
    name: str
    context_length: int | None
    bundled: bool
    problem: str | None = None  # why the file is unusable, if it is
    parameters: str | None = None  # "1.7B"
    quantization: str | None = None  # "Q4_K_M"
    license: str | None = None
    has_chat_template: bool = False
    linked: bool = False  # a file elsewhere that the user linked in place
    info: GgufInfo | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "name": self.name,
            "size": self.size,
            "architecture": self.architecture,
            "parameters": self.parameters,
            "quantization": self.quantization,
            "context_length": self.context_length,
            "chat_template": self.has_chat_template,
            "license": self.license,
            "bundled": self.bundled,
            "linked": self.linked,
            "problem": self.problem,
        }


def describe(path: Path, bundled: bool = False, linked: bool = False) -> LocalModel:
    """What the file's header says, read without loading the model (milliseconds)."""
    size = path.stat().st_size if path.exists() else 0
    try:
        info = read_gguf_info(path)
    except ModelError as error:
        return LocalModel(path, size, None, path.stem, None, bundled, error.message, linked=linked)
    problem = None if info.is_complete else "the file is truncated"
    return LocalModel(
        path,
        size,
        info.architecture,
        info.name,
        info.context_length,
        bundled,
        problem,
        parameters=info.size_label,
        quantization=info.quantization,
        license=info.license,
        has_chat_template=bool(info.chat_template),
        linked=linked,
        info=info,
    )


def list_local_models(models_dir: Path, bundled: Path | None) -> list[LocalModel]:
    models = [describe(bundled, bundled=True)] if bundled else []
    if models_dir.is_dir():
        for path in sorted(models_dir.rglob("*.gguf")):
            if path.is_file() and not _hidden(path.relative_to(models_dir)):
                models.append(describe(path))
    models.extend(describe(path, linked=True) for path in linked_paths(models_dir))
    return models


def _hidden(relative: Path) -> bool:
    # `.downloads/` holds unfinished downloads and copies: not models yet.
    return any(part.startswith(".") for part in relative.parts)


def linked_paths(models_dir: Path) -> list[Path]:
    try:
        entries = json.loads((models_dir / LINKED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(entry) for entry in entries if isinstance(entry, str)]


def link_model(models_dir: Path, path: Path) -> None:
    """Remember a model file where it is (an external drive, a folder shared with LM Studio)."""
    path = path.resolve()
    paths = linked_paths(models_dir)
    if path not in paths:
        _write_linked(models_dir, [*paths, path])


def unlink_model(models_dir: Path, path: Path) -> None:
    _write_linked(models_dir, [p for p in linked_paths(models_dir) if p != path.resolve()])


def _write_linked(models_dir: Path, paths: list[Path]) -> None:
    """Atomically: a crash mid-write never loses the list of linked models."""
    data = json.dumps([str(path) for path in paths], indent=1).encode("utf-8")
    write_atomically(models_dir / LINKED_FILE, data)
