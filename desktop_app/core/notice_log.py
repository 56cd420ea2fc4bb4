"""The log of Lokal's own notices (indexing results, failed downloads, bad files), kept on disk.

Notices are about the app, not about a conversation, so they live here and never in a chat.
One JSON object a line in the data folder, newest last:
- each notice is appended with one write to a file opened for appending, so a crash leaves at
  most a torn last line, which the next read skips (as it skips any line it cannot parse);
- the log is capped: past `limit` entries (plus a slack, so that it is not rewritten on every
  notice) the newest `limit` are written to a temporary file that replaces the log.
A log that cannot be written (a read-only or full disk) costs the history, never the notice on
screen: write errors are logged and swallowed. A line the disk cut short costs its own notice
only: the next one starts on a new line.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app.core.atomic import write_atomically

log = logging.getLogger(__name__)

NOTICE_LOG_FILE = "notices.jsonl"
MAX_NOTICES = 500


@dataclass(frozen=True)
class Notice:
    text: str  # in the language the app had when it was written
    is_error: bool = False
    # More for whoever wants it (a library's own message, in English): shown in a tooltip.
    detail: str = ""
    time: float = 0.0  # seconds since the epoch


class NoticeLog:
    """The notices of `path`, oldest first, and the appending of new ones. One thread uses it."""

    def __init__(self, path: Path, limit: int = MAX_NOTICES) -> None:
        self.path = path
        self._limit = limit
        self._notices, self._lines, self._ends_with_newline = _read(path)

    def notices(self) -> list[Notice]:
        return self._notices[-self._limit :]

    def append(self, notice: Notice) -> Notice:
        """Add a notice (stamped with the time now unless it has one) and return it."""
        if not notice.time:
            notice = Notice(notice.text, notice.is_error, notice.detail, time.time())
        self._notices.append(notice)
        try:
            if self._lines + 1 > self._limit + max(1, self._limit // 5):
                self._rewrite()
            else:
                self._append_line(notice)
        except OSError as error:
            log.warning("Could not write the notice log %s: %s", self.path, error)
        return notice

    def _append_line(self, notice: Notice) -> None:
        line = json.dumps(asdict(notice), ensure_ascii=False) + "\n"
        if not self._ends_with_newline:
            line = "\n" + line  # a torn line from a crash stays a line of its own
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = line.encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            # Whatever reached the file counts as a line; on a disk that fills up it may be the
            # start of one only (a short write, or one that fails after some bytes), and the
            # next notice must then begin on a line of its own, or it is lost with this one.
            self._lines += 1
            self._ends_with_newline = False
            written = os.write(fd, data)
            if written < len(data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.path))
            self._ends_with_newline = True
        finally:
            os.close(fd)

    def _rewrite(self) -> None:
        self._notices = self._notices[-self._limit :]
        text = "".join(
            json.dumps(asdict(notice), ensure_ascii=False) + "\n" for notice in self._notices
        )
        write_atomically(self.path, text.encode("utf-8"))
        self._lines = len(self._notices)
        self._ends_with_newline = True


def _read(path: Path) -> tuple[list[Notice], int, bool]:
    """(the notices that parse, how many lines the file has, whether it ends with a newline)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], 0, True
    except OSError as error:
        log.warning("Could not read the notice log %s: %s", path, error)
        return [], 0, True
    notices = []
    lines = data.decode("utf-8", errors="replace").splitlines()
    for line in lines:
        notice = _parse(line)
        if notice is not None:
            notices.append(notice)
    return notices, len(lines), not data or data.endswith(b"\n")


def _parse(line: str) -> Notice | None:
    try:
        record = json.loads(line)
        return Notice(
            text=str(record["text"]),
            is_error=bool(record.get("is_error", False)),
            detail=str(record.get("detail", "")),
            time=float(record.get("time", 0.0)),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # torn by a crash, or edited by hand: skipped, not fatal
