"""The GUI responsiveness probe: Lokal's real app, a 10 ms timer on its GUI thread, under load.

Run by gui_bench.py in a process of its own (QT_QPA_PLATFORM=offscreen). It builds LokalApp as
the GUI tests do, waits until both workers are ready (models loaded, index open), and then
records the lateness of every tick of a 10 ms Qt.PreciseTimer on the GUI thread:

1. idle: IDLE seconds with nothing running (the baseline);
2. load: from dropping a PDF (`lokal.indexing.add_paths`) until `indexing_finished`. As soon as
   the index worker reports its first progress (the PDF is read and chunked, embedding begins),
   a question is asked, and asked again each time an answer completes, so an answer streams
   into the chat while the PDF is embedded and stored.

A tick's lateness is its interval since the previous tick minus 10 ms: how long the event loop
made a due timer wait, which is how long a click or a repaint would have waited too.

Diagnostics, to tell what stalls the GUI thread:
- per tick, the GUI thread's /proc schedstat (CPU time, time waiting for a CPU), so a stall
  splits into "the GUI thread ran" (its own work: layouts, slots), "waited for a CPU" (the
  2 cores are oversubscribed) and "slept" (blocked: the GIL, a lock);
- a watchdog thread that, while a tick is more than SAMPLE_AFTER_MS late, samples every thread's
  Python stack (`sys._current_frames()`) and the GUI thread's kernel state and wait channel.

Prints one line `lokal-gui-probe-result <json>` on stdout; progress lines start with two spaces.
A hard timeout ends the run (with the numbers so far and "timed_out": true); lokal.shutdown()
always runs.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import gc
import json
import math
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Slot

REPO = Path(__file__).resolve().parent.parent
RESULT_MARKER = "lokal-gui-probe-result"
TICK_MS = 10
SETTLE_S = 2.0  # after both workers are ready, before the idle baseline starts
SAMPLE_AFTER_MS = 20  # the watchdog samples stacks while a tick is this late (lateness)
SAMPLE_EVERY_S = 0.005
STACK_DEPTH = 14
QUESTION = "Write a long explanation of how to plot a sine wave in Octave."
TOP_STALLS = 8


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdf", required=True, type=Path)
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--timeout", type=float, default=420.0, help="hard limit, seconds")
    parser.add_argument("--question", default=QUESTION)
    parser.add_argument("--no-sampler", action="store_true", help="no stack-sampling watchdog")
    # What-if experiments (not used by `make bench`): changes the app could make, tried here.
    parser.add_argument(
        "--gc-freeze", action="store_true", help="gc.freeze() once the workers are ready"
    )
    parser.add_argument(
        "--renice-workers",
        type=int,
        default=0,
        metavar="N",
        help="once ready, lower every thread but the GUI thread to nice N",
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.path.insert(1, str(REPO))

    from PySide6.QtWidgets import QApplication

    from desktop_app.app import LokalApp
    from desktop_app.config import Settings

    app = QApplication([])
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lokal-bench-gui-") as temp:
        lokal = LokalApp(Path(temp) / "data", Settings())
        probe = Probe(app, lokal, args, began)
        # Last resort: if even shutting down hangs, print what there is and leave.
        last_resort = threading.Timer(args.timeout + 90, probe.abandon)
        last_resort.daemon = True
        last_resort.start()
        try:
            lokal.window.show()
            lokal.start_workers()
            app.exec()
        except BaseException:
            probe.errors.append(traceback.format_exc())
        finally:
            probe.stop_recording()
            probe.stop_sampler()
            stopping = time.perf_counter()
            try:
                lokal.shutdown()
            except BaseException:
                probe.errors.append("shutdown: " + traceback.format_exc())
            probe.shutdown_seconds = time.perf_counter() - stopping
        result = probe.result()
        last_resort.cancel()
    print(RESULT_MARKER + " " + json.dumps(result), flush=True)
    return 0 if not result["errors"] else 1


class Probe(QObject):
    """Lives on the GUI thread: worker signals connected to its slots run on the GUI thread."""

    def __init__(self, app, lokal, args, began: float) -> None:
        super().__init__()
        self.app, self.lokal, self.args, self.began = app, lokal, args, began
        self.errors: list[str] = []
        self.timed_out = False
        self.shutdown_seconds = None
        self.marks: dict[str, float] = {}  # event -> perf_counter time
        self.ticks: list[float] = []
        self.sched: list[tuple[int, int]] = []  # GUI thread (run ns, runqueue-wait ns)
        self.last_tick: float | None = None
        self.phase = "starting"
        self.index_ready = self.model_ready = False
        self.indexing = False
        self.asking = False
        self.index_outcome = None
        self.progress_events = 0
        self.chunks_total = None
        self.asked: dict[int, float] = {}  # ask number -> time asked
        self.first_token: dict[int, float] = {}  # request id -> time of first batch
        self.texts: dict[int, list[str]] = collections.defaultdict(list)  # during load
        self.finished_stats: dict[int, dict] = {}
        self.completed: list[int] = []  # answers completed during load
        self.samples: list[dict] = []  # the watchdog's, while a tick is overdue
        self.stall_ends: dict[float, list[list[str]]] = {}  # tick before a stall -> stacks
        self._sampling = not args.no_sampler
        self._sample_after = (TICK_MS + SAMPLE_AFTER_MS) / 1000
        self._sampler_ident = None
        self.main_ident = threading.get_ident()
        self.main_tid = threading.get_native_id()
        self._sched_fd = _open_quiet(f"/proc/self/task/{self.main_tid}/schedstat")
        self._stop_sampler = threading.Event()
        self._sampler = None
        self.gc_pauses: list[tuple[float, float, int, bool]] = []  # start, end, gen, GUI thread
        self._gc_began = 0.0
        self.experiments: list[str] = []

        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        index, llm = lokal.index_worker, lokal.llm_worker
        index.ready.connect(self.on_index_ready)
        index.failed.connect(self.on_index_failed)
        index.index_event.connect(self.on_index_event)
        llm.model_loaded.connect(self.on_model_loaded)
        llm.model_failed.connect(self.on_model_failed)
        llm.tokens_streamed.connect(self.on_tokens)
        llm.answer_finished.connect(self.on_answer_finished)
        llm.answer_failed.connect(self.on_answer_failed)
        lokal.indexing.indexing_finished.connect(self.on_indexing_finished)
        lokal.chat.answer_completed.connect(self.on_answer_completed)
        QTimer.singleShot(int(args.timeout * 1000), self.on_timeout)

    # -- the timer ------------------------------------------------------------------------

    @Slot()
    def tick(self) -> None:
        now = time.perf_counter()
        last, self.last_tick = self.last_tick, now
        self.ticks.append(now)
        self.sched.append(self._read_sched())
        if self._sampling and last is not None and now - last > self._sample_after:
            # The first moment after a stall: a thread that held the GIL through it has only
            # just let go, so its stack still shows where it was.
            self.stall_ends[last] = [
                stack
                for ident, frame in sys._current_frames().items()
                if ident not in (self.main_ident, self._sampler_ident)
                and not _waiting(stack := _stack(frame, 8))
            ]

    def _read_sched(self) -> tuple[int, int]:
        if self._sched_fd is None:
            return (0, 0)
        try:
            run, wait, _slices = os.pread(self._sched_fd, 128, 0).split()
            return (int(run), int(wait))
        except (OSError, ValueError):
            return (0, 0)

    def stop_recording(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.mark("recording_stopped")
        self.last_tick = None

    # -- the scenario ---------------------------------------------------------------------

    def mark(self, name: str) -> float:
        now = time.perf_counter()
        self.marks.setdefault(name, now)
        return now

    def say(self, text: str) -> None:
        print(f"  [{time.perf_counter() - self.began:6.1f} s] {text}", flush=True)

    @Slot()
    def on_index_ready(self) -> None:
        self.index_ready = True
        self.mark("index_ready")
        self._maybe_settle()

    # Worker signals: `*args` slots (as the GUI tests' Recorder), so a signal that gains an
    # argument does not break the probe; they still run on the GUI thread (queued).
    @Slot()
    def on_model_loaded(self, *args) -> None:
        self.model_ready = True
        self.mark("model_loaded")
        self._maybe_settle()

    @Slot()
    def on_index_failed(self, *args) -> None:
        self.fail(f"index worker failed: {args[-1] if args else '?'}")

    @Slot()
    def on_model_failed(self, *args) -> None:
        self.fail(f"model failed to load: {args[-1] if args else '?'}")

    def _maybe_settle(self) -> None:
        if self.index_ready and self.model_ready and "workers_ready" not in self.marks:
            self.mark("workers_ready")
            self.say("both workers ready (embedder and chat model loaded)")
            QTimer.singleShot(int(SETTLE_S * 1000), self.start_idle)

    @Slot()
    def start_idle(self) -> None:
        self.phase = "idle"
        self.mark("idle_start")
        self._experiments()
        gc.callbacks.append(self._on_gc)
        self.say(f"recording the idle baseline for {self.args.idle_seconds:.0f} s")
        self.start_sampler()
        self.timer.start()
        QTimer.singleShot(int(self.args.idle_seconds * 1000), self.start_load)

    @Slot()
    def start_load(self) -> None:
        self.phase = "load"
        self.mark("load_start")
        self.indexing = True
        self.say(f"indexing {self.args.pdf.name} (as a drop does)")
        self.lokal.indexing.add_paths([str(self.args.pdf)])

    @Slot(object)
    def on_index_event(self, event) -> None:
        # By name: desktop_app is imported only in main(), once sys.path holds the repository.
        if type(event).__name__ != "FileProgress":
            return
        done, total = event.chunks_done, event.chunks_total
        self.progress_events += 1
        self.chunks_total = total
        if "first_progress" not in self.marks:
            self.mark("first_progress")
            self.say(f"read and chunked: {total} chunks to embed; asking the first question")
            self.asking = True
            self.ask()
        elif self.progress_events % 8 == 0:
            self.say(f"embedded {done}/{total} chunks, {len(self.completed)} answers so far")

    def ask(self) -> None:
        if not self.asking or self.lokal.chat.busy:
            return
        self.asked[len(self.asked) + 1] = time.perf_counter()
        self.lokal.chat.ask(self.args.question)

    @Slot()
    def on_tokens(self, *args) -> None:
        request_id, text = args[0], args[1]
        if self.phase != "load":
            return
        if request_id not in self.first_token:
            self.first_token[request_id] = time.perf_counter()
            self.mark("first_token")
        self.texts[request_id].append(text)

    @Slot()
    def on_answer_finished(self, *args) -> None:
        request_id, stats = args[0], args[-1].stats  # (request id, ask.AnswerFinished)
        self.finished_stats[request_id] = {
            "completion_tokens": getattr(stats, "completion_tokens", None),
            "tokens_per_s": getattr(stats, "tokens_per_second", None),
            "first_token_s": getattr(stats, "first_token_seconds", None),
            "prompt_tokens": getattr(stats, "prompt_tokens", None),
            "stopped": getattr(stats, "stopped", None),
            "during_load": self.phase == "load",
        }

    @Slot()
    def on_answer_failed(self, *args) -> None:
        self.errors.append(f"answer {args[0]} failed: {args[-1]}")

    @Slot(int)
    def on_answer_completed(self, request_id) -> None:
        if self.phase != "load":
            return
        self.completed.append(request_id)
        if self.asking:
            QTimer.singleShot(0, self.ask)  # GUI thread: a plain singleShot is fine here

    @Slot(int, int, int, bool)
    def on_indexing_finished(self, indexed, unchanged, failed, cancelled) -> None:
        if self.phase != "load":
            return
        self.mark("load_end")
        self.stop_recording()
        self.phase = "done"
        self.asking = False
        self.indexing = False
        self.index_outcome = {
            "indexed": indexed,
            "unchanged": unchanged,
            "failed": failed,
            "cancelled": cancelled,
        }
        seconds = self.marks["load_end"] - self.marks["load_start"]
        self.say(f"indexing finished after {seconds:.1f} s; {len(self.completed)} answers")
        if failed or cancelled or not indexed:
            self.errors.append(f"indexing did not succeed: {self.index_outcome}")
        self.lokal.chat.stop()  # the answer streaming now is not needed any more
        QTimer.singleShot(0, self.app.quit)

    @Slot()
    def on_timeout(self) -> None:
        self.timed_out = True
        self.say(f"hard timeout ({self.args.timeout:.0f} s): stopping")
        self.stop_recording()
        self.phase = "done"
        self.asking = False
        self.app.quit()

    def fail(self, message: str) -> None:
        self.errors.append(message)
        self.say(message)
        self.stop_recording()
        self.phase = "done"
        self.asking = False
        QTimer.singleShot(0, self.app.quit)

    # -- the stack-sampling watchdog ------------------------------------------------------

    def start_sampler(self) -> None:
        if self.args.no_sampler or self._sampler is not None:
            return
        self._sampler = threading.Thread(target=self._watch, name="gui-stall-sampler")
        self._sampler.daemon = True
        self._sampler.start()
        self._sampler_ident = self._sampler.ident

    def _experiments(self) -> None:
        if self.args.gc_freeze:
            gc.collect()
            gc.freeze()
            self.experiments.append("gc.freeze() after start-up")
        if self.args.renice_workers:
            tids = [int(t) for t in os.listdir("/proc/self/task") if int(t) != self.main_tid]
            for tid in tids:
                with contextlib.suppress(OSError):
                    os.setpriority(os.PRIO_PROCESS, tid, self.args.renice_workers)
            self.experiments.append(
                f"nice {self.args.renice_workers} for the {len(tids)} threads but the GUI thread"
            )

    def _on_gc(self, phase: str, info: dict) -> None:
        # Runs on whichever thread collects, with the GIL held: every other thread waits.
        if phase == "start":
            self._gc_began = time.perf_counter()
        else:
            self.gc_pauses.append(
                (
                    self._gc_began,
                    time.perf_counter(),
                    info["generation"],
                    threading.get_ident() == self.main_ident,
                )
            )

    def stop_sampler(self) -> None:
        with contextlib.suppress(ValueError):
            gc.callbacks.remove(self._on_gc)
        self._stop_sampler.set()
        if self._sampler is not None:
            self._sampler.join(5)

    def _watch(self) -> None:
        threshold = (TICK_MS + SAMPLE_AFTER_MS) / 1000
        stat = _open_quiet(f"/proc/self/task/{self.main_tid}/stat")
        wchan = _open_quiet(f"/proc/self/task/{self.main_tid}/wchan")
        while not self._stop_sampler.wait(SAMPLE_EVERY_S):
            last = self.last_tick
            if last is None:
                continue
            now = time.perf_counter()
            if now - last < threshold:
                continue
            frames = sys._current_frames()
            main = frames.pop(self.main_ident, None)
            self.samples.append(
                {
                    "tick": last,
                    "at": now,
                    "phase": self.phase,
                    "state": _kernel_state(stat),
                    "wchan": _read_text(wchan),
                    "main": _stack(main),
                    "others": [
                        stack
                        for ident, frame in frames.items()
                        if ident != threading.get_ident()
                        and not _waiting(stack := _stack(frame, 8))
                    ],
                }
            )

    def abandon(self) -> None:
        """From a plain thread, when the GUI thread never came back: report and exit."""
        with contextlib.suppress(Exception):
            self.errors.append("hung: the GUI thread did not return; exiting hard")
            self.timed_out = True
            print(RESULT_MARKER + " " + json.dumps(self.result()), flush=True)
        os._exit(3)

    # -- the numbers ----------------------------------------------------------------------

    def result(self) -> dict:
        t0 = self.marks.get("idle_start")
        windows = {
            "idle": (self.marks.get("idle_start"), self.marks.get("load_start")),
            "load": (self.marks.get("load_start"), self._load_end()),
            "load_reading": (self.marks.get("load_start"), self.marks.get("first_progress")),
            "load_streaming": (self.marks.get("first_token"), self._load_end()),
        }
        intervals = _intervals(self.ticks, self.sched)
        phases = {
            name: _stall_stats([i for i in intervals if _within(i["end"], start, end)])
            for name, (start, end) in windows.items()
        }
        load_start, load_end = windows["load"]
        load_seconds = (load_end - load_start) if load_start and load_end else None
        token_counts = _count_tokens(self.texts)
        ask_waits = [
            self.first_token[number] - asked
            for number, asked in self.asked.items()
            if number in self.first_token
        ]
        return {
            "pdf": self.args.pdf.name,
            "question": self.args.question,
            "tick_ms": TICK_MS,
            "timed_out": self.timed_out,
            "errors": self.errors,
            "marks_s": {
                name: at - self.began for name, at in sorted(self.marks.items(), key=_second)
            },
            "workers_ready_s": _since(self.marks.get("workers_ready"), self.began),
            "idle": phases["idle"],
            "load": phases["load"],
            "load_reading": phases["load_reading"],
            "load_streaming": phases["load_streaming"],
            "index_seconds": load_seconds,
            "read_and_chunk_seconds": _between(
                self.marks.get("load_start"), self.marks.get("first_progress")
            ),
            "index_outcome": self.index_outcome,
            "chunks": self.chunks_total,
            "questions_asked": len(self.asked),
            "answers_completed": len(self.completed),
            "answer_batches": sum(len(parts) for parts in self.texts.values()),
            "tokens_streamed": token_counts,
            "finished_answers": [self.finished_stats[i] for i in sorted(self.finished_stats)],
            "median_ask_to_first_token_s": _median(ask_waits),
            "stalls": _stall_report(
                intervals, self.samples, self.stall_ends, self.gc_pauses, t0, windows["load"]
            ),
            "sampler": {
                "enabled": not self.args.no_sampler,
                "after_ms": SAMPLE_AFTER_MS,
                "every_ms": SAMPLE_EVERY_S * 1000,
                "samples": len(self.samples),
            },
            "gc": {
                name: _gc_stats(self.gc_pauses, start, end)
                for name, (start, end) in windows.items()
            },
            "experiments": self.experiments,
            "shutdown_seconds": self.shutdown_seconds,
        }

    def _load_end(self) -> float | None:
        if "load_start" not in self.marks:
            return None
        return self.marks.get("load_end") or self.marks.get("recording_stopped")


# -- helpers (no Qt) ----------------------------------------------------------------------------


def _open_quiet(path: str) -> int | None:
    try:
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None


def _read_text(fd: int | None) -> str | None:
    if fd is None:
        return None
    try:
        return os.pread(fd, 256, 0).decode("ascii", "replace").strip() or None
    except OSError:
        return None


def _kernel_state(fd: int | None) -> str | None:
    text = _read_text(fd)
    if not text:
        return None
    return text.rsplit(")", 1)[-1].split()[0]  # R running/runnable, S sleeping, D disk wait


def _short_path(filename: str) -> str:
    for marker in ("site-packages/", "lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    with contextlib.suppress(ValueError):
        return str(Path(filename).resolve().relative_to(REPO))
    return filename


def _stack(frame, depth: int = STACK_DEPTH) -> list[str]:
    """Innermost first: 'file:line function' (the probe's own GC callback left out)."""
    lines = []
    while frame is not None and len(lines) < depth:
        code = frame.f_code
        if not (code.co_name == "_on_gc" and code.co_filename == __file__):
            lines.append(f"{_short_path(code.co_filename)}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return lines


def _intervals(ticks: list[float], sched: list[tuple[int, int]]) -> list[dict]:
    out = []
    for i in range(1, len(ticks)):
        length = ticks[i] - ticks[i - 1]
        run = (sched[i][0] - sched[i - 1][0]) / 1e6
        wait = (sched[i][1] - sched[i - 1][1]) / 1e6
        out.append(
            {
                "start": ticks[i - 1],
                "end": ticks[i],
                "late_ms": max(0.0, length * 1000 - TICK_MS),
                "run_ms": run,
                "runqueue_ms": wait,
                "slept_ms": max(0.0, length * 1000 - run - wait),
            }
        )
    return out


def _within(at: float, start: float | None, end: float | None) -> bool:
    return start is not None and end is not None and start < at <= end


def _percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = math.ceil(q / 100 * len(sorted_values))
    return sorted_values[min(max(rank, 1), len(sorted_values)) - 1]


def _stall_stats(intervals: list[dict]) -> dict:
    late = sorted(i["late_ms"] for i in intervals)
    if not late:
        return {"ticks": 0}
    seconds = intervals[-1]["end"] - intervals[0]["start"]
    return {
        "ticks": len(late),
        "seconds": seconds,
        "expected_ticks": int(seconds * 1000 / TICK_MS),
        "p50_ms": _percentile(late, 50),
        "p90_ms": _percentile(late, 90),
        "p99_ms": _percentile(late, 99),
        "max_ms": late[-1],
        "mean_ms": sum(late) / len(late),
        "over_50_ms": sum(1 for value in late if value > 50),
        "over_100_ms": sum(1 for value in late if value > 100),
        # Where the GUI thread's time went, over the whole window (ms):
        "gui_thread_run_ms": sum(i["run_ms"] for i in intervals),
        "gui_thread_runqueue_ms": sum(i["runqueue_ms"] for i in intervals),
    }


def _stall_report(intervals, samples, stall_ends, gc_pauses, t0, load_window) -> dict:
    """What the stalls of the load window (ticks late by more than SAMPLE_AFTER_MS) were made of.

    Each stall's lateness is split by the GUI thread's schedstat over the interval: its own
    CPU time ("gui_busy": a slot, a layout, a repaint), time runnable but without a CPU
    ("cpu_starved"), and sleep beyond the 10 ms a tick waits anyway ("blocked": the GIL or a
    lock). Offenders: the GUI thread's stacks sampled during stalls (its own work), and the
    other threads' stacks at the moment each stall ended (who held the GIL through it), and
    the garbage collector's pauses (a collection holds the GIL, whichever thread runs it).
    """
    start, end = load_window
    load = [i for i in intervals if _within(i["end"], start, end)]
    stalls = [i for i in load if i["late_ms"] > SAMPLE_AFTER_MS]
    by_tick: dict[float, list[dict]] = collections.defaultdict(list)
    for sample in samples:
        by_tick[sample["tick"]].append(sample)

    causes = collections.Counter()
    gc_in_stalls = 0.0
    over_50 = collections.Counter()  # stalls over 50 ms, by their main cause
    busy_frames, busy_innermost, holders = (collections.Counter() for _ in range(3))
    longest = []
    for interval in stalls:
        split = _split(interval)
        causes.update(split)
        gc_ms = _gc_overlap(gc_pauses, interval)
        gc_in_stalls += gc_ms
        if interval["late_ms"] > 50:
            main_cause = max(split, key=split.get)
            over_50["garbage_collection" if gc_ms > interval["late_ms"] / 2 else main_cause] += 1
        hits = by_tick.get(interval["start"], [])
        for sample in hits:
            if _gui_in_python(sample["main"]):
                busy_frames[_first_app_frame(sample["main"])] += 1
                busy_innermost[sample["main"][0]] += 1
        if split["blocked"] > interval["late_ms"] / 2:
            for stack in stall_ends.get(interval["start"], []):
                holders[_first_app_frame(stack) + "  <-  " + stack[0]] += 1
    for interval in sorted(load, key=lambda i: -i["late_ms"])[:TOP_STALLS]:
        hits = by_tick.get(interval["start"], [])
        longest.append(
            {
                "at_s": interval["start"] - t0 if t0 else None,
                "late_ms": interval["late_ms"],
                "gui_run_ms": interval["run_ms"],
                "gui_runqueue_ms": interval["runqueue_ms"],
                "gui_slept_ms": interval["slept_ms"],
                "cause_ms": _split(interval),
                "gc_ms": _gc_overlap(gc_pauses, interval),
                "samples": len(hits),
                "gui_states": dict(collections.Counter(_state_label(s) for s in hits)),
                "gui_stacks": _top(collections.Counter(tuple(s["main"][:6]) for s in hits), 3),
                "other_threads_during": _top(
                    collections.Counter(stack[0] for s in hits for stack in s["others"]), 4
                ),
                "other_threads_at_end": stall_ends.get(interval["start"], []),
            }
        )
    return {
        "threshold_ms": SAMPLE_AFTER_MS,
        "count": len(stalls),
        "late_ms_total": sum(i["late_ms"] for i in stalls),
        "cause_ms": {name: causes[name] for name in ("gui_busy", "cpu_starved", "blocked")},
        "gc_pause_ms_within": gc_in_stalls,
        "over_50_ms_by_cause": dict(over_50),
        "gui_states": dict(
            collections.Counter(_state_label(s) for s in samples if s["phase"] == "load")
        ),
        "gui_busy_app_frames": _top(busy_frames, 10),
        "gui_busy_innermost_frames": _top(busy_innermost, 10),
        "gil_holders_at_blocked_stall_ends": _top(holders, 10),
        "longest": longest,
    }


def _gc_overlap(gc_pauses, interval: dict) -> float:
    start, end = interval["start"], interval["end"]
    return 1000 * sum(max(0.0, min(end, b) - max(start, a)) for a, b, _gen, _gui in gc_pauses)


def _gc_stats(gc_pauses, start: float | None, end: float | None) -> dict:
    within = [(b - a, gen, gui) for a, b, gen, gui in gc_pauses if _within(b, start, end)]
    out = {}
    for gen in (0, 1, 2):
        pauses = sorted(1000 * length for length, g, _gui in within if g == gen)
        out[f"gen{gen}"] = {
            "count": len(pauses),
            "total_ms": sum(pauses),
            "max_ms": pauses[-1] if pauses else 0.0,
        }
    out["gen2"]["on_gui_thread"] = sum(1 for _length, g, gui in within if g == 2 and gui)
    return out


def _split(interval: dict) -> dict[str, float]:
    """A stall's lateness split into gui_busy / cpu_starved / blocked, proportionally."""
    parts = {
        "gui_busy": interval["run_ms"],
        "cpu_starved": interval["runqueue_ms"],
        "blocked": max(0.0, interval["slept_ms"] - TICK_MS),
    }
    total = sum(parts.values()) or 1.0
    return {name: value * interval["late_ms"] / total for name, value in parts.items()}


def _gui_in_python(stack: list[str]) -> bool:
    """False when the GUI thread's only frame is the probe's `app.exec()`: it is in Qt's C++."""
    return bool(stack) and not stack[0].startswith("bench/gui_probe.py")


def _waiting(stack: list[str]) -> bool:
    """A thread parked in Python's threading (the probe's own timers), not doing work."""
    return not stack or "threading.py:" in stack[0]


def _state_label(sample: dict) -> str:
    state, wchan = sample.get("state"), sample.get("wchan")
    if state == "R":
        return "R (running or waiting for a CPU)"
    return f"{state} ({wchan or '?'})"


def _first_app_frame(stack: list[str]) -> str:
    for line in stack:
        if line.startswith("desktop_app/"):
            return line
    return stack[0] if stack else "(no Python frame)"


def _top(counter: collections.Counter, n: int) -> list:
    return [
        [list(key) if isinstance(key, tuple) else key, count]
        for key, count in counter.most_common(n)
    ]


def _count_tokens(texts: dict[int, list[str]]) -> dict:
    """Tokens of the answer text that reached the GUI during the load, in the model's tokens."""
    characters = sum(len(part) for parts in texts.values() for part in parts)
    tokens = None
    try:
        import llama_cpp

        from desktop_app import paths

        model = paths.bundled_chat_model()
        if model is not None:
            vocab = llama_cpp.Llama(model_path=str(model), vocab_only=True, verbose=False)
            tokens = sum(
                len(vocab.tokenize("".join(parts).encode("utf-8"), add_bos=False, special=False))
                for parts in texts.values()
            )
            vocab.close()
    except Exception:  # the count is a nicety; the characters are still there
        tokens = None
    return {"tokens": tokens, "characters": characters, "answers": len(texts)}


def _median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _since(at: float | None, began: float) -> float | None:
    return None if at is None else at - began


def _between(start: float | None, end: float | None) -> float | None:
    return None if start is None or end is None else end - start


def _second(item):
    return item[1]


if __name__ == "__main__":
    sys.exit(main())
