"""One window per data folder: a second start brings the running window forward.

The data folder lock (core/data_lock.py) already keeps a second window from opening the same
data. Before refusing with a dialog, app.run_gui asks the running window, over a local socket
(a named pipe on Windows), to come forward; when it answers, the second start just exits.

The socket's name is derived from the resolved data folder, so windows on different data
folders never hear each other. Only one message is understood, "raise"; anything else is
ignored, so another program on the socket can do no more than bring the window forward.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Qt, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE_REQUEST = b"raise\n"
RAISED_REPLY = b"raised\n"
# How long a second start waits for the running window's answer before it tells the user the
# folder is in use: the window answers from its event loop, within milliseconds when idle.
ANSWER_TIMEOUT_MS = 1500
# A request is one short line: a client that sends more without a newline is not Lokal.
MAX_REQUEST_BYTES = 64


def server_name(data_dir: Path) -> str:
    """The socket's name for a data folder: "lokal-" and 16 hex digits of its path's SHA-256.

    Short, since on macOS and Linux it becomes a file in the temporary folder and a Unix
    socket's whole path must stay under 104 bytes.
    """
    resolved = str(Path(data_dir).expanduser().resolve())
    return "lokal-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]


def ask_running_window_to_come_forward(data_dir: Path, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """Ask the window holding `data_dir` to come forward; True once it said it did.

    False at once when no window listens (none runs, or an older Lokal without the server),
    and after `timeout_ms` when one listens but does not answer (a hung window). Blocks the
    calling thread, so it is meant for before the second start's own event loop runs.
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def remaining_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    try:
        socket.connectToServer(server_name(data_dir))
        if not socket.waitForConnected(remaining_ms()):
            return False
        socket.write(QByteArray(RAISE_REQUEST))
        if not socket.waitForBytesWritten(remaining_ms()):
            return False
        reply = b""
        while RAISED_REPLY not in reply and socket.waitForReadyRead(remaining_ms()):
            reply += bytes(socket.readAll().data())
        return RAISED_REPLY in reply
    finally:
        socket.abort()


def bring_to_front(window: QWidget) -> None:
    """Show the window as the user left it, unless minimised, on top, with the keyboard focus.

    Some window managers refuse to hand the focus over to a window that did not ask from a
    user's click; the window then flashes in the task bar instead, which says as much.
    """
    if window.isMinimized():
        window.showNormal()
    elif not window.isVisible():
        window.show()
    window.raise_()
    window.activateWindow()


class SingleInstanceServer(QObject):
    """Listens on the data folder's socket while the window holds the folder.

    Signal-driven on the GUI thread: no read ever waits. Start it only while holding the data
    folder lock: then no other live window can be listening on the name, so a socket file left
    behind by a crash is removed before listening.
    """

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        # Only this user may connect (on Unix, the socket file's mode; on Windows, the pipe's).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_new_connection)
        self._pending: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False (and the window works on, alone) when the name is refused."""
        QLocalServer.removeServer(self.name)  # a stale socket file, left by a crash
        return self.server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def close(self) -> None:
        """Stop listening and drop open connections (on shutdown, before the lock goes)."""
        self.server.close()
        for socket in list(self._pending):
            socket.abort()
            socket.deleteLater()
        self._pending.clear()

    @Slot()
    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._pending[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._on_ready_read(socket))
            socket.disconnected.connect(
                lambda socket=socket: self._forget(socket), Qt.ConnectionType.QueuedConnection
            )
            if socket.bytesAvailable():  # the request may have come with the connection
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._pending:
            return
        received = self._pending[socket] + bytes(socket.readAll().data())
        if RAISE_REQUEST in received:
            self._pending[socket] = b""
            self.raise_requested.emit()
            socket.write(QByteArray(RAISED_REPLY))
            socket.flush()
            socket.disconnectFromServer()  # after the reply is written
        elif len(received) > MAX_REQUEST_BYTES or b"\n" in received:
            self._forget(socket)  # not a request Lokal sends
        else:
            self._pending[socket] = received

    def _forget(self, socket: QLocalSocket) -> None:
        if self._pending.pop(socket, None) is not None:
            socket.abort()
            socket.deleteLater()  # the server made it; nothing else frees it
            socket.deleteLater()
