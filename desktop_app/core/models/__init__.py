"""Models on disk: GGUF inspection and the list of local models."""
