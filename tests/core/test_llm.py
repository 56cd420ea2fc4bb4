"""The real bundled GGUF through llama-cpp-python: template, streaming, cancel, bad model files.

What the model writes differs between CPUs and llama.cpp builds, so the answers are checked for
what holds anywhere: text came, the pieces are the answer, no template markup leaks, the same
prompt gives the same text, prompt and answer fit the window."""

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
TEMPLATE_MARKUP = ("<|im_", "<start_of_turn>", "[INST]")


def assert_no_markup(text: str) -> None:
    leaked = [marker for marker in TEMPLATE_MARKUP if marker in text]
    assert not leaked, (leaked, text)


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
    # How many pieces is the model's choice (it may end early); each yielded one is counted.
    assert 1 <= len(pieces) <= 40 and all(pieces)
    assert stats.completion_tokens == len(pieces)
    assert stats.seconds > 0 and stats.tokens_per_second > 0
    assert stats.stopped is False
    assert_no_markup("".join(pieces))


def test_the_same_prompt_gives_the_same_answer(engine):
    """Greedy (temperature 0): on one machine, one build, the answer is the same every time.

    Each time from scratch: llama-cpp-python would otherwise reuse the cached prefix of the
    last prompt, and evaluating fewer tokens at once rounds a little differently."""
    answers = []
    for _ in range(2):
        engine.llama.reset()
        answers.append("".join(engine.stream_chat(QUESTION, threading.Event(), max_tokens=24)))
    assert answers[0] == answers[1]


def test_cancel_stops_the_stream_after_the_current_token(engine):
    cancel = threading.Event()
    stats = assistant.AnswerStats()
    pieces = []
    for piece in engine.stream_chat(QUESTION, cancel, max_tokens=200, stats=stats):
        pieces.append(piece)
        cancel.set()  # at the first piece, as the GUI's Stop button does
    # One piece, then llama.cpp's next chunk (a token, or the end of a very short answer) finds
    # the cancel set: stopped either way, however long the model meant to write.
    assert len(pieces) == 1
    assert stats.stopped is True and stats.completion_tokens == 1


def test_cancel_from_another_thread(engine):
    """Stop is set from the GUI thread while the LLM thread streams. The stream waits here, at
    its first piece, until the other thread has set it: a model that ends its answer quickly (a
    fast CPU, an early end of text) cannot finish before the cancel arrives."""
    cancel = threading.Event()
    stats = assistant.AnswerStats()
    pieces = []
    for piece in engine.stream_chat(QUESTION, cancel, max_tokens=2000, stats=stats):
        pieces.append(piece)
        if len(pieces) == 1:
            stopper = threading.Thread(target=cancel.set)
            stopper.start()
            stopper.join()
    assert stats.stopped is True
    assert len(pieces) == stats.completion_tokens == 1


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
        stats = assistant.AnswerStats()
        answer = "".join(assistant.stream_answer(small, prepared, threading.Event(), stats))
        assert stats.completion_tokens >= 1 and stats.context_used <= small.context_length
        assert_no_markup(answer)
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
        stats = assistant.AnswerStats()
        answer = "".join(assistant.stream_answer(small, prepared, threading.Event(), stats))
        assert stats.completion_tokens >= 1 and stats.context_used <= small.context_length
        assert_no_markup(answer)
    finally:
        small.close()
