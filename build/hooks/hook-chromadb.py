"""chromadb: the modules its settings name as strings, its data files and metadata.

chromadb builds its components from dotted names in chromadb.config.Settings (the API, the
system database, the segment manager, telemetry...) with importlib, which PyInstaller cannot
follow: every submodule is collected (chroma-core/chroma #1589, #4092), except those only a
chroma server or a distributed deployment loads (FastAPI, gRPC services, Kubernetes member
lists, server authentication) and its own tests. Lokal opens a PersistentClient with its own
vectors (embedding_function=None), so onnxruntime and tokenizers, which chroma's default
embedding function imports lazily, are there only because Lokal's embedder uses them too.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

# Loaded only by a chroma server or a distributed deployment, never by a PersistentClient.
SERVER_ONLY = (
    "chromadb.test",
    "chromadb.server",
    "chromadb.cli",
    "chromadb.app",
    "chromadb.auth.",  # server-side authentication providers (the package itself stays)
    "chromadb.db.impl.grpc",
    "chromadb.logservice",
    "chromadb.segment.impl.distributed",
    "chromadb.execution.executor.distributed",
    "chromadb.telemetry.opentelemetry.fastapi",
)


def _wanted(name: str) -> bool:
    return not any(name == prefix or name.startswith(prefix) for prefix in SERVER_ONLY)


hiddenimports = collect_submodules("chromadb", filter=_wanted)
hiddenimports += ["chromadb_rust_bindings", "onnxruntime", "tokenizers"]
datas = collect_data_files("chromadb", excludes=["test", "test/**", "**/*.pyi"])
datas += copy_metadata("chromadb")  # chromadb reads its own version from its metadata
excludedimports = ["kubernetes", "fastapi", "chromadb.test", "chromadb.server", "hypothesis"]
