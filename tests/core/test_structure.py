"""Document structure: PDF bookmarks become heading paths, print furniture is left out.

Real PDFs drawn with QPdfWriter, outlines added with pypdf, read with PDFium; chunks cut with
the bundled embedder's tokenizer. The section rules of `chunk_sections` are checked on their
own with whitespace tokens.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app import services
from desktop_app.config import Settings
from desktop_app.core.ingest import pipeline
from desktop_app.core.ingest.chunking import HEADING_SEPARATOR, chunk_sections
from desktop_app.core.ingest.cleanup import clean_pages
from desktop_app.core.ingest.document import Heading
from desktop_app.core.ingest.formats.pdf import read_pdf
from desktop_app.core.ingest.preparation import prepare_file
from desktop_app.core.ingest.readers import read_document
from desktop_app.core.store import DocumentStore

# Each section is long enough to stand alone (a section under 1/8 of the window joins the next).
INTRO = (
    "Lokal runs on your own computer and never sends your documents anywhere. "
    "It reads PDF files, Word documents, slides and plain text, and answers questions "
    "about them with the numbered passages it used."
)
INSTALL = (
    "Installing takes a minute: unpack the archive, start the program and drop a folder "
    "of documents on the window. The first start loads the embedding model from disk."
)
CONTROL = (
    "Programs decide what to do next with conditions. An if statement runs its body only "
    "when its condition holds, and an else branch covers every other case that remains."
)
LOOPS = (
    "A loop repeats its body while the condition holds. The while statement checks the "
    "condition before each pass, so a false condition skips the body altogether."
)
ARGUMENTS = (
    "Functions take arguments by position or by name. Default values fill in the arguments "
    "that a caller leaves out, and keyword arguments make long calls readable."
)


def add_outline(source: Path, target: Path, entries) -> Path:
    """Copy `source` with bookmarks: (title, 0-based page, parent title or None), in order."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(source))
    made = {}
    for title, page, parent in entries:
        made[title] = writer.add_outline_item(
            title=title, page_number=page, parent=made[parent] if parent else None
        )
    with target.open("wb") as handle:
        writer.write(handle)
    return target


@pytest.fixture(scope="module")
def options():
    """Chunking as the app does it; only the embedder's tokenizer is needed (no weights)."""
    return services.chunking_options(Settings(), services.make_embedder(Settings()))


@pytest.fixture
def manual(make_pdf, tmp_path):
    """A four-page manual: chapter 1 over two pages, chapter 2 with a "Loops" section, and a
    bookmark ("Procedures") whose title is not in the text of its page."""
    plain = make_pdf(
        "plain.pdf",
        [
            f"Chapter 1 Getting Started\n\n{INTRO}",
            INSTALL,
            f"Chapter 2 Control Flow\n\n{CONTROL}\n\nLoops\n\n{LOOPS}",
            ARGUMENTS,
        ],
    )
    return add_outline(
        plain,
        tmp_path / "manual.pdf",
        [
            ("Chapter 1 Getting Started", 0, None),
            ("Chapter 2 Control Flow", 2, None),
            ("Loops", 2, "Chapter 2 Control Flow"),
            ("Procedures", 3, "Chapter 2 Control Flow"),
        ],
    )


def heading_outline(page):
    return [(heading.level, heading.title) for heading in page.headings]


# -- PDF outline ------------------------------------------------------------------------------


def test_pdf_bookmarks_become_headings_and_page_context(manual):
    pages = list(read_pdf(manual).pages)
    assert [page.number for page in pages] == [1, 2, 3, 4]
    first, second, third, fourth = pages

    assert heading_outline(first) == [(1, "Chapter 1 Getting Started")]
    assert first.context == ()
    # A page without bookmarks continues the chapter in effect.
    assert second.headings == () and second.context == ("Chapter 1 Getting Started",)
    # Both bookmarks of page 3 are found in its text, at their titles.
    assert heading_outline(third) == [(1, "Chapter 2 Control Flow"), (2, "Loops")]
    for heading in third.headings:
        assert third.text[heading.offset :].startswith(heading.title)
    assert third.context == ("Chapter 1 Getting Started",)  # in effect where page 3 begins
    # "Procedures" is not printed on page 4: it applies from the page's start, below chapter 2.
    assert fourth.headings == ()
    assert fourth.context == ("Chapter 2 Control Flow", "Procedures")


def test_chunks_carry_the_heading_path(manual, options):
    prepared = prepare_file(str(manual), options)
    by_page = {}
    for chunk in prepared.chunks:
        by_page.setdefault(chunk.page, []).append(chunk)
        assert chunk.embedded_text == f"{chunk.heading}\n{chunk.text}"  # embedded with its path

    assert [c.heading for c in by_page[1]] == ["Chapter 1 Getting Started"]
    assert [c.heading for c in by_page[2]] == ["Chapter 1 Getting Started"]
    # A new chapter replaces the one in effect; it does not nest below it.
    assert [(c.heading, c.text.split("\n")[0]) for c in by_page[3]] == [
        ("Chapter 2 Control Flow", "Chapter 2 Control Flow"),
        ("Chapter 2 Control Flow > Loops", "Loops"),
    ]
    assert "Loops" not in by_page[3][0].text  # the sections don't straddle the heading
    assert LOOPS.split(".")[0] in by_page[3][1].text
    assert [c.heading for c in by_page[4]] == ["Chapter 2 Control Flow > Procedures"]


def test_pdf_without_outline_has_no_headings(make_pdf, options):
    pdf = make_pdf("flat.pdf", [INTRO, INSTALL])
    pages = list(read_pdf(pdf).pages)
    assert all(page.headings == () and page.context == () for page in pages)
    assert all(chunk.heading == "" for chunk in prepare_file(str(pdf), options).chunks)


# -- running headers and footers, contents pages ----------------------------------------------

CONTENTS = "Contents\n" + "\n".join(
    f"{title} ....... {page}"
    for title, page in [
        ("Intro", 3),
        ("Installing", 4),
        ("Your first chat", 5),
        ("Searching documents", 6),
        ("Collections", 7),
        ("Models", 8),
        ("Settings", 9),
        ("Privacy", 10),
    ]
)
HARBOURS = ["Esbjerg", "Aarhus", "Odense", "Aalborg", "Skagen", "Hirtshals", "Frederikshavn"]


def body(number: int) -> str:
    return (
        f"The harbour of {HARBOURS[number % len(HARBOURS)]} has {number + 3} cranes.\n"
        "Ships unload there every morning."
    )


@pytest.fixture
def printed_manual(make_pdf):
    """A contents page, then seven pages with a running header and footer whose numbers follow
    the page ("Lokal Manual 12" and "12 Getting started" on page 2, ...)."""
    pages = [CONTENTS] + [
        f"Lokal Manual {number + 10}\n{body(number)}\n{number + 10} Getting started"
        for number in range(2, 9)
    ]
    return make_pdf("printed.pdf", pages)


def test_running_headers_are_removed_and_body_text_kept(printed_manual):
    pages = list(read_pdf(printed_manual).pages)
    assert pages[1].text.startswith("Lokal Manual 12\n")  # really in the text layer
    kept, skipped = clean_pages(pages)
    assert skipped == [1]
    assert [page.number for page in kept] == list(range(2, 9))
    for page in kept:
        assert "Lokal Manual" not in page.text and "Getting started" not in page.text
        # "Ships unload there every morning." repeats on every page too, but carries no page
        # number: it is content.
        assert page.text.split() == body(page.number).split()


def test_contents_page_is_skipped_and_reported_through_the_pipeline(
    printed_manual, tmp_path, embedder, options
):
    prepared = prepare_file(str(printed_manual), options)
    assert prepared.skipped_pages == (1,)
    assert prepared.removed_lines == 14  # a header and a footer line on each of seven pages
    assert {chunk.page for chunk in prepared.chunks} == set(range(2, 9))
    text = "\n".join(chunk.text for chunk in prepared.chunks)
    assert "......." not in text and "Lokal Manual" not in text and "Getting" not in text

    store = DocumentStore(tmp_path / "data", embedder.name)
    try:
        events = list(pipeline.index_paths([printed_manual], store, embedder, options))
        [done] = [event for event in events if isinstance(event, pipeline.FileIndexed)]
        assert done.skipped_pages == (1,) and done.pages == 8 and done.empty_pages == ()
        assert done.chunks == len(prepared.chunks)
        assert store.keyword_query("Installing Privacy", 5) == []  # contents words not indexed
    finally:
        store.close()


def test_header_removal_keeps_bookmark_headings_on_their_titles(make_pdf, tmp_path):
    plain = make_pdf(
        "book.pdf",
        [f"Lokal Manual {number + 10}\nPart {number}\n{body(number)}" for number in range(1, 8)],
    )
    book = add_outline(plain, tmp_path / "book.pdf", [(f"Part {n}", n - 1, None) for n in (1, 4)])
    kept, _ = clean_pages(list(read_pdf(book).pages))
    titled = [page for page in kept if page.headings]
    assert [page.number for page in titled] == [1, 4]
    for page in titled:
        assert "Lokal Manual" not in page.text
        [heading] = page.headings
        assert page.text[heading.offset :].startswith(heading.title)


def test_short_pdfs_keep_their_repeated_lines(make_pdf, options):
    """Five pages are too few to tell a running header from content: nothing is removed."""
    pdf = make_pdf("short.pdf", [f"Lokal Manual {n + 10}\n{body(n)}" for n in range(1, 6)])
    prepared = prepare_file(str(pdf), options)
    assert prepared.removed_lines == 0
    assert all(chunk.text.startswith("Lokal Manual") for chunk in prepared.chunks)


@pytest.mark.parametrize("name", ["contents.txt", "contents.md"])
def test_text_files_never_lose_lines_to_cleanup(tmp_path, options, name):
    """A text file's list of lines ending in numbers is content, not a contents page."""
    lines = [f"Lokal Manual {n}" for n in range(12, 20)] + CONTENTS.splitlines()
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n")
    prepared = prepare_file(str(path), options)
    assert prepared.skipped_pages == () and prepared.removed_lines == 0
    text = "\n".join(chunk.text for chunk in prepared.chunks)
    for line in lines:
        assert line in text


# -- chunk_sections, with whitespace tokens -----------------------------------------------------


def whitespace_tokens(text):
    return [match.span() for match in re.finditer(r"\S+", text)]


def word_count(text):
    return len(text.split())


def words(prefix: str, count: int) -> str:
    return " ".join(f"{prefix}{n}" for n in range(count))


def sections_of(text, headings, context=(), max_tokens=40, overlap=4):
    return chunk_sections(
        text, whitespace_tokens(text), headings, context, max_tokens, overlap, word_count
    )


def test_sections_never_straddle_a_heading():
    intro, loops, arguments = words("intro", 30), words("loop", 70), words("arg", 25)
    text = f"{intro}\nLoops\n{loops}\nArguments\n{arguments}"
    loops_at = text.index("Loops")
    arguments_at = text.index("Arguments")
    headings = [Heading(loops_at, 2, "Loops"), Heading(arguments_at, 2, "Arguments")]
    chunks = sections_of(text, headings, context=("Chapter 3",))
    boundaries = [0, loops_at, arguments_at, len(text)]
    for chunk in chunks:
        inside = [
            (low, high)
            for low, high in zip(boundaries, boundaries[1:], strict=False)
            if low <= chunk.start and chunk.end <= high
        ]
        assert inside, f"chunk {chunk} straddles a heading"
    assert {chunk.heading for chunk in chunks if chunk.end <= loops_at} == {"Chapter 3"}
    assert {chunk.heading for chunk in chunks if loops_at <= chunk.start < arguments_at} == {
        "Chapter 3 > Loops"
    }
    assert chunks[-1].heading == "Chapter 3 > Arguments"
    assert text[chunks[-1].start : chunks[-1].end].startswith("Arguments")
    assert len([c for c in chunks if loops_at <= c.start < arguments_at]) >= 2  # overlapping
    # The whole text is covered.
    covered = set()
    for chunk in chunks:
        covered.update(range(chunk.start, chunk.end))
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())


def test_chunks_leave_room_for_their_heading():
    text = words("w", 200)
    path = ("Chapter 3", "Loops and conditions")  # 5 tokens, and a space
    chunks = sections_of(text, [], context=path, max_tokens=40, overlap=0)
    assert all(chunk.heading == HEADING_SEPARATOR.join(path) for chunk in chunks)
    for chunk in chunks:
        assert word_count(text[chunk.start : chunk.end]) <= 40 - word_count(chunk.heading) - 1


def test_tiny_section_joins_the_next():
    """A heading followed by a line (under 1/8 of the window) is not a chunk of its own."""
    text = f"Chapter 2\nShort intro.\nLoops\n{words('loop', 30)}"
    loops_at = text.index("Loops")
    headings = [Heading(0, 1, "Chapter 2"), Heading(loops_at, 2, "Loops")]
    [chunk] = sections_of(text, headings, max_tokens=40)
    assert (chunk.start, chunk.end) == (0, len(text))
    assert chunk.heading == "Chapter 2 > Loops"  # it takes the path of the section it joins


def test_tiny_last_section_stays():
    text = f"{words('intro', 30)}\nSummary\nDone."
    summary_at = text.index("Summary")
    chunks = sections_of(text, [Heading(summary_at, 1, "Summary")], max_tokens=40)
    assert [(chunk.heading, text[chunk.start : chunk.end]) for chunk in chunks] == [
        ("", text[:summary_at].strip()),
        ("Summary", "Summary\nDone."),
    ]


def test_headings_replace_the_context_at_their_level():
    text = f"{words('a', 10)}\nMore\n{words('b', 10)}\nNext\n{words('c', 10)}"
    more_at, next_at = text.index("More"), text.index("Next")
    headings = [Heading(more_at, 2, "More"), Heading(next_at, 1, "Next")]
    chunks = sections_of(text, headings, context=("One", "Setup"), max_tokens=16)
    assert [chunk.heading for chunk in chunks] == ["One > Setup", "One > More", "Next"]


def test_long_heading_paths_are_cut_from_the_front():
    context = tuple(f"Part {n} with a rather long title" for n in range(10))  # 7 tokens each
    chunks = sections_of(words("w", 20), [], context=context, max_tokens=200)
    heading = chunks[0].heading
    assert heading.endswith("Part 9 with a rather long title")  # the nearest heading stays
    assert not heading.startswith("Part 0")
    assert word_count(heading) <= 40


def test_markdown_headings_reach_the_chunks(tmp_path, options):
    path = tmp_path / "guide.md"
    path.write_text(f"# Guide\n\n{INTRO}\n\n## Loops\n\n{LOOPS}\n")
    [page] = read_document(path).pages
    assert heading_outline(page) == [(1, "Guide"), (2, "Loops")]
    chunks = prepare_file(str(path), options).chunks
    assert [chunk.heading for chunk in chunks] == ["Guide", "Guide > Loops"]
