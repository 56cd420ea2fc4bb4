"""The document store in a process of its own, behind the same methods as DocumentStore.

Why: chromadb holds Python's GIL for the whole of each write (30-60 ms idle, 130-380 ms with
the cores busy), and every other thread of the process waits meanwhile, the GUI's included.
In its own process those writes cannot freeze the window. The GUI's index worker uses this;
the CLI, which has no window, uses DocumentStore directly.

Calls are forwarded over a pipe, one at a time, from the thread that owns the proxy. The
child is started with "spawn" (no fork of a process that holds Qt and model threads).
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from desktop_app.core.errors import LokalError

_START_TIMEOUT_SECONDS = 120


class StoreProcess:
    """A DocumentStore living in a child process; call its methods as usual."""

    def __init__(self, data_dir: Path, embedder_name: str) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, child_end = context.Pipe()
        self._process = context.Process(
            target=_serve,
            args=(child_end, str(data_dir), embedder_name),
            name="lokal-store",
            daemon=True,
        )
        self._process.start()
        child_end.close()
        if not self._connection.poll(_START_TIMEOUT_SECONDS):
            self._process.kill()
            raise LokalError("index_unavailable", detail="its process did not start")
        self._receive()  # the child's "ready", or the error that stopped it

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)

        def call(*args, **kwargs):
            try:
                self._connection.send((name, args, kwargs))
            except (BrokenPipeError, OSError) as error:
                raise LokalError("index_unavailable", detail="its process stopped") from error
            return self._receive()

        return call

    def close(self) -> None:
        if self._process.is_alive():
            try:
                self._connection.send(("close", (), {}))
                self._receive()
            except (LokalError, OSError):
                pass
            self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
        self._connection.close()

    def _receive(self):
        try:
            succeeded, value = self._connection.recv()
        except (EOFError, OSError) as error:
            raise LokalError("index_unavailable", detail="its process stopped") from error
        if succeeded:
            return value
        raise value


def _serve(connection, data_dir: str, embedder_name: str) -> None:
    """The child: own one DocumentStore and answer calls until told to close."""
    from desktop_app.core.store import DocumentStore

    try:
        store = DocumentStore(Path(data_dir), embedder_name)
    except Exception as error:
        connection.send((False, _transportable(error)))
        return
    connection.send((True, None))
    while True:
        try:
            name, args, kwargs = connection.recv()
        except (EOFError, OSError):  # the app went away: close cleanly
            store.close()
            return
        if name == "close":
            store.close()
            connection.send((True, None))
            return
        try:
            connection.send((True, getattr(store, name)(*args, **kwargs)))
        except Exception as error:
            connection.send((False, _transportable(error)))


def _transportable(error: Exception) -> Exception:
    """Lokal's own errors cross the pipe as they are; others as their message."""
    if isinstance(error, LokalError):
        return error
    return LokalError("index_unavailable", detail=f"{type(error).__name__}: {error}")
