"""Model files: what a GGUF header says, memory fit, presets, and adding a model by link or copy.

Real files throughout: the bundled SmolLM2 GGUF, copies and truncations of it, and small GGUFs
written with the `gguf` package (an architecture llama.cpp doesn't know).
"""

from __future__ import annotations

import shutil

import pytest

from desktop_app.core.errors import ModelError
from desktop_app.core.models import fit, registry
from desktop_app.core.models.gguf_info import read_gguf_info
from desktop_app.core.models.hardware import Hardware
from desktop_app.core.models.importing import (
    CopyProgress,
    ModelAdded,
    add_model,
    check_model_file,
)
from desktop_app.core.models.presets import PRESETS, family_of, preset_for
from tests.model_files import write_unknown_architecture

GB = 1_000_000_000


def test_header_tells_parameters_quantization_license_and_cache_width(chat_model_path):
    info = read_gguf_info(chat_model_path)
    assert info.architecture == "llama"
    assert info.quantization == "Q4_1"  # as the file name says
    # SmolLM2-135M: the tensor table sums to about 135 million parameters.
    assert 120e6 < info.parameter_count < 170e6
    assert info.size_label.endswith("M")
    assert info.license and "apache" in info.license.lower()
    # 30 layers, 3 KV heads of 64 wide, keys and values, 2 bytes each
    assert info.layer_count == 30
    assert info.kv_bytes_per_token == 30 * 3 * (64 + 64) * 2


def test_local_models_list_the_bundled_model_with_its_header(tmp_path, chat_model_path):
    models = registry.list_local_models(tmp_path, chat_model_path)
    assert len(models) == 1
    bundled = models[0]
    assert bundled.bundled and bundled.problem is None
    assert bundled.quantization == "Q4_1" and bundled.has_chat_template
    assert bundled.to_json()["parameters"] == bundled.parameters


def test_fit_verdicts_follow_free_memory(chat_model_path):
    info = read_gguf_info(chat_model_path)
    size = chat_model_path.stat().st_size
    roomy = Hardware(available_ram=16 * GB, total_ram=32 * GB, gpu_offload=False)
    cramped = Hardware(available_ram=450_000_000, total_ram=8 * GB, gpu_offload=False)
    tiny = Hardware(available_ram=100_000_000, total_ram=8 * GB, gpu_offload=False)
    assert fit.estimate_fit(info, size, roomy).fit is fit.Fit.FITS
    assert fit.estimate_fit(info, size, cramped, context_length=2048).fit is fit.Fit.TIGHT
    assert fit.estimate_fit(info, size, tiny).fit is fit.Fit.WONT_FIT
    # The loaded model's memory comes back when switching: it counts as available.
    freed = fit.estimate_fit(info, size, tiny, freed_by_switch=16 * GB)
    assert freed.fit is fit.Fit.FITS


def test_auto_context_uses_the_trained_length_and_shrinks_when_memory_is_short(chat_model_path):
    info = read_gguf_info(chat_model_path)
    size = chat_model_path.stat().st_size
    assert fit.auto_context_length(info, size, 16 * GB) == 8192  # trained length, capped
    # With little memory the window halves, but never below 2048.
    short = fit.auto_context_length(info, size, 500_000_000)
    assert 2048 <= short < 8192
    assert fit.auto_context_length(info, size, 1) == 2048


def test_auto_gpu_layers(chat_model_path):
    info = read_gguf_info(chat_model_path)
    size = chat_model_path.stat().st_size
    cpu = Hardware(16 * GB, 32 * GB, gpu_offload=False)
    assert fit.auto_gpu_layers(info, size, 4096, cpu) == 0
    big_gpu = Hardware(16 * GB, 32 * GB, True, "GPU", free_vram=8 * GB)
    assert fit.auto_gpu_layers(info, size, 4096, big_gpu) == -1  # all of them
    small_gpu = Hardware(16 * GB, 32 * GB, True, "GPU", free_vram=400_000_000)
    layers = fit.auto_gpu_layers(info, size, 4096, small_gpu)
    assert 0 < layers < info.layer_count


def test_presets_follow_the_model_family(chat_model_path, tmp_path):
    info = read_gguf_info(chat_model_path)
    assert family_of(info) == "smollm2"
    assert preset_for(info) == PRESETS["smollm2"]
    qwen3 = read_gguf_info(chat_model_path)
    qwen3.metadata["general.name"] = "Qwen3 4B"
    qwen3.metadata["general.architecture"] = "qwen3"
    assert preset_for(qwen3).top_k == 20
    r1 = read_gguf_info(chat_model_path)
    r1.metadata["general.name"] = "DeepSeek R1 Distill Qwen 1.5B"
    r1.metadata["general.architecture"] = "qwen2"
    assert family_of(r1) == "deepseek-r1"


# -- adding a model -------------------------------------------------------------------------


def test_a_good_model_file_passes_the_check(chat_model_path):
    assert check_model_file(chat_model_path).architecture == "llama"


def test_an_unknown_architecture_is_refused_by_name(tmp_path):
    path = write_unknown_architecture(tmp_path / "strange.gguf")
    with pytest.raises(ModelError) as caught:
        check_model_file(path)
    assert caught.value.code == "model_unsupported"
    assert caught.value.params["architecture"] == "notamodel"


def test_a_truncated_model_is_refused(tmp_path, chat_model_path):
    cut = tmp_path / "cut.gguf"
    with chat_model_path.open("rb") as source, cut.open("wb") as target:
        target.write(source.read(5_000_000))
    with pytest.raises(ModelError) as caught:
        check_model_file(cut)
    assert caught.value.code == "model_damaged"


def test_a_file_that_is_not_gguf_is_refused(tmp_path):
    fake = tmp_path / "notes.gguf"
    fake.write_text("these are my notes, not a model")
    with pytest.raises(ModelError) as caught:
        check_model_file(fake)
    assert caught.value.code == "model_not_gguf"


def test_copying_a_model_in(tmp_path, chat_model_path):
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    events = list(add_model(chat_model_path, models_dir, copy=True))
    progress = [event for event in events if isinstance(event, CopyProgress)]
    assert progress and progress[-1].copied == progress[-1].total
    added = events[-1]
    assert isinstance(added, ModelAdded) and not added.linked
    assert added.path == models_dir / chat_model_path.name
    assert added.path.stat().st_size == chat_model_path.stat().st_size
    assert not list((models_dir / ".downloads").iterdir())  # no part file left behind
    listed = registry.list_local_models(models_dir, None)
    assert [model.path for model in listed] == [added.path]
    # A second copy with the same name is refused, the first one untouched.
    with pytest.raises(ModelError) as caught:
        list(add_model(chat_model_path, models_dir, copy=True))
    assert caught.value.code == "model_exists"


def test_linking_a_model_in_place(tmp_path, chat_model_path):
    elsewhere = tmp_path / "external drive"
    elsewhere.mkdir()
    model = shutil.copy(chat_model_path, elsewhere / "my model.gguf")
    models_dir = tmp_path / "models"
    events = list(add_model(model, models_dir, copy=False))
    assert isinstance(events[-1], ModelAdded) and events[-1].linked
    listed = registry.list_local_models(models_dir, None)
    assert len(listed) == 1 and listed[0].linked and listed[0].path == model.resolve()
    assert not list(models_dir.glob("*.gguf"))  # nothing copied
    registry.unlink_model(models_dir, model)
    assert registry.list_local_models(models_dir, None) == []
    assert model.exists()  # forgetting a link never deletes the user's file


def test_a_refused_file_is_not_added(tmp_path):
    path = write_unknown_architecture(tmp_path / "strange.gguf")
    models_dir = tmp_path / "models"
    with pytest.raises(ModelError):
        list(add_model(path, models_dir, copy=True))
    assert registry.list_local_models(models_dir, None) == []


def test_fallback_templates_render_as_their_families_write_turns():
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    from desktop_app.core.models.templates import CHATML, GEMMA, LLAMA3

    messages = [
        {"role": "system", "content": "Use the sources."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello"},
        {"role": "user", "content": "Bye"},
    ]

    def render(template: str) -> str:
        return Jinja2ChatFormatter(template, eos_token="</s>", bos_token="<bos>")(
            messages=messages
        ).prompt

    assert render(GEMMA) == (
        "<bos><start_of_turn>user\nUse the sources.\n\nHi<end_of_turn>\n"
        "<start_of_turn>model\nHello<end_of_turn>\n"
        "<start_of_turn>user\nBye<end_of_turn>\n<start_of_turn>model\n"
    )
    assert render(CHATML).startswith("<|im_start|>system\nUse the sources.<|im_end|>\n")
    assert render(CHATML).endswith("<|im_start|>user\nBye<|im_end|>\n<|im_start|>assistant\n")
    assert render(LLAMA3) == (
        "<bos><|start_header_id|>system<|end_header_id|>\n\nUse the sources.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nHello<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nBye<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
    )
