"""The API server's parts that need no model: the address policy, the server's start and stop,
the token on every request (renewal applying at once), the worker's queue and cancel, reading
OpenAI messages, stop strings; and `lokal serve` refusing another computer's address."""

from __future__ import annotations

import socket
import threading

import httpx
import pytest

from desktop_app.config import Settings
from desktop_app.core import api_token
from desktop_app.core.errors import LokalError
from desktop_app.serve import protocol
from desktop_app.serve.backend import JOB_ENDED, ServeBackend
from desktop_app.serve.server import ApiServer, is_loopback
from tests.serve.servers import environment, lokal_command


class NoDocuments:
    """A Grounder over an empty library."""

    def collections(self) -> list[str]:
        return []

    def ground(self, query, collections, cancel):
        raise AssertionError("nothing to ground on")


@pytest.fixture
def api(tmp_path):
    """An ApiServer on a free port of 127.0.0.1, its token read from tmp_path per request."""
    backend = ServeBackend(Settings(), NoDocuments())
    server = ApiServer(backend, "127.0.0.1", 0, lambda: api_token.read_or_create_token(tmp_path))
    server.start()
    try:
        yield server
    finally:
        server.stop()
        backend.close()


def test_loopback_addresses_are_told_from_others():
    for host in ("127.0.0.1", "127.4.5.6", "::1", "[::1]", "localhost", "LOCALHOST"):
        assert is_loopback(host), host
    for host in ("0.0.0.0", "::", "192.168.1.20", "gpu-box", "example.org", ""):
        assert not is_loopback(host), host


def test_the_server_listens_asks_for_the_token_and_stops(api, tmp_path):
    assert api.running and api.port != 0
    assert api.url == f"http://127.0.0.1:{api.port}/v1"
    refused = httpx.get(f"{api.url}/models", timeout=10)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "invalid_api_key"
    token = api_token.read_or_create_token(tmp_path)
    listed = httpx.get(f"{api.url}/models", headers={"Authorization": f"Bearer {token}"})
    assert listed.status_code == 200
    assert [entry["id"] for entry in listed.json()["data"]][0] == "lokal"
    api.stop()
    assert not api.running
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{api.url}/models", headers={"Authorization": f"Bearer {token}"}, timeout=5)


def test_a_renewed_token_applies_at_once(api, tmp_path):
    old = api_token.read_or_create_token(tmp_path)
    new = api_token.renew_token(tmp_path)
    for token, status in ((old, 401), (new, 200)):
        answer = httpx.get(f"{api.url}/models", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == status


def test_an_address_in_use_is_a_lokal_error_not_an_exit(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        backend = ServeBackend(Settings(), NoDocuments())
        server = ApiServer(backend, "127.0.0.1", port, lambda: "lokal-x")
        try:
            with pytest.raises(LokalError) as raised:
                server.start()
        finally:
            backend.close()
    assert raised.value.code == "serve_cannot_listen"
    assert not server.running


def test_a_request_whose_client_left_while_queued_never_runs():
    backend = ServeBackend(Settings(), NoDocuments())
    release = threading.Event()
    ran: list[str] = []
    delivered: list[object] = []
    try:

        def first():
            release.wait(10)
            ran.append("first")
            yield "first"

        def second():
            ran.append("second")
            yield "second"

        backend.submit(first, delivered.append, threading.Event())
        gone = threading.Event()
        queued = backend.submit(second, delivered.append, gone)
        gone.set()  # the client disconnects while the first request holds the worker
        release.set()
        queued.result(timeout=10)
    finally:
        backend.close()
    assert ran == ["first"]
    assert delivered == ["first", JOB_ENDED, JOB_ENDED]


def test_a_failing_job_is_delivered_and_the_worker_goes_on():
    backend = ServeBackend(Settings(), NoDocuments())
    delivered: list[object] = []

    def broken():
        raise LokalError("model_not_found", path="x.gguf")
        yield  # a generator

    def fine():
        yield "ok"

    try:
        backend.submit(broken, delivered.append, threading.Event()).result(timeout=10)
        backend.submit(fine, delivered.append, threading.Event()).result(timeout=10)
    finally:
        backend.close()
    assert delivered[0].error.code == "model_not_found"
    assert delivered[1:] == [JOB_ENDED, "ok", JOB_ENDED]


def message(role: str, content) -> protocol.ChatMessage:
    return protocol.ChatMessage(role=role, content=content)


def test_openai_messages_become_a_question_with_history():
    system, history, question = protocol.conversation(
        [
            message("system", "Be brief."),
            message("user", "Hello"),
            message("assistant", "Hi! Ask away."),
            message("user", "One thing."),
            message("user", [{"type": "text", "text": "When is the ferry?"}]),
        ]
    )
    assert system == "Be brief."
    assert [(turn.question, turn.answer) for turn in history] == [("Hello", "Hi! Ask away.")]
    assert question == "One thing.\n\nWhen is the ferry?"
    assert protocol.conversation([message("user", "Hi")]) == (None, (), "Hi")


def test_the_last_message_must_be_the_users():
    for messages in ([message("assistant", "Hi")], [message("user", "  ")]):
        with pytest.raises(protocol.ApiError) as raised:
            protocol.conversation(messages)
        assert raised.value.status == 400


def test_streamed_text_is_cut_at_a_stop_string_across_pieces():
    cutter = protocol.StopCutter(["END"])
    sent = [cutter.feed(piece) for piece in ("Hello E", "N", "D and more", " text")]
    assert "".join(sent) == "Hello "
    assert cutter.stopped and cutter.finish() == ""
    held = protocol.StopCutter(["END"])
    assert held.feed("Hello E") == "Hello "  # "E" may begin END: held back
    assert held.feed("very") == "Every"
    assert held.finish() == ""
    assert protocol.StopCutter([]).feed("all of it") == "all of it"
    assert protocol.StopCutter([".", "!"]).cut("Hi! There.") == "Hi"


def run_lokal(*args: str, data_dir) -> tuple[int, str]:
    import subprocess

    done = subprocess.run(
        lokal_command(data_dir, *args),
        capture_output=True,
        text=True,
        timeout=120,
        env=environment(),
    )
    return done.returncode, done.stderr


def test_lokal_serve_refuses_another_computers_address_without_the_flag(tmp_path):
    code, stderr = run_lokal("serve", "--host", "0.0.0.0", "--port", "0", data_dir=tmp_path)
    assert code == 2
    assert "--allow-network" in stderr and "Traceback" not in stderr


def test_lokal_serve_warns_and_says_why_it_cannot_listen(tmp_path):
    # 192.0.2.1 (TEST-NET-1) is no address of this computer: binding it fails.
    code, stderr = run_lokal(
        "serve", "--host", "192.0.2.1", "--port", "0", "--allow-network", data_dir=tmp_path
    )
    assert code == 1
    assert "WARNING" in stderr and "other computers" in stderr
    assert "cannot listen on 192.0.2.1" in stderr and "Traceback" not in stderr


def test_lokal_serve_says_where_text_goes_with_a_model_server(tmp_path):
    from desktop_app.config import ProviderProfile, save_settings

    settings = Settings()
    settings.remote.profiles = [ProviderProfile(name="gpu", base_url="http://gpu-box:8080/v1")]
    settings.remote.active = "gpu"
    save_settings(settings, tmp_path)
    # The message comes before serving; 192.0.2.1 then fails to bind, which ends the run.
    code, stderr = run_lokal(
        "serve", "--host", "192.0.2.1", "--port", "0", "--allow-network", data_dir=tmp_path
    )
    assert code == 1, stderr
    assert "text is sent to gpu-box:8080" in stderr


def test_a_model_that_cannot_load_is_a_clear_error_and_the_server_goes_on(tmp_path):
    from openai import APIError, InternalServerError, OpenAI

    settings = Settings()
    settings.model.path = str(tmp_path / "missing.gguf")
    backend = ServeBackend(settings, NoDocuments())
    server = ApiServer(backend, "127.0.0.1", 0, lambda: "lokal-test")
    server.start()
    try:
        client = OpenAI(base_url=server.url, api_key="lokal-test", max_retries=0, timeout=30)
        question = [{"role": "user", "content": "hello"}]
        for _attempt in range(2):  # the load is tried again, and fails again, clearly
            with pytest.raises(InternalServerError) as raised:
                client.chat.completions.create(model="lokal", messages=question)
            assert "missing.gguf" in raised.value.message
        with pytest.raises(APIError) as streamed:
            for _chunk in client.chat.completions.create(
                model="lokal", messages=question, stream=True
            ):
                pass
        assert "missing.gguf" in streamed.value.message
        assert [model.id for model in client.models.list()][0] == "lokal"
    finally:
        server.stop()
        backend.close()


def test_lokal_serve_renew_token_replaces_the_token_before_serving(tmp_path):
    old = api_token.read_or_create_token(tmp_path)
    code, stderr = run_lokal(
        "serve",
        "--renew-token",
        "--host",
        "192.0.2.1",
        "--port",
        "0",
        "--allow-network",
        data_dir=tmp_path,
    )
    assert code == 1, stderr  # 192.0.2.1 cannot be bound: it stops there
    new = api_token.read_or_create_token(tmp_path)
    assert new != old and new.startswith("lokal-")


def test_a_stream_waiting_its_turn_gets_keep_alive_comments(tmp_path, monkeypatch):
    from desktop_app.serve import app as api_app

    monkeypatch.setattr(api_app, "KEEP_ALIVE_SECONDS", 0.2)
    settings = Settings()
    settings.model.path = str(tmp_path / "missing.gguf")  # the request fails once its turn comes
    backend = ServeBackend(settings, NoDocuments())
    server = ApiServer(backend, "127.0.0.1", 0, lambda: "lokal-test")
    server.start()
    release = threading.Event()

    def busy():  # another request holding the worker
        release.wait(30)
        yield "done"

    try:
        backend.submit(busy, lambda _event: None, threading.Event())
        body = {"model": "lokal", "messages": [{"role": "user", "content": "hi"}], "stream": True}
        lines = []
        with httpx.stream(
            "POST",
            f"{server.url}/chat/completions",
            json=body,
            headers={"Authorization": "Bearer lokal-test"},
            timeout=30,
        ) as stream:
            for line in stream.iter_lines():
                lines.append(line)
                if line.startswith(":"):
                    release.set()  # kept alive while waiting: now let its turn come
                if line == "data: [DONE]":
                    break
    finally:
        release.set()
        server.stop()
        backend.close()
    assert any(line.startswith(": waiting") for line in lines)
    assert any('"error"' in line and "missing.gguf" in line for line in lines)
