"""The bearer token of Lokal's API server (`lokal serve`, Settings > Server).

One token per data folder, in `<data dir>/api-token`: made at the first start, readable by the
user alone (mode 0600), written atomically, so a renewal never leaves a half-written token. The
server reads it on every request, so a token renewed in the window applies at once and the old
one stops working.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from desktop_app.core.atomic import write_atomically

TOKEN_FILE = "api-token"
TOKEN_PREFIX = "lokal-"  # tells the user (and secret scanners) what the string is


def token_path(data_dir: Path) -> Path:
    return Path(data_dir) / TOKEN_FILE


def read_or_create_token(data_dir: Path) -> str:
    """The data folder's token; made now if there is none (or the file holds no token)."""
    path = token_path(data_dir)
    try:
        token = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        token = ""
    if token:
        return token
    return renew_token(data_dir)


def renew_token(data_dir: Path) -> str:
    """A new token replaces the old one, which stops working at the server's next request."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    path = token_path(data_dir)
    write_atomically(path, (token + "\n").encode("utf-8"))
    # The temporary file mkstemp made is already 0600; chmod again for umasks and filesystems
    # that ignore it (a no-op where the platform has no such modes).
    os.chmod(path, 0o600)
    return token


def tokens_match(given: str, expected: str) -> bool:
    """Whether the client's token is the expected one, in time that does not depend on where
    they differ (a plain == would let a network client guess the token byte by byte)."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
