"""The optional cross-encoder reranker: found in models/rerankers/, loaded offline, reorders hits.

The cross-encoder is built here from the bundled MiniLM (tests/standin_models.py): a real
CrossEncoder with an untrained classifier, so these tests check the plumbing (the hits come
back ordered by the model's own scores), not whether the order is good.
"""

from __future__ import annotations

import shutil

import pytest

from desktop_app import paths, services
from desktop_app.config import Settings, load_settings, save_settings
from desktop_app.core.errors import ModelError
from desktop_app.core.reranker import Reranker, is_cross_encoder, list_rerankers
from desktop_app.core.store_types import Hit
from tests.standin_models import CROSS_ENCODER_NAME, add_reranker, bundled_minilm, cross_encoder

QUERY = "Which city is the capital of Denmark?"
TEXTS = [
    "Copenhagen is the capital and most populous city of Denmark.",
    "Octave is a language for numerical computations.",
    "LaTeX typesets documents with mathematical formulas.",
    "Aarhus is the second-largest city in Denmark.",
    "The recipe needs two eggs and a cup of flour.",
]


@pytest.fixture(scope="module")
def cross_encoder_dir(tmp_path_factory):
    return cross_encoder(tmp_path_factory.getbasetemp())


def _hits(texts):
    return [
        Hit(
            path=f"/docs/{n}.txt", page=None, score=0.5 - n / 100, text=text, start=0, end=len(text)
        )
        for n, text in enumerate(texts)
    ]


@pytest.mark.slow  # is_cross_encoder reads the folders' models
def test_installed_rerankers_are_found(tmp_path, tmp_path_factory):
    models_dir = paths.models_dir(tmp_path)
    assert list_rerankers(models_dir) == [] == services.rerankers(tmp_path)
    folder = add_reranker(models_dir, tmp_path_factory.getbasetemp())
    shutil.copytree(bundled_minilm(), models_dir / "rerankers" / "an-embedding-model")
    (models_dir / "rerankers" / "empty").mkdir()
    found = services.rerankers(tmp_path)
    assert [(r.name, r.folder) for r in found] == [(CROSS_ENCODER_NAME, folder)]
    assert is_cross_encoder(folder)
    assert not is_cross_encoder(bundled_minilm())  # a BertModel: embeddings, not scores
    assert not is_cross_encoder(models_dir / "rerankers" / "empty")


@pytest.mark.slow  # loads the cross-encoder
def test_rerank_returns_the_same_hits_ordered_by_the_cross_encoders_scores(cross_encoder_dir):
    from sentence_transformers import CrossEncoder

    # The model's own scores, from sentence-transformers directly.
    direct = CrossEncoder(str(cross_encoder_dir), device="cpu", local_files_only=True)
    scores = [float(s) for s in direct.predict([(QUERY, text) for text in TEXTS])]
    assert len(set(scores)) == len(scores)
    # Hand them over worst first, so the reranker must turn the order round.
    ascending = sorted(TEXTS, key=lambda text: scores[TEXTS.index(text)])
    hits = _hits(ascending)

    reranker = Reranker(cross_encoder_dir)
    assert reranker.name == CROSS_ENCODER_NAME
    assert reranker.scores(QUERY, TEXTS) == pytest.approx(scores, abs=1e-5)
    reranked = reranker.rerank(QUERY, hits)
    assert [hit.text for hit in reranked] == sorted(
        TEXTS, key=lambda text: scores[TEXTS.index(text)], reverse=True
    )
    assert [hit.text for hit in reranked] == [hit.text for hit in reversed(hits)]
    assert {id(hit) for hit in reranked} == {id(hit) for hit in hits}  # the same Hit objects
    assert hits[0].text == ascending[0]  # the caller's list is left as it was


def test_rerank_of_nothing_or_one_hit_needs_no_model(cross_encoder_dir):
    reranker = Reranker(cross_encoder_dir)
    one = _hits(TEXTS[:1])
    assert reranker.rerank(QUERY, []) == []
    assert reranker.rerank(QUERY, one) == one
    assert reranker.scores(QUERY, []) == []
    assert reranker._model is None  # not loaded for that


def test_a_folder_that_is_no_cross_encoder_is_refused(tmp_path):
    with pytest.raises(ModelError) as error:
        Reranker(tmp_path / "missing")
    assert error.value.code == "model_not_found"
    with pytest.raises(ModelError):
        Reranker(bundled_minilm())


def test_settings_choose_the_reranker(tmp_path, cross_encoder_dir):
    settings = Settings()
    assert settings.index.reranker == ""
    assert services.make_reranker(settings) is None
    settings.index.reranker = str(cross_encoder_dir)
    save_settings(settings, tmp_path)
    assert load_settings(tmp_path) == settings
    reranker = services.make_reranker(load_settings(tmp_path))
    assert isinstance(reranker, Reranker) and reranker.folder == cross_encoder_dir
    assert reranker._model is None  # loaded when first used, not when made
    settings.index.reranker = str(tmp_path / "deleted-since")
    assert services.make_reranker(settings) is None  # a missing reranker only means no reranking


def _copy_without_onnx(folder, tmp_path):
    copy = tmp_path / folder.name
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("onnx"))
    return copy


@pytest.mark.slow  # exports the cross-encoder with torch, then loads it with both backends
def test_the_first_load_exports_to_onnx_and_scores_as_sentence_transformers(
    cross_encoder_dir, tmp_path
):
    from desktop_app.core.onnx_encoder import ONNX_FILE

    folder = _copy_without_onnx(cross_encoder_dir, tmp_path)
    reranker = Reranker(folder)
    assert reranker.backend == "onnx" and not (folder / ONNX_FILE).exists()
    long_text = " ".join(f"Paragraph {n} on the tax rules for invoices." for n in range(80))
    texts = [*TEXTS, long_text]  # longer than 512 tokens with the query: truncated alike
    onnx_scores = reranker.scores(QUERY, texts)
    assert (folder / ONNX_FILE).is_file()
    assert [p.name for p in (folder / "onnx").iterdir()] == ["model.onnx"]  # no temporary left
    torch_scores = Reranker(folder, backend="torch").scores(QUERY, texts)
    assert onnx_scores == pytest.approx(torch_scores, abs=1e-4)


def test_a_reranker_without_onnx_where_there_is_no_torch_says_so(cross_encoder_dir, tmp_path):
    # "No torch" is the onnx backend asked for: what an installation without torch does.
    folder = _copy_without_onnx(cross_encoder_dir, tmp_path)
    reranker = Reranker(folder, backend="onnx")
    with pytest.raises(ModelError) as error:
        reranker.load()
    assert error.value.code == "reranker_needs_onnx"
    assert CROSS_ENCODER_NAME in error.value.message
    assert not (folder / "onnx").exists()
