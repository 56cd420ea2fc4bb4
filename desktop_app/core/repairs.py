"""What Lokal repaired on its own in the data folder, to tell the user once.

A damaged store or settings file never stops Lokal: it is moved aside whole (the user keeps a
copy), Lokal goes on with a fresh one and rebuilds what it can. Each such step is a `Repair`:
a stable code and its parameters, with an English message here (for the CLI and the log) and
a translated twin in `desktop_app/ui/messages.py` (`repair_text`) for the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# English templates, keyed by code. `moved_to` is the path of the copy set aside.
REPAIR_MESSAGES: dict[str, str] = {
    # The chunk index (chromadb) could not be opened or failed its check: moved aside, and the
    # files are indexed again from their records and the files still on disk.
    "index_moved_aside": (
        "the document index was damaged ({detail}); it was moved to {moved_to} and "
        "{files} file(s) will be indexed again"
    ),
    # The library's bookkeeping (files.sqlite3) was damaged: moved aside; what could still be
    # read from it (collections, members, watched folders) was kept.
    "library_moved_aside": (
        "the list of indexed files was damaged ({detail}); it was moved to {moved_to}, "
        "{kept} file(s) were recovered and will be indexed again"
    ),
    # Records said "indexed" but their vectors were gone: those files are indexed again.
    "records_without_vectors": (
        "{files} file(s) had lost their search data and will be indexed again"
    ),
    # Vectors without a record (a run stopped mid-file): removed before any search.
    "vectors_without_record": (
        "{chunks} passage(s) of {files} file(s) whose indexing had stopped halfway were removed"
    ),
    "settings_set_aside": (
        "the settings file could not be read ({detail}); it was moved to {moved_to} and the "
        "defaults are used"
    ),
    "history_set_aside": (
        "the chat history was damaged ({detail}); it was moved to {moved_to} and a new one started"
    ),
}


@dataclass(frozen=True)
class Repair:
    code: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        template = REPAIR_MESSAGES.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template
