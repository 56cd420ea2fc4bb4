"""The one-off check whether llama.cpp's AMX kernels run here (core/cpu_check.py).

Some virtual machines advertise AMX and then fault on it: llama.cpp built for the host CPU died
with SIGILL on a 200-token prompt. The decision logic is tested with the probe replaced; the
real probe and a long prompt through the real engine run on whatever CPU this is.
"""

from __future__ import annotations

import json

import pytest

from desktop_app.core import cpu_check


@pytest.fixture
def isolated(monkeypatch, tmp_path):
    """A machine key of our own, no verdict in memory, a counting probe."""
    monkeypatch.delenv(cpu_check.OVERRIDE_ENV, raising=False)
    monkeypatch.setattr(cpu_check, "_amx_key", lambda: "test machine")
    monkeypatch.setattr(cpu_check, "_known", {})
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(100))
    calls = []

    def probe(path, verdict=False):
        calls.append(path)
        return verdict

    monkeypatch.setattr(cpu_check, "_probe", probe)
    return tmp_path, model, calls


def test_the_environment_decides_without_probing(isolated, monkeypatch):
    cache, model, calls = isolated
    monkeypatch.setenv(cpu_check.OVERRIDE_ENV, "0")
    assert cpu_check.extra_buffers_allowed(model, cache) is False
    monkeypatch.setenv(cpu_check.OVERRIDE_ENV, "1")
    assert cpu_check.extra_buffers_allowed(model, cache) is True
    assert calls == []


def test_a_crash_in_the_probe_is_kept_and_asked_once(isolated):
    cache, model, calls = isolated
    assert cpu_check.extra_buffers_allowed(model, cache) is False
    assert cpu_check.extra_buffers_allowed(model, cache) is False
    assert calls == [str(model)]  # once per process
    kept = json.loads((cache / cpu_check.VERDICT_FILE).read_text(encoding="utf-8"))
    assert kept == {"test machine": False}


def test_a_kept_verdict_is_read_in_the_next_process(isolated, monkeypatch):
    cache, model, calls = isolated
    (cache / cpu_check.VERDICT_FILE).write_text('{"test machine": true}', encoding="utf-8")
    assert cpu_check.extra_buffers_allowed(model, cache) is True
    assert calls == []


def test_a_damaged_verdict_file_is_checked_again(isolated):
    cache, model, calls = isolated
    (cache / cpu_check.VERDICT_FILE).write_bytes(b"\x83\x00 not json")
    assert cpu_check.extra_buffers_allowed(model, cache) is False
    assert calls == [str(model)]


def test_a_model_too_big_to_check_cheaply_loads_the_safe_way(isolated, monkeypatch):
    cache, model, calls = isolated
    monkeypatch.setattr(cpu_check, "MAX_PROBE_MODEL_BYTES", 10)
    assert cpu_check.extra_buffers_allowed(model, cache) is False
    assert calls == [] and not (cache / cpu_check.VERDICT_FILE).exists()


def test_no_amx_in_play_means_no_probe(monkeypatch, tmp_path):
    monkeypatch.delenv(cpu_check.OVERRIDE_ENV, raising=False)
    monkeypatch.setattr(cpu_check, "_amx_key", lambda: None)
    monkeypatch.setattr(cpu_check, "_probe", lambda path: pytest.fail("probed"))
    assert cpu_check.extra_buffers_allowed(tmp_path / "any.gguf", tmp_path) is True


@pytest.mark.slow
def test_a_long_prompt_through_the_real_engine_survives_on_this_cpu(chat_model_path, tmp_path):
    """The real probe gives a verdict here, and the engine reads a 300-word prompt either way."""
    from desktop_app.core.llm import ChatEngine, EngineSettings

    assert cpu_check._probe(str(chat_model_path)) in (True, False)  # lived, or was killed
    engine = ChatEngine(chat_model_path, EngineSettings(context_length=1024, temperature=0.0))
    try:
        messages = [{"role": "user", "content": "word " * 300 + "\nSay one word."}]
        pieces = list(engine.stream_chat(messages, max_tokens=4))
        assert engine.count_prompt_tokens(messages) > 300
        assert all(isinstance(piece, str) for piece in pieces)
    finally:
        engine.close()
