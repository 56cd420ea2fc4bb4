"""The LLM worker's streaming logic with a scripted engine (fast; the real model is tested in
test_end_to_end.py): thinking is split from the answer while it streams, and kept apart."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Slot

from desktop_app.core.assistant import AnswerStats
from desktop_app.core.llm import EngineSettings
from desktop_app.workers.llm_worker import AnswerRequest, LlmWorker

# As DeepSeek-R1 distills stream it: the thinking tag split across pieces.
PIECES = ["<thi", "nk>The user asks", " about France.</th", "ink>\n\nParis", " is the capital."]


class ScriptedEngine:
    """Streams fixed pieces; everything else as a small real model would report it."""

    settings = EngineSettings(max_tokens=64)
    context_length = 2048
    opens_thinking = False
    model_path = "scripted.gguf"

    def count_prompt_tokens(self, messages):
        return sum(len(message["content"].split()) for message in messages)

    def stream_chat(self, messages, cancel, max_tokens=None, stats=None):
        for number, piece in enumerate(PIECES, start=1):
            if cancel.is_set():
                stats.stopped = True
                return
            stats.completion_tokens = number
            yield piece


class Collector(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.thinking, self.answer, self.finished = [], [], []

    @Slot(int, str)
    def on_thinking(self, _request, text):
        self.thinking.append(text)

    @Slot(int, str)
    def on_answer(self, _request, text):
        self.answer.append(text)

    @Slot(int, object)
    def on_finished(self, request, finished):
        self.finished.append((request, finished.answer, finished.thinking, finished.stats))


def test_thinking_streams_apart_from_the_answer(qapp, monkeypatch):
    monkeypatch.setattr("desktop_app.workers.llm_worker.BATCH_SECONDS", 0.0)  # one batch a piece
    worker = LlmWorker("scripted.gguf", EngineSettings())
    worker._engine = ScriptedEngine()
    collected = Collector()
    worker.thinking_streamed.connect(collected.on_thinking)
    worker.tokens_streamed.connect(collected.on_answer)
    worker.answer_finished.connect(collected.on_finished)

    worker.answer(
        AnswerRequest(7, "What is the capital of France?", (), (), None, threading.Event())
    )

    assert "".join(collected.thinking) == "The user asks about France."
    assert "".join(collected.answer) == "Paris is the capital."
    assert not any("<" in piece for piece in collected.thinking + collected.answer)
    [(request, answer, thinking, stats)] = collected.finished
    assert (request, answer, thinking) == (
        7,
        "Paris is the capital.",
        "The user asks about France.",
    )
    assert isinstance(stats, AnswerStats) and stats.completion_tokens == len(PIECES)


def test_a_summary_ends_once_with_its_summary_finished_event(qapp, tmp_path, monkeypatch):
    """SummaryFinished on summary_progressed is a summary's one end: no answer_finished too."""
    from desktop_app.core.summarize import SummaryFinished, SummaryTask
    from desktop_app.workers.llm_worker import SummaryRequest
    from tests.scripted_engine import ScriptedEngine as SharedScriptedEngine

    monkeypatch.setattr("desktop_app.workers.llm_worker.BATCH_SECONDS", 0.0)
    note = tmp_path / "note.txt"
    note.write_text("The ferry to Bornholm leaves at 08:30 from Køge.", "utf-8")
    worker = LlmWorker("scripted.gguf", EngineSettings())
    worker._engine = SharedScriptedEngine(reply="The ferry leaves at 08:30.")
    progress, streamed, finished = [], [], []
    worker.summary_progressed.connect(lambda request, event: progress.append((request, event)))
    worker.tokens_streamed.connect(lambda request, text: streamed.append(text))
    worker.answer_finished.connect(lambda *call: finished.append(call))

    worker.summarize(SummaryRequest(3, (str(note),), SummaryTask(), threading.Event()))

    ends = [event for _request, event in progress if isinstance(event, SummaryFinished)]
    assert len(ends) == 1 and finished == []
    assert {request for request, _event in progress} == {3}
    assert ends[0].answer == "The ferry leaves at 08:30." == "".join(streamed)
    assert isinstance(progress[-1][1], SummaryFinished)  # nothing after the end


def test_a_retried_answer_is_told_and_its_end_comes_whole(qapp, monkeypatch):
    """A reply without a [n] marker is retried: answer_retried comes after the first attempt's
    text and before the second's, and answer_finished carries the AnswerFinished whole."""
    from desktop_app.core.application.ask import AnswerFinished
    from desktop_app.core.application.grounding_types import Evidence, Grounding
    from desktop_app.core.store_types import Hit
    from tests.scripted_engine import ScriptedEngine as SharedScriptedEngine

    monkeypatch.setattr("desktop_app.workers.llm_worker.BATCH_SECONDS", 3600.0)  # one flush each
    text = "The ferry to Bornholm leaves at 08:30 from Køge."
    source = Hit("/docs/ferry.txt", None, 0.9, text, 0, len(text))
    grounding = Grounding("When does the ferry leave?", (source,), (Evidence(1, text, 0, 48, 2.0),))
    replies = iter(["At half past eight.", "At 08:30 [1]."])
    worker = LlmWorker("scripted.gguf", EngineSettings())
    worker._engine = SharedScriptedEngine(reply=lambda _messages: next(replies))
    calls = []
    worker.tokens_streamed.connect(lambda request, text: calls.append(("text", request, text)))
    worker.answer_retried.connect(lambda request, why: calls.append(("retried", request, why)))
    worker.answer_finished.connect(lambda request, end: calls.append(("finished", request, end)))

    worker.answer(AnswerRequest(4, grounding.query, (), (), grounding=grounding))

    assert [call[:2] for call in calls] == [
        ("text", 4),
        ("retried", 4),
        ("text", 4),
        ("finished", 4),
    ]
    assert calls[0][2] == "At half past eight." and calls[1][2] == "no_citation"
    assert calls[2][2] == "At 08:30 [1]."
    end = calls[3][2]
    assert isinstance(end, AnswerFinished)
    assert end.answer == "At 08:30 [1]." and end.found and end.evidence == list(grounding.evidence)
