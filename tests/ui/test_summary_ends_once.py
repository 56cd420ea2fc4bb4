"""A summary in the window ends once: the chat controller finishes it on SummaryFinished (the
LLM worker's one end signal for it), stores one answer and frees the composer once."""

from __future__ import annotations

import pytest

from desktop_app.core.summarize import SummaryFinished
from tests.scripted_engine import ScriptedEngine
from tests.ui.conftest import Recorder, start_app

SUMMARY_MS = 60_000


@pytest.mark.slow  # the app loads its embedding and chat models
def test_the_chat_sees_one_end_of_a_summary(qtbot, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("The ferry to Bornholm leaves at 08:30 from Køge.", "utf-8")
    lokal = start_app(qtbot, tmp_path / "data")
    try:
        lokal.llm_worker._engine = ScriptedEngine(reply="The ferry leaves at 08:30.")
        completed = Recorder(lokal.chat.answer_completed)
        answered = Recorder(lokal.llm_worker.answer_finished)
        progress = Recorder(lokal.llm_worker.summary_progressed)
        with qtbot.waitSignal(lokal.chat.answer_completed, timeout=SUMMARY_MS):
            lokal.chat.summarize([str(note)])
        qtbot.wait(200)  # a second end, were there one, would come in this time

        assert len(completed.calls) == 1 and answered.calls == []
        assert [e for _id, e in progress.calls if isinstance(e, SummaryFinished)]
        stored = lokal.history.messages(lokal.chat.conversation_id)
        assert [message.role for message in stored] == ["user", "assistant"]
        assert stored[1].content == "The ferry leaves at 08:30."
        answer = lokal.window.chat_view.answers()[-1]
        assert answer.text() == "The ferry leaves at 08:30." and answer.regenerate_button.isHidden()
        assert lokal.window.composer.send_button.isEnabled()
    finally:
        lokal.shutdown()
