"""The LLM worker with a model server (LlmWorker.use_remote) against a real llama_cpp.server on
loopback (tests/remote_server.py): it switches and answers, a refused key changes nothing,
settings keep it on the server, and load_model brings a GGUF back (or the server, when the
GGUF fails). The worker's slots are called on the test's thread, as the other worker tests do."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Slot

from desktop_app.core.llm import EngineSettings
from desktop_app.core.remote_llm import RemoteChatEngine
from desktop_app.workers.llm_worker import AnswerRequest, LlmWorker
from tests import remote_server

llama_server = remote_server.llama_server  # the session fixture


class Recorder(QObject):
    def __init__(self, worker: LlmWorker) -> None:
        super().__init__()
        self.events: list[tuple] = []
        self.answers: list = []
        worker.model_loading.connect(self.on_loading)
        worker.model_loaded.connect(self.on_loaded)
        worker.model_failed.connect(self.on_failed)
        worker.answer_finished.connect(self.on_finished)
        worker.answer_failed.connect(self.on_answer_failed)

    @Slot(str)
    def on_loading(self, path):
        self.events.append(("loading", path))

    @Slot(str, object)
    def on_loaded(self, path, info):
        self.events.append(("loaded", path, info))

    @Slot(str, object)
    def on_failed(self, path, error):
        self.events.append(("failed", path, error.code))

    @Slot(int, object)
    def on_finished(self, _request, finished):
        self.answers.append(finished)

    @Slot(int, object)
    def on_answer_failed(self, _request, error):
        self.answers.append(error)


def ask(worker: LlmWorker, question: str) -> None:
    worker.answer(AnswerRequest(1, question, (), (), None, threading.Event()))


def test_use_remote_answers_through_the_server_and_load_model_comes_back(
    qapp, llama_server, chat_model_path, tmp_path
):
    settings = EngineSettings(context_length=2048, max_tokens=16, temperature=0.0)
    worker = LlmWorker(chat_model_path, settings)
    recorder = Recorder(worker)
    endpoint = llama_server.endpoint()
    label = RemoteChatEngine.label_for(endpoint)

    worker.use_remote(endpoint)
    assert recorder.events == [("loading", label), ("loaded", label, None)]
    ask(worker, "Say hello.")
    [finished] = recorder.answers
    assert finished.answer.strip() and finished.stats.completion_tokens > 0

    # New sampling settings keep the server (only load_model switches back to a GGUF).
    worker.configure(str(chat_model_path), EngineSettings(context_length=4096, max_tokens=8))
    assert recorder.events[-1] == ("loaded", label, None)
    ask(worker, "Say hello again.")
    # Still the server's declared context, not the 4096 a GGUF would now be loaded with.
    assert recorder.answers[-1].stats.context_length == remote_server.CONTEXT

    # A GGUF that fails to load leaves the server answering.
    broken = tmp_path / "cut.gguf"
    broken.write_bytes(chat_model_path.read_bytes()[:1_000_000])
    recorder.events.clear()
    worker.load_model(str(broken), settings)
    assert recorder.events[0] == ("failed", str(broken), "model_damaged")
    ask(worker, "Still there?")
    assert not isinstance(recorder.answers[-1], Exception)

    # A GGUF replaces the server as it replaces another GGUF.
    recorder.events.clear()
    worker.load_model(str(chat_model_path), settings)
    [loading, loaded] = recorder.events
    assert loading == ("loading", str(chat_model_path))
    assert loaded[:2] == ("loaded", str(chat_model_path)) and loaded[2] is not None
    worker.close()


def test_a_refused_key_changes_nothing(qapp, llama_server, chat_model_path):
    worker = LlmWorker(chat_model_path, EngineSettings(max_tokens=8))
    recorder = Recorder(worker)
    worker.use_remote(llama_server.endpoint())
    wrong = llama_server.endpoint(api_key="sk-wrong")
    worker.use_remote(wrong)
    assert recorder.events[-1] == (
        "failed",
        RemoteChatEngine.label_for(wrong),
        "remote_unauthorized",
    )
    ask(worker, "Say hello.")  # the server with the right key still answers
    assert not isinstance(recorder.answers[-1], Exception)
    missing = llama_server.endpoint(model="no-such-model")
    worker.use_remote(missing)
    assert recorder.events[-1][2] == "remote_model_missing"
    worker.close()
