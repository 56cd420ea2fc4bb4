"""One typed settings model, saved atomically as TOML in the data folder.

A damaged or partly invalid settings file never stops Lokal from starting: unreadable files are
set aside as `settings.toml.broken` and the defaults are used, so the user keeps a copy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tomllib
from pathlib import Path
from typing import Literal

import tomli_w
from pydantic import BaseModel, Field, ValidationError

from desktop_app.core.atomic import write_atomically

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.toml"


def _default_threads() -> int:
    return max(1, os.cpu_count() or 1)


class ModelTuning(BaseModel):
    """The settings that belong to one model: kept per model, restored when switching back."""

    context_length: int | None = Field(None, ge=256, le=1_048_576)
    gpu_layers: int = Field(-1, ge=-1)
    temperature: float = Field(0.3, ge=0.0, le=2.0)
    top_p: float = Field(0.95, gt=0.0, le=1.0)
    top_k: int = Field(40, ge=0, le=1000)
    repeat_penalty: float = Field(1.1, ge=1.0, le=2.0)


class ModelSettings(BaseModel):
    """How the chat model is loaded and sampled."""

    # None means the bundled SmolLM2-135M-Instruct.
    path: str | None = None
    # None: automatic, from the model's trained length and the free memory (models/fit.py).
    context_length: int | None = Field(None, ge=256, le=1_048_576)
    threads: int = Field(default_factory=_default_threads, ge=1, le=256)
    # -1: automatic, as many layers on the GPU as fit (0 on a CPU-only llama.cpp); 0: CPU only.
    gpu_layers: int = Field(-1, ge=-1)
    # The bundled SmolLM2's preset (models/presets.py); switching models applies the new one's.
    temperature: float = Field(0.2, ge=0.0, le=2.0)
    top_p: float = Field(0.9, gt=0.0, le=1.0)
    top_k: int = Field(40, ge=0, le=1000)  # 0: no top-k cut
    repeat_penalty: float = Field(1.1, ge=1.0, le=2.0)
    # Empty: Lokal's own grounded prompt (see core/assistant.py).
    system_prompt: str = ""
    max_tokens: int = Field(512, ge=1, le=65_536)
    # What the user set for each model used before, by its path ("" for the bundled one).
    per_model: dict[str, ModelTuning] = Field(default_factory=dict)

    def tuning(self) -> ModelTuning:
        return ModelTuning(**{name: getattr(self, name) for name in ModelTuning.model_fields})

    def apply_tuning(self, tuning: ModelTuning) -> None:
        for name in ModelTuning.model_fields:
            setattr(self, name, getattr(tuning, name))


class IndexSettings(BaseModel):
    """How documents are cut into chunks and embedded."""

    # A model folder (see core/models/embedders.py); None means the bundled all-MiniLM-L6-v2.
    embedding_model: str | None = None
    # A cross-encoder folder in models/rerankers/ that reorders the found passages; "" for none.
    reranker: str = ""
    # Chunk length in embedder tokens; None means the embedder's own limit. Measured on the
    # benchmark's 1,100 pages (bench/chunking_bench.py): 192 tokens without overlap found the
    # expected page as often as 254 tokens with 32 overlap (hybrid hit@1 0.62 vs 0.63, hit@5
    # 0.97 both) and indexed in 213 s instead of 254 s. Chunks end at paragraph and sentence
    # breaks and carry their heading path, so overlap bought nothing measurable.
    chunk_tokens: int | None = Field(192, ge=32, le=8192)
    overlap_tokens: int = Field(0, ge=0, le=1024)


class RetrievalSettings(BaseModel):
    # At most this many sources per answer; as many of them as fit the model's context window
    # go into the prompt, best first (counted with the model's own tokenizer: assistant.py).
    top_k: int = Field(8, ge=1, le=50)
    # "hybrid": meaning and keywords fused (retrieval.py); the others are for comparison.
    mode: Literal["hybrid", "vector", "keyword"] = "hybrid"
    # Chunks pulled in on each side of a hit on the same page (0: the hit alone).
    neighbours: int = Field(0, ge=0, le=3)


class UiSettings(BaseModel):
    theme: Literal["system", "light", "dark"] = "system"
    # A locale name such as "da" or "de_DE"; empty follows the system.
    language: str = ""
    # Where Add files… and Add folder… open: the folder chosen from last time; empty (or gone)
    # for the home folder, never the folder Lokal was started from.
    last_folder: str = ""


class Settings(BaseModel):
    model: ModelSettings = Field(default_factory=ModelSettings)
    index: IndexSettings = Field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    ui: UiSettings = Field(default_factory=UiSettings)


def load_settings(data_dir: Path) -> Settings:
    """Read settings from the data folder; defaults when absent or unreadable."""
    path = data_dir / SETTINGS_FILE
    if not path.exists():
        return Settings()
    try:
        with path.open("rb") as handle:
            return Settings.model_validate(tomllib.load(handle))
    except (tomllib.TOMLDecodeError, ValidationError, OSError) as error:
        log.warning("Settings file %s is unreadable (%s); using defaults.", path, error)
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(SETTINGS_FILE + ".broken"))
        return Settings()


def save_settings(settings: Settings, data_dir: Path) -> None:
    """Write settings atomically: a crash mid-write never leaves a half-written file."""
    write_atomically(
        data_dir / SETTINGS_FILE,
        tomli_w.dumps(settings.model_dump(exclude_none=True)).encode("utf-8"),
    )
