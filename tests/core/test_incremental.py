"""Keeping the index in step with the disk: duplicates, deletions, watched folders, new settings.

Real chromadb on disk and the real embedder; the embedder's `encode` is wrapped only to count
how many passages were embedded.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from types import SimpleNamespace

import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core import retrieval
from desktop_app.core.ingest import pipeline
from desktop_app.core.store import DocumentStore

NOTES = {
    "ferry.txt": "The ferry to Bornholm leaves Køge at midnight and arrives at Rønne at dawn.",
    "bakery.txt": "The bakery on Strøget sells kanelsnegle and rugbrød from seven o'clock.",
    "museum.md": "# Museum\n\nThe Viking Ship Museum in Roskilde shows five ships from the fjord.",
}


@pytest.fixture
def embedded(monkeypatch, embedder):
    """The passages embedded from now on (the real model still does the work)."""
    texts = []
    encode = embedder.encode

    def counting(batch):
        texts.extend(batch)
        return encode(batch)

    monkeypatch.setattr(embedder, "encode", counting)
    return texts


@pytest.fixture
def setup(tmp_path, embedder):
    """A store, the app's chunking options, a folder of notes, and a way to run the pipeline."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = DocumentStore(tmp_path / "data", embedder.name)
    options = services.chunking_options(Settings(), embedder)

    def run(*paths, options=options, collection=pipeline.DEFAULT_COLLECTION):
        return list(pipeline.index_paths(paths, store, embedder, options, None, collection))

    yield SimpleNamespace(folder=folder, store=store, options=options, run=run)
    store.close()


def of_type(events, kind):
    return [event for event in events if isinstance(event, kind)]


def names(events, kind) -> list[str]:
    return [os.path.basename(event.path) for event in of_type(events, kind)]


def paths_found(store, embedder, query, mode="hybrid"):
    return {hit.path for hit in retrieval.search(store, embedder, query, 10, mode=mode)}


def library_paths(store) -> set[str]:
    return {file.path for collection in store.library() for file in collection.files}


# -- duplicates ---------------------------------------------------------------------------------


def test_a_copy_is_indexed_from_its_twin_without_embedding(setup, embedder, embedded):
    original = setup.folder / "ferry.txt"
    [first] = of_type(setup.run(original), pipeline.FileIndexed)
    assert first.duplicate_of is None and len(embedded) == first.chunks

    copy = setup.folder.parent / "ferry (copy).txt"
    shutil.copyfile(original, copy)
    embedded.clear()
    [second] = of_type(setup.run(copy), pipeline.FileIndexed)
    assert second.duplicate_of == str(original)
    assert second.chunks == first.chunks
    assert embedded == []  # vectors copied, nothing embedded
    record = setup.store.file_record(str(copy))
    assert record.chunking == setup.options.fingerprint
    assert record.content_hash == setup.store.file_record(str(original)).content_hash
    assert setup.store.chunk_count() == 2 * first.chunks

    both = {str(original), str(copy)}
    assert (
        paths_found(setup.store, embedder, "When does the ferry to Bornholm leave?", "vector")
        == both
    )
    assert paths_found(setup.store, embedder, "Rønne", "keyword") == both
    hits = retrieval.search(setup.store, embedder, "ferry to Bornholm", 2, mode="vector")
    assert hits[0].score == pytest.approx(hits[1].score, abs=1e-5)  # the same vectors
    assert library_paths(setup.store) == both

    # The copy is its own file: removing the original keeps it searchable.
    setup.store.remove_member(pipeline.DEFAULT_COLLECTION, str(original))
    assert paths_found(setup.store, embedder, "Rønne", "keyword") == {str(copy)}


def test_copies_in_one_folder_are_embedded_once(setup, embedder, embedded):
    for number in (1, 2):
        shutil.copyfile(setup.folder / "bakery.txt", setup.folder / f"bakery-{number}.txt")
    events = setup.run(setup.folder)
    indexed = {os.path.basename(e.path): e for e in of_type(events, pipeline.FileIndexed)}
    assert len(indexed) == 5
    twins = {name: event.duplicate_of for name, event in indexed.items() if event.duplicate_of}
    # In folder order bakery-1.txt comes first: it is embedded, the other two copied from it.
    assert twins == {
        "bakery-2.txt": str(setup.folder / "bakery-1.txt"),
        "bakery.txt": str(setup.folder / "bakery-1.txt"),
    }
    assert embedded.count(NOTES["bakery.txt"]) == 1
    assert len(paths_found(setup.store, embedder, "kanelsnegle", "keyword")) == 3


def test_a_copy_of_a_file_that_failed_is_prepared_itself(setup, embedder, monkeypatch):
    """A twin planned in the same run that then fails is not copied from (nothing to copy)."""
    bad = setup.folder / "a-first.txt"
    shutil.copyfile(setup.folder / "ferry.txt", bad)
    shutil.copyfile(setup.folder / "ferry.txt", setup.folder / "b-second.txt")
    original_begin = setup.store.begin_file

    def failing_begin(path):
        if path == str(bad):
            from desktop_app.core.errors import DocumentError

            raise DocumentError("unreadable", detail="simulated")
        return original_begin(path)

    monkeypatch.setattr(setup.store, "begin_file", failing_begin)
    events = setup.run(setup.folder)
    assert [event.path for event in of_type(events, pipeline.FileFailed)] == [str(bad)]
    second = {event.path: event for event in of_type(events, pipeline.FileIndexed)}[
        str(setup.folder / "b-second.txt")
    ]
    assert (second.chunks, second.duplicate_of) == (1, None)  # read and embedded itself
    assert paths_found(setup.store, embedder, "Rønne", "keyword") >= {
        str(setup.folder / "b-second.txt")
    }


# -- deleted files, watched folders -------------------------------------------------------------


def test_a_file_deleted_from_an_indexed_folder_leaves_the_index(setup, embedder):
    setup.run(setup.folder)
    bakery = str(setup.folder / "bakery.txt")
    assert bakery in paths_found(setup.store, embedder, "kanelsnegle", "keyword")
    assert setup.store.watched_folders() == [(pipeline.DEFAULT_COLLECTION, str(setup.folder))]

    (setup.folder / "bakery.txt").unlink()
    events = setup.run(setup.folder)
    assert of_type(events, pipeline.FileDeleted) == [pipeline.FileDeleted(bakery)]
    assert events[-1] == pipeline.RunFinished(indexed=0, unchanged=2, failed=0, cancelled=False)
    assert setup.store.file_record(bakery) is None
    assert bakery not in library_paths(setup.store)
    assert len(library_paths(setup.store)) == 2
    assert paths_found(setup.store, embedder, "kanelsnegle", "keyword") == set()
    assert bakery not in paths_found(setup.store, embedder, "bakery on Strøget", "vector")
    # Nothing more to report the next time.
    assert of_type(setup.run(setup.folder), pipeline.FileDeleted) == []


def test_deleted_files_are_found_through_a_symlinked_folder(setup, embedder, tmp_path):
    link = tmp_path / "linked-notes"
    link.symlink_to(setup.folder, target_is_directory=True)
    setup.run(link)
    (setup.folder / "ferry.txt").unlink()
    events = setup.run(link)
    assert names(events, pipeline.FileDeleted) == ["ferry.txt"]
    assert paths_found(setup.store, embedder, "Rønne", "keyword") == set()


def test_a_deleted_file_named_alone_is_not_forgotten_silently(setup):
    """Only files of a folder given to the run are checked; an explicit file that is gone
    fails with not_found and keeps its chunks (it may be on a drive that is not mounted)."""
    ferry = setup.folder / "ferry.txt"
    setup.run(ferry)
    ferry.unlink()
    events = setup.run(ferry)
    assert [e.error.code for e in of_type(events, pipeline.FileFailed)] == ["not_found"]
    assert not of_type(events, pipeline.FileDeleted)
    assert setup.store.file_record(str(ferry)) is not None


def test_sync_picks_up_new_and_changed_files_in_watched_folders(setup, embedder, embedded):
    setup.run(setup.folder, collection="Notes")
    other = setup.folder.parent / "other"
    other.mkdir()
    (other / "train.txt").write_text("The train to Aalborg leaves from track three.")
    setup.run(other, collection="Travel")
    assert sorted(setup.store.watched_folders()) == [
        ("Notes", str(setup.folder)),
        ("Travel", str(other)),
    ]

    (setup.folder / "harbour.txt").write_text("The harbour of Esbjerg has eleven cranes.")
    (setup.folder / "ferry.txt").write_text("The ferry to Ærø now leaves Svendborg at noon.")
    (other / "train.txt").unlink()
    embedded.clear()
    events = list(pipeline.sync_watched_folders(setup.store, embedder, setup.options))

    indexed = sorted(names(events, pipeline.FileIndexed))
    assert indexed == ["ferry.txt", "harbour.txt"]
    assert sorted(names(events, pipeline.FileUnchanged)) == [
        "bakery.txt",
        "museum.md",
    ]
    assert names(events, pipeline.FileDeleted) == ["train.txt"]
    assert len(embedded) == 2  # only the new and the changed file were embedded
    # New files join the collection of their folder.
    assert str(setup.folder / "harbour.txt") in setup.store.members("Notes")
    assert setup.store.members("Travel") == []
    assert paths_found(setup.store, embedder, "Esbjerg cranes", "keyword") == {
        str(setup.folder / "harbour.txt")
    }
    assert paths_found(setup.store, embedder, "Bornholm", "keyword") == set()
    assert paths_found(setup.store, embedder, "Svendborg", "keyword") == {
        str(setup.folder / "ferry.txt")
    }

    # In step now: a second sync changes nothing.
    embedded.clear()
    again = list(pipeline.sync_watched_folders(setup.store, embedder, setup.options))
    assert not of_type(again, pipeline.FileIndexed) and not of_type(again, pipeline.FileDeleted)
    assert embedded == []


def test_sync_skips_a_watched_folder_that_is_gone(setup, embedder):
    setup.run(setup.folder)
    shutil.rmtree(setup.folder)  # an unplugged drive, say: its files stay searchable
    events = list(pipeline.sync_watched_folders(setup.store, embedder, setup.options))
    assert not of_type(events, pipeline.FileDeleted) and not of_type(events, pipeline.FileFailed)
    assert len(setup.store.files()) == 3


# -- new chunk settings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change", [{"overlap_tokens": 16}, {"max_tokens": 128}], ids=["overlap", "max_tokens"]
)
def test_new_chunk_settings_reindex_every_file_once(setup, embedder, embedded, change):
    setup.run(setup.folder)
    old = setup.options.fingerprint
    assert {record.chunking for record in setup.store.files()} == {old}
    new_options = replace(setup.options, **change)
    assert new_options.fingerprint != old
    assert setup.store.stale_files(new_options.fingerprint) == sorted(
        str(setup.folder / name) for name in NOTES
    )

    embedded.clear()
    events = list(pipeline.reindex_stale(setup.store, embedder, new_options))
    assert sorted(names(events, pipeline.FileIndexed)) == sorted(NOTES)
    assert not of_type(events, pipeline.FileUnchanged) and not of_type(events, pipeline.FileFailed)
    assert len(embedded) == 3  # each note is one chunk, embedded again
    assert {record.chunking for record in setup.store.files()} == {new_options.fingerprint}
    assert setup.store.chunk_count() == 3  # replaced, not added
    assert paths_found(setup.store, embedder, "kanelsnegle", "keyword") == {
        str(setup.folder / "bakery.txt")
    }

    # Nothing left to do: a second run yields nothing at all.
    assert setup.store.stale_files(new_options.fingerprint) == []
    assert list(pipeline.reindex_stale(setup.store, embedder, new_options)) == []
    # And a plain run with the new settings finds every file unchanged.
    again = setup.run(setup.folder, options=new_options)
    assert len(of_type(again, pipeline.FileUnchanged)) == 3


def test_reindex_keeps_each_file_in_its_collections_and_skips_failures(setup, embedder):
    setup.run(setup.folder / "ferry.txt", collection="Travel")
    setup.run(setup.folder / "bakery.txt", collection="Food")
    empty = setup.folder / "empty.txt"
    empty.write_text("")
    setup.run(empty, collection="Food")
    new_options = replace(setup.options, overlap_tokens=8)
    assert setup.store.stale_files(new_options.fingerprint) == sorted(
        [str(setup.folder / "bakery.txt"), str(setup.folder / "ferry.txt")]
    )  # the failed file waits for a change of its own
    events = list(pipeline.reindex_stale(setup.store, embedder, new_options))
    assert len(of_type(events, pipeline.FileIndexed)) == 2
    assert setup.store.members("Travel") == [str(setup.folder / "ferry.txt")]
    assert setup.store.members("Food") == sorted([str(setup.folder / "bakery.txt"), str(empty)])


# -- unchanged files ----------------------------------------------------------------------------


def test_unchanged_files_are_skipped_without_reading_them(setup, embedder, embedded, monkeypatch):
    setup.run(setup.folder)
    reads = []
    monkeypatch.setattr(pipeline, "content_hash", lambda path: reads.append(path) or "")
    embedded.clear()
    events = setup.run(setup.folder)
    assert len(of_type(events, pipeline.FileUnchanged)) == 3
    assert reads == [] and embedded == []  # size and time matched: not even hashed
    monkeypatch.undo()

    # Touched but not changed: read to hash it, found unchanged, not embedded.
    ferry = setup.folder / "ferry.txt"
    stat = ferry.stat()
    os.utime(ferry, (stat.st_atime, stat.st_mtime + 10))
    embedded_before = len(embedded)
    events = setup.run(setup.folder)
    assert len(of_type(events, pipeline.FileUnchanged)) == 3
    assert len(embedded) == embedded_before

    # Same size, new time, new words: hashed, found changed, indexed again.
    ferry.write_text(NOTES["ferry.txt"].replace("Bornholm", "Bornhulm"), encoding="utf-8")
    assert ferry.stat().st_size == stat.st_size
    events = setup.run(setup.folder)
    assert names(events, pipeline.FileIndexed) == ["ferry.txt"]
    assert paths_found(setup.store, embedder, "Bornhulm", "keyword") == {str(ferry)}
