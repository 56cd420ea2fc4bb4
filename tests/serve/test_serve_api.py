"""`lokal serve` driven by the official `openai` client, as another local tool would drive it.

One real `lokal serve` subprocess (the bundled SmolLM2 and all-MiniLM-L6-v2) over a data folder
where a real 3-page PDF was indexed into the collection "harbour" with `lokal index`. No test
asserts words the model chose: only that text came, where the sources came from, and what the
protocol says.
"""

from __future__ import annotations

import math
import threading
import time

import httpx
import pytest

from tests.cli.test_cli import lokal
from tests.serve.servers import lokal_serve

pytestmark = pytest.mark.slow  # the server loads the bundled chat model and embedder

COLLECTION = "harbour"
FACT = "The ferry to Bornholm leaves at 08:30 from the south pier."
PAGES = [
    "Chapter one describes the weather in Copenhagen in autumn.",
    FACT,
    "Chapter three lists the opening hours of the libraries.",
]
QUESTION = "When does the ferry to Bornholm leave?"
# A raw prompt the bundled model goes on writing for as long as it is allowed (checked below).
RUNNING_PROMPT = "Once upon a time"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, qapp):
    from tests.pdfs import write_pdf

    root = tmp_path_factory.mktemp("serve")
    docs = root / "docs"
    docs.mkdir()
    pdf = write_pdf(docs / "harbour.pdf", PAGES)
    data = root / "data"
    result = lokal("index", "--collection", COLLECTION, docs, data_dir=data)
    assert result.returncode == 0, result.stderr
    return data, pdf


@pytest.fixture(scope="module")
def server(indexed):
    data, _pdf = indexed
    with lokal_serve(data) as running:
        yield running


@pytest.fixture(scope="module")
def client(server):
    from openai import OpenAI

    return OpenAI(base_url=server.url, api_key=server.token, max_retries=0, timeout=120)


def bearer(server) -> dict:
    return {"Authorization": f"Bearer {server.token}"}


def test_the_models_are_lokal_one_per_collection_and_the_embedder(client):
    models = {model.id: model for model in client.models.list()}
    assert set(models) == {"lokal", f"lokal/{COLLECTION}", "all-MiniLM-L6-v2"}
    assert {model.owned_by for model in models.values()} == {"lokal"}


def test_a_streamed_chat_on_lokal_joins_into_an_answer(client):
    stream = client.chat.completions.create(
        model="lokal",
        messages=[{"role": "user", "content": "Say hello to the user."}],
        stream=True,
        max_tokens=24,
    )
    pieces, reasons, chunks = [], [], []
    for chunk in stream:
        chunks.append(chunk)
        assert chunk.object == "chat.completion.chunk"
        if chunk.choices and chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
        if chunk.choices and chunk.choices[0].finish_reason:
            reasons.append(chunk.choices[0].finish_reason)
    assert "".join(pieces).strip(), "no text was streamed"
    assert len(pieces) > 1, "the answer came in one piece, not streamed"
    assert reasons in (["stop"], ["length"])
    assert chunks[-1].usage.completion_tokens >= len(pieces) > 0
    assert "lokal" not in (chunks[-1].model_extra or {}), "a plain chat has no sources"


def test_a_grounded_answer_names_the_pdf_and_page_of_the_fact(client, indexed):
    _data, pdf = indexed
    response = client.chat.completions.create(
        model=f"lokal/{COLLECTION}", messages=[{"role": "user", "content": QUESTION}]
    )
    assert response.object == "chat.completion"
    assert response.choices[0].message.content.strip()
    assert response.usage.prompt_tokens > 0
    grounded = response.model_extra["lokal"]
    assert grounded["found"] is True
    holding = [
        source
        for source in grounded["sources"]
        if "08:30" in source["text"] and source["page"] == 2
    ]
    assert holding, grounded["sources"]
    assert holding[0]["path"] == str(pdf)
    assert any("08:30" in item["text"] for item in grounded["evidence"])
    assert all(1 <= item["source"] <= len(grounded["sources"]) for item in grounded["evidence"])


def test_a_streamed_grounded_answer_ends_with_its_sources(client, indexed):
    _data, pdf = indexed
    stream = client.chat.completions.create(
        model=f"lokal/{COLLECTION}",
        messages=[
            {"role": "user", "content": "Hello"},
            {"role": "assistant", "content": "Hello! Ask me about your documents."},
            {"role": "user", "content": QUESTION},
        ],
        stream=True,
    )
    chunks = list(stream)
    last = chunks[-1]
    assert last.choices[0].finish_reason in ("stop", "length")
    grounded = last.model_extra["lokal"]
    assert grounded["found"] is True
    assert any(s["path"] == str(pdf) and s["page"] == 2 for s in grounded["sources"])
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert streamed.strip()
    if "answer" in grounded:  # the retry was kept: the checked answer is there
        assert grounded["answer"].strip()


def test_a_question_the_documents_do_not_answer_is_said_so_with_the_closest(client):
    response = client.chat.completions.create(
        model=f"lokal/{COLLECTION}",
        messages=[{"role": "user", "content": "What is the boiling point of mercury in kelvin?"}],
    )
    grounded = response.model_extra["lokal"]
    assert grounded["found"] is False
    assert grounded["sources"] == [] and grounded["evidence"] == []
    assert grounded["closest"], "the nearest passages are listed"
    assert response.choices[0].message.content.strip()  # the not-found message
    assert response.usage.completion_tokens == 0  # no model ran


def test_embeddings_are_unit_vectors_of_384(client, server):
    response = client.embeddings.create(
        model="all-MiniLM-L6-v2", input=["the ferry leaves at dawn", "the ferry leaves at dawn"]
    )
    first, second = (item.embedding for item in response.data)
    assert len(response.data) == 2 and len(first) == 384
    cosine = sum(a * b for a, b in zip(first, second, strict=True))
    assert math.isclose(cosine, 1.0, abs_tol=1e-5)
    assert response.usage.prompt_tokens > 0
    # As floats when asked (the client asks for base64 by default), and one text alone.
    raw = httpx.post(
        f"{server.url}/embeddings",
        json={"model": "all-MiniLM-L6-v2", "input": "tickets", "encoding_format": "float"},
        headers=bearer(server),
        timeout=60,
    ).json()
    assert len(raw["data"]) == 1 and len(raw["data"][0]["embedding"]) == 384
    other = client.embeddings.create(model="all-MiniLM-L6-v2", input="opening hours").data[0]
    assert sum(a * b for a, b in zip(first, other.embedding, strict=True)) < 0.99


def test_a_raw_completion_streams_and_honours_stop(client):
    whole = client.completions.create(model="lokal", prompt=RUNNING_PROMPT, max_tokens=8)
    assert whole.choices[0].text
    assert whole.choices[0].finish_reason == "length"
    assert whole.usage.prompt_tokens > 0 and whole.usage.completion_tokens == 8
    chunks = list(
        client.completions.create(
            model="lokal", prompt=RUNNING_PROMPT, max_tokens=40, stream=True, stop=["e"]
        )
    )
    # English prose has an "e" within 40 tokens: the text ends before it, for that reason.
    assert "e" not in "".join(chunk.choices[0].text for chunk in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_no_token_or_a_wrong_one_is_refused_with_401(client, server):
    from openai import AuthenticationError, OpenAI

    for headers in ({}, {"Authorization": "Bearer lokal-wrong"}, {"Authorization": "Basic x"}):
        answer = httpx.get(f"{server.url}/models", headers=headers, timeout=30)
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "invalid_api_key"
    wrong = OpenAI(base_url=server.url, api_key="lokal-wrong", max_retries=0)
    with pytest.raises(AuthenticationError):
        wrong.chat.completions.create(
            model="lokal", messages=[{"role": "user", "content": "hello"}]
        )
    # A bad body without a token is a 401 too: the token is checked first.
    answer = httpx.post(f"{server.url}/chat/completions", content=b"{", timeout=30)
    assert answer.status_code == 401


def test_malformed_requests_get_a_clear_4xx_and_the_server_goes_on(client, server):
    bad_json = httpx.post(
        f"{server.url}/chat/completions",
        content=b'{"model": "lokal", "messages": [',
        headers={**bearer(server), "Content-Type": "application/json"},
        timeout=30,
    )
    assert bad_json.status_code == 400
    assert "JSON" in bad_json.json()["error"]["message"]
    no_messages = httpx.post(
        f"{server.url}/chat/completions", json={"model": "lokal"}, headers=bearer(server)
    )
    assert no_messages.status_code == 400
    error = no_messages.json()["error"]
    assert "messages" in error["message"] and error["type"] == "invalid_request_error"
    not_the_user_last = httpx.post(
        f"{server.url}/chat/completions",
        json={"model": "lokal", "messages": [{"role": "assistant", "content": "hi"}]},
        headers=bearer(server),
    )
    assert not_the_user_last.status_code == 400
    answer = client.chat.completions.create(
        model="lokal", messages=[{"role": "user", "content": "hello"}], max_tokens=8
    )
    assert answer.choices[0].message.content.strip()


def test_an_unknown_model_or_collection_is_404(client):
    from openai import NotFoundError

    for model in ("gpt-4o", "lokal/no-such-collection"):
        with pytest.raises(NotFoundError) as raised:
            client.chat.completions.create(
                model=model, messages=[{"role": "user", "content": "hello"}]
            )
        assert raised.value.body["code"] == "model_not_found"


def test_a_client_that_leaves_mid_stream_stops_its_answer(client, server):
    # The prompt runs on to the limit (so a stream that was not cancelled would run long) ...
    started = time.monotonic()
    check = client.completions.create(model="lokal", prompt=RUNNING_PROMPT, max_tokens=64)
    seconds_per_token = (time.monotonic() - started) / 64
    assert check.choices[0].finish_reason == "length"
    # ... a long one is left after a few pieces ...
    long_tokens = 1500
    with httpx.stream(
        "POST",
        f"{server.url}/completions",
        json={
            "model": "lokal",
            "prompt": RUNNING_PROMPT,
            "max_tokens": long_tokens,
            "stream": True,
        },
        headers=bearer(server),
        timeout=60,
    ) as stream:
        lines = stream.iter_lines()
        received = [line for line, _ in zip(lines, range(6), strict=False) if line]
        assert received and received[0].startswith("data: ")
    # ... and the next request does not wait for it: it is answered well before the long one
    # could have finished (which would take long_tokens x seconds_per_token).
    left = time.monotonic()
    after = client.completions.create(model="lokal", prompt="Hello", max_tokens=4)
    waited = time.monotonic() - left
    assert after.choices[0].text is not None
    assert waited < long_tokens * seconds_per_token / 4, (waited, seconds_per_token)


@pytest.mark.long
def test_eight_clients_streaming_at_once_all_complete(server):
    from openai import OpenAI

    # A read time-out shorter than the wait of the last in line: the keep-alive comments a
    # waiting stream gets must keep it open (the answers are made one after another).
    client = OpenAI(base_url=server.url, api_key=server.token, max_retries=0, timeout=30)
    results: list[tuple[str, str | None]] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def converse(number: int) -> None:
        try:
            for _turn in range(2):
                stream = client.chat.completions.create(
                    model="lokal",
                    messages=[
                        {"role": "user", "content": f"Say a word about the number {number}."}
                    ],
                    stream=True,
                    max_tokens=16,
                )
                text, reason = "", None
                for chunk in stream:
                    if chunk.choices:
                        text += chunk.choices[0].delta.content or ""
                        reason = chunk.choices[0].finish_reason or reason
                with lock:
                    results.append((text, reason))
        except BaseException as error:  # noqa: BLE001  (told by the assertion below)
            with lock:
                failures.append(error)

    threads = [threading.Thread(target=converse, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert not failures, failures
    assert len(results) == 16
    assert all(text.strip() and reason in ("stop", "length") for text, reason in results)
