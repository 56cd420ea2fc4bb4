"""Readers for the formats beyond PDF and plain text; `readers.READERS` registers them.

They import `Page`, `ReadResult` and `decode_text` from `readers` inside each function: `readers`
imports these modules to build its table, so a module-level import would be circular.
"""
