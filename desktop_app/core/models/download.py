"""Download a GGUF model from Hugging Face into the models folder: resumable, checked, atomic.

`download_model` is a generator that the GUI worker drives: it yields progress events and ends
with one of DownloadFinished, DownloadPaused or DownloadCancelled; failures raise ModelError.

The flow, and why:
1. Metadata through huggingface_hub: a HEAD on the file's `resolve` URL gives the commit the
   revision points to, then `get_paths_info` at that commit gives the file's size and the SHA-256
   of its LFS object. The bytes are fetched from that commit, so a resume never mixes revisions.
   A file without an LFS SHA-256 is refused: Lokal never installs a model it cannot check.
2. Free space is checked before any byte is written.
3. Bytes go to `<models>/.downloads/<name>.part`, described by a JSON record beside it. After an
   interruption, a pause or a restart of Lokal, the next call asks the server only for the rest
   (HTTP Range) as long as the record still describes the file the hub lists.
4. The SHA-256 is computed while the bytes arrive; the finished file must have the hub's size
   and SHA-256, then it is moved into the models folder with `os.replace` (atomic: the models
   list never sees half a file).
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx2
from huggingface_hub import HfApi, constants, get_hf_file_metadata, hf_hub_url
from huggingface_hub.errors import (
    EntryNotFoundError,
    GatedRepoError,
    HfHubHTTPError,
    HFValidationError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.hf_api import RepoFile
from huggingface_hub.utils import build_hf_headers

from desktop_app.core.atomic import write_atomically
from desktop_app.core.errors import ModelError
from desktop_app.core.memory import human_size
from desktop_app.core.models.download_events import (  # noqa: F401  (this module's API too)
    DownloadCancelled,
    DownloadEvent,
    DownloadFinished,
    DownloadPaused,
    DownloadProgress,
    DownloadSpec,
    DownloadVerifying,
    PartialDownload,
)

PARTS_FOLDER = ".downloads"  # under the models folder: same filesystem, so os.replace is atomic
# Kept free beyond the file itself: filesystem block rounding and metadata, the record, and room
# for Lokal's own small writes (settings, chat history) so a download never fills the disk to
# the last byte. A fixed amount: a percentage of a 5 GB file would refuse downloads that fit.
SPACE_MARGIN = 64 * 1024 * 1024
# 256 KiB between two looks at pause/cancel: a quarter of a second even at 1 MB/s.
CHUNK_SIZE = 256 * 1024
PROGRESS_INTERVAL = 0.2  # seconds between two progress events
SPEED_WINDOW = 5.0  # seconds of history behind the speed shown: steady, yet quick to follow
# A connection silent for 60 s fails (download_failed); the .part is kept for a resume.
TIMEOUT = httpx2.Timeout(60.0, connect=15.0)


@dataclass(frozen=True)
class _HubFile:
    """What the hub says about the file, pinned to one commit."""

    commit: str
    sha256: str
    size: int
    headers: dict[str, str]  # for the GET: user agent, and the user's token if logged in


def resolve_endpoint(endpoint: str | None = None) -> str:
    """The hub to talk to: `endpoint`, else HF_ENDPOINT as set now, else huggingface_hub's default.

    huggingface_hub reads HF_ENDPOINT once, at import; reading it here lets it be set later.
    """
    chosen = endpoint or os.environ.get("HF_ENDPOINT") or constants.ENDPOINT
    return chosen.rstrip("/")


# --- the download ------------------------------------------------------------------------------


def download_model(
    spec: DownloadSpec,
    models_dir: Path,
    *,
    cancel: threading.Event | None = None,
    pause: threading.Event | None = None,
    endpoint: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[DownloadEvent]:
    """Download `spec` into `models_dir`, yielding events; resumes a partial download if any.

    Raises ModelError: model_exists, download_no_checksum, download_no_space, download_failed
    (the partial file is kept: call again to resume) and download_checksum (it is deleted).
    """
    models_dir = Path(models_dir)
    name = _checked_name(spec)
    target = models_dir / name
    if target.exists():
        raise ModelError("model_exists", name=name)
    endpoint = resolve_endpoint(endpoint)
    with exclusive_download(models_dir, spec):
        hub = _hub_file(spec, endpoint)
        part, record = _part_paths(models_dir, spec)
        offset = _resumable_size(part, record, hub)
        check_free_space(models_dir, hub.size - offset, name)
        part.parent.mkdir(parents=True, exist_ok=True)
        _write_record(record, spec, hub)

        hasher = hashlib.sha256()
        if offset:
            yield DownloadVerifying(spec, hub.size)
            hash_file_into(hasher, part)
        if stop_requested(cancel, pause) is None and offset < hub.size:
            url = hf_hub_url(spec.repo_id, spec.filename, revision=hub.commit, endpoint=endpoint)
            transfer = _Transfer(spec, hub, part, hasher, offset, cancel, pause, chunk_size)
            yield from transfer.run(url)
            hasher, offset = transfer.hasher, transfer.downloaded

        stop = stop_requested(cancel, pause)
        if stop == "cancel":
            discard_partial(models_dir, spec)
            yield DownloadCancelled(spec)
            return
        if stop == "pause" and offset < hub.size:
            yield DownloadPaused(spec, offset, hub.size)
            return
        yield DownloadVerifying(spec, hub.size)
        yield _install(spec, hub, part, record, target, hasher.hexdigest())


def partial_downloads(models_dir: Path) -> list[PartialDownload]:
    """The unfinished downloads in `models_dir`, from their records (they survive a restart)."""
    folder = Path(models_dir) / PARTS_FOLDER
    found = []
    for record in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(record.read_text("utf-8"))
            spec = DownloadSpec(data["repo_id"], data["filename"], data.get("revision", "main"))
            total = int(data["size"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not a record of ours, or damaged: nothing to resume from
        part = record.with_suffix(".part")
        downloaded = part.stat().st_size if part.is_file() else 0
        found.append(PartialDownload(spec, downloaded, total))
    return found


def discard_partial(models_dir: Path, spec: DownloadSpec) -> None:
    """Delete the partial file of `spec` and its record, if there are any."""
    for path in _part_paths(Path(models_dir), spec):
        path.unlink(missing_ok=True)


# --- metadata ----------------------------------------------------------------------------------

# huggingface_hub refuses every request while `constants.HF_HUB_OFFLINE` is true (an event hook on
# its shared HTTP client checks it per request). Lokal sets HF_HUB_OFFLINE=1 for the whole process
# so that no library ever reaches the network behind the user's back; a download is the one
# network action the user starts, so its two metadata requests lift the flag for their own
# duration only. The lock keeps concurrent downloads from restoring the flag under each other.
# The bytes themselves go through a client of our own (`_Transfer`), so the flag is down for
# a second or so, never for the minutes a download takes.
_ONLINE_LOCK = threading.Lock()


@contextmanager
def hub_online() -> Iterator[None]:
    with _ONLINE_LOCK:
        saved = constants.HF_HUB_OFFLINE
        constants.HF_HUB_OFFLINE = False
        try:
            yield
        finally:
            constants.HF_HUB_OFFLINE = saved


def _hub_file(spec: DownloadSpec, endpoint: str) -> _HubFile:
    """Resolve the revision to a commit, then read the file's LFS size and SHA-256 there."""
    url = hf_hub_url(spec.repo_id, spec.filename, revision=spec.revision, endpoint=endpoint)
    try:
        with hub_online():
            metadata = get_hf_file_metadata(url, endpoint=endpoint)
            # Without X-Repo-Commit (not the real hub) the revision itself is the best pin.
            commit = metadata.commit_hash or spec.revision
            infos = HfApi(endpoint=endpoint).get_paths_info(
                spec.repo_id, [spec.filename], revision=commit
            )
            # Here too: reading a stored OAuth token may refresh it over the network.
            headers = build_hf_headers(library_name="lokal")
    except (httpx2.HTTPError, HFValidationError, OSError) as error:
        detail = describe_hub_error(error)
        raise ModelError("download_failed", file=spec.name, detail=detail) from error
    repo_file = next(
        (info for info in infos if isinstance(info, RepoFile) and info.path == spec.filename),
        None,
    )
    if repo_file is None:
        raise ModelError(
            "download_failed", file=spec.name, detail=f"{spec.repo_id} has no {spec.filename}"
        )
    if repo_file.lfs is None or not repo_file.lfs.sha256:
        raise ModelError("download_no_checksum", file=spec.name)
    return _HubFile(commit, repo_file.lfs.sha256.lower(), int(repo_file.lfs.size), headers)


def describe_hub_error(error: Exception) -> str:
    """A short English reason for a failed request (the UI shows it inside its own sentence)."""
    if isinstance(error, GatedRepoError):
        return "the repository is gated: accept its terms and log in on Hugging Face first"
    if isinstance(error, RepositoryNotFoundError):
        return "no such repository on Hugging Face (or it is private)"
    if isinstance(error, RevisionNotFoundError):
        return "no such revision in the repository"
    if isinstance(error, EntryNotFoundError):
        return "no such file in the repository"
    if isinstance(error, HfHubHTTPError) and error.response is not None:
        return f"the server answered HTTP {error.response.status_code}"
    if isinstance(error, httpx2.TimeoutException):
        return "the server did not answer in time"
    if isinstance(error, httpx2.ConnectError):
        return "cannot connect to the server (are you online?)"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


# --- the partial file and its record -----------------------------------------------------------


def _checked_name(spec: DownloadSpec) -> str:
    name = spec.name
    if name in ("", ".", "..") or "\\" in name:
        raise ModelError("download_failed", file=spec.filename, detail="not a valid file name")
    return name


def _part_paths(models_dir: Path, spec: DownloadSpec) -> tuple[Path, Path]:
    """`.part` and `.json` paths, named after the repo and file so that they never collide."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", f"{spec.repo_id}--{spec.filename}".replace("/", "--"))
    folder = models_dir / PARTS_FOLDER
    return folder / f"{safe}.part", folder / f"{safe}.json"


def _resumable_size(part: Path, record: Path, hub: _HubFile) -> int:
    """Bytes of `part` worth keeping: all of them if its record names the same file, else none.

    Same SHA-256 and size means the same bytes, whichever commit they were first fetched from.
    """
    try:
        data = json.loads(record.read_text("utf-8"))
        same = data["sha256"] == hub.sha256 and int(data["size"]) == hub.size
        size = part.stat().st_size
    except (OSError, ValueError, KeyError, TypeError):
        same, size = False, 0
    if same and size <= hub.size:
        return size
    part.unlink(missing_ok=True)  # another file, or longer than the file: start over
    return 0


def _write_record(record: Path, spec: DownloadSpec, hub: _HubFile) -> None:
    data = {
        "repo_id": spec.repo_id,
        "filename": spec.filename,
        "revision": spec.revision,
        "commit": hub.commit,
        "sha256": hub.sha256,
        "size": hub.size,
    }
    write_atomically(record, json.dumps(data, indent=2).encode("utf-8"))


_ACTIVE: set[tuple[str, str]] = set()
_ACTIVE_LOCK = threading.Lock()


@contextmanager
def exclusive_download(models_dir: Path, spec: DownloadSpec) -> Iterator[None]:
    """One download per partial file: two writers appending to one .part would ruin it."""
    key = (str(models_dir.resolve()), _part_paths(models_dir, spec)[0].name)
    with _ACTIVE_LOCK:
        if key in _ACTIVE:
            raise ModelError("download_failed", file=spec.name, detail="it is already running")
        _ACTIVE.add(key)
    try:
        yield
    finally:
        with _ACTIVE_LOCK:
            _ACTIVE.discard(key)


def check_free_space(models_dir: Path, remaining: int, name: str) -> None:
    folder = models_dir
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the models folder may not exist yet: ask its filesystem
    needed = remaining + SPACE_MARGIN
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise ModelError(
            "download_no_space",
            file=name,
            needed=human_size(needed),
            free=human_size(free),
            folder=str(models_dir),
        )


def hash_file_into(hasher: hashlib._Hash, path: Path) -> None:
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            hasher.update(block)


def stop_requested(cancel: threading.Event | None, pause: threading.Event | None) -> str | None:
    if cancel is not None and cancel.is_set():
        return "cancel"
    if pause is not None and pause.is_set():
        return "pause"
    return None


# --- the bytes ---------------------------------------------------------------------------------


class SpeedMeter:
    """Bytes per second over the last SPEED_WINDOW seconds."""

    def __init__(self, downloaded: int) -> None:
        self._samples = collections.deque([(time.monotonic(), downloaded)])

    def add(self, downloaded: int) -> float:
        now = time.monotonic()
        self._samples.append((now, downloaded))
        while len(self._samples) > 2 and now - self._samples[1][0] >= SPEED_WINDOW:
            self._samples.popleft()
        start, start_bytes = self._samples[0]
        return (downloaded - start_bytes) / (now - start) if now > start else 0.0


class _Transfer:
    """One GET of the rest of the file into the .part, hashing as it goes."""

    def __init__(
        self,
        spec: DownloadSpec,
        hub: _HubFile,
        part: Path,
        hasher: hashlib._Hash,
        offset: int,
        cancel: threading.Event | None,
        pause: threading.Event | None,
        chunk_size: int,
    ) -> None:
        self.spec, self.hub, self.part = spec, hub, part
        self.hasher, self.downloaded = hasher, offset  # both grow with each chunk
        self.cancel, self.pause, self.chunk_size = cancel, pause, chunk_size

    def run(self, url: str) -> Iterator[DownloadProgress]:
        # A client of our own, not huggingface_hub's shared one: see hub_online. It follows the
        # hub's redirect to its CDN (dropping any Authorization header on the way, as httpx2
        # does across origins) and keeps the Range header.
        headers = dict(self.hub.headers)
        headers["Accept-Encoding"] = "identity"  # the raw bytes: the SHA-256 is of those
        if self.downloaded:
            headers["Range"] = f"bytes={self.downloaded}-"
        try:
            with (
                httpx2.Client(follow_redirects=True, timeout=TIMEOUT) as client,
                client.stream("GET", url, headers=headers) as response,
            ):
                self._check_response(response)
                yield from self._receive(response)
        except httpx2.HTTPError as error:
            raise self._failed(self._interrupted(error)) from error
        except OSError as error:  # writing the .part: disk full, removed drive...
            raise self._failed(error.strerror or str(error)) from error

    def _check_response(self, response: httpx2.Response) -> None:
        if response.status_code == 200 and self.downloaded:
            # The server ignored the Range header and sends the whole file: start over.
            self.downloaded, self.hasher = 0, hashlib.sha256()
            self.part.write_bytes(b"")
        elif response.status_code == 206:
            start = _content_range_start(response.headers.get("Content-Range", ""))
            if start != self.downloaded:
                raise self._failed("the server sent another part of the file than asked")
        elif response.status_code != 200:
            raise self._failed(f"the server answered HTTP {response.status_code}")

    def _receive(self, response: httpx2.Response) -> Iterator[DownloadProgress]:
        total = self.hub.size
        speed = SpeedMeter(self.downloaded)
        yield DownloadProgress(self.spec, self.downloaded, total, 0.0, None)
        last_event = time.monotonic()
        with self.part.open("ab") as handle:
            for chunk in response.iter_raw(self.chunk_size):
                handle.write(chunk)
                self.hasher.update(chunk)
                self.downloaded += len(chunk)
                if stop_requested(self.cancel, self.pause):
                    return
                now = time.monotonic()
                if now - last_event >= PROGRESS_INTERVAL or self.downloaded >= total:
                    last_event = now
                    yield self._progress(speed.add(self.downloaded))
            handle.flush()
            os.fsync(handle.fileno())
        if self.downloaded < total:  # the server closed a response without a length early
            raise self._failed(self._lost_at())

    def _progress(self, bytes_per_second: float) -> DownloadProgress:
        left = self.hub.size - self.downloaded
        seconds_left = left / bytes_per_second if bytes_per_second > 0 else None
        return DownloadProgress(
            self.spec, self.downloaded, self.hub.size, bytes_per_second, seconds_left
        )

    def _lost_at(self) -> str:
        done, total = human_size(self.downloaded), human_size(self.hub.size)
        return f"the connection was lost at {done} of {total}; it can be resumed"

    def _interrupted(self, error: httpx2.HTTPError) -> str:
        if isinstance(error, httpx2.ConnectError | httpx2.ConnectTimeout):
            return describe_hub_error(error)
        return self._lost_at()

    def _failed(self, detail: str) -> ModelError:
        return ModelError("download_failed", file=self.spec.name, detail=detail)


def _content_range_start(value: str) -> int | None:
    match = re.match(r"bytes (\d+)-", value)
    return int(match.group(1)) if match else None


# --- the end -----------------------------------------------------------------------------------


def _install(
    spec: DownloadSpec, hub: _HubFile, part: Path, record: Path, target: Path, sha256: str
) -> DownloadFinished:
    """Check size and SHA-256 against the hub's, then move the file into the models folder."""
    size = part.stat().st_size
    if size != hub.size or sha256 != hub.sha256:
        part.unlink(missing_ok=True)
        record.unlink(missing_ok=True)
        raise ModelError("download_checksum", file=spec.name)
    if target.exists():  # appeared while downloading; os.replace would overwrite it
        raise ModelError("model_exists", name=target.name)
    os.replace(part, target)
    record.unlink(missing_ok=True)
    fsync_folder(target.parent)
    return DownloadFinished(spec, target, sha256, size)


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- for other downloaders (embedding_download.py) -------------------------------------------
# A multi-file download reuses the pieces above (the offline-flag lock, the free-space rule,
# the byte transfer: all public) and these git checks for small files.


def git_blob_hasher(size: int) -> hashlib._Hash:
    """A hasher whose hexdigest is git's object id of `size` bytes fed to it.

    The hub lists a plain (non-LFS) file with that id as its `oid`: SHA-1 of b"blob <size>\\0"
    followed by the bytes. Only the bytes are fed; the header is already in.
    """
    return hashlib.sha1(b"blob %d\0" % size)


def git_blob_id(data: bytes) -> str:
    """The git object id of `data`, as the hub lists it for a plain git file."""
    hasher = git_blob_hasher(len(data))
    hasher.update(data)
    return hasher.hexdigest()


def stream_file(
    spec: DownloadSpec,
    url: str,
    part: Path,
    *,
    size: int,
    headers: dict[str, str],
    hasher: hashlib._Hash,
    offset: int = 0,
    cancel: threading.Event | None = None,
    pause: threading.Event | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[DownloadProgress]:
    """Append the bytes of `url` from `offset` to `part`, feeding `hasher`; yields progress.

    The transfer `download_model` uses (own HTTP client, Range, the checks on the answer), for
    one file of `size` bytes. `part` must already hold `offset` bytes, and `hasher` must have seen
    them. Its events and errors name `spec`. It stops after the chunk in hand when `cancel` or
    `pause` is set. Returns (by StopIteration, i.e. `yield from`) the hasher that saw all the
    bytes in `part` and their count: a server that ignores Range sends the whole file again, and
    the transfer then starts over with a fresh SHA-256 hasher, so pass `offset` > 0 only with a
    SHA-256 hasher. Raises ModelError("download_failed"); `part` is kept for a resume.
    """
    hub = _HubFile(commit="", sha256="", size=size, headers=headers)
    transfer = _Transfer(spec, hub, part, hasher, offset, cancel, pause, chunk_size)
    yield from transfer.run(url)
    return transfer.hasher, transfer.downloaded
