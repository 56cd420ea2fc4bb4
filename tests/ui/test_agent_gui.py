"""The agent in the window: the LLM worker runs it, writes wait for the user's answer in the
approval dialog, each step shows in the chat. A scripted engine drives the loop, so every step
is known; the files and the dialog are real."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop_app.config import Settings, load_settings
from desktop_app.core.errors import LokalError
from desktop_app.core.llm import EngineSettings
from desktop_app.core.workflows.events import TextStreamed, WorkflowFinished
from desktop_app.ui.agent_folders_dialog import AgentFoldersDialog
from desktop_app.workers.agent_bridge import DocumentSearch, WriteApprovals
from desktop_app.workers.llm_worker import LlmWorker, TaskRequest
from tests.scripted_engine import ScriptedEngine
from tests.ui.conftest import Recorder, start_app


class Calls(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple] = []

    @Slot()
    def record(self, *args) -> None:
        self.calls.append(args)


def test_a_task_runs_with_the_workers_engine_and_ends_once(qapp, monkeypatch):
    """Text pieces come merged (here: one batch), other events whole, then one task_ended."""
    monkeypatch.setattr("desktop_app.workers.llm_worker.BATCH_SECONDS", 3600.0)
    engine = ScriptedEngine()
    worker = LlmWorker("scripted.gguf", EngineSettings())
    worker._engine = engine
    progressed, ended = Calls(), Calls()
    worker.task_progressed.connect(progressed.record)
    worker.task_ended.connect(ended.record)
    seen = []

    def run(given_engine, cancel):
        seen.append((given_engine, cancel))
        yield TextStreamed("Over")
        yield TextStreamed("view")
        yield WorkflowFinished("report", None, 1, 0, 0, 0, 0.1, text="Overview")

    request = TaskRequest(run)
    worker.run_task(request)
    assert seen == [(engine, request.cancel)]
    events = [event for _id, event in progressed.calls]
    assert events[0] == TextStreamed("Overview") and isinstance(events[1], WorkflowFinished)
    assert ended.calls == [(request.request_id, None)]


def test_a_task_that_raises_is_told_and_the_worker_goes_on(qapp):
    worker = LlmWorker("scripted.gguf", EngineSettings())
    worker._engine = ScriptedEngine()
    ended = Calls()
    worker.task_ended.connect(ended.record)

    def broken(_engine, _cancel):
        yield TextStreamed("a")
        raise ValueError("boom")

    def refused(_engine, _cancel):
        raise LokalError("agent_no_answer", detail="nothing")
        yield

    first, second = TaskRequest(broken), TaskRequest(refused)
    worker.run_task(first)
    worker.run_task(second)
    (id1, error1), (id2, error2) = ended.calls
    assert (id1, error1.code, error1.params["detail"]) == (first.request_id, "task_failed", "boom")
    assert (id2, error2.code) == (second.request_id, "agent_no_answer")
    assert first.request_id != second.request_id


def test_an_approval_waits_for_the_answer_and_a_cancel_refuses(qapp, qtbot):
    approvals = WriteApprovals()
    asked = Calls()
    approvals.approval_requested.connect(asked.record)
    cancel = threading.Event()
    answers = []
    thread = threading.Thread(target=lambda: answers.append(approvals.ask("proposal", cancel)))
    thread.start()
    qtbot.waitUntil(lambda: bool(asked.calls))
    [(ticket, proposal)] = asked.calls
    assert proposal == "proposal" and answers == []  # still waiting for the user
    approvals.answer(ticket, True)
    thread.join(5)
    assert answers == [True]

    withdrawn = Calls()
    approvals.approval_withdrawn.connect(withdrawn.record)
    thread = threading.Thread(target=lambda: answers.append(approvals.ask("second", cancel)))
    thread.start()
    qtbot.waitUntil(lambda: len(asked.calls) == 2)
    cancel.set()
    thread.join(5)
    approvals.answer(asked.calls[1][0], True)  # too late: the question was withdrawn
    assert answers == [True, False]
    qtbot.waitUntil(lambda: withdrawn.calls == [(asked.calls[1][0],)])


def test_a_search_from_another_thread_gets_the_index_workers_answer(qapp, qtbot):
    """The searcher sends the window's search request and waits: the answer comes back to the
    waiting thread; an answer to another id (the chat's own search) is not taken."""
    from desktop_app.core.application.grounding_types import Grounding
    from desktop_app.core.store_types import Hit

    search = DocumentSearch()
    hit = Hit("/docs/a.txt", None, 0.9, "text", 0, 4)
    requests = []

    def index_worker(request_id, query, top_k, collections):
        requests.append((request_id, query, top_k, collections))
        search.on_search_finished(request_id + 1000, Grounding(query, (), ()))  # not ours
        search.on_search_finished(request_id, Grounding(query, (hit,), ()))

    search.search_requested.connect(index_worker, Qt.ConnectionType.DirectConnection)
    found = []
    thread = threading.Thread(target=lambda: found.append(search.searcher(["Work"])("q", 5)))
    thread.start()
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    assert found == [[hit]]
    [(request_id, query, top_k, collections)] = requests
    assert request_id < 0 and (query, top_k, collections) == ("q", 5, ["Work"])


# -- the agent in the running window ------------------------------------------------------------

AGENT_MS = 60_000
CONTENT = "# Totals\n\nHansen ApS: kr. 1.234,50\n"


@pytest.fixture
def lokal(qtbot, tmp_path):
    app = start_app(qtbot, tmp_path / "data", Settings())
    yield app
    app.shutdown()


def writing_agent(path: Path):
    """A scripted model in the JSON envelope: write `path`, then answer (what it was told)."""

    def reply(messages) -> str:
        told = messages[-1]["content"]
        if len(messages) <= 2:  # the task alone: take the step
            return json.dumps(
                {"tool": "write_file", "arguments": {"path": str(path), "content": CONTENT}}
            )
        return json.dumps({"final_answer": f"Done. {told.splitlines()[0][:80]}"})

    return reply


def choose_output_folder(qtbot, lokal, folder: Path, monkeypatch) -> None:
    """Agent ▸ Folders the agent may use…: Choose output folder…, OK."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(folder)))
    lokal.window.composer.agent_folders_action.trigger()
    dialog = lokal.window.findChild(AgentFoldersDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.output_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def give_task(qtbot, lokal, task: str):
    """Agent on, the task typed, Send: returns the approval dialog once it shows."""
    composer = lokal.window.composer
    if not composer.agent_button.isChecked():
        qtbot.mouseClick(composer.agent_button, Qt.MouseButton.LeftButton)
    assert composer.agent_button.isChecked()
    shown = Recorder(lokal.agent.approval_shown)
    qtbot.keyClicks(composer.editor, task)
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown.calls), timeout=AGENT_MS)
    [(dialog,)] = shown.calls
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@pytest.mark.slow  # the app loads its models
def test_an_approved_write_holds_exactly_what_the_dialog_showed(
    qtbot, lokal, tmp_path, monkeypatch
):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "totals.md"
    lokal.llm_worker._engine = ScriptedEngine(writing_agent(target))
    choose_output_folder(qtbot, lokal, out, monkeypatch)
    assert load_settings(tmp_path / "data").ui.agent_output_folder == str(out)  # kept
    finished = Recorder(lokal.agent.finished)
    dialog = give_task(qtbot, lokal, "Write the totals to totals.md")
    # The exact path and the exact content, before anything is written.
    assert str(target) in dialog.path_label.text() and dialog.content.toPlainText() == CONTENT
    assert not target.exists() and lokal.window.composer.stop_button.isEnabled()
    shown = dialog.content.toPlainText()
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished.calls), timeout=AGENT_MS)
    [(end,)] = finished.calls
    assert target.read_text(encoding="utf-8") == shown
    assert end.writes == (str(target),) and end.stop_reason == "answered"
    steps = lokal.agent.steps
    [row] = steps.rows
    assert row.tool == "write_file" and row.ok and row.writes == [(str(target), True)]
    assert steps.texts()[0].startswith("Step 1: write_file")
    answer = lokal.window.chat_view.answers()[-1]
    assert answer.text() == end.answer and end.answer.startswith("Done.")
    assert lokal.window.composer.send_button.isEnabled()


@pytest.mark.slow  # the app loads its models
def test_a_refused_write_leaves_no_file_and_the_step_says_so(qtbot, lokal, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "totals.md"
    lokal.llm_worker._engine = ScriptedEngine(writing_agent(target))
    choose_output_folder(qtbot, lokal, out, monkeypatch)
    finished = Recorder(lokal.agent.finished)
    dialog = give_task(qtbot, lokal, "Write the totals to totals.md")
    qtbot.mouseClick(dialog.refuse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished.calls), timeout=AGENT_MS)
    assert not target.exists() and list(out.iterdir()) == []
    [row] = lokal.agent.steps.rows
    assert not row.ok and row.writes == [(str(target), False)]
    assert row.error is not None and row.error.code == "agent_write_refused"
    assert "was not written: the write was not approved" in lokal.agent.steps.texts()[0]
    row.set_unfolded(True)
    assert f"Refused, not written: {target}" in row.details.text()


@pytest.mark.slow  # the app loads its models
def test_stop_while_a_write_waits_refuses_it_and_closes_the_dialog(
    qtbot, lokal, tmp_path, monkeypatch
):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "totals.md"
    lokal.llm_worker._engine = ScriptedEngine(writing_agent(target))
    choose_output_folder(qtbot, lokal, out, monkeypatch)
    finished = Recorder(lokal.agent.finished)
    dialog = give_task(qtbot, lokal, "Write the totals to totals.md")
    qtbot.mouseClick(lokal.window.composer.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished.calls), timeout=AGENT_MS)
    assert not dialog.isVisible() and not target.exists()
    [(end,)] = finished.calls
    assert end.stop_reason == "cancelled" and end.writes == ()


@pytest.mark.slow  # the app loads its models
def test_without_an_output_folder_the_agent_has_no_write_tools(qtbot, lokal, tmp_path):
    lokal.llm_worker._engine = engine = ScriptedEngine(json.dumps({"final_answer": "Nothing."}))
    finished = Recorder(lokal.agent.finished)
    composer = lokal.window.composer
    qtbot.mouseClick(composer.agent_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(composer.editor, "Write a file")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished.calls), timeout=AGENT_MS)
    offered = json.dumps(engine.schemas[0])
    assert "search_documents" in offered and "write_file" not in offered
    assert "append_to_file" not in offered
