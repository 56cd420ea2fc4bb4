"""`lokal summarize PATH...` as a user runs it: progress on stderr, the result on stdout, bad
files told like `lokal index` tells them while the others go on. Real model, small window."""

from __future__ import annotations

import json
import re

import pytest

from desktop_app.config import Settings, save_settings
from tests.cli.test_cli import lokal
from tests.core.test_summarize import PAGE_COUNT, long_pages

pytestmark = pytest.mark.slow  # each `lokal summarize` loads the chat model in its process


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """A data folder whose settings give the model a 512-token window and greedy answers."""
    data = tmp_path_factory.mktemp("summarize-cli") / "data"
    data.mkdir()
    settings = Settings()
    settings.model.context_length = 512
    settings.model.max_tokens = 128
    settings.model.temperature = 0.0
    save_settings(settings, data)
    return data


def test_summarize_prints_progress_and_the_summary(data_dir, tmp_path, qapp):
    from tests.pdfs import write_pdf

    pdf = write_pdf(tmp_path / "logbook.pdf", long_pages())
    result = lokal("summarize", pdf, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    [planned] = [line for line in lines if line.startswith("read ")]
    assert planned.startswith(f"read {pdf} ({PAGE_COUNT} page(s), ")
    reading = [line for line in lines if line.startswith("  reading pages ")]
    pieces = int(planned.split(", ")[1].split()[0])
    assert len(reading) == pieces >= 2
    assert reading[0].startswith("  reading pages 1-")
    assert reading[0].endswith(f"(piece 1 of {pieces})")  # no time left before a piece is read
    # Once a piece is read, each line says about how long the summary has left.
    left = r", about \d+ (s|min|h) left"
    assert re.search(f"-{PAGE_COUNT} \\(piece {pieces} of {pieces}{left}\\)$", reading[-1])
    assert all(re.search(f"{left}\\)$", line) for line in reading[1:])
    assert re.fullmatch(r"  writing the summary \(about \d+ (s|min|h) left\)", lines[-1])
    # The summary itself, and nothing else, on stdout (its words and length are the model's).
    assert result.stdout.strip() and "reading" not in result.stdout
    assert not any(marker in result.stdout for marker in ("<|im_", "<start_of_turn>", "[INST]"))


def test_bad_files_get_error_lines_and_the_others_are_listed(data_dir, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    notes = tmp_path / "notes.md"
    notes.write_text("# Build\n\nRun `make test` to test Lokal.\nRun `make run` to start it.\n")
    result = lokal(
        "summarize", "--task", "list every command", "--json", bad, binary, notes,
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 1  # a file failed, as with `lokal index`
    lines = result.stderr.splitlines()
    assert any(line.startswith(f"{bad}: the PDF is damaged and cannot be read") for line in lines)
    assert f"{binary}: the file holds binary data, not text" in lines
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert (report["task"], report["what"]) == ("list", "command")
    assert report["documents"] == [str(notes)]
    assert [failure["path"] for failure in report["failed"]] == [str(bad), str(binary)]
    assert report["map_calls"] == 1 and report["reduce_calls"] == 0
    # Each item says where it was found; the answer is the same list, one item a line.
    for item in report["items"]:
        assert item["places"] == [{"path": str(notes), "first_page": None, "last_page": None}]
    assert report["answer"].count("\n") + 1 == len(report["items"]) or not report["items"]
