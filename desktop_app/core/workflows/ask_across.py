"""Ask across all documents: one answer per document that says something, then a combined one.

The input is one search over many documents (the front end's Retriever.search with a large
top_k). Its passages are grouped by document, in the search's order; each document's passages
answer the question through core/application/ask.answer, the one answering policy (its prompt,
its checks, its retry). With a sentence scorer (evidence.scorer_for(retriever)) each document's
passages are first judged as `lokal ask` judges a search (grounding.ground_sources): a document
whose passages don't answer the question is dropped without a model call. Without one, a
document is dropped when its answer has nothing of its own (answer_check's EMPTY).

Each answering document gives a section, its [n] markers turned into the pages they name. The
combined answer is written from those answers, each delimited as data and numbered, and its
[n] markers become the documents' names. Documents are dropped from the end of the combined
prompt (the search ranks best first) when they would not fit the window; their sections stay.

The Markdown: "# Ask across documents", the question, "## Combined answer", then one
"## <file name>" per answering document, then "## Skipped documents" when any failed.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop_app.core import language
from desktop_app.core.application import answer_check, ask
from desktop_app.core.application.evidence import SentenceScorer
from desktop_app.core.application.grounding import ground_sources
from desktop_app.core.application.grounding_types import Grounding
from desktop_app.core.datamark import mark_as_data, new_boundary
from desktop_app.core.errors import LokalError
from desktop_app.core.store_types import Hit
from desktop_app.core.workflows import markdown, prose
from desktop_app.core.workflows.events import (
    ASK_ACROSS,
    Citation,
    DocumentDone,
    DocumentSkipped,
    DocumentStarted,
    SectionWritten,
    TextStreamed,
    WorkflowEvent,
    WorkflowFinished,
)
from desktop_app.core.workflows.output import check_output

TITLE = "Ask across documents"
COMBINED = "Combined answer"
_MARKER = re.compile(r"\[(\d{1,3})\]")


def ask_across(
    engine,
    question: str,
    hits: Sequence[Hit],
    cancel: threading.Event | None = None,
    output: Path | None = None,
    scorer: SentenceScorer | None = None,
    groundings: Sequence[Grounding] | None = None,
) -> Iterator[WorkflowEvent]:
    """Answer `question` from each document of `hits`, then combine the answers.

    Whether a document answers it is decided per document as the chat decides it: give the
    `scorer` (evidence.scorer_for(retriever)), or `groundings` made where the retriever lives
    (grounding.ground_each_document; `hits` is then unused). A document found not to answer
    costs no model call. With neither, every document is asked, and one whose answer has
    nothing of its own is dropped.

    Yield per document DocumentStarted, its SectionWritten when it answers, DocumentDone
    (DocumentSkipped when answering failed); then the combined answer's TextStreamed and its
    SectionWritten "Combined answer"; then WorkflowFinished with the Markdown (written to
    `output` when given, also when stopped: the answers so far).
    An output that cannot be written raises workflow_output_unwritable before any model call
    (and when the final write fails)."""
    if output is not None:
        check_output(output)
    cancel = cancel or threading.Event()
    started = time.perf_counter()
    # Each document's grounding: made here with `scorer`, or given whole (`groundings`, from
    # grounding.ground_each_document where the retriever lives: the window's index worker).
    if groundings is not None:
        judged = {grounded.sources[0].path: grounded for grounded in groundings if grounded.sources}
        documents = {path: list(grounded.sources) for path, grounded in judged.items()}
    else:
        documents = group_by_document(hits)
        judged = {
            path: ground_sources(question, document_hits, scorer) if scorer else None
            for path, document_hits in documents.items()
        }
    sections: list[SectionWritten] = []
    failures: list[tuple[str, LokalError]] = []
    done = 0
    for number, (path, document_hits) in enumerate(documents.items(), start=1):
        if cancel.is_set():
            break
        yield DocumentStarted(path, number, len(documents))
        began = time.perf_counter()
        try:
            finished = _document_answer(engine, question, document_hits, judged[path], cancel)
        except LokalError as error:
            failures.append((path, error))
            yield DocumentSkipped(path, number, len(documents), error)
            continue
        if cancel.is_set():  # stopped inside this document: its answer is cut short
            break
        section = answer_section(path, finished)
        if section is not None:
            sections.append(section)
            yield section
        done += 1
        yield DocumentDone(path, number, len(documents), time.perf_counter() - began)
    combined = None
    if not cancel.is_set():
        combined = yield from _combined(engine, question, sections, cancel)
        if combined is not None:
            yield combined
    text = ask_across_markdown(question, combined, sections, failures, done)
    written = None
    if output is not None:
        markdown.write_markdown(output, text)
        written = str(output)
    yield WorkflowFinished(
        kind=ASK_ACROSS,
        output=written,
        documents=done,
        skipped=len(failures),
        steps=0,  # no structured step: the answers are prose
        parsed=0,
        seconds=time.perf_counter() - started,
        cancelled=cancel.is_set(),
        text=text,
        failures=tuple(failures),
    )


def group_by_document(hits: Sequence[Hit]) -> dict[str, list[Hit]]:
    """The hits by file, files in the order of their best hit, each file's hits in order."""
    documents: dict[str, list[Hit]] = {}
    for hit in hits:
        documents.setdefault(hit.path, []).append(hit)
    return documents


def answer_section(path: str, finished: ask.AnswerFinished) -> SectionWritten | None:
    """A document's answer as a section, its markers turned into pages; None when the document
    has nothing to say (not found, or an answer with nothing of its own)."""
    text = finished.answer.strip()
    if not finished.found or not text or answer_check.EMPTY in finished.problems:
        return None
    sources = finished.sources
    cited = [sources[n - 1] for n in _cited_numbers(text, len(sources))] or list(sources)
    citations = markdown.merged_citations([Citation(hit.path, hit.page, hit.page) for hit in cited])
    labelled = _MARKER.sub(
        lambda match: _source_label(match, sources),
        text,
    )
    return SectionWritten(Path(path).name, labelled, citations)


def ask_across_markdown(
    question: str,
    combined: SectionWritten | None,
    sections: Sequence[SectionWritten],
    failures: Sequence[tuple[str, LokalError]] = (),
    documents: int = 0,
) -> str:
    blocks = [f"**Question:** {markdown.one_line(question)}"]
    if documents:
        blocks.append(f"_{len(sections)} of {documents} documents answer it._")
    if combined is not None:
        blocks.append(markdown.section_markdown(combined))
    blocks += [markdown.section_markdown(section) for section in sections]
    blocks.append(markdown.skipped_markdown(failures))
    return markdown.document(TITLE, blocks)


# -- one document -------------------------------------------------------------------------------


def _document_answer(
    engine,
    question: str,
    hits: Sequence[Hit],
    grounded: Grounding | None,
    cancel: threading.Event,
) -> ask.AnswerFinished:
    if grounded is not None:
        asked = ask.Question(question, grounding=grounded)
    else:
        asked = ask.Question(question, sources=tuple(hits))
    finished = None
    for event in ask.answer(engine, asked, cancel):
        if isinstance(event, ask.AnswerFinished):
            finished = event
    assert finished is not None  # ask.answer always ends with AnswerFinished
    return finished


def _cited_numbers(text: str, count: int) -> list[int]:
    numbers = (int(match.group(1)) for match in _MARKER.finditer(text))
    return list(dict.fromkeys(n for n in numbers if 1 <= n <= count))


def _source_label(match: re.Match, sources: Sequence[Hit]) -> str:
    number = int(match.group(1))
    if not 1 <= number <= len(sources):
        return match.group(0)
    hit = sources[number - 1]
    return f"[{Citation(hit.path, hit.page, hit.page).label}]"


# -- the combined answer ------------------------------------------------------------------------


def _combined(
    engine, question: str, sections: Sequence[SectionWritten], cancel: threading.Event
) -> Iterator[WorkflowEvent]:
    """The combined answer, streamed; returns its section (None when stopped)."""
    if not sections:  # no document says anything: no model call, the answer says so
        message = language.not_found_message(question)
        yield TextStreamed(message)
        return SectionWritten(COMBINED, message, ())
    room = prose.answer_room(engine)
    used = list(sections)
    messages = _combined_messages(question, used)
    while len(used) > 1 and not prose.fits(engine, messages, room):
        used.pop()  # the lowest-ranked document's answer: its section stays in the file
        messages = _combined_messages(question, used)
    text = yield from prose.write_prose(engine, messages, room, cancel)
    if cancel.is_set() and not text:
        return None
    cited = [used[n - 1] for n in _cited_numbers(text, len(used))] or used
    citations = markdown.merged_citations([c for section in cited for c in section.citations])

    def document_name(match: re.Match) -> str:
        number = int(match.group(1))
        return f"[{used[number - 1].title}]" if 1 <= number <= len(used) else match.group(0)

    return SectionWritten(COMBINED, _MARKER.sub(document_name, text), citations)


def _combined_messages(question: str, sections: Sequence[SectionWritten]) -> list[dict[str, str]]:
    boundary = new_boundary(*(section.text for section in sections))
    # The answers are the model's own, and this step can cause nothing but text: delimited as
    # data, not datamarked (datamarking costs 2.5 times the tokens:
    # 105 against 41 for three sentences, with SmolLM2's tokenizer).
    blocks = [
        f"[{number}] {section.title}\n"
        + mark_as_data(section.text, section.title, boundary, datamark=False)
        for number, section in enumerate(sections, start=1)
    ]
    user = (
        f"Question: {question}\n\nAnswers from {len(sections)} documents:\n\n"
        + "\n\n".join(blocks)
        + "\n\nAnswer the question in a few sentences from these answers. After each fact, "
        "write the number of the document it comes from, like [1]."
    )
    return prose.messages_for(user)
