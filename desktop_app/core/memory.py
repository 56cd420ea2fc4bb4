"""Small memory helpers: sizes as people read them, and handing freed memory back to the OS."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys


def human_size(size: int) -> str:
    """1_234_567_890 -> "1.2 GB" (decimal units, as disks and download pages count)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if abs(value) < 1000:
            return f"{value:.0f} {unit}" if unit in ("B", "KB") else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"


def release_free_memory() -> None:
    """Ask glibc to return freed heap pages to the OS now (a no-op elsewhere).

    After a model closes, its key/value cache and buffers are freed but glibc keeps much of
    that memory for reuse; the process's resident size would not go down, so users watching
    their memory would not see the unloaded model's memory come back.
    """
    if not sys.platform.startswith("linux"):
        return
    name = ctypes.util.find_library("c")
    if not name:
        return
    with contextlib.suppress(OSError, AttributeError):  # musl has no malloc_trim
        ctypes.CDLL(name).malloc_trim(0)
