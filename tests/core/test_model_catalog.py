"""The curated model catalog: the shipped file is complete and sane, a broken one fails clearly."""

from __future__ import annotations

import copy
import json
import re

import pytest

from desktop_app import paths
from desktop_app.core.models.catalog import (
    GIB,
    CatalogError,
    catalog_path,
    load_catalog,
    min_ram_for,
    parse_catalog,
)

# The families the catalog issue names; each must be offered at least once.
FAMILIES = {
    "Llama 3.x",
    "Mistral",
    "Qwen2.5",
    "Qwen3",
    "Gemma 3",
    "Phi",
    "OLMo 2",
    "DeepSeek-R1 Distill",
    "gpt-oss",
    "Falcon 3",
    "SmolLM2",
}
LANGUAGES = ("en", "da", "sv", "de")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(catalog_path(paths.resources_dir()))


def _valid_entry(**changes):
    entry = {
        "id": "tiny-q4_k_m",
        "family": "Tiny",
        "name": "Tiny",
        "repo_id": "owner/Tiny-GGUF",
        "filename": "tiny-q4_k_m.gguf",
        "quantization": "Q4_K_M",
        "parameters": "1B",
        "size_bytes": 800_000_000,
        "size_exact": True,
        "license": "Apache-2.0",
        "reasoning": False,
        "description": {"en": "A tiny model.", "da": "En lille model."},
        "source": "https://huggingface.co/owner/Tiny-GGUF",
    }
    entry.update(changes)
    return entry


def _write(tmp_path, data):
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- the shipped catalog -------------------------------------------------------------------------


def test_the_shipped_catalog_loads(catalog):
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", catalog.version)
    assert len(catalog) >= len(FAMILIES)


def test_every_family_is_covered_with_one_to_four_entries(catalog):
    assert set(catalog.families) >= FAMILIES
    for family in catalog.families:
        count = sum(1 for entry in catalog if entry.family == family)
        assert 1 <= count <= 4, family


def test_ids_and_files_are_unique(catalog):
    ids = [entry.id for entry in catalog]
    assert len(ids) == len(set(ids))
    files = [entry.filename for entry in catalog]  # downloads land under the file's name
    assert len(files) == len(set(files))


def test_every_entry_names_a_single_gguf_in_an_owner_name_repo(catalog):
    for entry in catalog:
        assert entry.filename.endswith(".gguf"), entry.id
        # A split model ("-00001-of-00002.gguf") would need every part; the catalog has none.
        assert not re.search(r"-\d{5}-of-\d{5}\.gguf$", entry.filename), entry.id
        owner, _, name = entry.repo_id.partition("/")
        assert owner and name and "/" not in name, entry.id
        assert entry.url == f"https://huggingface.co/{entry.repo_id}"


def test_every_entry_has_a_license_a_source_and_four_descriptions(catalog):
    for entry in catalog:
        assert entry.license.strip(), entry.id
        assert entry.source.startswith("https://"), entry.id
        for language in LANGUAGES:
            text = entry.description.get(language, "")
            assert text.strip(), (entry.id, language)
            assert "\n" not in text, (entry.id, language)  # one line each


def test_sizes_are_unknown_or_plausible_for_the_parameter_count(catalog):
    # A 4-bit-ish file holds roughly 0.5-0.7 bytes per parameter (embeddings and the odd 6- or
    # 8-bit tensor push small models up); outside 0.3-1.2 the size or the label has a typo.
    for entry in catalog:
        if entry.size_bytes is None:
            assert entry.min_ram_bytes is None
            continue
        per_parameter = entry.size_bytes / entry.parameter_count
        assert 0.3 <= per_parameter <= 1.2, (entry.id, per_parameter)
        assert entry.min_ram_bytes > entry.size_bytes


def test_rounded_sizes_look_rounded(catalog):
    # A size taken from the hub's file listing ("4.37 GB") keeps three significant digits; one
    # that looks exact must be marked so, or the Models page would show false precision.
    for entry in catalog:
        if entry.size_bytes is not None and not entry.size_exact:
            digits = str(entry.size_bytes).rstrip("0")
            assert len(digits) <= 3, entry.id


def test_reasoning_models_are_flagged(catalog):
    reasoning = {entry.family for entry in catalog if entry.reasoning}
    assert {"Qwen3", "DeepSeek-R1 Distill", "gpt-oss"} <= reasoning
    assert not any(entry.reasoning for entry in catalog if entry.family == "SmolLM2")


def test_find_by_repo_and_file(catalog):
    entry = catalog.entries[0]
    assert catalog.find(entry.repo_id, entry.filename) is entry
    assert catalog.find(entry.repo_id.upper(), entry.filename) is entry  # repo ids ignore case
    assert catalog.find(entry.repo_id, "no-such-file.gguf") is None
    assert catalog.get(entry.id) is entry
    assert catalog.get("no-such-id") is None
    assert catalog.find_file(entry.filename) is entry
    assert catalog.find_file(entry.filename.upper()) is None  # file names keep their case


# --- rules and lookups ---------------------------------------------------------------------------


def test_min_ram_is_the_documented_rule():
    assert min_ram_for(None) is None
    assert min_ram_for(1_000_000_000) == 1_200_000_000 + GIB


def test_description_falls_back_to_english(tmp_path):
    catalog = load_catalog(
        _write(tmp_path, {"format": 1, "version": "1", "models": [_valid_entry()]})
    )
    entry = catalog.entries[0]
    assert entry.description_for("da") == "En lille model."
    assert entry.description_for("da_DK") == "En lille model."
    assert entry.description_for("DA-dk") == "En lille model."
    assert entry.description_for("sv") == "A tiny model."
    assert entry.description_for("") == "A tiny model."


def test_parameter_labels_become_counts():
    catalog = parse_catalog(
        {
            "format": 1,
            "version": "1",
            "models": [
                _valid_entry(id="a", parameters="360M", filename="a.gguf"),
                _valid_entry(id="b", parameters="1.5B", filename="b.gguf"),
            ],
        }
    )
    assert [entry.parameter_count for entry in catalog] == [360e6, 1.5e9]


def test_an_unknown_size_is_allowed():
    entry = _valid_entry(size_bytes=None)
    del entry["size_exact"]
    catalog = parse_catalog({"format": 1, "version": "1", "models": [entry]})
    assert catalog.entries[0].size_bytes is None
    assert catalog.entries[0].min_ram_bytes is None


# --- malformed catalogs --------------------------------------------------------------------------


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CatalogError, match="not found"):
        load_catalog(tmp_path / "nope.json")


def test_broken_json_is_a_clear_error(tmp_path):
    path = tmp_path / "catalog.json"
    path.write_text('{"format": 1, "models": [', encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_catalog(path)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda c: c.update(format=2), "unknown catalog format 2"),
        (lambda c: c.pop("format"), "unknown catalog format None"),
        (lambda c: c.update(version=""), "'version'"),
        (lambda c: c.update(models=[]), "'models' must be a non-empty list"),
        (lambda c: c["models"].append(_valid_entry(filename="other.gguf")), "duplicate id"),
        (lambda c: c["models"].append(_valid_entry(id="other")), "listed twice"),
        (
            lambda c: c["models"].append(_valid_entry(id="other", repo_id="someone/Else-GGUF")),
            "listed twice",
        ),
        (lambda c: c["models"][0].update(filename="tiny.bin"), r"must be a \.gguf file name"),
        (lambda c: c["models"][0].update(filename="sub/tiny.gguf"), r"\.gguf file name"),
        (lambda c: c["models"][0].update(repo_id="Tiny-GGUF"), "owner/name"),
        (lambda c: c["models"][0].update(id="Tiny Model"), "id must be lowercase"),
        (lambda c: c["models"][0].pop("license"), "missing field 'license'"),
        (lambda c: c["models"][0].update(license=" "), "'license' is empty"),
        (lambda c: c["models"][0].update(size_bytes="800 MB"), "'size_bytes' has the wrong type"),
        (lambda c: c["models"][0].update(size_bytes=True), "'size_bytes' has the wrong type"),
        (lambda c: c["models"][0].update(size_bytes=-1), "size_bytes must be positive"),
        (lambda c: c["models"][0].pop("size_exact"), "needs 'size_exact'"),
        (lambda c: c["models"][0].update(parameters="1.5 billion"), "parameters"),
        (lambda c: c["models"][0].update(source="somewhere"), "https://"),
        (lambda c: c["models"][0].update(description={"da": "Kun dansk."}), "'en' text"),
        (lambda c: c["models"][0].update(description={"en": "x", "dan": "y"}), "2-letter"),
        (lambda c: c["models"][0].update(sha256="ab" * 32), r"unknown field\(s\) sha256"),
        (lambda c: c["models"].__setitem__(0, "tiny"), "must be a JSON object"),
    ],
)
def test_a_malformed_catalog_is_rejected_with_a_clear_error(tmp_path, mutate, message):
    data = {"format": 1, "version": "2026.1.1", "models": [_valid_entry()]}
    mutate(data)
    with pytest.raises(CatalogError, match=message) as raised:
        load_catalog(_write(tmp_path, data))
    assert isinstance(raised.value, ValueError)
    assert "catalog.json" in str(raised.value)  # says which file


def test_the_shipped_catalog_rejects_a_duplicated_entry(catalog, tmp_path):
    # The validation runs on real data too, not just on the toy entry above.
    data = json.loads(catalog_path(paths.resources_dir()).read_text(encoding="utf-8"))
    data["models"].append(copy.deepcopy(data["models"][0]))
    with pytest.raises(CatalogError, match="duplicate id"):
        load_catalog(_write(tmp_path, data))


# --- one display name per model file ---------------------------------------------------------


def test_the_bundled_model_is_shown_by_its_published_name():
    from desktop_app.core.models.registry import BUNDLED_MODEL_NAME, describe

    bundled = describe(paths.bundled_chat_model(), bundled=True)
    assert bundled.name == "Smollm2 135M 8k Lc100K Mix1 Ep2"  # what its header says
    assert bundled.display_name() == BUNDLED_MODEL_NAME == "SmolLM2 135M Instruct"


def test_a_downloaded_catalog_model_is_shown_by_the_catalog_name(catalog, tmp_path):
    from desktop_app.core.models.registry import describe
    from tests.model_files import write_gguf

    entry = catalog.get("qwen2.5-1.5b-instruct-q4_k_m")
    path = write_gguf(tmp_path / entry.filename, "qwen2", "qwen2.5-1.5b-instruct")
    model = describe(path)
    assert model.display_name(catalog) == entry.name == "Qwen2.5 1.5B Instruct"
    assert model.display_name() == "qwen2.5-1.5b-instruct"  # no catalog: the header's name


def test_another_file_is_shown_by_its_header_name_or_a_tidy_file_name(catalog, tmp_path):
    from desktop_app.core.models.registry import describe, display_name, tidy_file_name
    from tests.model_files import write_gguf

    named = describe(write_gguf(tmp_path / "x.gguf", "llama", "My Own Llama"))
    assert named.display_name(catalog) == "My Own Llama"
    unreadable = tmp_path / "Mistral-Nemo-Instruct-2407-Q4_K_M.gguf"
    assert display_name(unreadable, None, catalog=catalog) == "Mistral Nemo Instruct 2407"
    assert tidy_file_name("qwen2.5-7b-instruct.q8_0.gguf") == "qwen2.5 7b instruct"
    assert tidy_file_name("phi_4_mini-IQ3_XXS.gguf") == "phi 4 mini"
    assert tidy_file_name("gpt-oss-20b-MXFP4.gguf") == "gpt oss 20b"
    assert tidy_file_name("model.gguf") == "model"


# --- the model a new user is offered -----------------------------------------------------------


def _hardware(ram_gib: float, vram_gib: float | None = None):
    from desktop_app.core.models.hardware import Hardware

    return Hardware(
        available_ram=int(ram_gib * GIB),
        total_ram=int(ram_gib * GIB) + GIB,
        gpu_offload=vram_gib is not None,
        free_vram=int(vram_gib * GIB) if vram_gib is not None else None,
    )


def _recommended(catalog, machine):
    from desktop_app.core.models.fit import catalog_fit, recommended_model

    fits = {entry.id: catalog_fit(entry.min_ram_bytes, machine) for entry in catalog}
    return recommended_model(catalog, fits, machine), fits


@pytest.mark.parametrize("ram_gib", [2.5, 4, 8, 16, 64])
def test_the_recommended_model_fits_and_is_the_largest_that_does_on_the_cpu(catalog, ram_gib):
    from desktop_app.core.models.fit import CPU_RECOMMENDATION_CAP, Fit

    entry, fits = _recommended(catalog, _hardware(ram_gib))
    assert entry is not None
    assert fits[entry.id] is Fit.FITS and not entry.reasoning
    assert entry.parameter_count <= CPU_RECOMMENDATION_CAP
    bigger = [
        other
        for other in catalog
        if fits[other.id] is Fit.FITS
        and not other.reasoning
        and entry.parameter_count < other.parameter_count <= CPU_RECOMMENDATION_CAP
    ]
    assert not bigger


def test_a_gpu_with_room_gets_a_larger_model_and_a_small_machine_a_small_one(catalog):
    from desktop_app.core.models.fit import CPU_RECOMMENDATION_CAP

    on_gpu, _ = _recommended(catalog, _hardware(32, vram_gib=24))
    assert on_gpu.parameter_count > CPU_RECOMMENDATION_CAP
    small, _ = _recommended(catalog, _hardware(2.5))
    assert small.min_ram_bytes <= 2.5 * GIB * 0.8
    assert _recommended(catalog, _hardware(0.5))[0] is None  # nothing fits: nothing offered
