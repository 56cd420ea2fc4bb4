"""How a failure inside the document store reaches the user: one mapping for both stores.

chromadb and SQLite fail in their own words (a damaged database, a lock, a full disk, an
internal error of chroma's Rust core). The in-process store (the CLI) and the store process
(the GUI) turn those into the same LokalError, so every front end shows one clear sentence
("the document index is not available (...)") instead of a traceback.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import ParamSpec, TypeVar

from desktop_app.core import chroma_server
from desktop_app.core.chroma_server import ChromaServer
from desktop_app.core.errors import DocumentError, LokalError

log = logging.getLogger(__name__)

_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")


# Free space under which a store failure that names no cause is taken for a full disk. chroma
# says "database or disk is full" only when the write itself fails; when its compaction fails
# for lack of room it says "Failed to apply logs to the metadata segment", and every read after
# that fails too ("Error sending backfill request to compactor"): the log must be applied, so
# written, first. As much room as a download keeps free (staged_download.SPACE_MARGIN).
NEARLY_FULL_BYTES = 64 * 1024 * 1024


def as_store_error(
    error: Exception,
    folder: Path | None = None,
    full_disk: str = "disk_full",
    server: ChromaServer | None = None,
) -> LokalError:
    """The user-facing error for a failure inside the store whose files are in `folder`.

    Lokal's own errors stay as they are; a full disk (said so, or a failure of any kind while
    `folder`'s disk is nearly full) is `full_disk` (`disk_full`, or `index_needs_space` when
    opening), a DocumentError, so the pipeline reports it against the file being indexed;
    anything else is `index_unavailable`, its detail naming the exception's type (enough to
    tell a damaged file from a bug). With a Chroma `server`, a connection that failed is
    `chroma_server_unreachable`.
    """
    if isinstance(error, LokalError):
        return error
    if server is not None and chroma_server.is_connection_failure(error):
        return chroma_server.unreachable(server, f"{type(error).__name__}: {error}")
    if _is_disk_full(error) or (folder is not None and disk_nearly_full(folder)):
        return DocumentError(full_disk)
    return LokalError("index_unavailable", detail=f"{type(error).__name__}: {error}")


def disk_nearly_full(folder: Path) -> bool:
    """Whether the disk holding `folder` has less than NEARLY_FULL_BYTES free: then a store
    failure is the disk's, and the store must not be taken for damaged (nor moved aside)."""
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


@contextmanager
def store_errors(folder: Path | None = None, full_disk: str = "disk_full") -> Iterator[None]:
    """Raise whatever the block raises as `as_store_error` maps it."""
    try:
        yield
    except LokalError:
        raise
    except Exception as error:
        log.debug("The document store failed", exc_info=True)
        raise as_store_error(error, folder, full_disk) from error


def guarded(method: Callable[_Params, _Result]) -> Callable[_Params, _Result]:
    """`method`, raising its failures as `as_store_error` maps them (see `store_errors`); the
    store's `folder` attribute (once set) says which disk may be full. Opening (`__init__`)
    on a full disk is `index_needs_space`: chroma finishes its last write before any read."""
    full_disk = "index_needs_space" if method.__name__ == "__init__" else "disk_full"

    @wraps(method)
    def call(*args: _Params.args, **kwargs: _Params.kwargs) -> _Result:
        try:
            return method(*args, **kwargs)
        except LokalError:
            raise
        except Exception as error:
            # Looked up now, not before the call: `__init__` sets it first thing.
            folder = getattr(args[0], "folder", None) if args else None
            server = getattr(args[0], "server", None) if args else None
            log.debug("The document store failed", exc_info=True)
            raise as_store_error(error, folder, full_disk, server) from error

    return call


def _is_disk_full(error: Exception) -> bool:
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC
    if isinstance(error, sqlite3.OperationalError):
        return "full" in str(error).lower()  # "database or disk is full"
    text = str(error).lower()  # chroma reports it in its own words
    return "no space" in text or os.strerror(errno.ENOSPC).lower() in text
