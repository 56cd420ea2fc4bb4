"""Separate a reasoning model's thinking from its answer, while the answer streams.

Two output formats are understood:

- DeepSeek-R1 and Qwen3: `<think>THINKING</think>ANSWER`. When the chat template already ends
  the prompt with `<think>`, the output starts inside the thinking and only `</think>` appears
  (pass `starts_in_thinking=True`; `prompt_opens_thinking` tells from the template).
- gpt-oss (the "harmony" format): `<|channel|>analysis<|message|>THINKING<|end|>
  <|start|>assistant<|channel|>final<|message|>ANSWER<|return|>`. The `final` channel is the
  answer; every other channel (`analysis`, `commentary`) is thinking. The text of a header
  (`assistant`, the channel name, `<|constrain|>json`) is dropped.

Markers are recognised anywhere in the text, and a marker split across streamed pieces is held
back only while the text so far could still become one: `a < b` passes through at once.
"""

from __future__ import annotations

import enum

_THINK_OPEN = "<think>"
_THINK_CLOSE = "</think>"
_START = "<|start|>"
_CHANNEL = "<|channel|>"
_MESSAGE = "<|message|>"
_CONSTRAIN = "<|constrain|>"
_END_MARKERS = ("<|end|>", "<|return|>", "<|call|>")

_MARKERS = (_THINK_OPEN, _THINK_CLOSE, _START, _CHANNEL, _MESSAGE, _CONSTRAIN, *_END_MARKERS)

# The only harmony channel meant for the reader; analysis and commentary are the model's own.
_ANSWER_CHANNEL = "final"

# Between two thinking (or two answer) segments, e.g. harmony's analysis then commentary.
_SEGMENT_SEPARATOR = "\n\n"


class _Mode(enum.Enum):
    THINKING = "thinking"
    ANSWER = "answer"
    HEADER = "header"  # inside a harmony header: text up to <|message|> is not shown


class ThinkingSplitter:
    """Feed streamed text pieces; get back (thinking_delta, answer_delta) for each piece.

    Whitespace at the boundaries is trimmed: each thinking or answer segment loses its leading
    whitespace, and thinking loses its trailing whitespace (held back until more thinking text
    shows it is inside the thinking). The answer's trailing whitespace is the model's own and
    streams through.
    """

    def __init__(self, starts_in_thinking: bool = False) -> None:
        self._mode = _Mode.THINKING if starts_in_thinking else _Mode.ANSWER
        self._parts = {_Mode.THINKING: [], _Mode.ANSWER: []}
        self._held = ""  # the end of the text so far, when it may be the start of a marker
        self._segment_has_text = False
        self._pending_space = ""  # thinking's trailing whitespace, not yet known to be inside
        self._channel: str | None = None  # harmony header text after <|channel|>
        self._deltas = {_Mode.THINKING: [], _Mode.ANSWER: []}

    @property
    def thinking(self) -> str:
        return "".join(self._parts[_Mode.THINKING])

    @property
    def answer(self) -> str:
        return "".join(self._parts[_Mode.ANSWER])

    def feed(self, piece: str) -> tuple[str, str]:
        self._scan(self._held + piece, final=False)
        return self._take_deltas()

    def finish(self) -> tuple[str, str]:
        """Flush what was held back: a partial marker at the very end is ordinary text."""
        self._scan(self._held, final=True)
        self._pending_space = ""  # trailing whitespace of unclosed thinking
        return self._take_deltas()

    def _scan(self, text: str, final: bool) -> None:
        self._held = ""
        position = 0
        while True:
            bracket = text.find("<", position)
            if bracket == -1:
                self._emit(text[position:])
                return
            self._emit(text[position:bracket])
            marker = next((m for m in _MARKERS if text.startswith(m, bracket)), None)
            if marker is not None:
                self._on_marker(marker)
                position = bracket + len(marker)
                continue
            rest = text[bracket:]
            if not final and any(m.startswith(rest) for m in _MARKERS):
                self._held = rest  # e.g. "</th": wait for the next piece
                return
            self._emit("<")
            position = bracket + 1

    def _on_marker(self, marker: str) -> None:
        if marker == _THINK_OPEN:
            self._start_segment(_Mode.THINKING)
        elif marker == _THINK_CLOSE:
            self._start_segment(_Mode.ANSWER)
        elif marker == _START:
            self._mode = _Mode.HEADER
            self._channel = None
        elif marker == _CHANNEL:
            self._mode = _Mode.HEADER
            self._channel = ""
        elif marker == _MESSAGE and self._mode is _Mode.HEADER:
            words = (self._channel or "").split()
            is_answer = not words or words[0] == _ANSWER_CHANNEL  # no channel: plain assistant
            self._start_segment(_Mode.ANSWER if is_answer else _Mode.THINKING)
        # <|end|>, <|return|>, <|call|>, <|constrain|> and a stray <|message|> only disappear.

    def _start_segment(self, mode: _Mode) -> None:
        self._mode = mode
        self._segment_has_text = False
        self._pending_space = ""

    def _emit(self, text: str) -> None:
        if not text:
            return
        if self._mode is _Mode.HEADER:
            if self._channel is not None:
                self._channel += text
            return
        if not self._segment_has_text:
            text = text.lstrip()
            if not text:
                return
            self._segment_has_text = True
            if self._parts[self._mode]:
                text = _SEGMENT_SEPARATOR + text
        if self._mode is _Mode.THINKING:
            text = self._pending_space + text
            visible = text.rstrip()
            self._pending_space = text[len(visible) :]
            text = visible
            if not text:
                return
        self._parts[self._mode].append(text)
        self._deltas[self._mode].append(text)

    def _take_deltas(self) -> tuple[str, str]:
        thinking = "".join(self._deltas[_Mode.THINKING])
        answer = "".join(self._deltas[_Mode.ANSWER])
        self._deltas = {_Mode.THINKING: [], _Mode.ANSWER: []}
        return thinking, answer


def split_thinking(text: str, starts_in_thinking: bool = False) -> tuple[str, str]:
    """(thinking, answer) of a whole output; the same result as streaming it piece by piece."""
    splitter = ThinkingSplitter(starts_in_thinking)
    splitter.feed(text)
    splitter.finish()
    return splitter.thinking, splitter.answer


def prompt_opens_thinking(chat_template: str | None) -> bool:
    """True when the template's generation prompt leaves the model inside `<think>`.

    A heuristic on the template's source, not a rendering of it: the generation prompt is the
    text after the last mention of `add_generation_prompt` (templates add it at the end), and it
    opens thinking when it holds more `<think>` than `</think>`. So DeepSeek-R1's
    `'<｜Assistant｜><think>\\n'` and QwQ's `'<|im_start|>assistant\\n<think>\\n'` open it;
    Qwen3's `'<think>\\n\\n</think>\\n\\n'` (thinking switched off) and ChatML do not.
    """
    if not chat_template:
        return False
    _, found, generation_prompt = chat_template.rpartition("add_generation_prompt")
    if not found:
        return False
    return generation_prompt.count(_THINK_OPEN) > generation_prompt.count(_THINK_CLOSE)
