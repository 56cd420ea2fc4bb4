"""Download an embedding model (a sentence-transformers folder) from Hugging Face, file by file.

An embedding model is a many-file staged download (staged_download.py: pinning, resume, checks,
atomic install); what is this module's own:
- the files are those its catalog entry lists (`resources/models/embeddings.json`, read by
  embedding_catalog.py), pinned by a HEAD on `modules.json` at the entry's revision; plain git
  files (the JSON and text files) are checked against their git blob id, LFS files (the weights)
  against their SHA-256;
- they gather in the staging folder `<models>/.downloads/<folder>/`, with a record
  (`.lokal-download.json`) that also names the catalog entry, which
  `partial_embedding_downloads` reads after a restart to offer "Resume";
- the folder installs as `<models>/embeddings/<folder>` (one rename: the settings dialog never
  lists half a model), never over an existing folder of that name;
- the model must run with onnxruntime (the installers ship no torch): where the repository has
  ONNX weights (`onnx/model.onnx`, asked of the hub's listing first) they are fetched instead
  of the torch weights; where it has none and torch is installed, the torch weights are fetched
  and exported to ONNX after the install (core/onnx_export.py); else the download is refused
  before any byte (embedder_needs_onnx).

Events are the chat download's own with a DownloadSpec whose `filename` is the model's folder
name, so that the GUI's download worker can show both kinds alike. The end is an
EmbeddingDownloadFinished, a DownloadFinished whose `path` is the installed folder.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import ModelError
from desktop_app.core.models.download_events import (
    DownloadEvent,
    DownloadFinished,
    DownloadSpec,
    PartialDownload,
)
from desktop_app.core.models.embedders import embeddings_dir
from desktop_app.core.models.embedding_catalog import WEIGHT_FILES, EmbeddingCatalogEntry
from desktop_app.core.models.staged_download import (
    CHUNK_SIZE,
    PARTS_FOLDER,
    RECORD_NAME,
    RepoFiles,
    StagedFolder,
    bytes_on_disk,
    download_staged,
    listed_paths,
    read_record,
)
from desktop_app.core.onnx_export import export_embedding_model_in_place, torch_available
from desktop_app.core.onnx_files import ONNX_FILE

log = logging.getLogger(__name__)


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


def download_embedding_model(
    entry: EmbeddingCatalogEntry,
    models_dir: Path,
    *,
    cancel: threading.Event | None = None,
    pause: threading.Event | None = None,
    endpoint: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    export: Callable[[Path], object] = export_embedding_model_in_place,
) -> Iterator[DownloadEvent]:
    """Download `entry`'s files into `models_dir/embeddings/<folder>`, yielding events.

    Resumes a partial download if there is one. `export` makes the ONNX weights of an installed
    folder that has none (see the module docstring). Raises ModelError: model_exists (that
    folder is there already), embedder_needs_onnx (no ONNX weights and no torch: refused before
    any byte), download_no_checksum, download_no_space, download_failed (what is complete is
    kept: call again to resume) and download_checksum (the damaged file is deleted; the files
    already checked are kept).
    """
    models_dir = Path(models_dir)
    staging = _staging(models_dir, entry.spec)
    if staging.target.exists():
        raise ModelError("model_exists", name=staging.name)
    files = _files_to_fetch(entry, endpoint)
    needs_export = ONNX_FILE not in files
    pin_with = "modules.json" if "modules.json" in files else files[0]
    wanted = RepoFiles(entry.repo_id, entry.revision, files, pin_with=pin_with)
    record_fields = {
        "id": entry.id,
        "repo_id": entry.repo_id,
        "revision": entry.revision,
        "folder": staging.name,
    }
    pinned = yield from download_staged(
        entry.spec,
        wanted,
        staging,
        models_dir,
        record_fields=record_fields,
        cancel=cancel,
        pause=pause,
        endpoint=endpoint,
        chunk_size=chunk_size,
    )
    if pinned is None:
        return
    if needs_export:
        _export_after_install(staging.target, export)
    manifest = "".join(
        f"{f.path}\t{f.checksum}\t{f.size}\n" for f in sorted(pinned.files, key=lambda f: f.path)
    )
    yield EmbeddingDownloadFinished(
        spec=entry.spec,
        path=staging.target,
        sha256=hashlib.sha256(manifest.encode("utf-8")).hexdigest(),
        size=pinned.size,
        commit=pinned.commit,
        files=tuple(f.path for f in pinned.files),
    )


def _files_to_fetch(entry: EmbeddingCatalogEntry, endpoint: str | None) -> tuple[str, ...]:
    """The entry's files with the repository's ONNX weights instead of its torch weights when it
    has them; else the entry's files, if torch is here to export them."""
    if ONNX_FILE in entry.files:
        return tuple(entry.files)
    has_onnx = ONNX_FILE in listed_paths(
        entry.repo_id, entry.revision, (ONNX_FILE,), entry.folder, endpoint
    )
    if has_onnx:
        return tuple(path for path in entry.files if path not in WEIGHT_FILES) + (ONNX_FILE,)
    if not torch_available():
        raise ModelError("embedder_needs_onnx", name=entry.name)
    return tuple(entry.files)


def _export_after_install(folder: Path, export: Callable[[Path], object]) -> None:
    """Add the ONNX weights to a model installed with torch weights only. If that fails, the
    model still runs with torch (which is here): said in the log, not fatal."""
    try:
        export(folder)
    except (OSError, ValueError, RuntimeError) as error:
        log.warning("The ONNX export of %s failed (%s); it runs with torch.", folder, error)


def partial_embedding_downloads(models_dir: Path) -> list[PartialEmbeddingDownload]:
    """The unfinished embedding downloads in `models_dir`, from their records."""
    parts = Path(models_dir) / PARTS_FOLDER
    found = []
    for folder in sorted(parts.iterdir()) if parts.is_dir() else []:
        data = read_record(folder / RECORD_NAME) or {}
        try:
            spec = DownloadSpec(data["repo_id"], data["folder"], data["revision"])
            total = int(data["size"])
            sizes = {path: int(info["size"]) for path, info in data["files"].items()}
            entry_id = str(data["id"])
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # not a folder of ours, or its record is damaged: nothing to resume from
        if folder.name != spec.name:
            continue
        downloaded = sum(bytes_on_disk(folder / path, size) for path, size in sizes.items())
        found.append(PartialEmbeddingDownload(spec, downloaded, total, entry_id))
    return found


def discard_embedding_partial(models_dir: Path, spec: DownloadSpec) -> None:
    """Delete the staging folder of `spec` (its files and record), if there is one."""
    _staging(Path(models_dir), spec).discard()


def _staging(models_dir: Path, spec: DownloadSpec) -> StagedFolder:
    folder = staging_dir(models_dir, spec)
    return StagedFolder(folder, embeddings_dir(models_dir) / folder.name)


def _checked_folder(spec: DownloadSpec) -> str:
    name = spec.name
    if name in ("", ".", "..") or name.startswith(".") or "\\" in name:
        raise ModelError("download_failed", file=spec.filename, detail="not a valid folder name")
    return name
