"""One reader per format, each `read_x(path) -> ReadResult`; `readers.READERS` registers them.

The readers build their pages from the shared types in `ingest.document` (Page, Heading,
ReadResult, short_reason) and decode text with `ingest.text_decoding`; both are leaves, so the
readers import them at the top, and nothing here imports `readers`.
"""
