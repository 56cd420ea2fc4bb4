"""What a ready workflow yields: one set of event types shared by every workflow.

A leaf module (standard library and core leaf types only): the workflows, the CLI, the window's
worker and the agent's tools all match on these. A workflow is a generator of these events; its
last event is WorkflowFinished (also when cancelled: what was done is kept and said).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import LokalError

EXTRACT = "extract"
REPORT = "report"
ASK_ACROSS = "ask_across"
COMPARE = "compare"


@dataclass(frozen=True)
class Citation:
    """Where a statement or a value came from: a file, and its pages (PDF) when it has them."""

    path: str
    first_page: int | None = None
    last_page: int | None = None

    @property
    def label(self) -> str:
        """'name.pdf, p. 3' / 'name.pdf, pp. 3-5' / 'name.txt' (untranslated: for files)."""
        name = Path(self.path).name
        if self.first_page is None:
            return name
        if self.last_page in (None, self.first_page):
            return f"{name}, p. {self.first_page}"
        return f"{name}, pp. {self.first_page}-{self.last_page}"


@dataclass(frozen=True)
class DocumentStarted:
    path: str
    number: int  # 1-based position among the workflow's documents
    total: int


@dataclass(frozen=True)
class DocumentDone:
    path: str
    number: int
    total: int
    seconds: float
    resumed: bool = False  # taken from the journal of an earlier, interrupted run


@dataclass(frozen=True)
class DocumentSkipped:
    """A document that could not be used (unreadable, empty, ...): the others go on."""

    path: str
    number: int
    total: int
    error: LokalError


@dataclass(frozen=True)
class ModelStepParsed:
    """One grammar-constrained model step: did its output parse and validate, in how many tries.

    Workflows yield one per structured call, so every front end can say "n of m steps parsed"."""

    path: str
    ok: bool
    attempts: int
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowExtracted:
    """Extract fields: one document's row (cells in the order of the fields as given)."""

    path: str
    cells: tuple[tuple[str, str, int | None], ...]  # (field, value or "", page or None)


@dataclass(frozen=True)
class SectionWritten:
    """Report / ask across / compare: one section of the result, with where it came from."""

    title: str
    text: str
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class TextStreamed:
    """Text of the final part (an overview, a combined answer) as the model writes it."""

    text: str


@dataclass(frozen=True)
class WorkflowFinished:
    kind: str  # EXTRACT, REPORT, ASK_ACROSS or COMPARE
    output: str | None  # the file written (CSV, XLSX, Markdown), None when nothing was written
    documents: int  # documents done (resumed ones included)
    skipped: int  # documents that could not be used
    steps: int  # structured model steps run
    parsed: int  # of them, how many parsed and validated
    seconds: float
    cancelled: bool = False
    text: str = ""  # the result as Markdown (report, ask across, compare); "" for extract
    failures: tuple[tuple[str, LokalError], ...] = field(default_factory=tuple)


WorkflowEvent = (
    DocumentStarted
    | DocumentDone
    | DocumentSkipped
    | ModelStepParsed
    | RowExtracted
    | SectionWritten
    | TextStreamed
    | WorkflowFinished
)
