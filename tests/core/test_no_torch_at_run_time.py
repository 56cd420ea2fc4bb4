"""The app's run time imports no torch: `lokal index`, `search` and `ask` on a real PDF.

The installers ship no torch, transformers, sentence-transformers, scipy, scikit-learn or sympy
(issue 13: they are 1.1 GB of the 3 GB environment). Here they are installed (the ONNX export
and the oracle tests need them), so each command runs in a subprocess where they are absent as
in a bundle: an import of any of them fails (ImportError) and is recorded. The commands must
work so, and nothing may even try to import them, but for one optional import: bm25s tries
scipy.sparse at import and uses its numpy backend without it (the same scores).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop_app import paths
from desktop_app.core.onnx_files import onnx_model_file

FORBIDDEN = ("torch", "transformers", "sentence_transformers", "scipy", "sklearn", "sympy")
# Optional imports that work without the package: bm25s (the keyword index) tries scipy.
OPTIONAL = ("scipy",)

# Runs `lokal <args>` like `python -m desktop_app` with the forbidden packages made absent,
# then writes the ones something tried to import to the report file (argv[1]) as it exits.
RUNNER = f"""
import atexit, importlib.abc, json, sys
report, arguments = sys.argv[1], sys.argv[2:]
forbidden = {FORBIDDEN!r}
tried = set()

class Absent(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in forbidden:
            tried.add(name.split(".")[0])
            raise ImportError(f"{{name}} is not in the bundle")
        return None

sys.meta_path.insert(0, Absent())

def write_report():
    imported = sorted({{n.split(".")[0] for n in sys.modules if n.split(".")[0] in forbidden}})
    with open(report, "w", encoding="utf-8") as handle:
        json.dump({{"tried": sorted(tried), "imported": imported}}, handle)

atexit.register(write_report)
from desktop_app.__main__ import main
raise SystemExit(main(arguments))
"""

PAGES = [
    "The cellar of the town hall keeps the archive of building permits since 1902.",
    "The ferry to Bornholm leaves Køge at 08:30 and arrives in Rønne at 10:00.",
]


def _lokal(tmp_path, data_dir, *args):
    report = tmp_path / f"imports-{args[0]}.json"
    env = {key: value for key, value in os.environ.items() if key != "LOKAL_DATA_DIR"}
    env.pop("LOKAL_EMBEDDING_BACKEND", None)  # the default choice, as an installation makes it
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(report), "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    imports = json.loads(report.read_text("utf-8"))
    print(f"lokal {args[0]}: tried to import {imports['tried'] or 'none'} of {FORBIDDEN}")
    assert imports["imported"] == []
    return result, [name for name in imports["tried"] if name not in OPTIONAL]


@pytest.mark.long
@pytest.mark.skipif(
    onnx_model_file(paths.resources_dir() / paths.BUNDLED_EMBEDDING_MODEL_FOLDER) is None,
    reason="the bundled embedder's ONNX export is missing: run `make onnx`",
)
def test_index_search_and_ask_import_no_torch(tmp_path, make_pdf, chat_model_path):
    pdf = make_pdf("ferries.pdf", PAGES)
    data_dir = tmp_path / "data"

    indexed, imported = _lokal(tmp_path, data_dir, "index", pdf)
    assert f"indexed {pdf}" in indexed.stdout
    assert imported == [], f"`lokal index` tried to import {imported}"

    found, imported = _lokal(tmp_path, data_dir, "search", "--json", "When does the ferry leave?")
    assert imported == [], f"`lokal search` tried to import {imported}"
    (result,) = json.loads(found.stdout)
    assert result["sources"][0]["path"] == str(pdf) and result["sources"][0]["page"] == 2

    asked, imported = _lokal(
        tmp_path,
        data_dir,
        "ask",
        "--json",
        "--model",
        chat_model_path,
        "When does the ferry leave?",
    )
    assert imported == [], f"`lokal ask` tried to import {imported}"
    (answer,) = json.loads(asked.stdout)
    assert any(source["path"] == str(pdf) for source in answer["sources"])
