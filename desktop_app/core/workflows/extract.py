"""Extract fields into a table: one row per document, a cell per field, never an invented value.

For each document the model fills a JSON object (one grammar-constrained, validated, re-asked
step per piece of the document that fits the window; later pieces are asked only for the fields
still missing). A value is kept only when the document's text holds it (grounded_values: after
normalising spaces, case, number and date formats); the cell then holds the document's own
spelling of it and remembers the page where it was found. Anything else is an empty cell.

    request = ExtractRequest(paths=("a.pdf", "b.txt"), fields=INVOICE_FIELDS, output=Path("t.csv"))
    for event in extract_fields(engine, request, journal, cancel):
        ...   # DocumentStarted, ModelStepParsed..., RowExtracted, DocumentDone per document

Property names in the schema are ASCII slugs of the fields ("invoice_number", "belob_i_alt"),
made unique with a number, mapped back to the user's names afterwards. The user's names can
hold anything, and llama.cpp's json-schema-to-grammar writes each property name into a grammar
literal escaping only quotes and line breaks: a backslash in a name breaks the grammar, and
bytes outside ASCII go through escapes that depend on the llama.cpp build. Its rule names
are made safe by the converter itself (a clash, "a b" against "a-b" or a field named "root",
gets a number), which a test checks. A slug keeps the field's meaning in view of a small
model; numbered keys ("f1", "f2") lost it and SmolLM2 wrote the list of keys into the values.
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.datamark import DATA_MARK, DATA_RULE, mark_as_data, unmark
from desktop_app.core.errors import LokalError
from desktop_app.core.grounded_values import find_value
from desktop_app.core.structured import Cancelled, StructuredResult, ask_json
from desktop_app.core.summarize.pieces import Piece, plan_pieces
from desktop_app.core.workflows.documents import DocumentText, load_document
from desktop_app.core.workflows.events import (
    EXTRACT,
    DocumentDone,
    DocumentSkipped,
    DocumentStarted,
    ModelStepParsed,
    RowExtracted,
    WorkflowEvent,
    WorkflowFinished,
)
from desktop_app.core.workflows.journal import WorkflowJournal
from desktop_app.core.workflows.tables import FILE_COLUMN, check_table_output, write_table

INVOICE_FIELDS = ("invoice number", "date", "total", "sender")
FIELD_TEMPLATES: dict[str, tuple[str, ...]] = {
    "invoice": INVOICE_FIELDS,
    "letter": ("sender", "date", "subject"),
}

MAX_FIELDS = 20
MAX_FIELD_CHARACTERS = 60
VALUE_CHARACTERS = 80  # a cell's value, as the schema's maxLength: a field, not a paragraph

# Datamarking (every space of the document shown as ˆ) or plain delimiting: measured with the
# bundled SmolLM2-135M (greedy) on 6 generated invoices (Danish, English, Swedish, German; 24
# cells): with this prompt, datamarked 4 of 24 cells right, delimited only 8 of 24 (an earlier
# prompt: 1 against 3); datamarked, the model copied whole runs of marked text into one value.
# Every step parsed either way. An extracted value can cause nothing but a cell, and a cell only
# when the document holds it, so the text goes in delimited, not datamarked.
DATAMARK = False

# Tokens of the answer: the object's punctuation, then a key and a value per field.
_ANSWER_BASE_TOKENS = 24
_ANSWER_TOKENS_PER_FIELD = 32
_FOLLOW_UP_TOKENS = 64  # ask_json's re-ask: "That reply has a problem: ..."
_MINIMUM_PIECE_TOKENS = 200
_SLUG_CHARACTERS = 24

SYSTEM_PROMPT = (
    "You fill in a form from a document. Answer with one JSON object only. Copy each value "
    "exactly as the document writes it: the same words, digits and punctuation. When the "
    'document does not give a value, write "". Never guess or make up a value.'
)


@dataclass(frozen=True)
class ExtractRequest:
    paths: tuple[str, ...]  # files (front ends expand folders and collections first)
    fields: tuple[str, ...]  # exactly as the user gave them: they are the table's header
    output: Path | None  # .csv or .xlsx (by suffix); None: write nothing (the agent's tool)


# -- fields -----------------------------------------------------------------------------------


def parse_fields(text: str) -> tuple[str, ...]:
    """'invoice number, date , total' -> ('invoice number', 'date', 'total'); blanks between
    commas are ignored. Raises workflow_fields_invalid when no field is left, or one is
    repeated, too long or unusable (see check_fields)."""
    fields = tuple(part.strip() for part in text.split(",") if part.strip())
    check_fields(fields)
    return fields


def check_fields(fields: Sequence[str]) -> None:
    """Raise workflow_fields_invalid unless `fields` can head a table: 1..MAX_FIELDS names, none
    empty, over MAX_FIELD_CHARACTERS, holding a line break or control character, named "file"
    (the first column), or the same as another one (ignoring case and surrounding spaces)."""
    if not fields:
        raise LokalError("workflow_fields_invalid", detail="no field was named")
    if len(fields) > MAX_FIELDS:
        raise LokalError(
            "workflow_fields_invalid", detail=f"{len(fields)} fields, at most {MAX_FIELDS}"
        )
    seen: set[str] = set()
    for field in fields:
        name = field.strip()
        if not name:
            raise LokalError("workflow_fields_invalid", detail="a field has no name")
        if len(name) > MAX_FIELD_CHARACTERS:
            raise LokalError(
                "workflow_fields_invalid",
                detail=f"'{name[:20]}…' is longer than {MAX_FIELD_CHARACTERS} characters",
            )
        if any(unicodedata.category(char) == "Cc" for char in name):
            raise LokalError(
                "workflow_fields_invalid",
                detail=f"'{name}' holds a line break or control character",
            )
        folded = name.casefold()
        if folded == FILE_COLUMN:
            raise LokalError(
                "workflow_fields_invalid", detail=f"'{name}' is the table's first column already"
            )
        if folded in seen:
            raise LokalError("workflow_fields_invalid", detail=f"'{name}' is named twice")
        seen.add(folded)


def field_keys(fields: Sequence[str]) -> dict[str, str]:
    """The schema's property name of each field: its ASCII slug ("invoice_number"), made
    unique with a number, or "field_<n>" when nothing of it is ASCII (see the module's doc)."""
    keys: dict[str, str] = {}
    taken: set[str] = set()
    for number, field in enumerate(fields, start=1):
        ascii_text = unicodedata.normalize("NFKD", field.translate(_TRANSLITERATION))
        slug = re.sub(r"[^a-z0-9]+", "_", ascii_text.encode("ascii", "ignore").decode().lower())
        slug = slug.strip("_")[:_SLUG_CHARACTERS].rstrip("_") or f"field_{number}"
        key, copy = slug, 1
        while key in taken:
            copy += 1
            key = f"{slug}_{copy}"
        taken.add(key)
        keys[field] = key
    return keys


# Letters NFKD does not take apart into a base letter and an accent.
_TRANSLITERATION = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "ł": "l", "Ł": "L"}
)


# -- one document -----------------------------------------------------------------------------


def extract_document(
    engine,
    document: DocumentText,
    fields: Sequence[str],
    cancel: threading.Event | None = None,
) -> tuple[RowExtracted, list[StructuredResult]]:
    """One document's row, and the structured steps it took. A cell holds a value only when the
    document's text holds it (its page: where it was found); else "" and None. Raises
    structured.Cancelled when `cancel` is set, and workflow_fields_invalid for fields that
    cannot head a table (the agent's tool passes a model's fields straight through)."""
    check_fields(fields)
    extraction = _DocumentExtraction(engine, document, tuple(fields))
    results = list(extraction.steps(cancel))
    return extraction.row(), results


class _DocumentExtraction:
    """Asks piece after piece of one document until every field is found (or none is left)."""

    def __init__(self, engine, document: DocumentText, fields: tuple[str, ...]) -> None:
        self.engine = engine
        self.document = document
        self.fields = fields
        self.keys = field_keys(fields)
        self.found: dict[str, tuple[str, int | None]] = {}

    def steps(self, cancel: threading.Event | None) -> Iterator[StructuredResult]:
        """Run the model step of each piece in turn, yielding each step's result."""
        for piece in self._pieces():
            missing = [field for field in self.fields if field not in self.found]
            if not missing:
                return
            if cancel is not None and cancel.is_set():
                raise Cancelled
            result = ask_json(
                self.engine,
                self._messages(piece, missing),
                self._schema(missing),
                max_tokens=_answer_tokens(len(missing)),
                cancel=cancel,
            )
            self._keep_grounded(result.value, missing, piece)
            yield result

    def row(self) -> RowExtracted:
        cells = tuple((field, *self.found.get(field, ("", None))) for field in self.fields)
        return RowExtracted(self.document.path, cells)

    def _pieces(self) -> list[Piece]:
        answer = _answer_tokens(len(self.fields))
        overhead = self.engine.count_prompt_tokens(self._messages(None, list(self.fields)))
        # Room for the answer, a re-ask (the first answer and the problem quoted back) and its
        # doubled answer when the first was cut off.
        budget = self.engine.context_length - overhead - 3 * answer - _FOLLOW_UP_TOKENS
        budget = max(budget, _MINIMUM_PIECE_TOKENS)
        return plan_pieces(
            self.document.path,
            self.document.pages,
            lambda text: self.engine.count_tokens(_data_body(text)),
            budget,
            self.document.page_count,
        )

    def _messages(self, piece: Piece | None, fields: Sequence[str]) -> list[dict[str, str]]:
        source = piece.span.label() if piece is not None else Path(self.document.path).name
        data = _as_data(piece.text if piece is not None else "", source)
        system = f"{SYSTEM_PROMPT} {DATA_RULE}" if DATAMARK else SYSTEM_PROMPT
        asked = [(self.keys[field], field) for field in fields]
        return [
            {"role": "system", "content": system},
            *_example_turn(),
            {"role": "user", "content": _request_text(data, asked)},
        ]

    def _schema(self, fields: Sequence[str]) -> dict:
        keys = [self.keys[field] for field in fields]
        return {
            "type": "object",
            "properties": {key: {"type": "string", "maxLength": VALUE_CHARACTERS} for key in keys},
            "required": keys,
            "additionalProperties": False,
        }

    def _keep_grounded(self, value: object, fields: Sequence[str], piece: Piece) -> None:
        """Keep each answered value that the document holds; a value that is not there (made
        up, misread, the field's own name) leaves its cell empty."""
        if not isinstance(value, dict):
            return
        for field in fields:
            answer = value.get(self.keys[field])
            if not isinstance(answer, str):
                continue
            answer = unmark(answer).strip()
            if not answer or answer.casefold() in (field.casefold(), self.keys[field]):
                continue
            grounded = self._ground(answer, piece)
            if grounded is not None:
                self.found[field] = grounded

    def _ground(self, answer: str, piece: Piece) -> tuple[str, int | None] | None:
        """The document's own spelling of `answer` and its page: the piece's pages first (where
        the model read it), then the rest of the document."""
        first = piece.span.first_page
        last = piece.span.last_page or first

        def outside_piece(page) -> bool:
            return first is None or page.number is None or not first <= page.number <= last

        for page in sorted(self.document.pages, key=outside_piece):
            match = find_value(answer, page.text)
            if match is not None:
                spelled = " ".join(match.found_in(page.text).split())
                return (spelled or answer), page.number
        return None


def _request_text(data: str, keyed_fields: Sequence[tuple[str, str]]) -> str:
    """The document first, then what to copy from it (read last, so kept in view)."""
    listed = "\n".join(f'"{key}": the {field}' for key, field in keyed_fields)
    return f"{data}\n\nCopy from the document above:\n{listed}"


def _example_turn() -> tuple[dict[str, str], dict[str, str]]:
    """One worked example as a turn of the conversation: a small model copies its form (values
    copied as written, "" for what the document lacks) better than it follows a rule. A model
    that repeats the example's values gets nothing: grounding finds them in no real document
    (unless it truly holds them)."""
    example = _as_data(
        "Acme Tools Ltd\n5 Mill Lane, York\nOrder A-204\nDelivered on 2 June 2024", "example.txt"
    )
    fields = [("order", "order"), ("delivery_date", "delivery date"), ("phone", "phone")]
    answer = '{"order": "A-204", "delivery_date": "2 June 2024", "phone": ""}'
    return (
        {"role": "user", "content": _request_text(example, fields)},
        {"role": "assistant", "content": answer},
    )


def _data_body(text: str) -> str:
    """The text as it stands inside its data block (the block's two lines are counted with the
    prompt's overhead, once, not with every page)."""
    return DATA_MARK.join(text.split()) if DATAMARK else text


def _as_data(text: str, source: str) -> str:
    return mark_as_data(text, source, datamark=DATAMARK)


def _answer_tokens(fields: int) -> int:
    return _ANSWER_BASE_TOKENS + _ANSWER_TOKENS_PER_FIELD * fields


# -- the workflow -----------------------------------------------------------------------------


def extract_fields(
    engine,
    request: ExtractRequest,
    journal: WorkflowJournal | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[WorkflowEvent]:
    """Extract `request.fields` from each of `request.paths`, then write the table (also when
    cancelled: the rows done so far). Raises workflow_fields_invalid or
    workflow_output_unwritable before any model call, and workflow_output_unwritable when the
    final write fails (the journal then still holds every row: running again writes it)."""
    check_fields(request.fields)
    if request.output is not None:
        check_table_output(request.output)
    cancel = cancel or threading.Event()
    started = time.perf_counter()
    total = len(request.paths)
    rows: list[RowExtracted] = []
    failures: list[tuple[str, LokalError]] = []
    steps = parsed = 0
    cancelled = False
    for number, path in enumerate(request.paths, start=1):
        if cancel.is_set():
            cancelled = True
            break
        absolute = str(Path(path).absolute())
        document_started = time.perf_counter()
        yield DocumentStarted(absolute, number, total)
        recorded = _recorded_row(journal, absolute, request.fields)
        if recorded is not None:
            rows.append(recorded)
            yield recorded
            yield DocumentDone(absolute, number, total, 0.0, resumed=True)
            continue
        try:
            document = load_document(absolute, cancel)
            if cancel.is_set():
                cancelled = True
                break
            extraction = _DocumentExtraction(engine, document, tuple(request.fields))
            for result in extraction.steps(cancel):
                steps += 1
                parsed += result.ok
                yield ModelStepParsed(absolute, result.ok, result.attempts, result.problems)
        except Cancelled:
            cancelled = True
            break
        except LokalError as error:  # this document fails; the others go on
            failures.append((absolute, error))
            yield DocumentSkipped(absolute, number, total, error)
            continue
        row = extraction.row()
        rows.append(row)
        if journal is not None:
            journal.record(absolute, _row_result(row))
        yield row
        yield DocumentDone(absolute, number, total, time.perf_counter() - document_started)
    if request.output is not None:
        write_table(request.output, request.fields, rows)
    if journal is not None and not cancelled:
        journal.finish()
    yield WorkflowFinished(
        kind=EXTRACT,
        output=str(request.output) if request.output is not None else None,
        documents=len(rows),
        skipped=len(failures),
        steps=steps,
        parsed=parsed,
        seconds=time.perf_counter() - started,
        cancelled=cancelled,
        failures=tuple(failures),
    )


def _row_result(row: RowExtracted) -> dict:
    return {"cells": [list(cell) for cell in row.cells]}


def _recorded_row(
    journal: WorkflowJournal | None, path: str, fields: Sequence[str]
) -> RowExtracted | None:
    """The row an earlier run recorded for `path`, when it is for these same fields."""
    if journal is None:
        return None
    result = journal.done(path)
    if result is None:
        return None
    try:
        cells = tuple((str(field), str(value), page) for field, value, page in result["cells"])
    except (KeyError, TypeError, ValueError):
        return None
    if tuple(field for field, _value, _page in cells) != tuple(fields):
        return None
    if any(page is not None and not isinstance(page, int) for _field, _value, page in cells):
        return None
    return RowExtracted(path, cells)
