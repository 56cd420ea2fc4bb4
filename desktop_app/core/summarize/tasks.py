"""What a whole-document task does: a summary (optionally about something), or a list of items.

A leaf module: the task is read by the prompts, the run and every front end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUMMARY, LIST = "summary", "list"

_TASK_PATTERN = re.compile(
    r"^\s*(?:please\s+)?(?:list|find|collect|extract|show)\s+(?:me\s+)?"
    r"(?:every|all(?:\s+the)?|each|any)?\s*(?P<what>.+?)\s*[.?!]*\s*$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class SummaryTask:
    """What to do with the whole text: a summary (optionally about `what`), or a list of `what`."""

    kind: str = SUMMARY  # SUMMARY or LIST
    what: str = ""  # LIST: what to list ("commands"); SUMMARY: an optional focus

    @classmethod
    def parse(cls, text: str | None) -> SummaryTask:
        """'list every command' -> a list of 'command'; other text -> a summary about it."""
        text = " ".join((text or "").split())
        if not text or text.lower() in ("summary", "summarise", "summarize"):
            return cls()
        match = _TASK_PATTERN.match(text)
        if match and match.group("what").strip():
            return cls(LIST, match.group("what").strip())
        return cls(SUMMARY, text)
