"""Start a worker object on its own QThread, and stop it cleanly on quit."""

from __future__ import annotations

import contextlib
import os
import sys
import threading

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread

# Two threads importing numpy-based libraries at once (llama_cpp on one, chromadb and torch on the
# other) can see a partially initialised numpy and fail. Workers hold this lock while they import.
HEAVY_IMPORTS = threading.Lock()


def lower_this_threads_priority(niceness: int = 10) -> None:
    """Let the GUI thread win the CPU over model work (Linux: per-thread nice value).

    llama.cpp and torch start their own threads from the calling thread, and those inherit
    the value. With 2 cores busy with models, the GUI otherwise waits for a core (measured
    stalls of 190-290 ms). Elsewhere this does nothing.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            current = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), max(current, niceness))


def start_on_thread(worker: QObject, name: str) -> QThread:
    """Move `worker` to a new thread; its `start` slot runs first, on that thread."""
    thread = QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.started.connect(worker.start)
    thread.start()
    return thread


def stop_thread(thread: QThread, timeout_ms: int = 30_000) -> bool:
    """Ask the thread's event loop to end and wait for it. Cancel running work first."""
    thread.quit()
    return thread.wait(timeout_ms)


def close_on_own_thread(worker: QObject) -> None:
    """Run the worker's `close` slot on its thread and wait for it (cancel long work first)."""
    if worker.thread().isRunning():
        QMetaObject.invokeMethod(worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
    else:
        worker.close()
