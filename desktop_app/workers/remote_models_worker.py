"""Settings > Server's "Fetch models": ask a model server for its model ids, off the GUI thread.

The request is one HTTP call that may wait for the profile's whole time-out on a server that
does not answer, and reading a kept API key may wait on the keyring: neither may stall the
window. Each fetch runs on a short-lived daemon thread (a dialog closed meanwhile never has to
wait for it, nor does quitting) and its answer comes back on this object's signals, which Qt
queues to the GUI thread this object lives on.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import threading

from PySide6.QtCore import QObject, Signal

from desktop_app import services
from desktop_app.config import ProviderProfile
from desktop_app.core import remote_llm, secret_store
from desktop_app.core.errors import LokalError

log = logging.getLogger(__name__)

# Listing models is quick on any live server; a dead one should not keep the button waiting for
# the profile's answer time-out (two minutes by default).
LIST_TIMEOUT_SECONDS = 15.0


class RemoteModelsWorker(QObject):
    """Lives on the GUI thread; `fetch` returns at once, the answer arrives on a signal."""

    models_listed = Signal(int, list)  # fetch id, model ids
    fetch_failed = Signal(int, object)  # fetch id, LokalError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)

    def fetch(self, profile: ProviderProfile, typed_key: str = "") -> int:
        """List `profile`'s models with `typed_key`, or with the key kept for the profile when
        none is typed. Returns the fetch's id, which its answer carries."""
        fetch_id = next(self._ids)
        threading.Thread(
            target=self._list,
            args=(fetch_id, profile, typed_key),
            name="lokal-remote-models",
            daemon=True,
        ).start()
        return fetch_id

    def _list(self, fetch_id: int, profile: ProviderProfile, typed_key: str) -> None:
        where = remote_llm.host_label(profile.base_url)
        try:
            key = typed_key or secret_store.load_api_key(profile.name)
            endpoint = dataclasses.replace(
                services.endpoint_of(profile, key or None),
                timeout_seconds=min(profile.timeout_seconds, LIST_TIMEOUT_SECONDS),
            )
            models = remote_llm.list_models(endpoint)
        except LokalError as error:
            self._emit(self.fetch_failed, fetch_id, error)
            return
        except Exception as error:  # noqa: BLE001  (a client library's own; shown, not raised)
            log.exception("Listing the models of %s failed", where)  # never a key, nor a password
            failure = LokalError("remote_failed", url=profile.base_url, detail=str(error))
            self._emit(self.fetch_failed, fetch_id, failure)
            return
        self._emit(self.models_listed, fetch_id, list(models))

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the dialog, and this object with it, was deleted meanwhile
            log.debug("Model list arrived after its dialog was gone")
