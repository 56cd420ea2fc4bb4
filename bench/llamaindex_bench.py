"""LlamaIndex baseline: the same PDFs through a plain LlamaIndex pipeline, the same model.

What runs (llama-index-core, installed by `pip install -e '.[bench]'`, which `make bench` does):
- read: pypdf, one `Document` per page with metadata {"file_name", "page_label"}, as LlamaIndex's
  own PDFReader does. That reader lives in llama-index-readers-file, which pins pypdf below 7 and
  would downgrade Lokal's pypdf, so its dozen lines are done here instead; page_label is the
  1-based page number (PDFReader takes the PDF's page labels, roman numerals and all).
- split: `SentenceSplitter(chunk_size=256, chunk_overlap=32)` measuring in the MiniLM
  tokenizer's tokens (the tokenizer.json in the model folder), so no tiktoken encoding is needed.
- embed: the very Embedder object Lokal used (all-MiniLM-L6-v2, loaded and warmed up), wrapped
  in a `BaseEmbedding` subclass with the batch size of Lokal's pipeline (pipeline.EMBED_BATCH
  texts a call). LlamaIndex embeds what it embeds by default: the chunk with its metadata lines
  in front.
- store: `VectorStoreIndex.from_documents` with the default in-memory SimpleVectorStore and
  docstore. Nothing is written to disk, which favours LlamaIndex: Lokal persists to chromadb
  and SQLite.
The clock runs from reading the first PDF to the index built (read + split + embed + store).

Retrieval: `index.as_retriever(similarity_top_k=5)` on the same questions as Lokal, scored by
retrieval_bench.score.

Offline: HF_HUB_OFFLINE is set, and the whole run, the import of llama_index included, is
inside `no_network()`, which refuses any socket connection or DNS look-up and counts the
attempts (reported as network_attempts; a run that needed the network fails loudly instead of
quietly downloading). llama-index-core ships the NLTK data its sentence splitter needs (punkt_tab,
stopwords) in llama_index/core/_static/, so nothing is fetched; tiktoken is not used because the
splitter is given a tokenizer.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import retrieval_bench

CHUNK_SIZE = 256
CHUNK_OVERLAP = 32


def available() -> bool:
    try:
        import llama_index.core  # noqa: F401
    except ImportError:
        return False
    return True


@contextlib.contextmanager
def no_network() -> Iterator[list[str]]:
    """Refuse every network connection and name look-up inside; yields the attempts made."""
    attempts: list[str] = []
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex
    getaddrinfo = socket.getaddrinfo

    def refuse(what):
        attempts.append(str(what))
        raise OSError(f"network access refused by the benchmark: {what}")

    def guarded_connect(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return connect(self, address)
        refuse(address)

    def guarded_connect_ex(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return connect_ex(self, address)
        refuse(address)

    def guarded_getaddrinfo(host, *args, **kwargs):
        refuse(host)

    socket.socket.connect, socket.socket.connect_ex = guarded_connect, guarded_connect_ex
    socket.getaddrinfo = guarded_getaddrinfo
    try:
        yield attempts
    finally:
        socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
        socket.getaddrinfo = getaddrinfo


def run(indexed, questions) -> dict:
    """Index `indexed.docs_dir`'s PDFs with LlamaIndex; speed and retrieval on `questions`."""
    with no_network() as attempts:
        result = _run(indexed, questions)
    result["network_attempts"] = attempts
    if attempts:
        raise RuntimeError(f"LlamaIndex tried to reach the network: {attempts}")
    return result


def _run(indexed, questions) -> dict:
    from llama_index.core import Document, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.core.schema import MetadataMode
    from pypdf import PdfReader
    from tokenizers import Tokenizer

    embedder = indexed.embedder
    tokenizer = Tokenizer.from_file(str(Path(embedder.model_dir) / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()

    def tokenize(text: str) -> list[int]:
        return tokenizer.encode(text, add_special_tokens=False).ids

    clock = [0.0]  # seconds spent in the embedding model
    embed_model = _embedding(embedder, clock)
    splitter = SentenceSplitter(
        chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, tokenizer=tokenize
    )
    embed_model.get_text_embedding_batch(["A warm-up sentence, so set-up is not timed."])
    clock[0] = 0.0
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    print("  LlamaIndex: reading, splitting, embedding, storing ...", flush=True)
    started = time.perf_counter()
    documents = []
    for item in indexed.corpus:
        reader = PdfReader(indexed.docs_dir / item.name)
        for number, page in enumerate(reader.pages, start=1):
            documents.append(
                Document(
                    text=page.extract_text(),
                    metadata={"page_label": str(number), "file_name": item.name},
                )
            )
    read_seconds = time.perf_counter() - started
    index = VectorStoreIndex.from_documents(
        documents, transformations=[splitter], embed_model=embed_model
    )
    seconds = time.perf_counter() - started

    nodes = list(index.docstore.docs.values())
    pages = len(documents)
    tokens = [len(tokenize(node.get_content(metadata_mode=MetadataMode.EMBED))) for node in nodes]
    print(
        f"  LlamaIndex: {pages} pages, {len(nodes)} chunks in {seconds:.1f} s "
        f"(read {read_seconds:.1f} s, embed {clock[0]:.1f} s)",
        flush=True,
    )

    retriever = index.as_retriever(similarity_top_k=retrieval_bench.TOP_K)
    results, query_seconds = [], []
    for question in questions:
        began = time.perf_counter()
        found = retriever.retrieve(question.question)
        query_seconds.append(time.perf_counter() - began)
        results.append(
            [
                (
                    hit.node.metadata.get("file_name"),
                    int(hit.node.metadata.get("page_label", 0)),
                    hit.node.get_content(),
                )
                for hit in found
            ]
        )
    return {
        "pages": pages,
        "chunks": len(nodes),
        "seconds": seconds,
        "pages_per_s": pages / seconds,
        "chunks_per_s": len(nodes) / seconds,
        "read_seconds": read_seconds,
        "embed_seconds": clock[0],
        "mean_embedded_tokens": sum(tokens) / max(1, len(tokens)),
        "store": "in-memory SimpleVectorStore (default)",
        "retrieval": retrieval_bench.score(questions, results, query_seconds),
    }


def _embedding(embedder, clock: list[float]):
    """A LlamaIndex BaseEmbedding that encodes with Lokal's Embedder, timing it in clock[0]."""
    from llama_index.core.bridge.pydantic import PrivateAttr
    from llama_index.core.embeddings import BaseEmbedding

    from desktop_app.core.ingest.pipeline import EMBED_BATCH

    class LokalEmbedding(BaseEmbedding):
        _embedder: object = PrivateAttr()

        def __init__(self, embedder, **kwargs):
            super().__init__(model_name=embedder.name, embed_batch_size=EMBED_BATCH, **kwargs)
            self._embedder = embedder

        @classmethod
        def class_name(cls) -> str:
            return "LokalEmbedding"

        def _encode(self, texts):
            started = time.perf_counter()
            vectors = self._embedder.encode(texts)
            clock[0] += time.perf_counter() - started
            return vectors

        def _get_query_embedding(self, query):
            return self._embedder.encode_query(query)

        async def _aget_query_embedding(self, query):
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text):
            return self._encode([text])[0]

        def _get_text_embeddings(self, texts):
            return self._encode(texts)

    return LokalEmbedding(embedder)
