"""Run at the start of every Python subprocess of the tests (tests/conftest.py puts this folder
on PYTHONPATH): a `lokal` command that loads a model tells the test that started it, through the
file named by LOKAL_TEST_MODEL_LOADS. See tests/model_guard.py."""

import importlib.util
import os
from pathlib import Path

_log = os.environ.get("LOKAL_TEST_MODEL_LOADS")
if _log:
    _spec = importlib.util.spec_from_file_location(
        "lokal_model_guard", Path(__file__).resolve().parent.parent / "model_guard.py"
    )
    _guard = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_guard)
    _guard.install(_guard.file_recorder(_log))
