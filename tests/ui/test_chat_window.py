"""The chat window's own widgets, driven with pytest-qt: the placeholder, the answer cards
(evidence, closest matches), layout at small sizes, themes, chips and the tab order."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop_app.ui.chat_view import ChatView


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
