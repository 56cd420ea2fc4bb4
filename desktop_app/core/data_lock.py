"""One data folder, one Lokal at a time: an OS lock on `<data dir>/lokal.lock`.

Two processes writing one chromadb at once leave vectors nobody can read ("Error getting
embedding") and crash now and then with "database is locked"; a reader beside a writer sees
the same. So every program that opens the store holds this lock while it does:

- a *writer* (the window, `lokal index`) that finds the folder held by another writer says so
  at once (`data_folder_busy`: the folder, the owner, its process id) and changes nothing;
- anyone who finds it held by a *reader* (`lokal search`, `lokal ask`: short), and a reader who
  finds it held by anyone, waits for it, up to `WAIT_SECONDS`, saying once whom it waits for.

The lock is the operating system's (`fcntl.flock` on POSIX, `msvcrt.locking` on Windows): it is
released when its holder dies, so a killed process leaves no stale lock, only a stale owner
file (`lokal.lock.json`, who holds it: pid, what, since when) that the next holder overwrites.
flock belongs to one open file, so two locks in one process exclude each other too: a window
restarted in the same process must release the first (LokalApp.shutdown does).

The lock file itself is never deleted: deleting it while another process waits on the old one
would let two processes each hold "the" lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app.core.atomic import write_atomically
from desktop_app.core.errors import LokalError

LOCK_FILE = "lokal.lock"
OWNER_FILE = "lokal.lock.json"
# How long a reader waits for the folder, and a writer for a reader, before giving up.
WAIT_SECONDS = 30.0
POLL_SECONDS = 0.1
# The owner file is written just after the lock is taken: a holder without one, after this
# long, is an older Lokal or a process that died between the two steps' worth of time.
OWNER_GRACE_SECONDS = 2.0

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # one byte is the whole lock
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass(frozen=True)
class LockOwner:
    """Who holds the data folder, as its owner file says."""

    pid: int
    what: str  # "the Lokal window", "lokal index", ...
    writes: bool  # False for a short read-only run (search, ask): worth waiting for
    started: str  # ISO 8601, local time

    @classmethod
    def read(cls, data_dir: Path) -> LockOwner | None:
        """The owner file's record; None when there is none or it cannot be read."""
        try:
            record = json.loads((data_dir / OWNER_FILE).read_text(encoding="utf-8"))
            return cls(
                pid=int(record["pid"]),
                what=str(record["what"]),
                writes=bool(record["writes"]),
                started=str(record["started"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None


UNKNOWN_OWNER = LockOwner(pid=0, what="another Lokal program", writes=True, started="")


class DataFolderLock:
    """Hold a data folder for one program's run: `with DataFolderLock(folder, "lokal index"):`.

    `acquire()` raises LokalError("data_folder_busy") when the folder stays held (see the
    module's policy); `on_wait(owner)` is called once, when it starts to wait for someone.
    """

    def __init__(
        self,
        data_dir: Path,
        what: str,
        *,
        writes: bool = True,
        wait_seconds: float = WAIT_SECONDS,
        on_wait: Callable[[LockOwner], None] | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.what = what
        self.writes = writes
        self.wait_seconds = wait_seconds
        self.on_wait = on_wait
        self._fd: int | None = None
        self._started = ""

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # Not inherited by child processes (PEP 446): a store or reader process must not keep
        # the folder held after its parent is gone.
        try:
            fd = os.open(self.data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            if self.writes:
                raise
            return  # a read-only data folder: nobody can write it, so a reader needs no lock
        try:
            self._wait_for_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        # On a full disk the folder is ours all the same; others then see an unknown owner.
        with contextlib.suppress(OSError):
            self._write_owner()

    def release(self) -> None:
        """Give the folder back (the owner file goes first, while it is still ours)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):  # if not, the next holder overwrites it
            if LockOwner.read(self.data_dir) == self._owner:
                (self.data_dir / OWNER_FILE).unlink(missing_ok=True)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()

    def _wait_for_lock(self, fd: int) -> None:
        started = time.monotonic()
        told = False
        while not _try_lock(fd):
            waited = time.monotonic() - started
            owner = LockOwner.read(self.data_dir)
            if owner is None and waited >= OWNER_GRACE_SECONDS:
                owner = UNKNOWN_OWNER
            if owner is not None:
                if self.writes and owner.writes:
                    raise self._busy(owner)  # two writers: the second changes nothing
                if waited >= self.wait_seconds:
                    raise self._busy(owner)
                if not told and self.on_wait is not None:
                    self.on_wait(owner)
                told = True
            time.sleep(POLL_SECONDS)

    def _busy(self, owner: LockOwner) -> LokalError:
        return LokalError(
            "data_folder_busy",
            folder=str(self.data_dir),
            owner=owner.what,
            pid=owner.pid or "?",
        )

    @property
    def _owner(self) -> LockOwner:
        return LockOwner(pid=os.getpid(), what=self.what, writes=self.writes, started=self._started)

    def _write_owner(self) -> None:
        self._started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        record = json.dumps(asdict(self._owner), ensure_ascii=False).encode("utf-8")
        write_atomically(self.data_dir / OWNER_FILE, record)
