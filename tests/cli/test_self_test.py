"""`lokal --self-test` from source, as CI runs it on a bundle: every step passes, in order.

The self-test checks retrieval (the sample's page 2 is cited), not the model's words. Where
the bundled embedder has no ONNX export yet (`make onnx` makes it; `make test` runs that
first), the run embeds with torch, which the self-test is then told to accept.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import paths, self_test

STEPS = (
    "load the bundled chat model",
    "load the bundled embedding model",
    "index the sample PDF (store in its own process)",
    "ask about the sample",
    "check the answer cites the sample's page 2",
    "measure resident memory",
    "close the models and the store",
    "open the main window (offscreen)",
    "render the cited page with QtPdf",
    "check torch & co. were never imported",
    "serve the API on loopback (token, streamed grounded answer)",
)


def _has_onnx_export() -> bool:
    folder = paths.resources_dir() / paths.BUNDLED_EMBEDDING_MODEL_FOLDER
    return (folder / "onnx" / "model.onnx").is_file() or (folder / "model.onnx").is_file()


def run_self_test(tmp_path: Path, **extra_env: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, **extra_env)
    env.pop(paths.DATA_DIR_ENV, None)
    env["HOME"] = str(tmp_path / "home")  # a user data folder touched by mistake would land here
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test"],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        cwd=tmp_path,
    )


@pytest.mark.slow  # loads both bundled models (in the subprocess)
@pytest.mark.long  # about 30 s: two models, an index, an answer, a window
def test_self_test_passes_every_step_from_source(tmp_path):
    extra = {self_test.MEMORY_ENV: "1"}
    if not _has_onnx_export():
        extra[self_test.BACKEND_ENV] = "torch"
    result = run_self_test(tmp_path, **extra)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith(self_test.PASSED_LINE)
    reported = [line.split("] ", 1)[1].split(": ok in ", 1)[0] for line in lines if "] " in line]
    assert reported == list(STEPS)
    assert "lokal-sample.pdf page 2" in result.stdout  # the citation, as the step reports it
    memory = next(line for line in lines if line.startswith(self_test.MEMORY_LINE))
    assert float(memory.split("rss_mb=")[1].split()[0]) > 100  # two models are resident
    if _has_onnx_export():
        assert "check torch & co. were never imported: ok" in result.stdout
    # Its temporary folder is gone, and nothing was written in the user's folders but caches
    # (the CPU check's, ~/.cache/Lokal).
    folder = Path(lines[0].rsplit("data folder ", 1)[1])
    assert not folder.exists()
    home = tmp_path / "home"
    written = [path for path in home.rglob("*") if path.is_file() and ".cache" not in path.parts]
    assert written == []


def test_a_failing_step_is_named_and_exits_non_zero(tmp_path, monkeypatch, capsys):
    """A missing sample PDF (a broken bundle) fails its step by name; later steps don't run."""
    monkeypatch.setattr(self_test.paths, "resources_dir", lambda: tmp_path / "no-resources")
    steps_run = []
    monkeypatch.setattr(
        self_test.SelfTest, "load_chat_model", lambda test: steps_run.append(1) or "stand-in"
    )
    monkeypatch.setattr(
        self_test.SelfTest, "load_embedder", lambda test: steps_run.append(2) or "stand-in"
    )
    assert self_test.run() == 1
    out = capsys.readouterr().out.splitlines()
    assert steps_run == [1, 2]
    assert out[-2].startswith("[3/10] index the sample PDF (store in its own process): FAILED")
    assert "the sample PDF is missing" in out[-2]
    assert out[-1] == "self-test FAILED at step 3 (index the sample PDF (store in its own process))"
