"""What a download is and what it reports: plain data, cheap to import.

The GUI imports these at start-up; the downloaders (download.py, embedding_download.py) import
huggingface_hub and an HTTP client, which cost a third of a second, and are imported only by
the download and model-files workers, on their own threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass(frozen=True)
class DownloadSpec:
    repo_id: str  # "Qwen/Qwen2.5-0.5B-Instruct-GGUF"
    filename: str  # "qwen2.5-0.5b-instruct-q4_k_m.gguf", may be in a subfolder of the repo
    revision: str = "main"

    @property
    def name(self) -> str:
        """The model's file name in the models folder."""
        return PurePosixPath(self.filename).name


@dataclass(frozen=True)
class DownloadProgress:
    spec: DownloadSpec
    downloaded: int
    total: int
    bytes_per_second: float
    seconds_left: float | None  # None until the speed is known


@dataclass(frozen=True)
class DownloadVerifying:
    """Hashing: the part already on disk before a resume, or checking the finished file."""

    spec: DownloadSpec
    total: int


@dataclass(frozen=True)
class DownloadPaused:
    """Stopped because `pause` was set; the partial file is kept for a resume."""

    spec: DownloadSpec
    downloaded: int
    total: int


@dataclass(frozen=True)
class DownloadCancelled:
    """Stopped because `cancel` was set; the partial file and its record are gone."""

    spec: DownloadSpec


@dataclass(frozen=True)
class DownloadFinished:
    spec: DownloadSpec
    path: Path
    sha256: str
    size: int


DownloadEvent = (
    DownloadProgress | DownloadVerifying | DownloadPaused | DownloadCancelled | DownloadFinished
)


@dataclass(frozen=True)
class PartialDownload:
    """An unfinished download on disk, to offer "Resume" after a restart."""

    spec: DownloadSpec
    downloaded: int
    total: int
