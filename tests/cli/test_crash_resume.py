"""Kill -9 in the middle of indexing: the next run resumes, the store is consistent, and
nothing is indexed twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from desktop_app.core.store import DocumentStore
from desktop_app.paths import BUNDLED_EMBEDDING_MODEL_NAME
from tests.cli.test_cli import lokal


@pytest.mark.slow  # its lokal processes load the embedder
def test_kill_during_indexing_then_resume(tmp_path):
    data = tmp_path / "data"
    keep = tmp_path / "keep.txt"
    keep.write_text("A short note about the lighthouse on Anholt.")
    assert lokal("index", keep, data_dir=data).returncode == 0  # stored before the crash
    big = tmp_path / "big.txt"
    big.write_text(
        " ".join(
            f"Sentence {n} explains how resumable indexing survives a crash." for n in range(4000)
        )
    )
    env = {key: value for key, value in os.environ.items() if key != "LOKAL_DATA_DIR"}
    run = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "index", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    total = None
    for line in run.stdout:  # wait until some, not all, of the chunks are stored
        if line.strip().endswith("chunks") and "/" in line:
            done, total = (int(x) for x in line.split()[0].split("/"))
            if done >= 64:
                break
    assert total is not None and total > 100, "indexing never reported progress"
    run.send_signal(signal.SIGKILL)
    run.wait(30)
    assert run.returncode == -signal.SIGKILL

    resumed = lokal("index", big, keep, data_dir=data)
    assert resumed.returncode == 0, resumed.stderr
    assert f"indexed {big} ({total} chunk(s))" in resumed.stdout
    assert f"unchanged {keep}" in resumed.stdout

    store = DocumentStore(data, BUNDLED_EMBEDDING_MODEL_NAME)
    try:
        assert store.file_record(str(big)).chunk_count == total
        assert store.chunk_count() == total + 1  # the big file once, and the earlier note
    finally:
        store.close()
    search = lokal("search", "--json", "lighthouse on Anholt", data_dir=data)
    assert search.returncode == 0 and str(keep) in search.stdout
