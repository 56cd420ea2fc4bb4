"""Download an embedding model (a sentence-transformers folder) from Hugging Face, file by file.

The same care as `download.py` takes for one GGUF file, over every file of the model folder:
1. Metadata through huggingface_hub, with HF_HUB_OFFLINE lifted for those requests only (the
   lock in download.py): a HEAD on `modules.json` at the catalog's revision gives the commit,
   then `get_paths_info` at that commit lists every file's size and checksum. Every byte comes
   from that one commit. A listed file the repository lacks fails the download before any byte.
2. Each file is checked: an LFS file against the SHA-256 of its LFS object, a plain git file
   against its git blob id (SHA-1 of b"blob <size>\\0" + bytes, the `oid` the hub lists). A file
   with neither is refused (download_no_checksum). Nothing unchecked is ever installed.
3. Free space for everything still missing is checked before any byte is written.
4. Files go to the staging folder `<models>/.downloads/<folder>/`, with a JSON record of what
   the hub listed (`.lokal-download.json`). After an interruption, a pause or a restart, the next
   call keeps the files already complete (hashed again against the hub's checksum: they are
   checked, not trusted) and asks only for the rest of a partial LFS file (HTTP Range), as long
   as the record lists the same file. Anything else in the staging folder is deleted.
5. When every file is complete and checked, the record is removed and the staging folder is
   renamed to `<models>/embeddings/<folder>` (one `os.replace`: atomic, so the settings dialog
   never lists half a model). An existing folder of that name is never overwritten.

Events are download.py's own (DownloadProgress over the bytes of all files, DownloadVerifying,
DownloadPaused, DownloadCancelled) with a DownloadSpec whose `filename` is the model's folder
name, so that the GUI's download worker can show both kinds alike. The end is an
EmbeddingDownloadFinished, a DownloadFinished whose `path` is the installed folder.

The models to download are listed in `resources/models/embeddings.json` (embedding_catalog.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import httpx2
from huggingface_hub import HfApi, get_hf_file_metadata, hf_hub_url
from huggingface_hub.errors import HFValidationError
from huggingface_hub.hf_api import RepoFile
from huggingface_hub.utils import build_hf_headers

from desktop_app.core.atomic import write_atomically
from desktop_app.core.errors import ModelError
from desktop_app.core.models import download
from desktop_app.core.models.download import (
    CHUNK_SIZE,
    PARTS_FOLDER,
    DownloadCancelled,
    DownloadEvent,
    DownloadFinished,
    DownloadPaused,
    DownloadProgress,
    DownloadSpec,
    DownloadVerifying,
    PartialDownload,
    resolve_endpoint,
)
from desktop_app.core.models.embedders import embeddings_dir
from desktop_app.core.models.embedding_catalog import EmbeddingCatalogEntry

RECORD_NAME = ".lokal-download.json"  # inside the staging folder; removed before the rename

_HEX = re.compile(r"^[0-9a-f]+$")


# --- events and partial downloads ---------------------------------------------------------------


@dataclass(frozen=True)
class EmbeddingDownloadFinished(DownloadFinished):
    """The model folder is installed. `path` is the folder, `size` the bytes of all its files.

    `sha256` is the SHA-256 of the manifest "path<TAB>checksum<TAB>size\\n" of every file in path
    order (checksum: the LFS SHA-256 or the git blob id): one value that names exactly these
    bytes. `commit` is the repository commit every file came from.
    """

    commit: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class PartialEmbeddingDownload(PartialDownload):
    """An unfinished embedding download on disk, to offer "Resume" after a restart."""

    entry_id: str


def staging_dir(models_dir: Path, spec: DownloadSpec) -> Path:
    """Where the files of `spec`'s model gather until all of them are complete and checked."""
    return Path(models_dir) / PARTS_FOLDER / _checked_folder(spec)


def partial_embedding_downloads(models_dir: Path) -> list[PartialEmbeddingDownload]:
    """The unfinished embedding downloads in `models_dir`, from their records."""
    parts = Path(models_dir) / PARTS_FOLDER
    found = []
    for folder in sorted(parts.iterdir()) if parts.is_dir() else []:
        record = folder / RECORD_NAME
        try:
            data = json.loads(record.read_text("utf-8"))
            spec = DownloadSpec(data["repo_id"], data["folder"], data["revision"])
            total = int(data["size"])
            sizes = {path: int(info["size"]) for path, info in data["files"].items()}
            entry_id = str(data["id"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue  # not a folder of ours, or its record is damaged: nothing to resume from
        if folder.name != spec.name:
            continue
        downloaded = sum(_size_on_disk(folder / path, size) for path, size in sizes.items())
        found.append(PartialEmbeddingDownload(spec, downloaded, total, entry_id))
    return found


def discard_embedding_partial(models_dir: Path, spec: DownloadSpec) -> None:
    """Delete the staging folder of `spec` (its files and record), if there is one."""
    shutil.rmtree(staging_dir(models_dir, spec), ignore_errors=True)


def _size_on_disk(path: Path, size: int) -> int:
    try:
        return min(path.stat().st_size, size) if path.is_file() else 0
    except OSError:
        return 0


def _checked_folder(spec: DownloadSpec) -> str:
    name = spec.name
    if name in ("", ".", "..") or name.startswith(".") or "\\" in name:
        raise ModelError("download_failed", file=spec.filename, detail="not a valid folder name")
    return name


# --- the download ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _RemoteFile:
    """One file as the hub lists it at the pinned commit."""

    path: str
    size: int
    lfs: bool
    checksum: str  # the LFS SHA-256, or the git blob id of a plain file

    def hasher(self) -> hashlib._Hash:
        return hashlib.sha256() if self.lfs else download.git_blob_hasher(self.size)


@dataclass(frozen=True)
class _HubModel:
    commit: str
    files: tuple[_RemoteFile, ...]  # in catalog order
    headers: dict[str, str]  # for the GETs: user agent, and the user's token if logged in

    @property
    def size(self) -> int:
        return sum(remote.size for remote in self.files)


def download_embedding_model(
    entry: EmbeddingCatalogEntry,
    models_dir: Path,
    *,
    cancel: threading.Event | None = None,
    pause: threading.Event | None = None,
    endpoint: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[DownloadEvent]:
    """Download `entry`'s files into `models_dir/embeddings/<folder>`, yielding events.

    Resumes a partial download if there is one. Raises ModelError: model_exists (that folder is
    there already), download_no_checksum, download_no_space, download_failed (what is complete
    is kept: call again to resume) and download_checksum (the damaged file is deleted; the files
    already checked are kept).
    """
    job = _Download(entry, Path(models_dir), cancel, pause, chunk_size)
    try:
        yield from job.run(resolve_endpoint(endpoint))
    except OSError as error:  # the disk: full, removed, no permission... (the network is
        # reported inside run). What is complete is kept, as for a lost connection.
        detail = error.strerror or str(error)
        raise ModelError("download_failed", file=job.name, detail=detail) from error


class _Download:
    """One call of download_embedding_model: the hub's listing, the staging folder, the bytes."""

    def __init__(
        self,
        entry: EmbeddingCatalogEntry,
        models_dir: Path,
        cancel: threading.Event | None,
        pause: threading.Event | None,
        chunk_size: int,
    ) -> None:
        self.entry, self.spec, self.models_dir = entry, entry.spec, models_dir
        self.cancel, self.pause, self.chunk_size = cancel, pause, chunk_size
        self.name = _checked_folder(self.spec)
        self.target = embeddings_dir(models_dir) / self.name
        self.staging = staging_dir(models_dir, self.spec)
        self.record = self.staging / RECORD_NAME

    def run(self, endpoint: str) -> Iterator[DownloadEvent]:
        if self.target.exists():
            raise ModelError("model_exists", name=self.name)
        with download.exclusive_download(self.models_dir, self.spec):
            hub = self._hub_model(endpoint)
            kept = self._inspect_staging(hub)
            download.check_free_space(self.models_dir, hub.size - sum(kept.values()), self.name)
            self.staging.mkdir(parents=True, exist_ok=True)
            self._write_record(hub)

            hashers: dict[str, hashlib._Hash] = {}
            if kept:
                yield DownloadVerifying(self.spec, hub.size)
                hashers = self._check_kept(hub, kept)  # drops complete files that fail
            sizes = {remote.path: remote.size for remote in hub.files}
            done = {path for path, size in kept.items() if size == sizes[path]}
            yield from self._fetch(hub, kept, hashers, done, endpoint)

            stop = download.stop_requested(self.cancel, self.pause)
            if stop == "cancel":
                discard_embedding_partial(self.models_dir, self.spec)
                yield DownloadCancelled(self.spec)
                return
            if stop == "pause" and len(done) < len(hub.files):
                yield DownloadPaused(self.spec, self._on_disk(hub), hub.size)
                return
            yield DownloadVerifying(self.spec, hub.size)
            yield self._install(hub)

    # --- metadata

    def _hub_model(self, endpoint: str) -> _HubModel:
        """Resolve the revision to a commit, then list every file's size and checksum there."""
        entry = self.entry
        first = "modules.json" if "modules.json" in entry.files else entry.files[0]
        url = hf_hub_url(entry.repo_id, first, revision=entry.revision, endpoint=endpoint)
        try:
            with download.hub_online():
                metadata = get_hf_file_metadata(url, endpoint=endpoint)
                # Without X-Repo-Commit (not the real hub) the revision itself is the best pin.
                commit = metadata.commit_hash or entry.revision
                infos = HfApi(endpoint=endpoint).get_paths_info(
                    entry.repo_id, list(entry.files), revision=commit
                )
                # Here too: reading a stored OAuth token may refresh it over the network.
                headers = build_hf_headers(library_name="lokal")
        except (httpx2.HTTPError, HFValidationError, OSError) as error:
            detail = download.describe_hub_error(error)
            raise ModelError("download_failed", file=self.name, detail=detail) from error
        listed = {info.path: info for info in infos if isinstance(info, RepoFile)}
        absent = [path for path in entry.files if path not in listed]
        if absent:
            detail = f"{entry.repo_id} has no {', '.join(absent)}"
            raise ModelError("download_failed", file=self.name, detail=detail)
        return _HubModel(commit, tuple(self._remote_file(listed[p]) for p in entry.files), headers)

    def _remote_file(self, info: RepoFile) -> _RemoteFile:
        if info.lfs is not None:
            sha256 = (info.lfs.sha256 or "").lower()
            if len(sha256) != 64 or not _HEX.match(sha256):
                raise ModelError("download_no_checksum", file=f"{self.name}/{info.path}")
            return _RemoteFile(info.path, int(info.lfs.size), True, sha256)
        blob_id = (info.blob_id or "").lower()
        if len(blob_id) != 40 or not _HEX.match(blob_id):
            raise ModelError("download_no_checksum", file=f"{self.name}/{info.path}")
        return _RemoteFile(info.path, int(info.size), False, blob_id)

    # --- the staging folder

    def _inspect_staging(self, hub: _HubModel) -> dict[str, int]:
        """Bytes worth keeping per file (no hashing yet); everything else there is deleted.

        A file of the listed size is kept (it is hashed next). A shorter one is kept only if it is
        an LFS file and the record lists it with the same checksum and size: then its bytes are
        the start of this very file, and the rest is asked for with Range.
        """
        if self.staging.is_symlink() or (self.staging.exists() and not self.staging.is_dir()):
            self.staging.unlink()
        if not self.staging.is_dir():
            return {}
        recorded = self._read_record()
        self._remove_strays({remote.path for remote in hub.files})
        kept: dict[str, int] = {}
        for remote in hub.files:
            path = self.staging / remote.path
            size = path.stat().st_size if path.is_file() else -1
            same = recorded.get(remote.path) == {"checksum": remote.checksum, "size": remote.size}
            if size == remote.size or (remote.lfs and same and 0 < size < remote.size):
                kept[remote.path] = size
            elif size >= 0:
                path.unlink()
        return kept

    def _remove_strays(self, wanted: set[str]) -> None:
        """Only the listed files may be renamed into the models folder: delete all the rest."""
        keep_files = wanted | {RECORD_NAME}
        keep_dirs = {str(parent) for path in wanted for parent in PurePosixPath(path).parents}
        # Bottom-up, and symbolic links are removed, never followed.
        for root, dirs, files in os.walk(self.staging, topdown=False):
            for name in files + dirs:
                path = Path(root) / name
                relative = path.relative_to(self.staging).as_posix()
                if path.is_symlink():
                    path.unlink()
                elif path.is_dir():
                    if relative not in keep_dirs:
                        shutil.rmtree(path)
                elif relative not in keep_files:
                    path.unlink()

    def _read_record(self) -> dict[str, dict]:
        """The files the record lists, by path: {"checksum", "size"}; {} if none or damaged."""
        try:
            data = json.loads(self.record.read_text("utf-8"))
            files = data["files"]
            return {
                path: {"checksum": str(info["checksum"]), "size": int(info["size"])}
                for path, info in files.items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}

    def _write_record(self, hub: _HubModel) -> None:
        data = {
            "id": self.entry.id,
            "repo_id": self.entry.repo_id,
            "revision": self.entry.revision,
            "folder": self.name,
            "commit": hub.commit,
            "size": hub.size,
            "files": {
                remote.path: {"checksum": remote.checksum, "size": remote.size, "lfs": remote.lfs}
                for remote in hub.files
            },
        }
        write_atomically(self.record, json.dumps(data, indent=2).encode("utf-8"))

    def _check_kept(self, hub: _HubModel, kept: dict[str, int]) -> dict[str, hashlib._Hash]:
        """Hash the kept bytes. A complete file that fails its checksum is deleted (fetched
        again); a partial one yields the hasher its rest continues."""
        hashers: dict[str, hashlib._Hash] = {}
        for remote in hub.files:
            if remote.path not in kept:
                continue
            hasher = remote.hasher()
            path = self.staging / remote.path
            download.hash_file_into(hasher, path)
            if kept[remote.path] == remote.size and hasher.hexdigest() != remote.checksum:
                path.unlink()
                del kept[remote.path]
                continue
            hashers[remote.path] = hasher
        return hashers

    def _on_disk(self, hub: _HubModel) -> int:
        return sum(_size_on_disk(self.staging / r.path, r.size) for r in hub.files)

    # --- the bytes

    def _fetch(
        self,
        hub: _HubModel,
        kept: dict[str, int],
        hashers: dict[str, hashlib._Hash],
        done: set[str],
        endpoint: str,
    ) -> Iterator[DownloadProgress]:
        """Fetch what is missing, smallest file first: an interruption then costs the least."""
        downloaded = self._on_disk(hub)
        speed = download.SpeedMeter(downloaded)
        last_event = float("-inf")
        for remote in sorted(hub.files, key=lambda item: (item.size, item.path)):
            if remote.path in done:
                continue
            if download.stop_requested(self.cancel, self.pause):
                return
            offset = kept.get(remote.path, 0)
            hasher = hashers.get(remote.path) if offset else None
            path = self.staging / remote.path
            path.parent.mkdir(parents=True, exist_ok=True)
            if hasher is None:
                offset, hasher = 0, remote.hasher()
                path.write_bytes(b"")
            before = downloaded - offset  # the bytes of all the other files
            url = hf_hub_url(
                self.entry.repo_id, remote.path, revision=hub.commit, endpoint=endpoint
            )
            transfer = download.stream_file(
                self.spec,
                url,
                path,
                size=remote.size,
                headers=hub.headers,
                hasher=hasher,
                offset=offset,
                cancel=self.cancel,
                pause=self.pause,
                chunk_size=self.chunk_size,
            )
            while True:
                try:
                    event = next(transfer)
                except StopIteration as end:
                    hasher, size = end.value
                    break
                downloaded = before + event.downloaded
                bytes_per_second = speed.add(downloaded)
                now = time.monotonic()
                if now - last_event >= download.PROGRESS_INTERVAL or downloaded >= hub.size:
                    last_event = now
                    yield self._progress(downloaded, hub.size, bytes_per_second)
            downloaded = before + size
            if size == remote.size:
                if hasher.hexdigest() != remote.checksum:
                    path.unlink(missing_ok=True)
                    raise ModelError("download_checksum", file=f"{self.name}/{remote.path}")
                done.add(remote.path)

    def _progress(self, downloaded: int, total: int, bytes_per_second: float) -> DownloadProgress:
        left = total - downloaded
        seconds_left = left / bytes_per_second if bytes_per_second > 0 else None
        return DownloadProgress(self.spec, downloaded, total, bytes_per_second, seconds_left)

    # --- the end

    def _install(self, hub: _HubModel) -> EmbeddingDownloadFinished:
        """Every file is complete and checked: rename the staging folder into embeddings/."""
        if self.target.exists():  # appeared while downloading; never overwrite it
            raise ModelError("model_exists", name=self.name)
        self.record.unlink(missing_ok=True)
        for folder in sorted({(self.staging / r.path).parent for r in hub.files}, reverse=True):
            download.fsync_folder(folder)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.staging, self.target)
        download.fsync_folder(self.target.parent)
        download.fsync_folder(self.staging.parent)
        manifest = "".join(
            f"{r.path}\t{r.checksum}\t{r.size}\n" for r in sorted(hub.files, key=lambda r: r.path)
        )
        return EmbeddingDownloadFinished(
            spec=self.spec,
            path=self.target,
            sha256=hashlib.sha256(manifest.encode("utf-8")).hexdigest(),
            size=hub.size,
            commit=hub.commit,
            files=tuple(r.path for r in hub.files),
        )
