"""Summarise a folder into a report: one section per document, then an overview of them all.

Each document is summarised by core/summarize (the map-reduce over all its text: one policy for
every whole-document summary, in chat, in the CLI and here); its section is that summary, cited
with the pages it rests on. The overview is written from the documents' summaries in one call
when they fit the window, else they are first combined in groups that fit, level after level.

A document that cannot be read is skipped (DocumentSkipped) and listed at the end of the report
with its reason; the others go on. With a journal, each finished section is recorded as soon as
it is written, so a run stopped by a crash (or by Stop) resumes where it was: the documents
already summarised, and unchanged since, are not read again.

The Markdown: "# Report", "## Overview", then "## <file name>" per document, each with its
sources, then "## Skipped documents" when any were.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import summarize
from desktop_app.core.datamark import mark_as_data, new_boundary
from desktop_app.core.errors import LokalError
from desktop_app.core.summarize.items import fitting_groups
from desktop_app.core.workflows import markdown, prose
from desktop_app.core.workflows.events import (
    REPORT,
    Citation,
    DocumentDone,
    DocumentSkipped,
    DocumentStarted,
    SectionWritten,
    WorkflowEvent,
    WorkflowFinished,
)
from desktop_app.core.workflows.output import check_output

OVERVIEW = "Overview"
TITLE = "Report"


@dataclass(frozen=True)
class ReportRequest:
    paths: tuple[str, ...]  # files (front ends expand folders and collections first)
    output: Path | None = None  # the Markdown file; None: only WorkflowFinished.text


def write_report(
    engine,
    request: ReportRequest,
    journal=None,
    cancel: threading.Event | None = None,
) -> Iterator[WorkflowEvent]:
    """Yield per document DocumentStarted, then SectionWritten and DocumentDone (or
    DocumentSkipped); then the overview's TextStreamed and its SectionWritten "Overview"; then
    WorkflowFinished with the Markdown (written to request.output when given, also when
    stopped: the sections done so far). `journal` is a WorkflowJournal (journal.py) or None.
    An output that cannot be written raises workflow_output_unwritable before any model call
    (and when the final write fails)."""
    if request.output is not None:
        check_output(request.output)
    cancel = cancel or threading.Event()
    started = time.perf_counter()
    paths = [str(Path(path).absolute()) for path in request.paths]
    sections: list[SectionWritten] = []
    failures: list[tuple[str, LokalError]] = []
    for number, path in enumerate(paths, start=1):
        if cancel.is_set():
            break
        yield DocumentStarted(path, number, len(paths))
        began = time.perf_counter()
        recorded = journal.done(path) if journal is not None else None
        section = section_from_record(recorded) if recorded is not None else None
        resumed = section is not None
        if section is None:
            try:
                section = _summary_section(engine, path, cancel)
            except LokalError as error:
                failures.append((path, error))
                yield DocumentSkipped(path, number, len(paths), error)
                continue
            if section is None:  # stopped inside this document: it is not done
                break
            if journal is not None:
                journal.record(path, section_record(section))
        sections.append(section)
        yield section
        yield DocumentDone(path, number, len(paths), time.perf_counter() - began, resumed)
    overview = None
    if sections and not cancel.is_set():
        text = yield from _overview(engine, sections, cancel)
        if text:
            citations = tuple(citation for section in sections for citation in section.citations)
            overview = SectionWritten(OVERVIEW, text, citations)
            yield overview
    text = report_markdown(overview, sections, failures)
    output = None
    if request.output is not None:
        markdown.write_markdown(request.output, text)
        output = str(request.output)
    if journal is not None and not cancel.is_set():
        journal.finish()
    yield WorkflowFinished(
        kind=REPORT,
        output=output,
        documents=len(sections),
        skipped=len(failures),
        steps=0,  # no structured step: summaries and the overview are prose
        parsed=0,
        seconds=time.perf_counter() - started,
        cancelled=cancel.is_set(),
        text=text,
        failures=tuple(failures),
    )


def summarize_document(engine, path: str, cancel: threading.Event | None = None) -> SectionWritten:
    """One document's summary as a report section (the agent's summarize_document tool).

    Raises the document's LokalError (a DocumentError) when it cannot be read. Stopped, the
    section holds what was read so far (the notes of the pieces done)."""
    cancel = cancel or threading.Event()
    path = str(Path(path).absolute())
    section = _summary_section(engine, path, cancel, keep_partial=True)
    return section or SectionWritten(Path(path).name, "", ())


def report_markdown(
    overview: SectionWritten | None,
    sections: Sequence[SectionWritten],
    failures: Sequence[tuple[str, LokalError]] = (),
) -> str:
    blocks = []
    if overview is not None:
        blocks.append(markdown.section_markdown(overview))
    blocks += [markdown.section_markdown(section) for section in sections]
    blocks.append(markdown.skipped_markdown(failures))
    if not sections and not failures:
        blocks.append("_No document was summarised._")
    return markdown.document(TITLE, blocks)


def section_record(section: SectionWritten) -> dict:
    """A section as the journal keeps it (JSON)."""
    return {
        "title": section.title,
        "text": section.text,
        "citations": [
            [citation.path, citation.first_page, citation.last_page]
            for citation in section.citations
        ],
    }


def section_from_record(record: dict) -> SectionWritten | None:
    """The section a journal kept; None when the record is not one (an older format)."""
    try:
        citations = tuple(Citation(str(p), first, last) for p, first, last in record["citations"])
        return SectionWritten(str(record["title"]), str(record["text"]), citations)
    except (KeyError, TypeError, ValueError):
        return None


# -- one document -------------------------------------------------------------------------------


def _summary_section(
    engine, path: str, cancel: threading.Event, keep_partial: bool = False
) -> SectionWritten | None:
    """Summarise one document; its section, or None when stopped before its end (unless
    `keep_partial`). Raises the LokalError of a document that cannot be read.

    The map-reduce's own progress is not passed on: a workflow reports per document."""
    finished = None
    for event in summarize.summarize(engine, [path], summarize.SummaryTask(), cancel):
        match event:
            case summarize.DocumentFailed(error=error):
                raise error
            case summarize.SummaryFinished():
                finished = event
    if finished is None or (finished.stopped and not keep_partial):
        return None
    spans = finished.covered or finished.whole
    citations = markdown.merged_citations(
        [Citation(span.path, span.first_page, span.last_page) for span in spans]
    )
    return SectionWritten(Path(path).name, finished.answer.strip(), citations)


# -- the overview -------------------------------------------------------------------------------


def _overview(
    engine, sections: Sequence[SectionWritten], cancel: threading.Event
) -> Iterator[WorkflowEvent]:
    """The overview from the documents' summaries, streamed; combined in groups first when they
    don't fit one call."""
    room = prose.answer_room(engine)
    notes = [(section.title, section.text) for section in sections if section.text.strip()]
    if not notes:
        return ""
    while not cancel.is_set():
        messages = _overview_messages(notes, final=True)
        if len(notes) == 1 or prose.fits(engine, messages, room):
            return (yield from prose.write_prose(engine, messages, room, cancel))
        combined = []
        for group in _groups(engine, notes, room):
            if cancel.is_set():
                return ""
            if len(group) == 1:
                combined.append(group[0])
                continue
            messages = _overview_messages(group, final=False)
            text = yield from prose.write_prose(engine, messages, room, cancel, stream=False)
            combined.append(("; ".join(title for title, _ in group), text))
        notes = combined
    return ""


def _overview_messages(notes: Sequence[tuple[str, str]], final: bool) -> list[dict[str, str]]:
    boundary = new_boundary(*(text for _title, text in notes))
    # Summaries are the model's own notes, and this step can cause nothing but text: delimited
    # as data, not datamarked (datamarking costs 2.5 times the tokens:
    # 105 against 41 for three sentences, with SmolLM2's tokenizer).
    blocks = [mark_as_data(text, title, boundary, datamark=False) for title, text in notes]
    if final:
        ask = "Write a short overview of these documents together: what they are about."
    else:
        ask = "Combine these summaries into one shorter summary. Keep every document's key facts."
    user = f"Summaries of {len(notes)} documents:\n\n" + "\n\n".join(blocks) + f"\n\n{ask}"
    return prose.messages_for(user)


def _groups(engine, notes: list[tuple[str, str]], room: int) -> list[list[tuple[str, str]]]:
    """Consecutive summaries in groups whose combining prompt fits the window (two at least, so
    every level has fewer notes than the one before)."""
    return fitting_groups(
        notes, lambda trial: prose.fits(engine, _overview_messages(trial, final=False), room)
    )
