"""(d) GUI responsiveness: the GUI event loop's stalls while a PDF indexes and an answer streams.

Lokal's real app (LokalApp, real workers and models, QT_QPA_PLATFORM=offscreen) runs in a
process of its own, bench/gui_probe.py, so this process stays free of Qt, torch and llama.cpp.
A 10 ms Qt.PreciseTimer ticks on the GUI thread; each tick's lateness (its interval minus
10 ms) is how long the event loop kept a due event waiting: a click, a key, a repaint.

Baseline: the same probe for IDLE_SECONDS with the app idle (both models loaded, nothing
running). Load: from dropping the first PAGES pages of the Octave manual (as a drop does,
`IndexController.add_paths`) until `indexing_finished`; from the first embedding batch on, a
question is asked again whenever its answer completes, so an answer streams meanwhile.

Reported against the target, with no pass/fail: p99 lateness <= 50 ms, max <= 100 ms. The
probe also says what the stalls were made of (the GUI thread's own work, waiting for a CPU,
blocked on the GIL; garbage collection) and where (stack samples): see gui_probe.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pdf_corpus

PAGES = 300
IDLE_SECONDS = 10
PROBE_TIMEOUT_S = 420  # the probe's own hard limit; it then reports what it has
KILL_AFTER_S = PROBE_TIMEOUT_S + 150  # ours, should the probe not end by itself
TARGET = {"p99_ms": 50.0, "max_ms": 100.0}
PROBE = Path(__file__).with_name("gui_probe.py")
RESULT_MARKER = "lokal-gui-probe-result"  # the line gui_probe.py prints its JSON on


def run(cache: Path) -> dict:
    pdf = pdf_corpus.octave_first_pages(cache, PAGES)
    print(f"  {pdf.name}: the first {PAGES} pages of octave.pdf", flush=True)
    command = [
        sys.executable,
        str(PROBE),
        "--pdf",
        str(pdf),
        "--idle-seconds",
        str(IDLE_SECONDS),
        "--timeout",
        str(PROBE_TIMEOUT_S),
    ]
    result = _launch(command, PROBE.parent.parent)
    if result["errors"]:
        print("  probe reported: " + "; ".join(result["errors"]), flush=True)
    idle, load = result["idle"], result["load"]
    if not load.get("ticks") or not idle.get("ticks"):
        raise RuntimeError(f"the GUI probe recorded no ticks: {result['errors']}")
    result["pages"] = PAGES
    result["target"] = TARGET
    result["within_target"] = {
        "p99": load["p99_ms"] <= TARGET["p99_ms"],
        "max": load["max_ms"] <= TARGET["max_ms"],
    }
    result["ratio"] = load["p99_ms"] / idle["p99_ms"] if idle["p99_ms"] > 0 else None
    result["ratio_max"] = load["max_ms"] / idle["max_ms"] if idle["max_ms"] > 0 else None
    return result


def _launch(command: list[str], cwd: Path) -> dict:
    """Run the probe, echo its progress lines, return its JSON (or raise with its stderr)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    with tempfile.TemporaryFile(mode="w+") as errors:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        watchdog = threading.Timer(KILL_AFTER_S, process.kill)  # a hung probe must not hang us
        watchdog.start()
        try:
            result = None
            for line in process.stdout:
                if line.startswith(RESULT_MARKER + " "):
                    result = json.loads(line[len(RESULT_MARKER) + 1 :])
                elif line.startswith("  "):
                    print(line.rstrip(), flush=True)
            code = process.wait()
        finally:
            watchdog.cancel()
        if result is None:
            errors.seek(0)
            tail = errors.read()[-3000:]
            raise RuntimeError(f"the GUI probe exited {code} without a result:\n{tail}")
    return result


def print_result(result: dict) -> None:
    """The section's lines for run_all.py."""
    print(
        f"  {'GUI thread, 10 ms timer lateness':40} {'ticks':>6} {'p50 ms':>7} "
        f"{'p99 ms':>7} {'max ms':>7} {'>50 ms':>7} {'>100 ms':>8}"
    )
    for label, row in (
        (f"idle baseline ({IDLE_SECONDS} s)", result["idle"]),
        (f"indexing {result['pages']} pages + answering", result["load"]),
        ("  of which: reading the PDF", result["load_reading"]),
        ("  of which: with an answer streaming", result["load_streaming"]),
    ):
        if not row.get("ticks"):
            continue
        print(
            f"  {label:40} {row['ticks']:>6} {row['p50_ms']:>7.1f} {row['p99_ms']:>7.1f} "
            f"{row['max_ms']:>7.1f} {row['over_50_ms']:>7} {row['over_100_ms']:>8}"
        )
    load, target = result["load"], result["target"]
    met = {True: "met", False: "missed"}
    ratio = f"{result['ratio']:.1f}" if result["ratio"] is not None else "n/a"
    print(
        f"  target p99 <= {target['p99_ms']:.0f} ms: {load['p99_ms']:.1f} ms "
        f"({met[result['within_target']['p99']]}); max <= {target['max_ms']:.0f} ms: "
        f"{load['max_ms']:.1f} ms ({met[result['within_target']['max']]}); "
        f"p99 load ÷ idle: {ratio}"
    )
    if result["timed_out"]:
        print(f"  note: the probe hit its {PROBE_TIMEOUT_S} s limit; the load is cut short")
    tokens = result["tokens_streamed"]
    print(
        f"  indexing took {_seconds(result['index_seconds'])} ({result['chunks']} chunks; "
        f"reading and chunking {_seconds(result['read_and_chunk_seconds'])}); answers "
        f"completed {result['answers_completed']}, tokens streamed {tokens['tokens']} "
        f"({tokens['characters']} characters, {tokens['answers']} answers)"
    )
    stalls = result["stalls"]
    if stalls["count"]:
        cause = stalls["cause_ms"]
        print(
            f"  {stalls['count']} stalls over {stalls['threshold_ms']} ms, "
            f"{stalls['late_ms_total']:.0f} ms late in all: GUI thread busy "
            f"{cause['gui_busy']:.0f} ms, waiting for a CPU {cause['cpu_starved']:.0f} ms, "
            f"blocked (GIL) {cause['blocked']:.0f} ms; garbage collection "
            f"{stalls['gc_pause_ms_within']:.0f} ms of it"
        )
    if stalls.get("over_50_ms_by_cause"):
        causes = ", ".join(f"{name} {n}" for name, n in stalls["over_50_ms_by_cause"].items())
        print(f"  stalls over 50 ms by main cause: {causes}")
    gen2 = result["gc"]["load"]["gen2"]
    if gen2["count"]:
        print(
            f"  full garbage collections during the load: {gen2['count']}, the longest "
            f"{gen2['max_ms']:.0f} ms (every thread waits for them)"
        )
    for stall in stalls["longest"][:3]:
        cause = ", ".join(f"{name} {ms:.0f}" for name, ms in stall["cause_ms"].items() if ms >= 1)
        where = _where(stall)
        print(
            f"  stall {stall['late_ms']:.0f} ms at +{stall['at_s']:.1f} s after the idle start "
            f"({cause}; "
            f"gc {stall['gc_ms']:.0f}){where}"
        )
    if stalls.get("gui_busy_app_frames"):
        frames = ", ".join(f"{frame} ({n})" for frame, n in stalls["gui_busy_app_frames"][:3])
        print(f"  GUI thread's own work in stalls (samples): {frames}")


def _seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} s"


def _where(stall: dict) -> str:
    if stall["gui_stacks"]:
        stack = stall["gui_stacks"][0][0]
        if stack and not stack[0].startswith("bench/"):
            return f"; GUI thread in {stack[0]}"
    ends = [stack[0] for stack in stall["other_threads_at_end"] if stack]
    return f"; other threads at its end: {', '.join(ends)}" if ends else ""
