"""The indexing benchmark's documents: real multi-hundred-page PDFs from two Debian packages.

`octave-doc` brings the GNU Octave manual (octave.pdf, about 1,150 pages) and
`texlive-latex-base-doc` the LaTeX base documentation (source2e.pdf, source3.pdf, hyperref.pdf
and others, some shipped as .pdf.gz). Everything lives in bench/.cache/ (gitignored) and is
fetched once: a second run finds the .debs, the unpacked trees and the cut PDFs already there.

The corpus for a page budget: octave.pdf first, then the texlive PDFs of at least
MIN_POOL_PAGES pages, most pages first. No file gets more than half the budget, so the default
mixes both packages; a file that is longer is cut to its first pages with pypdf's PdfWriter.
Files are taken until the budget is spent, so the corpus has exactly `max_pages` pages (or all
the pool has, when the budget is larger).
"""

from __future__ import annotations

import gzip
import json
import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

PACKAGES = ("octave-doc", "texlive-latex-base-doc")
MIN_POOL_PAGES = 100


@dataclass(frozen=True)
class CorpusFile:
    source: Path  # the PDF as unpacked from its package
    path: Path  # the file to index: `source` itself, or its first `pages` pages cut into .cache
    pages: int
    whole: bool


def build_corpus(cache: Path, max_pages: int) -> list[CorpusFile]:
    """The PDFs to index for a budget of `max_pages` pages, fetched and cut as needed."""
    pool = _pool(cache)
    cap = max(1, (max_pages + 1) // 2)
    chosen, left = [], max_pages
    for source, pages in pool:
        if left <= 0:
            break
        take = min(pages, cap, left)
        path = source if take == pages else _cut(source, take, cache / "cuts")
        chosen.append(CorpusFile(source, path, take, take == pages))
        left -= take
    return chosen


def _pool(cache: Path) -> list[tuple[Path, int]]:
    """(PDF, page count) in the order the corpus takes them; page counts cached in pool.json."""
    manifest = cache / "pool.json"
    if manifest.is_file():
        entries = json.loads(manifest.read_text("utf-8"))
        if all(Path(path).is_file() for path, _ in entries):
            return [(Path(path), pages) for path, pages in entries]
    trees = {package: _unpack(cache, package) for package in PACKAGES}
    octave = [(path, _page_count(path)) for path in trees["octave-doc"].rglob("octave.pdf")]
    texlive = [(path, _page_count(path)) for path in _pdfs(trees["texlive-latex-base-doc"])]
    texlive = [entry for entry in texlive if entry[1] >= MIN_POOL_PAGES]
    texlive.sort(key=lambda entry: (-entry[1], entry[0].name))
    if not octave:
        raise RuntimeError("octave.pdf not found in the octave-doc package")
    entries = octave + texlive
    manifest.write_text(json.dumps([(str(path), pages) for path, pages in entries], indent=1))
    return entries


def _unpack(cache: Path, package: str) -> Path:
    """`apt-get download` the package (once) and `dpkg-deb -x` it into cache/unpacked/."""
    tree = cache / "unpacked" / package
    done = tree / ".unpacked"
    if done.is_file():
        return tree
    debs = cache / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    found = sorted(debs.glob(f"{package}_*.deb"))
    if not found:
        print(f"  downloading {package} with apt-get ...", flush=True)
        if _run(["apt-get", "download", package], debs) != 0:
            print("  apt-get download failed; running apt-get update and trying again", flush=True)
            _run(["apt-get", "update"], debs)
            if _run(["apt-get", "download", package], debs) != 0:
                raise RuntimeError(f"apt-get download {package} failed")
        found = sorted(debs.glob(f"{package}_*.deb"))
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    subprocess.run(["dpkg-deb", "-x", str(found[-1]), str(tree)], check=True)
    for packed in tree.rglob("*.pdf.gz"):
        with gzip.open(packed, "rb") as source, packed.with_suffix("").open("wb") as target:
            shutil.copyfileobj(source, target)
    done.touch()
    return tree


def _run(command: list[str], cwd: Path) -> int:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        print("   " + (result.stderr.strip().splitlines() or ["?"])[-1], flush=True)
    return result.returncode


def _pdfs(tree: Path) -> list[Path]:
    return sorted(path for path in tree.rglob("*.pdf") if path.is_file())


def _page_count(path: Path) -> int:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        return len(PdfReader(path).pages)
    except Exception:  # a PDF pypdf cannot open is simply not in the pool
        return 0


def _cut(source: Path, pages: int, folder: Path) -> Path:
    """The first `pages` pages of `source` as a PDF of their own (made once, then cached)."""
    from pypdf import PdfReader, PdfWriter

    target = folder / f"{source.stem}.first{pages}.pdf"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    print(f"  cutting {source.name} to its first {pages} pages ...", flush=True)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    writer = PdfWriter()
    for page in PdfReader(source).pages[:pages]:
        writer.add_page(page)
    partial = target.with_suffix(".pdf.partial")
    with partial.open("wb") as handle:
        writer.write(handle)
    partial.replace(target)
    return target


def octave_first_pages(cache: Path, pages: int) -> Path:
    """The first `pages` pages of the Octave manual as a PDF of their own, fetched and cut once."""
    source, total = next(entry for entry in _pool(cache) if entry[0].name == "octave.pdf")
    if pages >= total:
        return source
    return _cut(source, pages, cache / "cuts")
