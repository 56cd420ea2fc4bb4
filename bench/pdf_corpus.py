"""The indexing benchmark's documents: real PDF manuals from two Debian documentation packages.

`octave-doc` brings the GNU Octave manual (octave.pdf, about 1,150 pages) and
`texlive-latex-base-doc` the LaTeX documentation (the user guides usrguide.pdf, clsguide.pdf,
fntguide.pdf, amsldoc.pdf, hyperref-doc.pdf, ..., and the long source3.pdf, source2e.pdf and
others, some shipped as .pdf.gz). Everything lives in bench/.cache/ (gitignored) and is fetched
once with `apt-get download`: a second run finds the .debs, the unpacked trees and the cut PDFs
already there.

The corpus for a page budget: octave.pdf first, then the LaTeX manuals of TEXLIVE_FIRST in that
order (the ones a LaTeX user reads), then the other texlive PDFs of at least MIN_POOL_PAGES
pages, most pages first. No file gets more than half the budget, so the corpus always mixes both
packages; a file that is longer is cut to its first pages with pypdf's PdfWriter (page numbers,
and the bookmarks of those pages, stay those of the whole manual). Files are taken until the
budget is spent, so the corpus has exactly `max_pages` pages (or all the pool has, when the
budget is larger). The default budget of 1,100 pages is the first 550 pages of octave.pdf, eight
LaTeX guides whole and the first 202 pages of babel.pdf; 100 pages (a quick run) are
octave.pdf's first 50, usrguide.pdf and the first 29 pages of clsguide.pdf.

bench/questions.json asks about pages of this corpus by the manual's file name and page.
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
# The LaTeX manuals taken first, in this order (paths below usr/share/doc/texlive-doc/).
TEXLIVE_FIRST = (
    "latex/base/usrguide.pdf",  # LaTeX for authors, 21 pages
    "latex/base/clsguide.pdf",  # for class and package writers, 33
    "latex/base/fntguide.pdf",  # font selection, 39
    "latex/amsmath/amsldoc.pdf",  # amsmath user's guide, 44
    "latex/hyperref/hyperref-doc.pdf",  # hyperref manual, 63
    "latex/geometry/geometry.pdf",  # page layout, 42
    "latex/natbib/natbib.pdf",  # citations, 26
    "latex/fancyhdr/fancyhdr.pdf",  # headers and footers, 80
    "latex/babel/babel.pdf",  # languages, 224
    "latex/l3kernel/interface3.pdf",  # the expl3 reference, 345
)
_MANIFEST_VERSION = 2


@dataclass(frozen=True)
class CorpusFile:
    source: Path  # the PDF as unpacked from its package
    path: Path  # the file to index: `source` itself, or its first `pages` pages cut into .cache
    pages: int
    whole: bool

    @property
    def name(self) -> str:
        """The manual's file name (octave.pdf), under which it is indexed, cut or whole."""
        return self.source.name


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
        saved = json.loads(manifest.read_text("utf-8"))
        if isinstance(saved, dict) and saved.get("version") == _MANIFEST_VERSION:
            entries = [(Path(path), pages) for path, pages in saved["entries"]]
            if all(path.is_file() for path, _ in entries):
                return entries
    trees = {package: _unpack(cache, package) for package in PACKAGES}
    octave = [(path, _page_count(path)) for path in trees["octave-doc"].rglob("octave.pdf")]
    if not octave:
        raise RuntimeError("octave.pdf not found in the octave-doc package")
    texlive_root = trees["texlive-latex-base-doc"] / "usr/share/doc/texlive-doc"
    first = [texlive_root / name for name in TEXLIVE_FIRST if (texlive_root / name).is_file()]
    first = [(path, _page_count(path)) for path in first]
    others = [
        (path, _page_count(path))
        for path in _pdfs(trees["texlive-latex-base-doc"])
        if path not in {listed for listed, _ in first}
    ]
    others = [entry for entry in others if entry[1] >= MIN_POOL_PAGES]
    others.sort(key=lambda entry: (-entry[1], entry[0].name))
    entries, names = [], set()
    for path, pages in octave[:1] + first + others:
        # Indexed under its own name: two PDFs of one name (slides.pdf) cannot both be in.
        if pages > 0 and path.name not in names:
            entries.append((path, pages))
            names.add(path.name)
    saved = {"version": _MANIFEST_VERSION, "entries": [(str(p), n) for p, n in entries]}
    manifest.write_text(json.dumps(saved, indent=1), encoding="utf-8")
    return entries


def package_versions(cache: Path) -> dict[str, str]:
    """The version of each package the corpus came from, read from the .deb file names."""
    versions = {}
    for package in PACKAGES:
        found = sorted((cache / "debs").glob(f"{package}_*.deb"))
        if found:
            versions[package] = found[-1].name.split("_")[1]
    return versions


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
    """The first `pages` pages of `source` as a PDF of their own (made once, then cached).

    pypdf's PdfWriter.append keeps the outline entries (bookmarks) of the pages taken, so a cut
    manual still gives Lokal its chapter and section headings, as the whole manual would.
    """
    from pypdf import PdfWriter

    target = folder / f"{source.stem}.pages1-{pages}.pdf"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    print(f"  cutting {source.name} to its first {pages} pages ...", flush=True)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    writer = PdfWriter()
    writer.append(source, pages=(0, pages))
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
