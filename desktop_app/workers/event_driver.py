"""Drive a core generator on a worker's thread, one event per slice, between the thread's events.

Long work in `core` is a generator of event dataclasses. A worker hands one to its driver; the
driver pulls one event, hands it on whole, and returns to the thread's event loop, which runs
queued requests (a search, a cancel, the next add) before the next slice. The next slice is
scheduled with a queued signal to the driver itself: `QTimer.singleShot(0, callable)` is not
used, because on a worker thread PySide6 parents its hidden timer to an object of the GUI
thread, and the slices stall.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Qt, Signal, Slot


class EventDriver(QObject):
    """Runs one generator at a time; give it the worker as parent, so it moves with it."""

    _slice_scheduled = Signal()  # to itself, queued: "run the next slice when the loop is free"

    def __init__(
        self,
        on_event: Callable[[object], None],
        on_end: Callable[[Exception | None], None],
        parent: QObject,
    ) -> None:
        """`on_event(event)` gets each event; `on_end(error)` is called once the generator is
        exhausted (None) or raised (the exception): it may `drive` the next one."""
        super().__init__(parent)
        self._on_event = on_event
        self._on_end = on_end
        self._events: Iterator | None = None
        self._scheduled = False  # one slice waits in the queue at most, whatever drive/stop do
        self._slice_scheduled.connect(self._next_slice, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._events is not None

    def drive(self, events: Iterator) -> None:
        """Start pulling `events` (call it on the thread the driver lives on)."""
        self._events = events
        self._schedule()

    def stop(self) -> bool:
        """Drop the running generator now, running its `finally` blocks; on_end is not called.
        Returns whether one was running."""
        events, self._events = self._events, None
        if events is None:
            return False
        close = getattr(events, "close", None)
        if close is not None:
            close()
        return True

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            self._slice_scheduled.emit()

    @Slot()
    def _next_slice(self) -> None:
        self._scheduled = False
        events = self._events
        if events is None:
            return  # stopped, or a slice scheduled for a generator already done
        try:
            event = next(events)
        except StopIteration:
            self._events = None
            self._on_end(None)
            return
        except Exception as error:  # unexpected: the owner reports it and goes on
            self._events = None
            self._on_end(error)
            return
        self._on_event(event)
        if self._events is events:
            self._schedule()
