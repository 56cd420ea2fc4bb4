"""Whether llama.cpp's AMX kernels can run on this machine, found out once by trying.

Some virtual machines advertise Intel AMX in the CPU flags, and even grant a process the
tile-data permission, yet fault on the first tile instruction. llama.cpp built for the host CPU
(the default `pip install llama-cpp-python`) then dies with SIGILL as soon as a prompt is long
enough for its AMX matrix kernels: on such a machine a 200-token prompt to SmolLM2 killed the
process every time, while the same load with llama.cpp's extra buffer types off answered.

Only trying tells, so on a CPU that advertises AMX with a llama.cpp build that has AMX kernels, a
child process loads the model and reads a prompt once. If the child is killed by a signal, Lokal
loads models without the extra buffer types (AMX, and weight repacking with them) from then on.
The verdict is kept per CPU, kernel and llama.cpp build in a small JSON file, so the check costs
about a second once per machine, not per load. Everywhere else (no AMX advertised, a build
without AMX, other systems) nothing is probed and nothing changes.

LOKAL_LLAMA_EXTRA_BUFFERS=0 or 1 decides without probing.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import platform
import sys
import threading
from pathlib import Path

from desktop_app.core.atomic import write_atomically

log = logging.getLogger(__name__)

OVERRIDE_ENV = "LOKAL_LLAMA_EXTRA_BUFFERS"
VERDICT_FILE = "llama-cpu-check.json"
# A bigger model would make the one-off check slow (it is loaded in full): such loads keep the
# safe setting without a verdict.
MAX_PROBE_MODEL_BYTES = 2 * 1024**3
PROBE_TIMEOUT_SECONDS = 180
# Long enough that llama.cpp takes its batched matrix kernels (AMX's) for the prompt.
PROBE_PROMPT_WORDS = 200

_lock = threading.Lock()
_known: dict[str, bool] = {}  # this process's verdicts, by machine key


def extra_buffers_allowed(model_path: str | os.PathLike, cache_dir: Path | None = None) -> bool:
    """May llama.cpp use its extra buffer types (AMX, repacking) when loading `model_path`?"""
    forced = os.environ.get(OVERRIDE_ENV)
    if forced in ("0", "1"):
        return forced == "1"
    key = _amx_key()
    if key is None:
        return True  # no AMX in play: nothing to check
    with _lock:
        if key in _known:
            return _known[key]
        cache_file = (cache_dir or _default_cache_dir()) / VERDICT_FILE
        verdicts = _read_verdicts(cache_file)
        if key in verdicts:
            _known[key] = verdicts[key]
            return verdicts[key]
        size = _file_size(model_path)
        if size is None or size > MAX_PROBE_MODEL_BYTES:
            return False  # cannot check cheaply: the safe setting, no verdict kept
        allowed = _probe(str(model_path))
        if allowed is None:
            return True  # the child could not even load the model: the real load will say why
        _known[key] = allowed
        verdicts[key] = allowed
        _write_verdicts(cache_file, verdicts)
        if not allowed:
            log.warning("llama.cpp's AMX kernels crash on this CPU; loading models without them.")
        return allowed


def _amx_key() -> str | None:
    """Identifies CPU, kernel and llama.cpp build when AMX is in play here, else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    flags = next((line for line in cpuinfo.splitlines() if line.startswith("flags")), "")
    if "amx_tile" not in flags.split():
        return None
    try:
        import llama_cpp
    except ImportError:
        return None
    system_info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
    if "AMX_INT8 = 1" not in system_info:
        return None  # this build has no AMX kernels (e.g. GGML_NATIVE=OFF)
    model_name = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line),
        "",
    )
    return " | ".join((model_name, platform.release(), llama_cpp.__version__, system_info.strip()))


def _probe(model_path: str) -> bool | None:
    """Load the model and read a long prompt in a child: True if it lived, False if a signal
    killed it, None if it failed otherwise. A spawned child, so a frozen app can do it too."""
    context = multiprocessing.get_context("spawn")
    child = context.Process(target=probe_child, args=(model_path,), name="lokal-cpu-check")
    child.start()
    child.join(PROBE_TIMEOUT_SECONDS)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    if child.exitcode == 0:
        return True
    return False if child.exitcode is not None and child.exitcode < 0 else None


def probe_child(model_path: str) -> None:
    """The child's work (public: multiprocessing imports it by name)."""
    from llama_cpp import Llama

    llama = Llama(model_path=model_path, n_ctx=512, verbose=False)
    llama.create_completion("word " * PROBE_PROMPT_WORDS, max_tokens=1)
    llama.close()


def _file_size(path: str | os.PathLike) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def _default_cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("Lokal", appauthor=False)


def _read_verdicts(cache_file: Path) -> dict[str, bool]:
    try:
        data = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if isinstance(value, bool)}


def _write_verdicts(cache_file: Path, verdicts: dict[str, bool]) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(cache_file, json.dumps(verdicts, indent=1).encode("utf-8"))
    except OSError:  # a read-only cache: check again next time, never fail the load
        log.info("Could not keep the CPU check's verdict in %s", cache_file)
