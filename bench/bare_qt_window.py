"""Baseline for the start-up benchmark: Python and Qt alone, nothing of Lokal.

Creates a QApplication and a QMainWindow of Lokal's size, shows it, and on the first show prints
`bare-qt-window-shown <seconds since main started>` and quits: the same probe, the same way
(a zero-timeout timer after the show event), as Lokal's LOKAL_STARTUP_PROBE.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    def __init__(self, started: float) -> None:
        super().__init__()
        self.setWindowTitle("Bare Qt")
        self.resize(900, 700)
        self._started = started
        self._shown_once = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._report)

    def _report(self) -> None:
        print(f"bare-qt-window-shown {time.perf_counter() - self._started:.4f}", flush=True)
        QApplication.quit()


def main() -> int:
    started = time.perf_counter()
    app = QApplication(sys.argv)
    window = Window(started)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
