"""The agent in the window: the LLM worker runs it, writes wait for the user's answer in the
approval dialog, each step shows in the chat. A scripted engine drives the loop, so every step
is known; the files and the dialog are real."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Slot

from desktop_app.core.errors import LokalError
from desktop_app.core.llm import EngineSettings
from desktop_app.core.workflows.events import TextStreamed, WorkflowFinished
from desktop_app.workers.agent_bridge import DocumentSearch, WriteApprovals
from desktop_app.workers.llm_worker import LlmWorker, TaskRequest
from tests.scripted_engine import ScriptedEngine


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
