"""Which paths an agent's tool call may read or write, decided by code and never by the prompt.

`Confinement(read_roots, write_root)` turns the raw path a model asked for into a resolved
absolute path inside the allowed folders, or raises `PathRefused` with a reason code:

- Relative paths are taken from the first read root (reads) or the write root (writes).
- Everything is resolved before the check: `..`, a symlink inside that points out, a symlinked
  parent folder (`os.path.realpath`; for a file that does not exist yet its parent is resolved,
  so a new file inside the write root is fine and one through a linked-out folder is not). The
  comparison is `os.path.normcase` of the real paths: case-insensitive on Windows, exact
  elsewhere. On a case-insensitive macOS volume `normcase` keeps case, so a differently cased
  spelling of a root is refused: the check fails closed, never open.
- Before the file system is touched at all, an absolute path (or `..` that climbs out) must lie
  lexically under a root, so a path far outside is refused without being stat'ed (no automount,
  no network share is woken up by a model's guess).
- Names that Windows gives other meanings are refused on every OS, so an agent task behaves the
  same everywhere: device names (CON, PRN, AUX, NUL, COM0-9, LPT0-9, CONIN$, CONOUT$, with any
  extension, trailing dots or spaces), `\\\\?\\` and `\\\\.\\` prefixes, alternate data streams
  (`file.txt:stream`: any `:` but a leading drive letter). A backslash is a separator on every
  OS. NUL bytes, control characters, empty paths and over-long paths are refused.
- `~` is not expanded: a first component `~` or `~user` is refused (`path_tilde`), because a
  model that writes it means the home folder, and a literal folder named `~` would surprise the
  user. (`~$report.docx`, Word's lock-file spelling, is not tilde syntax and stays literal.)
- Hard links. Writing a regular file with more than one link is refused: it would change the
  file under its other names too, possibly outside the write root. Reading one is allowed: its
  name is inside a folder the user allowed, so its content is in that folder as much as a copy
  would be; backup tools (rsnapshot, Time Machine) fill folders with such files, and Linux's
  protected_hardlinks stops others from linking files they could not read themselves.
- The write root and the read roots may relate in any way (the same folder, one inside the
  other, apart); each check only looks at its own roots.

TOCTOU: a check on a path can be outdated by the time the path is opened (a folder swapped for a
symlink in between). `open_for_write` opens with O_NOFOLLOW where the OS has it, then re-checks
that the opened file is the one the name now points to, a regular file with one link, whose
parent folder is still its own real path; only then does it truncate. A write that should never
leave a half-written file writes to a temporary file beside the resolved path and renames it.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.errors import LokalError

# Longest raw path and longest single name accepted: Linux's PATH_MAX and NAME_MAX (in bytes).
MAX_PATH_CHARS = 4096
MAX_NAME_BYTES = 255

WINDOWS_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"}
)
# Characters Windows refuses in a file name; refused in writes everywhere so output is portable.
WINDOWS_FORBIDDEN_IN_NAMES = frozenset('<>"|?*')
DRIVE = re.compile(r"^[A-Za-z]:")
TILDE_USER = re.compile(r"^~[A-Za-z0-9_.-]*$")


class PathRefused(LokalError):
    """A path a tool call asked for lies outside what the user allowed, or cannot be used."""

    def __init__(self, code: str, path: str) -> None:
        super().__init__(code, path=path)

    @property
    def reason_code(self) -> str:
        return self.code

    @property
    def path(self) -> str:
        return str(self.params["path"])


class Confinement:
    """The folders one agent run may read (any number) and the one it may write (or none)."""

    def __init__(self, read_roots: Sequence[Path], write_root: Path | None) -> None:
        self.read_roots = [Root(Path(root)) for root in read_roots]
        self.write_root = Root(Path(write_root)) if write_root is not None else None

    def resolve_for_read(self, raw: str) -> Path:
        """The real absolute path of `raw` if it lies inside a read root, else PathRefused."""
        if not self.read_roots:
            raise PathRefused("path_outside_allowed", _shown(raw))
        return resolve_inside(raw, self.read_roots, for_write=False)

    def resolve_for_write(self, raw: str) -> Path:
        """The real absolute path of `raw` if it may be written inside the write root."""
        if self.write_root is None:
            raise PathRefused("path_not_writable", _shown(raw))
        path = resolve_inside(raw, [self.write_root], for_write=True)
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return path  # a new file inside the root: its parent was resolved and checked
        except OSError:
            raise PathRefused("path_invalid", _shown(raw)) from None
        if not stat.S_ISREG(info.st_mode):
            raise PathRefused("path_not_writable", _shown(raw))  # a folder, a pipe, a device
        if info.st_nlink > 1:
            raise PathRefused("path_hard_linked", _shown(raw))
        return path


class Root:
    """An allowed folder, as given and as resolved, in the forms the checks compare."""

    def __init__(self, given: Path) -> None:
        self.given = Path(os.path.abspath(given))
        self.real = Path(os.path.realpath(given))
        self.lexical_forms = {_compared(str(self.given)), _compared(str(self.real))}

    def holds_lexically(self, path: str) -> bool:
        compared = _compared(os.path.normpath(path))
        return any(_is_within(compared, form) for form in self.lexical_forms)

    def holds(self, real_path: str) -> bool:
        return _is_within(_compared(real_path), _compared(str(self.real)))


def resolve_inside(raw: str, roots: Sequence[Root], *, for_write: bool) -> Path:
    """Check `raw`'s spelling, resolve it from the first root, and require it inside a root."""
    shown = _shown(raw)
    names = check_spelling(raw, for_write=for_write)
    if DRIVE.match(raw) and os.name != "nt":
        raise PathRefused("path_invalid", shown)  # another OS's disk: nothing here is it
    if _is_absolute(raw):
        joined = _absolute_spelling(raw, names)
    else:
        joined = os.path.join(str(roots[0].given), *names)  # relative: from the first root
    if not any(root.holds_lexically(joined) for root in roots):
        raise PathRefused("path_outside_allowed", shown)
    try:
        real = os.path.realpath(joined)  # follows every link, also those of missing parents
    except (OSError, ValueError):
        raise PathRefused("path_invalid", shown) from None
    if len(real) > MAX_PATH_CHARS:
        raise PathRefused("path_invalid", shown)
    if not any(root.holds(real) for root in roots):
        lexical = os.path.normpath(joined)
        linked = any(root.holds_lexically(lexical) for root in roots)  # inside until resolved
        raise PathRefused("path_linked_out" if linked else "path_outside_allowed", shown)
    return Path(real)


def check_spelling(raw: str, *, for_write: bool) -> list[str]:
    """The names of `raw` (split at `/` and `\\`), or PathRefused for a spelling never allowed.

    Pure string logic, the same on every OS, so Windows' rules are tested everywhere.
    """
    shown = _shown(raw)
    if not isinstance(raw, str) or not raw.strip():
        raise PathRefused("path_invalid", shown)
    if len(raw) > MAX_PATH_CHARS or any(ord(char) < 32 or char == "\x7f" for char in raw):
        raise PathRefused("path_invalid", shown)  # NUL ends a C string; newlines fool dialogs
    unified = raw.replace("\\", "/")
    if unified.startswith(("//?/", "//./", "/??/")):
        raise PathRefused("path_device_name", shown)  # Win32 namespaces skip every name rule
    if unified.startswith("//"):
        raise PathRefused("path_outside_allowed", shown)  # a network share (UNC): never asked
    body = unified[2:] if DRIVE.match(unified) else unified
    if DRIVE.match(unified) and not body.startswith("/"):
        raise PathRefused("path_invalid", shown)  # "C:notes": relative to a drive's cwd
    names = [name for name in body.split("/") if name not in ("", ".")]
    if names and TILDE_USER.match(names[0]) and not _is_absolute(raw):
        raise PathRefused("path_tilde", shown)
    for name in names:
        if ":" in name:
            raise PathRefused("path_device_name", shown)  # an NTFS alternate data stream
        if is_windows_device_name(name):
            raise PathRefused("path_device_name", shown)
        if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
            raise PathRefused("path_invalid", shown)
        # Windows drops trailing dots and spaces: the file written would not be the one the
        # approval dialog showed.
        odd_for_windows = name != name.rstrip(". ") or WINDOWS_FORBIDDEN_IN_NAMES & set(name)
        if for_write and name != ".." and odd_for_windows:
            raise PathRefused("path_invalid", shown)
    if not names and for_write:
        raise PathRefused("path_not_writable", shown)  # the root folder itself
    return names


def is_windows_device_name(name: str) -> bool:
    """Whether Windows opens a device for this one name: `nul`, `CON.txt`, `com1 .log`, `AUX.`."""
    stem = name.split(".", 1)[0].rstrip(" .").upper()
    return stem in WINDOWS_DEVICE_NAMES or name.rstrip(" .").upper() in WINDOWS_DEVICE_NAMES


def open_for_write(path: Path) -> int:
    """Open a path from `resolve_for_write` for writing, refusing one swapped since the check.

    Returns a file descriptor, truncated, for the caller to write and close. O_NOFOLLOW makes a
    symlink planted at the last name fail the open (where the OS has O_NOFOLLOW); the checks
    after opening catch a swapped parent folder and a hard link made in between. A new file
    created through a parent swapped in the gap is left empty where it landed and refused.
    """
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    nonblocking = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted at the name fails, not hangs
    flags |= nonblocking
    shown = str(path)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as error:
        # O_NOFOLLOW on a link fails with ELOOP (EMLINK on FreeBSD); the rest cannot be written.
        linked = error.errno in (errno.ELOOP, errno.EMLINK)
        raise PathRefused("path_linked_out" if linked else "path_not_writable", shown) from None
    try:
        opened = os.fstat(fd)
        named = os.lstat(path)
        parent = os.path.dirname(path)
        same_file = (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)
        if not same_file or os.path.realpath(parent) != parent:
            raise PathRefused("path_linked_out", shown)
        if not stat.S_ISREG(opened.st_mode):
            raise PathRefused("path_not_writable", shown)
        if opened.st_nlink > 1:
            raise PathRefused("path_hard_linked", shown)
        os.ftruncate(fd, 0)
        if nonblocking:
            os.set_blocking(fd, True)  # a regular file after all: ordinary writes from here
    except BaseException:
        os.close(fd)
        raise
    return fd


def _is_absolute(raw: str) -> bool:
    unified = raw.replace("\\", "/")
    return unified.startswith("/") or bool(DRIVE.match(unified))


def _absolute_spelling(raw: str, names: list[str]) -> str:
    drive = raw[:2] if DRIVE.match(raw) else ""
    return drive + os.sep + os.sep.join(names)


def _compared(path: str) -> str:
    return os.path.normcase(path)


def _is_within(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # different drives, or one relative
        return False


def _shown(raw: object) -> str:
    # The path as the user will read it in a message: never a NUL or a 10 kB string.
    text = raw if isinstance(raw, str) else repr(raw)
    text = text.replace("\x00", "\\0")
    return text if len(text) <= 200 else text[:200] + "…"
