"""Indexing with the real embedder and chromadb on disk: skips, replacements, failures, resume."""

from __future__ import annotations

import threading

import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core import retrieval
from desktop_app.core.ingest import pipeline
from desktop_app.core.store import DocumentStore

LONG_TEXT = " ".join(
    f"Paragraph {n} explains how the Lokal pipeline stores passage number {n} on disk."
    for n in range(400)
)


@pytest.fixture
def index(tmp_path, embedder):
    """Run the pipeline to completion and return its events; the store stays open."""
    store = DocumentStore(tmp_path / "data", embedder.name)
    options = services.chunking_options(Settings(), embedder)

    def run(*paths, cancel=None):
        return list(pipeline.index_paths(paths, store, embedder, options, cancel))

    run.store = store
    run.options = options
    yield run
    store.close()


def of_type(events, kind):
    return [event for event in events if isinstance(event, kind)]


def test_folder_with_good_and_bad_files(index, make_pdf, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notes.txt").write_text("The boat leaves from pier seven at noon.")
    (folder / "empty.md").write_text("")
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "image.png").write_bytes(b"\x89PNG")  # unsupported, inside a folder: skipped
    (folder / ".hidden.txt").write_text("secret")  # hidden: never indexed
    make_pdf("docs/report.pdf", ["Intro page.", "Revenue grew by 12 percent in 2025."])

    events = index(folder)

    found = of_type(events, pipeline.FilesFound)[0]
    assert (found.total, found.skipped) == (4, 1)
    indexed = {event.path.split("/")[-1]: event for event in of_type(events, pipeline.FileIndexed)}
    assert set(indexed) == {"notes.txt", "report.pdf"}
    assert indexed["report.pdf"].pages == 2
    failed = {
        event.path.split("/")[-1]: event.error.code
        for event in of_type(events, pipeline.FileFailed)
    }
    assert failed == {"empty.md": "empty_file", "photo.txt": "binary_file"}
    assert events[-1] == pipeline.RunFinished(indexed=2, unchanged=0, failed=2, cancelled=False)


def test_search_finds_the_pdf_page(index, make_pdf, embedder):
    pdf = make_pdf(
        "guide.pdf",
        [
            "Chapter one describes the weather in Copenhagen during the autumn months.",
            "The launch code for project Bluebird is 4729. Keep it in the red folder.",
            "Chapter three lists the opening hours of the public libraries.",
        ],
    )
    index(pdf)
    hits = retrieval.search(
        index.store, embedder, "What is the launch code of project Bluebird?", 3
    )
    assert hits[0].path == str(pdf)
    assert hits[0].page == 2
    assert "4729" in hits[0].text
    assert 0 < hits[0].score <= 1


def test_unchanged_file_is_skipped_and_changed_file_replaced(index, tmp_path, embedder):
    doc = tmp_path / "plan.txt"
    doc.write_text(LONG_TEXT)
    first = of_type(index(doc), pipeline.FileIndexed)[0]
    assert first.chunks > 5
    assert index.store.chunk_count() == first.chunks

    again = index(doc)
    assert of_type(again, pipeline.FileUnchanged) and not of_type(again, pipeline.FileIndexed)
    assert index.store.chunk_count() == first.chunks

    doc.write_text("The plan changed: we now meet in Aarhus on Friday.")
    changed = of_type(index(doc), pipeline.FileIndexed)[0]
    assert changed.chunks == 1
    assert index.store.chunk_count() == 1  # old chunks replaced, never duplicated
    hits = retrieval.search(index.store, embedder, "pipeline stores passage", 5)
    assert all("Aarhus" in hit.text for hit in hits)


def test_file_that_turns_corrupt_keeps_its_earlier_chunks(index, tmp_path):
    doc = tmp_path / "keep.txt"
    doc.write_text("Important facts about the harbour of Esbjerg.")
    index(doc)
    doc.write_bytes(bytes(range(256)) * 4)  # now binary garbage
    events = index(doc)
    assert of_type(events, pipeline.FileFailed)[0].error.code == "binary_file"
    assert index.store.chunk_count() == 1  # nothing already stored was lost
    assert index.store.file_record(str(doc)) is not None


@pytest.fixture
def small_batches(monkeypatch):
    """Several embedding batches per file, so a run can stop between two of them."""
    monkeypatch.setattr(pipeline, "EMBED_BATCH", 8)


def test_abandoned_run_then_next_run_completes_cleanly(tmp_path, embedder, small_batches):
    data = tmp_path / "data"
    doc = tmp_path / "long.txt"
    doc.write_text(LONG_TEXT)
    options = services.chunking_options(Settings(), embedder)

    store = DocumentStore(data, embedder.name)
    run = pipeline.index_paths([doc], store, embedder, options)
    for event in run:
        if isinstance(event, pipeline.FileProgress) and event.chunks_done > 0:
            total = event.chunks_total
            break
    run.close()  # abandoned mid-file: some chunks stored, no file record
    assert 0 < store.chunk_count() < total
    assert store.file_record(str(doc)) is None
    store.close()

    store = DocumentStore(data, embedder.name)  # the next start
    events = list(pipeline.index_paths([doc], store, embedder, options))
    assert of_type(events, pipeline.FileIndexed)[0].chunks == total
    assert store.chunk_count() == total  # resumed, nothing indexed twice
    store.close()


def test_cancel_stops_between_batches_and_next_run_finishes(tmp_path, embedder, small_batches):
    doc = tmp_path / "long.txt"
    doc.write_text(LONG_TEXT)
    store = DocumentStore(tmp_path / "data", embedder.name)
    options = services.chunking_options(Settings(), embedder)
    cancel = threading.Event()
    events = []
    for event in pipeline.index_paths([doc], store, embedder, options, cancel):
        events.append(event)
        if isinstance(event, pipeline.FileProgress) and event.chunks_done > 0:
            cancel.set()
    assert events[-1].cancelled is True
    assert not of_type(events, pipeline.FileIndexed)
    finished = list(pipeline.index_paths([doc], store, embedder, options))
    chunks = of_type(finished, pipeline.FileIndexed)[0].chunks
    assert store.chunk_count() == chunks
    store.close()


def test_explicit_unsupported_and_missing_files_fail_but_others_continue(index, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kept and indexed.")
    odd = tmp_path / "table.xyz"
    odd.write_text("a,b")
    events = index(odd, tmp_path / "missing.pdf", good)
    codes = sorted(event.error.code for event in of_type(events, pipeline.FileFailed))
    assert codes == ["not_found", "unsupported_type"]
    assert [event.path for event in of_type(events, pipeline.FileIndexed)] == [str(good)]


def test_pdf_pages_without_text_are_reported_not_silently_skipped(index, make_pdf):
    pdf = make_pdf("scan.pdf", ["Typed first page about herring.", "", "Typed third page."])
    [done] = of_type(index(pdf), pipeline.FileIndexed)
    assert done.pages == 3 and done.empty_pages == (2,)
    assert (
        pipeline.page_list(range(1, 41)) == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, ... (40 in all)"
    )
