"""The API server on a thread of its own: uvicorn serving serve/app.py, started and stopped.

`lokal serve` and the window both use ApiServer: `start()` binds the socket itself (so a port
in use is a LokalError at once, never uvicorn's sys.exit), runs uvicorn on a daemon thread and
returns once it accepts connections; `stop()` cancels the requests in flight, lets uvicorn shut
down gracefully and joins its thread. The backend (the models) belongs to the caller, who
closes it.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

from desktop_app.core.errors import LokalError
from desktop_app.core.network import is_loopback
from desktop_app.serve.backend import ServeBackend

__all__ = ["ApiServer", "is_loopback"]

START_TIMEOUT_SECONDS = 15.0
# Streams still open when the server stops are cut after this long.
GRACEFUL_STOP_SECONDS = 3


class ApiServer:
    """Lokal's OpenAI-compatible API on host:port over `backend`, guarded by `token()`."""

    def __init__(
        self, backend: ServeBackend, host: str, port: int, token: Callable[[], str]
    ) -> None:
        self.backend = backend
        self.host = host
        self.port = port
        self._token = token
        self._server = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Listen and serve; returns once connections are accepted. LokalError
        serve_cannot_listen when the address cannot be bound (in use, not this computer's)."""
        if self.running:
            return
        import uvicorn

        from desktop_app.serve.app import build_app

        listener = self._bind()
        self.port = listener.getsockname()[1]  # port 0: the one the system chose
        config = uvicorn.Config(
            build_app(self.backend, self._token),
            log_level="warning",
            lifespan="off",
            timeout_graceful_shutdown=GRACEFUL_STOP_SECONDS,
            access_log=False,
        )
        self._server = uvicorn.Server(config)
        self._failure = None
        self._thread = threading.Thread(
            target=self._serve, args=(listener,), name="lokal-api-server", daemon=True
        )
        self._thread.start()
        deadline = threading.Event()
        for _ in range(int(START_TIMEOUT_SECONDS / 0.02)):
            if self._server.started or not self._thread.is_alive():
                break
            deadline.wait(0.02)
        if not self._server.started:
            self.stop()
            detail = str(self._failure) if self._failure else "uvicorn did not start"
            raise LokalError("serve_cannot_listen", host=self.host, port=self.port, detail=detail)

    def _bind(self) -> socket.socket:
        try:
            family, kind, proto, _name, address = socket.getaddrinfo(
                self.host, self.port, type=socket.SOCK_STREAM
            )[0]
            listener = socket.socket(family, kind, proto)
            try:
                if hasattr(socket, "SO_REUSEADDR") and not _is_windows():
                    # Only lets a port in TIME_WAIT be taken again (on Windows it would let
                    # two servers share a port, hence not there).
                    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                listener.bind(address)
                listener.listen(128)
            except OSError:
                listener.close()
                raise
        except OSError as error:
            detail = error.strerror or str(error)
            raise LokalError(
                "serve_cannot_listen", host=self.host, port=self.port, detail=detail
            ) from error
        return listener

    def _serve(self, listener: socket.socket) -> None:
        try:
            self._server.run(sockets=[listener])
        except BaseException as error:  # SystemExit included: uvicorn exits on some failures
            self._failure = error
        finally:
            listener.close()

    def stop(self) -> None:
        """Stop serving: the requests in flight are cancelled, the thread joined."""
        if self._server is None:
            return
        self.backend.cancel_all()
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=GRACEFUL_STOP_SECONDS + 5)
        self._thread = None
        self._server = None


def _is_windows() -> bool:
    import sys

    return sys.platform == "win32"
