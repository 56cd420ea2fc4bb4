"""Run sentence-transformers models with onnxruntime: no torch at run time.

A model folder keeps its sentence-transformers files (tokenizer.json, modules.json, 1_Pooling/,
sentence_bert_config.json...) and gains an ONNX export of its transformer, `onnx/model.onnx`
(the Hugging Face layout; core/onnx_export.py writes it, and many hub repositories ship one).
This module does what sentence-transformers does around that network, so that its vectors and
scores are sentence-transformers' own (the tests compare them to 1e-4):
- tokenize with the folder's `tokenizer.json` (Rust `tokenizers`): special tokens added,
  truncated to the model's max_seq_length ("longest first" for pairs), padded to the longest
  text of the batch; the file's own fixed padding and truncation settings are switched off;
- an embedder pools the token vectors as `1_Pooling/config.json` says (mean, cls, max,
  mean_sqrt_len_tokens, weightedmean, lasttoken) and normalises each row to unit length;
- a cross-encoder applies the activation sentence-transformers would (sigmoid for one label).

Texts are sorted by length into batches (less padding: faster), the result is in input order.
Which folders can run so (no onnxruntime needed to tell): onnx_files.py.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import onnxruntime
from tokenizers import Tokenizer

from desktop_app.core.onnx_files import (
    ONNX_FILE,
    OnnxModelError,
    onnx_model_file,
    read_json,
    unsupported_modules,
)

_DEFAULT_CROSS_ENCODER_LENGTH = 512
# A model_max_length this large means "no limit" in tokenizer_config.json (transformers' 1e30).
_NO_LIMIT = 1_000_000
_POOLING_KEYS = {
    "pooling_mode_cls_token": "cls",
    "pooling_mode_max_tokens": "max",
    "pooling_mode_mean_tokens": "mean",
    "pooling_mode_mean_sqrt_len_tokens": "mean_sqrt_len_tokens",
    "pooling_mode_weightedmean_tokens": "weightedmean",
    "pooling_mode_lasttoken": "lasttoken",
}
_POOLING_ORDER = tuple(_POOLING_KEYS.values())  # sentence-transformers concatenates in this order


def session_options(threads: int | None = None) -> onnxruntime.SessionOptions:
    """CPU inference options: all graph optimisations, one operator at a time, quiet logs.

    `threads` None: onnxruntime's default, one thread per physical core, as torch uses. Threads
    stop spinning between runs: the cores are shared with the process that reads and chunks
    the next files, and with llama.cpp (spinning made indexing 0.76x torch's speed, not 1.0x).
    The memory arena stays on (without it, indexing ran at 0.86x torch); MAX_BATCH_TOKENS keeps
    what it holds small.
    """
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    options.inter_op_num_threads = 1
    options.intra_op_num_threads = max(0, int(threads or 0))
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3  # errors only: no warnings about unused initialisers
    return options


def _open_session(model_file: Path, threads: int | None) -> onnxruntime.InferenceSession:
    return onnxruntime.InferenceSession(
        str(model_file), sess_options=session_options(threads), providers=["CPUExecutionProvider"]
    )


class _OnnxTransformer:
    """The tokenizer and the ONNX network of one folder: texts (or pairs) in, outputs out."""

    def __init__(self, folder: Path, max_length: int, threads: int | None) -> None:
        model_file = onnx_model_file(folder)
        if model_file is None:
            raise OnnxModelError(f"{folder} has no {ONNX_FILE}")
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.pad_id = _pad_token_id(self.tokenizer, folder)  # before its padding is switched off
        # The file may say "pad to 128, cut at 128"; sentence-transformers pads to the longest
        # text of the batch and cuts at the model's own length. Padding is done here, by batch.
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
        self.session = _open_session(model_file, threads if threads else default_threads())
        self.input_types = {item.name: item.type for item in self.session.get_inputs()}
        self.output_names = [item.name for item in self.session.get_outputs()]

    def encode(self, inputs: Sequence[str | tuple[str, str]]) -> list:
        return self.tokenizer.encode_batch(list(inputs), add_special_tokens=True)

    def run(self, encodings: list, output: str) -> tuple[np.ndarray, np.ndarray]:
        """The named output (or the first) for a batch of encodings, and its attention mask."""
        length = max(len(encoding.ids) for encoding in encodings)
        ids = np.full((len(encodings), length), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(encodings), length), dtype=np.int64)
        type_ids = np.zeros((len(encodings), length), dtype=np.int64)
        for row, encoding in enumerate(encodings):
            size = len(encoding.ids)
            ids[row, :size] = encoding.ids
            mask[row, :size] = 1
            type_ids[row, :size] = encoding.type_ids
        arrays = {"input_ids": ids, "attention_mask": mask, "token_type_ids": type_ids}
        feed = {
            name: arrays[name].astype(np.int32 if "int32" in kind else np.int64, copy=False)
            for name, kind in self.input_types.items()
            if name in arrays
        }
        name = output if output in self.output_names else self.output_names[0]
        (values,) = self.session.run([name], feed)
        return values, mask


# At most this many tokens (passages x the longest one's tokens) in one run. A batch of 32
# passages of 256 tokens holds attention scores of 100 MB per layer: onnxruntime then ran
# slower than torch and its memory arena kept +530 MiB. Batches of 8 such passages ran 1.5x
# faster, and kept +140 MiB (torch: +250 MiB); short passages still go 32 at a time.
MAX_BATCH_TOKENS = 8 * 256


def batches_by_length(
    encodings: list, batch_size: int, max_tokens: int = MAX_BATCH_TOKENS
) -> list[list[int]]:
    """Indices of the encodings in batches of similar length, longest first: at most
    `batch_size` per batch, and at most `max_tokens` once padded to its longest."""
    order = sorted(range(len(encodings)), key=lambda index: -len(encodings[index].ids))
    size = max(1, int(batch_size))
    batches: list[list[int]] = []
    current: list[int] = []
    for index in order:
        longest = len(encodings[current[0]].ids) if current else 0
        if current and (len(current) >= size or (len(current) + 1) * longest > max_tokens):
            batches.append(current)
            current = []
        current.append(index)
    if current:
        batches.append(current)
    return batches


class OnnxTextEncoder:
    """A sentence-transformers embedding model's vectors, computed with onnxruntime."""

    def __init__(self, folder: Path | str, max_seq_length: int, threads: int | None = None) -> None:
        folder = Path(folder)
        unsupported = unsupported_modules(folder)
        if unsupported:
            raise OnnxModelError(f"{folder} has modules ONNX cannot run here: {unsupported}")
        self.folder = folder
        self.pooling = read_pooling_modes(folder)
        self.lower_case = bool(read_json(folder / "sentence_bert_config.json").get("do_lower_case"))
        self._transformer = _OnnxTransformer(folder, max_seq_length, threads)

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """One unit-length float32 row per text, in the order given."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        texts = [text.lower() for text in texts] if self.lower_case else list(texts)
        encodings = self._transformer.encode(texts)
        rows: list[np.ndarray | None] = [None] * len(texts)
        for batch in batches_by_length(encodings, batch_size):
            tokens, mask = self._transformer.run(
                [encodings[index] for index in batch], "last_hidden_state"
            )
            pooled = pool(tokens, mask, self.pooling)
            for row, index in enumerate(batch):
                rows[index] = pooled[row]
        vectors = np.stack(rows).astype(np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)  # torch.nn.functional.normalize's epsilon


class OnnxCrossEncoder:
    """A sentence-transformers CrossEncoder's scores of (query, text) pairs, with onnxruntime."""

    def __init__(self, folder: Path | str, threads: int | None = None) -> None:
        folder = Path(folder)
        self.folder = folder
        self.activation = cross_encoder_activation(folder)
        self._transformer = _OnnxTransformer(folder, cross_encoder_max_length(folder), threads)

    def scores(self, pairs: Sequence[tuple[str, str]], batch_size: int = 16) -> list[float]:
        """One score per pair (the last label's, with two or more labels), as
        CrossEncoder.predict gives it."""
        if not pairs:
            return []
        encodings = self._transformer.encode([(query, text) for query, text in pairs])
        scores: list[float] = [0.0] * len(pairs)
        for batch in batches_by_length(encodings, batch_size):
            logits, _ = self._transformer.run([encodings[index] for index in batch], "logits")
            values = _activate(logits.astype(np.float32).reshape(len(batch), -1), self.activation)
            for row, index in enumerate(batch):
                scores[index] = float(values[row, -1])
        return scores


# --- what the folder's configuration says ----------------------------------------------------


def read_pooling_modes(folder: Path) -> tuple[str, ...]:
    """The pooling of `1_Pooling/config.json` (or the folder modules.json names), in
    sentence-transformers' order; mean when there is no config."""
    config = read_json(_pooling_folder(folder) / "config.json")
    mode = config.get("pooling_mode")
    if isinstance(mode, str):
        modes = {mode}
    elif isinstance(mode, list):
        modes = {str(item) for item in mode}
    else:
        modes = {name for key, name in _POOLING_KEYS.items() if config.get(key)}
    unknown = modes.difference(_POOLING_ORDER)
    if unknown:
        raise OnnxModelError(f"unknown pooling mode {sorted(unknown)} in {folder}")
    return tuple(name for name in _POOLING_ORDER if name in modes) or ("mean",)


def _pooling_folder(folder: Path) -> Path:
    modules = read_json(folder / "modules.json", default=[])
    for module in modules if isinstance(modules, list) else []:
        if isinstance(module, dict) and str(module.get("type", "")).endswith("Pooling"):
            return folder / str(module.get("path") or "1_Pooling")
    return folder / "1_Pooling"


def pool(tokens: np.ndarray, mask: np.ndarray, modes: Sequence[str]) -> np.ndarray:
    """sentence-transformers' Pooling of right-padded token vectors (batch, tokens, dim)."""
    tokens = tokens.astype(np.float32, copy=False)
    weights = mask[:, :, None].astype(np.float32)
    counts = np.maximum(weights.sum(axis=1), 1e-9)
    lengths = mask.sum(axis=1)
    rows = np.arange(tokens.shape[0])
    parts = []
    for mode in modes:
        if mode == "cls":
            parts.append(tokens[rows, mask.argmax(axis=1)])
        elif mode == "max":
            parts.append(np.where(weights > 0, tokens, -np.inf).max(axis=1))
        elif mode == "mean":
            parts.append((tokens * weights).sum(axis=1) / counts)
        elif mode == "mean_sqrt_len_tokens":
            parts.append((tokens * weights).sum(axis=1) / np.sqrt(counts))
        elif mode == "weightedmean":
            positions = np.arange(1, tokens.shape[1] + 1, dtype=np.float32)[None, :, None]
            weighted = weights * positions
            parts.append((tokens * weighted).sum(axis=1) / np.maximum(weighted.sum(axis=1), 1e-9))
        elif mode == "lasttoken":
            parts.append(tokens[rows, np.maximum(lengths - 1, 0)])
    return np.concatenate(parts, axis=-1)


def cross_encoder_max_length(folder: Path) -> int:
    """The tokens a CrossEncoder reads per pair: its own setting, else the tokenizer's limit."""
    for value in (
        read_json(folder / "sentence_bert_config.json").get("max_seq_length"),
        read_json(folder / "tokenizer_config.json").get("model_max_length"),
    ):
        if isinstance(value, int | float) and 0 < value < _NO_LIMIT:
            return int(value)
    return _DEFAULT_CROSS_ENCODER_LENGTH


def cross_encoder_activation(folder: Path) -> str:
    """ "sigmoid", "identity", "tanh" or "softmax": what CrossEncoder.predict applies.

    Its own choice (config_sentence_transformers.json, or older: config.json), else sigmoid for
    one label and none for more, as sentence-transformers decides.
    """
    config = read_json(folder / "config.json")
    st_config = config.get("sentence_transformers")
    path = (
        read_json(folder / "config_sentence_transformers.json").get("activation_fn")
        or (st_config.get("activation_fn") if isinstance(st_config, dict) else None)
        or config.get("sbert_ce_default_activation_function")
    )
    if isinstance(path, str) and path:
        name = path.rsplit(".", 1)[-1].lower()
        return name if name in ("sigmoid", "identity", "tanh", "softmax") else "identity"
    labels = config.get("num_labels") or len(config.get("id2label") or {}) or 1
    return "sigmoid" if labels == 1 else "identity"


def _activate(logits: np.ndarray, activation: str) -> np.ndarray:
    if activation == "sigmoid":
        return 1.0 / (1.0 + np.exp(-logits))
    if activation == "tanh":
        return np.tanh(logits)
    if activation == "softmax":
        shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
        return shifted / shifted.sum(axis=-1, keepdims=True)
    return logits


def _pad_token_id(tokenizer: Tokenizer, folder: Path) -> int:
    padding = tokenizer.padding
    if padding and isinstance(padding.get("pad_id"), int):
        return padding["pad_id"]
    for source in ("special_tokens_map.json", "tokenizer_config.json"):
        token = read_json(folder / source).get("pad_token")
        if isinstance(token, dict):
            token = token.get("content")
        if isinstance(token, str) and tokenizer.token_to_id(token) is not None:
            return tokenizer.token_to_id(token)
    return 0


def default_threads() -> int | None:
    """LOKAL_ONNX_THREADS when set (benchmarks), else None: onnxruntime's own default."""
    value = os.environ.get("LOKAL_ONNX_THREADS", "")
    return int(value) if value.isdigit() and int(value) > 0 else None
