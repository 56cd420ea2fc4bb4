"""The same question gets the same sources and the same prompt from `lokal ask` as from the
window: both are thin adapters over core's application layer (search.Retriever, ask.answer).

The CLI runs in this process (the real parser and main()); the window is the running app, asked
through its chat controller as a person would ask. Once with the shared scripted engine, whose
`.prompts` show every prompt word for word, and once with the bundled model, where what holds on
any machine is compared: the same sources and the same prompt, token for token.
"""

from __future__ import annotations

import json

import pytest

from desktop_app import cli, services
from desktop_app.config import Settings, load_settings, save_settings
from desktop_app.core.application import ask
from tests.scripted_engine import ScriptedEngine, echo_last_user_message
from tests.ui.conftest import Recorder, start_app

ANSWER_MS = 180_000
PAGES = [
    "Chapter one describes the weather in Copenhagen during the autumn months.",
    "The launch code for project Bluebird is 4729. Keep it in the red folder.",
    "Chapter three lists the opening hours of the public libraries in Aarhus.",
]
QUESTION = "What is the launch code for project Bluebird?"
SYSTEM_PROMPT = "You are Lokal. Answer from the numbered sources, briefly, citing them like [1]."


@pytest.fixture
def data_dir(tmp_path, make_pdf, capsys):
    """A PDF and a note indexed through `lokal index`, with settings both front ends read: a
    system prompt of their own and neighbours on, so the whole policy is exercised."""
    docs = tmp_path / "docs"
    docs.mkdir()
    make_pdf("guide.pdf", PAGES).rename(docs / "guide.pdf")
    (docs / "notes.txt").write_text("The ferry to Bornholm leaves at 08:30 from Køge.", "utf-8")
    data = tmp_path / "data"
    settings = Settings()
    settings.retrieval.top_k = 3
    settings.retrieval.neighbours = 1
    settings.model.system_prompt = SYSTEM_PROMPT
    settings.model.context_length = 2048
    settings.model.max_tokens = 24  # short answers: two cores make long ones slow
    settings.model.temperature = 0.0
    save_settings(settings, data)
    assert run_cli(capsys, data, "index", str(docs))["code"] == 0
    return data


def run_cli(capsys, data, *arguments: str) -> dict:
    code = cli.main(cli.build_parser().parse_args(["--data-dir", str(data), *arguments]))
    captured = capsys.readouterr()
    return {"code": code, "out": captured.out, "err": captured.err}


@pytest.fixture
def prepared_prompts(monkeypatch) -> list:
    """Every prompt core's ask prepared, from whichever front end asked."""
    prompts = []
    answer = ask.answer

    def recording(engine, question, cancel):
        for event in answer(engine, question, cancel):
            if isinstance(event, ask.PromptPrepared):
                prompts.append(event.prepared)
            yield event

    monkeypatch.setattr(ask, "answer", recording)
    return prompts


def cli_ask(capsys, data) -> dict:
    result = run_cli(capsys, data, "ask", "--json", QUESTION)
    assert result["code"] == 0, result["err"]
    [entry] = json.loads(result["out"])
    return entry


def cited_echo(messages) -> str:
    """The scripted echo of the prompt, with a marker: an answer no check retries."""
    return f"{echo_last_user_message(messages)} [1]"


def window_ask(qtbot, lokal) -> tuple[list, tuple]:
    """Ask in a new chat of the running window; the hits found, and the answer_finished call."""
    found = Recorder(lokal.index_worker.search_finished)
    finished = Recorder(lokal.llm_worker.answer_finished)
    failed = Recorder(lokal.llm_worker.answer_failed)
    lokal.chat.new_conversation()  # no earlier turns: the CLI has none
    with qtbot.waitSignal(lokal.chat.answer_completed, timeout=ANSWER_MS):
        lokal.chat.ask(QUESTION)
    # The recorders' queued calls come after the chat's own, which ended the wait.
    qtbot.waitUntil(lambda: bool(finished.calls or failed.calls), timeout=5000)
    assert not failed.calls, [error.message for _id, error in failed.calls]
    [(_request, grounding)] = found.calls
    [(request, event)] = finished.calls
    return list(grounding.sources), (request, event.answer, event.thinking, event.stats)


def places(sources) -> list[tuple]:
    """What a source shows and points at, in order: path, page, heading, text."""
    return [
        (source["path"], source["page"], source["heading"], source["text"])
        if isinstance(source, dict)
        else (source.path, source.page, source.heading, source.text)
        for source in sources
    ]


def test_the_cli_and_the_window_find_the_same_sources_and_send_the_same_prompt(
    qtbot, capsys, monkeypatch, data_dir, prepared_prompts, chat_model_path
):
    """The scripted engine on both sides: substituted where the CLI gets its engine (the
    factory), and in the window's LLM worker once its model has loaded."""
    cli_engine = ScriptedEngine(reply=cited_echo, context_length=2048, max_tokens=24)
    with monkeypatch.context() as patch:
        patch.setattr(services, "make_chat_engine", lambda settings, override=None: cli_engine)
        from_cli = cli_ask(capsys, data_dir)

    window_engine = ScriptedEngine(reply=cited_echo, context_length=2048, max_tokens=24)
    lokal = start_app(qtbot, data_dir, load_settings(data_dir))
    try:
        lokal.llm_worker._engine = window_engine  # its thread is idle: the model has loaded
        hits, (_id, answer, _thinking, stats) = window_ask(qtbot, lokal)
    finally:
        lokal.shutdown()

    # The same sources, in the same order, with the same text (neighbours joined alike) ...
    assert from_cli["sources"] and places(from_cli["sources"])[0][1] == 2
    assert places(from_cli["sources"]) == places(stats.sources) == places(hits)
    # ... the same prompt, word for word, with the system prompt of the settings ...
    [cli_messages] = cli_engine.prompts
    assert window_engine.prompts == [cli_messages]
    assert cli_messages[0] == {"role": "system", "content": SYSTEM_PROMPT}
    assert QUESTION in cli_messages[-1]["content"] and "4729" in cli_messages[-1]["content"]
    cli_prompt, window_prompt = prepared_prompts
    assert cli_prompt == window_prompt
    # ... and so the same answer.
    assert from_cli["answer"] == answer.strip()


def test_with_the_bundled_model_the_cli_and_the_window_prepare_the_same_prompt(
    qtbot, capsys, data_dir, prepared_prompts, chat_model_path
):
    """The real model on both sides (the CLI's factory loads its own): what holds on any machine
    is compared, not the words the model chose."""
    from_cli = cli_ask(capsys, data_dir)
    cli_attempts = len(prepared_prompts)  # two when the model's answer was retried
    lokal = start_app(qtbot, data_dir, load_settings(data_dir))
    try:
        hits, (_id, answer, thinking, stats) = window_ask(qtbot, lokal)
    finally:
        lokal.shutdown()
    # Each front end's first prompt (a retry's prompt follows from it and the model's words).
    cli_prompt, window_prompt = prepared_prompts[0], prepared_prompts[cli_attempts]
    window_prompts = prepared_prompts[cli_attempts:]

    assert from_cli["sources"]
    assert places(from_cli["sources"]) == places(hits)[: len(from_cli["sources"])]
    assert places(stats.sources) == places(hits)[: len(stats.sources)]
    assert places(cli_prompt.sources) == places(window_prompt.sources) == places(hits)
    # The same messages, counted by the model's own tokenizer to the same number of tokens,
    # with the same room left for the answer.
    assert cli_prompt.messages == window_prompt.messages
    assert cli_prompt.messages[0]["content"] == SYSTEM_PROMPT
    assert cli_prompt.prompt_tokens == window_prompt.prompt_tokens
    assert stats.prompt_tokens in [prompt.prompt_tokens for prompt in window_prompts]
    assert cli_prompt.max_tokens == window_prompt.max_tokens
    for text in (from_cli["answer"], answer):
        assert text.strip() and "<|im_" not in text and "<think>" not in text
