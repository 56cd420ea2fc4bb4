"""The curated model catalog: a versioned list of GGUF chat models that Lokal offers to download.

The catalog lives in `resources/models/catalog.json`. It is hand-curated, and every fact in it was
read from a public source that the entry names; where a fact could not be checked it is null, never
estimated. It holds no checksums: the downloader takes the SHA-256 (and the exact size) from the
hub at download time, so a re-uploaded file can never be "verified" against a stale number.

File format 1:

    {"format": 1, "version": "2026.11.1", "models": [
      {"id": "qwen2.5-1.5b-instruct-q4_k_m",      unique; lowercase letters, digits, . _ -
       "family": "Qwen2.5",                        the model family the Models page groups by
       "name": "Qwen2.5 1.5B Instruct",            display name
       "repo_id": "Qwen/Qwen2.5-1.5B-Instruct-GGUF",   Hugging Face repository, owner/name
       "filename": "qwen2.5-1.5b-instruct-q4_k_m.gguf",  one single-file GGUF in that repository
       "quantization": "Q4_K_M",
       "parameters": "1.5B",                       size label as the model's name gives it (M or B)
       "size_bytes": 1117320736,                   download size, or null when not verified
       "size_exact": true,                         true: exact bytes; false: the hub's file
                                                   listing, rounded to 3 significant digits
       "license": "Apache-2.0",
       "reasoning": false,                         true: the model thinks aloud before answering
       "description": {"en": "...", "da": "...", "sv": "...", "de": "..."},  one line each
       "source": "https://huggingface.co/...",     where the entry was verified
       "source_note": "..."}]}                     optional: how size/licence were checked

`en` is required in every description; the shipped catalog also has da, sv and de (a test checks
that). An unknown key is an error, so a typo in the curated file fails loudly instead of silently
dropping a field.

Minimum RAM is a rule, not a fact from the catalog: see `min_ram_for`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Generic, TypeVar

FORMAT = 1
HUB_URL = "https://huggingface.co"
DEFAULT_LANGUAGE = "en"

GIB = 1024**3
# The minimum-RAM rule (see min_ram_for). llama.cpp maps the whole file into memory; on top of the
# weights come the KV cache and compute buffers, which at the context sizes Lokal uses stay within
# about a fifth of the file, plus a fixed allowance for Lokal itself (Qt, the embedder, the index).
RAM_OVERHEAD_FRACTION = 0.20
RAM_BASE_BYTES = 1 * GIB

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# Hugging Face repository ids: owner/name, letters, digits, '-', '_' and '.'.
_REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")
_PARAMETERS = re.compile(r"^(\d+(?:\.\d+)?)([MB])$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")

_REQUIRED = {
    "id": str,
    "family": str,
    "name": str,
    "repo_id": str,
    "filename": str,
    "quantization": str,
    "parameters": str,
    "size_bytes": (int, type(None)),
    "license": str,
    "reasoning": bool,
    "description": dict,
    "source": str,
}
_OPTIONAL = {"size_exact": bool, "source_note": (str, type(None))}


class CatalogError(ValueError):
    """The catalog file is missing, not JSON, or not a valid catalog; the message says where."""


def min_ram_for(size_bytes: int | None) -> int | None:
    """The RAM a model file needs to run comfortably: its size, a fifth more, plus 1 GiB.

    A rule of thumb for the fit estimate, stated here so that it is a rule and not an invented
    fact. None when the size is unknown (the Models page then waits for the hub's size).
    """
    if size_bytes is None:
        return None
    return int(size_bytes * (1 + RAM_OVERHEAD_FRACTION)) + RAM_BASE_BYTES


class HubEntry:
    """What the entries of both catalogs (chat models here, embedding models in
    embedding_catalog.py) share: a repository on the hub and a description per language."""

    repo_id: str
    description: Mapping[str, str]

    @property
    def url(self) -> str:
        """The model's page on Hugging Face."""
        return f"{HUB_URL}/{self.repo_id}"

    def description_for(self, language: str) -> str:
        """The one-line description in `language` ("da", "sv-SE", "de_DE"...), else English."""
        primary = re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]
        return self.description.get(primary) or self.description[DEFAULT_LANGUAGE]


Entry = TypeVar("Entry", bound=HubEntry)


@dataclass(frozen=True)
class Listing(Generic[Entry]):
    """A loaded catalog: its version and its entries, in file order."""

    version: str
    entries: tuple[Entry, ...]

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return next((entry for entry in self.entries if entry.id == entry_id), None)


@dataclass(frozen=True)
class CatalogEntry(HubEntry):
    id: str
    family: str
    name: str
    repo_id: str
    filename: str
    quantization: str
    parameters: str
    size_bytes: int | None
    size_exact: bool
    license: str
    reasoning: bool
    # A read-only mapping can't be hashed; leaving it out of the hash keeps entries hashable.
    description: Mapping[str, str] = field(hash=False)
    source: str
    source_note: str | None = None

    @property
    def download_url(self) -> str:
        """Where the file itself is fetched from (the hub redirects to its CDN)."""
        return f"{HUB_URL}/{self.repo_id}/resolve/main/{self.filename}"

    @property
    def parameter_count(self) -> float:
        """The size label as a number of parameters: "1.5B" -> 1.5e9, "360M" -> 3.6e8."""
        match = _PARAMETERS.match(self.parameters)
        assert match, self.parameters  # checked when the catalog was loaded
        scale = 1e9 if match.group(2) == "B" else 1e6
        return float(match.group(1)) * scale

    @property
    def min_ram_bytes(self) -> int | None:
        return min_ram_for(self.size_bytes)


class Catalog(Listing[CatalogEntry]):
    """The chat models to download."""

    def find(self, repo_id: str, filename: str) -> CatalogEntry | None:
        """The entry for a hub file, e.g. to show catalog facts next to a downloaded model.

        Hub repository ids are case-insensitive, file names are not.
        """
        wanted = repo_id.lower()
        return next(
            (e for e in self.entries if e.repo_id.lower() == wanted and e.filename == filename),
            None,
        )

    def find_file(self, filename: str) -> CatalogEntry | None:
        """The entry whose file has this name: a download keeps the hub's file name in the
        models folder, and no two entries share one (their names say which quantization)."""
        return next((e for e in self.entries if e.filename == filename), None)

    @property
    def families(self) -> list[str]:
        """The families in catalog order, each once."""
        return list(dict.fromkeys(entry.family for entry in self.entries))


def catalog_path(resources_dir: Path) -> Path:
    """The shipped catalog inside the resources folder, which the app passes in (core does not
    know where the app is installed)."""
    return Path(resources_dir) / "models" / "catalog.json"


def load_catalog(path: Path) -> Catalog:
    """Read and validate the catalog file; raises CatalogError (a ValueError) on any problem."""
    return parse_catalog(read_catalog_file(path, "model catalog"), origin=str(path))


# --- validation shared with embedding_catalog.py ----------------------------------------------


def read_catalog_file(path: Path, what: str) -> Any:
    """The decoded JSON of a catalog file; CatalogError says what is wrong with the file."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError(f"{path}: {what} not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogError(f"{path}: cannot read the {what} ({error})") from None
    except json.JSONDecodeError as error:
        raise CatalogError(f"{path}: not valid JSON ({error})") from None


def catalog_models(data: Any, origin: str) -> tuple[str, list[tuple[str, Any]]]:
    """Check the top level (format, version, a list of models); return the version and each
    raw model with the label its errors name ("<file>: model #3 ('qwen3-4b')")."""
    if not isinstance(data, dict):
        raise CatalogError(f"{origin}: the top level must be a JSON object")
    unknown = sorted(set(data) - {"format", "version", "models"})
    if unknown:
        raise CatalogError(f"{origin}: unknown top-level field(s) {', '.join(unknown)}")
    if data.get("format") != FORMAT:
        raise CatalogError(
            f"{origin}: unknown catalog format {data.get('format')!r} (this Lokal reads {FORMAT})"
        )
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        raise CatalogError(f"{origin}: 'version' must be a non-empty string")
    models = data.get("models")
    if not isinstance(models, list) or not models:
        raise CatalogError(f"{origin}: 'models' must be a non-empty list")
    labelled = []
    for index, raw in enumerate(models, start=1):
        label = f"{origin}: model #{index}"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            label += f" ({raw['id']!r})"
        labelled.append((label, raw))
    return version, labelled


def check_entry(
    raw: Any, label: str, required: dict, optional: dict, may_be_empty: frozenset[str]
) -> Mapping[str, str]:
    """Check an entry's fields (known, present, typed, not blank) and what both catalogs'
    entries share: id, repo_id, source and description. Returns the description, read-only."""
    if not isinstance(raw, dict):
        raise CatalogError(f"{label}: must be a JSON object")
    unknown = sorted(set(raw) - set(required) - set(optional))
    if unknown:
        raise CatalogError(f"{label}: unknown field(s) {', '.join(unknown)}")
    for key, kind in {**required, **optional}.items():
        if key not in raw:
            if key in required:
                raise CatalogError(f"{label}: missing field {key!r}")
            continue
        value = raw[key]
        # bool is an int in Python; a size of `true` is a mistake, not 1 byte.
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise CatalogError(f"{label}: field {key!r} has the wrong type ({value!r})")
        if isinstance(value, str) and not value.strip() and key not in may_be_empty:
            raise CatalogError(f"{label}: field {key!r} is empty")
    if not _ID.match(raw["id"]):
        raise CatalogError(f"{label}: id must be lowercase letters, digits, '.', '_' or '-'")
    if not _REPO_ID.match(raw["repo_id"]):
        raise CatalogError(f"{label}: repo_id {raw['repo_id']!r} is not of the form owner/name")
    if not raw["source"].startswith("https://"):
        raise CatalogError(f"{label}: source must be an https:// address")
    description = raw["description"]
    if DEFAULT_LANGUAGE not in description:
        raise CatalogError(f"{label}: description needs an {DEFAULT_LANGUAGE!r} text")
    for language, text in description.items():
        if not _LANGUAGE.match(language):
            raise CatalogError(f"{label}: description language {language!r} is not a 2-letter code")
        if not isinstance(text, str) or not text.strip():
            raise CatalogError(f"{label}: description {language!r} must be a non-empty string")
    return MappingProxyType(dict(description))


# --- the chat-model catalog ---------------------------------------------------------------------


def parse_catalog(data: Any, origin: str = "catalog") -> Catalog:
    """Validate a decoded catalog (see the module docstring for the format)."""
    version, models = catalog_models(data, origin)
    entries: list[CatalogEntry] = []
    seen_ids: set[str] = set()
    seen_files: set[str] = set()
    for label, raw in models:
        entry = _parse_entry(raw, label)
        if entry.id in seen_ids:
            raise CatalogError(f"{label}: duplicate id {entry.id!r}")
        # Downloads land in the models folder under the file's own name, so a name is one
        # file, whichever repository it comes from.
        if entry.filename in seen_files:
            raise CatalogError(f"{label}: the file name {entry.filename} is listed twice")
        seen_ids.add(entry.id)
        seen_files.add(entry.filename)
        entries.append(entry)
    return Catalog(version=version, entries=tuple(entries))


def _parse_entry(raw: Any, label: str) -> CatalogEntry:
    description = check_entry(raw, label, _REQUIRED, _OPTIONAL, frozenset({"source_note"}))
    filename = raw["filename"]
    if not filename.lower().endswith(".gguf") or "/" in filename or "\\" in filename:
        raise CatalogError(f"{label}: filename {filename!r} must be a .gguf file name")
    if not _PARAMETERS.match(raw["parameters"]):
        raise CatalogError(
            f"{label}: parameters {raw['parameters']!r} must look like '360M' or '1.5B'"
        )
    size = raw["size_bytes"]
    if size is not None and size <= 0:
        raise CatalogError(f"{label}: size_bytes must be positive or null")
    if size is not None and "size_exact" not in raw:
        raise CatalogError(f"{label}: a size needs 'size_exact' (exact bytes, or rounded)")

    return CatalogEntry(
        id=raw["id"],
        family=raw["family"],
        name=raw["name"],
        repo_id=raw["repo_id"],
        filename=filename,
        quantization=raw["quantization"],
        parameters=raw["parameters"],
        size_bytes=size,
        size_exact=raw.get("size_exact", False) if size is not None else False,
        license=raw["license"],
        reasoning=raw["reasoning"],
        description=description,
        source=raw["source"],
        source_note=raw.get("source_note"),
    )
