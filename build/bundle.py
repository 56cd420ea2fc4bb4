"""`make bundle`: Lokal frozen into one folder (dist/lokal/), and on Linux its .tar.gz.

    python build/bundle.py [--skip-pyinstaller] [--no-package]

Steps, each timed: export the bundled embedding model to ONNX when it is not current
(build/export_onnx.py --bundled; the app runs it with onnxruntime, without torch), write the
third-party licences into resources/licenses/ (desktop_app/licenses.py), run PyInstaller on
build/lokal.spec (its work folder build/pyinstaller-work/ is kept, so a second build reuses
what did not change), then on Linux pack dist/lokal-<version>-linux-x86_64.tar.gz: one folder
lokal-<version>/ with the app (lokal/), build/linux's install.sh, uninstall.sh and
lokal.desktop, and the icon. Last, the sizes: the folder unpacked, the .tar.gz, and the ten
largest components, against the targets (450 MB packed, 1 GB unpacked).

Run it with the virtual environment's Python (the Makefile does): PyInstaller freezes the
interpreter that runs it, with the packages that interpreter has.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tarfile
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "lokal.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller-work"
APP_FOLDER = DIST / "lokal"
LINUX_FILES = ROOT / "build" / "linux"
# What the .tar.gz holds beside the app (install.sh finds the icon beside itself).
LINUX_EXTRAS = ("install.sh", "uninstall.sh", "lokal.desktop")
ICONS = ROOT / "resources" / "icons"
LICENSES_FILE = ROOT / "resources" / "licenses" / "THIRD_PARTY_LICENSES.txt"
TARGET_PACKED_BYTES = 450 * 10**6
TARGET_UNPACKED_BYTES = 10**9
LARGEST_SHOWN = 10


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["version"]


def linux_archive_name(app_version: str, machine: str | None = None) -> str:
    return f"lokal-{app_version}-linux-{machine or platform.machine()}.tar.gz"


# -- the steps ----------------------------------------------------------------------------------


def export_onnx() -> str:
    """The ONNX export of the bundled embedder (the script skips it when it is current)."""
    script = ROOT / "build" / "export_onnx.py"
    if not script.is_file():
        return "skipped: build/export_onnx.py is not there (the bundle embeds what resources/ has)"
    subprocess.run([sys.executable, str(script), "--bundled"], cwd=ROOT, check=True)
    return "resources/models/embeddings/ is current"


def write_licenses() -> str:
    """The libraries' licences, read from this environment's metadata, for the About dialog."""
    sys.path.insert(0, str(ROOT))
    try:
        from desktop_app import licenses
    except ImportError:
        return "skipped: desktop_app/licenses.py is not there yet"
    licenses.write_licenses_file(LICENSES_FILE)
    return f"{LICENSES_FILE.relative_to(ROOT)} ({LICENSES_FILE.stat().st_size / 1e6:.1f} MB)"


def run_pyinstaller() -> str:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    subprocess.run(command, cwd=ROOT, check=True)
    return f"{APP_FOLDER.relative_to(ROOT)}/ ({folder_size(APP_FOLDER) / 1e6:.0f} MB)"


def package_linux(
    app_folder: Path,
    out_dir: Path,
    app_version: str,
    linux_files: Path = LINUX_FILES,
    icons: Path = ICONS,
    machine: str | None = None,
) -> Path:
    """`out_dir`/lokal-<version>-linux-<machine>.tar.gz: lokal-<version>/ holding the app
    folder as lokal/, the install scripts and menu entry from `linux_files` (those there; the
    others are said) and the icon. Written to a part file first: a half-written archive never
    has the final name."""
    archive = out_dir / linux_archive_name(app_version, machine)
    top = f"lokal-{app_version}"
    partial = archive.with_name(archive.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(app_folder, arcname=f"{top}/lokal")
        for name in LINUX_EXTRAS:
            if (linux_files / name).is_file():
                tar.add(linux_files / name, arcname=f"{top}/{name}")
            else:
                print(f"  note: {linux_files / name} is missing: packed without it", flush=True)
        for name in ("lokal.png", "lokal.svg"):
            if (icons / name).is_file():
                tar.add(icons / name, arcname=f"{top}/{name}")
    os.replace(partial, archive)
    return archive


# -- sizes ----------------------------------------------------------------------------------------


def files_in(folder: Path) -> Iterator[Path]:
    """Every regular file under `folder` (links are counted once, where they point)."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            yield path


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in files_in(folder))


def component_of(relative: Path) -> str:
    """What a file of the bundle belongs to, as the sizes list it: its package (numpy,
    onnxruntime), a Qt part (PySide6/Qt), a model (resources/models/chat), or the file
    itself for the libraries at the top (libicudata.so.73)."""
    parts = relative.parts
    if parts and parts[0] == "_internal":
        parts = parts[1:]
    if len(parts) <= 1:
        return "/".join(parts)
    depth = 1
    if parts[0] == "resources":
        depth = 3 if parts[1] == "models" and len(parts) > 3 else 2
    elif parts[0] == "PySide6" and len(parts) > 2:
        depth = 3 if parts[1] == "Qt" and len(parts) > 3 else 2
    return "/".join(parts[:depth])


def largest_components(folder: Path, count: int = LARGEST_SHOWN) -> list[tuple[str, int]]:
    sizes: Counter[str] = Counter()
    for path in files_in(folder):
        sizes[component_of(path.relative_to(folder))] += path.stat().st_size
    return sizes.most_common(count)


def print_sizes(app_folder: Path, archive: Path | None) -> None:
    unpacked = folder_size(app_folder)
    print(f"unpacked: {unpacked / 1e6:.0f} MB {_against(unpacked, TARGET_UNPACKED_BYTES)}")
    if archive is not None:
        packed = archive.stat().st_size
        print(f"{archive.name}: {packed / 1e6:.0f} MB {_against(packed, TARGET_PACKED_BYTES)}")
    print(f"the {LARGEST_SHOWN} largest components:")
    for name, size in largest_components(app_folder):
        print(f"  {size / 1e6:7.1f} MB  {name}")


def _against(size: int, target: int) -> str:
    verdict = "within" if size <= target else "OVER"
    return f"({verdict} the target of {target / 1e6:.0f} MB)"


# -- the driver -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--skip-pyinstaller", action="store_true", help="package and measure dist/lokal as it is"
    )
    parser.add_argument("--no-package", action="store_true", help="no .tar.gz (Linux)")
    args = parser.parse_args(argv)

    app_version = version()
    archive: list[Path] = []
    steps: list[tuple[str, Callable[[], str]]] = [
        ("export the embedding model to ONNX", export_onnx),
        ("write the third-party licences", write_licenses),
    ]
    if not args.skip_pyinstaller:
        steps.append(("freeze with PyInstaller (build/lokal.spec)", run_pyinstaller))
    if sys.platform.startswith("linux") and not args.no_package:

        def pack() -> str:
            archive.append(package_linux(APP_FOLDER, DIST, app_version))
            return f"{archive[0].relative_to(ROOT)}"

        steps.append(("pack the Linux .tar.gz", pack))

    print(f"Lokal {app_version}: bundling with {sys.executable}", flush=True)
    started = time.perf_counter()
    for name, step in steps:
        print(f"== {name}", flush=True)
        step_started = time.perf_counter()
        detail = step()
        print(f"   done in {time.perf_counter() - step_started:.1f} s: {detail}", flush=True)
    if not (APP_FOLDER / ("lokal.exe" if sys.platform == "win32" else "lokal")).is_file():
        print(f"no app in {APP_FOLDER}", file=sys.stderr)
        return 1
    print(f"== sizes (all steps took {time.perf_counter() - started:.1f} s)")
    print_sizes(APP_FOLDER, archive[0] if archive else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
