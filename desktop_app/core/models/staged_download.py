"""A staged download of files from Hugging Face: pinned, resumable, checked, installed atomically.

The engine under both model downloads: download.py (a chat model, one GGUF file) and
embedding_download.py (an embedding model, a folder of files). The caller says which files of
which repository (`RepoFiles`) and where they gather and install (a `Staging`);
`download_staged` does the rest, yielding download events (download_events.py).

The flow, and why:
1. Pin: a HEAD on one file's `resolve` URL at the revision gives the commit the revision points
   to, then `get_paths_info` at that commit lists every file's size and checksum: the SHA-256 of
   its LFS object, or for a plain git file its git blob id (SHA-1 of b"blob <size>\\0" + bytes,
   the `oid` the hub lists). A file with neither is refused (download_no_checksum): nothing
   unchecked is ever installed. Every byte comes from that commit, so a resume never mixes
   revisions. A listed file the repository lacks fails the download before any byte.
2. Free space for everything still missing is checked before any byte is written.
3. The bytes of each file go to its part file under `<models>/.downloads/`, described by a JSON
   record (core's atomic writer). After an interruption, a pause or a restart of Lokal, the next
   call keeps the complete files (hashed again: checked, not trusted) and asks only for the rest
   of a partial LFS file (HTTP Range), as long as the record lists that very file (same
   checksum and size). Smallest file first: an interruption then costs the least.
4. Each file is hashed while its bytes arrive and must have the listed size and checksum.
5. When every file is complete and checked, the staging is moved into place with `os.replace`
   (atomic: the model lists never see half a model), never over an existing model.
"""

from __future__ import annotations

import collections
import errno
import hashlib
import json
import os
import re
import shutil
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

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
from desktop_app.core.models.download_events import (
    DownloadCancelled,
    DownloadEvent,
    DownloadPaused,
    DownloadProgress,
    DownloadSpec,
    DownloadVerifying,
)

PARTS_FOLDER = ".downloads"  # under the models folder: same filesystem, so os.replace is atomic
RECORD_NAME = ".lokal-download.json"  # a staged folder's record, inside it; gone before install
# Kept free beyond the files themselves: filesystem block rounding and metadata, the record, and
# room for Lokal's own small writes (settings, chat history) so a download never fills the disk
# to the last byte. A fixed amount: a percentage of a 5 GB file would refuse downloads that fit.
SPACE_MARGIN = 64 * 1024 * 1024
# 256 KiB between two looks at pause/cancel: a quarter of a second even at 1 MB/s.
CHUNK_SIZE = 256 * 1024
PROGRESS_INTERVAL = 0.2  # seconds between two progress events
SPEED_WINDOW = 5.0  # seconds of history behind the speed shown: steady, yet quick to follow
# A connection silent for 60 s fails (download_failed); the part file is kept for a resume.
TIMEOUT = httpx2.Timeout(60.0, connect=15.0)

_HEX = re.compile(r"^[0-9a-f]+$")
# A write refused for lack of room: the disk is full, or the user's quota is.
_DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


def resolve_endpoint(endpoint: str | None = None) -> str:
    """The hub to talk to: `endpoint`, else HF_ENDPOINT as set now, else huggingface_hub's default.

    huggingface_hub reads HF_ENDPOINT once, at import; reading it here lets it be set later.
    """
    chosen = endpoint or os.environ.get("HF_ENDPOINT") or constants.ENDPOINT
    return chosen.rstrip("/")


# --- what to download, and what the hub says about it ----------------------------------------


@dataclass(frozen=True)
class RepoFiles:
    """Files of one repository at one revision (a branch, tag or commit)."""

    repo_id: str
    revision: str
    paths: tuple[str, ...]
    pin_with: str  # the file whose HEAD resolves the revision to a commit
    plain_git_files: bool = True  # False: every file must be in LFS, with its SHA-256


@dataclass(frozen=True)
class ListedFile:
    """One file as the hub lists it at the pinned commit."""

    path: str
    size: int
    lfs: bool
    checksum: str  # the LFS SHA-256, or the git blob id of a plain git file

    def hasher(self) -> hashlib._Hash:
        """A hasher whose hexdigest, once it has seen all the bytes, must be `checksum`."""
        if self.lfs:
            return hashlib.sha256()
        # Git's object id: SHA-1 of the header b"blob <size>\0", then the bytes.
        return hashlib.sha1(b"blob %d\0" % self.size)


@dataclass(frozen=True)
class PinnedFiles:
    """The files to download, pinned to one commit."""

    commit: str
    files: tuple[ListedFile, ...]  # in the order RepoFiles lists them
    headers: dict[str, str]  # for the GETs: user agent, and the user's token if logged in

    @property
    def size(self) -> int:
        return sum(listed.size for listed in self.files)


def listed_paths(
    repo_id: str, revision: str, paths: tuple[str, ...], name: str, endpoint: str | None = None
) -> set[str]:
    """Which of `paths` the repository has at `revision`, from the hub's file listing (one
    request; nothing is downloaded). Raises ModelError download_failed, named `name`."""
    endpoint = resolve_endpoint(endpoint)
    try:
        with _hub_online():
            infos = HfApi(endpoint=endpoint).get_paths_info(repo_id, list(paths), revision=revision)
    except (httpx2.HTTPError, HFValidationError, OSError) as error:
        raise ModelError("download_failed", file=name, detail=_describe_hub_error(error)) from error
    return {info.path for info in infos if isinstance(info, RepoFile)}


# --- where the files gather, and where they go ----------------------------------------------


class Staging(ABC):
    """Where a download's files gather until every one is complete and checked, and its record.

    `target` is what the download installs (a file or a folder); its name names the download
    in messages.
    """

    def __init__(self, record: Path, target: Path) -> None:
        self.record, self.target = record, target

    @property
    def name(self) -> str:
        return self.target.name

    @abstractmethod
    def part(self, path: str) -> Path:
        """Where the bytes of the repository file `path` gather."""

    @abstractmethod
    def label(self, path: str) -> str:
        """The repository file `path` as messages name it."""

    @abstractmethod
    def keep_only(self, paths: set[str]) -> None:
        """Delete whatever else is in the staging: only listed files may be installed."""

    @abstractmethod
    def drop_damaged(self, path: str) -> None:
        """Delete the part of `path`, which failed its checksum; the checked files stay."""

    @abstractmethod
    def discard(self) -> None:
        """Delete every part and the record."""

    @abstractmethod
    def install(self, files: tuple[ListedFile, ...]) -> None:
        """Move the complete, checked files into place as `target`, atomically."""


class StagedFile(Staging):
    """A one-file download: `<key>.part` beside its record `<key>.json`; installs as `target`."""

    def __init__(self, parts_folder: Path, key: str, target: Path) -> None:
        super().__init__(parts_folder / f"{key}.json", target)
        self.part_file = parts_folder / f"{key}.part"

    def part(self, path: str) -> Path:
        return self.part_file

    def label(self, path: str) -> str:
        return self.name

    def keep_only(self, paths: set[str]) -> None:
        pass  # the parts folder holds other downloads too; this one has just its two files

    def drop_damaged(self, path: str) -> None:
        self.discard()  # nothing is left to resume: the record goes too

    def discard(self) -> None:
        self.part_file.unlink(missing_ok=True)
        self.record.unlink(missing_ok=True)

    def install(self, files: tuple[ListedFile, ...]) -> None:
        os.replace(self.part_file, self.target)
        self.record.unlink(missing_ok=True)
        _fsync_folder(self.target.parent)


class StagedFolder(Staging):
    """A many-file download: the files at their repository paths in `folder`, with the record
    RECORD_NAME; the whole folder is renamed to `target` (never merged into another)."""

    def __init__(self, folder: Path, target: Path) -> None:
        super().__init__(folder / RECORD_NAME, target)
        self.folder = folder

    def part(self, path: str) -> Path:
        return self.folder / path

    def label(self, path: str) -> str:
        return f"{self.name}/{path}"

    def keep_only(self, paths: set[str]) -> None:
        if self.folder.is_symlink() or (self.folder.exists() and not self.folder.is_dir()):
            self.folder.unlink()
        if not self.folder.is_dir():
            return
        keep_files = paths | {RECORD_NAME}
        keep_dirs = {str(parent) for path in paths for parent in PurePosixPath(path).parents}
        # Bottom-up, and symbolic links are removed, never followed.
        for root, dirs, files in os.walk(self.folder, topdown=False):
            for name in files + dirs:
                path = Path(root) / name
                relative = path.relative_to(self.folder).as_posix()
                if path.is_symlink():
                    path.unlink()
                elif path.is_dir():
                    if relative not in keep_dirs:
                        shutil.rmtree(path)
                elif relative not in keep_files:
                    path.unlink()

    def drop_damaged(self, path: str) -> None:
        self.part(path).unlink(missing_ok=True)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def install(self, files: tuple[ListedFile, ...]) -> None:
        self.record.unlink(missing_ok=True)
        for folder in sorted({self.part(listed.path).parent for listed in files}, reverse=True):
            _fsync_folder(folder)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.folder, self.target)
        _fsync_folder(self.target.parent)
        _fsync_folder(self.folder.parent)


def read_record(record: Path) -> dict | None:
    """A download's record as written (for the partial-download lists); None if none or damaged."""
    try:
        data = json.loads(record.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def bytes_on_disk(part: Path, size: int) -> int:
    """How many of a file's `size` bytes its part holds."""
    try:
        return min(part.stat().st_size, size) if part.is_file() else 0
    except OSError:
        return 0


def _fsync_folder(folder: Path) -> None:
    """Make a rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the download ------------------------------------------------------------------------------


def download_staged(
    spec: DownloadSpec,
    wanted: RepoFiles,
    staging: Staging,
    models_dir: Path,
    *,
    record_fields: dict[str, str],
    cancel: threading.Event | None = None,
    pause: threading.Event | None = None,
    endpoint: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Generator[DownloadEvent, None, PinnedFiles | None]:
    """Download `wanted` through `staging`, yielding events named by `spec`; resumes if it can.

    `record_fields` go into the record, for the caller's list of partial downloads. Returns (to
    `yield from`) the pinned files once installed as `staging.target`, or None after yielding
    DownloadPaused or DownloadCancelled. Raises ModelError: model_exists (the target is there
    already), download_no_checksum, download_no_space, download_failed and download_disk_full
    (what is complete is kept: call again to resume) and download_checksum (the damaged file is
    deleted).
    """
    if staging.target.exists():
        raise ModelError("model_exists", name=staging.name)
    job = _StagedJob(spec, wanted, staging, models_dir, cancel, pause, chunk_size)
    try:
        return (yield from job.run(resolve_endpoint(endpoint), record_fields))
    except OSError as error:  # the disk: full, removed, no permission... (the network is
        # reported inside). What is complete is kept, as for a lost connection: a disk that
        # filled up after the free-space check keeps its part file, resumed once there is room.
        if error.errno in _DISK_FULL:
            raise ModelError("download_disk_full", file=staging.name) from error
        detail = error.strerror or str(error)
        raise ModelError("download_failed", file=staging.name, detail=detail) from error


@dataclass
class _StagedJob:
    """One call of download_staged: the pinned listing, the staging, the bytes."""

    spec: DownloadSpec
    wanted: RepoFiles
    staging: Staging
    models_dir: Path
    cancel: threading.Event | None
    pause: threading.Event | None
    chunk_size: int

    def run(
        self, endpoint: str, record_fields: dict[str, str]
    ) -> Generator[DownloadEvent, None, PinnedFiles | None]:
        with _exclusive(self.staging):
            pinned = self._pin(endpoint)
            kept = self._keepable(pinned)
            _check_free_space(self.models_dir, pinned.size - sum(kept.values()), self.staging.name)
            self._write_record(pinned, record_fields)

            hashers: dict[str, hashlib._Hash] = {}
            if kept:
                yield DownloadVerifying(self.spec, pinned.size)
                hashers = self._check_kept(pinned, kept)  # drops complete files that fail
            sizes = {listed.path: listed.size for listed in pinned.files}
            done = {path for path, size in kept.items() if size == sizes[path]}
            yield from self._fetch(pinned, kept, hashers, done, endpoint)

            stop = _stop_requested(self.cancel, self.pause)
            if stop == "cancel":
                self.staging.discard()
                yield DownloadCancelled(self.spec)
                return None
            if stop == "pause" and len(done) < len(pinned.files):
                yield DownloadPaused(self.spec, self._on_disk(pinned), pinned.size)
                return None
            yield DownloadVerifying(self.spec, pinned.size)
            if self.staging.target.exists():  # appeared while downloading; never overwrite it
                raise ModelError("model_exists", name=self.staging.name)
            self.staging.install(pinned.files)
            return pinned

    # --- metadata

    def _pin(self, endpoint: str) -> PinnedFiles:
        """Resolve the revision to a commit, then list every file's size and checksum there."""
        wanted = self.wanted
        url = hf_hub_url(
            wanted.repo_id, wanted.pin_with, revision=wanted.revision, endpoint=endpoint
        )
        try:
            with _hub_online():
                metadata = get_hf_file_metadata(url, endpoint=endpoint)
                # Without X-Repo-Commit (not the real hub) the revision itself is the best pin.
                commit = metadata.commit_hash or wanted.revision
                infos = HfApi(endpoint=endpoint).get_paths_info(
                    wanted.repo_id, list(wanted.paths), revision=commit
                )
                # Here too: reading a stored OAuth token may refresh it over the network.
                headers = build_hf_headers(library_name="lokal")
        except (httpx2.HTTPError, HFValidationError, OSError) as error:
            detail = _describe_hub_error(error)
            raise ModelError("download_failed", file=self.staging.name, detail=detail) from error
        listed = {info.path: info for info in infos if isinstance(info, RepoFile)}
        absent = [path for path in wanted.paths if path not in listed]
        if absent:
            detail = f"{wanted.repo_id} has no {', '.join(absent)}"
            raise ModelError("download_failed", file=self.staging.name, detail=detail)
        return PinnedFiles(commit, tuple(self._listed(listed[p]) for p in wanted.paths), headers)

    def _listed(self, info: RepoFile) -> ListedFile:
        if info.lfs is not None:
            sha256 = (info.lfs.sha256 or "").lower()
            if len(sha256) == 64 and _HEX.match(sha256):
                return ListedFile(info.path, int(info.lfs.size), True, sha256)
        elif self.wanted.plain_git_files:
            blob_id = (info.blob_id or "").lower()
            if len(blob_id) == 40 and _HEX.match(blob_id):
                return ListedFile(info.path, int(info.size), False, blob_id)
        raise ModelError("download_no_checksum", file=self.staging.label(info.path))

    # --- the staging and its record

    def _keepable(self, pinned: PinnedFiles) -> dict[str, int]:
        """Bytes worth keeping per file (no hashing yet); everything else there is deleted.

        A part of the listed size is kept (it is hashed next). A shorter one is kept only if it
        is of an LFS file and the record lists that file with the same checksum and size: then
        its bytes are the start of this very file, and the rest is asked for with Range.
        """
        self.staging.keep_only({listed.path for listed in pinned.files})
        recorded = self._recorded_files()
        kept: dict[str, int] = {}
        for listed in pinned.files:
            part = self.staging.part(listed.path)
            size = part.stat().st_size if part.is_file() else -1
            same = recorded.get(listed.path) == (listed.checksum, listed.size)
            if size == listed.size or (listed.lfs and same and 0 < size < listed.size):
                kept[listed.path] = size
            elif size >= 0:
                part.unlink()
        return kept

    def _recorded_files(self) -> dict[str, tuple[str, int]]:
        """(checksum, size) by path, of the files the record lists; {} if none or damaged."""
        try:
            files = (read_record(self.staging.record) or {})["files"]
            return {
                path: (str(info["checksum"]), int(info["size"])) for path, info in files.items()
            }
        except (ValueError, KeyError, TypeError, AttributeError):
            return {}

    def _write_record(self, pinned: PinnedFiles, record_fields: dict[str, str]) -> None:
        data = {
            **record_fields,
            "commit": pinned.commit,
            "size": pinned.size,
            "files": {
                listed.path: {"checksum": listed.checksum, "size": listed.size, "lfs": listed.lfs}
                for listed in pinned.files
            },
        }
        write_atomically(self.staging.record, json.dumps(data, indent=2).encode("utf-8"))

    def _check_kept(self, pinned: PinnedFiles, kept: dict[str, int]) -> dict[str, hashlib._Hash]:
        """Hash the kept bytes. A complete file that fails its checksum is deleted (fetched
        again); a partial one yields the hasher its rest continues."""
        hashers: dict[str, hashlib._Hash] = {}
        for listed in pinned.files:
            if listed.path not in kept:
                continue
            hasher = listed.hasher()
            part = self.staging.part(listed.path)
            with part.open("rb") as handle:
                while block := handle.read(1 << 20):
                    hasher.update(block)
            if kept[listed.path] == listed.size and hasher.hexdigest() != listed.checksum:
                part.unlink()
                del kept[listed.path]
                continue
            hashers[listed.path] = hasher
        return hashers

    def _on_disk(self, pinned: PinnedFiles) -> int:
        return sum(bytes_on_disk(self.staging.part(f.path), f.size) for f in pinned.files)

    # --- the bytes

    def _fetch(
        self,
        pinned: PinnedFiles,
        kept: dict[str, int],
        hashers: dict[str, hashlib._Hash],
        done: set[str],
        endpoint: str,
    ) -> Iterator[DownloadProgress]:
        """Fetch what is missing, smallest file first, checking each file once complete."""
        downloaded = self._on_disk(pinned)
        speed = _SpeedMeter(downloaded)
        last_event = float("-inf")
        for listed in sorted(pinned.files, key=lambda item: (item.size, item.path)):
            if listed.path in done:
                continue
            if _stop_requested(self.cancel, self.pause):
                return
            offset = kept.get(listed.path, 0)
            hasher = hashers.get(listed.path) if offset else None
            part = self.staging.part(listed.path)
            part.parent.mkdir(parents=True, exist_ok=True)
            if hasher is None:
                offset, hasher = 0, listed.hasher()
                part.write_bytes(b"")
            others = downloaded - offset  # the bytes of all the other files
            url = hf_hub_url(
                self.wanted.repo_id, listed.path, revision=pinned.commit, endpoint=endpoint
            )
            transfer = _Transfer(self, listed, part, hasher, offset)
            for received in transfer.run(url, pinned.headers):
                downloaded = others + received
                now = time.monotonic()
                if now - last_event >= PROGRESS_INTERVAL or downloaded >= pinned.size:
                    last_event = now
                    yield self._progress(downloaded, pinned.size, speed.add(downloaded))
            downloaded = others + transfer.received
            if transfer.received < listed.size:
                continue  # stopped by pause or cancel: the part is kept as it is
            if transfer.received > listed.size or transfer.hasher.hexdigest() != listed.checksum:
                self.staging.drop_damaged(listed.path)
                raise ModelError("download_checksum", file=self.staging.label(listed.path))
            done.add(listed.path)

    def _progress(self, downloaded: int, total: int, bytes_per_second: float) -> DownloadProgress:
        left = total - downloaded
        seconds_left = left / bytes_per_second if bytes_per_second > 0 else None
        return DownloadProgress(self.spec, downloaded, total, bytes_per_second, seconds_left)

    def failed(self, detail: str) -> ModelError:
        return ModelError("download_failed", file=self.staging.name, detail=detail)

    def stop_requested(self) -> str | None:
        return _stop_requested(self.cancel, self.pause)


class _Transfer:
    """One GET of the rest of one file into its part, hashing as it goes."""

    def __init__(
        self,
        job: _StagedJob,
        listed: ListedFile,
        part: Path,
        hasher: hashlib._Hash,
        offset: int,
    ) -> None:
        self.job, self.listed, self.part = job, listed, part
        self.hasher, self.received = hasher, offset  # both grow with each chunk

    def run(self, url: str, hub_headers: dict[str, str]) -> Iterator[int]:
        """Yields the bytes of the file in its part: once at the start, then after each chunk.

        Stops after the chunk in hand when pause or cancel is set. Raises download_failed on a
        lost or refused connection; the part is kept for a resume.
        """
        # A client of our own, not huggingface_hub's shared one: see _hub_online. It follows the
        # hub's redirect to its CDN (dropping any Authorization header on the way, as httpx2
        # does across origins) and keeps the Range header.
        headers = dict(hub_headers)
        headers["Accept-Encoding"] = "identity"  # the raw bytes: the checksum is of those
        if self.received:
            headers["Range"] = f"bytes={self.received}-"
        try:
            with (
                httpx2.Client(follow_redirects=True, timeout=TIMEOUT) as client,
                client.stream("GET", url, headers=headers) as response,
            ):
                self._check_response(response)
                yield from self._receive(response)
        except httpx2.HTTPError as error:
            raise self.job.failed(self._interrupted(error)) from error

    def _check_response(self, response: httpx2.Response) -> None:
        if response.status_code == 200 and self.received:
            # The server ignored the Range header and sends the whole file: start over.
            self.received, self.hasher = 0, self.listed.hasher()
            self.part.write_bytes(b"")
        elif response.status_code == 206:
            start = _content_range_start(response.headers.get("Content-Range", ""))
            if start != self.received:
                raise self.job.failed("the server sent another part of the file than asked")
        elif response.status_code != 200:
            raise self.job.failed(f"the server answered HTTP {response.status_code}")

    def _receive(self, response: httpx2.Response) -> Iterator[int]:
        yield self.received
        with self.part.open("ab") as handle:
            for chunk in response.iter_raw(self.job.chunk_size):
                handle.write(chunk)
                self.hasher.update(chunk)
                self.received += len(chunk)
                if self.job.stop_requested():
                    return
                yield self.received
            handle.flush()
            os.fsync(handle.fileno())
        if self.received < self.listed.size:  # the server closed a response without a length
            raise self.job.failed(self._lost_at())

    def _lost_at(self) -> str:
        done, total = human_size(self.received), human_size(self.listed.size)
        return f"the connection was lost at {done} of {total}; it can be resumed"

    def _interrupted(self, error: httpx2.HTTPError) -> str:
        if isinstance(error, httpx2.ConnectError | httpx2.ConnectTimeout):
            return _describe_hub_error(error)
        return self._lost_at()


def _content_range_start(value: str) -> int | None:
    match = re.match(r"bytes (\d+)-", value)
    return int(match.group(1)) if match else None


class _SpeedMeter:
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


# --- the rules around a download ---------------------------------------------------------------

# huggingface_hub refuses every request while `constants.HF_HUB_OFFLINE` is true (an event hook on
# its shared HTTP client checks it per request). Lokal sets HF_HUB_OFFLINE=1 for the whole process
# so that no library ever reaches the network behind the user's back; a download is the one
# network action the user starts, so its two metadata requests lift the flag for their own
# duration only. The lock keeps concurrent downloads from restoring the flag under each other.
# The bytes themselves go through a client of our own (`_Transfer`), so the flag is down for
# a second or so, never for the minutes a download takes.
_ONLINE_LOCK = threading.Lock()


@contextmanager
def _hub_online() -> Iterator[None]:
    with _ONLINE_LOCK:
        saved = constants.HF_HUB_OFFLINE
        constants.HF_HUB_OFFLINE = False
        try:
            yield
        finally:
            constants.HF_HUB_OFFLINE = saved


def _describe_hub_error(error: Exception) -> str:
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


_ACTIVE: set[str] = set()
_ACTIVE_LOCK = threading.Lock()


@contextmanager
def _exclusive(staging: Staging) -> Iterator[None]:
    """One download per staging: two writers appending to one part would ruin it."""
    key = str(staging.record.resolve())
    with _ACTIVE_LOCK:
        if key in _ACTIVE:
            raise ModelError("download_failed", file=staging.name, detail="it is already running")
        _ACTIVE.add(key)
    try:
        yield
    finally:
        with _ACTIVE_LOCK:
            _ACTIVE.discard(key)


def _check_free_space(models_dir: Path, remaining: int, name: str) -> None:
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


def _stop_requested(cancel: threading.Event | None, pause: threading.Event | None) -> str | None:
    if cancel is not None and cancel.is_set():
        return "cancel"
    if pause is not None and pause.is_set():
        return "pause"
    return None
