"""A Chroma server that holds shared collections: its address, a heartbeat, a client for it.

The document store (store.py) keeps its chunk vectors on such a server instead of in the
local chroma folder when settings.shared.chroma_url names one, so that a team can search the
same documents. This module only knows how to name and reach the server; what is stored
there, and how it is kept in step with the local bookkeeping, is store.py's business.

A Chroma server has no authentication of its own: anyone who can reach its port can read and
delete every collection. Keep it on loopback, or behind a reverse proxy that checks a token and
speaks TLS (README): Lokal sends the token in `$LOKAL_CHROMA_TOKEN` as `Authorization: Bearer`
on every request (the server itself ignores it). `is_loopback` lets the front ends say which
case they are in.

chromadb is imported only by `connect` (and urllib by `check`), so that naming a server is cheap
on the window's start-up path.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from desktop_app.core.errors import LokalError
from desktop_app.core.network import is_loopback

# How long the heartbeat at open waits: a server that does not answer in this time is taken
# for down, rather than leaving the user at a frozen "opening the index".
HEARTBEAT_TIMEOUT_SECONDS = 5.0
# The bearer token for a reverse proxy in front of the server (never stored by Lokal).
TOKEN_VARIABLE = "LOKAL_CHROMA_TOKEN"
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class ChromaServer:
    """A Chroma server by its URL, e.g. http://127.0.0.1:8000 (made by `parse`), and the token
    its reverse proxy wants, if any (kept out of repr, so out of logs and tracebacks)."""

    url: str
    token: str | None = field(default=None, repr=False)

    @property
    def _parts(self):
        return urlsplit(self.url)

    @property
    def host(self) -> str:
        return self._parts.hostname or ""

    @property
    def port(self) -> int:
        return self._parts.port or _DEFAULT_PORTS[self._parts.scheme]

    @property
    def ssl(self) -> bool:
        return self._parts.scheme == "https"

    @property
    def label(self) -> str:
        """host:port, what the user is told ("127.0.0.1:8000"); an IPv6 host in brackets."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def slug(self) -> str:
        """The label as a folder name: the local bookkeeping of this server's collections."""
        return re.sub(r"[^A-Za-z0-9._-]+", "-", self.label).strip("-.") or "server"

    @property
    def is_loopback(self) -> bool:
        """Whether the server is on this machine only (no one else can reach it)."""
        return is_loopback(self.host)


def parse(url: str, token: str | None = None) -> ChromaServer:
    """The server a URL names: http(s)://host[:port], the scheme optional (http). A URL
    without a port means the scheme's (80 or 443), as anywhere else; Chroma's own default is
    8000, so say it: http://host:8000. Raises ValueError, with a sentence for the user, for
    anything else (another scheme, a path, no host, a bad port)."""
    text = url.strip()
    if not text:
        raise ValueError("no Chroma server URL given")
    if "://" not in text:
        text = f"http://{text}"
    parts = urlsplit(text)
    if parts.scheme not in _DEFAULT_PORTS:
        raise ValueError(f"a Chroma server URL starts with http:// or https://, not {url!r}")
    if not parts.hostname:
        raise ValueError(f"no host in the Chroma server URL {url!r}")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"the port in the Chroma server URL {url!r} is not a number") from None
    if port == 0:
        raise ValueError(f"the port in the Chroma server URL {url!r} is not a port")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"a Chroma server URL has no path: {url!r} (like http://host:8000)")
    if parts.username or parts.password:
        raise ValueError(f"a Chroma server URL carries no user or password: {url!r}")
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    return ChromaServer(f"{parts.scheme}://{netloc.lower()}", token or None)


def check(server: ChromaServer, timeout: float = HEARTBEAT_TIMEOUT_SECONDS) -> None:
    """Ask the server's heartbeat; raises LokalError chroma_server_unreachable when it does not
    answer as a Chroma server does. Plain urllib: no chromadb import for a yes or no."""
    import urllib.error
    import urllib.request  # here: it imports ssl and http.client, not needed at start-up

    address = f"{server.url}/api/v2/heartbeat"
    request = urllib.request.Request(address, headers=_headers(server))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) only)
            answer = json.loads(response.read(4096) or b"null")
    except urllib.error.HTTPError as error:
        raise unreachable(server, f"HTTP {error.code} from {address}") from None
    except (OSError, ValueError) as error:  # refused, timed out, no such host, not JSON
        reason = getattr(error, "reason", None) or error
        raise unreachable(server, str(reason) or type(error).__name__) from None
    if not isinstance(answer, dict) or not any("heartbeat" in key for key in answer):
        raise unreachable(server, f"{address} does not answer as a Chroma server")


def connect(server: ChromaServer):
    """A chromadb client of the server (heartbeat first, so a server that is down fails fast
    and clearly), with telemetry off: Lokal sends nothing anywhere the user did not name."""
    check(server)
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    try:
        return chromadb.HttpClient(
            host=server.host,
            port=server.port,
            ssl=server.ssl,
            headers=_headers(server) or None,
            settings=ChromaSettings(anonymized_telemetry=False),
        )
    except ValueError as error:  # chromadb's "Could not connect to a Chroma server"
        raise unreachable(server, str(error)) from None


def _headers(server: ChromaServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.token}"} if server.token else {}


def unreachable(server: ChromaServer, detail: str) -> LokalError:
    return LokalError("chroma_server_unreachable", url=server.url, detail=detail)


def is_connection_failure(error: BaseException) -> bool:
    """Whether a failure inside chromadb's HTTP client is the server's absence (refused,
    dropped, timed out), as opposed to an answer the server gave: those are told apart so
    the user reads "cannot be reached" rather than "the index is not available"."""
    for kind in type(error).__mro__:
        module = kind.__module__.split(".")[0]
        if module == "httpx" and kind.__name__ in ("TransportError", "TimeoutException"):
            return True
        if kind is ConnectionError:
            return True
    return isinstance(error, ValueError) and "could not connect" in str(error).lower()
