"""One typed settings model, saved atomically as TOML in the data folder.

Whatever lies at `settings.toml` never stops Lokal from starting nor makes it hang: anything
that is not a readable, valid settings file (bytes that are not UTF-8, wrong types, a directory,
a FIFO, a symlink loop, a file nobody may read) is set aside as
`settings.toml.broken-<YYYYMMDD-HHMMSS>`, the defaults are used, and the `Repair` is reported so
the front end tells the user once (the next start finds no settings file to repair).
"""

from __future__ import annotations

import logging
import os
import stat
import tomllib
from pathlib import Path
from typing import Literal

import tomli_w
from pydantic import BaseModel, Field, ValidationError

from desktop_app.core.atomic import write_atomically
from desktop_app.core.data_health import move_aside
from desktop_app.core.repairs import Repair

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.toml"
# Settings are a few hundred bytes; anything far larger is not a settings file (a 1 GB sparse
# file would otherwise be read into memory whole).
MAX_SETTINGS_BYTES = 1024 * 1024


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
    # The agent (chat's Agent mode): the one folder it may write in after each approval (empty:
    # it has no write tools), and folders it may read besides the chat's collections' folders.
    agent_output_folder: str = ""
    agent_read_folders: list[str] = Field(default_factory=list)


class ServeSettings(BaseModel):
    """`lokal serve` and the window's API server (desktop_app/serve/): an OpenAI-compatible
    API for the user's other tools. Its bearer token is `<data dir>/api-token`
    (core/api_token.py), never in this file."""

    # The window starts the server at start-up (Settings > Server); `lokal serve` ignores it.
    enabled: bool = False
    # Loopback by default: any other address lets other computers in, which the user must ask
    # for explicitly (`lokal serve --host … --allow-network`, or the Settings checkbox).
    host: str = "127.0.0.1"
    port: int = Field(8765, ge=1, le=65535)
    allow_network: bool = False


class ProviderProfile(BaseModel):
    """A model server used instead of the local GGUF (core/remote_llm.py): llama.cpp's server,
    vLLM, Ollama, or any OpenAI-compatible endpoint. Its API key is kept in the operating
    system's keyring under the profile's name (core/secret_store.py), never in this file."""

    name: str = Field(min_length=1, max_length=80)
    kind: Literal["llama.cpp", "vllm", "ollama", "openai"] = "llama.cpp"
    # The API's base, with its /v1: http://gpu-box:8080/v1
    base_url: str = Field(min_length=1, max_length=2000)
    model: str = ""  # an id from the server's /v1/models
    # The OpenAI API does not report it: the user declares it (Ollama's default is 2048 and it
    # silently drops what does not fit, so its profile must say what the server was started with).
    context_length: int = Field(4096, ge=256, le=1_048_576)
    tools: bool = False  # the server handles `tools` (vLLM only with --enable-auto-tool-choice)
    json_schema: bool = False  # the server honours response_format json_schema
    timeout_seconds: float = Field(120.0, ge=1.0, le=3600.0)


class RemoteSettings(BaseModel):
    profiles: list[ProviderProfile] = Field(default_factory=list)
    # The profile chats use instead of the local model; "" for the local model.
    active: str = ""

    def active_profile(self) -> ProviderProfile | None:
        return next((p for p in self.profiles if p.name == self.active), None)


class SharedSettings(BaseModel):
    """Shared collections: the chunk index on a Chroma server (core/store.py with chromadb's
    HttpClient) instead of the local folder; the keyword index and the file records stay in the
    data folder beside it. The Chroma server has no authentication: loopback, or a reverse
    proxy with a token and TLS (README)."""

    chroma_url: str = ""  # "" for the local folder; e.g. http://127.0.0.1:8000


class Settings(BaseModel):
    model: ModelSettings = Field(default_factory=ModelSettings)
    index: IndexSettings = Field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    ui: UiSettings = Field(default_factory=UiSettings)
    serve: ServeSettings = Field(default_factory=ServeSettings)
    remote: RemoteSettings = Field(default_factory=RemoteSettings)
    shared: SharedSettings = Field(default_factory=SharedSettings)


def load_settings(data_dir: Path) -> Settings:
    """Read settings from the data folder; defaults when absent or unreadable (set aside)."""
    return load_settings_with_repairs(data_dir)[0]


def load_settings_with_repairs(
    data_dir: Path, *, set_aside: bool = True
) -> tuple[Settings, list[Repair]]:
    """Read settings from the data folder, with what had to be repaired to do so.

    An unreadable file is moved aside (a `settings_set_aside` Repair, for the front end to show
    once) and the defaults are used. With `set_aside=False` nothing on disk changes (a second
    instance, refused the data folder, only reads the language to say so in).
    """
    path = data_dir / SETTINGS_FILE
    try:
        return Settings.model_validate(_read_toml(path)), []
    except FileNotFoundError:
        return Settings(), []
    except _UnreadableSettings as error:
        detail = str(error)
    except tomllib.TOMLDecodeError as error:
        detail = f"not valid TOML: {error}"
    except ValidationError as error:
        detail = _first_validation_error(error)
    except UnicodeDecodeError:
        detail = "not UTF-8 text"
    except ValueError as error:  # any other value the model refuses
        detail = str(error)
    except RecursionError:
        detail = "nested too deeply"
    except OSError as error:
        detail = error.strerror or str(error)
    log.warning("Settings file %s is unreadable (%s); using defaults.", path, detail)
    if not set_aside:
        return Settings(), []
    try:
        moved_to = move_aside(path)
    except OSError as error:  # a read-only folder: the defaults all the same
        log.warning("Could not set %s aside (%s).", path, error)
        return Settings(), []
    return Settings(), [Repair("settings_set_aside", {"detail": detail, "moved_to": str(moved_to)})]


class _UnreadableSettings(Exception):
    """Something at the settings path that is not a settings file, worded for the user."""


def _read_toml(path: Path) -> dict:
    """Parse the file at `path` without ever waiting: only a regular file of a sane size.

    Opened with O_NONBLOCK, so a FIFO opens at once (a plain open waits for a writer forever),
    then checked with fstat on the open descriptor (no gap for a swap between check and read).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # FileNotFoundError when absent; ELOOP for a symlink loop
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise _UnreadableSettings("a folder, not a file")
        if not stat.S_ISREG(mode):
            raise _UnreadableSettings("not a regular file")
        data = handle.read(MAX_SETTINGS_BYTES + 1)
    if len(data) > MAX_SETTINGS_BYTES:
        raise _UnreadableSettings(f"larger than {MAX_SETTINGS_BYTES // 1024 // 1024} MB")
    return tomllib.loads(data.decode("utf-8"))


def _first_validation_error(error: ValidationError) -> str:
    """'model.temperature: Input should be a valid number' (and how many more)."""
    problems = error.errors()
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"]) or "the file"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def save_settings(settings: Settings, data_dir: Path) -> None:
    """Write settings atomically: a crash mid-write never leaves a half-written file."""
    write_atomically(
        data_dir / SETTINGS_FILE,
        tomli_w.dumps(settings.model_dump(exclude_none=True)).encode("utf-8"),
    )
