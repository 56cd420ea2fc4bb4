"""Installed embedding models are found, described, and used with the prefixes they need.

The "multilingual-e5-small" here is the bundled all-MiniLM-L6-v2 under that name (see
tests/standin_models.py): no network, so the real E5 cannot be fetched. It checks discovery, that
"query: " / "passage: " reach the encoder, and the chunk budget; not E5's quality.
"""

from __future__ import annotations

import json
import shutil

import pytest

from desktop_app import paths, services
from desktop_app.config import Settings
from desktop_app.core.models.embedders import (
    describe_embedding_model,
    is_embedding_model,
    list_embedding_models,
    model_card_languages,
    prefixes_for,
)
from tests.standin_models import E5_NAME, add_e5_standin, bundled_minilm, cross_encoder


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data") / "models"
    add_e5_standin(folder)
    return folder


@pytest.fixture(scope="module")
def e5_embedder(models_dir):
    settings = Settings()
    settings.index.embedding_model = str(models_dir / "embeddings" / E5_NAME)
    embedder = services.make_embedder(settings)
    embedder.load()
    return embedder


def _tokenizer_only(folder, *config_files):
    """A folder with the files discovery reads (no weights: nothing here loads it)."""
    folder.mkdir(parents=True)
    shutil.copy(bundled_minilm() / "tokenizer.json", folder)
    for name in config_files:
        shutil.copy(bundled_minilm() / name, folder)
    return folder


@pytest.mark.slow  # its stand-in cross-encoder is made by loading the bundled model
def test_bundled_model_comes_first_then_each_installed_one(models_dir, tmp_path_factory):
    embeddings = models_dir / "embeddings"
    _tokenizer_only(embeddings / "Alpha-sentence-bert", "sentence_bert_config.json")
    _tokenizer_only(embeddings / "no-st-config")  # plain transformers folder: not listed
    (embeddings / "weights-only").mkdir()
    (embeddings / "weights-only" / "modules.json").write_text("[]")  # no tokenizer.json
    _tokenizer_only(embeddings / ".partial-download", "modules.json")  # hidden: not listed
    (embeddings / "stray.txt").write_text("not a model")
    # A cross-encoder has sentence-transformers files too, but it is no embedding model.
    shutil.copytree(cross_encoder(tmp_path_factory.getbasetemp()), embeddings / "a-cross-encoder")
    try:
        models = list_embedding_models(models_dir, bundled_minilm(), "all-MiniLM-L6-v2")
        assert [m.name for m in models] == ["all-MiniLM-L6-v2", "Alpha-sentence-bert", E5_NAME]
        bundled, alpha, e5 = models
        assert bundled.bundled and not alpha.bundled and not e5.bundled
        assert bundled.folder == bundled_minilm()
        assert (bundled.multilingual, bundled.query_prefix, bundled.passage_prefix) == (
            False,
            "",
            "",
        )  # its card says "language: en"
        assert bundled.max_seq_length == 256
        assert e5.folder == models_dir / "embeddings" / E5_NAME
        assert e5.multilingual  # its card lists several languages
        assert (e5.query_prefix, e5.passage_prefix) == ("query: ", "passage: ")
        assert not alpha.multilingual and alpha.query_prefix == ""
    finally:
        for name in ("Alpha-sentence-bert", "no-st-config", "weights-only", ".partial-download"):
            shutil.rmtree(embeddings / name)
        shutil.rmtree(embeddings / "a-cross-encoder")
        (embeddings / "stray.txt").unlink()


def test_no_models_folder_lists_only_the_bundled_model(tmp_path):
    assert [m.name for m in list_embedding_models(tmp_path / "missing", bundled_minilm())] == [
        bundled_minilm().name  # the bundled folder's own name when no name is given
    ]
    assert list_embedding_models(tmp_path, None) == []


@pytest.mark.parametrize(
    ("front_matter", "languages"),
    [
        ("language:\n- multilingual\n- da\n- de\nlicense: mit\n", ["multilingual", "da", "de"]),
        ("license: mit\nlanguage:\n  - en\n  - 'sv'  # Swedish\ntags:\n- x\n", ["en", "sv"]),
        ("language: en\n", ["en"]),
        ("language: [en, da]\n", ["en", "da"]),
        ("license: mit\n", []),
    ],
)
def test_model_card_languages(tmp_path, front_matter, languages):
    (tmp_path / "README.md").write_text(f"---\n{front_matter}---\n\n# language: none\n")
    assert model_card_languages(tmp_path) == languages


@pytest.mark.parametrize(
    ("name", "card", "multilingual", "prefixes"),
    [
        # No model card: the name decides (documented in core/models/embedders.py).
        ("paraphrase-multilingual-MiniLM-L12-v2", None, True, ("", "")),
        ("multilingual-e5-base", None, True, ("query: ", "passage: ")),
        ("e5-small-v2", None, True, ("query: ", "passage: ")),
        ("bge-small-en-v1.5", None, False, ("", "")),
        # A card wins over the name: English-only E5 says so.
        ("e5-small-v2", "language:\n- en\n", False, ("query: ", "passage: ")),
        ("all-mpnet-base-v2", "language:\n- en\n- de\n", True, ("", "")),
    ],
)
def test_multilingual_and_prefixes_from_card_or_name(tmp_path, name, card, multilingual, prefixes):
    folder = _tokenizer_only(tmp_path / name, "modules.json")
    if card:
        (folder / "README.md").write_text(f"---\n{card}---\n")
    model = describe_embedding_model(folder)
    assert model.name == name and is_embedding_model(folder)
    assert model.multilingual is multilingual
    assert (model.query_prefix, model.passage_prefix) == prefixes


def test_the_models_own_prompts_win_over_the_name_table(tmp_path):
    folder = _tokenizer_only(tmp_path / "some-e5-model", "modules.json")
    prompts = {"query": "Represent this question: ", "document": ""}
    (folder / "config_sentence_transformers.json").write_text(json.dumps({"prompts": prompts}))
    assert prefixes_for(folder, folder.name) == ("Represent this question: ", "")
    assert prefixes_for(None, "intfloat/multilingual-e5-small") == ("query: ", "passage: ")
    assert prefixes_for(None, "gte5-like-name") == ("", "")  # "e5" inside a word is not E5


def test_bundled_embedder_has_no_prefixes(embedder):
    assert embedder.name == paths.BUNDLED_EMBEDDING_MODEL_NAME
    assert (embedder.query_prefix, embedder.passage_prefix) == ("", "")
    assert embedder.max_text_tokens == 254


def test_e5_prefixes_reach_the_encoder(embedder, e5_embedder):
    """The stand-in has MiniLM's weights, so the plain MiniLM shows what the encoder was given."""
    assert e5_embedder.name == E5_NAME
    assert (e5_embedder.query_prefix, e5_embedder.passage_prefix) == ("query: ", "passage: ")
    query = e5_embedder.encode_query("Hvor ligger København?")
    assert query == pytest.approx(embedder.encode(["query: Hvor ligger København?"])[0], abs=1e-5)
    assert query != pytest.approx(embedder.encode(["Hvor ligger København?"])[0], abs=1e-3)
    passages = e5_embedder.encode(["Copenhagen is in Denmark.", "Berlin is in Germany."])
    expected = embedder.encode(
        ["passage: Copenhagen is in Denmark.", "passage: Berlin is in Germany."]
    )
    for got, want in zip(passages, expected, strict=True):
        assert got == pytest.approx(want, abs=1e-5)
    assert e5_embedder.encode([]) == []


def test_the_passage_prefix_counts_against_the_chunk_size(embedder, e5_embedder):
    prefix_tokens = embedder.count_tokens("passage: ")
    assert prefix_tokens == 2  # "passage", ":"
    assert e5_embedder.max_text_tokens == embedder.max_text_tokens - prefix_tokens == 252
    settings = Settings()
    assert services.chunking_options(settings, e5_embedder).max_tokens == 192  # the default
    settings.index.chunk_tokens = None  # "as the embedder reads": its limit, prefix taken off
    assert services.chunking_options(settings, e5_embedder).max_tokens == 252
    # A passage of exactly that many tokens still fits the model with its prefix: nothing is cut.
    text = " ".join(["word"] * e5_embedder.max_text_tokens)
    assert e5_embedder.count_tokens(text) == e5_embedder.max_text_tokens
    full = e5_embedder._tokenizer.encode(e5_embedder.passage_prefix + text)  # with [CLS], [SEP]
    assert len(full.ids) == e5_embedder.max_seq_length


def test_services_lists_the_installed_models(tmp_path):
    add_e5_standin(paths.models_dir(tmp_path))
    models = services.embedding_models(tmp_path)
    assert [(m.name, m.bundled, m.multilingual) for m in models] == [
        (paths.BUNDLED_EMBEDDING_MODEL_NAME, True, False),
        (E5_NAME, False, True),
    ]
