"""Download a GGUF chat model from Hugging Face into the models folder: resumable, checked, atomic.

`download_model` is a generator that the GUI worker and the CLI drive: it yields progress events
and ends with one of DownloadFinished, DownloadPaused or DownloadCancelled; failures raise
ModelError. A chat model is a one-file staged download (staged_download.py: pinning, resume,
checks, atomic install); what is this module's own:
- the file is the spec's, and it must be an LFS file with a SHA-256 (GGUF files always are):
  Lokal never installs a model it cannot check, and a git blob id is no SHA-256;
- its bytes gather in `<models>/.downloads/<repo>--<file>.part` beside a JSON record of the same
  name, which `partial_downloads` reads after a restart to offer "Resume";
- it installs as `<models>/<file name>` (the models list never sees half a file).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

from desktop_app.core.errors import ModelError
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
from desktop_app.core.models.staged_download import (
    CHUNK_SIZE,
    PARTS_FOLDER,
    RepoFiles,
    StagedFile,
    bytes_on_disk,
    download_staged,
    read_record,
)


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
    name = spec.name
    if name in ("", ".", "..") or "\\" in name:
        raise ModelError("download_failed", file=spec.filename, detail="not a valid file name")
    staging = _staging(models_dir, spec)
    wanted = RepoFiles(
        spec.repo_id,
        spec.revision,
        (spec.filename,),
        pin_with=spec.filename,
        plain_git_files=False,
    )
    record_fields = {
        "repo_id": spec.repo_id,
        "filename": spec.filename,
        "revision": spec.revision,
    }
    pinned = yield from download_staged(
        spec,
        wanted,
        staging,
        models_dir,
        record_fields=record_fields,
        cancel=cancel,
        pause=pause,
        endpoint=endpoint,
        chunk_size=chunk_size,
    )
    if pinned is not None:
        [listed] = pinned.files
        yield DownloadFinished(spec, staging.target, listed.checksum, listed.size)


def partial_downloads(models_dir: Path) -> list[PartialDownload]:
    """The unfinished downloads in `models_dir`, from their records (they survive a restart)."""
    folder = Path(models_dir) / PARTS_FOLDER
    found = []
    for record in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = read_record(record) or {}
        try:
            spec = DownloadSpec(data["repo_id"], data["filename"], data.get("revision", "main"))
            total = int(data["size"])
        except (ValueError, KeyError, TypeError):
            continue  # not a record of ours, or damaged: nothing to resume from
        downloaded = bytes_on_disk(record.with_suffix(".part"), total)
        found.append(PartialDownload(spec, downloaded, total))
    return found


def discard_partial(models_dir: Path, spec: DownloadSpec) -> None:
    """Delete the partial file of `spec` and its record, if there are any."""
    _staging(Path(models_dir), spec).discard()


def _staging(models_dir: Path, spec: DownloadSpec) -> StagedFile:
    """The part and record are named after the repo and file, so that they never collide."""
    key = re.sub(r"[^A-Za-z0-9._-]", "_", f"{spec.repo_id}--{spec.filename}".replace("/", "--"))
    return StagedFile(models_dir / PARTS_FOLDER, key, models_dir / spec.name)
