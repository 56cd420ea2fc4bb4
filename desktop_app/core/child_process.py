"""Worker processes that end with the process that started them.

A `kill -9` of Lokal (or the OOM killer) gives its children no chance to be told: the store
process and the file-preparing process were seen still running 5 s after their parent died.
`die_with_parent()`, called first thing in a child, makes sure they follow it:
- on Linux the kernel sends the child SIGKILL when its parent dies (PR_SET_PDEATHSIG);
- on every OS a daemon thread checks once a second that the parent is still there, and ends
  the child when it is not (on Windows and macOS this is the only way).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1
_CHECK_SECONDS = 1.0


def die_with_parent() -> None:
    """End this process when its parent ends. Call it at the start of a child process."""
    # A spawned child takes a second or more to get here: its parent may have died meanwhile,
    # and getppid() would then name init. multiprocessing knows the real parent from the start.
    spawned_by = multiprocessing.parent_process()
    parent = spawned_by.pid if spawned_by is not None else os.getppid()
    if os.getppid() != parent:  # it died already
        os._exit(1)
    if sys.platform.startswith("linux"):
        _ask_kernel_for_sigkill()
        if os.getppid() != parent:  # the parent died before the request took effect
            os._exit(1)
    threading.Thread(
        target=_watch_parent, args=(parent,), name="lokal-parent-watch", daemon=True
    ).start()


def _ask_kernel_for_sigkill() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl here: the watching thread still works
        pass


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(_CHECK_SECONDS)
        if not _alive(parent) or os.getppid() != parent:
            os._exit(1)


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        import psutil  # no os.kill(pid, 0) on Windows

        return psutil.pid_exists(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
