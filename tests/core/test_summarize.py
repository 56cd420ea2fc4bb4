"""Whole-document tasks: every page is read, in order, the last pages reach the answer, lists
keep every item with its pages, reduces go level after level, cancel stops, bad files are told.

Two engines. The scripted one (tests/scripted_engine.py) answers as a function of its prompt (it
notes the password it reads), so the logic's tests may assert its words: the fact on the last
pages travels from the piece's notes to the final prompt and answer. The real bundled model,
with a small window (512 tokens) so that a 36-page PDF takes several map calls, runs the same
tasks end to end; what it writes differs between CPUs and llama.cpp builds, so its tests assert
what holds anywhere: the fact reached the prompt, every note reached a later call, every page
was covered, the streamed text is the answer. The long summary runs once for the module and
several tests read its events."""

from __future__ import annotations

import re
import threading
import time

import pytest

from desktop_app.core import summarize
from desktop_app.core.ingest.document import Page
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
from tests.scripted_engine import RecordingEngine, ScriptedEngine

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
    """The events of one summary of the 36-page PDF, the prompts the model was given, and how
    long it took."""
    recording = RecordingEngine(small_engine)
    started = time.perf_counter()
    events = run(recording, [long_pdf])
    return events, recording.prompts, time.perf_counter() - started


def run(engine, paths, task=None, cancel=None, then=None) -> list:
    events = []
    for event in summarize.summarize(engine, paths, task, cancel):
        events.append(event)
        if then is not None:
            then(event, events)
    return events


def of(kind, events) -> list:
    return [event for event in events if isinstance(event, kind)]


def user_text(messages) -> str:
    return messages[-1]["content"]


def same_item(one: str, other: str) -> bool:
    """Two mentions of one list item: case, quotes and spacing set aside, as the merge does."""

    def key(text: str) -> str:
        return " ".join(text.casefold().strip(" .,;:`'\"*").split())

    return key(one) == key(other)


def test_summary_reads_every_page_in_order_and_the_last_pages_reach_the_answer(
    small_engine, long_summary
):
    events, prompts, seconds = long_summary
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

    # The fact, only on the last two pages, was given to the model with the pieces holding
    # them only (what the model then notes is its own: the scripted tests follow the fact to
    # the answer).
    notes = of(PieceRead, events)
    assert [note.piece for note in notes] == [event.piece for event in maps]
    map_prompts = prompts[: len(maps)]
    assert [user_text(prompt) for prompt in map_prompts] == [
        user_text(summarize.map_messages(SummaryTask(), event.piece.span, event.piece.text))
        for event in maps
    ]
    fact_pages = {PAGE_COUNT - 1, PAGE_COUNT}
    for event, prompt in zip(maps, map_prompts, strict=True):
        span = event.piece.span
        holds_fact = bool(fact_pages & set(range(span.first_page, span.last_page + 1)))
        assert ("Marmelade" in user_text(prompt)) == holds_fact
    assert "Marmelade" in user_text(map_prompts[-1])
    # Every note the model wrote, the last pages' too, was read by a later call; the last call
    # is the one that wrote the answer, and each prompt left room for its answer.
    later = [user_text(prompt) for prompt in prompts[len(maps) :]]
    assert len(later) == finished.reduce_calls
    for note in notes:
        assert not note.notes or any(note.notes in text for text in later), note
    assert all(
        small_engine.count_prompt_tokens(prompt) < small_engine.context_length for prompt in prompts
    )
    print(f"\nsummary of {PAGE_COUNT} pages: {len(maps)} map calls, {seconds:.1f} s")


def test_summary_streams_its_answer_and_says_what_it_covered(long_summary, long_pdf):
    events, _prompts, seconds = long_summary
    [finished] = of(SummaryFinished, events)
    streamed = [event.text for event in of(TextStreamed, events)]
    assert streamed and "".join(streamed).strip() == finished.answer
    [final] = [event for event in of(Progress, events) if event.phase == "final"]
    assert of(Progress, events)[-1] is final  # the answer comes last, after every piece
    covered = [(span.first_page, span.last_page) for span in final.spans]
    assert covered[0][0] == 1 and covered[-1][1] == PAGE_COUNT
    assert {span.path for span in final.spans} == {str(long_pdf)}
    assert finished.stats.completion_tokens > 0 and finished.stats.seconds <= seconds
    assert finished.stats.first_token_seconds > 0  # counted from the start of the task


def test_list_keeps_every_item_found_with_its_pages(small_engine, long_pdf):
    recording = RecordingEngine(small_engine)
    events = run(recording, [long_pdf], SummaryTask.parse("list every password"))
    [finished] = of(SummaryFinished, events)
    assert finished.task == SummaryTask(LIST, "password")
    maps = [event for event in of(Progress, events) if event.phase == "map"]
    last = maps[-1].piece.span
    assert last.last_page == PAGE_COUNT
    assert "Marmelade" in user_text(recording.prompts[-1])  # the last pages reached the model
    # Merged without the model (no call merges the lists): each item the model named in a
    # piece is in the list, with that piece's pages, one line each.
    assert finished.reduce_calls == 0 and len(recording.prompts) == len(maps)
    for note in of(PieceRead, events):
        for found in note.items:
            [item] = [item for item in finished.items if same_item(item.text, found)]
            assert any(
                span.first_page <= note.piece.span.first_page <= span.last_page
                for span in item.spans
            )
    lines = finished.answer.strip().splitlines() if finished.answer.strip() else []
    assert lines == [
        f"- {item.text} ({summarize.spans_label(item.spans)})" for item in finished.items
    ]


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
    # What was read is kept: the first piece's note, under its pages, is the (partial) answer.
    [read] = of(PieceRead, events)
    assert finished.partial == bool(read.notes)
    if finished.partial:
        assert finished.answer == summarize.notes_answer([((read.piece.span,), read.notes)])
        assert finished.covered == (read.piece.span,)


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
    assert finished.stats.completion_tokens > 0 and not finished.stopped


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
    # How many levels depends on how long the model's notes are: the scripted test below
    # checks the levels themselves.
    assert len(maps) >= 4 and final.level >= 1
    # A text file has no pages: it is cut into parts, every line in exactly one of them.
    parts = [event.piece.span for event in maps]
    assert [(span.first_part, span.parts) for span in parts] == [
        (n, len(maps)) for n in range(1, len(maps) + 1)
    ]
    read = "\n".join(event.piece.text for event in maps).splitlines()
    assert read == lines
    assert finished.stats.completion_tokens > 0 and finished.reduce_calls == len(reduces) + 1


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


# -- the logic, with the scripted engine ------------------------------------------------------

PASSWORD = re.compile(r"The password is (\w+)\.")
DAY = re.compile(r"\bDays? (\d+)(?:-(\d+))?")


def password_reader(messages) -> str:
    """Notes each password its prompt holds, as a careful reader would, else that there is none.

    A map prompt holds pages, a later one notes: the final answer names a password only if
    it travelled from its page through every call in between."""
    prompt = user_text(messages)
    found = list(dict.fromkeys(PASSWORD.findall(prompt)))
    if "List every password" in prompt:
        return "\n".join(f"- {word}" for word in found) if found else "None"
    facts = " ".join(f"The password is {word}." for word in found)
    if "Write one summary" in prompt:
        return f"Summary: {facts or 'nothing happened.'} The sea stayed calm."
    return f"- {facts}" if found else "- The sea was calm."


def scripted_summary(pages: list[str], tmp_path, task=None, **engine_options):
    from tests.pdfs import write_pdf

    engine = ScriptedEngine(reply=password_reader, **engine_options)
    pdf = write_pdf(tmp_path / "logbook.pdf", pages)
    return engine, pdf, run(engine, [pdf], task)


def test_scripted_the_last_pages_fact_travels_from_its_piece_to_the_answer(qapp, tmp_path):
    engine, pdf, events = scripted_summary(
        long_pages(), tmp_path, context_length=256, max_tokens=64
    )
    [finished] = of(SummaryFinished, events)
    maps = [event for event in of(Progress, events) if event.phase == "map"]
    assert len(maps) >= 3  # a small window: several pieces
    covered = [
        page for e in maps for page in range(e.piece.span.first_page, e.piece.span.last_page + 1)
    ]
    assert covered == list(range(1, PAGE_COUNT + 1))
    # The fact is on the last two pages: the pieces holding either of them note it, the
    # others don't (where the pieces break depends on the prompt's size, not on this test).
    notes = of(PieceRead, events)
    fact_pages = {PAGE_COUNT - 1, PAGE_COUNT}
    for note, progress in zip(notes, maps, strict=True):
        span = progress.piece.span
        holds_fact = bool(fact_pages & set(range(span.first_page, span.last_page + 1)))
        expected = "- The password is Marmelade." if holds_fact else "- The sea was calm."
        assert note.notes == expected
    # The final call saw the last piece's note under its pages, and so the answer names it.
    final_prompt = user_text(engine.prompts[-1])
    last = maps[-1].piece.span
    assert f"[{summarize.spans_label((last,))}]\n- The password is Marmelade." in final_prompt
    assert finished.answer == "Summary: The password is Marmelade. The sea stayed calm."
    assert finished.map_calls == len(maps) and finished.pages_read == PAGE_COUNT
    assert len(engine.prompts) == finished.map_calls + finished.reduce_calls


def test_scripted_answer_streams_word_by_word_and_its_stats_count_them(qapp, tmp_path):
    engine, _pdf, events = scripted_summary(
        long_pages(), tmp_path, context_length=256, max_tokens=64
    )
    [finished] = of(SummaryFinished, events)
    streamed = [event.text for event in of(TextStreamed, events)]
    # One event per piece the engine streamed (a word each), only for the final call.
    assert streamed == ["Summary: ", "The ", "password ", "is ", "Marmelade. ", "The ", "sea ",
                        "stayed ", "calm."]  # fmt: skip
    assert "".join(streamed) == finished.answer
    assert finished.stats.completion_tokens == len(streamed)
    assert finished.stats.prompt_tokens == engine.count_prompt_tokens(engine.prompts[-1])
    assert finished.stats.context_length == 256 and not finished.stats.stopped
    # TextStreamed comes only after the final call began: no note streams.
    final_at = next(
        n for n, e in enumerate(events) if isinstance(e, Progress) and e.phase == "final"
    )
    assert all(n > final_at for n, e in enumerate(events) if isinstance(e, TextStreamed))


def test_scripted_list_merges_items_with_every_page_they_were_found_on(qapp, tmp_path):
    pages = long_pages()
    pages[4] = "The password is Quince.\n" + pages[4]  # page 5, and again on page 36
    pages[-1] = "The password is Quince.\n" + pages[-1]
    engine, _pdf, events = scripted_summary(
        pages, tmp_path, SummaryTask.parse("list every password"), context_length=256,
        max_tokens=64,
    )  # fmt: skip
    [finished] = of(SummaryFinished, events)
    maps = [event for event in of(Progress, events) if event.phase == "map"]
    first, last = maps[0].piece.span, maps[-1].piece.span
    assert first.first_page <= 5 <= first.last_page and last.last_page == PAGE_COUNT
    items = {item.text: item.spans for item in finished.items}
    assert set(items) == {"Quince", "Marmelade"}
    # Quince, found in the first and last pieces, keeps both places; no model call merged.
    assert items["Quince"] == (first, last) and items["Marmelade"] == (last,)
    assert finished.reduce_calls == 0 and len(engine.prompts) == len(maps)
    assert finished.answer == (
        f"- Quince (logbook.pdf, pages {first.first_page}-{first.last_page}, "
        f"{last.first_page}-{PAGE_COUNT})\n"
        f"- Marmelade (logbook.pdf, pages {last.first_page}-{PAGE_COUNT})\n"
    )
    # A piece without a password said "None": no item came from it.
    assert all(not note.items for note in of(PieceRead, events)[1:-1])


def day_ranges(days: set[int]) -> str:
    """{1, 2, 3, 7} -> '1-3, 7'."""
    ranges, start = [], None
    for day in sorted(days):
        if start is None:
            start = end = day
        elif day == end + 1:
            end = day
        else:
            ranges.append(f"{start}-{end}" if end > start else str(start))
            start = end = day
    if start is not None:
        ranges.append(f"{start}-{end}" if end > start else str(start))
    return ", ".join(ranges)


def day_keeper(messages) -> str:
    """Notes which days its prompt covers: the answer says 'Days 1-40' only if every day's line
    went up through every level. Long notes, so that they need combining."""
    days = set()
    for first, last in DAY.findall(user_text(messages)):
        days.update(range(int(first), int(last or first) + 1))
    filler = "the ship sailed north and the crew caught fish on each of these days, calmly."
    return f"Days {day_ranges(days)}: {filler}"


def test_scripted_long_document_reduces_level_after_level_and_keeps_every_day(tmp_path):
    engine = ScriptedEngine(reply=day_keeper, context_length=160, max_tokens=64)
    text = tmp_path / "log.txt"
    lines = [f"Day {n}: the ship sailed north and the crew caught fish." for n in range(1, 41)]
    text.write_text("\n".join(lines))
    events = run(engine, [text])
    [finished] = of(SummaryFinished, events)
    maps = [event for event in of(Progress, events) if event.phase == "map"]
    reduces = [event for event in of(Progress, events) if event.phase == "reduce"]
    [final] = [event for event in of(Progress, events) if event.phase == "final"]
    assert len(maps) >= 4 and reduces and final.level >= 2
    assert finished.reduce_calls == len(reduces) + 1
    assert len(engine.prompts) == len(maps) + len(reduces) + 1
    # Every reduce call combined consecutive parts, and together they covered all of them.
    for event in reduces:
        assert all(span.path == str(text) for span in event.spans)
    assert [(span.first_part, span.last_part) for span in final.spans][-1][1] == len(maps)
    assert finished.answer.startswith("Days 1-40: ")
    for prompt in engine.prompts:
        assert engine.count_prompt_tokens(prompt) <= engine.context_length


def test_scripted_cancel_while_the_answer_streams_stops_at_the_current_piece(qapp, tmp_path):
    engine = ScriptedEngine(reply=password_reader, context_length=256, max_tokens=64)
    from tests.pdfs import write_pdf

    pdf = write_pdf(tmp_path / "logbook.pdf", long_pages())
    cancel = threading.Event()

    def stop_at_the_first_words(event, _events):
        if isinstance(event, TextStreamed):
            cancel.set()

    events = run(engine, [pdf], cancel=cancel, then=stop_at_the_first_words)
    [finished] = of(SummaryFinished, events)
    assert [event.text for event in of(TextStreamed, events)] == ["Summary: "]
    assert finished.stopped and finished.stats.stopped and finished.answer == "Summary:"
    assert finished.stats.completion_tokens == 1


# -- Stop keeps what was read; the time left ---------------------------------------------------


def stop_when(condition, cancel: threading.Event):
    """A `then` for run(): set cancel, as the GUI's Stop does, once `condition(event)` holds."""

    def check(event, _events):
        if condition(event):
            cancel.set()

    return check


def test_scripted_stop_after_two_pieces_keeps_their_notes_under_their_pages(qapp, tmp_path):
    from tests.pdfs import write_pdf

    engine = ScriptedEngine(reply=password_reader, context_length=256, max_tokens=64)
    pages = long_pages()
    pages[1] = "The password is Quince.\n" + pages[1]  # page 2: in the first piece
    pdf = write_pdf(tmp_path / "logbook.pdf", pages)
    cancel = threading.Event()
    second_read = stop_when(lambda e: isinstance(e, PieceRead) and e.step == 2, cancel)
    events = run(engine, [pdf], cancel=cancel, then=second_read)
    [finished] = of(SummaryFinished, events)
    first, second = (event.piece.span for event in of(PieceRead, events))
    assert second.last_page < PAGE_COUNT  # stopped mid-way
    # No call after Stop, nothing streamed: the two notes are the answer, each under its pages.
    assert len(engine.prompts) == finished.map_calls == 2 and finished.reduce_calls == 0
    assert not of(TextStreamed, events) and events[-1] is finished
    assert finished.stopped and finished.partial
    assert finished.answer == (
        f"**logbook.pdf, pages 1-{first.last_page}**\n\n- The password is Quince.\n\n"
        f"**logbook.pdf, pages {second.first_page}-{second.last_page}**\n\n- The sea was calm."
    )
    assert finished.covered == (summarize.Span(str(pdf), 1, second.last_page),)
    assert finished.whole == (summarize.Span(str(pdf), 1, PAGE_COUNT),)
    assert summarize.coverage_label(finished.covered, finished.whole) == (
        f"pages 1-{second.last_page} of {PAGE_COUNT}"
    )


def test_scripted_stop_inside_a_map_call_drops_its_unfinished_note(qapp, tmp_path):
    from tests.pdfs import write_pdf

    cancel = threading.Event()

    def stops_while_reading_the_third_piece(messages) -> str:
        if len(engine.prompts) == 3:
            cancel.set()  # Stop pressed while this piece is being read
        return password_reader(messages)

    engine = ScriptedEngine(reply=stops_while_reading_the_third_piece, context_length=256)
    pdf = write_pdf(tmp_path / "logbook.pdf", long_pages())
    events = run(engine, [pdf], cancel=cancel)
    [finished] = of(SummaryFinished, events)
    read = of(PieceRead, events)
    assert len(read) == 2 and finished.map_calls == 3 and finished.partial
    assert finished.covered == (summarize.Span(str(pdf), 1, read[-1].piece.span.last_page),)
    assert finished.answer.count("- The sea was calm.") == 2


def test_scripted_stop_while_notes_are_combined_keeps_every_part_covered(tmp_path):
    engine = ScriptedEngine(reply=day_keeper, context_length=160, max_tokens=64)
    text = tmp_path / "log.txt"
    text.write_text(
        "\n".join(f"Day {n}: the ship sailed north and the crew caught fish." for n in range(1, 41))
    )
    cancel = threading.Event()
    first_reduce = stop_when(lambda e: isinstance(e, Progress) and e.phase == "reduce", cancel)
    events = run(engine, [text], cancel=cancel, then=first_reduce)
    [finished] = of(SummaryFinished, events)
    maps = [event for event in of(Progress, events) if event.phase == "map"]
    # Every part was read: the notes, none combined yet, are the answer, and cover it all.
    assert finished.partial and len(maps) >= 4 and len(engine.prompts) == len(maps)
    assert finished.answer.count("**log.txt, part ") == len(maps)
    assert "Days 1-" in finished.answer and "Days 1-40" not in finished.answer
    assert finished.covered == (summarize.Span(str(text), None, None, 1, len(maps), len(maps)),)
    assert summarize.coverage_label(finished.covered, finished.whole) == "log.txt"


def test_scripted_stop_before_the_summary_writes_a_word_keeps_the_notes(qapp, tmp_path):
    engine, pdf, _ = scripted_summary(long_pages(), tmp_path, context_length=256, max_tokens=64)
    cancel = threading.Event()
    final = stop_when(lambda e: isinstance(e, Progress) and e.phase == "final", cancel)
    events = run(engine, [pdf], cancel=cancel, then=final)
    [finished] = of(SummaryFinished, events)
    assert finished.partial and not of(TextStreamed, events)
    assert finished.answer.endswith("- The password is Marmelade.")
    assert finished.covered == (summarize.Span(str(pdf), 1, PAGE_COUNT),)


def test_scripted_stopped_list_keeps_the_items_found_so_far(qapp, tmp_path):
    from tests.pdfs import write_pdf

    engine = ScriptedEngine(reply=password_reader, context_length=256, max_tokens=64)
    pages = long_pages()
    pages[1] = "The password is Quince.\n" + pages[1]
    pdf = write_pdf(tmp_path / "logbook.pdf", pages)
    cancel = threading.Event()
    first_read = stop_when(lambda e: isinstance(e, PieceRead), cancel)
    events = run(engine, [pdf], SummaryTask.parse("list every password"), cancel, first_read)
    [finished] = of(SummaryFinished, events)
    [read] = of(PieceRead, events)
    span = read.piece.span
    assert finished.partial and finished.stopped and not of(TextStreamed, events)
    assert [item.text for item in finished.items] == ["Quince"]
    assert finished.answer == f"- Quince (logbook.pdf, pages 1-{span.last_page})\n"
    assert finished.covered == (span,)


def test_scripted_stop_before_any_piece_is_read_has_nothing_to_keep(qapp, tmp_path):
    engine, pdf, _ = scripted_summary(long_pages(), tmp_path, context_length=256)
    cancel = threading.Event()
    first_call = stop_when(lambda e: isinstance(e, Progress), cancel)
    events = run(engine, [pdf], cancel=cancel, then=first_call)
    [finished] = of(SummaryFinished, events)
    assert finished.stopped and not finished.partial and finished.answer == ""
    assert finished.covered == ()


def test_progress_says_the_time_left_once_a_piece_is_read(qapp, tmp_path):
    """A model that takes 20 ms a call: the first call has no estimate, each later one has, and
    less is left at each piece."""

    def slow_reader(messages) -> str:
        time.sleep(0.02)
        return password_reader(messages)

    engine = ScriptedEngine(reply=slow_reader, context_length=256, max_tokens=64)
    from tests.pdfs import write_pdf

    events = run(engine, [write_pdf(tmp_path / "logbook.pdf", long_pages())])
    progress = of(Progress, events)
    maps = [event for event in progress if event.phase == "map"]
    assert len(maps) >= 3 and maps[0].seconds_left is None
    left = [event.seconds_left for event in progress[1:]]
    assert all(seconds is not None and seconds > 0 for seconds in left)
    assert left == sorted(left, reverse=True)


def test_time_left_counts_reading_and_writing_at_their_own_rates():
    estimate = summarize.TimeLeft()
    assert estimate.seconds(100, 10) is None  # nothing measured yet
    # 1,000 prompt tokens read in 1 s, then 10 more tokens written in 1 s: a note of 11.
    estimate.add_call(1000, 1.0, 11, 2.0, note=True)
    assert estimate.seconds(2000, 5) == pytest.approx(2.0 + 0.5)
    # Two pieces of 1,000 tokens left, then the three notes (11 tokens each) read by one final
    # call that writes 10: (2,000 + 33) tokens read, (22 + 10) written.
    left = estimate.summary_left(2000, 2, 3, 0, 10, capacity=1000)
    assert left == pytest.approx(2.033 + 3.2)
    # Notes too long for one call add a combining level: more to read and write.
    assert estimate.summary_left(2000, 2, 3, 0, 10, capacity=20) > left


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(3, (5, "s")), (42, (40, "s")), (58, (1, "min")), (170, (3, "min")), (2 * 3600, (2, "h"))],
)
def test_time_left_is_rounded_as_people_say_it(seconds, said):
    assert summarize.rounded_duration(seconds) == said
