"""Compare two documents: what changed between two versions, section by section, cited.

Code finds the changes (alignment.py: sections aligned by heading or paragraph, the sentences
removed and added found by difflib); unchanged sections are skipped. For each changed, added or
removed section one model call puts the change in words. That call streams prose (stream_chat),
not JSON under a grammar: the facts of the change (which section, which sentences, which pages)
are already known from the text, so there is nothing left for a schema to check, and a grammar
costs 38-67% of the speed. The section then holds the model's account and the exact sentences
removed and added, cited with the old and the new pages. The sentences reach the prompt
delimited as data and datamarked (core/agent/datamark): a document cannot instruct the model.

The Markdown: "# Comparison", the two files, then "## Changed|Added|Removed: <section>" per
change, each with its account, a diff of its sentences, and its sources.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop_app.core.datamark import mark_as_data, new_boundary, unmark
from desktop_app.core.errors import LokalError
from desktop_app.core.workflows import alignment, markdown, prose
from desktop_app.core.workflows.documents import DocumentText, load_document
from desktop_app.core.workflows.events import (
    COMPARE,
    Citation,
    DocumentDone,
    DocumentSkipped,
    DocumentStarted,
    SectionWritten,
    WorkflowEvent,
    WorkflowFinished,
)
from desktop_app.core.workflows.output import check_output

TITLE = "Comparison"
KIND_TITLES = {alignment.CHANGED: "Changed", alignment.ADDED: "Added", alignment.REMOVED: "Removed"}
# Tokens the account of one change may take: a sentence or two.
ACCOUNT_TOKENS = 96


def compare_documents(
    engine,
    old_path: str,
    new_path: str,
    output: Path | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[WorkflowEvent]:
    """Yield DocumentStarted/DocumentDone (or DocumentSkipped) for the old and the new version,
    then one SectionWritten per changed section, then WorkflowFinished with the Markdown
    (written to `output` when given, also when stopped: the changes described so far).
    An output that cannot be written raises workflow_output_unwritable before any model call
    (and when the final write fails)."""
    if output is not None:
        check_output(output)
    cancel = cancel or threading.Event()
    started = time.perf_counter()
    documents: list[DocumentText] = []
    failures: list[tuple[str, LokalError]] = []
    for number, path in enumerate((old_path, new_path), start=1):
        if cancel.is_set():
            break
        path = str(Path(path).absolute())
        yield DocumentStarted(path, number, 2)
        began = time.perf_counter()
        try:
            documents.append(load_document(path, cancel))
        except LokalError as error:
            failures.append((path, error))
            yield DocumentSkipped(path, number, 2, error)
            continue
        yield DocumentDone(path, number, 2, time.perf_counter() - began)
    sections: list[SectionWritten] = []
    compared = 0
    if len(documents) == 2 and not cancel.is_set():
        old, new = documents
        found, compared = alignment.changes(old, new)
        for change in found:
            if cancel.is_set():
                break
            account = yield from _account(engine, old, new, change, cancel)
            if cancel.is_set():  # stopped inside this call: its account is cut short
                break
            section = change_section(old, new, change, account)
            sections.append(section)
            yield section
    names = (Path(old_path).name, Path(new_path).name)
    text = compare_markdown(names, sections, compared, failures, complete=len(documents) == 2)
    written = None
    if output is not None:
        markdown.write_markdown(output, text)
        written = str(output)
    yield WorkflowFinished(
        kind=COMPARE,
        output=written,
        documents=len(documents),
        skipped=len(failures),
        steps=0,  # no structured step: the accounts are prose
        parsed=0,
        seconds=time.perf_counter() - started,
        cancelled=cancel.is_set(),
        text=text,
        failures=tuple(failures),
    )


def change_section(
    old: DocumentText, new: DocumentText, change: alignment.Change, account: str
) -> SectionWritten:
    """The account, then the sentences removed and added as a diff; cited old, then new."""
    lines = [f"- {sentence}" for sentence in change.removed]
    lines += [f"+ {sentence}" for sentence in change.added]
    diff = "```diff\n" + "\n".join(markdown.one_line(line) for line in lines) + "\n```"
    text = f"{account.strip()}\n\n{diff}" if account.strip() else diff
    citations = []
    if change.old is not None:
        citations.append(Citation(old.path, change.old.first_page, change.old.last_page))
    if change.new is not None:
        citations.append(Citation(new.path, change.new.first_page, change.new.last_page))
    return SectionWritten(f"{KIND_TITLES[change.kind]}: {change.title}", text, tuple(citations))


def compare_markdown(
    names: tuple[str, str],
    sections: Sequence[SectionWritten],
    compared: int,
    failures: Sequence[tuple[str, LokalError]] = (),
    complete: bool = True,
) -> str:
    blocks = [f"**Old:** {names[0]}  \n**New:** {names[1]}"]
    if complete:
        if sections:
            blocks.append(f"_{len(sections)} of {compared} sections changed._")
        else:
            blocks.append("_No differences in the text._")
    blocks += [markdown.section_markdown(section) for section in sections]
    blocks.append(markdown.skipped_markdown(failures))
    return markdown.document(TITLE, blocks)


# -- the account of one change ------------------------------------------------------------------


def _account(
    engine,
    old: DocumentText,
    new: DocumentText,
    change: alignment.Change,
    cancel: threading.Event,
) -> Iterator[WorkflowEvent]:
    """The model's account of one change, not streamed (the section is the unit shown)."""
    room = prose.answer_room(engine, ACCOUNT_TOKENS)
    removed, added = list(change.removed), list(change.added)
    messages = _account_messages(old, new, change, removed, added)
    while not prose.fits(engine, messages, room) and (len(removed) > 1 or len(added) > 1):
        # Too long for the window: the longer side keeps its first sentences (the diff in the
        # section still shows every one).
        if len(removed) >= len(added):
            removed = removed[: max(1, len(removed) // 2)]
        else:
            added = added[: max(1, len(added) // 2)]
        messages = _account_messages(old, new, change, removed, added)
    if not prose.fits(engine, messages, room):
        messages = _account_messages(old, new, change, _cut(removed), _cut(added))
        if not prose.fits(engine, messages, room):  # a window too small for any account
            return ""
    text = yield from prose.write_prose(engine, messages, room, cancel, stream=False)
    return unmark(text)


def _account_messages(
    old: DocumentText,
    new: DocumentText,
    change: alignment.Change,
    removed: Sequence[str],
    added: Sequence[str],
) -> list[dict[str, str]]:
    boundary = new_boundary(*removed, *added)
    old_name, new_name = Path(old.path).name, Path(new.path).name
    # The section's title is the document's text too (a heading, a paragraph's opening): it
    # stays out of the prompt, which names only files and pages outside the data.
    parts = ["One section of a document differs between two versions."]
    if removed:
        source = _source(old_name, change.old)
        parts.append(
            f"Only in the old version ({source}):\n"
            + mark_as_data("\n".join(removed), source, boundary)
        )
    if added:
        source = _source(new_name, change.new)
        parts.append(
            f"Only in the new version ({source}):\n"
            + mark_as_data("\n".join(added), source, boundary)
        )
    if change.kind == alignment.ADDED:
        ask = "In one or two sentences, say what the new version adds."
    elif change.kind == alignment.REMOVED:
        ask = "In one or two sentences, say what the new version no longer has."
    else:
        ask = "In one or two sentences, say what changed from the old version to the new one."
    parts.append(ask)
    return prose.messages_for("\n\n".join(parts))


def _source(name: str, section: alignment.Section | None) -> str:
    if section is None:
        return name
    return Citation(name, section.first_page, section.last_page).label


def _cut(sentences: Sequence[str], words: int = 120) -> list[str]:
    """At most the first `words` words of each sentence: one sentence can be a whole table."""
    return [" ".join(sentence.split()[:words]) for sentence in sentences]
