"""Adding a GGUF the user already has: check it, then link it in place or copy it in.

Checked before it is added, so a bad file never reaches the model list: the header (magic,
version, readable metadata, not truncated), then llama.cpp itself reads the architecture and
vocabulary (`vocab_only`, a fraction of a second even for large models): an architecture this
build of llama.cpp doesn't know is refused here with its name, not at the first chat.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import llama_log
from desktop_app.core.errors import ModelError
from desktop_app.core.llm import gguf_templates_left_to_lokal
from desktop_app.core.memory import human_size
from desktop_app.core.models.gguf_info import GgufInfo, validate_gguf
from desktop_app.core.models.registry import link_model
from desktop_app.core.models.templates import choose_template

# GGUF versions llama.cpp reads (1 was retired long ago; 2 and 3 are current).
SUPPORTED_GGUF_VERSIONS = (2, 3)
_COPY_CHUNK = 8 << 20
_SPACE_MARGIN = 256 << 20  # never fill the disk to the last byte: the index writes too


@dataclass(frozen=True)
class CopyProgress:
    copied: int
    total: int


@dataclass(frozen=True)
class ModelAdded:
    path: Path
    info: GgufInfo
    linked: bool


def check_model_file(path: Path) -> GgufInfo:
    """Raise ModelError saying what is wrong, else return the header."""
    info = validate_gguf(path)
    if info.version not in SUPPORTED_GGUF_VERSIONS:
        raise ModelError(
            "model_damaged", path=str(path), detail=f"GGUF version {info.version} is not supported"
        )
    check_llama_can_read(path, info)
    choose_template(info)  # a template that fails its trial, with no family's to take over
    return info


def check_llama_can_read(path: Path, info: GgufInfo) -> None:
    """Let the installed llama.cpp read the architecture and vocabulary, not the weights."""
    try:
        from llama_cpp import Llama
    except ImportError as error:
        raise ModelError("model_load_failed", path=str(path), detail=str(error)) from error
    with llama_log.capture() as lines, gguf_templates_left_to_lokal():
        try:
            Llama(model_path=str(path), vocab_only=True, verbose=False).close()
        except (ValueError, RuntimeError, OSError) as error:
            raise llama_log.explain_failure(path, info, lines, error) from error


def add_model(
    path: Path, models_dir: Path, copy: bool, cancel: threading.Event | None = None
) -> Iterator[CopyProgress | ModelAdded]:
    """Check the file, then link it where it is or copy it into `models_dir` (with progress)."""
    path = Path(path)
    info = check_model_file(path)
    if not copy:
        link_model(models_dir, path)
        yield ModelAdded(path.resolve(), info, linked=True)
        return
    target = models_dir / path.name
    yield from _copy(path, target, cancel or threading.Event())
    if target.exists():
        yield ModelAdded(target, info, linked=False)


def _copy(source: Path, target: Path, cancel: threading.Event) -> Iterator[CopyProgress]:
    """Copy into a hidden part file, then rename: a crash never leaves half a model listed."""
    if target.exists():
        raise ModelError("model_exists", name=target.name)
    total = source.stat().st_size
    free = shutil.disk_usage(target.parent).free
    if total + _SPACE_MARGIN > free:
        raise ModelError(
            "download_no_space",
            file=source.name,
            needed=human_size(total),
            free=human_size(free),
            folder=str(target.parent),
        )
    partial = target.parent / ".downloads" / (target.name + ".copy")
    partial.parent.mkdir(parents=True, exist_ok=True)
    copied = 0
    try:
        with source.open("rb") as reader, partial.open("wb") as writer:
            while chunk := reader.read(_COPY_CHUNK):
                if cancel.is_set():
                    raise _Cancelled
                writer.write(chunk)
                copied += len(chunk)
                yield CopyProgress(copied, total)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(partial, target)
    except _Cancelled:
        partial.unlink(missing_ok=True)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ModelError("unreadable", detail=error.strerror or str(error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


class _Cancelled(Exception):
    pass
