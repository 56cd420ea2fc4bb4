"""The Markdown of the text workflows (report, ask across, compare), and writing it to a file.

A leaf of the workflows package (events and the standard library): each workflow builds its
sections, this module lays them out the same way and writes the file atomically, so a crash
leaves the old file or the new one, never half of either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.atomic import write_atomically
from desktop_app.core.errors import LokalError
from desktop_app.core.ingest.document import short_reason
from desktop_app.core.workflows.events import Citation, SectionWritten

_HEADING_LINE = re.compile(r"^([ \t]{0,3})#", re.MULTILINE)


def citations_label(citations: Sequence[Citation]) -> str:
    """'a.pdf, pp. 1-3; b.txt' (each place once, in order)."""
    return "; ".join(dict.fromkeys(citation.label for citation in citations))


def merged_citations(citations: Sequence[Citation]) -> tuple[Citation, ...]:
    """Each file once, in the order first cited, its pages in ranges: p. 2 and p. 1 of a.pdf
    become pp. 1-2. A citation of a whole file without pages stands for all of it."""
    by_path: dict[str, list[tuple[int, int]] | None] = {}
    for citation in citations:
        ranges = by_path.setdefault(citation.path, [])
        if citation.first_page is None or ranges is None:
            by_path[citation.path] = None
        else:
            last = citation.first_page if citation.last_page is None else citation.last_page
            ranges.append((citation.first_page, max(last, citation.first_page)))
    merged: list[Citation] = []
    for path, ranges in by_path.items():
        if ranges is None:
            merged.append(Citation(path))
            continue
        current: list[int] = []
        for first, last in sorted(ranges):
            if current and first <= current[1] + 1:
                current[1] = max(current[1], last)
                continue
            if current:
                merged.append(Citation(path, current[0], current[1]))
            current = [first, last]
        merged.append(Citation(path, current[0], current[1]))
    return tuple(merged)


def section_markdown(section: SectionWritten, empty: str = "_Nothing was written._") -> str:
    """'## title', the text, then its sources in italics."""
    lines = [f"## {one_line(section.title)}", "", quiet_headings(section.text.strip()) or empty]
    if section.citations:
        lines += ["", f"_Sources: {citations_label(section.citations)}_"]
    return "\n".join(lines)


def skipped_markdown(failures: Sequence[tuple[str, LokalError]]) -> str:
    """'## Skipped documents' and one line per document with the reason; '' when none."""
    if not failures:
        return ""
    lines = ["## Skipped documents", ""]
    lines += [f"- {Path(path).name}: {error.message}" for path, error in failures]
    return "\n".join(lines)


def document(title: str, blocks: Sequence[str]) -> str:
    """'# title' then the non-empty blocks, a blank line between them, one newline at the end."""
    parts = [f"# {one_line(title)}", *(block.strip() for block in blocks if block.strip())]
    return "\n\n".join(parts) + "\n"


def quiet_headings(text: str) -> str:
    """A model's (or a document's) '# Heading' lines escaped: the report's own headings are the
    only ones, so its sections stay one per document."""
    return _HEADING_LINE.sub(r"\1\\#", text)


def one_line(text: str) -> str:
    """A heading stays one line, whatever a model or a file name put in it."""
    return " ".join(text.split())


def write_markdown(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically; LokalError workflow_output_unwritable else."""
    try:
        write_atomically(Path(path), text.encode("utf-8"))
    except OSError as error:
        raise LokalError(
            "workflow_output_unwritable", path=str(path), detail=short_reason(error)
        ) from error
