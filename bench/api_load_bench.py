"""(k) `lokal serve` under load: N clients streaming chat completions at once, for S seconds.

Starts a real `lokal serve` (python -m desktop_app serve) on a free loopback port over a fresh
data folder, with the bundled chat model (or the settings of --data-dir), and drives it with
--clients threads of the official `openai` client, each asking one streamed chat completion
after another (model `lokal`, max_tokens --max-tokens) until --seconds have passed; a request
started before the end is finished. The server answers on one worker thread, first in, first
out, so time to first token includes the wait behind the other clients' answers.

Prints requests done, failures, streams completed (a finish_reason came and the stream ended),
p50/p95 time to first token, p50 total time, and tokens per second (all streams together, and
per stream while it generates). Exits 1 if any request failed or any stream did not complete.

The baseline, measured in the same run after the server has stopped: the same questions
answered one after another in this process by the same application call (`ask.answer` on the
bundled model with the same settings), no HTTP. Its tokens/s is what one engine gives; the
ratio says how much of it the server delivers to 8 clients at once, and its time to an answer
times the number of clients is the time to first token a first-in-first-out queue predicts.

    .venv/bin/python bench/api_load_bench.py [--seconds 60] [--clients 8] [--max-tokens 64]
        [--data-dir D] [--url http://127.0.0.1:8765/v1 --token T]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_SECONDS = 120
QUESTIONS = (
    "Give me one tip for writing clear emails.",
    "What is a good name for a cat?",
    "Explain in two sentences what a library is.",
    "Say something kind about Mondays.",
)


@dataclass
class Outcome:
    started: float
    first_token: float | None = None
    ended: float | None = None
    tokens: int = 0
    finish_reason: str | None = None
    error: str | None = None

    @property
    def completed(self) -> bool:
        return self.error is None and self.finish_reason is not None and self.ended is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--data-dir", type=Path, help="serve this data folder (default: a new one)")
    parser.add_argument("--url", help="an already running server's base URL (with /v1)")
    parser.add_argument("--token", help="its token (with --url)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the in-process baseline")
    args = parser.parse_args()
    result = run(
        args.seconds,
        args.clients,
        args.max_tokens,
        data_dir=args.data_dir,
        url=args.url,
        token=args.token,
        baseline=not args.no_baseline and not args.url,
    )
    print_result(result)
    return 0 if result["failures"] == 0 and result["completed"] == result["requests"] else 1


def run(
    seconds: float = 60,
    clients: int = 8,
    max_tokens: int = 64,
    data_dir: Path | None = None,
    url: str | None = None,
    token: str | None = None,
    baseline: bool = True,
) -> dict:
    """The load run's figures (and the baseline's, after the server stopped), as a dict."""
    with contextlib.ExitStack() as stack:
        if url:
            token = token or ""
        else:
            data_dir = data_dir or Path(
                stack.enter_context(tempfile.TemporaryDirectory(prefix="lokal-api-bench-"))
            )
            url, token = stack.enter_context(lokal_serve(data_dir))
        warm_up(url, token, max_tokens)
        outcomes, wall = run_clients(url, token, clients, seconds, max_tokens)
    result = summarise(outcomes, wall)
    result.update(clients=clients, seconds=seconds, max_tokens=max_tokens)
    if baseline:
        result["baseline"] = direct_baseline(max_tokens)
        direct = result["baseline"]["tokens_per_second"]
        result["throughput_ratio"] = result["tokens_per_second"] / direct if direct else None
        result["fifo_predicted_first_token"] = clients * result["baseline"]["answer_seconds_p50"]
    return result


def direct_baseline(max_tokens: int, answers: int = 8) -> dict:
    """The same questions through ask.answer in this process, one after another: no server."""
    sys.path.insert(0, str(ROOT))
    from desktop_app import services
    from desktop_app.config import Settings
    from desktop_app.core.application import ask

    settings = Settings()
    settings.model.max_tokens = max_tokens
    engine = services.make_chat_engine(settings)
    try:
        for question in QUESTIONS[:2]:  # warm up, as the server was
            list(ask.answer(engine, ask.Question(question), threading.Event()))
        first, totals, tokens = [], [], 0
        began = time.monotonic()
        for number in range(answers):
            started = time.monotonic()
            seen_first = None
            for event in ask.answer(
                engine, ask.Question(QUESTIONS[number % len(QUESTIONS)]), threading.Event()
            ):
                if isinstance(event, ask.AnswerStreamed) and seen_first is None:
                    seen_first = time.monotonic()
                if isinstance(event, ask.AnswerFinished):
                    tokens += event.stats.completion_tokens
            totals.append(time.monotonic() - started)
            first.append((seen_first or time.monotonic()) - started)
        wall = time.monotonic() - began
    finally:
        engine.close()
    return {
        "answers": answers,
        "tokens": tokens,
        "tokens_per_second": tokens / wall if wall else 0.0,
        "first_token_p50": percentile(first, 0.5),
        "answer_seconds_p50": percentile(totals, 0.5),
    }


@contextlib.contextmanager
def lokal_serve(data_dir: Path):
    sys.path.insert(0, str(ROOT))
    from desktop_app.core import api_token

    token = api_token.read_or_create_token(data_dir)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    env.pop("LOKAL_DATA_DIR", None)
    stderr = tempfile.TemporaryFile()  # noqa: SIM115  (closed in the finally)
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "serve"]
        + ["--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_until_up(url, token, process, stderr)
        yield url, token
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        stderr.close()


def wait_until_up(url: str, token: str, process, stderr) -> None:
    import httpx

    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            stderr.seek(0)
            raise SystemExit(f"lokal serve exited:\n{stderr.read().decode(errors='replace')}")
        with contextlib.suppress(httpx.TransportError):
            answer = httpx.get(f"{url}/models", headers={"Authorization": f"Bearer {token}"})
            if answer.status_code == 200:
                return
        time.sleep(0.2)
    stderr.seek(0)
    raise SystemExit(f"lokal serve did not start:\n{stderr.read().decode(errors='replace')}")


def warm_up(url: str, token: str, max_tokens: int) -> None:
    """Two full answers first, so that neither the model's load nor llama.cpp's slow first
    generation (seconds, while its weights page in) is counted in the clients' waits."""
    from openai import OpenAI

    client = OpenAI(base_url=url, api_key=token, max_retries=0, timeout=600)
    for question in QUESTIONS[:2]:
        client.chat.completions.create(
            model="lokal", messages=[{"role": "user", "content": question}], max_tokens=max_tokens
        )


def run_clients(url: str, token: str, clients: int, seconds: float, max_tokens: int):
    from openai import OpenAI

    outcomes: list[Outcome] = []
    lock = threading.Lock()
    started = time.monotonic()
    deadline = started + seconds

    def client_loop(number: int) -> None:
        client = OpenAI(base_url=url, api_key=token, max_retries=0, timeout=600)
        turn = 0
        while time.monotonic() < deadline:
            outcome = Outcome(started=time.monotonic())
            question = QUESTIONS[(number + turn) % len(QUESTIONS)]
            turn += 1
            try:
                stream = client.chat.completions.create(
                    model="lokal",
                    messages=[{"role": "user", "content": question}],
                    stream=True,
                    max_tokens=max_tokens,
                )
                for chunk in stream:
                    content = chunk.choices[0].delta.content if chunk.choices else None
                    if content and outcome.first_token is None:
                        outcome.first_token = time.monotonic()
                    if chunk.choices and chunk.choices[0].finish_reason:
                        outcome.finish_reason = chunk.choices[0].finish_reason
                    if chunk.usage is not None:
                        outcome.tokens = chunk.usage.completion_tokens
                outcome.ended = time.monotonic()
            except Exception as error:  # noqa: BLE001  (counted and printed as a failure)
                outcome.error = f"{type(error).__name__}: {error}"
            with lock:
                outcomes.append(outcome)

    threads = [threading.Thread(target=client_loop, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, time.monotonic() - started


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summarise(outcomes: list[Outcome], wall: float) -> dict:
    failed = [outcome for outcome in outcomes if outcome.error is not None]
    completed = [outcome for outcome in outcomes if outcome.completed]
    first = [o.first_token - o.started for o in completed if o.first_token is not None]
    total = [o.ended - o.started for o in completed]
    tokens = sum(o.tokens for o in completed)
    generating = [
        (o.tokens - 1) / (o.ended - o.first_token)
        for o in completed
        if o.first_token is not None and o.tokens > 1 and o.ended > o.first_token
    ]
    return {
        "requests": len(outcomes),
        "failures": len(failed),
        "completed": len(completed),
        "first_token_p50": percentile(first, 0.5),
        "first_token_p95": percentile(first, 0.95),
        "total_p50": percentile(total, 0.5),
        "tokens": tokens,
        "wall_seconds": wall,
        "tokens_per_second": tokens / wall if wall else 0.0,
        "stream_tokens_per_second": statistics.median(generating) if generating else None,
        "errors": [outcome.error for outcome in failed[:5]],
    }


def print_result(result: dict) -> None:
    print(f"lokal serve, {result['clients']} streaming clients for {result['seconds']:.0f} s")
    print(f"  requests done       {result['requests']}")
    print(f"  failures            {result['failures']}")
    print(f"  streams completed   {result['completed']} of {result['requests']}")
    print(
        f"  time to first token p50 {result['first_token_p50']:.2f} s, "
        f"p95 {result['first_token_p95']:.2f} s"
    )
    print(f"  total time          p50 {result['total_p50']:.2f} s")
    print(
        f"  tokens/s            {result['tokens_per_second']:.1f} (all streams, "
        f"{result['tokens']} tokens in {result['wall_seconds']:.1f} s)"
    )
    if result["stream_tokens_per_second"] is not None:
        print(
            f"  tokens/s per stream {result['stream_tokens_per_second']:.1f} "
            "(median, while generating)"
        )
    for error in result["errors"]:
        print(f"  failed: {error}")
    base = result.get("baseline")
    if base:
        print(
            f"  baseline (ask.answer in-process, one at a time): {base['tokens_per_second']:.1f} "
            f"tokens/s, first token p50 {base['first_token_p50']:.2f} s, an answer p50 "
            f"{base['answer_seconds_p50']:.2f} s"
        )
        print(
            f"  server / baseline tokens/s: {result['throughput_ratio']:.2f}x; a FIFO queue of "
            f"{result['clients']} predicts a first token after ~"
            f"{result['fifo_predicted_first_token']:.1f} s"
        )


if __name__ == "__main__":
    sys.exit(main())
