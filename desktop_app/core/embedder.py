"""Sentence embeddings: onnxruntime when the model folder has an ONNX export, else torch.

Two backends compute the same vectors (to 1e-4, tests/core/test_onnx_encoder.py):
- "onnx": onnxruntime and `tokenizers` (core/onnx_encoder.py), from the folder's
  `onnx/model.onnx`. What the installers ship: no torch at run time.
- "torch": sentence-transformers, imported lazily (seconds), for folders without an export
  in a source install that has torch.
"auto" (the default) takes onnx when the folder has an export; LOKAL_EMBEDDING_BACKEND=onnx or
torch overrides it (the benchmarks compare the two).

The tokenizer is loaded eagerly from the model folder's `tokenizer.json` (Rust `tokenizers`, no
torch), so chunking can measure texts in the embedder's own tokens before the model is loaded.

Models such as E5 were trained with a fixed text before each query ("query: ") and each passage
("passage: "); `core/models/embedders.py` knows which model needs which. The embedder adds them
itself, and the passage prefix counts against the tokens a chunk may have.
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.errors import LokalError
from desktop_app.core.onnx_files import onnx_runs_embedder

# BERT-style models add [CLS] and [SEP] around every text.
_SPECIAL_TOKENS = 2
_DEFAULT_MAX_SEQ_LENGTH = 256
BACKEND_ENV = "LOKAL_EMBEDDING_BACKEND"
BACKENDS = ("auto", "onnx", "torch")


class Embedder:
    """Encodes texts into unit-length vectors. Owned by one thread (the index worker)."""

    def __init__(
        self,
        model_dir: Path | str | None,
        name: str | None = None,
        batch_size: int = 32,
        query_prefix: str = "",
        passage_prefix: str = "",
        backend: str = "auto",
    ) -> None:
        if model_dir is None:
            raise LokalError("embedder_missing")
        self.model_dir = Path(model_dir)
        if not (self.model_dir / "tokenizer.json").is_file():
            raise LokalError("embedder_missing")
        # A stable name keeps each model's vectors apart from other models' in the store.
        self.name = name or self.model_dir.name
        self.batch_size = batch_size
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self._model = None
        self._load_lock = threading.Lock()

        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        self.max_seq_length = _read_max_seq_length(self.model_dir)
        self._prefix_tokens = self.count_tokens(passage_prefix) if passage_prefix else 0
        # Which backend runs the model: "onnx" or "torch" (see the module docstring).
        self.backend = choose_backend(self.model_dir, backend, self.name)

    @property
    def max_text_tokens(self) -> int:
        """How many tokens of a passage the model reads (after its prefix); the rest is dropped."""
        return self.max_seq_length - _SPECIAL_TOKENS - self._prefix_tokens

    def token_spans(self, text: str) -> list[tuple[int, int]]:
        """Character offsets of each token of `text`, without special tokens."""
        encoding = self._tokenizer.encode(text, add_special_tokens=False)
        return [span for span in encoding.offsets if span[1] > span[0]]

    def count_tokens(self, text: str) -> int:
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)

    def load(self) -> None:
        """Load the model now (with torch, its import included: seconds). Safe to call twice."""
        with self._load_lock:
            if self._model is not None:
                return
            if self.backend == "onnx":
                # Imported here: onnxruntime and numpy load on the index worker's thread, not
                # while the window opens.
                from desktop_app.core.onnx_encoder import OnnxTextEncoder

                self._model = OnnxTextEncoder(self.model_dir, self.max_seq_length)
                return
            prepare_offline_loading()
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(
                str(self.model_dir), device="cpu", local_files_only=True
            )
            self._model.max_seq_length = self.max_seq_length

    def encode_query(self, query: str) -> list[float]:
        """The embedding of a search query (models like E5 embed queries differently)."""
        return self._encode([self.query_prefix + query])[0]

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length embeddings of passages, one per text (batched by length)."""
        return self._encode([self.passage_prefix + text for text in texts])

    def _encode(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        self.load()
        if self.backend == "onnx":
            return self._model.embed(texts, self.batch_size).tolist()
        vectors = self._model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.tolist()


def choose_backend(model_dir: Path, wanted: str = "auto", name: str | None = None) -> str:
    """ "onnx" or "torch" for the model in `model_dir`: `wanted`, else LOKAL_EMBEDDING_BACKEND,
    else onnx where the folder has an export. Raises embedder_needs_onnx when onnx is needed
    (asked for, or no torch here) and the folder has no export."""
    wanted = requested_backend(wanted)
    has_onnx = onnx_runs_embedder(model_dir)
    if wanted == "torch" or (wanted == "auto" and not has_onnx and torch_installed()):
        return "torch"
    if not has_onnx:
        raise LokalError("embedder_needs_onnx", name=name or Path(model_dir).name)
    return "onnx"


def requested_backend(wanted: str = "auto") -> str:
    """`wanted`, or for "auto" what LOKAL_EMBEDDING_BACKEND asks (the embedder's and the
    reranker's rule alike): one of BACKENDS."""
    if wanted == "auto":
        wanted = os.environ.get(BACKEND_ENV, "").strip().lower() or "auto"
    if wanted not in BACKENDS:
        raise ValueError(f"unknown backend {wanted!r} (one of {', '.join(BACKENDS)})")
    return wanted


def torch_installed() -> bool:
    """Whether sentence-transformers (and so torch) can be imported here, without importing it."""
    return importlib.util.find_spec("sentence_transformers") is not None


def prepare_offline_loading() -> None:
    """Before loading a sentence-transformers model from disk: never ask a hub for anything,
    and keep transformers' warnings and "Loading weights" bars off stderr."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()


def _read_max_seq_length(model_dir: Path) -> int:
    config = model_dir / "sentence_bert_config.json"
    try:
        return int(json.loads(config.read_text("utf-8"))["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        return _DEFAULT_MAX_SEQ_LENGTH
