"""Whole-document tasks in the window, as a user does them: right-click a file in the Documents
panel, choose Summarise (or List every…), watch the progress line, read the streamed answer in
the chat; Esc stops it. Real model (small window), real index, real PDFs.

What the real model writes differs between CPUs and llama.cpp builds: its tests check that the
last pages' fact reached the model, that every page was read and the streamed text is the
answer. One test swaps in the scripted engine (tests/scripted_engine.py), whose words are
known, to follow the fact into the chat, batch by batch."""

from __future__ import annotations

import re
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from desktop_app.config import Settings
from desktop_app.core.summarize import PieceRead, Progress, SummaryFinished
from desktop_app.ui.chat_view import AnswerWidget, QuestionWidget
from tests.core.test_summarize import PAGE_COUNT, long_pages, password_reader
from tests.scripted_engine import ScriptedEngine
from tests.ui.conftest import Recorder, drop_files, notices, start_app

INDEX_MS = 120_000
SUMMARY_MS = 300_000

pytestmark = [
    pytest.mark.slow,  # the app loads its models
    # A context menu pops up: the offscreen platform says it cannot raise it or grab the keyboard.
    pytest.mark.qt_log_ignore(
        "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
    ),
]


@pytest.fixture
def lokal(qtbot, tmp_path):
    settings = Settings()
    settings.model.context_length = 512  # a 36-page PDF takes several map calls
    settings.model.max_tokens = 128
    app = start_app(qtbot, tmp_path / "data", settings)
    yield app
    app.shutdown()


def index(qtbot, lokal, paths) -> None:
    with qtbot.waitSignal(lokal.indexing.indexing_finished, timeout=INDEX_MS):
        drop_files(lokal.window.documents, paths)


def file_item(lokal, name: str):
    tree = lokal.window.documents.tree
    for top in range(tree.topLevelItemCount()):
        collection = tree.topLevelItem(top)
        for row in range(collection.childCount()):
            if collection.child(row).text(0) == name:
                return collection.child(row)
    raise AssertionError(f"{name} is not in the Documents panel")


def right_click(qtbot, lokal, names: list[str]) -> QMenu:
    """Click the first file, Ctrl+click the others, then right-click the last one."""
    tree = lokal.window.documents.tree
    for number, name in enumerate(names):
        rect = tree.visualItemRect(file_item(lokal, name))
        modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    position = tree.visualItemRect(file_item(lokal, names[-1])).center()
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, position, tree.viewport().mapToGlobal(position)
        ),
    )
    menu = lokal.window.documents.context_menu
    qtbot.waitUntil(menu.isVisible)
    return menu


def choose(qtbot, menu: QMenu, text: str) -> None:
    """Click a menu entry, as a user does (the menu closes and the action triggers)."""
    [action] = [action for action in menu.actions() if action.text() == text]
    assert action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def last_answer(lokal) -> AnswerWidget:
    return lokal.window.chat_view.answers()[-1]


def summary_ends(qtbot, progress: Recorder) -> list[SummaryFinished]:
    """The SummaryFinished events recorded. The chat ends a summary on that event, and its slot
    runs before the recorder's queued call, so the wait for answer_completed can end first."""
    qtbot.waitUntil(
        lambda: any(isinstance(event, SummaryFinished) for _id, event in progress.calls),
        timeout=5000,
    )
    return [event for _id, event in progress.calls if isinstance(event, SummaryFinished)]


def map_events(progress: Recorder) -> list[Progress]:
    return [
        event
        for _id, event in progress.calls
        if isinstance(event, Progress) and event.phase == "map"
    ]


def test_summarise_from_the_context_menu_reads_every_page_and_streams_into_the_chat(
    qtbot, lokal, make_pdf
):
    pdf = make_pdf("logbook.pdf", long_pages())
    index(qtbot, lokal, [pdf])
    menu = right_click(qtbot, lokal, ["logbook.pdf"])
    shown = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert {"Summarise", "List every…", "Open", "Re-index", "Remove…"} <= set(shown)

    statuses = []  # the progress line after each event (the chat's slot runs first)
    progress = Recorder(
        lokal.llm_worker.summary_progressed,
        then=lambda _request, _event: statuses.append(last_answer(lokal).status.text()),
    )
    streamed = Recorder(lokal.llm_worker.tokens_streamed)
    with qtbot.waitSignal(lokal.chat.answer_completed, timeout=SUMMARY_MS):
        choose(qtbot, menu, "Summarise")
        assert not menu.isVisible()
        assert lokal.window.composer.stop_button.isEnabled()  # Stop is offered
        answer = last_answer(lokal)
    # The progress line says which pages are being read, out of how many, which piece of how
    # many, and, once a piece is read, about how long the summary has left.
    pieces = len(map_events(progress))
    assert f"Reading pages 1–{map_events(progress)[0].piece.span.last_page} of {PAGE_COUNT} " \
        f"(piece 1 of {pieces})…" in statuses  # fmt: skip
    left = r"about \d+ (s|min) left"
    second = rf"Reading pages \d+–\d+ of {PAGE_COUNT} \(piece 2 of {pieces}, {left}\)…"
    assert any(re.fullmatch(second, status) for status in statuses), statuses
    [question] = [w for w in lokal.window.chat_view.items() if isinstance(w, QuestionWidget)]
    assert question.question == "Summarise logbook.pdf"
    assert lokal.window.title_label.text() == "Summarise logbook.pdf"

    # Every page was read, in order, and the last pages' fact (the only fact in the logbook,
    # on its last two pages) was given to the model with the last piece; the answer is what
    # streamed, in batches (how many is the model's choice: its words are its own).
    maps = map_events(progress)
    covered = []
    for event in maps:
        covered += range(event.piece.span.first_page, event.piece.span.last_page + 1)
    assert covered == list(range(1, PAGE_COUNT + 1)) and len(maps) >= 2
    assert "Marmelade" in maps[-1].piece.text
    assert not any("Marmelade" in event.piece.text for event in maps[:-1])
    [final] = [e for _id, e in progress.calls if isinstance(e, Progress) and e.phase == "final"]
    assert final.spans[-1].last_page == PAGE_COUNT  # the last pages' notes went into it
    batches = [text for _id, text in streamed.calls]
    assert batches and answer.text() == "".join(batches)
    assert answer.status.isHidden() and "tokens/s" in answer.stats_label.text()
    assert not lokal.window.composer.stop_button.isEnabled()
    stored = lokal.history.messages(lokal.chat.conversation_id)
    assert [(m.role, m.content) for m in stored][0] == ("user", "Summarise logbook.pdf")
    assert stored[1].role == "assistant" and stored[1].content == answer.text().strip()


def test_list_every_asks_what_and_a_damaged_file_is_told_while_the_other_is_read(
    qtbot, lokal, make_pdf, tmp_path, monkeypatch
):
    pdf = make_pdf("logbook.pdf", long_pages())
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    index(qtbot, lokal, [pdf, corrupt])  # the damaged one is listed as failed
    asked = []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *args, **kwargs: asked.append(args[1:3]) or ("password", True)),
    )
    menu = right_click(qtbot, lokal, ["corrupt.pdf", "logbook.pdf"])  # a multi-selection
    progress = Recorder(lokal.llm_worker.summary_progressed)
    with qtbot.waitSignal(lokal.chat.answer_completed, timeout=SUMMARY_MS):
        choose(qtbot, menu, "List every…")
    assert asked and asked[0][0] == "List every…"
    questions = [w for w in lokal.window.chat_view.items() if isinstance(w, QuestionWidget)]
    assert [q.question for q in questions] == ["List every password in corrupt.pdf, logbook.pdf"]
    errors = [text for text, is_error in notices(lokal) if is_error]
    assert any(text.startswith("Could not read corrupt.pdf: the PDF is damaged") for text in errors)
    # Merged without the model: each item the model named is a line that says where it was
    # found, and the chat shows them all (which items the model named is its own choice).
    [finished] = summary_ends(qtbot, progress)
    assert finished.reduce_calls == 0 and finished.documents == (str(pdf),)
    answer = last_answer(lokal)
    lines = answer.text().splitlines()
    assert len(lines) == len(finished.items)
    for line, item in zip(lines, finished.items, strict=True):
        assert line.startswith(f"- {item.text} (logbook.pdf, page")
        assert item.text in answer.body.toPlainText()


def test_escape_stops_a_summary_between_pieces(qtbot, lokal, make_pdf):
    pdf = make_pdf("logbook.pdf", long_pages())
    index(qtbot, lokal, [pdf])

    def press_escape_after_the_first_piece(_request, event):
        if isinstance(event, PieceRead) and event.step == 1:
            QTest.keyClick(QApplication.focusWidget() or lokal.window, Qt.Key.Key_Escape)

    progress = Recorder(
        lokal.llm_worker.summary_progressed, then=press_escape_after_the_first_piece
    )
    menu = right_click(qtbot, lokal, ["logbook.pdf"])
    with qtbot.waitSignal(lokal.chat.answer_completed, timeout=SUMMARY_MS):
        choose(qtbot, menu, "Summarise")
        lokal.window.activateWindow()  # the menu had the keyboard; the window gets it back
        qtbot.waitUntil(lambda: QApplication.activeWindow() is lokal.window, timeout=5000)
    [finished] = summary_ends(qtbot, progress)
    # Stopped at once: the piece being read when Esc came was the last one read, and the
    # summary was never written; the notes of the pieces read are the answer.
    phases = [event.phase for _id, event in progress.calls if isinstance(event, Progress)]
    assert finished.stopped and finished.partial and "final" not in phases
    assert finished.map_calls <= 2 and finished.map_calls == phases.count("map")
    [read, *_] = [event for _id, event in progress.calls if isinstance(event, PieceRead)]
    answer = last_answer(lokal)
    last = finished.covered[-1].last_page
    assert answer.text().startswith(
        f"Partial summary of pages 1–{last} of {PAGE_COUNT} (stopped)\n\n"
    )
    assert read.notes in answer.text() and answer.text().endswith(finished.answer.strip())
    assert "stopped" in answer.stats_label.text()
    assert lokal.window.composer.send_button.isEnabled()


def test_the_last_pages_fact_streams_into_the_chat_batch_by_batch(
    qtbot, lokal, make_pdf, monkeypatch
):
    """The scripted engine in the running app's LLM worker: it notes the password it reads,
    so the answer's words are known, and with no batching delay each word is one batch."""
    monkeypatch.setattr("desktop_app.workers.llm_worker.BATCH_SECONDS", 0.0)
    engine = ScriptedEngine(reply=password_reader, context_length=256, max_tokens=64)
    lokal.llm_worker._engine = engine  # the worker is idle: its next task uses this engine
    pdf = make_pdf("logbook.pdf", long_pages())
    index(qtbot, lokal, [pdf])
    menu = right_click(qtbot, lokal, ["logbook.pdf"])
    streamed = Recorder(lokal.llm_worker.tokens_streamed)
    with qtbot.waitSignal(lokal.chat.answer_completed, timeout=SUMMARY_MS):
        choose(qtbot, menu, "Summarise")
    expected = "Summary: The password is Marmelade. The sea stayed calm."
    assert [text for _id, text in streamed.calls] == [
        word + " " for word in expected.split(" ")[:-1]
    ] + ["calm."]
    answer = last_answer(lokal)
    assert answer.text() == expected and expected in answer.body.toPlainText()
    assert "- The password is Marmelade." in engine.prompts[-1][-1]["content"]
    stored = lokal.history.messages(lokal.chat.conversation_id)
    assert [(m.role, m.content) for m in stored] == [
        ("user", "Summarise logbook.pdf"),
        ("assistant", expected),
    ]


def test_stop_keeps_the_notes_of_the_pages_read_as_a_partial_summary(qtbot, lokal, make_pdf):
    """The scripted engine reads two pieces, then waits in the third until Stop is clicked:
    the answer card holds the two notes under their pages, says which pages they cover, and
    is what the chat stored; never "(no answer)"."""
    third_piece, stop_clicked = threading.Event(), threading.Event()

    def reader(messages) -> str:
        if len(engine.prompts) == 3:  # on the LLM worker's thread
            third_piece.set()
            stop_clicked.wait(30)
        return password_reader(messages)

    engine = ScriptedEngine(reply=reader, context_length=256, max_tokens=64)
    lokal.llm_worker._engine = engine  # the worker is idle: its next task uses this engine
    pages = long_pages()
    pages[1] = "The password is Quince.\n" + pages[1]  # a fact in the first piece
    pdf = make_pdf("logbook.pdf", pages)
    index(qtbot, lokal, [pdf])
    progress = Recorder(lokal.llm_worker.summary_progressed)
    menu = right_click(qtbot, lokal, ["logbook.pdf"])
    with qtbot.waitSignal(lokal.chat.answer_completed, timeout=SUMMARY_MS):
        choose(qtbot, menu, "Summarise")
        qtbot.waitUntil(third_piece.is_set, timeout=SUMMARY_MS)
        qtbot.mouseClick(lokal.window.composer.stop_button, Qt.MouseButton.LeftButton)
        stop_clicked.set()
    [finished] = summary_ends(qtbot, progress)
    first, second = (e.piece.span for _id, e in progress.calls if isinstance(e, PieceRead))
    assert second.last_page < PAGE_COUNT and len(engine.prompts) == 3  # no call after Stop
    expected = (
        f"Partial summary of pages 1–{second.last_page} of {PAGE_COUNT} (stopped)\n\n"
        f"**logbook.pdf, pages 1-{first.last_page}**\n\n- The password is Quince.\n\n"
        f"**logbook.pdf, pages {second.first_page}-{second.last_page}**\n\n- The sea was calm."
    )
    answer = last_answer(lokal)
    assert finished.partial and answer.text() == expected
    shown = answer.body.toPlainText()
    assert "The password is Quince." in shown and f"pages {second.first_page}-" in shown
    assert "stopped" in answer.stats_label.text() and "(no answer)" not in shown
    stored = lokal.history.messages(lokal.chat.conversation_id)
    assert [(m.role, m.content) for m in stored] == [
        ("user", "Summarise logbook.pdf"),
        ("assistant", expected),
    ]
    assert lokal.window.composer.send_button.isEnabled()
