"""Loading and switching chat models for real: progress, "auto" settings, refusals with
reasons, and the previous model staying in use when the next one fails."""

from __future__ import annotations

import psutil
import pytest
from PySide6.QtCore import QObject, Slot

from desktop_app.core.errors import ModelError
from desktop_app.core.llm import ChatEngine, EngineSettings
from desktop_app.core.models import hardware
from desktop_app.workers.llm_worker import LlmWorker
from tests.model_files import write_unknown_architecture

# The tests that load the model are marked slow through chat_model_path (tests/conftest.py).
GB = 1_000_000_000


def test_load_reports_progress_up_to_done(chat_model_path):
    seen = []
    engine = ChatEngine(chat_model_path, EngineSettings(context_length=512), progress=seen.append)
    try:
        assert seen and seen[-1] == pytest.approx(1.0)
        assert seen == sorted(seen)
    finally:
        engine.close()


def test_load_stops_when_progress_says_so(chat_model_path):
    with pytest.raises(ModelError) as caught:
        ChatEngine(chat_model_path, EngineSettings(context_length=512), progress=lambda f: False)
    assert caught.value.code == "load_cancelled"


@pytest.mark.slow  # llama.cpp is asked to load it (and refuses)
def test_unknown_architecture_says_so(tmp_path):
    path = write_unknown_architecture(tmp_path / "strange.gguf")
    with pytest.raises(ModelError) as caught:
        ChatEngine(path, EngineSettings(context_length=512))
    assert caught.value.code == "model_unsupported"
    assert "notamodel" in caught.value.message


def test_auto_context_and_gpu_layers(chat_model_path):
    engine = ChatEngine(chat_model_path, EngineSettings(context_length=None, gpu_layers=-1))
    try:
        # Plenty of memory here: the trained 8192, Lokal's cap; a CPU-only build: no GPU layers.
        assert engine.load.context_length == 8192
        assert engine.context_length == 8192
        expected_layers = -1 if hardware.supports_gpu_offload() else 0
        assert engine.load.gpu_layers in (expected_layers, *range(1, 100))
    finally:
        engine.close()


class Events(QObject):
    def __init__(self, worker: LlmWorker) -> None:
        super().__init__()
        self.loaded, self.failed = [], []
        worker.model_loaded.connect(self.on_loaded)
        worker.model_failed.connect(self.on_failed)

    @Slot(str, object)
    def on_loaded(self, path, _info):
        self.loaded.append(path)

    @Slot(str, object)
    def on_failed(self, path, error):
        self.failed.append((path, error))


def _answer(worker: LlmWorker) -> str:
    engine = worker._engine
    messages = [{"role": "user", "content": "Say hello."}]
    return "".join(engine.stream_chat(messages, max_tokens=8))


def test_a_model_that_fails_to_load_leaves_the_previous_one_in_use(qapp, tmp_path, chat_model_path):
    settings = EngineSettings(context_length=512, temperature=0.0)
    worker = LlmWorker(chat_model_path, settings)
    events = Events(worker)
    worker.load_model(str(chat_model_path), settings)
    assert events.loaded == [str(chat_model_path)]
    broken = write_unknown_architecture(tmp_path / "strange.gguf")
    worker.load_model(str(broken), settings)
    assert events.failed[0][0] == str(broken)
    assert events.failed[0][1].code == "model_unsupported"
    # The previous model was loaded again, and answers.
    assert events.loaded[-1] == str(chat_model_path)
    assert _answer(worker).strip()
    worker.close()


def test_a_model_too_big_for_this_computer_is_refused_before_unloading(
    qapp, tmp_path, chat_model_path, monkeypatch
):
    settings = EngineSettings(context_length=512, temperature=0.0)
    worker = LlmWorker(chat_model_path, settings)
    events = Events(worker)
    worker.load_model(str(chat_model_path), settings)
    engine = worker._engine
    small_computer = hardware.Hardware(50_000_000, 60_000_000, gpu_offload=False)
    monkeypatch.setattr(hardware, "detect_hardware", lambda gpu=True: small_computer)
    other = tmp_path / "other.gguf"
    other.symlink_to(chat_model_path)
    worker.load_model(str(other), settings)
    assert events.failed[-1][1].code == "model_too_big"
    assert worker._engine is engine  # never unloaded: no reload needed
    assert _answer(worker).strip()
    worker.close()


def test_memory_returns_when_a_model_is_unloaded(qapp, chat_model_path):
    process = psutil.Process()
    settings = EngineSettings(context_length=4096, temperature=0.0)
    worker = LlmWorker(chat_model_path, settings)
    before = process.memory_info().rss
    worker.load_model(str(chat_model_path), settings)
    _answer(worker)  # touch the weights and the cache
    loaded = process.memory_info().rss
    worker.close()
    after = process.memory_info().rss
    assert loaded - before > 50_000_000  # the model (98 MB file) took memory...
    assert loaded - after > 0.6 * (loaded - before)  # ...and most of it came back


def _without_template(source, target):
    """A copy of the GGUF without its chat template (gguf's own metadata tool)."""
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, "-m", "gguf.scripts.gguf_new_metadata", "--force"]
        + ["--remove-metadata", "tokenizer.chat_template", str(source), str(target)],
        check=True,
        capture_output=True,
    )
    return target


def test_an_instruct_model_without_a_template_gets_its_familys(tmp_path, chat_model_path, engine):
    from desktop_app.core import assistant

    bare = _without_template(chat_model_path, tmp_path / "SmolLM2-135M-Instruct-bare.gguf")
    settings = EngineSettings(context_length=2048, temperature=0.0)
    chat = ChatEngine(bare, settings)
    try:
        assert chat.info.chat_template is None and chat.template_source == "family"
        # ChatML, as SmolLM2's own template writes it: the same prompt, token for token.
        messages = assistant.build_messages("What is the capital of France?", [], [], None)
        assert chat.count_prompt_tokens(messages) == engine.count_prompt_tokens(messages)
        answer = "".join(chat.stream_chat(messages, max_tokens=24))
        assert answer.strip() and "<|im_" not in answer and "[INST]" not in answer
    finally:
        chat.close()


def test_a_base_model_without_a_template_is_left_to_llama_cpp(tmp_path, chat_model_path):
    bare = _without_template(chat_model_path, tmp_path / "SmolLM2-135M-base.gguf")
    chat = ChatEngine(bare, EngineSettings(context_length=512))
    try:
        assert chat.template_source is None  # a base model has no chat format to give it
    finally:
        chat.close()
