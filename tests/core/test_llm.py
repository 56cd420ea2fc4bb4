"""The real bundled GGUF through llama-cpp-python: template, streaming, cancel, bad model files."""

from __future__ import annotations

import shutil
import threading

import pytest

from desktop_app.core import assistant
from desktop_app.core.errors import ModelError
from desktop_app.core.llm import ChatEngine, EngineSettings
from desktop_app.core.models.gguf_info import validate_gguf
from desktop_app.core.store import Hit

QUESTION = [{"role": "user", "content": "Write three sentences about the sea."}]


def test_chat_template_comes_from_the_gguf(engine):
    template = engine.info.chat_template
    assert template and "<|im_start|>" in template
    assert engine.llama.chat_format == "chat_template.default"
    messages = [{"role": "system", "content": "Be brief."}, *QUESTION]
    plain = sum(engine.count_tokens(message["content"]) for message in messages)
    assert engine.count_prompt_tokens(messages) > plain  # the template's markers are counted


def test_stream_yields_pieces_and_fills_stats(engine):
    stats = assistant.AnswerStats()
    pieces = list(engine.stream_chat(QUESTION, threading.Event(), max_tokens=40, stats=stats))
    assert len(pieces) > 3
    assert "".join(pieces).strip()
    assert stats.completion_tokens == len(pieces)
    assert stats.seconds > 0 and stats.tokens_per_second > 0
    assert stats.stopped is False


def test_cancel_stops_the_stream_after_the_current_token(engine):
    cancel = threading.Event()
    stats = assistant.AnswerStats()
    pieces = []
    for piece in engine.stream_chat(QUESTION, cancel, max_tokens=200, stats=stats):
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()  # as the GUI's Stop button does, from another thread
    assert len(pieces) == 3
    assert stats.stopped is True


def test_cancel_from_another_thread(engine):
    cancel = threading.Event()
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    stats = assistant.AnswerStats()
    list(engine.stream_chat(QUESTION, cancel, max_tokens=2000, stats=stats))
    timer.join()
    assert stats.stopped is True
    assert stats.completion_tokens < 2000


def test_missing_model_path_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError) as caught:
        ChatEngine(tmp_path / "nowhere.gguf")
    assert caught.value.code == "model_not_found"
    assert "nowhere.gguf" in caught.value.message


def test_truncated_gguf_is_refused_before_llama_cpp_sees_it(chat_model_path, tmp_path):
    truncated = tmp_path / "half.gguf"
    with chat_model_path.open("rb") as source, truncated.open("wb") as target:
        target.write(source.read(chat_model_path.stat().st_size // 2))
    with pytest.raises(ModelError) as caught:
        ChatEngine(truncated)
    assert caught.value.code == "model_damaged"
    assert "half.gguf" in caught.value.message and "bytes present" in caught.value.message


def test_header_only_fragment_is_refused(chat_model_path, tmp_path):
    stub = tmp_path / "stub.gguf"
    with chat_model_path.open("rb") as source, stub.open("wb") as target:
        target.write(source.read(4096))  # cut inside the metadata
    with pytest.raises(ModelError) as caught:
        validate_gguf(stub)
    assert caught.value.code == "model_damaged"


def test_file_that_is_not_gguf_is_refused(tmp_path):
    fake = tmp_path / "model.gguf"
    fake.write_text("this is not a model")
    with pytest.raises(ModelError) as caught:
        ChatEngine(fake)
    assert caught.value.code == "model_not_gguf"


def test_whole_copy_of_the_model_still_validates(chat_model_path, tmp_path):
    copy = tmp_path / "copy.gguf"
    shutil.copyfile(chat_model_path, copy)
    info = validate_gguf(copy)
    assert info.architecture == "llama" and info.context_length == 8192


def test_overlong_prompt_is_fitted_to_a_small_context_and_answered(chat_model_path):
    small = ChatEngine(chat_model_path, EngineSettings(context_length=512, temperature=0.0))
    try:
        history = [
            assistant.Turn(f"Question {n} about boats?", "An answer about boats. " * 20)
            for n in range(12)
        ]
        sources = [
            Hit(f"/docs/file{n}.pdf", n + 1, 0.9 - n / 100, "Ships and harbours. " * 40, 0, 1)
            for n in range(6)
        ]
        prepared = assistant.prepare_prompt(
            "Which harbour is largest?",
            sources,
            history,
            small.count_prompt_tokens,
            small.context_length,
            max_tokens=128,
        )
        assert prepared.prompt_tokens + prepared.max_tokens <= small.context_length
        assert prepared.dropped_turns == 12  # oldest history goes first ...
        assert 0 < prepared.dropped_sources < 6  # ... then the lowest-ranked sources
        assert [hit.page for hit in prepared.sources] == list(
            range(1, 7 - prepared.dropped_sources)
        )
        answer = "".join(assistant.stream_answer(small, prepared, threading.Event()))
        assert answer.strip()
    finally:
        small.close()


def test_question_longer_than_the_context_is_shortened_not_an_error(chat_model_path):
    small = ChatEngine(chat_model_path, EngineSettings(context_length=256, temperature=0.0))
    try:
        question = "Please summarise this: " + "lorem ipsum dolor sit amet " * 300
        prepared = assistant.prepare_prompt(
            question, [], [], small.count_prompt_tokens, small.context_length, max_tokens=64
        )
        assert prepared.question_truncated
        assert prepared.prompt_tokens + prepared.max_tokens <= small.context_length
        assert "".join(assistant.stream_answer(small, prepared, threading.Event())).strip()
    finally:
        small.close()
