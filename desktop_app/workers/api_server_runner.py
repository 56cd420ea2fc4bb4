"""The window's API server (Settings > Server): `lokal serve`'s server, run inside the window.

The server is desktop_app/serve's (the same routes, token and backend as `lokal serve`); only
its grounding differs: the window's index belongs to the index worker's thread, so grounded
questions go through DocumentSearch (the agent's way to the index) instead of opening the store.
The collections are the ones the window lists.

Starting imports FastAPI and uvicorn and binds a socket, stopping waits for open requests to
end: both happen on this runner's own thread, one after the other, never on the GUI thread.
Its answers come back on Qt signals (queued to the GUI thread this object lives on).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.config import Settings
from desktop_app.core import api_token
from desktop_app.core.application.grounding_types import Grounding
from desktop_app.core.errors import LokalError
from desktop_app.workers.agent_bridge import DocumentSearch

log = logging.getLogger(__name__)


class WindowGrounder:
    """serve.backend's Grounder over the window's index worker (thread-safe: DocumentSearch
    sends each search to the index worker and waits for its answer)."""

    def __init__(
        self,
        search: DocumentSearch,
        collection_names: Callable[[], list[str]],
        sources_per_answer: Callable[[], int],
    ) -> None:
        self._search = search
        self._collection_names = collection_names
        self._sources_per_answer = sources_per_answer

    def collections(self) -> list[str]:
        return list(self._collection_names())

    def ground(self, query: str, collections: list[str], cancel: threading.Event) -> Grounding:
        return self._search.ground(query, self._sources_per_answer(), collections, cancel)


class ApiServerRunner(QObject):
    """Starts, restarts and stops the window's API server to match the settings."""

    started = Signal(str)  # the API's base URL: http://127.0.0.1:8765/v1
    failed = Signal(object)  # LokalError (serve_cannot_listen)
    stopped = Signal()

    def __init__(self, data_dir: Path, grounder: WindowGrounder, parent=None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._grounder = grounder
        # One thread: a start and a stop asked for in a row happen in that order.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lokal-api")
        self._server = None  # serve.server.ApiServer, on the runner's thread only
        self._backend = None
        self._running_with: dict | None = None  # the settings the server was started with
        self._closed = False

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    def apply(self, settings: Settings) -> None:
        """Run the server as `settings` say: start it, stop it, or restart it when what it
        serves changed (its address, the model, the documents). Returns at once."""
        if self._closed:
            return
        copy = settings.model_copy(deep=True)
        self._executor.submit(self._match, copy)

    def close(self) -> None:
        """Stop the server (on quit) and wait until it is stopped."""
        if self._closed:
            return
        self._closed = True
        self._executor.submit(self._stop)
        self._executor.shutdown(wait=True)

    # -- on the runner's thread -----------------------------------------------------------------

    def _match(self, settings: Settings) -> None:
        wanted = settings.model_dump(exclude={"ui"}) if settings.serve.enabled else None
        if wanted == self._running_with and (wanted is None or self.running):
            return
        self._stop()
        if wanted is None:
            return
        try:
            self._start(settings)
        except LokalError as error:
            self._emit(self.failed, error)
            return
        except Exception as error:  # noqa: BLE001  (a thread's exception would be lost)
            log.exception("The API server did not start")
            serve = settings.serve
            failure = LokalError(
                "serve_cannot_listen", host=serve.host, port=serve.port, detail=str(error)
            )
            self._emit(self.failed, failure)
            return
        self._running_with = wanted
        self._emit(self.started, self._server.url)

    def _start(self, settings: Settings) -> None:
        # Imported here: FastAPI and uvicorn are not needed to open the window.
        from desktop_app.serve.backend import ServeBackend
        from desktop_app.serve.server import ApiServer, is_loopback

        serve = settings.serve
        if not is_loopback(serve.host) and not serve.allow_network:
            raise LokalError(
                "serve_cannot_listen",
                host=serve.host,
                port=serve.port,
                detail="another computer's address needs 'Allow other computers' in Settings",
            )
        backend = ServeBackend(settings, self._grounder)
        server = ApiServer(backend, serve.host, serve.port, token=self._token)
        try:
            server.start()
        except BaseException:
            backend.close()
            raise
        self._server, self._backend = server, backend
        log.info("API server listening at %s", server.url)

    def _token(self) -> str:
        """Read per request: a token renewed in Settings applies at once."""
        return api_token.read_or_create_token(self._data_dir)

    def _stop(self) -> None:
        server, backend = self._server, self._backend
        self._server = self._backend = None
        self._running_with = None
        if server is None:
            return
        try:
            server.stop()
        finally:
            backend.close()
        log.info("API server stopped")
        self._emit(self.stopped)

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window is gone (quitting): nobody to tell
            log.debug("API server event after the window closed")
