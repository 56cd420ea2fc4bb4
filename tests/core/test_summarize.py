"""Whole-document tasks with the real bundled model: every page is read, in order, the last
pages reach the answer, lists keep every item with its pages, cancel stops, bad files are told.

The engine here has a small window (512 tokens) so that a 36-page PDF takes several map calls,
and 256 tokens for a reduce in several levels; answers are greedy (temperature 0). The long
summary runs once for the module and several tests read its events."""

from __future__ import annotations

import threading
import time

import pytest

from desktop_app.core import summarize
from desktop_app.core.ingest.readers import Page
from desktop_app.core.llm import ChatEngine, EngineSettings
from desktop_app.core.summarize import (
    LIST,
    SUMMARY,
    DocumentFailed,
    PieceRead,
    Progress,
    SummaryFinished,
    SummaryTask,
    TextStreamed,
)

PAGE_COUNT = 36
FACT = "The password is Marmelade."


def long_pages(count: int = PAGE_COUNT) -> list[str]:
    """A logbook where nothing happens, until a fact on its last two pages.

    Short lines, and words chosen so that QPdfWriter's text reads back as written: wrapped lines,
    and pages starting "Page 1.", came back without spaces ("P\\nage1."), with pypdf and PDFium
    alike."""
    pages = [f"Nothing happened on day {n}. The sea was calm." for n in range(1, count + 1)]
    for last in (-2, -1):
        pages[last] = FACT + "\n" + pages[last]
    return pages


@pytest.fixture(scope="module")
def small_engine(chat_model_path):
    engine = ChatEngine(
        chat_model_path, EngineSettings(context_length=512, max_tokens=128, temperature=0.0)
    )
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def long_pdf(qapp, tmp_path_factory):
    from desktop_app.core.ingest.readers import read_document
    from tests.pdfs import write_pdf

    pages = long_pages()
    path = write_pdf(tmp_path_factory.mktemp("summary") / "logbook.pdf", pages)
    read = [" ".join(page.text.split()) for page in read_document(path).pages]
    assert read == [" ".join(page.split()) for page in pages]  # read back as written
    return path


@pytest.fixture(scope="module")
def long_summary(small_engine, long_pdf):
    """The events of one summary of the 36-page PDF, and how long it took."""
    started = time.perf_counter()
    events = run(small_engine, [long_pdf])
    return events, time.perf_counter() - started


def run(engine, paths, task=None, cancel=None, then=None) -> list:
    events = []
    for event in summarize.summarize(engine, paths, task, cancel):
        events.append(event)
        if then is not None:
            then(event, events)
    return events


def of(kind, events) -> list:
    return [event for event in events if isinstance(event, kind)]


def test_summary_reads_every_page_in_order_and_the_last_pages_reach_the_answer(
    small_engine, long_summary
):
    events, seconds = long_summary
    [finished] = of(SummaryFinished, events)
    assert events[-1] is finished and not finished.stopped

    # The map phase read every page, in order, each piece once, nothing skipped.
    maps = [event for event in of(Progress, events) if event.phase == "map"]
    assert len(maps) >= 2  # the document does not fit one call: several pieces
    assert [event.step for event in maps] == list(range(1, len(maps) + 1))
    assert all(event.steps == len(maps) for event in maps)
    covered = []
    for event in maps:
        covered += range(event.piece.span.first_page, event.piece.span.last_page + 1)
        assert event.piece.page_count == PAGE_COUNT
        prompt = summarize.map_messages(SummaryTask(), event.piece.span, event.piece.text)
        assert small_engine.count_prompt_tokens(prompt) < small_engine.context_length
    assert covered == list(range(1, PAGE_COUNT + 1))
    assert finished.pages_read == PAGE_COUNT and finished.map_calls == len(maps)

    # The fact, only on the last two pages, is in the last piece's notes and in the summary.
    notes = of(PieceRead, events)
    assert [note.piece for note in notes] == [event.piece for event in maps]
    assert "Marmelade" in notes[-1].notes
    assert not any("Marmelade" in note.notes for note in notes[:-1])
    assert "Marmelade" in finished.answer
    print(f"\nsummary of {PAGE_COUNT} pages: {len(maps)} map calls, {seconds:.1f} s")


def test_summary_streams_its_answer_and_says_what_it_covered(long_summary, long_pdf):
    events, seconds = long_summary
    [finished] = of(SummaryFinished, events)
    streamed = [event.text for event in of(TextStreamed, events)]
    assert len(streamed) > 3 and "".join(streamed).strip() == finished.answer
    [final] = [event for event in of(Progress, events) if event.phase == "final"]
    assert of(Progress, events)[-1] is final  # the answer comes last, after every piece
    covered = [(span.first_page, span.last_page) for span in final.spans]
    assert covered[0][0] == 1 and covered[-1][1] == PAGE_COUNT
    assert {span.path for span in final.spans} == {str(long_pdf)}
    assert finished.stats.completion_tokens > 0 and finished.stats.seconds <= seconds
    assert finished.stats.first_token_seconds > 0  # counted from the start of the task


def test_list_keeps_every_item_found_with_its_pages(small_engine, long_pdf):
    events = run(small_engine, [long_pdf], SummaryTask.parse("list every password"))
    [finished] = of(SummaryFinished, events)
    assert finished.task == SummaryTask(LIST, "password")
    maps = [event for event in of(Progress, events) if event.phase == "map"]
    last = maps[-1].piece.span
    assert last.last_page == PAGE_COUNT
    # Merged without the model: an item found on the last pages cannot be dropped.
    [item] = [item for item in finished.items if "Marmelade" in item.text]
    assert last in item.spans
    assert f"pages {last.first_page}-{PAGE_COUNT}" in finished.answer
    assert finished.reduce_calls == 0  # no model call merges the lists
    lines = finished.answer.strip().splitlines()
    assert len(lines) == len(finished.items) and all(line.startswith("- ") for line in lines)


def test_cancel_stops_after_the_current_call(small_engine, long_pdf):
    cancel = threading.Event()

    def stop_after_the_first_piece(event, _events):
        if isinstance(event, PieceRead):
            cancel.set()  # as the GUI's Stop button does

    events = run(small_engine, [long_pdf], cancel=cancel, then=stop_after_the_first_piece)
    [finished] = of(SummaryFinished, events)
    assert finished.stopped and finished.map_calls == 1
    assert len(of(Progress, events)) == 1 and not of(TextStreamed, events)
    assert events[-1] is finished


def test_cancel_while_the_answer_streams(small_engine, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("# Trip\n\nThe ferry to Bornholm leaves at 08:30 from Køge. Bring a coat.")
    cancel = threading.Event()

    def stop_at_the_first_words(event, _events):
        if isinstance(event, TextStreamed):
            cancel.set()

    events = run(small_engine, [notes], cancel=cancel, then=stop_at_the_first_words)
    [finished] = of(SummaryFinished, events)
    assert finished.stopped and finished.stats.stopped
    assert len(of(TextStreamed, events)) <= 2  # the current token, then it stops
    assert finished.stats.completion_tokens <= 2


def test_a_damaged_file_is_reported_and_the_others_are_summarised(small_engine, tmp_path):
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    missing = tmp_path / "missing.txt"
    notes = tmp_path / "notes.md"
    notes.write_text("# Trip\n\nThe ferry to Bornholm leaves at 08:30 from Køge.")
    events = run(small_engine, [corrupt, missing, notes])
    failed = of(DocumentFailed, events)
    assert [event.path for event in failed] == [str(corrupt), str(missing)]
    assert failed[0].reason.startswith("the PDF is damaged and cannot be read")
    assert failed[1].reason == "file not found"
    [finished] = of(SummaryFinished, events)
    assert finished.documents == (str(notes),)
    assert finished.failed == (str(corrupt), str(missing))
    assert finished.answer and not finished.stopped


def test_a_long_document_reduces_in_several_levels(chat_model_path, tmp_path):
    """A window of 256 tokens: many pieces, notes combined level after level, nothing lost."""
    engine = ChatEngine(
        chat_model_path, EngineSettings(context_length=256, max_tokens=64, temperature=0.0)
    )
    try:
        text = tmp_path / "log.txt"
        lines = [f"Day {n}: the ship sailed north and the crew caught fish." for n in range(1, 41)]
        text.write_text("\n".join(lines))
        events = run(engine, [text])
    finally:
        engine.close()
    [finished] = of(SummaryFinished, events)
    maps = [event for event in of(Progress, events) if event.phase == "map"]
    reduces = [event for event in of(Progress, events) if event.phase == "reduce"]
    [final] = [event for event in of(Progress, events) if event.phase == "final"]
    assert len(maps) >= 4 and reduces and final.level >= 2
    # A text file has no pages: it is cut into parts, every line in exactly one of them.
    parts = [event.piece.span for event in maps]
    assert [(span.first_part, span.parts) for span in parts] == [
        (n, len(maps)) for n in range(1, len(maps) + 1)
    ]
    read = "\n".join(event.piece.text for event in maps).splitlines()
    assert read == lines
    assert finished.answer and finished.reduce_calls == len(reduces) + 1


# -- without the model ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("", SummaryTask(SUMMARY, "")),
        ("list every command", SummaryTask(LIST, "command")),
        ("List all the dates.", SummaryTask(LIST, "dates")),
        ("find every person named", SummaryTask(LIST, "person named")),
        ("the safety rules", SummaryTask(SUMMARY, "the safety rules")),
    ],
)
def test_task_text_is_understood(text, task):
    assert SummaryTask.parse(text) == task


def test_pieces_keep_page_order_and_fit_the_budget(small_engine):
    pages = [Page(n, f"Page {n}. " + "word " * (20 * n)) for n in range(1, 13)]
    pages.insert(3, Page(99, "   \n  "))  # a page without text is skipped, not a piece
    pieces = summarize.plan_pieces("/x/book.pdf", pages, small_engine.count_tokens, 120, 12)
    covered = []
    for piece in pieces:
        assert small_engine.count_tokens(piece.text) <= 120 + 2
        covered += range(piece.span.first_page, piece.span.last_page + 1)
    # A page longer than a piece is cut into parts, each naming the page.
    assert sorted(set(covered)) == list(range(1, 13)) and covered == sorted(covered)
    assert sum(piece.text.count("word") for piece in pieces) == sum(20 * n for n in range(1, 13))


def test_list_items_are_parsed_and_nothing_is_not_an_item():
    notes = "Here are the commands:\n1. ls -l\n2. `git commit`\n- ls -l\n* cd /tmp\nNone"
    assert summarize.parse_items(notes) == ("ls -l", "`git commit`", "cd /tmp")
    assert summarize.parse_items("None") == ()
    assert summarize.parse_items("There are no commands in this text.") == ()
