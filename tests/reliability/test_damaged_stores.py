"""A damaged data folder never stops Lokal (issue 15, "what was seen"): each damaged store the
probe made is met by the real CLI in a subprocess (and one by the window). Lokal says what it
repaired, keeps the damaged copy beside the new one, and finds the fact again after rebuilding,
without a traceback.

The index is real: a text file indexed by `lokal index` with the bundled embedder. chroma only
writes its HNSW segment files past 1,000 vectors, so the HNSW cases add 1,100 filler chunks
(made-up vectors, of files that no longer exist) to have those files to damage.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from desktop_app.app import LokalApp
from desktop_app.config import Settings
from desktop_app.core.ingest import pipeline
from desktop_app.core.store import DocumentStore
from desktop_app.core.store_types import StoredChunk
from desktop_app.paths import BUNDLED_EMBEDDING_MODEL_NAME
from tests.reliability.conftest import failure_text, run_lokal
from tests.ui.conftest import Recorder, notices

# Each case below runs the real CLI, which loads the embedder: 20-70 s a case on a loaded
# 2-core machine, so they are marked slow and long.

FACT = "The ferry to Bornholm leaves at 08:30 from Køge."
QUESTION = "When does the ferry to Bornholm leave?"
FILLER_CHUNKS = 1100
DIMENSIONS = 384  # the bundled embedder's


def _make_index(root: Path, fillers: bool) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "ferry.txt").write_text(FACT, encoding="utf-8")
    data = root / "data"
    result = run_lokal("index", docs, data_dir=data)
    assert result.returncode == 0, failure_text(result)
    if fillers:
        _add_fillers(data)
    return data


def _add_fillers(data: Path) -> None:
    rng = random.Random(15)
    store = DocumentStore(data, BUNDLED_EMBEDDING_MODEL_NAME)
    try:
        for number in range(FILLER_CHUNKS // 100):
            path = str(data.parent / "gone" / f"filler-{number}.txt")
            store.add_members("Filler", [path])
            store.begin_file(path)
            chunks = [StoredChunk(path, n, None, 0, 9, f"filler {n}") for n in range(100)]
            vectors = [[rng.uniform(-1, 1) for _ in range(DIMENSIONS)] for _ in chunks]
            store.add_chunks(chunks, vectors)
            store.finish_file(path, f"filler-{number}", 9, 0.0, len(chunks), None)
    finally:
        store.close()


@pytest.fixture(scope="module")
def small_index(tmp_path_factory) -> Path:
    return _make_index(tmp_path_factory.mktemp("small"), fillers=False)


@pytest.fixture(scope="module")
def large_index(tmp_path_factory) -> Path:
    data = _make_index(tmp_path_factory.mktemp("large"), fillers=True)
    assert _segment(data / "index" / "chroma") is not None  # the HNSW files exist to damage
    return data


def _copy(index: Path, tmp_path: Path) -> Path:
    """A copy of the module's index to damage; the docs folder beside it is shared."""
    data = tmp_path / "data"
    shutil.copytree(index, data)
    return data


def _segment(chroma: Path) -> Path | None:
    return next((p for p in chroma.iterdir() if (p / "header.bin").exists()), None)


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(size)


def _overwrite(path: Path) -> None:
    path.write_bytes(random.Random(path.name).randbytes(path.stat().st_size))


DAMAGE = {
    "files.sqlite3 truncated": ("small", lambda i: _truncate(i / "files.sqlite3", 8192)),
    "files.sqlite3 random bytes": ("small", lambda i: _overwrite(i / "files.sqlite3")),
    "chroma.sqlite3 truncated": ("small", lambda i: _truncate(i / "chroma/chroma.sqlite3", 12288)),
    "chroma.sqlite3 random bytes": ("small", lambda i: _overwrite(i / "chroma/chroma.sqlite3")),
    "HNSW data_level0.bin random bytes": (
        "large",
        lambda i: _overwrite(_segment(i / "chroma") / "data_level0.bin"),
    ),
    "HNSW header.bin random bytes": (
        "large",
        lambda i: _overwrite(_segment(i / "chroma") / "header.bin"),
    ),
    "HNSW link_lists.bin truncated": (
        "large",
        lambda i: _truncate(_segment(i / "chroma") / "link_lists.bin", 100),
    ),
    "HNSW index_metadata.pickle random bytes": (
        "large",
        lambda i: _overwrite(_segment(i / "chroma") / "index_metadata.pickle"),
    ),
}
MOVED_ASIDE = {"files.sqlite3": "files.sqlite3.broken-", "chroma": "chroma.broken-"}


def _search(data: Path):
    result = run_lokal("search", "--json", QUESTION, data_dir=data)
    assert result.returncode == 0, failure_text(result)
    assert "Traceback" not in result.stderr, failure_text(result)
    [answer] = json.loads(result.stdout)
    return result, [source["text"] for source in answer["sources"]]


@pytest.mark.parametrize("case", list(DAMAGE))
@pytest.mark.slow
@pytest.mark.long
def test_a_damaged_store_is_moved_aside_and_rebuilt_by_the_cli(case, request, tmp_path):
    which, damage = DAMAGE[case]
    data = _copy(request.getfixturevalue(f"{which}_index"), tmp_path)
    index = data / "index"
    damage(index)
    result, sources = _search(data)
    [said] = [line for line in result.stderr.splitlines() if line.startswith("lokal: repaired: ")]
    assert "was damaged" in said and "moved to" in said, said
    moved = [
        p.name
        for p in index.iterdir()
        if p.name.startswith(tuple(MOVED_ASIDE.values())) and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(moved) == 1, sorted(p.name for p in index.iterdir())
    assert moved[0] in said  # the user is told where the copy is
    assert any("08:30" in text for text in sources), failure_text(result)  # rebuilt, found


@pytest.mark.slow
@pytest.mark.long
def test_deleted_vectors_are_noticed_and_indexed_again(small_index, tmp_path):
    """The probe: delete index/chroma/, run `lokal index` again: it said "0 indexed, 1
    unchanged" and every search found nothing."""
    data = _copy(small_index, tmp_path)
    shutil.rmtree(data / "index" / "chroma")
    result = run_lokal("index", small_index.parent / "docs", data_dir=data)
    assert result.returncode == 0, failure_text(result)
    assert "lokal: repaired: 1 file(s) had lost their search data" in result.stderr
    assert "Done: 1 indexed" in result.stdout, failure_text(result)  # re-indexed first
    assert "Traceback" not in result.stderr
    _, sources = _search(data)
    assert any("08:30" in text for text in sources)


@pytest.mark.slow
@pytest.mark.long
def test_the_window_starts_on_a_damaged_index_tells_once_and_indexes_again(
    small_index, tmp_path, qtbot
):
    data = _copy(small_index, tmp_path)
    _overwrite(data / "index" / "chroma" / "chroma.sqlite3")
    ferry = str((small_index.parent / "docs" / "ferry.txt").resolve())
    lokal = LokalApp(data, Settings())
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    events = Recorder(lokal.index_worker.index_event)  # before the workers start: every event
    lokal.start_workers()
    try:
        qtbot.waitUntil(
            lambda: any(
                isinstance(event, pipeline.FileIndexed) and event.path == ferry
                for (event,) in events.calls
            ),
            timeout=180_000,
        )
        errors = [text for text, is_error in notices(lokal) if is_error]
        assert len([text for text in errors if "chroma.broken-" in text]) == 1, errors
    finally:
        lokal.shutdown()
    assert any(p.name.startswith("chroma.broken-") for p in (data / "index").iterdir())
    store = DocumentStore(data, BUNDLED_EMBEDDING_MODEL_NAME)
    try:
        assert store.repairs() == []
        assert store.file_record(ferry) is not None
    finally:
        store.close()


def test_random_segment_files_never_crash_the_check(tmp_path):
    """The HNSW check reads only what it needs; random files of every size never raise."""
    from desktop_app.core.data_health import hnsw_problem

    rng = random.Random(7)
    segment = tmp_path / "segment"
    segment.mkdir()
    for _ in range(200):
        for name in ("header.bin", "data_level0.bin", "length.bin", "link_lists.bin"):
            (segment / name).write_bytes(rng.randbytes(rng.choice([0, 3, 100, 4096])))
        assert isinstance(hnsw_problem(segment), str)
