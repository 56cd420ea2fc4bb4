"""Run at the start of every Python process of a no-network proof (test_no_network.py puts this
folder first on PYTHONPATH): an audit hook records every network address Python code asks for.

Installed before anything else is imported, in the `lokal` process and in each child it spawns
(the preparation workers, the store process), so a library that phones home at import time is
seen too. Each `socket.connect`, `socket.sendto`, `socket.getaddrinfo`, `socket.gethostbyname`
(and its `_ex`, `gethostbyaddr`) event is appended as one JSON line to the file named by
LOKAL_NETWORK_AUDIT_LOG, and so is one "installed" line per process. The hook records and never
blocks: the test judges the record.

Native code (chroma's Rust core, llama.cpp) makes no audit events: the strace run sees that.
Afterwards the next sitecustomize on the path runs (tests/model_guard_site's, which reports
model loads), since Python imports only the first one it finds.
"""

import importlib.util
import json
import os
import socket
import sys
from pathlib import Path

_LOG = os.environ.get("LOKAL_NETWORK_AUDIT_LOG")
_NAME_EVENTS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
}
_ADDRESS_EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg"}


def _family_name(family) -> str:
    try:
        return socket.AddressFamily(family).name
    except ValueError:
        return str(family)


def _record(event: str, args: tuple) -> None:
    if event in _ADDRESS_EVENTS:
        sock, address = args[0], args[1]
        entry = {"event": event, "family": _family_name(sock.family), "address": repr(address)}
        if isinstance(address, tuple) and address:
            entry["host"] = str(address[0])
    elif event in _NAME_EVENTS:
        entry = {"event": event, "family": "", "address": repr(args[0]), "host": str(args[0])}
    else:
        return
    entry["pid"] = os.getpid()
    entry["argv"] = " ".join(sys.argv[:3])[:200]
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps(entry) + "\n")


def _hook(event: str, args: tuple) -> None:
    if event.startswith("socket."):
        try:
            _record(event, args)
        except Exception as error:  # a record that cannot be written must still be told
            with open(_LOG, "a", encoding="utf-8") as log:
                log.write(json.dumps({"event": event, "error": repr(error)}) + "\n")


if _LOG:
    sys.addaudithook(_hook)
    # One line per process, so that an empty record can be told from a hook that never ran.
    with open(_LOG, "a", encoding="utf-8") as _log:
        _log.write(json.dumps({"event": "installed", "pid": os.getpid()}) + "\n")


def _run_next_sitecustomize() -> None:
    here = Path(__file__).resolve().parent
    for entry in sys.path:
        candidate = Path(entry or ".") / "sitecustomize.py"
        try:
            if candidate.resolve().parent == here or not candidate.is_file():
                continue
        except OSError:
            continue
        spec = importlib.util.spec_from_file_location("lokal_next_sitecustomize", candidate)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return


_run_next_sitecustomize()
