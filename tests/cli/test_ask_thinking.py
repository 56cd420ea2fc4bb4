"""`lokal ask --json` with a reasoning model: the answer comes without the thinking, which has a
field of its own (core/application/ask.py splits them, as it does for the window)."""

from __future__ import annotations

import json
import subprocess
import sys

from desktop_app import cli, services
from desktop_app.config import Settings, save_settings
from tests.cli.test_cli import lokal
from tests.scripted_engine import ScriptedEngine

# As DeepSeek-R1 distills stream it: each tag split across pieces.
PIECES = ["<thi", "nk>reasoning", " about the", " question...</th", "ink>\n\nThe ans", "wer."]


class PiecesEngine(ScriptedEngine):
    """The shared scripted engine, streaming fixed pieces instead of words."""

    def stream_chat(self, messages, cancel=None, max_tokens=None, stats=None):
        self.prompts.append([dict(message) for message in messages])
        for number, piece in enumerate(PIECES, start=1):
            if stats is not None:
                stats.completion_tokens = number
            yield piece


def run_cli(capsys, *arguments: str) -> tuple[int, str, str]:
    """`lokal ARGS` in this process, through the real parser and main()."""
    code = cli.main(cli.build_parser().parse_args(list(arguments)))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_ask_json_keeps_the_thinking_out_of_the_answer(tmp_path, capsys, monkeypatch):
    engines: list[PiecesEngine] = []

    def make_engine(settings, override=None):
        engines.append(PiecesEngine())
        return engines[-1]

    monkeypatch.setattr(services, "make_chat_engine", make_engine)
    # Keyword search needs no embedding model; an empty index gives a plain, sourceless answer.
    code, out, err = run_cli(
        capsys, "--data-dir", str(tmp_path), "ask", "--json", "--mode", "keyword", "Why?"
    )

    assert code == 0, err
    [entry] = json.loads(out)
    assert entry == {
        "query": "Why?",
        "answer": "The answer.",
        "sources": [],
        "evidence": [],
        "found": True,  # nothing to search: a plain chat, answered, not refused
        "thinking": "reasoning about the question...",
    }
    [engine] = engines
    assert engine.closed and engine.prompts[-1][-1] == {"role": "user", "content": "Why?"}


def test_ask_as_text_prints_the_answer_and_the_thinking_apart(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(
        services, "make_chat_engine", lambda settings, override=None: PiecesEngine()
    )
    code, out, err = run_cli(
        capsys, "--data-dir", str(tmp_path), "ask", "--mode", "keyword", "Why?"
    )

    assert code == 0, err
    assert out.startswith("The answer.\n") and "reasoning" not in out and "<" not in out
    assert "reasoning about the question..." in err and "think>" not in err


def test_a_model_whose_template_opens_thinking_leaks_no_markup(tmp_path, chat_model_path):
    """The bundled SmolLM2 with a chat template that ends the prompt inside `<think>` (as
    DeepSeek-R1's does): its text starts as thinking, and no `<think>` markup reaches the JSON."""
    thinking_model = tmp_path / "SmolLM2-thinking.gguf"
    template = (
        "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
        "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
        "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n<think>\\n' }}{% endif %}"
    )
    subprocess.run(
        [sys.executable, "-m", "gguf.scripts.gguf_new_metadata", "--force"]
        + ["--chat-template", template, str(chat_model_path), str(thinking_model)],
        check=True,
        capture_output=True,
    )
    settings = Settings()
    settings.model.context_length = 1024
    settings.model.max_tokens = 48
    settings.model.temperature = 0.0
    save_settings(settings, tmp_path / "data")

    result = lokal(
        "ask", "--json", "--mode", "keyword", "--model", thinking_model, "What is 2 + 2?",
        data_dir=tmp_path / "data",
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)
    written = entry["answer"] + entry.get("thinking", "")
    assert written.strip(), "the model wrote nothing"
    for text in (entry["answer"], entry.get("thinking", "")):
        assert "<think>" not in text and "</think>" not in text and "<|im_" not in text
