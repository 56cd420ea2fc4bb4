"""Lokal's own notices go to the notification area, never into a chat, and outlive a restart.

The window is made as the app makes it (LokalApp), without its workers: the index worker's
events are handed to the index controller as the worker sends them, whole. Then the wording of
the page lists, with a stand-in English translation for the plural forms.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator

from desktop_app.app import LokalApp
from desktop_app.config import Settings
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest.pipeline import (
    FileFailed,
    FileIndexed,
    FilesFound,
    FileStarted,
    FileUnchanged,
    RunFinished,
)
from desktop_app.ui.chat_view import NoticeWidget
from desktop_app.ui.messages import pages_text
from desktop_app.ui.notices import NoticeArea


def make_app(qtbot, data_dir) -> LokalApp:
    lokal = LokalApp(data_dir, Settings())
    qtbot.addWidget(lokal.window)
    lokal.window.show()
    return lokal


def chat_notices(lokal) -> list[str]:
    return [
        item.text() for item in lokal.window.chat_view.items() if isinstance(item, NoticeWidget)
    ]


def texts(area: NoticeArea) -> list[str]:
    return [notice.text for notice in area.notices()]


def shown_list(area: NoticeArea) -> list[str]:
    """The notices list as the user reads it, top (newest) first."""
    items = area.dialog.list
    return [items.item(row).text() for row in range(items.count())]


def index_run(lokal, events) -> None:
    for event in events:
        lokal.indexing.on_index_event(event)


def unchanged_recheck(paths):
    yield FilesFound(total=len(paths), skipped=0)
    for number, path in enumerate(paths, start=1):
        yield FileStarted(path=path, number=number, total=len(paths))
        yield FileUnchanged(path=path)
    yield RunFinished(indexed=0, unchanged=len(paths), failed=0, cancelled=False)


def test_indexing_notices_go_to_the_notification_area_and_outlive_a_restart(qtbot, tmp_path):
    data = tmp_path / "data"
    lokal = make_app(qtbot, data)
    try:
        lokal.chat.new_conversation()
        index_run(
            lokal,
            [
                FilesFound(total=2, skipped=1),
                FileStarted(path="/docs/guide.pdf", number=1, total=2),
                FileIndexed(path="/docs/guide.pdf", chunks=7, pages=3),
                FileStarted(path="/docs/empty.txt", number=2, total=2),
                FileFailed(path="/docs/empty.txt", error=LokalError("empty_file")),
                RunFinished(indexed=1, unchanged=0, failed=1, cancelled=False),
            ],
        )
        area = lokal.window.notices
        assert texts(area) == [
            "1 file(s) of an unsupported type were skipped.",
            "Indexed guide.pdf: 3 page(s), 7 passage(s).",
            "Could not index empty.txt: the file is empty",
        ]
        assert [notice.is_error for notice in area.notices()] == [False, False, True]
        assert chat_notices(lokal) == []  # nothing of it inside the open chat
        # Not seen yet: the button says how many; the newest is shown in the status bar.
        assert area.unread == 3 and "3" in area.text()
        assert lokal.window.statusBar().currentMessage() == texts(area)[-1]

        qtbot.mouseClick(area, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(area.dialog.isVisible)
        assert area.unread == 0 and area.text() == "Notices"
        assert [text.split("  ", 1)[1] for text in shown_list(area)] == texts(area)[::-1]
        area.dialog.close()
    finally:
        lokal.shutdown()

    again = make_app(qtbot, data)
    try:
        area = again.window.notices
        assert texts(area) == [
            "1 file(s) of an unsupported type were skipped.",
            "Indexed guide.pdf: 3 page(s), 7 passage(s).",
            "Could not index empty.txt: the file is empty",
        ]
        assert area.unread == 0  # seen in an earlier session, or not: not news now
        assert area.session_notices() == []
        assert len(shown_list(area)) == 3
        again.indexing.on_worker_failed(LokalError("index_unavailable", detail="locked"))
        assert area.unread == 1 and texts(area)[-1].startswith("Document search is unavailable")
        assert chat_notices(again) == []
    finally:
        again.shutdown()
    assert (data / "notices.jsonl").read_text(encoding="utf-8").count("\n") == 4


def test_a_recheck_of_unchanged_files_says_so_in_one_line(qtbot, tmp_path):
    lokal = make_app(qtbot, tmp_path / "data")
    try:
        area = lokal.window.notices
        index_run(lokal, unchanged_recheck([f"/docs/file{n}.txt" for n in range(13)]))
        assert texts(area) == ["13 file(s) unchanged; already indexed."]
        index_run(lokal, unchanged_recheck(["/docs/ferry.txt"]))
        assert texts(area)[-1] == "ferry.txt is unchanged; already indexed."
        assert len(texts(area)) == 2
    finally:
        lokal.shutdown()


def test_a_failed_pdf_names_its_reason_translated_and_keeps_the_library_words_for_the_tooltip(
    qtbot, tmp_path
):
    lokal = make_app(qtbot, tmp_path / "data")
    try:
        error = LokalError("pdf_damaged", detail="Data format error")
        index_run(lokal, [FilesFound(total=1, skipped=0), FileFailed("/docs/bad.pdf", error)])
        [notice] = lokal.window.notices.notices()
        assert "Data format error" not in notice.text  # English words of PDFium: not inline
        assert notice.text == (
            "Could not index bad.pdf: the PDF is damaged and cannot be read: "
            "its data is not in a format PDF readers know"
        )
        assert "Data format error" in notice.detail
        assert lokal.window.notices.dialog.list.item(0).toolTip() == notice.detail
    finally:
        lokal.shutdown()


def test_notices_of_models_and_exports_are_not_written_into_the_chat(qtbot, tmp_path):
    lokal = make_app(qtbot, tmp_path / "data")
    try:
        lokal.conversations.export("markdown")  # no chat yet
        lokal.models.notice.emit("Download failed: the network is down", True)
        assert texts(lokal.window.notices) == [
            "There is no chat to export yet.",
            "Download failed: the network is down",
        ]
        assert chat_notices(lokal) == []
    finally:
        lokal.shutdown()


class PluralEnglish(QTranslator):
    """A stand-in for lokal_en.ts: the singular or plural of every "(s)" by the count."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if "(s)" not in source or n < 0:
            return None  # not translated: the source text is used
        if n == 1:
            return source.replace("(s)", "").replace(" have ", " has ")
        return source.replace("(s)", "s")


@pytest.fixture
def plural_english(qapp):
    translator = PluralEnglish()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_pages_are_named_with_their_numbers_and_ranges(qapp, plural_english):
    assert pages_text([1]) == "page 1"
    assert pages_text([9, 3, 7, 8]) == "pages 3, 7–9"
    assert pages_text([4, 5]) == "pages 4, 5"
    many = pages_text(range(1, 60, 2))  # 30 pages, none next to another
    assert many.startswith("pages 1, 3, 5") and many.endswith("(30 in all)")


def test_scanned_pages_are_said_with_proper_plurals_and_no_bare_number(
    qtbot, tmp_path, plural_english
):
    lokal = make_app(qtbot, tmp_path / "data")
    try:
        one = FileIndexed(path="/docs/scan.pdf", chunks=2, pages=3, empty_pages=(1,))
        several = FileIndexed(path="/docs/old.pdf", chunks=5, pages=9, empty_pages=(3, 7, 8, 9))
        index_run(lokal, [FilesFound(total=2, skipped=0), one, several])
        errors = [notice.text for notice in lokal.window.notices.notices() if notice.is_error]
        assert errors == [
            "1 page of scan.pdf has no text (scanned?) and cannot be searched: page 1.",
            "4 pages of old.pdf have no text (scanned?) and cannot be searched: pages 3, 7–9.",
        ]
        assert not any("(s)" in notice.text for notice in lokal.window.notices.notices())
    finally:
        lokal.shutdown()


class Shouting(QTranslator):
    """A stand-in language: the notification area's texts in capitals."""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name; Qt skips an empty translator
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in ("NoticeArea", "NoticesDialog"):
            return None
        return source.upper().replace("%LN", "%Ln")


def test_the_notification_area_follows_a_change_of_language_at_once(qtbot, qapp, tmp_path):
    lokal = make_app(qtbot, tmp_path / "data")
    translator = Shouting()
    try:
        area = lokal.window.notices
        area.add("Indexed a.txt: 1 passage(s).")
        qapp.installTranslator(translator)  # Qt sends every widget a LanguageChange
        qtbot.waitUntil(lambda: area.text() == "NOTICES: 1 NEW")
        assert area.dialog.windowTitle() == "NOTICES"
        assert area.accessibleName() == "NOTICES, 1 NOT SEEN YET"
        # A notice itself stays in the language it was written in (it is a log).
        assert area.dialog.list.item(0).text().endswith("Indexed a.txt: 1 passage(s).")
        qapp.removeTranslator(translator)
        qtbot.waitUntil(lambda: area.text() == "Notices: 1 new")
    finally:
        qapp.removeTranslator(translator)
        lokal.shutdown()
