"""The embedding models Lokal offers to download: `resources/models/embeddings.json`.

The curated list of downloadable models is `resources/models/embeddings.json` (format below);
`load_embedding_catalog` reads and validates it. It follows the rules of the GGUF catalog (see
catalog.py): every fact was read from the public source the entry names, an unverified size is
null, and there are no checksums in it (the hub's, fetched at download time, are the reference).

File format 1:

    {"format": 1, "version": "2026.11.1", "models": [
      {"id": "multilingual-e5-small",           unique; lowercase letters, digits, . _ -
       "name": "Multilingual E5 small",          display name
       "repo_id": "intfloat/multilingual-e5-small",  the folder is named after the repository
       "revision": "main",                       optional, default "main": branch, tag or commit
       "files": ["modules.json", ...],           the exact files to fetch, repository paths;
                                                 must hold modules.json, tokenizer.json and
                                                 model.safetensors or pytorch_model.bin
       "size_bytes": null,                       total download size, or null when not verified
       "license": "MIT",
       "languages": ["da", "de", "en", "sv"],    2-letter codes the source confirms (a selection)
       "language_count": 94,                     optional: how many languages the source names
       "query_prefix": "query: ",                optional: the text the model wants before
       "passage_prefix": "passage: ",            queries / passages (as embedders.py applies it)
       "description": {"en": "...", "da": "...", "sv": "...", "de": "..."},
       "source": "https://huggingface.co/...",   where the entry was verified
       "source_note": "..."}]}                   optional: how files/size/licence were checked

An unknown key is an error, so a typo in the curated file fails loudly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.models.catalog import (
    CatalogError,
    HubEntry,
    Listing,
    catalog_models,
    check_entry,
    read_catalog_file,
)
from desktop_app.core.models.download_events import DownloadSpec

# What sentence-transformers needs at the least; the catalog must list these.
REQUIRED_FILES = ("modules.json", "tokenizer.json")
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
_LANGUAGE = re.compile(r"^[a-z]{2}$")

_REQUIRED = {
    "id": str,
    "name": str,
    "repo_id": str,
    "files": list,
    "size_bytes": (int, type(None)),
    "license": str,
    "languages": list,
    "description": dict,
    "source": str,
}
_OPTIONAL = {
    "revision": str,
    "language_count": (int, type(None)),
    "query_prefix": str,
    "passage_prefix": str,
    "source_note": (str, type(None)),
}
_MAY_BE_EMPTY = frozenset({"query_prefix", "passage_prefix", "source_note"})


@dataclass(frozen=True)
class EmbeddingCatalogEntry(HubEntry):
    id: str
    name: str
    repo_id: str
    revision: str
    files: tuple[str, ...]
    size_bytes: int | None
    license: str
    languages: tuple[str, ...]
    language_count: int | None
    query_prefix: str
    passage_prefix: str
    # A read-only mapping can't be hashed; leaving it out of the hash keeps entries hashable.
    description: Mapping[str, str] = field(hash=False)
    source: str
    source_note: str | None = None

    @property
    def folder(self) -> str:
        """The model's folder under `models/embeddings/`: the repository's name."""
        return self.repo_id.split("/", 1)[1]

    @property
    def spec(self) -> DownloadSpec:
        """The key of this download in events, in the worker and in partial downloads."""
        return DownloadSpec(self.repo_id, self.folder, self.revision)


class EmbeddingCatalog(Listing[EmbeddingCatalogEntry]):
    """The embedding models to download."""

    def for_spec(self, spec: DownloadSpec) -> EmbeddingCatalogEntry | None:
        """The entry a download's spec (or a partial download's) belongs to."""
        wanted = spec.repo_id.lower()
        return next(
            (e for e in self.entries if e.repo_id.lower() == wanted and e.folder == spec.name),
            None,
        )


def embedding_catalog_path(resources_dir: Path) -> Path:
    """The shipped embedding catalog inside the resources folder, which the app passes in (core
    does not know where the app is installed)."""
    return Path(resources_dir) / "models" / "embeddings.json"


def load_embedding_catalog(path: Path) -> EmbeddingCatalog:
    """Read and validate the embedding catalog file; raises CatalogError (a ValueError)."""
    path = Path(path)
    data = read_catalog_file(path, "embedding model catalog")
    return parse_embedding_catalog(data, origin=str(path))


def parse_embedding_catalog(data: Any, origin: str = "embedding catalog") -> EmbeddingCatalog:
    """Validate a decoded embedding catalog (see the module docstring for the format)."""
    version, models = catalog_models(data, origin)
    entries: list[EmbeddingCatalogEntry] = []
    for label, raw in models:
        entry = _parse_entry(raw, label)
        if any(other.id == entry.id for other in entries):
            raise CatalogError(f"{label}: duplicate id {entry.id!r}")
        if any(other.folder.lower() == entry.folder.lower() for other in entries):
            raise CatalogError(f"{label}: another model installs into the folder {entry.folder!r}")
        entries.append(entry)
    return EmbeddingCatalog(version=version, entries=tuple(entries))


def _parse_entry(raw: Any, label: str) -> EmbeddingCatalogEntry:
    description = check_entry(raw, label, _REQUIRED, _OPTIONAL, _MAY_BE_EMPTY)
    files = _parse_files(raw["files"], label)
    for size_key in ("size_bytes", "language_count"):
        if raw.get(size_key) is not None and raw[size_key] <= 0:
            raise CatalogError(f"{label}: {size_key} must be positive or null")
    languages = raw["languages"]
    if not languages or not all(
        isinstance(code, str) and _LANGUAGE.match(code) for code in languages
    ):
        raise CatalogError(f"{label}: languages must be a non-empty list of 2-letter codes")
    if len(set(languages)) != len(languages):
        raise CatalogError(f"{label}: languages lists a code twice")

    return EmbeddingCatalogEntry(
        id=raw["id"],
        name=raw["name"],
        repo_id=raw["repo_id"],
        revision=raw.get("revision", "main"),
        files=files,
        size_bytes=raw["size_bytes"],
        license=raw["license"],
        languages=tuple(languages),
        language_count=raw.get("language_count"),
        query_prefix=raw.get("query_prefix", ""),
        passage_prefix=raw.get("passage_prefix", ""),
        description=description,
        source=raw["source"],
        source_note=raw.get("source_note"),
    )


def _parse_files(files: list, label: str) -> tuple[str, ...]:
    for path in files:
        if not isinstance(path, str) or not _is_plain_relative_path(path):
            raise CatalogError(
                f"{label}: file {path!r} must be a relative repository path"
                " ('/' between folders; no '.', '..' or hidden names)"
            )
    if len(set(files)) != len(files):
        raise CatalogError(f"{label}: files lists a path twice")
    missing = [name for name in REQUIRED_FILES if name not in files]
    if missing:
        raise CatalogError(f"{label}: files must include {', '.join(missing)}")
    if not any(name in files for name in WEIGHT_FILES):
        raise CatalogError(f"{label}: files must include {' or '.join(WEIGHT_FILES)}")
    return tuple(files)


def _is_plain_relative_path(path: str) -> bool:
    if not path or "\\" in path or path.startswith("/"):
        return False
    return all(part and not part.startswith(".") for part in path.split("/"))
