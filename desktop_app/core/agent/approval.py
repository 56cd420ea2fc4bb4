"""What the user is asked before an agent's write: the exact path, the exact content, a diff.

A `WriteProposal` is made by the toolbox after the path passed confinement.resolve_for_write,
and handed to the front end's approver (a dialog in the window, a yes/no on the terminal).
What is written afterwards is exactly the proposal's `new_text`, at exactly its `path`, and only
if the file still holds what the proposal showed as `existing` (see tools.py).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

WRITE = "write"
APPEND = "append"


@dataclass(frozen=True)
class WriteProposal:
    path: str  # the resolved absolute path that will be written
    content: str  # what the model asked to write (write) or to add at the end (append)
    mode: str  # WRITE or APPEND
    existing: str | None  # the file's current text, None when the file is new
    diff: str  # unified diff from the current text to the new one; "" for a new file

    @property
    def new_text(self) -> str:
        """The whole text the file will hold once the write is approved."""
        if self.mode == APPEND:
            return (self.existing or "") + self.content
        return self.content


def propose_write(path: Path, content: str, mode: str, existing: str | None) -> WriteProposal:
    """The proposal for writing `content` at `path` (mode WRITE or APPEND), with its diff."""
    if mode not in (WRITE, APPEND):
        raise ValueError(f"unknown write mode {mode!r}")
    proposal = WriteProposal(str(path), content, mode, existing, "")
    if existing is None:
        return proposal
    diff = "".join(
        difflib.unified_diff(
            existing.splitlines(keepends=True),
            proposal.new_text.splitlines(keepends=True),
            fromfile=f"{path} (now)",
            tofile=f"{path} (after)",
        )
    )
    return WriteProposal(str(path), content, mode, existing, diff)
