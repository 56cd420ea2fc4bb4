"""Native tool calls against the real chat templates of Qwen2.5, Qwen3, Llama 3.1 and gpt-oss
(copied from llama.cpp's models/templates, rendered by Lokal's sandboxed renderer): which format
a template speaks, the tools and a whole tool conversation rendered, realistic replies parsed,
and the loop driving a scripted model through each format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.agent.confinement import Confinement
from desktop_app.core.agent.loop import AgentBudget, AgentFinished, AgentStepFinished, run_agent
from desktop_app.core.agent.tool_calls import (
    GPT_OSS,
    LLAMA3,
    QWEN,
    ToolCall,
    history_messages,
    native_format,
    parse_reply,
    tool_definitions,
)
from desktop_app.core.agent.tools import TOOL_SPECS, Toolbox
from desktop_app.core.models.templates import FALLBACKS, render_prompt
from desktop_app.core.safe_template import SafeTemplate
from tests.scripted_engine import ScriptedEngine

TEMPLATES = Path(__file__).resolve().parents[1] / "fixtures" / "chat_templates"
FORMATS = {
    "Qwen-Qwen2.5-7B-Instruct.jinja": QWEN,
    "Qwen-Qwen3-0.6B.jinja": QWEN,
    "meta-llama-Llama-3.1-8B-Instruct.jinja": LLAMA3,
    "openai-gpt-oss-120b.jinja": GPT_OSS,
}
SPECIAL = {  # bos, eos
    QWEN: ("", "<|im_end|>"),
    LLAMA3: ("<|begin_of_text|>", "<|eot_id|>"),
    GPT_OSS: ("<|startoftext|>", "<|return|>"),
}


def template_text(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def render(name: str, messages, tools) -> str:
    bos, eos = SPECIAL[FORMATS[name]]
    return render_prompt(SafeTemplate(template_text(name)), messages, bos, eos, tools)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_each_template_is_recognised_by_its_format(name):
    assert native_format(template_text(name)) == FORMATS[name]


def test_templates_without_tools_get_the_json_envelope():
    assert native_format(None) is None
    assert native_format("") is None
    for family in ("smollm2", "gemma3"):  # the bundled models' families
        assert native_format(FALLBACKS[family][0]) is None


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_whole_tool_conversation_renders_through_the_real_template(name):
    fmt = FORMATS[name]
    tools = tool_definitions(TOOL_SPECS)
    call = ToolCall("read_document", {"path": "notes.txt", "pages": [2]})
    result = "<<DATA 1a2b3c4d source=notes.txt>>\nTuesdayˆroomˆ4\n<<END DATA 1a2b3c4d>>"
    messages = [
        {"role": "system", "content": "You are Lokal's assistant."},
        {"role": "user", "content": "When is the meeting?"},
        *history_messages(fmt, "", [call], [result]),
    ]
    prompt = render(name, messages, tools)
    assert "read_document" in prompt and "summarize_document" in prompt  # the tools
    assert "When is the meeting?" in prompt
    assert "Tuesdayˆroomˆ4" in prompt  # the tool's result went back in
    assert "notes.txt" in prompt
    assert '"pages": [2]' in prompt or '"pages":[2]' in prompt  # the call, as the model wrote it
    without_tools = render(name, messages[:2], None)
    assert "summarize_document" not in without_tools


def test_qwen_takes_several_calls_in_one_assistant_turn():
    calls = [ToolCall("list_folder", {"path": "."}), ToolCall("read_document", {"path": "a.txt"})]
    messages = [
        {"role": "user", "content": "Look around."},
        *history_messages(QWEN, "Let me look.", calls, ["a.txt", "text of a"]),
    ]
    tools = tool_definitions(TOOL_SPECS)
    prompt = render("Qwen-Qwen2.5-7B-Instruct.jinja", messages, tools)
    before = render("Qwen-Qwen2.5-7B-Instruct.jinja", messages[:1], tools)  # the tool list's own
    assert prompt.count("<tool_call>") == before.count("<tool_call>") + 2
    assert prompt.count("<|im_start|>assistant") == 1 + 1  # one turn, and the generation prompt
    assert prompt.count("<tool_response>") == 2
    assert "Let me look." in prompt


@pytest.mark.parametrize("fmt", [LLAMA3, GPT_OSS])
def test_one_call_per_assistant_message_where_the_template_wants_it(fmt):
    calls = [ToolCall("list_folder", {"path": "."}), ToolCall("read_document", {"path": "a.txt"})]
    messages = history_messages(fmt, "", calls, ["a.txt", "text of a"])
    assert [message["role"] for message in messages] == ["assistant", "tool"] * 2
    assert all(len(m["tool_calls"]) == 1 for m in messages if m["role"] == "assistant")
    name = next(name for name, each in FORMATS.items() if each == fmt)
    prompt = render(name, [{"role": "user", "content": "Look."}, *messages], None)
    assert "text of a" in prompt


# -- parsing realistic replies ------------------------------------------------------------------


def test_qwen_replies():
    reply = parse_reply(
        QWEN,
        'I will read both.\n<tool_call>\n{"name": "read_document", "arguments": {"path": '
        '"a.pdf", "pages": [1, 2]}}\n</tool_call>\n<tool_call>\n{"name": "list_folder", '
        '"arguments": "{\\"path\\": \\".\\"}"}\n</tool_call>',
    )
    assert reply.calls == (
        ToolCall("read_document", {"path": "a.pdf", "pages": [1, 2]}),
        ToolCall("list_folder", {"path": "."}),  # arguments written as a JSON string
    )
    assert reply.text == "I will read both." and reply.problems == ()
    thinking = parse_reply(
        QWEN,
        '<think>\nThe user wants X.\n</think>\n\n<tool_call>\n{"name": "list_folder", '
        '"arguments": {"path": "."}}',  # stopped before </tool_call>
    )
    assert thinking.calls == (ToolCall("list_folder", {"path": "."}),)
    assert thinking.text == ""
    answer = parse_reply(QWEN, "<think>\nok\n</think>\n\nThe meeting is on Tuesday.")
    assert answer.calls == () and answer.text == "The meeting is on Tuesday."
    broken = parse_reply(QWEN, '<tool_call>\n{"name": "read_document", "arguments": {"pa\n')
    assert broken.calls == () and broken.problems


def test_llama3_replies():
    tagged = parse_reply(
        LLAMA3, '<|python_tag|>{"name": "read_document", "parameters": {"path": "a.pdf"}}'
    )
    assert tagged.calls == (ToolCall("read_document", {"path": "a.pdf"}),)
    bare = parse_reply(
        LLAMA3,
        '{"name": "search_documents", "parameters": {"query": "budget", "limit": 3}}<|eom_id|>',
    )
    assert bare.calls == (ToolCall("search_documents", {"query": "budget", "limit": 3}),)
    two = parse_reply(
        LLAMA3,
        '{"name": "list_folder", "parameters": {"path": "."}}; '
        '{"name": "read_document", "parameters": {"path": "b.txt"}}',
    )
    assert [call.name for call in two.calls] == ["list_folder", "read_document"]
    answer = parse_reply(LLAMA3, "The budget is 4,000 euros.")
    assert answer.calls == () and answer.text == "The budget is 4,000 euros."
    json_answer = parse_reply(LLAMA3, '{"total": 12}')
    assert json_answer.calls == () and json_answer.text == '{"total": 12}'
    builtin = parse_reply(LLAMA3, '<|python_tag|>brave_search.call(query="x")')
    assert builtin.calls == () and builtin.problems
    broken = parse_reply(LLAMA3, '{"name": "read_document", "parameters": {"path": ')
    assert broken.calls == () and broken.problems


def test_gpt_oss_replies_with_and_without_their_special_tokens():
    marked = (
        "<|channel|>analysis<|message|>I should read the file.<|end|><|start|>assistant"
        '<|channel|>commentary to=functions.read_document <|constrain|>json<|message|>{"path":'
        ' "a.pdf"}<|call|>'
    )
    assert parse_reply(GPT_OSS, marked).calls == (ToolCall("read_document", {"path": "a.pdf"}),)
    # llama-cpp-python's detokenizer drops special tokens: the same reply, as it arrives.
    stripped = (
        "analysisI should read the file.assistantcommentary to=functions.read_document "
        'json{"path": "a.pdf"}'
    )
    assert parse_reply(GPT_OSS, stripped).calls == (ToolCall("read_document", {"path": "a.pdf"}),)
    header_first = (
        '<|start|>assistant to=functions.list_folder<|channel|>commentary json<|message|>{"path":'
        ' "."}<|call|>'
    )
    assert parse_reply(GPT_OSS, header_first).calls == (ToolCall("list_folder", {"path": "."}),)
    final = (
        "<|channel|>analysis<|message|>Done.<|end|><|start|>assistant<|channel|>final"
        "<|message|>The meeting is on Tuesday.<|return|>"
    )
    assert parse_reply(GPT_OSS, final).text == "The meeting is on Tuesday."
    final_stripped = "analysisDone.assistantfinalThe meeting is on Tuesday."
    reply = parse_reply(GPT_OSS, final_stripped)
    assert reply.calls == () and reply.text == "The meeting is on Tuesday."
    no_arguments = parse_reply(GPT_OSS, "commentary to=functions.read_document json")
    assert no_arguments.calls == () and no_arguments.problems


# -- the loop through each native format ----------------------------------------------------------


CALLS = {
    QWEN: (
        '<tool_call>\n{"name": "read_document", "arguments": {"path": "notes.txt"}}\n</tool_call>'
    ),
    LLAMA3: '<|python_tag|>{"name": "read_document", "parameters": {"path": "notes.txt"}}',
    GPT_OSS: (
        '<|channel|>commentary to=functions.read_document <|constrain|>json<|message|>{"path": '
        '"notes.txt"}<|call|>'
    ),
}
ANSWERS = {
    QWEN: "The meeting is on Tuesday.",
    LLAMA3: "The meeting is on Tuesday.",
    GPT_OSS: "<|channel|>final<|message|>The meeting is on Tuesday.<|return|>",
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_the_loop_speaks_each_native_format(name, tmp_path):
    fmt = FORMATS[name]
    (tmp_path / "notes.txt").write_text("The meeting is on Tuesday in room 4.", encoding="utf-8")
    rendered: list[str] = []

    def reply(messages):
        # Every prompt the loop builds must be one the real template accepts.
        rendered.append(render(name, messages, engine.tools[-1]))
        has_result = any(message["role"] == "tool" for message in messages)
        return ANSWERS[fmt] if has_result else CALLS[fmt]

    engine = ScriptedEngine(reply=reply, context_length=8192, template_text=template_text(name))
    box = Toolbox(engine, Confinement([tmp_path], None))
    events = list(run_agent(engine, "When is the meeting?", box, AgentBudget(4)))
    end = events[-1]
    assert isinstance(end, AgentFinished)
    assert end.stop_reason == "answered" and end.answer == "The meeting is on Tuesday."
    (step,) = [event for event in events if isinstance(event, AgentStepFinished)]
    assert step.ok and step.tool == "read_document"
    assert engine.schemas == []  # no JSON envelope: the model's own format
    assert engine.tools[0] == tool_definitions(box.specs)
    assert "Tuesdayˆin" in rendered[-1]  # the datamarked result, inside the template's turn
    assert json.dumps("read_document") in rendered[0] or "read_document" in rendered[0]
