"""Remote inference (core/remote_llm.py) against a real model server on loopback:
llama-cpp-python's `llama_cpp.server` with the bundled SmolLM2 behind an API key
(tests/remote_server.py), plus a closed port and a socket that never answers.

What the model writes is not asserted (it differs between CPUs and builds): only that pieces
stream, are counted, stop on cancel, and that each failure is the error the user is shown."""

from __future__ import annotations

import json
import math
import socket
import threading
import time

import httpx
import pytest

from desktop_app.core.agent import tool_calls
from desktop_app.core.assistant import AnswerStats
from desktop_app.core.errors import ModelError
from desktop_app.core.remote_llm import (
    CHARACTERS_PER_TOKEN,
    OLLAMA,
    PROMPT_OVERHEAD_TOKENS,
    TOKENS_PER_MESSAGE,
    ChatPieces,
    RemoteChatEngine,
    RemoteEndpoint,
    api_messages,
    estimate_tokens,
    list_models,
)
from tests import remote_server
from tests.remote_server import API_KEY, MODEL_ALIAS, free_port

llama_server = remote_server.llama_server  # the session fixture

QUESTION = [{"role": "user", "content": "Write a few sentences about the sea."}]


@pytest.fixture
def remote(llama_server):
    engine = RemoteChatEngine(llama_server.endpoint())
    yield engine
    engine.close()


def test_the_endpoint_names_its_host_and_never_shows_its_key():
    endpoint = RemoteEndpoint("box", "vllm", "http://user:pw@gpu-box:8080/v1", api_key="sk-123")
    assert endpoint.host_label == "gpu-box:8080"
    assert endpoint.root_url == "http://user:pw@gpu-box:8080"
    assert "sk-123" not in repr(endpoint)
    engine = RemoteChatEngine(RemoteEndpoint("box", "vllm", "http://gpu-box/v1", model="m"))
    try:
        assert engine.model_path == "m (gpu-box)"
        assert engine.is_remote and engine.info is None and engine.template_text is None
        assert engine.render_prompt(QUESTION) is None
    finally:
        engine.close()


def test_list_models_returns_the_servers_model(llama_server):
    assert list_models(llama_server.endpoint()) == [MODEL_ALIAS]


def test_an_answer_streams_with_its_stats(remote):
    stats = AnswerStats()
    pieces = list(remote.stream_chat(QUESTION, max_tokens=24, stats=stats))
    assert "".join(pieces).strip()
    assert 1 <= len(pieces) <= 24
    assert stats.completion_tokens == len(pieces)
    assert 0 < stats.first_token_seconds <= stats.seconds
    assert not stats.stopped


def test_the_servers_first_model_is_used_when_the_profile_names_none(llama_server):
    engine = RemoteChatEngine(llama_server.endpoint(model=""))
    try:
        assert list(engine.stream_chat(QUESTION, max_tokens=4))
    finally:
        engine.close()


def test_cancel_after_the_first_piece_stops_the_stream(remote):
    cancel = threading.Event()
    stats = AnswerStats()
    pieces = []
    for piece in remote.stream_chat(QUESTION, cancel=cancel, max_tokens=200, stats=stats):
        pieces.append(piece)
        cancel.set()
    assert len(pieces) == 1
    assert stats.stopped
    # The server goes on serving the next request.
    assert list(remote.stream_chat(QUESTION, max_tokens=3))


def test_a_plain_completion_streams(remote):
    stats = AnswerStats()
    pieces = list(remote.stream_completion("The sea is", None, 8, stats))
    assert pieces and stats.completion_tokens == len(pieces)


def test_json_answers_follow_the_schema(remote):
    schema = {
        "type": "object",
        "properties": {"colour": {"type": "string", "maxLength": 20}},
        "required": ["colour"],
    }
    messages = [{"role": "user", "content": "Name a colour, as JSON."}]
    answer = json.loads(remote.complete_json(messages, schema, max_tokens=60))
    assert set(answer) == {"colour"} and isinstance(answer["colour"], str)


def test_token_counts_come_from_the_servers_tokenizer(remote, llama_server, engine):
    text = "Lokal answers questions about your documents, offline."
    assert remote.tokenizer_endpoint == "/extras/tokenize"
    reply = httpx.post(
        llama_server.base_url.removesuffix("/v1") + "/extras/tokenize",
        json={"input": text, "model": MODEL_ALIAS},
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    assert remote.count_tokens(text) == len(reply.json()["tokens"]) > 0
    # The same tokenizer as the local model's (the server may add a <bos>).
    assert abs(remote.count_tokens(text) - engine.count_tokens(text)) <= 1
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": text}]
    joined = "Be brief.\n" + text
    assert remote.count_prompt_tokens(messages) == (
        remote.count_tokens(joined) + PROMPT_OVERHEAD_TOKENS + 2 * TOKENS_PER_MESSAGE
    )
    # Never fewer than the local model's exact count through its template (which adds a
    # system prompt of its own to a conversation without one).
    alone = [{"role": "user", "content": text}]
    assert remote.count_prompt_tokens(alone) >= engine.count_prompt_tokens(alone)


def test_without_a_tokenize_endpoint_tokens_are_estimated(llama_server):
    engine = RemoteChatEngine(llama_server.endpoint(kind=OLLAMA))  # Ollama has none
    text = "x" * 100
    try:
        assert engine.tokenizer_endpoint is None
        assert engine.count_tokens(text) == estimate_tokens(text) == math.ceil(100 / 3.5)
        assert CHARACTERS_PER_TOKEN == 3.5
    finally:
        engine.close()


def test_a_wrong_key_is_remote_unauthorized(llama_server):
    endpoint = llama_server.endpoint(api_key="sk-wrong-key")
    with pytest.raises(ModelError) as listing:
        list_models(endpoint)
    engine = RemoteChatEngine(endpoint)
    try:
        with pytest.raises(ModelError) as chatting:
            list(engine.stream_chat(QUESTION, max_tokens=4))
        with pytest.raises(ModelError) as counting:
            engine.count_tokens("hello")
    finally:
        engine.close()
    for raised in (listing, chatting, counting):
        assert raised.value.code == "remote_unauthorized"
        assert "sk-wrong-key" not in raised.value.message


def test_a_closed_port_is_remote_unreachable():
    endpoint = RemoteEndpoint("down", "llama.cpp", f"http://127.0.0.1:{free_port()}/v1", "k", "m")
    with pytest.raises(ModelError) as listing:
        list_models(endpoint)
    engine = RemoteChatEngine(endpoint)
    try:
        with pytest.raises(ModelError) as chatting:
            list(engine.stream_chat(QUESTION, max_tokens=4))
    finally:
        engine.close()
    for raised in (listing, chatting):
        assert raised.value.code == "remote_unreachable"
        assert endpoint.base_url in raised.value.message


def test_a_server_that_never_answers_is_remote_timeout():
    with socket.socket() as silent:  # the kernel accepts connections; nobody ever reads them
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        endpoint = RemoteEndpoint(
            "silent", "llama.cpp", f"http://127.0.0.1:{port}/v1", model="m", timeout_seconds=1.0
        )
        engine = RemoteChatEngine(endpoint)
        started = time.monotonic()
        try:
            with pytest.raises(ModelError) as raised:
                list(engine.stream_chat(QUESTION, max_tokens=4))
        finally:
            engine.close()
    assert raised.value.code == "remote_timeout"
    assert "within 1 s" in raised.value.message
    assert time.monotonic() - started < 10


# -- tools: the server's structured calls, and the agent's history sent back ---------------------


def chunk(tool_calls=None, content=None):
    from openai.types.chat import ChatCompletionChunk

    delta = {"role": "assistant", "content": content}
    if tool_calls is not None:
        delta["tool_calls"] = tool_calls
    return ChatCompletionChunk.model_validate(
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
        }
    )


def test_a_server_that_handles_tools_speaks_the_agents_qwen_format():
    tools = RemoteChatEngine(RemoteEndpoint("box", "vllm", "http://gpu-box/v1", tools=True))
    plain = RemoteChatEngine(RemoteEndpoint("box", "vllm", "http://gpu-box/v1"))
    try:
        assert tool_calls.native_format(tools.template_text) == tool_calls.QWEN
        assert tool_calls.native_format(plain.template_text) is None  # the JSON envelope
    finally:
        tools.close()
        plain.close()


def test_streamed_tool_calls_are_written_back_as_blocks_the_agent_parses():
    """As vLLM streams two calls: the name first, then the arguments in fragments, by index."""
    pieces = ChatPieces()
    stream = [
        chunk(content="Let me look."),
        chunk([{"index": 0, "id": "a", "type": "function", "function": {"name": "search"}}]),
        chunk([{"index": 0, "function": {"arguments": '{"query": "fer'}}]),
        chunk([{"index": 1, "id": "b", "type": "function", "function": {"name": "read_file"}}]),
        chunk([{"index": 0, "function": {"arguments": 'ry"}'}}]),
        chunk([{"index": 1, "function": {"arguments": '{"path": "a.txt"}'}}]),
    ]
    text = "".join(filter(None, (pieces.read(c) for c in stream))) + pieces.finish()
    reply = tool_calls.parse_reply(tool_calls.QWEN, text)
    assert reply.text == "Let me look."
    assert reply.calls == (
        tool_calls.ToolCall("search", {"query": "ferry"}),
        tool_calls.ToolCall("read_file", {"path": "a.txt"}),
    )
    assert ChatPieces().finish() is None  # no calls, nothing added


def test_the_agents_tool_turns_go_back_with_ids_that_pair_them():
    calls = [tool_calls.ToolCall("search", {"query": "ferry"}), tool_calls.ToolCall("x", {})]
    history = tool_calls.history_messages(tool_calls.QWEN, "Looking.", calls, ["found", "none"])
    sent = api_messages([{"role": "user", "content": "When?"}, *history])
    assert sent[0] == {"role": "user", "content": "When?"}
    assistant, first, second = sent[1:]
    assert assistant["content"] == "Looking."
    assert [call["function"] for call in assistant["tool_calls"]] == [
        {"name": "search", "arguments": '{"query": "ferry"}'},
        {"name": "x", "arguments": "{}"},
    ]
    ids = [call["id"] for call in assistant["tool_calls"]]
    assert len(set(ids)) == 2
    assert (first["role"], first["tool_call_id"], first["content"]) == ("tool", ids[0], "found")
    assert (second["tool_call_id"], second["content"]) == (ids[1], "none")


def test_the_server_takes_a_conversation_with_tool_turns(llama_server):
    engine = RemoteChatEngine(llama_server.endpoint(tools=True))
    calls = [tool_calls.ToolCall("search", {"query": "ferry"})]
    messages = [
        {"role": "user", "content": "When does the ferry leave?"},
        *tool_calls.history_messages(tool_calls.QWEN, "", calls, ["It leaves at 08:30."]),
    ]
    definitions = [
        {
            "type": "function",
            "function": {
                "name": "search",
                "description": "Search the documents.",
                "parameters": {"type": "object", "properties": {"query": {"type": "string"}}},
            },
        }
    ]
    try:
        assert engine.count_prompt_tokens(messages, definitions) > engine.count_prompt_tokens(
            messages
        )
        assert list(engine.stream_chat(messages, max_tokens=8, tools=definitions))
    finally:
        engine.close()
