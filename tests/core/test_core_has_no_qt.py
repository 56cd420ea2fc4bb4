"""`desktop_app.core` must stay free of Qt: it runs headless and is testable without a display."""

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import desktop_app.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "desktop_app.core.")]
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.startswith("PySide6") or m.startswith("shiboken"))
print(len(names), loaded)
assert not loaded, f"core loaded Qt: {loaded}"
"""


def test_core_imports_without_loading_pyside6():
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    module_count = int(result.stdout.split()[0])
    assert module_count >= 10  # every core module was really imported
