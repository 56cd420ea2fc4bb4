"""Small real GGUF files for the model tests, written with the `gguf` package.

A file whose architecture llama.cpp doesn't know is the honest way to test "unsupported
architecture": its header is complete and valid, so only llama.cpp itself can refuse it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


def write_gguf(path: Path, architecture: str, name: str = "Test model") -> Path:
    import gguf

    writer = gguf.GGUFWriter(str(path), architecture)
    writer.add_name(name)
    writer.add_context_length(2048)
    writer.add_block_count(1)
    writer.add_embedding_length(8)
    writer.add_head_count(2)
    writer.add_tensor("token_embd.weight", np.zeros((16, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def write_unknown_architecture(path: Path) -> Path:
    return write_gguf(path, "notamodel", "Not a model")
