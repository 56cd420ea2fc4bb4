"""The chat window, driven with pytest-qt as a user would, its workers played by the test: the
placeholder, answer cards with evidence, closest matches when not found, a retry, cards that
fit the pane at small sizes, themes, chips that tell their sources apart, Tab, the focus ring,
and live retranslation. No model runs here (the workers' answers are what the test sends)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop_app.config import Settings
from desktop_app.core.application.ask import AnswerFinished
from desktop_app.core.application.grounding_types import Evidence, Grounding
from desktop_app.core.assistant import AnswerStats
from desktop_app.core.history import HistoryStore
from desktop_app.core.store_types import Hit
from desktop_app.ui.chat_controller import ChatController
from desktop_app.ui.chat_view import AnswerWidget, ChatView, QuestionWidget
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.source_viewer import SourceViewer
from desktop_app.ui.theme import apply_theme, focus_color, is_dark

FACT = "The launch code for project Bluebird is 4729."
PASSAGE = f"Keep it in the red folder. {FACT} Nobody else may know it."
NOT_FOUND = "Your documents don't seem to answer this."
LONG_NAME = "000_d4b6bcd7aa28e85c_a_very_long_file_name_that_never_ends_at_all.txt"


@pytest.fixture
def themed(qapp):
    apply_theme(qapp, "light")
    yield qapp
    apply_theme(qapp, "light")


class Chat:
    """The window and its chat controller; the test answers for the workers."""

    def __init__(self, qtbot, data_dir, size=(1200, 760)) -> None:
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        self.history = HistoryStore(data_dir)
        self.controller = ChatController(self.window, self.history, Settings())
        self.searches: list[tuple] = []
        self.controller.search_requested.connect(lambda *args: self.searches.append(args))
        self.window.resize(*size)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.qtbot = qtbot

    def ask(self, question: str) -> int:
        editor = self.window.composer.editor
        editor.setFocus()
        self.qtbot.keyClicks(editor, question)
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        return self.searches[-1][0]

    def answer(
        self,
        question: str,
        sources: list[Hit],
        reply: str,
        evidence: tuple[Evidence, ...] = (),
        found: bool = True,
        problems: tuple[str, ...] = (),
        retry_first: str = "",
    ) -> AnswerWidget:
        request = self.ask(question)
        grounding = Grounding(question, tuple(sources), evidence, found=found)
        self.controller.on_search_finished(request, grounding)
        if retry_first:
            self.controller.on_tokens(request, retry_first)
            self.controller.on_answer_retried(request, "copied_source")
        if found:
            self.controller.on_tokens(request, reply)
        stats = AnswerStats(
            prompt_tokens=300 if found else 0,
            completion_tokens=len(reply.split()) if found else 0,
            seconds=1.5 if found else 0.0,
            first_token_seconds=0.5 if found else 0.0,
            context_length=4096 if found else 0,
            sources=list(sources) if found else [],
        )
        finished = AnswerFinished(
            reply,
            "",
            stats,
            sources=list(sources) if found else [],
            evidence=list(evidence),
            found=found,
            closest=[] if found else list(sources),
            not_found_message="" if found else reply,
            problems=problems,
        )
        self.controller.on_answer_finished(request, finished)
        QApplication.processEvents()
        return self.window.chat_view.answers()[-1]


@pytest.fixture
def chat(qtbot, tmp_path, themed):
    return Chat(qtbot, tmp_path / "data")


def notes_hit(tmp_path) -> Hit:
    path = tmp_path / "notes.txt"
    path.write_text(PASSAGE + "\n", encoding="utf-8")
    return Hit(str(path), None, 0.9, PASSAGE, 0, len(PASSAGE), chunk=0)


def fact_evidence(source: int = 1) -> Evidence:
    start = PASSAGE.index(FACT)
    return Evidence(source, FACT, start, start + len(FACT), 7.5)


# -- the placeholder ------------------------------------------------------------------------


def test_placeholder_shows_while_the_chat_is_empty_and_hides_with_the_first_message(qtbot):
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    welcome = QLabel("Welcome to Lokal")
    view.set_placeholder(welcome)
    assert welcome.isVisible()
    assert not view.empty_hint.isVisible()
    assert view.items() == []

    view.add_question("What is the launch code?")
    assert not welcome.isVisible()
    assert len(view.items()) == 1

    view.clear()
    qtbot.waitUntil(lambda: view.items() == [])
    assert welcome.isVisible()


# -- evidence ---------------------------------------------------------------------------------


def test_evidence_is_quoted_marked_on_its_chip_and_highlighted_in_the_viewer(qtbot, chat, tmp_path):
    hit = notes_hit(tmp_path)
    other = Hit(str(tmp_path / "other.txt"), None, 0.4, "Unrelated text.", 0, 15, chunk=0)
    answer = chat.answer(
        "What is the launch code?", [hit, other], "It is 4729 [1].", (fact_evidence(),)
    )

    block = answer.evidence_block
    assert block.isVisible()
    assert "From [1] notes.txt:" in block.text() and FACT in block.text()
    chip, plain = answer.source_chips
    assert chip.evidence == fact_evidence() and plain.evidence is None
    assert chip.text() != plain.text() and "evidence" in chip.text()
    assert FACT in chip.toolTip() and "evidence" not in plain.text()
    qtbot.waitUntil(lambda: chip.text() == chip.title)  # room enough: not elided
    # Under the answer, not above it: the answer had no problems.
    layout = answer.layout_
    assert layout.indexOf(block) > layout.indexOf(answer.body)

    opened = []
    answer.source_requested.connect(lambda *args: opened.append(args))
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert opened == [(hit, 1, fact_evidence())]
    viewer = SourceViewer(*opened[0][:2], None, opened[0][2])
    qtbot.addWidget(viewer)
    assert viewer.highlighted_evidence() == FACT
    assert viewer.selected_passage() == FACT


def test_evidence_goes_first_when_the_answer_has_problems(chat, tmp_path):
    hit = notes_hit(tmp_path)
    answer = chat.answer(
        "What is the launch code?", [hit], PASSAGE, (fact_evidence(),), problems=("copied",)
    )
    layout = answer.layout_
    assert answer.evidence_block.isVisible()
    assert layout.indexOf(answer.evidence_block) < layout.indexOf(answer.body)
    assert answer.evidence_block.prominent and FACT in answer.evidence_block.text()


def test_evidence_and_the_verdict_survive_a_restart(qtbot, chat, tmp_path):
    hit = notes_hit(tmp_path)
    chat.answer("What is the launch code?", [hit], "It is 4729 [1].", (fact_evidence(),))
    chat.answer("Who won the 2018 World Cup?", [hit], NOT_FOUND, found=False)
    conversation = chat.controller.conversation_id

    again = Chat(qtbot, tmp_path / "data")  # the same history file, a new window
    again.controller.open_conversation(conversation, 0)
    grounded, not_found = again.window.chat_view.answers()
    assert FACT in grounded.evidence_block.text()
    assert grounded.source_chips[0].evidence == fact_evidence()
    qtbot.waitUntil(grounded.source_chips[0].isVisible)  # shown, so Tab and clicks reach it
    assert not not_found.found and not not_found.source_chips
    assert [chip.hit for chip in not_found.closest_chips] == [hit]
    assert NOT_FOUND in not_found.body.toPlainText()


def test_a_retry_discards_the_streamed_text_and_says_so_quietly(qtbot, chat, tmp_path):
    hit = notes_hit(tmp_path)
    request = chat.ask("What is the launch code?")
    chat.controller.on_search_finished(request, Grounding("q", (hit,), (fact_evidence(),)))
    chat.controller.on_tokens(request, "What is the launch code?")
    answer = chat.window.chat_view.answers()[-1]
    answer.render_now()
    chat.controller.on_answer_retried(request, "repeats_question")
    assert answer.text() == "" and answer.body.isHidden()
    qtbot.waitUntil(answer.status.isVisible)
    assert answer.status.text() == "Trying again…"
    assert answer.status.objectName() == "answerStatus"  # the theme's quiet grey
    assert [chip.hit for chip in answer.source_chips] == [hit]  # the sources stay
    chat.controller.on_tokens(request, "It is 4729 [1].")
    assert not answer.status.isVisible()
    assert answer.text() == "It is 4729 [1]."


# -- not found ------------------------------------------------------------------------------


def test_not_found_shows_the_message_and_closest_matches_not_citations(chat, tmp_path):
    hit = notes_hit(tmp_path)
    answer = chat.answer("Who won the 2018 World Cup?", [hit], NOT_FOUND, found=False)
    assert NOT_FOUND in answer.body.toPlainText()
    assert answer.source_chips == []
    [closest] = answer.closest_chips
    assert answer.closest_label.isVisible() and "Closest matches" in answer.closest_label.text()
    assert closest.objectName() == "closestChip"
    assert closest.text() == "notes.txt" and "[" not in closest.text()
    assert not answer.stats_label.isVisible()  # no model ran
    stored = chat.history.messages(chat.controller.conversation_id)[-1]
    assert stored.stats["found"] is False and stored.content == NOT_FOUND


# -- chips ----------------------------------------------------------------------------------


def test_chips_of_one_file_read_differently_and_their_tooltip_tells_where(chat, tmp_path):
    path = str(tmp_path / LONG_NAME)
    passages = [f"Passage number {n} says something else entirely." for n in range(5)]
    hits = [Hit(path, None, 0.5, text, 0, len(text), chunk=n) for n, text in enumerate(passages)]
    pdf = str(tmp_path / "R-FAQ.pdf")
    hits += [
        Hit(pdf, 16, 0.5, "S-Plus is sold by TIBCO.", 0, 24, heading="Commercial", chunk=7),
        Hit(pdf, 16, 0.5, "R is free software.", 30, 49, heading="What is R", chunk=8),
    ]
    answer = chat.answer("Tell me", hits, "Something [1].")
    labels = [chip.title for chip in answer.source_chips]
    assert len(set(labels)) == len(labels), labels
    assert labels[5] == "[6] R-FAQ.pdf, page 16 § Commercial"
    tip = answer.source_chips[5].toolTip()
    assert pdf in tip and "Page 16" in tip and "Commercial" in tip and "TIBCO" in tip


# -- the window at small sizes --------------------------------------------------------------


def fill_chat(chat, tmp_path) -> None:
    hit = notes_hit(tmp_path)
    long_path = str(tmp_path / LONG_NAME)
    hits = [hit] + [
        Hit(long_path, n, 0.5, f"Text of page {n}.", 0, 15, chunk=n) for n in range(1, 5)
    ]
    question = "Why does " + "/usr/share/doc/" + "very-long-path-" * 12 + " fail?"
    reply = (
        "Run `"
        + "long_inline_code_" * 6
        + "` then:\n\n```bash\n"
        + "echo word " * 40
        + "\n```\n\nIt is 4729 [1]. "
        + "A sentence of ordinary words. " * 30
    )
    chat.answer(question, hits, reply, (fact_evidence(),))
    chat.answer("And the second question?", hits, reply, (fact_evidence(),))


def visible_rect_in(widget: QWidget, viewport: QWidget) -> QRect:
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [(900, 600), (640, 420)])
def test_cards_and_their_buttons_lie_within_the_chat_pane(qtbot, chat, tmp_path, size):
    fill_chat(chat, tmp_path)
    chat.window.resize(*size)
    qtbot.waitUntil(lambda: chat.window.width() == size[0])
    QApplication.processEvents()
    view = chat.window.chat_view
    viewport = view.viewport()
    cards = [item for item in view.items() if isinstance(item, QuestionWidget | AnswerWidget)]
    assert len(cards) == 4
    for card in cards:
        rect = visible_rect_in(card, viewport)
        assert rect.left() >= 0 and rect.right() < viewport.width(), (size, rect)
        controls = card.findChildren(QAbstractButton) + [card.body]
        for control in [c for c in controls if c.isVisibleTo(card)]:
            inner = visible_rect_in(control, viewport)
            assert inner.left() >= 0 and inner.right() < viewport.width(), (
                size,
                type(control).__name__,
                control.accessibleName(),
                inner,
            )
    answer = view.answers()[-1]
    assert answer.regenerate_button.isVisible()
    # The answer's text wraps within its width (it was cut mid-word at 900×600).
    assert answer.body.document().size().width() <= answer.body.viewport().width() + 1


def test_at_640_the_side_panels_fold_away_and_come_back(qtbot, chat):
    window = chat.window
    assert window.sidebar.isVisible() and window.documents.isVisible()
    window.resize(640, 420)
    qtbot.waitUntil(lambda: not window.documents.isVisible() and not window.sidebar.isVisible())
    center = window.chat_view.parentWidget()
    qtbot.waitUntil(lambda: center.width() >= 0.9 * window.width())  # it was 200 px
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window.composer.editor,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(window.documents.isVisible)
    qtbot.mouseClick(window.chats_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.sidebar.isVisible)
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.sidebar.isVisible() and window.documents.isVisible())


def test_the_composer_placeholder_fits_at_640(qtbot, chat):
    chat.window.resize(640, 420)
    center = chat.window.chat_view.parentWidget()
    qtbot.waitUntil(lambda: center.width() >= 0.9 * 640)
    editor = chat.window.composer.editor
    assert editor.placeholderText()
    needed = editor.fontMetrics().horizontalAdvance(editor.placeholderText())
    assert needed < editor.viewport().width()


# -- themes and focus -----------------------------------------------------------------------


def test_switching_the_theme_restyles_the_open_chat(qtbot, chat, tmp_path, qapp):
    hit = notes_hit(tmp_path)
    answer = chat.answer("What is it?", [hit], "Run `make test` [1].", (fact_evidence(),))
    chip = answer.source_chips[0]
    assert not answer.body.rendered_dark
    apply_theme(qapp, "dark")
    QApplication.processEvents()
    assert is_dark(QApplication.palette())
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    for widget, role in (
        (answer.body, QPalette.ColorRole.Text),
        (answer.evidence_block, QPalette.ColorRole.Text),
        (chip, QPalette.ColorRole.ButtonText),
        (answer.role_label, QPalette.ColorRole.WindowText),
    ):
        colour = widget.palette().color(role)
        assert colour.lightness() > 180, (type(widget).__name__, colour.name())
        assert abs(colour.lightness() - window_colour.lightness()) > 120
    assert answer.body.rendered_dark  # code colours rendered again for the dark theme
    code = answer.body.document().find("make test").charFormat()
    assert code.background().color().lightness() < 100
    apply_theme(qapp, "light")
    QApplication.processEvents()
    assert chip.palette().color(QPalette.ColorRole.ButtonText).lightness() < 80
    assert not answer.body.rendered_dark


def contrast(one: QColor, other: QColor) -> float:
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = color.redF(), color.greenF(), color.blueF()
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)

    bright, dim = sorted((luminance(one), luminance(other)), reverse=True)
    return (bright + 0.05) / (dim + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focus_ring_is_clear_in_both_themes(qtbot, chat, qapp, theme):
    apply_theme(qapp, theme)
    ring = focus_color(theme == "dark")
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert contrast(ring, window_colour) >= 3.0
    button = chat.window.composer.send_button
    chat.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is chat.window)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    image = button.grab().toImage()
    ring_pixels = sum(
        1
        for x in range(image.width())
        for y in (1, image.height() // 2, image.height() - 2)
        if contrast(QColor(image.pixel(x, y)), ring) < 1.3
    )
    assert ring_pixels >= 2  # the outline's left and right edges at least


# -- the keyboard ---------------------------------------------------------------------------


def test_tab_from_the_question_reaches_every_control_and_comes_back(qtbot, chat, tmp_path):
    hit = notes_hit(tmp_path)
    answer = chat.answer(
        "What is the launch code?", [hit, hit], "It is 4729 [1].", (fact_evidence(),)
    )
    window = chat.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor = window.composer.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    visited = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is editor:
            break
        visited.append(QApplication.focusWidget())
    assert QApplication.focusWidget() is editor, "Tab never came back to the question"
    for control in (
        window.sidebar.new_button,
        window.sidebar.search_box,
        window.collections_button,
        *answer.source_chips,
        answer.copy_button,
        answer.regenerate_button,
        window.composer.send_button,
        window.documents.tree,
    ):
        assert control in visited, control.accessibleName() or control.text()
    order = [
        visited.index(w)
        for w in (window.sidebar.new_button, answer.source_chips[0], window.composer.send_button)
    ]
    assert order[2] < order[0] < order[1]  # Send, then the panels from the top, then the chat
    assert len(set(visited)) == len(visited)


# -- live retranslation ---------------------------------------------------------------------


SHOUTED_CONTEXTS = {
    "ChatView",
    "AnswerWidget",
    "QuestionWidget",
    "SourceChip",
    "EvidenceBlock",
    "MainWindow",
    "Composer",
    "ConversationSidebar",
}


class Shouting(QTranslator):
    """A stand-in language: the chat window's texts in capitals (placeholders kept)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in SHOUTED_CONTEXTS:
            return None
        return re.sub(
            r"\{[^}]*\}|%n|([^{%]+|%)",
            lambda m: m.group(1).upper() if m.group(1) else m.group(0),
            source,
        )

    def isEmpty(self) -> bool:
        return False


def test_the_window_is_retranslated_live(qtbot, chat, tmp_path, qapp):
    hit = notes_hit(tmp_path)
    answer = chat.answer("What is the launch code?", [hit], "It is 4729 [1].", (fact_evidence(),))
    translator = Shouting()
    qapp.installTranslator(translator)
    try:
        QApplication.processEvents()
        window = chat.window
        assert window.sidebar.new_button.text() == "NEW CHAT"
        assert window.composer.send_button.text() == "SEND"
        assert window.title_label.text() == "What is the launch code?"  # a title, not a text
        assert window.file_menu.title() == "&FILE"
        assert answer.regenerate_button.text() == "REGENERATE"
        assert "FROM [1] notes.txt:" in answer.evidence_block.text()  # the name stays
        chip = answer.source_chips[0]
        qtbot.waitUntil(lambda: chip.text() == "[1] notes.txt · EVIDENCE")  # the name stays
        assert "TOKENS" in answer.stats_label.text()
    finally:
        qapp.removeTranslator(translator)
    QApplication.processEvents()
    assert chat.window.sidebar.new_button.text() == "New chat"
    assert answer.regenerate_button.text() == "Regenerate"
