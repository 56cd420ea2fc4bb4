"""Export a sentence-transformers model's transformer to ONNX, for onnxruntime (onnx_encoder.py).

Done once per model where torch is installed: at build time for the bundled embedder
(build/export_onnx.py), after downloading a model whose repository has no ONNX weights, or when
a reranker without them is first loaded. torch, transformers and onnx are imported only inside
these functions, never when this module is imported: the app's run time has none of them.

How: transformers loads the model with its plain ("eager") attention, and the TorchScript
exporter (`torch.onnx.export(..., dynamo=False)`, opset 17; it needs the `onnx` package) traces
it on a padded batch, with the batch and sequence axes dynamic. fp32, no quantisation: the
vectors must be sentence-transformers' own to 1e-4. Inputs input_ids, attention_mask and, when
the model takes them, token_type_ids; the output `last_hidden_state` (embedders) or `logits`
(cross-encoders), as Hugging Face's own ONNX exports name them.

Every export is atomic: the ONNX file is written under a temporary name and renamed, and a new
model folder is assembled beside its target and renamed into place, so a half-written export
never looks finished (paths.py takes a folder with tokenizer.json as ready).
"""

from __future__ import annotations

import importlib.util
import inspect
import os
import shutil
import warnings
from pathlib import Path

from desktop_app.core.embedder import prepare_offline_loading
from desktop_app.core.onnx_files import ONNX_FILE

OPSET = 17
# Weights in formats onnxruntime does not read; the export replaces them.
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".h5", ".msgpack", ".ot", ".onnx", ".onnx_data")
_SKIPPED_FOLDERS = ("onnx", "openvino")
_SKIPPED_NAMES = (".gitattributes",)


def torch_available() -> bool:
    """Whether an export can run here: torch, transformers and onnx are installed (found
    without importing them)."""
    return all(importlib.util.find_spec(name) for name in ("torch", "transformers", "onnx"))


def export_embedding_model(source_folder: Path | str, target_folder: Path | str) -> Path:
    """Make `target_folder` the ONNX form of the sentence-transformers model in `source_folder`:
    its tokenizer, configs and modules (1_Pooling/...) copied, the weights replaced by
    `onnx/model.onnx`. Replaces an older target. Returns the ONNX file."""
    source, target = Path(source_folder), Path(target_folder)
    staging = target.with_name(f".{target.name}.export-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        _copy_model_files(source, staging)
        _export(source, staging / ONNX_FILE, classifier=False)
        _replace_folder(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target / ONNX_FILE


def export_embedding_model_in_place(folder: Path | str) -> Path:
    """Add `onnx/model.onnx` to a sentence-transformers embedding folder (its weights stay)."""
    folder = Path(folder)
    return _export(folder, folder / ONNX_FILE, classifier=False)


def export_cross_encoder(folder: Path | str) -> Path:
    """Add `onnx/model.onnx` (output `logits`) to a CrossEncoder folder (its weights stay)."""
    folder = Path(folder)
    return _export(folder, folder / ONNX_FILE, classifier=True)


def _copy_model_files(source: Path, staging: Path) -> None:
    """Everything of the model folder but its weights."""
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if relative.parts[0] in _SKIPPED_FOLDERS or path.is_dir():
            continue
        if path.name in _SKIPPED_NAMES or path.name.endswith(_WEIGHT_SUFFIXES):
            continue
        destination = staging / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)


def _replace_folder(staging: Path, target: Path) -> None:
    """Put `staging` in `target`'s place; an older target goes only once the new one is there."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    shutil.rmtree(old, ignore_errors=True)


def _export(model_folder: Path, onnx_file: Path, classifier: bool) -> Path:
    """Trace the transformer of `model_folder` into `onnx_file` (written atomically)."""
    prepare_offline_loading()
    import torch
    from transformers import AutoModel, AutoModelForSequenceClassification

    loader = AutoModelForSequenceClassification if classifier else AutoModel
    model = loader.from_pretrained(
        str(model_folder), attn_implementation="eager", local_files_only=True
    )
    model.eval()
    output_name = "logits" if classifier else "last_hidden_state"
    takes_token_types = "token_type_ids" in inspect.signature(model.forward).parameters
    input_names = ["input_ids", "attention_mask"] + (
        ["token_type_ids"] if takes_token_types else []
    )
    wrapper = _named_output_class()(model, output_name, takes_token_types)
    pad = model.config.pad_token_id if isinstance(model.config.pad_token_id, int) else 0
    # A padded batch: the attention mask must be traced as a real input, never folded away.
    ids = torch.tensor([[5, 6, 7, 8, 9, 10, 11, 12], [5, 6, 7, 8, pad, pad, pad, pad]])
    mask = torch.tensor([[1] * 8, [1] * 4 + [0] * 4])
    example = (ids, mask, torch.zeros_like(ids)) if takes_token_types else (ids, mask)
    axes = {name: {0: "batch", 1: "sequence"} for name in input_names}
    axes[output_name] = {0: "batch"} if classifier else {0: "batch", 1: "sequence"}

    onnx_file.parent.mkdir(parents=True, exist_ok=True)
    partial = onnx_file.with_name(f".{onnx_file.name}.{os.getpid()}.part")
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tracer's notes on Python-side shape checks
            torch.onnx.export(
                wrapper,
                example,
                str(partial),
                input_names=input_names,
                output_names=[output_name],
                dynamic_axes=axes,
                opset_version=OPSET,
                do_constant_folding=True,
                dynamo=False,
            )
        os.replace(partial, onnx_file)
    finally:
        partial.unlink(missing_ok=True)
    return onnx_file


def _named_output_class():
    """A torch module class can only be defined once torch is imported: made on first use."""
    import torch

    class NamedOutput(torch.nn.Module):
        """The transformer with positional inputs and one named output, as the tracer wants."""

        def __init__(self, model, output_name: str, takes_token_types: bool) -> None:
            super().__init__()
            self.model, self.output_name = model, output_name
            self.takes_token_types = takes_token_types

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            inputs = {"input_ids": input_ids, "attention_mask": attention_mask}
            if self.takes_token_types:
                inputs["token_type_ids"] = token_type_ids
            return getattr(self.model(**inputs), self.output_name)

    return NamedOutput
