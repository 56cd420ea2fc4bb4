"""Checks of the data folder's stores, and what is done with a damaged one.

A damaged store never stops Lokal: it is moved aside whole (`name.broken-<time>`, never
deleted: the user keeps a copy) and a fresh one takes its place (store.py decides what is
rebuilt). What can still be read from a damaged library database is read table by table and
row by row (`read_what_survives`).

The checks are cheap enough to run at every open:
- SQLite: it opens and `PRAGMA quick_check` says "ok";
- chroma's HNSW segments (`hnsw_problem`): the header is sane and every link points at an
  element that exists. chroma's native code trusts these files: a link out of range is a
  segmentation fault in the middle of a search, not an exception, so it must be caught here,
  before chroma reads them.
"""

from __future__ import annotations

import math
import os
import sqlite3
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path

# hnswlib's persisted header (hnswalg.h, persistHeader): version, offsetLevel0, max_elements,
# cur_element_count, size_data_per_element, label_offset, offsetData, maxlevel, enterpoint,
# maxM, maxM0, M, mult, ef_construction.
_HNSW_HEADER = struct.Struct("<i6QiI3QdQ")
_HNSW_VERSION = 1
_MAX_LEVEL = 64  # hnswlib's levels grow as log(n); far above any real index


def broken_name(path: Path, when: float | None = None) -> Path:
    """Where a damaged `path` is moved: `path.broken-<YYYYMMDD-HHMMSS>`, never an existing one
    (not even a dangling link)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    target = path.with_name(f"{path.name}.broken-{stamp}")
    number = 1
    while os.path.lexists(target):
        number += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{number}")
    return target


def move_aside(path: Path, companions: tuple[str, ...] = ()) -> Path:
    """Rename `path` (whatever it is: a file, a folder, a FIFO, a link, which is renamed itself,
    never what it points to) to its broken name; `companions` are suffixes of files that belong
    with it (SQLite's "-wal", "-shm") and follow it under the same name. Used for every store
    and for the settings and history files: one naming, one place."""
    target = broken_name(path)
    os.replace(path, target)
    for suffix in companions:
        companion = path.with_name(path.name + suffix)
        if os.path.lexists(companion):
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (another Lokal may be indexing into the folder)."""
    import psutil

    try:
        return psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


# -- SQLite ---------------------------------------------------------------------------------


def sqlite_problem(database: Path) -> str | None:
    """Why the SQLite file at `database` cannot be trusted, or None when it is sound."""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return f"{type(error).__name__}: {error}"
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        return f"{type(error).__name__}: {error}"
    finally:
        connection.close()
    findings = [str(row[0]) for row in rows]
    if findings == ["ok"]:
        return None
    return "quick_check: " + "; ".join(findings[:3])


@dataclass
class SurvivingLibrary:
    """What could still be read from a damaged library database."""

    collections: list[tuple] = field(default_factory=list)
    members: list[tuple] = field(default_factory=list)
    watched_folders: list[tuple] = field(default_factory=list)
    failures: list[tuple] = field(default_factory=list)

    @property
    def member_paths(self) -> set[str]:
        return {row[1] for row in self.members}


def read_what_survives(database: Path) -> SurvivingLibrary:
    """The rows of the library's own tables that a damaged file still gives, table by table
    and, where a whole-table read fails, row by row (by rowid): sqlite's `.recover` is not in
    Python's sqlite3, this is what it can do."""
    found = SurvivingLibrary()
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    except sqlite3.Error:
        return found
    try:
        for table, columns in (
            ("collections", "name, created_at"),
            ("members", "collection, path"),
            ("watched_folders", "collection, folder"),
            ("failures", "path, code, params, failed_at"),
        ):
            getattr(found, table).extend(_readable_rows(connection, table, columns))
    finally:
        connection.close()
    return found


def _readable_rows(connection: sqlite3.Connection, table: str, columns: str) -> list[tuple]:
    try:
        return connection.execute(f"SELECT {columns} FROM {table}").fetchall()
    except sqlite3.Error:
        pass
    try:
        last = connection.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.Error:
        return []
    rows = []
    for rowid in range(1, min(last, 1_000_000) + 1):
        try:
            row = connection.execute(
                f"SELECT {columns} FROM {table} WHERE rowid = ?", (rowid,)
            ).fetchone()
        except sqlite3.Error:
            continue
        if row is not None:
            rows.append(row)
    return rows


# -- chroma's HNSW segments -----------------------------------------------------------------


def chroma_problem(chroma: Path) -> str | None:
    """Why the chroma folder cannot be trusted by what its files say (before chroma reads
    them), or None. Its own SQLite file and each HNSW segment folder are checked."""
    database = chroma / "chroma.sqlite3"
    if database.exists():
        problem = sqlite_problem(database)
        if problem is not None:
            return f"chroma.sqlite3: {problem}"
    for segment in sorted(chroma.iterdir()) if chroma.is_dir() else []:
        if (segment / "header.bin").exists():
            problem = hnsw_problem(segment)
            if problem is not None:
                return f"{segment.name}: {problem}"
    return None


def hnsw_problem(segment: Path) -> str | None:
    """Why the HNSW files of one chroma segment would crash or mislead a search, or None."""
    try:
        return _check_hnsw(segment)
    except (OSError, ValueError, struct.error) as error:
        return f"{type(error).__name__}: {error}"


def _check_hnsw(segment: Path) -> str | None:
    import numpy as np

    header = (segment / "header.bin").read_bytes()
    if len(header) < _HNSW_HEADER.size:
        return "header.bin is truncated"
    (version, offset_level0, max_elements, count, element_size, label_offset, data_offset,
     max_level, entry, max_m, max_m0, m, mult, _ef) = _HNSW_HEADER.unpack_from(header)  # fmt: skip
    links0 = 4 + 4 * max_m0
    sane = (
        version == _HNSW_VERSION
        and offset_level0 == 0
        and 0 < m <= 4096
        and max_m == m
        and max_m0 == 2 * m
        and data_offset == links0
        and data_offset < label_offset
        and label_offset + 8 == element_size
        and count <= max_elements
        and -1 <= max_level < _MAX_LEVEL
        and math.isfinite(mult)
        and (count == 0 or entry < count)
    )
    if not sane:
        return "header.bin does not describe an index"
    if count == 0:
        return None
    level0 = segment / "data_level0.bin"
    if level0.stat().st_size < count * element_size:
        return "data_level0.bin is truncated"
    if (segment / "length.bin").stat().st_size < count * 4:
        return "length.bin is truncated"
    # Level 0: each element's neighbour count and neighbours (a strided view of the file).
    data = np.memmap(level0, dtype=np.uint8, mode="r", shape=(count, element_size))
    counts = data[:, 0:2].copy().view("<u2").ravel()
    if int(counts.max()) > max_m0:
        return "data_level0.bin holds impossible link counts"
    neighbours = data[:, 4:links0].copy().view("<u4").reshape(count, max_m0)
    used = np.arange(max_m0) < counts[:, None]
    if used.any() and int(neighbours[used].max()) >= count:
        return "data_level0.bin links to elements that do not exist"
    del data
    return _check_upper_levels(segment / "link_lists.bin", count, m, max_level, entry)


def _check_upper_levels(path: Path, count: int, m: int, max_level: int, entry: int) -> str | None:
    import numpy as np

    blob = path.read_bytes()
    per_level = 4 + 4 * m
    levels = np.zeros(count, dtype=np.int32)
    lists: list[tuple[int, int, int]] = []  # (element, level, offset of its list)
    position = 0
    for element in range(count):
        if position + 4 > len(blob):
            return "link_lists.bin is truncated"
        (size,) = struct.unpack_from("<I", blob, position)
        position += 4
        if size:
            if size % per_level or size // per_level > max(max_level, 0):
                return "link_lists.bin holds an impossible level"
            if position + size > len(blob):
                return "link_lists.bin is truncated"
            levels[element] = size // per_level
            lists.extend(
                (element, level + 1, position + level * per_level)
                for level in range(size // per_level)
            )
            position += size
    if max_level > 0 and levels[entry] != max_level:
        return "link_lists.bin does not match the entry point"
    for _element, level, offset in lists:
        links = struct.unpack_from(f"<{m + 1}I", blob, offset)
        used = links[0] & 0xFFFF
        if used > m:
            return "link_lists.bin holds impossible link counts"
        for neighbour in links[1 : 1 + used]:
            # A search at `level` follows a link only to an element that lives on that level.
            if neighbour >= count or levels[neighbour] < level:
                return "link_lists.bin links to elements that do not exist"
    return None
