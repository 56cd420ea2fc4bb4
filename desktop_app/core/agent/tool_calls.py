"""Native tool calls: the formats models trained for tools write, read back by Lokal.

llama-cpp-python, given `tools` with the GGUF's own template, returns plain text (see issue 12):
the calls inside it are parsed here. Three formats:

- QWEN (Qwen2.5, Qwen3, Hermes-style): any number of
  `<tool_call>{"name": ..., "arguments": {...}}</tool_call>` blocks, maybe after some text
  (and Qwen3's `<think>...</think>`). Results go back as role "tool" messages, which the
  template wraps in `<tool_response>` inside a user turn.
- LLAMA3 (Llama 3.1+ with JSON tools): the reply is `{"name": ..., "parameters": {...}}`,
  maybe after `<|python_tag|>`. One call per assistant message (the template refuses more);
  results go back as role "tool" (rendered as the `ipython` role).
- GPT_OSS (harmony): `<|channel|>commentary to=functions.NAME <|constrain|>json<|message|>
  {...}<|call|>`; the answer is the `final` channel. llama-cpp-python's detokenizer drops
  special tokens from the text it returns, so the same reply may arrive as
  `analysis...assistantcommentary to=functions.NAME json{...}`: both spellings are read. One
  call per message; the template names a result's tool from the call before it.

`native_format(template_text)` says which one a chat template speaks (None: use the JSON
envelope). `history_messages` writes an assistant's calls and their results back into the
conversation the way that template expects them.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.agent.tools import ToolSpec

QWEN = "qwen"
LLAMA3 = "llama3"
GPT_OSS = "gpt-oss"

_QWEN_BLOCK = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|\Z)", re.S)
_THINK_BLOCK = re.compile(r"<think>.*?(?:</think>|\Z)", re.S)
_PYTHON_TAG = "<|python_tag|>"
_HARMONY_CALL = re.compile(r"to=functions\.([A-Za-z0-9_.\-]+)")
_HARMONY_FINAL = re.compile(
    r"<\|channel\|>final<\|message\|>(.*?)(?:<\|end\|>|<\|return\|>|\Z)", re.S
)
_HARMONY_TOKENS = re.compile(r"<\|[a-z_]+\|>")


@dataclass(frozen=True)
class ToolCall:
    name: str
    arguments: object  # a dict when the model wrote one; anything else is the toolbox's to refuse


@dataclass(frozen=True)
class NativeReply:
    text: str  # what the model said outside its calls (thinking removed): the answer if no call
    calls: tuple[ToolCall, ...] = ()
    problems: tuple[str, ...] = ()  # calls that were begun but could not be read


def native_format(template_text: str | None) -> str | None:
    """The tool-call format a chat template renders tools for, or None (no tools, or unknown)."""
    if not template_text or "tools" not in template_text:
        return None
    if "<tool_call>" in template_text:
        return QWEN
    if "to=functions." in template_text or "<|call|>" in template_text:
        return GPT_OSS
    if _PYTHON_TAG in template_text or (
        "ipython" in template_text and "parameters" in template_text
    ):
        return LLAMA3
    return None


def tool_definitions(specs: Sequence[ToolSpec]) -> list[dict]:
    """The tools as chat templates take them (OpenAI's function definitions)."""
    return [
        {
            "type": "function",
            "function": {
                "name": spec.name,
                "description": spec.description,
                "parameters": spec.parameters,
            },
        }
        for spec in specs
    ]


def parse_reply(format: str, text: str) -> NativeReply:
    """The calls (and the text around them) in one reply written in `format`."""
    if format == QWEN:
        return _parse_qwen(text)
    if format == LLAMA3:
        return _parse_llama3(text)
    if format == GPT_OSS:
        return _parse_harmony(text)
    raise ValueError(f"unknown tool-call format {format!r}")


def history_messages(
    format: str, content: str, calls: Sequence[ToolCall], results: Sequence[str]
) -> list[dict]:
    """The assistant turn that made `calls` and the tool turns with their `results`.

    Qwen takes all calls in one assistant message; Llama 3.1 and gpt-oss take one call per
    assistant message, each followed by its result."""
    if len(calls) != len(results):
        raise ValueError("one result per call")

    def call_entry(call: ToolCall) -> dict:
        return {"type": "function", "function": {"name": call.name, "arguments": call.arguments}}

    def result_entry(call: ToolCall, result: str) -> dict:
        return {"role": "tool", "name": call.name, "content": result}

    if format == QWEN:
        return [
            {"role": "assistant", "content": content, "tool_calls": [call_entry(c) for c in calls]},
            *(result_entry(call, result) for call, result in zip(calls, results, strict=True)),
        ]
    messages: list[dict] = []
    for number, (call, result) in enumerate(zip(calls, results, strict=True)):
        # Only the first call carries the text the model wrote before its calls.
        said = content if number == 0 else ""
        messages.append({"role": "assistant", "content": said, "tool_calls": [call_entry(call)]})
        messages.append(result_entry(call, result))
    return messages


# -- the formats --------------------------------------------------------------------------------


def _call_from_object(value: object, arguments_keys: Sequence[str]) -> ToolCall | None:
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        return None
    arguments: object = {}
    for key in arguments_keys:
        if key in value:
            arguments = value[key]
            break
    if isinstance(arguments, str):  # some models write the arguments as a JSON string
        with contextlib.suppress(json.JSONDecodeError):
            arguments = json.loads(arguments)
    return ToolCall(value["name"], arguments)


def _first_object(text: str) -> tuple[object, int] | None:
    """The JSON value starting at the first `{` of `text`, and where it ended; None if none."""
    start = text.find("{")
    if start < 0:
        return None
    try:
        value, end = json.JSONDecoder().raw_decode(text, start)
    except json.JSONDecodeError:
        return None
    return value, end


def _without_thinking(text: str) -> str:
    if "</think>" in text and "<think>" not in text.split("</think>", 1)[0]:
        text = text.rsplit("</think>", 1)[1]  # the template opened the thinking in the prompt
    return _THINK_BLOCK.sub("", text)


def _parse_qwen(text: str) -> NativeReply:
    visible = _without_thinking(text)
    calls: list[ToolCall] = []
    problems: list[str] = []
    for block in _QWEN_BLOCK.findall(visible):
        found = _first_object(block)
        call = _call_from_object(found[0], ("arguments", "parameters")) if found else None
        if call is None:
            problems.append(f"a <tool_call> block is not a JSON call: {_short(block)}")
        else:
            calls.append(call)
    said = _QWEN_BLOCK.sub("", visible).strip()
    return NativeReply(said, tuple(calls), tuple(problems))


def _parse_llama3(text: str) -> NativeReply:
    body = text.strip()
    tagged = body.startswith(_PYTHON_TAG)
    if tagged:
        body = body[len(_PYTHON_TAG) :].strip()
    for end_marker in ("<|eom_id|>", "<|eot_id|>"):
        body = body.removesuffix(end_marker).strip()
    if not body.startswith("{"):
        if tagged:
            return NativeReply(
                "", (), (f"only JSON function calls are understood: {_short(body)}",)
            )
        return NativeReply(body)
    calls: list[ToolCall] = []
    rest = body
    while rest.startswith("{"):
        found = _first_object(rest)
        call = _call_from_object(found[0], ("parameters", "arguments")) if found else None
        if call is None:
            if calls:
                break
            if found is not None and not tagged:
                return NativeReply(body)  # a JSON answer, not a call
            return NativeReply("", (), (f"the tool call is not valid JSON: {_short(body)}",))
        calls.append(call)
        rest = rest[found[1] :].lstrip().lstrip(";").lstrip()
    return NativeReply("", tuple(calls))


def _parse_harmony(text: str) -> NativeReply:
    calls: list[ToolCall] = []
    problems: list[str] = []
    for match in _HARMONY_CALL.finditer(text):
        after = text[match.end() :]
        next_call = _HARMONY_CALL.search(after)
        span = after[: next_call.start()] if next_call else after
        found = _first_object(span)
        if found is None:
            problems.append(f"the call of {match.group(1)} has no JSON arguments")
            continue
        calls.append(ToolCall(match.group(1), found[0]))
    if calls or problems:
        return NativeReply("", tuple(calls), tuple(problems))
    final = _HARMONY_FINAL.search(text)
    if final:
        return NativeReply(final.group(1).strip())
    # Special tokens dropped: "analysis<thinking>assistantfinal<answer>".
    plain = _HARMONY_TOKENS.sub("", text)
    if "assistantfinal" in plain:
        return NativeReply(plain.rsplit("assistantfinal", 1)[1].strip())
    if plain.startswith("final"):
        return NativeReply(plain[len("final") :].strip())
    if plain.startswith("analysis"):
        return NativeReply("", (), ("the reply ended inside the model's thinking",))
    return NativeReply(plain.strip())


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"
