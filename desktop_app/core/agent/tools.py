"""The agent's tools: what a model may do with the user's files, each call checked by code.

Seven tools, no more: search_documents, read_document, list_folder, summarize_document,
extract_fields (reads), write_file, append_to_file (writes). No shell, no code, no network, no
delete. `Toolbox.run(name, arguments)` never raises for a model's bad input: an unknown tool,
arguments that do not fit the tool's JSON schema, a path outside the allowed folders or a
refused write all come back as a `ToolResult` with ok=False, the error, and a text that tells
the model what went wrong so it can try again.

- Reads go through `Confinement.resolve_for_read` first: a path outside the read roots (`..`,
  a symlink out, an absolute path elsewhere) is refused before any file is opened. Search hits
  outside the read roots are dropped too.
- Document text goes back to the model delimited and datamarked (datamark.mark_as_data), so it
  reads as data, never as instructions. Each result is bounded (MAX_RESULT_CHARS) and says what
  was cut and how to read on.
- Writes go through `resolve_for_write`, then a WriteProposal (exact path, exact content, a
  diff when the file exists) to the `approve` callable of the front end; without an approver,
  or on a no, nothing is written. On a yes the file gets exactly the proposal's text, written
  atomically (a temporary file beside it, opened with confinement.open_for_write, flushed to
  disk, renamed over the file): append is "read the current text, write current + new text",
  and the write is refused when the file changed after the proposal was made.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from jsonschema import Draft202012Validator

from desktop_app.core.agent.approval import APPEND, WRITE, WriteProposal, propose_write
from desktop_app.core.agent.confinement import Confinement, PathRefused, open_for_write
from desktop_app.core.datamark import mark_as_data
from desktop_app.core.errors import LokalError
from desktop_app.core.store_types import Hit
from desktop_app.core.workflows import documents, extract, report

# What one tool result may put into the prompt: a small model's window is 2,048 to 8,192 tokens.
MAX_RESULT_CHARS = 6000
MAX_SEARCH_RESULTS = 20
MAX_LISTED = 100  # entries one list_folder shows
MAX_SCANNED = 5000  # entries one list_folder looks at (a `**` over a big tree stays bounded)
MAX_EXISTING_BYTES = 2_000_000  # a file larger than this is not rewritten (no diff could show it)
MAX_PATH = 300
MAX_WRITE_CHARS = 20_000  # what one write may hold (append_to_file adds more)

SEARCH_DOCUMENTS = "search_documents"
READ_DOCUMENT = "read_document"
LIST_FOLDER = "list_folder"
SUMMARIZE_DOCUMENT = "summarize_document"
EXTRACT_FIELDS = "extract_fields"
WRITE_FILE = "write_file"
APPEND_TO_FILE = "append_to_file"


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    parameters: dict  # JSON schema of the arguments (an object)
    writes: bool


def _object(properties: dict, required: Sequence[str]) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
    }


_PATH = {"type": "string", "minLength": 1, "maxLength": MAX_PATH}

TOOL_SPECS: tuple[ToolSpec, ...] = (
    ToolSpec(
        SEARCH_DOCUMENTS,
        "Search the user's documents for passages about a query. Returns passages with their "
        "file and page.",
        _object(
            {
                "query": {"type": "string", "minLength": 1, "maxLength": 200},
                "limit": {"type": "integer", "minimum": 1, "maximum": MAX_SEARCH_RESULTS},
            },
            ["query"],
        ),
        writes=False,
    ),
    ToolSpec(
        READ_DOCUMENT,
        "Read the text of a document (PDF, Word, text...). Give page numbers to read only "
        "those pages.",
        _object(
            {
                "path": _PATH,
                "pages": {
                    "type": "array",
                    "items": {"type": "integer", "minimum": 1},
                    "maxItems": 20,
                },
            },
            ["path"],
        ),
        writes=False,
    ),
    ToolSpec(
        LIST_FOLDER,
        "List the files in a folder. An optional glob pattern filters them: '*.pdf', '**/*.docx'.",
        _object(
            {"path": _PATH, "pattern": {"type": "string", "minLength": 1, "maxLength": 60}},
            ["path"],
        ),
        writes=False,
    ),
    ToolSpec(
        SUMMARIZE_DOCUMENT,
        "Summarise a whole document, with page citations.",
        _object({"path": _PATH}, ["path"]),
        writes=False,
    ),
    ToolSpec(
        EXTRACT_FIELDS,
        "Find the values of named fields in a document (for example invoice number, date, "
        "total). A field not in the document stays empty.",
        _object(
            {
                "path": _PATH,
                "fields": {
                    "type": "array",
                    "items": {"type": "string", "minLength": 1, "maxLength": 60},
                    "minItems": 1,
                    "maxItems": 10,
                },
            },
            ["path", "fields"],
        ),
        writes=False,
    ),
    ToolSpec(
        WRITE_FILE,
        "Write a text file in the output folder (replacing it if it exists). The user must "
        "approve every write.",
        _object(
            {"path": _PATH, "content": {"type": "string", "maxLength": MAX_WRITE_CHARS}},
            ["path", "content"],
        ),
        writes=True,
    ),
    ToolSpec(
        APPEND_TO_FILE,
        "Add text at the end of a text file in the output folder (creating it if needed). The "
        "user must approve every write.",
        _object(
            {
                "path": _PATH,
                "text": {"type": "string", "minLength": 1, "maxLength": MAX_WRITE_CHARS},
            },
            ["path", "text"],
        ),
        writes=True,
    ),
)

READ_ONLY_TOOLS = (SEARCH_DOCUMENTS, READ_DOCUMENT, LIST_FOLDER, SUMMARIZE_DOCUMENT)
SPECS_BY_NAME = {spec.name: spec for spec in TOOL_SPECS}
_VALIDATORS = {spec.name: Draft202012Validator(spec.parameters) for spec in TOOL_SPECS}


@dataclass(frozen=True)
class ToolResult:
    ok: bool
    text: str  # what goes back to the model (document text datamarked)
    summary: str  # one short line for the step view (untranslated, for logs/CLI)
    error: LokalError | None = None
    data: object = None  # JSON-able (CLI --json, MCP structured content)
    # (path, approved) when the tool asked the user to approve a write; None otherwise.
    approval: tuple[str, bool] | None = None


class Toolbox:
    """The tools one agent run may use, bound to its engine, folders, search and approver.

    `search(query, limit)` returns hits (the front end's retriever over the chat's collections);
    `approve(proposal)` shows the user a WriteProposal and returns True to write it (only True
    approves: anything else, or an exception, is a no). Without `search` there is no
    search_documents, without a write root no write tools, without read roots no reads."""

    def __init__(
        self,
        engine,
        confinement: Confinement,
        search: Callable[[str, int], Sequence[Hit]] | None = None,
        approve: Callable[[WriteProposal], bool] | None = None,
        cancel: threading.Event | None = None,
        tools: Sequence[str] | None = None,
    ) -> None:
        self.engine = engine
        self.confinement = confinement
        self.search = search
        self.approve = approve
        self.cancel = cancel or threading.Event()
        unknown = set(tools or ()) - set(SPECS_BY_NAME)
        if unknown:
            raise ValueError(f"unknown tools: {sorted(unknown)}")
        self.specs: tuple[ToolSpec, ...] = tuple(
            spec
            for spec in TOOL_SPECS
            if self._applies(spec) and (tools is None or spec.name in tools)
        )
        self.written: list[str] = []  # paths written in this run, in order

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.specs)

    def _applies(self, spec: ToolSpec) -> bool:
        if spec.writes:
            return self.confinement.write_root is not None
        if spec.name == SEARCH_DOCUMENTS:
            return self.search is not None
        return bool(self.confinement.read_roots)

    def run(self, name: str, arguments: dict) -> ToolResult:
        """Run one tool call; every problem with the call comes back as a ToolResult."""
        if name not in self.names:
            error = LokalError("agent_unknown_tool", tool=str(name)[:80])
            listed = ", ".join(self.names)
            return ToolResult(
                False,
                f"There is no tool named {str(name)[:80]!r}. The tools are: {listed}.",
                f"unknown tool {str(name)[:80]}",
                error,
            )
        problem = argument_problem(name, arguments)
        if problem is not None:
            error = LokalError("agent_bad_arguments", tool=name, detail=problem)
            return ToolResult(
                False,
                f"The arguments do not fit {name}: {problem}. Call it again with arguments "
                "that match its parameters.",
                f"{name}: bad arguments ({problem})",
                error,
            )
        handler = getattr(self, f"_{name}")
        try:
            return handler(**arguments)
        except LokalError as error:  # a refused path, an unreadable document, no index
            return ToolResult(False, f"Error: {error.message}.", f"{name}: {error.message}", error)
        except OSError as error:
            failure = LokalError("unreadable", detail=error.strerror or type(error).__name__)
            return ToolResult(
                False, f"Error: {failure.message}.", f"{name}: {failure.message}", failure
            )

    # -- reads --------------------------------------------------------------------------------

    def _search_documents(self, query: str, limit: int = 5) -> ToolResult:
        hits = [hit for hit in self.search(query, limit) if self._readable(hit.path)][:limit]
        if not hits:
            return ToolResult(
                True,
                f"No passage in the documents matches {query!r}.",
                f"search {query!r}: nothing found",
                data={"query": query, "hits": []},
            )
        blocks = [mark_as_data(hit.text, _place(hit.path, hit.page)) for hit in hits]
        text = _bounded(
            f"{len(hits)} passages for {query!r} (path, page):\n\n" + "\n\n".join(blocks),
            "ask a narrower query to see other passages",
        )
        files = len({hit.path for hit in hits})
        data = {
            "query": query,
            "hits": [
                {"path": hit.path, "page": hit.page, "text": hit.text, "score": hit.score}
                for hit in hits
            ],
        }
        return ToolResult(
            True, text, f"search {query!r}: {len(hits)} passages from {files} files", data=data
        )

    def _readable(self, path: str) -> bool:
        try:
            self.confinement.resolve_for_read(path)
        except PathRefused:
            return False
        return True

    def _read_document(self, path: str, pages: Sequence[int] = ()) -> ToolResult:
        resolved = self.confinement.resolve_for_read(path)
        document = documents.load_document(resolved, self.cancel)
        paged = document.page_count is not None
        wanted = sorted(set(pages)) if paged else []  # a text file has no pages to choose
        chosen = [page for page in document.pages if not wanted or page.number in wanted]
        if paged and wanted and not chosen:
            return ToolResult(
                False,
                f"{resolved.name} has {document.page_count} pages; pages {wanted} have no text.",
                f"read {resolved.name}: no such pages",
                LokalError("agent_bad_arguments", tool=READ_DOCUMENT, detail="no such pages"),
            )
        shown: list[str] = []
        used = 0
        cut_note = ""
        for page in chosen:
            room = MAX_RESULT_CHARS - used
            if room <= 200:
                next_pages = [p.number for p in chosen[len(shown) :] if p.number is not None]
                cut_note = _read_on(resolved.name, next_pages, document.page_count)
                break
            body = page.text if len(page.text) <= room else page.text[:room]
            shown.append(mark_as_data(body, _place(str(resolved), page.number)))
            used += len(body)
            if len(body) < len(page.text):
                cut_note = (
                    f"[cut: page {page.number or 1} was shown up to character {len(body)} of "
                    f"{len(page.text)}"
                    + (
                        "; ask for later pages to read on]"
                        if paged
                        else "; the rest of this document cannot be shown]"
                    )
                )
                break
        header = f"{resolved} ({document.page_count} pages)" if paged else f"{resolved} (no pages)"
        text = header + ":\n\n" + "\n\n".join(shown) + (f"\n\n{cut_note}" if cut_note else "")
        numbers = [page.number for page in chosen[: len(shown)] if page.number is not None]
        what = f"pages {_ranges(numbers)}" if numbers else "its text"
        data = {
            "path": str(resolved),
            "page_count": document.page_count,
            "pages": [{"page": page.number, "text": page.text} for page in chosen[: len(shown)]],
            "cut": bool(cut_note),
        }
        summary = f"read {resolved.name}: {what}, {used:,} characters" + (
            " (cut)" if cut_note else ""
        )
        return ToolResult(True, text, summary, data=data)

    def _list_folder(self, path: str, pattern: str = "*") -> ToolResult:
        folder = self.confinement.resolve_for_read(path)
        if not folder.is_dir():
            raise LokalError("agent_bad_arguments", tool=LIST_FOLDER, detail="not a folder")
        problem = _pattern_problem(pattern)
        if problem:
            raise LokalError("agent_bad_arguments", tool=LIST_FOLDER, detail=problem)
        entries: list[dict] = []
        scanned = 0
        truncated = False
        for match in folder.glob(pattern):
            scanned += 1
            if scanned > MAX_SCANNED or len(entries) >= MAX_LISTED:
                truncated = True
                break
            if any(part.startswith(".") for part in match.relative_to(folder).parts):
                continue  # hidden files and folders, as the indexer skips them
            if not self._readable(str(match)):
                continue  # a link that leads out of the allowed folders
            with contextlib.suppress(OSError):
                info = match.stat()
                kind = "folder" if stat.S_ISDIR(info.st_mode) else "file"
                entries.append({"path": str(match), "kind": kind, "size": info.st_size})
        entries.sort(key=lambda entry: entry["path"])
        lines = [
            f"{entry['path']}{os.sep if entry['kind'] == 'folder' else ''}"
            + (f"  ({entry['size']:,} bytes)" if entry["kind"] == "file" else "")
            for entry in entries
        ]
        listing = "\n".join(lines) if lines else "(nothing matches)"
        more = f"\n[only the first {len(entries)} are listed]" if truncated else ""
        text = f"{folder}, entries matching {pattern!r}:\n" + (
            mark_as_data(listing, str(folder), datamark=False) + more
        )
        data = {"folder": str(folder), "pattern": pattern, "entries": entries, "cut": truncated}
        summary = f"list {folder.name or folder}: {len(entries)} entries" + (
            " (cut)" if truncated else ""
        )
        return ToolResult(True, text, summary, data=data)

    def _summarize_document(self, path: str) -> ToolResult:
        resolved = self.confinement.resolve_for_read(path)
        section = report.summarize_document(self.engine, str(resolved), self.cancel)
        cited = ", ".join(citation.label for citation in section.citations)
        text = (
            f"Summary of {resolved}"
            + (f" (from {cited})" if cited else "")
            + ":\n"
            + mark_as_data(section.text, f"summary of {resolved.name}")
        )
        data = {
            "path": str(resolved),
            "summary": section.text,
            "citations": [
                {"path": c.path, "first_page": c.first_page, "last_page": c.last_page}
                for c in section.citations
            ],
        }
        return ToolResult(True, _bounded(text, ""), f"summarised {resolved.name}", data=data)

    def _extract_fields(self, path: str, fields: Sequence[str]) -> ToolResult:
        resolved = self.confinement.resolve_for_read(path)
        document = documents.load_document(resolved, self.cancel)
        row, results = extract.extract_document(self.engine, document, list(fields), self.cancel)
        lines = [_cell_line(field, value, page) for field, value, page in row.cells]
        found = sum(1 for _field, value, _page in row.cells if value)
        text = f"Fields found in {resolved}:\n" + mark_as_data(
            "\n".join(lines), resolved.name, datamark=False
        )
        data = {
            "path": str(resolved),
            "cells": [
                {"field": field, "value": value, "page": page} for field, value, page in row.cells
            ],
            "model_steps": len(results),
            "parsed": sum(1 for result in results if result.ok),
        }
        summary = f"extract from {resolved.name}: {found} of {len(row.cells)} fields found"
        return ToolResult(True, text, summary, data=data)

    # -- writes -------------------------------------------------------------------------------

    def _write_file(self, path: str, content: str) -> ToolResult:
        return self._write(WRITE_FILE, path, content, WRITE)

    def _append_to_file(self, path: str, text: str) -> ToolResult:
        return self._write(APPEND_TO_FILE, path, text, APPEND)

    def _approved(self, proposal: WriteProposal) -> bool:
        """The user's decision; no approver, or one that fails (a closed window), is a no."""
        if self.approve is None:
            return False
        try:
            return self.approve(proposal) is True
        except Exception:  # fail closed: a write nobody approved is never made
            return False

    def _write(self, tool: str, raw_path: str, content: str, mode: str) -> ToolResult:
        resolved = self.confinement.resolve_for_write(raw_path)
        existing = _current_text(resolved, tool)
        proposal = propose_write(resolved, content, mode, existing)
        approved = self._approved(proposal)
        decision = (str(resolved), approved)
        if not approved:
            return ToolResult(
                False,
                f"The user did not approve this write: nothing was written to {resolved}. "
                "Do not try to write it again; answer the user instead.",
                f"write to {resolved.name} refused",
                LokalError("agent_write_refused", path=str(resolved)),
                approval=decision,
            )
        if _current_text(resolved, tool) != existing:
            return ToolResult(
                False,
                f"{resolved} changed after the user saw the proposed write: nothing was written.",
                f"write to {resolved.name} not done: the file changed meanwhile",
                LokalError("agent_write_refused", path=str(resolved)),
                approval=decision,
            )
        _replace_atomically(self.confinement, resolved, proposal.new_text.encode("utf-8"))
        self.written.append(str(resolved))
        verb = "appended to" if mode == APPEND else "wrote"
        return ToolResult(
            True,
            f"The user approved: {verb} {resolved} ({len(content):,} characters).",
            f"{verb} {resolved.name} ({len(content):,} characters)",
            data={"path": str(resolved), "mode": mode, "characters": len(content)},
            approval=decision,
        )


def argument_problem(name: str, arguments: object) -> str | None:
    """Why `arguments` do not fit tool `name`'s schema (the first problem, short), or None."""
    if not isinstance(arguments, dict):
        return "the arguments must be a JSON object"
    errors = sorted(
        _VALIDATORS[name].iter_errors(arguments), key=lambda error: list(error.absolute_path)
    )
    if not errors:
        return None
    error = errors[0]
    where = ".".join(str(part) for part in error.absolute_path)
    message = error.message if len(error.message) <= 120 else error.message[:119] + "…"
    return f"{where}: {message}" if where else message


def _current_text(path: Path, tool: str) -> str | None:
    """The text a file to be written holds now (None when it does not exist)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if info.st_size > MAX_EXISTING_BYTES:
        raise LokalError("agent_bad_arguments", tool=tool, detail="the file is too large")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise LokalError(
            "agent_bad_arguments", tool=tool, detail="the file exists and is not UTF-8 text"
        ) from None


def _replace_atomically(confinement: Confinement, path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path` and rename it over `path`.

    The temporary name is checked by the same confinement and opened with open_for_write
    (no link followed, parent re-checked). The rename replaces the name itself: a symlink or a
    hard link planted at `path` since the check is replaced, its target left untouched."""
    temp_name = f".{path.name[:200]}.{secrets.token_hex(4)}.lokal-tmp"
    temp = confinement.resolve_for_write(str(path.parent / temp_name))
    fd = open_for_write(temp)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp, stat.S_IMODE(os.stat(path).st_mode))  # keep the file's permissions
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _cell_line(field: str, value: str, page: int | None) -> str:
    if not value:
        return f"{field}: (not in the document)"
    return f"{field}: {value} (page {page})" if page is not None else f"{field}: {value}"


def _place(path: str, page: int | None) -> str:
    return f"{path}, page {page}" if page is not None else path


def _ranges(numbers: Sequence[int]) -> str:
    """[1, 2, 3, 7] -> '1-3, 7'."""
    spans: list[str] = []
    start = previous = None
    for number in sorted(numbers):
        if start is None:
            start = previous = number
        elif number == previous + 1:
            previous = number
        else:
            spans.append(f"{start}-{previous}" if previous != start else str(start))
            start = previous = number
    if start is not None:
        spans.append(f"{start}-{previous}" if previous != start else str(start))
    return ", ".join(spans)


def _read_on(name: str, next_pages: Sequence[int], page_count: int | None) -> str:
    if next_pages:
        return (
            f"[cut: {name} goes on; read pages {_ranges(next_pages[:5])} next with "
            f"read_document and pages]"
        )
    return "[cut: the rest of the document did not fit]"


def _bounded(text: str, how_to_see_more: str) -> str:
    if len(text) <= MAX_RESULT_CHARS:
        return text
    note = f"\n[cut at {MAX_RESULT_CHARS:,} of {len(text):,} characters"
    note += f"; {how_to_see_more}]" if how_to_see_more else "]"
    return text[:MAX_RESULT_CHARS] + note


def _pattern_problem(pattern: str) -> str | None:
    unified = pattern.replace("\\", "/")
    if unified.startswith("/") or (len(unified) > 1 and unified[1] == ":"):
        return "the pattern must be relative to the folder"
    if ".." in PurePosixPath(unified).parts:
        return "the pattern may not climb out of the folder with .."
    if any(ord(char) < 32 for char in pattern):
        return "the pattern holds control characters"
    return None
