"""The bundle's figures (issue 13): start-up, resident memory and sizes of dist/lokal/, each
against the source run.

Start-up: wall seconds from launching `dist/lokal/lokal --data-dir <fresh folder>` (offscreen,
LOKAL_STARTUP_PROBE=1, as bench/startup_bench.py launches the source run) to its
`lokal-window-shown` line, against `python -m desktop_app` the same way; target <= 2 s frozen.
The launches alternate, RUNS times; medians are reported.

Resident memory with both bundled models loaded: the self-test's process tree (the app's
process plus the store's process and multiprocessing's helpers) right after it answered a
question, as `lokal --self-test` prints it with LOKAL_SELF_TEST_MEMORY=1. Frozen against
today's source run (the source with LOKAL_EMBEDDING_BACKEND=torch: sentence-transformers, as
before issue 13), target >= 30% lower; the source run with onnxruntime is shown too, to tell
the run-time's share from the freezing's. The tree's RSS counts pages shared between its
processes once per process; the same for each run, so the ratio is fair.

Sizes: dist/lokal/ unpacked and the .tar.gz beside it, with the ten largest components
(build/bundle.py's grouping).

    .venv/bin/python bench/bundle_bench.py [--runs N] [--skip-memory]

Needs a built bundle (`make bundle`); says so and exits 2 without one. Writes
bench/.cache/bundle_results.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import startup_bench

REPO = Path(__file__).resolve().parent.parent
FROZEN_APP = REPO / "dist" / "lokal" / ("lokal.exe" if sys.platform == "win32" else "lokal")
CACHE = REPO / "bench" / ".cache"
RUNS = 5
TIMEOUT_S = 300
TARGET_STARTUP_S = 2.0
TARGET_MEMORY_REDUCTION = 0.30
# desktop_app/app.py's probe and desktop_app/self_test.py's lines (read from their output).
WINDOW_SHOWN_LINE = "lokal-window-shown"
SELF_TEST_MEMORY_ENV = "LOKAL_SELF_TEST_MEMORY"
SELF_TEST_MEMORY_LINE = "self-test-memory"
EMBEDDING_BACKEND_ENV = "LOKAL_EMBEDDING_BACKEND"


def bundle_driver():
    """build/bundle.py as a module (its sizes and grouping)."""
    spec = importlib.util.spec_from_file_location(
        "lokal_bundle_driver", REPO / "build" / "bundle.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source_command() -> list[str]:
    return [sys.executable, "-m", "desktop_app"]


# -- start-up -----------------------------------------------------------------------------------


def launch_until_shown(command: list[str]) -> tuple[float, float]:
    """Start the app on a fresh data folder; (wall seconds to its window-shown line, the
    seconds it reported itself), as bench/startup_bench.py launches the source run."""
    with tempfile.TemporaryDirectory(prefix="lokal-bench-bundle-") as data_dir:
        return startup_bench.launch_until_marker(
            [*command, "--data-dir", data_dir],
            WINDOW_SHOWN_LINE,
            REPO,
            unset_env=(EMBEDDING_BACKEND_ENV,),
        )


def startup(runs: int) -> dict:
    programs = {"frozen": [str(FROZEN_APP)], "source": source_command()}
    launches: dict[str, list[dict]] = {name: [] for name in programs}
    for number in range(1, runs + 1):
        for name, command in programs.items():
            wall, reported = launch_until_shown(command)
            launches[name].append({"wall_s": wall, "in_process_s": reported})
            print(f"  run {number} {name:6}: window shown after {wall:.3f} s", flush=True)
    result = {
        name: {
            "runs": runs_of,
            "median_wall_s": statistics.median(run["wall_s"] for run in runs_of),
        }
        for name, runs_of in launches.items()
    }
    result["target_s"] = TARGET_STARTUP_S
    result["frozen_within_target"] = result["frozen"]["median_wall_s"] <= TARGET_STARTUP_S
    return result


# -- memory -------------------------------------------------------------------------------------


def self_test_memory(command: list[str], backend: str | None) -> dict:
    """Run the self-test; its process tree's resident MiB with both models loaded."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{SELF_TEST_MEMORY_ENV: "1"})
    env.pop(EMBEDDING_BACKEND_ENV, None)
    if backend:
        env[EMBEDDING_BACKEND_ENV] = backend
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "--self-test"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    line = next(
        (line for line in result.stdout.splitlines() if line.startswith(SELF_TEST_MEMORY_LINE)),
        None,
    )
    if result.returncode != 0 or line is None:
        raise RuntimeError(
            f"{command} --self-test failed:\n{result.stdout[-3000:]}{result.stderr[-2000:]}"
        )
    fields = dict(part.split("=", 1) for part in line.split()[1:])
    return {
        "tree_mib": float(fields["rss_mb"]),
        "tree_pss_mib": float(fields["pss_mb"]) if "pss_mb" in fields else None,
        "main_mib": float(fields["main_mb"]),
        "children": int(fields["children"]),
        "self_test_s": time.perf_counter() - started,
    }


def memory() -> dict:
    runs = {
        "frozen": ([str(FROZEN_APP)], None),
        "source_torch": (source_command(), "torch"),
        "source_onnx": (source_command(), "onnx"),
    }
    result = {}
    for name, (command, backend) in runs.items():
        result[name] = self_test_memory(command, backend)
        print(
            f"  {name:12}: {result[name]['tree_mib']:.0f} MiB in the tree "
            f"({result[name]['main_mib']:.0f} MiB the app's process)",
            flush=True,
        )
    reduction = 1 - result["frozen"]["tree_mib"] / result["source_torch"]["tree_mib"]
    result["reduction_vs_source_torch"] = reduction
    if result["frozen"]["tree_pss_mib"] and result["source_torch"]["tree_pss_mib"]:
        result["pss_reduction_vs_source_torch"] = 1 - (
            result["frozen"]["tree_pss_mib"] / result["source_torch"]["tree_pss_mib"]
        )
    result["target_reduction"] = TARGET_MEMORY_REDUCTION
    result["within_target"] = reduction >= TARGET_MEMORY_REDUCTION
    return result


# -- sizes --------------------------------------------------------------------------------------


def sizes() -> dict:
    driver = bundle_driver()
    archive = FROZEN_APP.parent.parent / driver.linux_archive_name(driver.version())
    return {
        "unpacked_mb": driver.folder_size(FROZEN_APP.parent) / 1e6,
        "tar_gz_mb": archive.stat().st_size / 1e6 if archive.is_file() else None,
        "largest_mb": {
            name: size / 1e6 for name, size in driver.largest_components(FROZEN_APP.parent)
        },
        "target_unpacked_mb": driver.TARGET_UNPACKED_BYTES / 1e6,
        "target_tar_gz_mb": driver.TARGET_PACKED_BYTES / 1e6,
    }


def run(runs: int = RUNS, skip_memory: bool = False) -> dict:
    """Sizes, start-up and (unless skipped) memory of the built bundle (FROZEN_APP)."""
    results: dict = {"when": time.strftime("%Y-%m-%d %H:%M:%S")}
    print("Sizes", flush=True)
    results["sizes"] = sizes()
    print("Start-up (window shown)", flush=True)
    results["startup"] = startup(runs)
    if not skip_memory:
        print("Resident memory with both models loaded (self-test after its answer)", flush=True)
        results["memory"] = memory()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="start-up launches of each")
    parser.add_argument("--skip-memory", action="store_true", help="no self-test runs")
    args = parser.parse_args(argv)
    if not FROZEN_APP.is_file():
        print(f"no bundle at {FROZEN_APP}: build it with `make bundle`", file=sys.stderr)
        return 2
    results = run(args.runs, args.skip_memory)
    print_summary(results)
    CACHE.mkdir(parents=True, exist_ok=True)
    out = CACHE / "bundle_results.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"Results written to {out.relative_to(REPO)}")
    return 0


def print_summary(results: dict) -> None:
    size = results["sizes"]
    packed = f"{size['tar_gz_mb']:.0f} MB" if size["tar_gz_mb"] is not None else "not built"
    print(
        f"\nBundle: {size['unpacked_mb']:.0f} MB unpacked (target "
        f"{size['target_unpacked_mb']:.0f}), .tar.gz {packed} (target "
        f"{size['target_tar_gz_mb']:.0f})"
    )
    for name, megabytes in size["largest_mb"].items():
        print(f"  {megabytes:7.1f} MB  {name}")
    start = results["startup"]
    print(
        f"Window shown: frozen {start['frozen']['median_wall_s']:.2f} s (target "
        f"{start['target_s']:.0f} s), source {start['source']['median_wall_s']:.2f} s (medians)"
    )
    if "memory" in results:
        mem = results["memory"]
        print(
            f"Resident, both models loaded: frozen {mem['frozen']['tree_mib']:.0f} MiB, "
            f"source with torch {mem['source_torch']['tree_mib']:.0f} MiB "
            f"({mem['reduction_vs_source_torch']:.0%} lower; target "
            f"{mem['target_reduction']:.0%}), source with onnxruntime "
            f"{mem['source_onnx']['tree_mib']:.0f} MiB"
        )
        if "pss_reduction_vs_source_torch" in mem:
            print(
                f"  PSS (shared pages counted once): frozen {mem['frozen']['tree_pss_mib']:.0f}"
                f" MiB, source with torch {mem['source_torch']['tree_pss_mib']:.0f} MiB "
                f"({mem['pss_reduction_vs_source_torch']:.0%} lower)"
            )


if __name__ == "__main__":
    sys.exit(main())
