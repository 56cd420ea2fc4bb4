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
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

from desktop_app.core.errors import DocumentError, LokalError

log = logging.getLogger(__name__)

_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")


def as_store_error(error: Exception) -> LokalError:
    """The user-facing error for a failure inside the store.

    Lokal's own errors stay as they are; a full disk is `disk_full`, a DocumentError, so the
    pipeline reports it against the file being indexed; anything else is `index_unavailable`,
    its detail naming the exception's type (enough to tell a damaged file from a bug).
    """
    if isinstance(error, LokalError):
        return error
    if _is_disk_full(error):
        return DocumentError("disk_full")
    return LokalError("index_unavailable", detail=f"{type(error).__name__}: {error}")


@contextmanager
def store_errors() -> Iterator[None]:
    """Raise whatever the block raises as `as_store_error` maps it."""
    try:
        yield
    except LokalError:
        raise
    except Exception as error:
        log.debug("The document store failed", exc_info=True)
        raise as_store_error(error) from error


def guarded(method: Callable[_Params, _Result]) -> Callable[_Params, _Result]:
    """`method`, raising its failures as `as_store_error` maps them (see `store_errors`)."""

    @wraps(method)
    def call(*args: _Params.args, **kwargs: _Params.kwargs) -> _Result:
        with store_errors():
            return method(*args, **kwargs)

    return call


def _is_disk_full(error: Exception) -> bool:
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC
    if isinstance(error, sqlite3.OperationalError):
        return "full" in str(error).lower()  # "database or disk is full"
    text = str(error).lower()  # chroma reports it in its own words
    return "no space" in text or os.strerror(errno.ENOSPC).lower() in text
