"""The notification area: Lokal's own notices, apart from every conversation.

A status-bar button carries the count of notices not seen yet and opens the list of them,
newest first; each new notice is also shown for a few seconds in the status bar. Indexing
results, bad files, failed downloads and model problems all come here (they used to be written
into whichever chat was open). With a log attached (core/notice_log.py) they outlive a restart;
the notices of earlier sessions come back as already seen.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStatusBar,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.notice_log import Notice, NoticeLog

STATUS_MS = 6000  # how long a new notice stays in the status bar
NOTICE_ROLE = Qt.ItemDataRole.UserRole


class NoticesDialog(QDialog):
    """Every notice, newest first: its time and text; an error stands out; details on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(560, 360)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._notices: list[Notice] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Notices"))
        self.hint.setText(
            self.tr("What Lokal itself reported: indexing, files it could not read, models.")
        )
        self.list.setAccessibleName(self.tr("Notices, newest first"))
        self.show_notices(self._notices)  # the times follow the language's date format

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_notices(self, notices: list[Notice]) -> None:
        self._notices = list(notices)
        self.list.clear()
        for notice in reversed(self._notices):
            self.list.addItem(self._item(notice))

    def add_notice(self, notice: Notice) -> None:
        self._notices.append(notice)
        self.list.insertItem(0, self._item(notice))

    def _item(self, notice: Notice) -> QListWidgetItem:
        when = QLocale().toString(
            QDateTime.fromMSecsSinceEpoch(int(notice.time * 1000)),
            QLocale.FormatType.ShortFormat,
        )
        item = QListWidgetItem(f"{when}  {notice.text}")
        item.setData(NOTICE_ROLE, notice)
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if notice.is_error
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        item.setIcon(self.style().standardIcon(icon))
        if notice.detail:
            item.setToolTip(notice.detail)
        return item


class NoticeArea(QToolButton):
    """The status bar's notices button; `add` is how every part of the window reports."""

    notice_added = Signal(object)  # Notice

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._log: NoticeLog | None = None
        self._notices: list[Notice] = []
        self._earlier = 0  # how many of them come from earlier sessions (the log)
        self._unread: list[Notice] = []
        self.dialog = NoticesDialog(self.window())
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clicked.connect(self.open_list)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- what the window reports --------------------------------------------------------------

    def attach_log(self, log: NoticeLog) -> None:
        """Keep notices in `log` from now on; those already in it are shown as seen."""
        self._log = log
        earlier = log.notices()
        for notice in self._notices:  # reported before the log came
            log.append(notice)
        self._notices = earlier + self._notices
        self._earlier = len(earlier)
        self.dialog.show_notices(self._notices)
        self._show_count()

    def add(self, text: str, is_error: bool = False, detail: str = "") -> Notice:
        notice = Notice(text, is_error, detail)
        notice = self._log.append(notice) if self._log is not None else _stamped(notice)
        self._notices.append(notice)
        self.dialog.add_notice(notice)
        if not self.dialog.isVisible():
            self._unread.append(notice)
        # Asked for each time: a wrapper of the status bar kept from the start was found
        # invalidated by PySide later on (the bar itself lives on).
        bar = self.window().statusBar() if isinstance(self.window(), QMainWindow) else None
        if bar is not None:
            bar.showMessage(text, STATUS_MS)
        self._show_count()
        self.notice_added.emit(notice)
        return notice

    def notices(self) -> list[Notice]:
        """Every notice shown, oldest first (with those of earlier sessions, if logged)."""
        return list(self._notices)

    def session_notices(self) -> list[Notice]:
        """The notices reported since this window opened, oldest first."""
        return self._notices[self._earlier :]

    @property
    def unread(self) -> int:
        return len(self._unread)

    # -- the user's choices -------------------------------------------------------------------

    def open_list(self) -> None:
        self._unread.clear()
        self._show_count()
        self.dialog.show()
        self.dialog.activateWindow()

    def _show_count(self) -> None:
        count = len(self._unread)
        if count:
            self.setText(self.tr("Notices: %Ln new", "", count))
        else:
            self.setText(self.tr("Notices"))
        errors = any(notice.is_error for notice in self._unread)
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if errors
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.setIcon(self.style().standardIcon(icon))
        self.setToolTip(self.tr("Show Lokal's notices (indexing, unreadable files, models)"))
        self.setAccessibleName(
            self.tr("Notices, %Ln not seen yet", "", count) if count else self.tr("Notices")
        )


def _stamped(notice: Notice) -> Notice:
    return Notice(notice.text, notice.is_error, notice.detail, time.time())
