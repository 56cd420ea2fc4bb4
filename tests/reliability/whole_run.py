"""A whole run of Lokal, every front end, one after another: the no-network proofs run this.

In one process tree (so that `unshare --net python whole_run.py ...` puts every step in the same
network namespace): `lokal index` of the documents, `lokal search`, `lokal ask` (the built-in
SmolLM2), `lokal summarize`, `lokal models list`, then the window (window_run.py: index, ask,
summarise, switch to the second model, ask again, quit) on a data folder of its own.

    python tests/reliability/whole_run.py --work DIR --switch-to GGUF --out REPORT.json DOC...

The first document must hold QUESTION's answer. Writes REPORT.json: each step's command, exit
code, seconds and the tails of its output; exits 0 when every step did.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
QUESTION = "What is the launch code for project Bluebird?"
STEP_TIMEOUT_S = 1_200  # generous: `ask` took 7 min on 2 cores shared with 10 processes


def lokal(data_dir: Path, *args) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *map(str, args)]


def steps(work: Path, documents: list[Path], switch_to: Path) -> list[tuple[str, list[str]]]:
    cli_data, window_data = work / "cli-data", work / "window-data"
    return [
        ("index", lokal(cli_data, "index", *documents)),
        ("search", lokal(cli_data, "search", "--json", QUESTION)),
        ("ask", lokal(cli_data, "ask", "--json", QUESTION)),
        ("summarize", lokal(cli_data, "summarize", "--json", documents[0])),
        ("models list", lokal(cli_data, "models", "list", "--json")),
        (
            "window",
            [
                sys.executable,
                str(HERE / "window_run.py"),
                "--data-dir",
                str(window_data),
                "--switch-to",
                str(switch_to),
                "--ask",
                QUESTION,
                *map(str, documents),
            ],
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", required=True, type=Path)
    parser.add_argument("--switch-to", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("documents", nargs="+", type=Path)
    args = parser.parse_args()

    report = []
    for name, command in steps(args.work, args.documents, args.switch_to):
        began = time.perf_counter()
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=STEP_TIMEOUT_S, cwd=REPO
            )
            code, stdout, stderr = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired as expired:
            code, stdout, stderr = "timeout", str(expired.stdout), str(expired.stderr)
        seconds = round(time.perf_counter() - began, 1)
        print(f"  {name}: exit {code} in {seconds} s", flush=True)
        report.append(
            {
                "step": name,
                "command": command,
                "exit": code,
                "seconds": seconds,
                "stdout": stdout if len(stdout) < 20_000 else stdout[-20_000:],
                "stderr": stderr[-6_000:],
            }
        )
        args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")  # kept if we die
    return 0 if all(step["exit"] == 0 for step in report) else 1


if __name__ == "__main__":
    sys.exit(main())
