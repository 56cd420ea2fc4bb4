"""Notices every real model load, so that the `slow` marker is enforced rather than hoped for.

`make test-fast` runs the tests not marked `slow`; a test that loads a model without the marker
would quietly make it slow again. This module wraps the constructors that load weights, in the
libraries themselves (llama-cpp-python's Llama, sentence-transformers' SentenceTransformer and
CrossEncoder, and the ONNX run-time's OnnxTextEncoder and OnnxCrossEncoder), whoever calls
them: core, a worker thread of the app, or a `lokal` subprocess
(tests/model_guard_site/sitecustomize.py installs it there). tests/conftest.py fails a test
not marked `slow` during which a load was noticed.

The wrapping happens when a library is first imported (an import hook), so that merely
installing the guard imports neither llama.cpp nor torch. Standard library only: it also runs
at the start of every Python subprocess of the tests.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import threading
from collections.abc import Callable

# The library module whose import defines the loading classes, and those classes.
WATCHED = {
    "llama_cpp": ("Llama",),
    "sentence_transformers": ("SentenceTransformer", "CrossEncoder"),
    # The embedder and the reranker as the app runs them: onnxruntime, no torch.
    "desktop_app.core.onnx_encoder": ("OnnxTextEncoder", "OnnxCrossEncoder"),
}
# Where subprocesses write the loads they notice (one line each); set by tests/conftest.py.
LOG_VARIABLE = "LOKAL_TEST_MODEL_LOADS"

Recorder = Callable[[str], None]  # called with "<Class> <what it loaded>"


def install(record: Recorder) -> None:
    """Call `record` for each model load from now on, in this process (any thread)."""
    for module_name in WATCHED:
        if module_name in sys.modules:
            _wrap_classes(sys.modules[module_name], record)
    if not any(isinstance(finder, _WrapOnImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _WrapOnImport(record))


def file_recorder(path: str) -> Recorder:
    """A recorder that appends to a file (a subprocess tells its parent through it)."""
    lock = threading.Lock()

    def record(description: str) -> None:
        with lock, open(path, "a", encoding="utf-8") as log:
            log.write(description.replace("\n", " ") + "\n")

    return record


def _wrap_classes(module, record: Recorder) -> None:
    for class_name in WATCHED[module.__name__]:
        cls = getattr(module, class_name, None)
        if cls is None or getattr(cls.__init__, "_lokal_guarded", False):
            continue
        cls.__init__ = _noticing(cls, cls.__init__, record)


def _noticing(cls, init, record: Recorder):
    def __init__(self, *args, **kwargs):
        # Reading only a GGUF's vocabulary (checking a file before adding it) loads no weights.
        if not kwargs.get("vocab_only"):
            what = kwargs.get("model_path") or kwargs.get("model_name_or_path")
            what = what or (args[0] if args else "?")
            record(f"{cls.__name__} {what}")
        init(self, *args, **kwargs)

    __init__._lokal_guarded = True
    __init__.__wrapped__ = init
    return __init__


class _WrapOnImport(importlib.abc.MetaPathFinder):
    """Finds a watched library as the normal finders do, and wraps it once it has run."""

    def __init__(self, record: Recorder) -> None:
        self._record = record

    def find_spec(self, fullname, path, target=None):
        if fullname not in WATCHED:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _WrappingLoader(spec.loader, self._record)
        return spec


class _WrappingLoader(importlib.abc.Loader):
    def __init__(self, loader, record: Recorder) -> None:
        self._loader, self._record = loader, record

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        self._loader.exec_module(module)
        _wrap_classes(module, self._record)

    def __getattr__(self, name):  # get_resource_reader, is_package, ...: the real loader's
        return getattr(self._loader, name)
