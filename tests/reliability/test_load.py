"""Load: 5,000 files (21,000 pages) through the real `lokal index`, with bounded memory.

The files are generated here, fast: PDFs of a few pages drawn with QPdfWriter (tests/pdfs.py),
plus plain text, Markdown and Word files, each with a few words a page so that the run measures
how Lokal copes with many files and pages, not how fast the embedding model reads long text.
Every page's words are different (a seeded draw from a small vocabulary), so no file is the
twin of another and no line repeats as a running header.

While `lokal index` runs in a subprocess, its resident memory and that of its children (the
preparation workers) is sampled with psutil. The run must index every file (one record each,
and the records' chunk counts add up to chroma's count), a search must find a fact planted on
one page of one file, and the peak stays under PEAK_RSS_LIMIT. The figures are printed.
"""

from __future__ import annotations

import json
import random
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import pytest

from tests.reliability.conftest import REPO, failure_text, lokal_command, run_lokal, subprocess_env

PDF_FILES = 4_200
PAGES_PER_PDF = 5  # 21,000 PDF pages
TEXT_FILES = 500
MARKDOWN_FILES = 250
DOCX_FILES = 50  # python-docx writes ~30 ms a file: few of them
WORDS_PER_PAGE = 14
PEAK_RSS_LIMIT = 3 * 1024**3  # bytes, the indexing process and its children together
INDEX_TIMEOUT_S = 3_600  # a safety net: 500 files took 206-420 s on 2 cores shared with others
SAMPLE_EVERY_S = 0.25

# The planted fact: one page of one PDF, worded unlike any generated page.
FACT_FILE = 3_137
FACT_PAGE = 4
FACT = "The lighthouse keeper on Anholt is called Thorvald Brink, and he rows to work."
FACT_QUERY = "Who is the lighthouse keeper on Anholt?"

VOCABULARY = (  # noqa: SIM905 (a word list reads best as text)
    "harbour tide gauge ferry schedule north west south east wind rain dawn dusk boat crane "
    "quay cargo timber grain salt herring nets rope anchor buoy chart pilot dock lock bridge "
    "canal river delta marsh dune beach cliff cove inlet shoal reef island fjord bay sound "
    "strait cape point lamp signal flag horn bell log ledger invoice crate barrel sack pallet "
    "warehouse depot yard shed office clerk master mate crew deck hull keel mast sail oar "
    "engine fuel oil coal steam diesel pump valve gear shaft rudder propeller compass sextant "
    "clock week month season spring summer autumn winter morning evening noon midnight"
).split()


def page_text(file_number: int, page: int) -> str:
    words = random.Random(file_number * 100 + page).choices(VOCABULARY, k=WORDS_PER_PAGE)
    return f"Record {file_number}.{page}: " + " ".join(words) + "."


@dataclass
class Corpus:
    folder: Path
    files: list[Path]
    pdf_pages: int
    fact_file: Path
    seconds: float


def make_corpus(
    folder: Path,
    pdf_files: int = PDF_FILES,
    text_files: int = TEXT_FILES,
    markdown_files: int = MARKDOWN_FILES,
    docx_files: int = DOCX_FILES,
    fact_number: int = FACT_FILE,
) -> Corpus:
    """Write the files, a few hundred to a subfolder (as a real document tree has them)."""
    import docx

    from tests.pdfs import write_pdf

    began = time.perf_counter()
    files: list[Path] = []

    def place(number: int, name: str) -> Path:
        subfolder = folder / f"part-{number // 500:02d}"
        subfolder.mkdir(parents=True, exist_ok=True)
        return subfolder / name

    fact_file = None
    for number in range(pdf_files):
        pages = [page_text(number, page) for page in range(1, PAGES_PER_PDF + 1)]
        if number == fact_number:
            pages[FACT_PAGE - 1] = FACT
        files.append(write_pdf(place(number, f"harbour-{number:05d}.pdf"), pages))
        if number == fact_number:
            fact_file = files[-1]
    number = pdf_files
    for _ in range(text_files):
        path = place(number, f"notes-{number:05d}.txt")
        path.write_text(page_text(number, 1) + "\n\n" + page_text(number, 2) + "\n")
        files.append(path)
        number += 1
    for _ in range(markdown_files):
        path = place(number, f"memo-{number:05d}.md")
        path.write_text(
            f"# Memo {number}\n\n{page_text(number, 1)}\n\n## Later\n\n{page_text(number, 2)}\n"
        )
        files.append(path)
        number += 1
    for _ in range(docx_files):
        document = docx.Document()
        document.add_heading(f"Letter {number}", level=1)
        document.add_paragraph(page_text(number, 1))
        path = place(number, f"letter-{number:05d}.docx")
        document.save(path)
        files.append(path)
        number += 1
    return Corpus(folder, files, pdf_files * PAGES_PER_PDF, fact_file, time.perf_counter() - began)


@dataclass
class MemorySampler:
    """The resident memory of a process and its children, sampled on a thread of its own."""

    pid: int
    peak_total: int = 0  # bytes, all processes of the tree at one sample
    peak_main: int = 0
    peak_processes: int = 0
    samples: int = 0
    cpu_seconds_by_pid: dict[int, float] = field(default_factory=dict)  # the last seen, each
    _stop: threading.Event = field(default_factory=threading.Event)

    @property
    def cpu_seconds(self) -> float:
        """CPU time (user + system) of the tree, as last sampled: what the run cost on any CPU."""
        return sum(self.cpu_seconds_by_pid.values())

    def start(self) -> MemorySampler:
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            total = 0
            for process in tree:
                try:
                    resident = process.memory_info().rss
                    times = process.cpu_times()
                except psutil.NoSuchProcess:  # a child that just ended
                    continue
                self.cpu_seconds_by_pid[process.pid] = times.user + times.system
                total += resident
                if process is root:
                    self.peak_main = max(self.peak_main, resident)
            self.peak_total = max(self.peak_total, total)
            self.peak_processes = max(self.peak_processes, len(tree))
            self.samples += 1
            self._stop.wait(SAMPLE_EVERY_S)


def index_with_memory_sampled(
    corpus: Corpus, data_dir: Path, log_dir: Path
) -> tuple[int, MemorySampler, float, str, str]:
    """`lokal index` on the corpus's folder: (exit code, memory, seconds, stderr, stdout)."""
    stdout_path, stderr_path = log_dir / "index.out", log_dir / "index.err"
    with stdout_path.open("w") as stdout, stderr_path.open("w") as stderr:
        began = time.perf_counter()
        process = subprocess.Popen(
            lokal_command("index", corpus.folder, data_dir=data_dir),
            stdout=stdout,
            stderr=stderr,
            env=subprocess_env(),
            cwd=REPO,
        )
        sampler = MemorySampler(process.pid).start()
        try:
            code = process.wait(timeout=INDEX_TIMEOUT_S)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            sampler.stop()
        seconds = time.perf_counter() - began
    return code, sampler, seconds, stderr_path.read_text(), stdout_path.read_text()


def stored_records(data_dir: Path):
    """The file records and chroma's chunk count, read as the CLI's store reads them."""
    from desktop_app import services
    from desktop_app.config import load_settings

    embedder = services.make_embedder(load_settings(data_dir))  # its name only: not loaded
    store = services.open_store(data_dir, embedder)
    try:
        return store.files(), store.chunk_count()
    finally:
        store.close()


@pytest.mark.long
@pytest.mark.slow  # the subprocess loads the embedding model
def test_five_thousand_files_index_with_bounded_memory(qapp, tmp_path):
    corpus = make_corpus(tmp_path / "documents")
    print(
        f"\ngenerated {len(corpus.files)} files ({corpus.pdf_pages} PDF pages) "
        f"in {corpus.seconds:.1f} s"
    )
    assert len(corpus.files) == 5_000 and corpus.pdf_pages >= 20_000

    data_dir = tmp_path / "data"
    code, memory, seconds, stderr, stdout = index_with_memory_sampled(corpus, data_dir, tmp_path)
    print(
        f"lokal index: {seconds:.0f} s, exit {code}; peak RSS {memory.peak_total / 1024**2:.0f} MB "
        f"(index process {memory.peak_main / 1024**2:.0f} MB, up to {memory.peak_processes} "
        f"processes, {memory.samples} samples); {memory.cpu_seconds:.0f} CPU-s"
    )
    assert code == 0, f"exit {code}\n{stderr[-3000:]}"
    assert "Traceback" not in stderr
    assert f"Done: {len(corpus.files)} indexed, 0 unchanged, 0 failed." in stdout

    records, chunks = stored_records(data_dir)
    print(f"records {len(records)}, chunks {chunks}")
    assert {record.path for record in records} == {str(path) for path in corpus.files}
    assert sum(record.chunk_count for record in records) == chunks
    assert chunks >= corpus.pdf_pages  # a page of text is at least one chunk of its own
    pdf_pages = [record.page_count for record in records if record.path.endswith(".pdf")]
    assert sum(pdf_pages) == corpus.pdf_pages

    found = run_lokal(
        "search", "--json", "--top-k", "3", FACT_QUERY, data_dir=data_dir, timeout=300
    )
    assert found.returncode == 0, failure_text(found)
    top = json.loads(found.stdout)[0]["sources"][0]
    assert (top["path"], top["page"]) == (str(corpus.fact_file), FACT_PAGE)

    assert memory.peak_total < PEAK_RSS_LIMIT, (
        f"peak RSS {memory.peak_total / 1024**2:.0f} MB, over {PEAK_RSS_LIMIT / 1024**2:.0f} MB"
    )
