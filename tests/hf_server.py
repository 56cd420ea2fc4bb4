"""A local stand-in for the Hugging Face Hub, on 127.0.0.1, for the download tests.

It answers what huggingface_hub and Lokal's downloader ask, in the hub's own URL layout and
headers (point HF_ENDPOINT or `endpoint=` at `FakeHub.url`):
- HEAD/GET /{repo_id}/resolve/{revision or commit}/{filename}: the file, with X-Repo-Commit,
  ETag/X-Linked-Etag (the LFS SHA-256, or the git blob id of a plain file), X-Linked-Size,
  Accept-Ranges; `Range: bytes=N-` gets 206 with Content-Range. Unknown repo, revision or file
  get the hub's 401/404 with its X-Error-Code header.
- POST /api/models/{repo_id}/paths-info/{revision}: the JSON list `get_paths_info` parses, with
  `lfs: {oid, size, pointerSize}` for LFS files.

Knobs for the tests: `corrupt` (other bytes, same length, the real SHA-256 still advertised),
`drop_after` (the next GET sends that many bytes of the body, then closes the connection; with
`drop_file` set, the next GET of that file), `bytes_per_second` (a slow line). Every request is
recorded in `requests` (method, path, Range).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote

COMMIT = "0123456789abcdef0123456789abcdef01234567"
_PIECE = 64 * 1024  # bytes per socket write


@dataclass(frozen=True)
class HubRequest:
    method: str
    path: str
    range: str | None


@dataclass
class HubFile:
    data: bytes
    lfs: bool = True  # False: a plain git file, which the hub lists without a SHA-256

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def pointer(self) -> bytes:
        """The git-lfs pointer file that git stores in place of the bytes."""
        text = f"version https://git-lfs.github.com/spec/v1\noid sha256:{self.sha256}\n"
        return (text + f"size {len(self.data)}\n").encode()

    @property
    def blob_id(self) -> str:
        """The git object id of what git stores: the pointer for LFS files, else the bytes."""
        stored = self.pointer if self.lfs else self.data
        return hashlib.sha1(b"blob %d\0" % len(stored) + stored).hexdigest()


@dataclass
class FakeHub:
    repo_id: str
    files: dict[str, HubFile]
    revision: str = "main"
    commit: str = COMMIT
    corrupt: bool = False
    drop_after: int | None = None  # applies to the next GET only
    drop_file: str | None = None  # if set: drop_after applies to the next GET of this file only
    bytes_per_second: float | None = None
    requests: list[HubRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        assert self._server is not None, "use FakeHub as a context manager"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def gets(self) -> list[HubRequest]:
        return [request for request in self.requests if request.method == "GET"]

    def __enter__(self) -> FakeHub:
        hub = self

        class Handler(_Handler):
            fake = hub

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # A short poll interval: shutdown() waits for it, at every test's teardown.
        serve = lambda: self._server.serve_forever(poll_interval=0.02)  # noqa: E731
        threading.Thread(target=serve, daemon=True).start()
        return self

    def __exit__(self, *exc_info) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    def record(self, method: str, path: str, range_header: str | None) -> None:
        with self._lock:
            self.requests.append(HubRequest(method, path, range_header))

    def take_drop_after(self, filename: str | None = None) -> int | None:
        with self._lock:
            if self.drop_file is not None and filename != self.drop_file:
                return None
            drop, self.drop_after = self.drop_after, None
            return drop


_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<revision>[^/]+)/(?P<filename>.+)$")
_PATHS_INFO = re.compile(r"^/api/models/(?P<repo>[^/]+/[^/]+)/paths-info/(?P<revision>[^/]+)$")


class _Handler(BaseHTTPRequestHandler):
    fake: FakeHub
    protocol_version = "HTTP/1.1"  # keep-alive, and Content-Length always sent

    def log_message(self, format, *args) -> None:  # quiet test output
        pass

    # --- routing

    def do_HEAD(self) -> None:
        self._resolve(send_body=False)

    def do_GET(self) -> None:
        self._resolve(send_body=True)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        self.fake.record("POST", self.path, None)
        match = _PATHS_INFO.match(self.path.split("?")[0])
        if not match or not self._known(match["repo"], unquote(match["revision"])):
            return
        paths = parse_qs(body).get("paths", [])
        self._send_json([self._path_info(path) for path in paths if path in self.fake.files])

    # --- answers

    def _resolve(self, send_body: bool) -> None:
        self.fake.record(self.command, self.path, self.headers.get("Range"))
        match = _RESOLVE.match(self.path.split("?")[0])
        if not match or not self._known(match["repo"], unquote(match["revision"])):
            return
        filename = unquote(match["filename"])
        hub_file = self.fake.files.get(filename)
        if hub_file is None:
            self._send_error(404, "EntryNotFound", "Entry not found")
            return
        data = hub_file.data
        if self.fake.corrupt:
            data = bytes(byte ^ 0xFF for byte in data[:4096]) + data[4096:]
        start = _range_start(self.headers.get("Range"))
        if start is not None and start >= len(data):
            self._send_error(416, None, "Requested range not satisfiable")
            return
        self.send_response(206 if start is not None else 200)
        etag = hub_file.sha256 if hub_file.lfs else hub_file.blob_id
        self.send_header("X-Repo-Commit", self.fake.commit)
        self.send_header("ETag", f'"{etag}"')
        if hub_file.lfs:
            self.send_header("X-Linked-Etag", f'"{etag}"')
            self.send_header("X-Linked-Size", str(len(data)))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Type", "application/octet-stream")
        if start is not None:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        body = data[start or 0 :]
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self._send_body(body, filename)

    def _send_body(self, body: bytes, filename: str | None = None) -> None:
        drop_after = self.fake.take_drop_after(filename)
        limit = len(body) if drop_after is None else min(drop_after, len(body))
        started = time.monotonic()
        for offset in range(0, limit, _PIECE):
            self.wfile.write(body[offset : min(offset + _PIECE, limit)])
            if self.fake.bytes_per_second:
                # Sleep until the bytes sent so far match the advertised line speed.
                due = started + (offset + _PIECE) / self.fake.bytes_per_second
                time.sleep(max(0.0, due - time.monotonic()))
        self.wfile.flush()
        if drop_after is not None:
            self.close_connection = True  # the client gets less than Content-Length promised

    def _path_info(self, path: str) -> dict:
        hub_file = self.fake.files[path]
        info = {"type": "file", "oid": hub_file.blob_id, "size": len(hub_file.data), "path": path}
        if hub_file.lfs:
            info["lfs"] = {
                "oid": hub_file.sha256,
                "size": len(hub_file.data),
                "pointerSize": len(hub_file.pointer),
            }
        return info

    def _known(self, repo: str, revision: str) -> bool:
        """Answer as the hub does for an unknown repo (401) or revision (404)."""
        if repo != self.fake.repo_id:
            self._send_error(401, "RepoNotFound", "Repository not found")
            return False
        if revision not in (self.fake.revision, self.fake.commit):
            self._send_error(404, "RevisionNotFound", "Invalid rev id")
            return False
        return True

    def _send_json(self, value: object) -> None:
        body = json.dumps(value).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_error(self, status: int, code: str | None, message: str) -> None:
        body = json.dumps({"error": message}).encode()
        self.send_response(status)
        if code:
            self.send_header("X-Error-Code", code)
        self.send_header("X-Error-Message", message)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _range_start(value: str | None) -> int | None:
    """The N of `bytes=N-`, the only form the downloader sends."""
    match = re.fullmatch(r"bytes=(\d+)-", value or "")
    return int(match.group(1)) if match else None
