"""Ready workflows over whole documents: fixed plans whose model steps are grammar-constrained,
validated and retried, with per-document progress, cancel and resume (issue 12).

Leaves first: events (what every workflow yields), documents (a document's whole text), then one
module per workflow: extract (fields into a table), report (a folder summarised), ask_across
(one answer per document, then a combined one), compare (two versions, section by section).
"""

from desktop_app.core.workflows.compare import compare_documents
from desktop_app.core.workflows.extract import (
    FIELD_TEMPLATES,
    INVOICE_FIELDS,
    ExtractRequest,
    check_fields,
    extract_document,
    extract_fields,
    parse_fields,
)
from desktop_app.core.workflows.journal import WorkflowJournal
from desktop_app.core.workflows.report import ReportRequest, summarize_document, write_report
from desktop_app.core.workflows.tables import write_table

__all__ = [
    "FIELD_TEMPLATES",
    "INVOICE_FIELDS",
    "ExtractRequest",
    "WorkflowJournal",
    "check_fields",
    "compare_documents",
    "extract_document",
    "extract_fields",
    "parse_fields",
    "ReportRequest",
    "summarize_document",
    "write_report",
    "write_table",
]
