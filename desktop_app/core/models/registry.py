"""The local models: the bundled one, every GGUF in the data folder's `models/`, and the files
the user linked in place (listed in `models/linked.json`, left where they are)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.atomic import write_atomically
from desktop_app.core.errors import ModelError
from desktop_app.core.models.catalog import Catalog
from desktop_app.core.models.gguf_info import GgufInfo, read_gguf_info

LINKED_FILE = "linked.json"
# The bundled SmolLM2's header calls it "Smollm2 135M 8k Lc100K Mix1 Ep2" (its training run);
# people know it by the name its makers publish it under.
BUNDLED_MODEL_NAME = "SmolLM2 135M Instruct"
# A quantization suffix in a file name: "-Q4_K_M", ".q8_0", "-IQ3_XXS", "-f16", "-MXFP4".
_QUANTIZATION_SUFFIX = re.compile(r"[-._](?:i?q\d[a-z0-9_]*|f16|f32|bf16|mxfp4)$", re.IGNORECASE)


@dataclass(frozen=True)
class LocalModel:
    """A model file and what its header says; the facts are read from `info`, kept once."""

    path: Path
    size: int
    bundled: bool = False
    linked: bool = False  # a file elsewhere that the user linked in place
    info: GgufInfo | None = field(default=None, compare=False, repr=False)
    problem: str | None = None  # why the file is unusable, if it is

    @property
    def name(self) -> str:
        """What the file's header calls the model (see display_name for the name to show)."""
        return self.info.name if self.info else self.path.stem

    def display_name(self, catalog: Catalog | None = None) -> str:
        return display_name(self.path, self.info, bundled=self.bundled, catalog=catalog)

    @property
    def architecture(self) -> str | None:  # None when the header could not be read
        return self.info.architecture if self.info else None

    @property
    def context_length(self) -> int | None:
        return self.info.context_length if self.info else None

    @property
    def parameters(self) -> str | None:  # "1.7B"
        return self.info.size_label if self.info else None

    @property
    def quantization(self) -> str | None:  # "Q4_K_M"
        return self.info.quantization if self.info else None

    @property
    def license(self) -> str | None:
        return self.info.license if self.info else None

    @property
    def has_chat_template(self) -> bool:
        return bool(self.info and self.info.chat_template)

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


def display_name(
    path: Path, info: GgufInfo | None, *, bundled: bool = False, catalog: Catalog | None = None
) -> str:
    """The one name Lokal shows for a model file, in Settings, on the Models page, on the
    welcome view and in the status bar: the catalog's name for a file downloaded from the
    catalog, the bundled model's published name, else the header's name or a tidied file name.
    The front end adds what it says about the file ("built-in", "linked"), translated."""
    if bundled:
        return BUNDLED_MODEL_NAME
    entry = catalog.find_file(Path(path).name) if catalog is not None else None
    if entry is not None:
        return entry.name
    header_name = str(info.metadata.get("general.name") or "").strip() if info else ""
    return header_name or tidy_file_name(Path(path).name)


def tidy_file_name(filename: str) -> str:
    """ "qwen2.5-1.5b-instruct-q4_k_m.gguf" -> "qwen2.5 1.5b instruct": no extension, no
    quantization suffix, words apart. The letters' case is left as the file has it."""
    stem = filename[: -len(".gguf")] if filename.lower().endswith(".gguf") else filename
    stem = _QUANTIZATION_SUFFIX.sub("", stem) or stem
    words = re.sub(r"[-_]+", " ", stem).split()
    return " ".join(words) or filename


def describe(path: Path, bundled: bool = False, linked: bool = False) -> LocalModel:
    """What the file's header says, read without loading the model (milliseconds)."""
    size = path.stat().st_size if path.exists() else 0
    try:
        info = read_gguf_info(path)
    except ModelError as error:
        return LocalModel(path, size, bundled, linked, problem=error.message)
    problem = None if info.is_complete else "the file is truncated"
    return LocalModel(path, size, bundled, linked, info, problem)


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
