"""No network: a whole run of Lokal (CLI and window) needs none, and asks for none.

Three ways, each over the real thing (whole_run.py: `lokal index`, `search`, `ask` with the
built-in SmolLM2, `summarize`, `models list`, then the window driven by window_run.py: index,
ask, summarise, switch to Gemma 3 270M, ask again, quit):

1. inside a network namespace of its own (`unshare --net`: no interface but a loopback that is
   down), where any connection would fail: everything works and exits 0;
2. outside it, with a Python audit hook in every process of the run (network_audit_site/
   sitecustomize.py): the record holds no address but loopback and Unix sockets;
3. under `strace -f`, which sees native code too (chroma's Rust core, llama.cpp, torch): no
   inet connect or sendto to an address that is not loopback.
"""

from __future__ import annotations

import collections
import ipaddress
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import REPO, failure_text, run_lokal, subprocess_env

HERE = Path(__file__).resolve().parent
WHOLE_RUN = HERE / "whole_run.py"
AUDIT_SITE = HERE / "network_audit_site"
WHOLE_RUN_TIMEOUT_S = 3_600
PAGES = [
    "Chapter one describes the weather in Copenhagen during the autumn months.",
    "The launch code for project Bluebird is 4729. Keep it in the red folder in the archive.",
    "Chapter three lists the opening hours of the public libraries in Aarhus and Odense.",
]
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
# Socket families that never leave the machine: Unix sockets, and netlink (talking to the
# kernel, e.g. to list interfaces).
LOCAL_FAMILIES = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}

# A whole run loads real models at every step: long and slow. The checks of the detectors
# themselves (that they would see a connection) are quick.
whole_run = pytest.mark.long


@pytest.fixture(scope="module")
def documents(qapp, tmp_path_factory) -> list[Path]:
    """A PDF (the answer on page 2), a Word file and a text file."""
    import docx

    from tests.pdfs import write_pdf

    folder = tmp_path_factory.mktemp("no-network-documents")
    pdf = write_pdf(folder / "bluebird.pdf", PAGES)
    letter = docx.Document()
    letter.add_heading("Letter from the harbour master", level=1)
    letter.add_paragraph("The ferry to Bornholm leaves at 08:30 from Køge on weekdays.")
    letter.save(folder / "letter.docx")
    notes = folder / "notes.txt"
    notes.write_text("Opening hours of the museum: 10 to 17, closed on Mondays.\n")
    return [pdf, folder / "letter.docx", notes]


def network_namespace() -> list[str]:
    """The command prefix that runs a program in a network namespace of its own, or a skip."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    prefixes = [["unshare", "--net"]] if os.geteuid() == 0 else []
    prefixes.append(["unshare", "--user", "--map-root-user", "--net"])
    tried = []
    for prefix in prefixes:
        probe = subprocess.run([*prefix, "true"], capture_output=True, text=True)
        if probe.returncode == 0:
            return prefix
        tried.append(f"{' '.join(prefix)}: {probe.stderr.strip()}")
    pytest.skip("no network namespace can be made here (" + "; ".join(tried) + ")")


def run_whole(
    documents: list[Path], switch_to: Path, work: Path, prefix=(), env=None
) -> tuple[subprocess.CompletedProcess, list[dict]]:
    out = work / "report.json"
    command = [
        *prefix,
        sys.executable,
        str(WHOLE_RUN),
        "--work",
        str(work),
        "--switch-to",
        str(switch_to),
        "--out",
        str(out),
        *map(str, documents),
    ]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=WHOLE_RUN_TIMEOUT_S,
        env=subprocess_env(env),
        cwd=REPO,
    )
    print(done.stdout)
    report = json.loads(out.read_text(encoding="utf-8")) if out.exists() else []
    return done, report


def check_whole_run(done, report: list[dict], documents: list[Path]) -> None:
    """Every step ran and exited 0, and did what it is for (counts and places, not words)."""
    by_step = {step["step"]: step for step in report}
    failed = [
        f"{step['step']} exited {step['exit']}:\n{step['stderr'][-2500:]}\n{step['stdout'][-1500:]}"
        for step in report
        if step["exit"] != 0
    ]
    assert not failed, "\n\n".join(failed)
    assert list(by_step) == ["index", "search", "ask", "summarize", "models list", "window"], (
        done.stdout + done.stderr[-3000:]
    )
    assert done.returncode == 0
    for step in report:
        assert "Traceback" not in step["stderr"], f"{step['step']}:\n{step['stderr']}"

    assert f"Done: {len(documents)} indexed, 0 unchanged, 0 failed." in by_step["index"]["stdout"]
    search = json.loads(by_step["search"]["stdout"])
    top = search[0]["sources"][0]
    assert (top["path"], top["page"]) == (str(documents[0]), 2)
    (answer,) = json.loads(by_step["ask"]["stdout"])
    assert answer["found"] and answer["answer"].strip()
    summary = json.loads(by_step["summarize"]["stdout"])
    assert summary["answer"] and not summary["failed"] and summary["pages_read"] == len(PAGES)
    models = json.loads(by_step["models list"]["stdout"])
    assert models, "models list shows at least the built-in model"
    window_lines = [
        line for line in by_step["window"]["stdout"].splitlines() if line.startswith("window-run ")
    ]
    assert window_lines, by_step["window"]["stdout"]
    window = json.loads(window_lines[-1].removeprefix("window-run "))
    assert window["ok"], window
    seen = [step["step"] for step in window["steps"]]
    assert seen == ["started", "indexed", "asked", "summarised", "switched", "asked again"]


@whole_run
@pytest.mark.slow
def test_a_whole_run_works_inside_a_network_namespace(documents, gemma_model_path, tmp_path):
    prefix = network_namespace()
    # The namespace has no way out: a connection to a public address fails at once.
    probe = subprocess.run(
        [
            *prefix,
            sys.executable,
            "-c",
            "import socket\ntry:\n socket.create_connection(('1.1.1.1', 53), timeout=5)\n"
            "except OSError as error:\n print('refused', error.errno)\nelse:\n print('open')",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.stdout.startswith("refused"), probe.stdout + probe.stderr

    done, report = run_whole(documents, gemma_model_path, tmp_path, prefix=prefix)
    check_whole_run(done, report, documents)


def is_loopback(host: str) -> bool:
    host = host.strip("[]").split("%")[0]
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or bool(mapped and mapped.is_loopback)


@whole_run
@pytest.mark.slow
def test_a_whole_run_asks_for_no_address_but_loopback(documents, gemma_model_path, tmp_path):
    record = tmp_path / "network-audit.jsonl"
    env = {
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(AUDIT_SITE), os.environ.get("PYTHONPATH")])
        ),
        "LOKAL_NETWORK_AUDIT_LOG": str(record),
    }
    done, report = run_whole(documents, gemma_model_path, tmp_path, env=env)
    check_whole_run(done, report, documents)

    entries = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    installed = [entry for entry in entries if entry["event"] == "installed"]
    # whole_run.py, five `lokal` commands, the window, and the children they spawn.
    assert len(installed) >= 7, f"the audit hook ran in only {len(installed)} processes"
    events = [entry for entry in entries if entry["event"] != "installed"]
    assert not [entry for entry in events if "error" in entry], events
    seen = collections.Counter(
        (entry["event"], entry["family"], entry.get("host", entry["address"])) for entry in events
    )
    print(f"audit hook in {len(installed)} processes; socket events seen: {dict(seen) or 'none'}")
    outside = [
        entry
        for entry in events
        if entry["family"] not in LOCAL_FAMILIES and not is_loopback(entry.get("host", ""))
    ]
    assert not outside, f"network addresses asked for: {outside}"


# connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("8.8.8.8")}, 16) = ...
_TRACED_CALL = re.compile(r"\b(connect|sendto|sendmsg)\(")
_FAMILY = re.compile(r"sa_family=(AF_\w+)")
_ADDRESS = re.compile(r'inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"|sun_path=@?"([^"]*)"')


def traced_addresses(trace: str) -> list[tuple[str, str, str]]:
    """(call, family, address) of each connect/sendto/sendmsg in strace's output that names a
    family: the IP address, or a Unix socket's path."""
    found = []
    for line in trace.splitlines():
        call = _TRACED_CALL.search(line)
        family = _FAMILY.search(line)
        if not call or not family:
            continue
        address = _ADDRESS.search(line)
        named = next((part for part in address.groups() if part), "") if address else ""
        found.append((call.group(1), family.group(1), named))
    return found


@whole_run
@pytest.mark.slow
def test_native_code_connects_to_nothing_but_loopback(documents, tmp_path):
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    probe = subprocess.run(["strace", "-f", "-o", os.devnull, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here: {probe.stderr.decode(errors='replace').strip()}")

    data = tmp_path / "data"
    seen: collections.Counter = collections.Counter()
    for name, args in (
        ("index", ("index", *documents)),
        ("ask", ("ask", "--json", "What is the launch code for project Bluebird?")),
    ):
        trace = tmp_path / f"{name}.strace"
        prefix = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace)]
        done = run_lokal(*args, data_dir=data, prefix=prefix, timeout=900)
        assert done.returncode == 0, failure_text(done)
        calls = traced_addresses(trace.read_text(encoding="utf-8", errors="replace"))
        seen.update((name, *call) for call in calls)
        outside = [
            call
            for call in calls
            if call[1] not in LOCAL_FAMILIES and not (call[2] and is_loopback(call[2]))
        ]
        assert not outside, f"lokal {name}: native connects outside: {outside}"
    print(f"strace: connect/sendto/sendmsg seen: {dict(seen) or 'none'}")


# -- the detectors see what they are meant to see --------------------------------------------


def test_the_audit_hook_records_a_connection_attempt_and_a_name_lookup(tmp_path):
    record = tmp_path / "network-audit.jsonl"
    attempt = (
        "import socket\n"
        "for call in (lambda: socket.getaddrinfo('lokal-test.invalid', 80),\n"
        "             lambda: socket.create_connection(('192.0.2.1', 9), timeout=0.2),\n"
        "             lambda: socket.create_connection(('127.0.0.1', 9), timeout=0.2)):\n"
        "    try:\n"
        "        call()\n"
        "    except OSError:\n"
        "        pass\n"
    )
    env = {
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(AUDIT_SITE), os.environ.get("PYTHONPATH")])
        ),
        "LOKAL_NETWORK_AUDIT_LOG": str(record),
    }
    done = subprocess.run(
        [sys.executable, "-c", attempt], env=subprocess_env(env), capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    entries = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    assert entries[0]["event"] == "installed"
    hosts = [(entry["event"], entry.get("host")) for entry in entries[1:]]
    assert ("socket.getaddrinfo", "lokal-test.invalid") in hosts
    assert ("socket.connect", "192.0.2.1") in hosts and ("socket.connect", "127.0.0.1") in hosts
    assert not is_loopback("lokal-test.invalid") and not is_loopback("192.0.2.1")
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("::ffff:127.0.0.1")


def test_the_strace_reading_finds_inet_addresses():
    trace = (
        '12 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("8.8.8.8")}, '
        "16) = -1 ENETUNREACH (Network is unreachable)\n"
        '12 connect(4, {sa_family=AF_UNIX, sun_path="/run/x"}, 110) = 0\n'
        '13 sendto(5, "x", 1, 0, {sa_family=AF_INET6, sin6_port=htons(443), '
        'sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), '
        "sin6_scope_id=0}, 28) = 1\n"
        '13 sendto(6, "x", 1, 0, NULL, 0) = 1\n'
    )
    assert traced_addresses(trace) == [
        ("connect", "AF_INET", "8.8.8.8"),
        ("connect", "AF_UNIX", "/run/x"),
        ("sendto", "AF_INET6", "2001:db8::1"),
    ]
