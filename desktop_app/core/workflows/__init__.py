"""Ready workflows over whole documents: fixed plans whose model steps are grammar-constrained,
validated and retried, with per-document progress, cancel and resume (issue 12).

Leaves first: events (what every workflow yields), documents (a document's whole text), then one
module per workflow: extract (fields into a table), report (a folder summarised), ask_across
(one answer per document, then a combined one), compare (two versions, section by section).
"""
