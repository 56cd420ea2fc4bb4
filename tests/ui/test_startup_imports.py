"""The window opens before any heavy library loads: those load on the workers' threads later.

Start-up is measured in `make bench` (target 1.5 s); this test only guards against a module
that would pull one of them onto the GUI thread at import (as the CLI's model commands once
pulled huggingface_hub in, a third of a second).
"""

import subprocess
import sys

HEAVY = ("huggingface_hub", "httpx2", "llama_cpp", "torch", "chromadb", "sentence_transformers")
CHECK = f"""
import sys
import desktop_app.__main__, desktop_app.app
print(sorted(name for name in {HEAVY!r} if name in sys.modules))
"""


def test_opening_the_window_imports_no_heavy_library():
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
