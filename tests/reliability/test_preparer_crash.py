"""The process that prepares files dies (kill -9, as the OOM killer does): only its file fails.

Before issue 15 every later file failed with BrokenProcessPool and the run ended in a traceback;
now the file being prepared fails with reader_crashed, a new process takes over, the files
queued behind it are prepared again, and the run finishes. The process also dies with its
parent: a killed `lokal index` leaves no preparing process behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import psutil
import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core.ingest import pipeline
from desktop_app.core.ingest.preparation import Preparer

SLOW_PDF_PAGES = 300  # long enough to be caught while PDFium reads it (about a second)


def preparing_processes() -> list[psutil.Process]:
    """The pool's workers among this process's children (not multiprocessing's tracker)."""
    workers = []
    for child in psutil.Process().children(recursive=True):
        try:
            command = " ".join(child.cmdline())
        except psutil.Error:
            continue
        if "multiprocessing" in command and "resource_tracker" not in command:
            workers.append(child)
    return workers


def kill_while_reading(target: Path, killed: list[int], stop: threading.Event) -> None:
    """SIGKILL the preparing process as soon as it has `target` open."""
    while not stop.is_set():
        for worker in preparing_processes():
            try:
                if any(Path(item.path) == target for item in worker.open_files()):
                    os.kill(worker.pid, signal.SIGKILL)
                    killed.append(worker.pid)
                    return
            except (psutil.Error, ProcessLookupError):
                continue
        time.sleep(0.005)


@pytest.fixture
def options():
    return services.chunking_options(Settings(), services.make_embedder(Settings()))


def test_a_killed_preparing_process_fails_only_its_file_and_the_rest_index(
    tmp_path, qapp, embedder
):
    from desktop_app.core.store import DocumentStore
    from tests.pdfs import write_pdf

    before = [tmp_path / f"before-{n}.txt" for n in range(3)]
    after = [tmp_path / f"after-{n}.txt" for n in range(4)]
    for number, path in enumerate(before + after):
        path.write_text(f"Note {number}: the ferry number {number} leaves from pier {number}.")
    target = write_pdf(
        tmp_path / "slow.pdf",
        [f"Page {n} of a long report about tides and harbours." for n in range(SLOW_PDF_PAGES)],
    )
    killed: list[int] = []
    stop = threading.Event()
    killer = threading.Thread(target=kill_while_reading, args=(target, killed, stop), daemon=True)
    store = DocumentStore(tmp_path / "data", embedder.name)
    options = services.chunking_options(Settings(), embedder)
    killer.start()
    try:
        events = list(pipeline.index_paths([*before, target, *after], store, embedder, options))
    finally:
        stop.set()
        killer.join()
    try:
        assert killed, "the preparing process was never seen reading the PDF"
        failed = {e.path: e.error.code for e in events if isinstance(e, pipeline.FileFailed)}
        indexed = {e.path for e in events if isinstance(e, pipeline.FileIndexed)}
        assert failed == {str(target): "reader_crashed"}
        assert indexed == {str(path) for path in before + after}
        assert events[-1] == pipeline.RunFinished(
            indexed=len(before + after), unchanged=0, failed=1, cancelled=False
        )
        assert {record.path for record in store.files()} == indexed
        assert store.failures()[str(target)][0] == "reader_crashed"
    finally:
        store.close()


def test_a_process_killed_while_idle_is_replaced_for_the_next_file(tmp_path, options):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("The first file is prepared before the process is killed.")
    second.write_text("The second file is prepared by the process that replaced it.")
    preparer = Preparer(options)
    try:
        assert preparer.submit(str(first))().chunks
        [worker] = preparing_processes()
        worker.kill()
        worker.wait(10)
        prepared = preparer.submit(str(second))()
        assert prepared.chunks[0].text.startswith("The second file")
    finally:
        preparer.close()


def test_the_preparing_process_dies_with_its_parent(tmp_path):
    """A `kill -9` of the indexing process leaves no preparing process running (die_with_parent)."""
    slow = tmp_path / "slow.txt"
    slow.write_text("word " * 2_000_000)  # keeps the process busy while its parent is killed
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from desktop_app import services
        from desktop_app.config import Settings
        from desktop_app.core.ingest.preparation import Preparer

        options = services.chunking_options(Settings(), services.make_embedder(Settings()))
        preparer = Preparer(options)
        preparer.submit({str(slow)!r})
        print("submitted", flush=True)
        time.sleep(120)
        """
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=Path.cwd()
    )
    try:
        assert parent.stdout.readline().strip() == "submitted"
        deadline = time.monotonic() + 30
        workers: list[psutil.Process] = []
        while time.monotonic() < deadline:
            workers = psutil.Process(parent.pid).children(recursive=True)
            commands = [" ".join(child.cmdline()) for child in workers]
            if any("resource_tracker" not in command for command in commands):
                break
            time.sleep(0.05)
        assert any("resource_tracker" not in " ".join(c.cmdline()) for c in workers), (
            "no preparing process was started"
        )
        parent.kill()
        parent.wait(10)
        gone, alive = psutil.wait_procs(workers, timeout=5)
        assert not alive, f"still running 5 s after their parent was killed: {alive}"
    finally:
        if parent.poll() is None:
            parent.kill()
