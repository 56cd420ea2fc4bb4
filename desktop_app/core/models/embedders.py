"""The installed embedding models: the bundled one plus every folder in `models/embeddings/`.

An embedding model is a sentence-transformers folder: a `tokenizer.json` (Lokal measures chunks
with it before torch loads) and a sentence-transformers config (`modules.json`,
`config_sentence_transformers.json` or `sentence_bert_config.json`). Nothing here imports torch:
the settings dialog lists the models from these files alone.

Some models were trained with a fixed text before each query and each passage; without it their
search quality drops. The model's own `prompts` in `config_sentence_transformers.json` win;
otherwise `PREFIXES` below applies by name (E5: "query: " / "passage: ").

Whether a model is multilingual comes from its model card (README.md): the `language` list in
its front matter names more than one language, or "multilingual". A folder without such a list
is judged by its name instead: "multilingual" in it (paraphrase-multilingual-MiniLM-L12-v2), or
an E5 model, since a card-less E5 folder is most likely the multilingual-e5 model the model
manager offers. The card wins where there is one: English-only E5 models (e5-small-v2) say "en".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

EMBEDDINGS_FOLDER = "embeddings"  # under the data folder's models/
_DEFAULT_MAX_SEQ_LENGTH = 256
_ST_CONFIGS = ("modules.json", "config_sentence_transformers.json", "sentence_bert_config.json")


@dataclass(frozen=True)
class PrefixRule:
    pattern: str  # a regular expression matched against the lower-cased model name
    query: str
    passage: str


# Models that need a text before queries and passages, by name. E5 (intfloat/e5-*,
# multilingual-e5-*) was trained with "query: " and "passage: "; nomic-embed with task names.
PREFIXES: tuple[PrefixRule, ...] = (
    PrefixRule(r"(^|[^a-z0-9])e5([^a-z0-9]|$)", "query: ", "passage: "),
    PrefixRule(r"nomic-embed-text", "search_query: ", "search_document: "),
)


@dataclass(frozen=True)
class EmbeddingModel:
    name: str
    folder: Path
    max_seq_length: int
    multilingual: bool
    query_prefix: str
    passage_prefix: str
    bundled: bool = False

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "folder": str(self.folder),
            "max_seq_length": self.max_seq_length,
            "multilingual": self.multilingual,
            "query_prefix": self.query_prefix,
            "passage_prefix": self.passage_prefix,
            "bundled": self.bundled,
        }


def embeddings_dir(models_dir: Path) -> Path:
    """Where downloaded embedding models go: one folder per model."""
    return models_dir / EMBEDDINGS_FOLDER


def is_embedding_model(folder: Path) -> bool:
    """A sentence-transformers embedding model (not a cross-encoder) with a fast tokenizer."""
    if not (folder / "tokenizer.json").is_file():
        return False
    if not any((folder / name).is_file() for name in _ST_CONFIGS):
        return False
    return _read_json(folder / "config_sentence_transformers.json").get("model_type") not in (
        "CrossEncoder",
        "SparseEncoder",
    )


def describe_embedding_model(
    folder: Path, name: str | None = None, bundled: bool = False
) -> EmbeddingModel:
    """What Lokal needs to know about the model in `folder` (its files are not checked here)."""
    folder = Path(folder)
    name = name or folder.name
    query, passage = prefixes_for(folder, name)
    return EmbeddingModel(
        name=name,
        folder=folder,
        max_seq_length=read_max_seq_length(folder),
        multilingual=is_multilingual(folder, name),
        query_prefix=query,
        passage_prefix=passage,
        bundled=bundled,
    )


def list_embedding_models(
    models_dir: Path, bundled: Path | None, bundled_name: str | None = None
) -> list[EmbeddingModel]:
    """The bundled model first, then each model folder in `models/embeddings/`, by name."""
    models = []
    if bundled is not None and is_embedding_model(bundled):
        models.append(describe_embedding_model(bundled, bundled_name, bundled=True))
    folder = embeddings_dir(models_dir)
    if folder.is_dir():
        for child in sorted(folder.iterdir(), key=lambda path: path.name.lower()):
            if child.is_dir() and not child.name.startswith(".") and is_embedding_model(child):
                models.append(describe_embedding_model(child))
    return models


def prefixes_for(folder: Path | None, name: str) -> tuple[str, str]:
    """(query prefix, passage prefix): the model's own prompts, else `PREFIXES` by name."""
    if folder is not None:
        config = _read_json(Path(folder) / "config_sentence_transformers.json")
        prompts = config.get("prompts")
        if isinstance(prompts, dict) and prompts.get("query"):
            passage = prompts.get("passage") or prompts.get("document") or ""
            return str(prompts["query"]), str(passage)
    lowered = name.lower()
    for rule in PREFIXES:
        if re.search(rule.pattern, lowered):
            return rule.query, rule.passage
    return "", ""


def is_multilingual(folder: Path, name: str) -> bool:
    """From the model card's `language` list; from the name when the card has none."""
    languages = model_card_languages(folder)
    if languages:
        return len(languages) > 1 or "multilingual" in languages
    lowered = name.lower()
    return "multilingual" in lowered or re.search(PREFIXES[0].pattern, lowered) is not None


def model_card_languages(folder: Path) -> list[str]:
    """The `language:` entry of README.md's YAML front matter, lower-cased; [] when absent."""
    try:
        text = (Path(folder) / "README.md").read_text("utf-8", errors="replace")
    except OSError:
        return []
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return []
    languages: list[str] = []
    in_list = False
    for line in lines[1:]:
        if line.strip() == "---":
            break
        if in_list:
            item = re.match(r"\s*-\s*(.+)", line)
            if item:
                languages.append(_scalar(item.group(1)))
                continue
            if line.strip() and not line[0].isspace():
                break  # the next key
            continue
        key = re.match(r"language\s*:\s*(.*)", line)
        if not key:
            continue
        value = key.group(1).strip()
        if not value:
            in_list = True
        elif value.startswith("["):
            languages = [_scalar(part) for part in value.strip("[]").split(",") if part.strip()]
            break
        else:
            languages = [_scalar(value)]
            break
    return [language for language in languages if language]


def read_max_seq_length(folder: Path) -> int:
    """How many tokens (special tokens included) the model reads, from its own config."""
    value = _read_json(Path(folder) / "sentence_bert_config.json").get("max_seq_length")
    try:
        return int(value)
    except (TypeError, ValueError):
        return _DEFAULT_MAX_SEQ_LENGTH


def _scalar(value: str) -> str:
    return value.split("#", 1)[0].strip().strip("'\"").lower()


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
