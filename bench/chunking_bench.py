"""How much overlap and what chunk size retrieval needs: indexing time against hit@1/hit@5.

Runs Lokal's real pipeline on the benchmark corpus once per (chunk tokens, overlap) setting,
then asks the question set (questions.json) in vector and hybrid mode. Overlap is embedding
work spent twice; this measures what it buys. Not part of `make bench` (it indexes the corpus
once per setting): run it by hand, on an otherwise idle machine:

    .venv/bin/python bench/chunking_bench.py [--pages 1100] 254:32 254:0 128:0
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import index_bench  # noqa: E402
import retrieval_bench  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1100)
    parser.add_argument("settings", nargs="+", metavar="TOKENS:OVERLAP")
    args = parser.parse_args()
    from desktop_app.config import Settings

    rows = []
    for setting in args.settings:
        tokens, overlap = (int(part) for part in setting.split(":"))
        settings = Settings()
        settings.index.chunk_tokens, settings.index.overlap_tokens = tokens, overlap
        print(f"== chunks of {tokens} tokens, overlap {overlap}", flush=True)
        with tempfile.TemporaryDirectory(prefix="lokal-chunking-") as work:
            figures, indexed = index_bench.run(
                CACHE, args.pages, Path(work), settings, baseline=False
            )
            questions, left_out = retrieval_bench.questions_for(indexed.corpus, CACHE)
            quality = retrieval_bench.run(indexed, questions, left_out)
        lokal = figures["lokal"]
        rows.append((setting, lokal, figures["mean_embedded_tokens"], quality["modes"]))
    print()
    print("  tokens:overlap  chunks  seconds  pages/s  tokens/chunk  vector@1 @5  hybrid@1 @5")
    for setting, lokal, mean_tokens, modes in rows:
        vector, hybrid = modes["vector"], modes["hybrid"]
        print(
            f"  {setting:>14}  {lokal['chunks']:6d}  {lokal['seconds']:7.1f}  "
            f"{lokal['pages_per_s']:7.2f}  {mean_tokens:12.0f}  "
            f"{vector['hit_at_1']:8.2f} {vector['hit_at_5']:.2f}  "
            f"{hybrid['hit_at_1']:8.2f} {hybrid['hit_at_5']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
