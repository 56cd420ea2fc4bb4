"""Thinking vs answer, for whole outputs and for the same outputs streamed in any chunking."""

from __future__ import annotations

import random

import pytest

from desktop_app.core.reasoning import ThinkingSplitter, prompt_opens_thinking, split_thinking

DEEPSEEK = "<think>\nThe user asks 2+2.\nThat is 4.\n</think>\n\nThe answer is **4**.\n"
# The chat template already opened <think>: only the closing marker is generated.
DEEPSEEK_OPENED = "Okay, 2+2.\n\nIt is 4.\n</think>\n\nThe answer is 4."
QWEN3_NO_THOUGHTS = "<think>\n\n</think>\n\nHello! How can I help?"
HARMONY = (
    "<|channel|>analysis<|message|>User wants a < b check. Easy.<|end|>"
    "<|start|>assistant<|channel|>final<|message|>Yes: 1 < 2.<|return|>"
)
HARMONY_WITH_START = (
    "<|start|>assistant<|channel|>analysis<|message|>First thought.<|end|>"
    "<|start|>assistant<|channel|>commentary to=functions.search <|constrain|>json"
    '<|message|>{"q": "x"}<|call|>'
    "<|start|>assistant<|channel|>final<|message|>Done [1].<|end|>"
)
# "<" that starts no marker, and HTML that is no marker, are ordinary text.
NO_MARKERS = "Plain answer, a < b and x<y, <b>bold</b> <|tag|>."
UNCLOSED = "<think>Still thinking when the stream stopped"

# (output, starts_in_thinking, thinking, answer)
CASES = [
    (DEEPSEEK, False, "The user asks 2+2.\nThat is 4.", "The answer is **4**.\n"),
    (DEEPSEEK_OPENED, True, "Okay, 2+2.\n\nIt is 4.", "The answer is 4."),
    (QWEN3_NO_THOUGHTS, False, "", "Hello! How can I help?"),
    (HARMONY, False, "User wants a < b check. Easy.", "Yes: 1 < 2."),
    (HARMONY_WITH_START, False, 'First thought.\n\n{"q": "x"}', "Done [1]."),
    (NO_MARKERS, False, "", NO_MARKERS),
    (UNCLOSED, False, "Still thinking when the stream stopped", ""),
    ("thinking with no end <", True, "thinking with no end <", ""),
]


def stream(text: str, pieces: list[str], starts_in_thinking: bool) -> tuple[str, str]:
    """Feed the pieces; check the deltas add up to the properties; return (thinking, answer)."""
    splitter = ThinkingSplitter(starts_in_thinking)
    deltas = [splitter.feed(piece) for piece in pieces]
    deltas.append(splitter.finish())
    thinking = "".join(thinking_delta for thinking_delta, _ in deltas)
    answer = "".join(answer_delta for _, answer_delta in deltas)
    assert (thinking, answer) == (splitter.thinking, splitter.answer)
    return thinking, answer


def random_chunks(text: str, rng: random.Random) -> list[str]:
    cuts = sorted(rng.sample(range(1, len(text)), k=rng.randint(1, len(text) // 3)))
    return [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True)]


@pytest.mark.parametrize(("text", "opened", "thinking", "answer"), CASES)
def test_whole_text(text, opened, thinking, answer):
    assert split_thinking(text, starts_in_thinking=opened) == (thinking, answer)


@pytest.mark.parametrize(("text", "opened", "thinking", "answer"), CASES)
def test_char_by_char_matches_whole_text(text, opened, thinking, answer):
    assert stream(text, list(text), opened) == (thinking, answer)


@pytest.mark.parametrize(("text", "opened", "thinking", "answer"), CASES)
@pytest.mark.parametrize("seed", range(10))
def test_random_chunkings_match_whole_text(text, opened, thinking, answer, seed):
    pieces = random_chunks(text, random.Random(seed))
    assert stream(text, pieces, opened) == split_thinking(text, opened) == (thinking, answer)


def test_text_without_markers_streams_through_at_once():
    splitter = ThinkingSplitter()
    assert splitter.feed("Hello") == ("", "Hello")
    assert splitter.feed(", a < b") == ("", ", a < b")
    assert splitter.feed(" and x<y") == ("", " and x<y")
    assert splitter.finish() == ("", "")


def test_only_a_possible_marker_is_held_back():
    splitter = ThinkingSplitter()
    assert splitter.feed("<think>Let me see</th") == ("Let me see", "")
    assert splitter.feed("ink>\n\nIt is") == ("", "It is")
    assert splitter.feed(" 4 <") == ("", " 4 ")  # "<" could start a marker
    assert splitter.feed("= 5") == ("", "<= 5")  # it did not
    assert splitter.feed(" <|chan") == ("", " ")
    assert splitter.feed("nel|>") == ("", "")  # a header: not shown
    assert splitter.finish() == ("", "")
    assert splitter.answer == "It is 4 <= 5 "


def test_answer_after_thinking_starts_without_blank_lines():
    thinking, answer = split_thinking("<think>\n\n  hmm  \n\n</think>\n\n\n   \nAnswer.")
    assert thinking == "hmm"
    assert answer == "Answer."


def test_unclosed_thinking_is_flushed_by_finish():
    splitter = ThinkingSplitter(starts_in_thinking=True)
    assert splitter.feed("Pondering ") == ("Pondering", "")
    assert splitter.feed("on </thi") == (" on", "")
    assert splitter.finish() == (" </thi", "")
    assert (splitter.thinking, splitter.answer) == ("Pondering on </thi", "")


def test_harmony_without_leading_start_and_unknown_text_after_end():
    thinking, answer = split_thinking(
        "<|channel|>analysis<|message|>Think.<|end|><|channel|>final<|message|>Answer.<|end|>"
    )
    assert (thinking, answer) == ("Think.", "Answer.")


DEEPSEEK_R1_TEMPLATE = (
    "{% for message in messages %}{% if message['role'] == 'user' %}"
    "{{'<｜User｜>' + message['content']}}{% endif %}{% if message['role'] == 'assistant' %}"
    "{% set content = message['content'] %}{% if '</think>' in content %}"
    "{% set content = content.split('</think>')[-1] %}{% endif %}"
    "{{'<｜Assistant｜>' + content + '<｜end▁of▁sentence｜>'}}{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{'<｜Assistant｜><think>\\n'}}{% endif %}"
)
CHATML_TEMPLATE = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
    "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)
QWEN3_TEMPLATE_TAIL = (
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}"
    "{%- if enable_thinking is defined and enable_thinking is false %}"
    "{{- '<think>\\n\\n</think>\\n\\n' }}{%- endif %}{%- endif %}"
)


def test_prompt_opens_thinking():
    assert prompt_opens_thinking(DEEPSEEK_R1_TEMPLATE)
    assert not prompt_opens_thinking(CHATML_TEMPLATE)
    assert not prompt_opens_thinking(QWEN3_TEMPLATE_TAIL)  # Qwen3 writes <think> itself
    assert not prompt_opens_thinking(None)
    assert not prompt_opens_thinking("")
