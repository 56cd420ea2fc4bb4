"""The window, driven by code, for the whole-run proofs (tests/reliability/whole_run.py).

Lokal's real app (LokalApp: real workers, real models, the store in its own process) under
QT_QPA_PLATFORM=offscreen, as a user would use it: wait until the embedder and the built-in
model are ready, index the documents, ask a question and wait for the answer, summarise a
document, switch the chat model (Settings, as the dialog applies it) and wait until the new one
is loaded, ask again, quit. Each step has a deadline; a step that fails or runs out of time
ends the run with exit 1, saying which step and why.

    python tests/reliability/window_run.py --data-dir DIR --switch-to GGUF --ask Q DOCUMENT...

Prints one line `window-run <json>`: what each step saw (counts, not the model's words).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))  # desktop_app, without an install

from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

RESULT_MARKER = "window-run"
START_TIMEOUT_S = 600  # generous: on 2 busy cores a step took 7 min
INDEX_TIMEOUT_S = 600
ANSWER_TIMEOUT_S = 600
SWITCH_TIMEOUT_S = 600


class StepFailed(Exception):
    pass


class Waiter(QObject):
    """Records a signal's emissions on the GUI thread (a worker's signal arrives queued) and
    runs the event loop until a condition holds or a deadline passes."""

    def __init__(self, signal) -> None:
        super().__init__()
        self.calls: list[tuple] = []
        signal.connect(self.record)

    @Slot()
    def record(self, *args) -> None:
        self.calls.append(args)


def wait_until(condition, timeout_s: float, step: str) -> None:
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise StepFailed(f"{step}: not done after {timeout_s:.0f} s")
        QTimer.singleShot(50, loop.quit)
        loop.exec()


def run(args: argparse.Namespace, report: dict) -> None:
    from desktop_app.app import LokalApp
    from desktop_app.config import Settings
    from desktop_app.ui.chat_view import AnswerWidget

    settings = Settings()
    settings.model.temperature = 0.0
    args.data_dir.mkdir(parents=True, exist_ok=True)
    lokal = LokalApp(args.data_dir, settings)
    report["steps"] = []
    try:
        index_ready = Waiter(lokal.index_worker.ready)
        loaded = Waiter(lokal.llm_worker.model_loaded)
        failed_models = Waiter(lokal.llm_worker.model_failed)
        failed_answers = Waiter(lokal.llm_worker.answer_failed)
        finished = Waiter(lokal.indexing.indexing_finished)
        completed = Waiter(lokal.chat.answer_completed)
        lokal.window.show()
        lokal.start_workers()

        def check_models() -> None:
            if failed_models.calls:
                path, error = failed_models.calls[-1]
                raise StepFailed(f"model {path} failed to load: {error}")

        def step(name: str, **seen) -> None:
            report["steps"].append({"step": name, **seen})
            print(f"  window: {name} {seen}", flush=True)

        def answer(what: str, start) -> None:
            before = len(completed.calls)
            start()
            wait_until(lambda: len(completed.calls) > before, ANSWER_TIMEOUT_S, what)
            if failed_answers.calls:
                raise StepFailed(f"{what}: {failed_answers.calls[-1][1]}")
            cards = [i for i in lokal.window.chat_view.items() if isinstance(i, AnswerWidget)]
            text = cards[-1].text().strip()
            if not text:
                raise StepFailed(f"{what}: the answer card is empty")
            step(what, characters=len(text))

        def started() -> bool:
            check_models()
            return bool(index_ready.calls) and bool(loaded.calls)

        wait_until(started, START_TIMEOUT_S, "start (embedder and built-in model ready)")
        step("started", model=Path(loaded.calls[-1][0]).name)

        lokal.indexing.add_paths([str(path) for path in args.documents])
        wait_until(lambda: bool(finished.calls), INDEX_TIMEOUT_S, "indexing")
        indexed, unchanged, failed, cancelled = finished.calls[-1]
        step("indexed", indexed=indexed, unchanged=unchanged, failed=failed)
        if (indexed, failed, cancelled) != (len(args.documents), 0, False):
            raise StepFailed(f"indexing: {finished.calls[-1]} for {len(args.documents)} files")

        answer("asked", lambda: lokal.chat.ask(args.ask))
        answer("summarised", lambda: lokal.chat.summarize([str(args.documents[0])]))

        switched = settings.model_copy(deep=True)
        switched.model.path = str(args.switch_to)
        loads_before = len(loaded.calls)

        def switched_model_loaded() -> bool:
            check_models()
            return len(loaded.calls) > loads_before

        lokal.apply_settings(switched)
        wait_until(switched_model_loaded, SWITCH_TIMEOUT_S, "model switch")
        now = Path(loaded.calls[-1][0])
        if now != Path(args.switch_to):
            raise StepFailed(f"model switch: {now} loaded, not {args.switch_to}")
        step("switched", model=now.name)

        answer("asked again", lambda: lokal.chat.ask(args.ask))
        report["ok"] = True
    finally:
        lokal.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--switch-to", required=True, type=Path, help="the GGUF to switch to")
    parser.add_argument("--ask", required=True, help="the question asked before and after")
    parser.add_argument("documents", nargs="+", type=Path)
    args = parser.parse_args()

    app = QApplication(sys.argv)  # noqa: F841 (the app must exist while the window runs)
    report: dict = {"ok": False}
    began = time.perf_counter()
    try:
        run(args, report)
    except StepFailed as error:
        report["error"] = str(error)
    except Exception:
        report["error"] = traceback.format_exc()
    report["seconds"] = round(time.perf_counter() - began, 1)
    print(f"{RESULT_MARKER} {json.dumps(report)}", flush=True)
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
