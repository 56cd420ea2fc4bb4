"""Keyword search (BM25) beside vector search, fused: real files, chromadb and bm25s on disk."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core import retrieval
from desktop_app.core.ingest import pipeline
from desktop_app.core.ingest.preparation import ChunkingOptions
from desktop_app.core.keyword_index import KeywordIndex
from desktop_app.core.store import DocumentStore
from desktop_app.core.store_types import Hit
from tests.pdfs import write_pdf

MATRICES = """# Matrices

## Multiplication

To multiply two matrices, the number of columns of the first matrix must equal the number
of rows of the second matrix. Each entry of the product matrix is the dot product of a row
of the first matrix and a column of the second one.

## Transpose and inverse

The transpose of a matrix swaps its rows and columns. A square matrix with a non-zero
determinant has an inverse matrix, and a matrix multiplied by its inverse gives the identity
matrix. Matrix functions such as the determinant, the trace and the rank take a matrix
argument and return a number.
"""
# The identifier is mentioned once, in a passage about something else entirely.
RELEASE = """Release notes for the garden planner, spring edition.

The planner now suggests when to sow tomatoes, beans and lettuce, based on the last frost date
in your region. Raised beds warm up faster in April, and the planner knows it.

Watering reminders follow the weather forecast: after a rainy day the planner skips the
reminder. Mulch keeps the soil moist in dry weeks. Seed catalogues from three suppliers in
Odense can be imported. Internally the layout code was cleaned up and frobnicate_matrix was
removed from the plugin interface.
"""
# Danish passages: the English embedder reads them as little more than foreign letters.
DANISH = {
    "opskrift.txt": "Æbleskiver er en dansk juleret. Dejen laves af hvedemel, kærnemælk, æg og "
    "lidt sukker. Man steger dem i en særlig pande med runde huller og vender dem med en "
    "strikkepind, til de er gyldne hele vejen rundt. De serveres med flormelis og syltetøj.",
    "cykler.txt": "I København cykler de fleste til arbejde hele året. Cykelstierne er brede, "
    "og om vinteren bliver de ryddet for sne før vejene. Mange familier har en ladcykel, så "
    "børnene kan komme med i børnehave, og turen tager sjældent mere end en halv time.",
    "vikinger.txt": "Vikingerne sejlede fra Danmark til England, Irland og Island. Deres skibe "
    "var lange og smalle og kunne sejle op ad floderne. Ved Roskilde kan man se fem skibe, som "
    "blev sænket i fjorden for at spærre sejlrenden mod fjender for tusind år siden.",
}
# Lines kept short: PDFium drops the spaces of some two-line paragraphs QPdfWriter wraps
# ("launchcodeforprojectBluebird"), which no keyword search could match.
GUIDE_PAGES = [
    "Chapter one describes the weather in Copenhagen during the autumn months.\n"
    "It rains often and the wind comes from the west.",
    "The launch code for project Bluebird is 4729.\n"
    "Keep the launch code in the red folder in the archive.",
    "Chapter three lists the opening hours of the public libraries in Aarhus and Odense.",
]


def names(hits) -> list[str]:
    return [Path(hit.path).name for hit in hits]


def rank_of(hits, name: str) -> int | None:
    found = names(hits)
    return found.index(name) if name in found else None


@pytest.fixture(scope="module")
def library(qapp, tmp_path_factory, embedder):
    """Work: a Markdown file about matrices and the release notes; Home: Danish texts and a PDF.

    Indexed once for the module's read-only searches."""
    root = tmp_path_factory.mktemp("hybrid")
    work, home = root / "work", root / "home"
    work.mkdir()
    home.mkdir()
    (work / "matrices.md").write_text(MATRICES)
    (work / "release.txt").write_text(RELEASE)
    for name, text in DANISH.items():
        (home / name).write_text(text, encoding="utf-8")
    write_pdf(home / "guide.pdf", GUIDE_PAGES)
    store = DocumentStore(root / "data", embedder.name)
    options = services.chunking_options(Settings(), embedder)
    for folder, collection in ((work, "Work"), (home, "Home")):
        events = list(pipeline.index_paths([folder], store, embedder, options, None, collection))
        assert not [event for event in events if isinstance(event, pipeline.FileFailed)]
    yield store
    store.close()


def test_keyword_search_finds_an_exact_identifier_that_vector_search_ranks_lower(library, embedder):
    query = "frobnicate_matrix"
    keyword = retrieval.search(library, embedder, query, 5, mode="keyword")
    assert names(keyword) == ["release.txt"]  # the only chunk with that word
    assert "frobnicate_matrix" in keyword[0].text and keyword[0].score > 0
    # Meaning alone prefers the passages about matrices.
    vector = retrieval.search(library, embedder, query, 5, mode="vector")
    assert names(vector)[0] == "matrices.md"
    assert rank_of(vector, "release.txt") != 0
    hybrid = retrieval.search(library, embedder, query, 5, mode="hybrid")
    assert names(hybrid)[0] == "release.txt"
    assert hybrid[0].score == pytest.approx(
        1 / (retrieval.RRF_K + 1) + 1 / (retrieval.RRF_K + 1 + rank_of(vector, "release.txt")),
        abs=1e-6,
    )


def test_hybrid_is_the_default_and_keeps_vector_hits(library, embedder):
    question = "What is the launch code of project Bluebird?"
    hits = retrieval.search(library, embedder, question, 3)
    assert (names(hits)[0], hits[0].page) == ("guide.pdf", 2)
    assert "4729" in hits[0].text
    # A question that shares no word with the text is still answered by meaning.
    hits = retrieval.search(library, embedder, "linear algebra", 3)
    assert names(hits)[0] == "matrices.md"
    assert retrieval.search(library, embedder, "linear algebra", 3, mode="keyword") == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [("strikkepind", "opskrift.txt"), ("ladcykel", "cykler.txt"), ("sejlrenden", "vikinger.txt")],
)
def test_a_danish_word_finds_its_danish_passage(library, embedder, query, expected):
    keyword = retrieval.search(library, embedder, query, 5, mode="keyword")
    assert names(keyword) == [expected]
    hybrid = retrieval.search(library, embedder, query, 3, mode="hybrid")
    assert names(hybrid)[0] == expected


def test_keyword_hits_respect_the_collections(library, embedder):
    # "Odense" is in both collections: the release notes (Work) and the PDF (Home).
    everywhere = retrieval.search(library, embedder, "Odense", 5, mode="keyword")
    assert sorted(names(everywhere)) == ["guide.pdf", "release.txt"]
    work = retrieval.search(library, embedder, "Odense", 5, ["Work"], mode="keyword")
    assert names(work) == ["release.txt"]
    home = retrieval.search(library, embedder, "Odense", 5, ["Home"], mode="keyword")
    assert (names(home), home[0].page) == (["guide.pdf"], 3)
    # Hybrid: the keyword side is filtered as the vector side is.
    assert retrieval.search(library, embedder, "frobnicate_matrix", 5, ["Home"], "keyword") == []
    hybrid_home = retrieval.search(library, embedder, "frobnicate_matrix", 10, ["Home"])
    assert hybrid_home and all(Path(h.path).parent.name == "home" for h in hybrid_home)
    assert retrieval.search(library, embedder, "Odense", 5, ["Nothing"], mode="keyword") == []


def test_keyword_tokens_are_stemmed_and_stop_words_ignored(library, embedder):
    # "multiplied" and "multiplying" share the stem of "multiply".
    hits = retrieval.search(library, embedder, "multiplying", 5, mode="keyword")
    assert set(names(hits)) == {"matrices.md"}
    assert retrieval.search(library, embedder, "the and of", 5, mode="keyword") == []


# -- the keyword index on disk: persisted, updated file by file ------------------------------


def generation_in_sqlite(store: DocumentStore) -> int:
    with closing(sqlite3.connect(store.folder / "files.sqlite3")) as db:
        row = db.execute(
            "SELECT generation FROM keyword_state WHERE space = ?", (store.space,)
        ).fetchone()
    return row[0]


def saved_generation(store: DocumentStore) -> int:
    state = store.folder / f"keywords-{store.space}" / "lokal_state.json"
    return json.loads(state.read_text("utf-8"))["generation"]


@pytest.fixture
def builds(monkeypatch):
    """Every time the BM25 matrix is built from the token lists (not loaded from disk)."""
    calls = []
    original = KeywordIndex._build

    def counted(self, generation):
        calls.append(generation)
        return original(self, generation)

    monkeypatch.setattr(KeywordIndex, "_build", counted)
    return calls


def keyword_names(store: DocumentStore, query: str) -> list[str]:
    return sorted(Path(hit.path).name for hit in store.keyword_query(query, 10))


def test_keyword_index_persists_and_follows_changes(tmp_path, embedder, builds):
    folder = tmp_path / "notes"
    folder.mkdir()
    ferry = folder / "ferry.txt"
    ferry.write_text("The ferry to Bornholm leaves Køge at midnight.")
    (folder / "bakery.txt").write_text("The bakery on Strøget sells kanelsnegle before seven.")
    data = tmp_path / "data"
    options = services.chunking_options(Settings(), embedder)

    store = DocumentStore(data, embedder.name)
    list(pipeline.index_paths([folder], store, embedder, options))
    assert keyword_names(store, "Bornholm") == ["ferry.txt"]
    assert len(builds) == 1  # built once, on the first query after the changes
    assert keyword_names(store, "kanelsnegle") == ["bakery.txt"]
    assert len(builds) == 1  # and kept in memory while nothing changes
    generation = generation_in_sqlite(store)
    assert generation > 0 and saved_generation(store) == generation
    store.close()

    # Next start: the saved matrix is loaded, not rebuilt.
    store = DocumentStore(data, embedder.name)
    assert keyword_names(store, "Bornholm kanelsnegle") == ["bakery.txt", "ferry.txt"]
    assert len(builds) == 1
    assert generation_in_sqlite(store) == saved_generation(store) == generation

    # A changed file: its old words leave the index, its new ones arrive.
    ferry.write_text("The ferry to Ærø now leaves Svendborg every morning, an hour later.")
    events = list(pipeline.index_paths([folder], store, embedder, options))
    assert [type(event) for event in events if isinstance(event, pipeline.FileIndexed)] == [
        pipeline.FileIndexed
    ]
    assert keyword_names(store, "Bornholm") == []
    assert keyword_names(store, "Svendborg") == ["ferry.txt"]
    assert len(builds) == 2
    assert saved_generation(store) == generation_in_sqlite(store) > generation

    # A file deleted from the folder: its chunks leave the keyword results too.
    (folder / "bakery.txt").unlink()
    events = list(pipeline.index_paths([folder], store, embedder, options))
    assert [event.path for event in events if isinstance(event, pipeline.FileDeleted)] == [
        str(folder / "bakery.txt")
    ]
    assert keyword_names(store, "kanelsnegle") == []
    assert keyword_names(store, "Svendborg") == ["ferry.txt"]
    store.close()

    # And the state after the changes is what the next start loads.
    store = DocumentStore(data, embedder.name)
    builds.clear()
    assert keyword_names(store, "kanelsnegle Svendborg") == ["ferry.txt"]
    assert builds == []
    store.close()


def test_damaged_saved_index_is_rebuilt_from_sqlite(tmp_path, embedder, builds):
    doc = tmp_path / "note.txt"
    doc.write_text("The lighthouse at Skagen is painted white.")
    data = tmp_path / "data"
    store = DocumentStore(data, embedder.name)
    options = services.chunking_options(Settings(), embedder)
    list(pipeline.index_paths([doc], store, embedder, options))
    assert keyword_names(store, "lighthouse") == ["note.txt"]
    store.close()
    state = data / "index" / f"keywords-{store.space}" / "lokal_state.json"
    state.write_text("{not json")
    store = DocumentStore(data, embedder.name)
    assert keyword_names(store, "Skagen") == ["note.txt"]
    assert len(builds) == 2  # rebuilt, and saved again
    assert saved_generation(store) == generation_in_sqlite(store)
    store.close()


# -- fusion and neighbours ------------------------------------------------------------------------


def hit(path: str, chunk: int, score: float = 0.5, text: str = "") -> Hit:
    return Hit(path=path, page=1, score=score, text=text or f"{path}#{chunk}", start=0, end=1,
               chunk=chunk)  # fmt: skip


def test_reciprocal_rank_fusion_adds_reciprocal_ranks():
    a, b, c, d = hit("a", 0), hit("b", 0), hit("c", 0, text="vector text"), hit("d", 0)
    keyword_c = hit("c", 0, score=7.5, text="keyword text")
    fused = retrieval.reciprocal_rank_fusion([[a, b, c], [keyword_c, d]], k=60)
    assert [h.path for h in fused] == ["c", "a", "b", "d"]
    scores = {h.path: h.score for h in fused}
    assert scores["c"] == pytest.approx(1 / 63 + 1 / 61, abs=1e-6)  # in both lists
    assert scores["a"] == pytest.approx(1 / 61, abs=1e-6)
    assert scores["b"] == scores["d"] == pytest.approx(1 / 62, abs=1e-6)  # ties keep list order
    assert fused[0].text == "vector text"  # the hit as first seen


def test_fusion_tells_chunks_apart_and_handles_empty_lists():
    same_file = [hit("a", 0), hit("a", 1), hit("a", 2)]
    assert [h.chunk for h in retrieval.reciprocal_rank_fusion([same_file, []])] == [0, 1, 2]
    assert retrieval.reciprocal_rank_fusion([[], []]) == []
    # Hits without a chunk number (an older index) are keyed by their place.
    loose = [
        Hit("x", 1, 0.9, "one", 0, 10),
        Hit("x", 1, 0.8, "two", 10, 20),
        Hit("x", 2, 0.7, "three", 0, 10),
    ]
    assert len(retrieval.reciprocal_rank_fusion([loose, loose[::-1]])) == 3


SENTENCES = [
    f"Sentence {n} tells how the {word} of Jutland changed over the years."
    for n, word in enumerate(
        ["coast", "heath", "forests", "harbours", "railways", "dunes", "villages", "farms",
         "churches", "rivers", "bridges", "lakes"]
    )
]  # fmt: skip


@pytest.fixture
def small_chunks(tmp_path, embedder):
    """A text file cut into several overlapping chunks (windows of 40 tokens, 10 overlapping)."""
    doc = tmp_path / "jutland.txt"
    doc.write_text(" ".join(SENTENCES))
    store = DocumentStore(tmp_path / "data", embedder.name)
    options = ChunkingOptions(40, 10, str(embedder.model_dir / "tokenizer.json"))
    [done] = [
        event
        for event in pipeline.index_paths([doc], store, embedder, options)
        if isinstance(event, pipeline.FileIndexed)
    ]
    assert done.chunks >= 5
    yield store, doc.read_text(), done.chunks
    store.close()


def chunk_hit(store, text, word):
    [found] = store.keyword_query(word, 1)
    assert word in found.text
    return found


def test_with_neighbours_joins_overlapping_chunks_without_repeating_text(small_chunks):
    store, text, count = small_chunks
    middle = chunk_hit(store, text, "railways")
    assert 0 < middle.chunk < count - 1
    neighbours = store.neighbours(middle, 1)
    assert [h.chunk for h in neighbours] == [middle.chunk - 1, middle.chunk, middle.chunk + 1]
    assert neighbours[0].end > neighbours[1].start  # the chunks overlap
    [widened] = retrieval.with_neighbours(store, [middle], radius=1)
    assert (widened.chunk, widened.score) == (middle.chunk, middle.score)
    assert (widened.start, widened.end) == (neighbours[0].start, neighbours[-1].end)
    assert widened.text == text[widened.start : widened.end]  # overlaps counted once
    for sentence in SENTENCES:
        assert widened.text.count(sentence) <= 1


def test_with_neighbours_merges_adjacent_hits_and_keeps_the_ends(small_chunks):
    store, text, count = small_chunks
    first = chunk_hit(store, text, "coast")
    assert first.chunk == 0
    second = store.hits_by_id([f"{first.chunk_id.split(':')[0]}:1"])[0]
    widened = retrieval.with_neighbours(store, [first, second], radius=1)
    assert len(widened) == 1  # the second hit is already inside the first one's window
    assert widened[0].start == 0 and widened[0].text == text[: widened[0].end]
    last_chunk = store.hits_by_id([f"{first.chunk_id.split(':')[0]}:{count - 1}"])[0]
    [tail] = retrieval.with_neighbours(store, [last_chunk], radius=2)
    assert tail.end == len(text) and tail.text == text[tail.start :]
    assert retrieval.with_neighbours(store, [first], radius=0)[0].text == first.text
