"""llama.cpp's own log, caught so a failed model load can say why.

llama-cpp-python turns a failed load into "Failed to load model from file", whatever the cause;
the cause (an unknown architecture, a buffer that could not be allocated, a tensor past the end
of the file) is only in llama.cpp's log. Lokal installs one log callback for the process that
keeps the lines logged on a thread while that thread is inside `capture()`, and passes errors
from elsewhere to Python's logging (verbose=False keeps llama.cpp quiet otherwise).
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from pathlib import Path

from desktop_app.core.errors import ModelError

log = logging.getLogger("llama.cpp")

# ggml_log_level (ggml.h): 0 none, 1 debug, 2 info, 3 warn, 4 error, 5 continues the previous
# line. (llama-cpp-python's _logger.py still describes an older numbering.)
_ERROR, _CONTINUE = 4, 5
_KEEP_LINES = 500  # a load logs a few hundred lines; the reason is near the end
_local = threading.local()
_installed = None  # the ctypes callback, kept alive for as long as llama.cpp may call it
_install_lock = threading.Lock()


def _on_log(level: int, text: bytes, _user_data) -> None:
    lines = getattr(_local, "lines", None)
    message = text.decode("utf-8", "replace") if text else ""
    if level == _CONTINUE:
        level = getattr(_local, "last_level", 0)
    _local.last_level = level
    if lines is not None:
        lines.append(message.strip())
        del lines[:-_KEEP_LINES]
    elif level == _ERROR and message.strip():
        log.error(message.strip())


def _install() -> None:
    global _installed
    with _install_lock:
        if _installed is not None:
            return
        import ctypes

        import llama_cpp

        _installed = llama_cpp.llama_log_callback(_on_log)
        llama_cpp.llama_log_set(_installed, ctypes.c_void_p(0))


@contextlib.contextmanager
def capture():
    """Collect what llama.cpp logs on this thread inside the block (the last lines)."""
    _install()
    lines: list[str] = []
    _local.lines = lines
    try:
        yield lines
    finally:
        _local.lines = None


_UNKNOWN_ARCHITECTURE = re.compile(r"unknown model architecture: '([^']*)'")


def explain_failure(path: Path, info, lines: list[str], error: Exception) -> ModelError:
    """The most specific ModelError the log allows, with llama.cpp's own words as detail."""
    logged = [line for line in lines if line]
    for line in logged:
        match = _UNKNOWN_ARCHITECTURE.search(line)
        if match:
            return ModelError(
                "model_unsupported",
                path=str(path),
                architecture=match.group(1) or info.architecture,
                detail="unknown model architecture",
            )
    for line in logged:
        if "alloc" in line.lower() or "out of memory" in line.lower():
            return ModelError("model_load_failed", path=str(path), detail=_short(line))
    errors = [line for line in logged if "error" in line.lower() or "failed" in line.lower()]
    detail = _short(errors[-1]) if errors else str(error)
    return ModelError("model_load_failed", path=str(path), detail=detail)


def _short(line: str) -> str:
    # "llama_model_load: error loading model: ..." -> the part after the last function prefix
    return line.split(": ", 1)[-1].strip()[:300]
