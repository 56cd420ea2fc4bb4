"""`kill -9` of `lokal index` at random moments loses no finished file, duplicates no chunk,
leaves nothing half-indexed searchable, and leaves no child process running (issue 15).

Twelve SIGKILLs of the real CLI (a subprocess, the bundled embedder) while it indexes 20 PDFs,
each at a moment drawn from a seeded random generator (so a failure can be replayed): after
0 to 2 more files are indexed, then 0 to 1.5 s. After
each kill, 5 s later, no child of the killed process (the preparing process) is alive; the
store, reopened, holds exactly the chunks its records name, once each, in chroma and in the
keyword index alike, and no search returns a chunk of a file without a record. A last run
finishes the work and every file is then searchable.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import psutil
import pytest

from desktop_app.core.store import DocumentStore
from desktop_app.core.store_types import chunk_id
from desktop_app.paths import BUNDLED_EMBEDDING_MODEL_NAME
from tests.pdfs import write_pdf
from tests.reliability.conftest import REPO, failure_text, lokal_command, run_lokal, subprocess_env

KILLS = 12
SEED = 15
DOCUMENTS = 20
PAGES = 6
WORDS = ("harbour", "glacier", "lantern", "orchard", "meadow", "quarry", "beacon", "canyon")

pytestmark = [pytest.mark.slow, pytest.mark.long]


def page_text(document: int, page: int) -> str:
    word = WORDS[(document + page) % len(WORDS)]
    sentences = [
        f"Document {document} page {page} sentence {n}: the {word} number {document * 100 + n} "
        f"was measured at {n * 7 % 60} degrees near the old {WORDS[n % len(WORDS)]}."
        for n in range(18)
    ]
    return " ".join(sentences)


@pytest.fixture(scope="module")
def documents(tmp_path_factory, qapp) -> Path:
    folder = tmp_path_factory.mktemp("kills") / "docs"
    folder.mkdir()
    for document in range(DOCUMENTS):
        pages = [page_text(document, page) for page in range(PAGES)]
        write_pdf(folder / f"report-{document:02d}.pdf", pages)
    return folder


def start_index(folder: Path, data: Path) -> subprocess.Popen:
    return subprocess.Popen(
        lokal_command("index", folder, data_dir=data),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=subprocess_env(),
        cwd=REPO,
    )


def kill_while_indexing(
    process: subprocess.Popen, files_first: int, delay: float
) -> list[psutil.Process]:
    """Let the run index `files_first` files (0: until it has found its files), wait `delay`
    seconds more, and SIGKILL it. Returns its children as they were just before (the
    preparing process, the store's)."""
    indexed = 0
    for line in process.stdout:
        if line.startswith("Done:"):
            break
        indexed += line.startswith("indexed ")
        if (line.startswith("Found ") and files_first == 0) or (indexed and indexed >= files_first):
            break
    time.sleep(delay)
    try:
        children = psutil.Process(process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    process.stdout.close()
    return children


def still_running(children: list[psutil.Process]) -> list[str]:
    alive = []
    for child in children:
        try:
            if child.is_running() and child.status() != psutil.STATUS_ZOMBIE:
                alive.append(f"{child.pid} {child.name()}")
        except psutil.NoSuchProcess:
            continue
    return alive


def raw_state(data: Path) -> tuple[list[str], set[str]]:
    """Straight from disk, before Lokal opens it: the keyword index's chunk ids (which may
    hold a killed run's half file) and the paths marked pending."""
    database = sqlite3.connect(data / "index" / "files.sqlite3")
    try:
        ids = [row[0] for row in database.execute("SELECT chunk_id FROM keyword_chunks")]
        tables = {row[0] for row in database.execute("SELECT name FROM sqlite_master")}
        pending = set()
        if "pending" in tables:
            pending = {row[0] for row in database.execute("SELECT path FROM pending")}
    finally:
        database.close()
    return ids, pending


def stored_chunk_ids(data: Path, space: str) -> list[str]:
    """Every chunk id chroma holds for `space`, read with chromadb itself."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(
        path=str(data / "index" / "chroma"),
        settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False),
    )
    try:
        return list(client.get_collection(space).get(include=[])["ids"])
    finally:
        client.close()


def check_store(data: Path) -> dict:
    """Reopen the store; it must hold exactly what its records say, and search only that."""
    store = DocumentStore(data, BUNDLED_EMBEDDING_MODEL_NAME)
    try:
        records = {record.path: record.chunk_count for record in store.files()}
        expected = {chunk_id(path, n) for path, count in records.items() for n in range(count)}
        stored = stored_chunk_ids(data, store.space)
        assert len(stored) == len(set(stored)), "a chunk id is stored twice"
        assert set(stored) == expected, "chunks and records disagree"
        assert store.chunk_count() == sum(records.values())
        words, _ = raw_state(data)
        assert sorted(words) == sorted(expected), "the keyword index disagrees with the records"
        for word in WORDS:
            for hit in store.keyword_query(f"the {word} number", 50):
                assert hit.path in records, f"a search returned {hit.path}, not indexed"
        return {"files": len(records), "chunks": len(expected), "repairs": store.repairs()}
    finally:
        store.close()


def test_sigkill_at_random_moments_leaves_a_consistent_store_and_no_children(documents, tmp_path):
    data = tmp_path / "data"
    rng = random.Random(SEED)
    progress = []
    half_files_seen = children_killed = 0
    for kill in range(KILLS):
        process = start_index(documents, data)
        children = kill_while_indexing(process, rng.randint(0, 2), rng.uniform(0.0, 1.5))
        children_killed += len(children)
        time.sleep(5)
        assert still_running(children) == [], f"kill {kill + 1}: children outlived their parent"
        if not (data / "index" / "files.sqlite3").exists():
            continue  # killed before the store was created
        _, pending = raw_state(data)
        half_files_seen += len(pending)
        state = check_store(data)
        assert {r.code for r in state["repairs"]} <= {"vectors_without_record"}, state
        progress.append(state["files"])
    assert len(progress) >= KILLS - 2  # nearly every kill found a store to check
    assert progress == sorted(progress), "a finished file was lost after a kill"
    assert half_files_seen > 0, "no kill landed mid-file: the delays are too long"
    final = run_lokal("index", documents, data_dir=data)
    assert final.returncode == 0, failure_text(final)
    state = check_store(data)
    assert state["files"] == DOCUMENTS and state["repairs"] == []
    print(
        f"kills: {KILLS}, files indexed after each: {progress}, half files: {half_files_seen},"
        f" children that died with their parent: {children_killed}"
    )
