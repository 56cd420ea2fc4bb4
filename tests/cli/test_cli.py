"""The CLI contract, run as a user (or another tool) would: `lokal ...` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PAGES = [
    "Chapter one describes the weather in Copenhagen during the autumn months.",
    "The launch code for project Bluebird is 4729. Keep it in the red folder.",
    "Chapter three lists the opening hours of the public libraries in Aarhus.",
]


def lokal(*args, data_dir=None, env_data_dir=None, timeout=300):
    env = dict(os.environ)
    env.pop(  # each test chooses its own data folder
        "LOKAL_DATA_DIR", None
    )
    if env_data_dir:
        env["LOKAL_DATA_DIR"] = str(env_data_dir)
    command = [sys.executable, "-m", "desktop_app"]
    if data_dir:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        command + [str(arg) for arg in args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, qapp):
    """A data folder with a 3-page PDF and a text file indexed through `lokal index`."""
    from tests.pdfs import write_pdf

    root = tmp_path_factory.mktemp("cli")
    docs = root / "docs"
    docs.mkdir()
    pdf = write_pdf(docs / "guide.pdf", PAGES)
    (docs / "notes.txt").write_text("The ferry to Bornholm leaves at 08:30 from Køge.")
    result = lokal("index", docs, data_dir=root / "data")
    return root / "data", pdf, result


@pytest.mark.slow  # indexes with the real embedding model
def test_index_prints_progress_and_succeeds(indexed):
    _data, pdf, result = indexed
    assert result.returncode == 0, result.stderr
    assert f"indexed {pdf} (" in result.stdout and "3 page(s)" in result.stdout
    assert "notes.txt" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.slow  # indexes with the real embedding model
def test_reindex_reports_unchanged(indexed):
    data, pdf, _ = indexed
    again = lokal("index", pdf, data_dir=data)
    assert again.returncode == 0
    assert f"unchanged {pdf}" in again.stdout


@pytest.mark.slow  # indexes with the real embedding model
def test_one_bad_file_fails_the_run_but_not_the_others(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("# Plans\n\nWe sail to Ærø in June.")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = lokal("index", bad, binary, good, data_dir=tmp_path / "data")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert f"{bad}: the PDF is damaged and cannot be read" in result.stderr
    assert f"{binary}: the file holds binary data, not text" in lines
    assert f"indexed {good}" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.slow  # indexes with the real embedding model
def test_search_json_points_at_the_page(indexed):
    data, pdf, _ = indexed
    result = lokal(
        "search", "--json", "--top-k", "2", "launch code of project Bluebird", data_dir=data
    )
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)
    assert entry["query"] == "launch code of project Bluebird"
    top = entry["sources"][0]
    assert top["path"] == str(pdf) and os.path.isabs(top["path"])
    assert top["page"] == 2
    assert isinstance(top["score"], float) and "4729" in top["text"]
    assert len(entry["sources"]) == 2


@pytest.mark.slow  # indexes with the real embedding model
def test_search_from_file_keeps_query_order(indexed, tmp_path):
    data, _pdf, _ = indexed
    queries = tmp_path / "queries.txt"
    queries.write_text("ferry to Bornholm\n\nlibrary opening hours\n")
    result = lokal("search", "--json", "--from-file", queries, data_dir=data)
    entries = json.loads(result.stdout)
    assert [entry["query"] for entry in entries] == ["ferry to Bornholm", "library opening hours"]
    assert entries[0]["sources"][0]["path"].endswith("notes.txt")
    assert entries[0]["sources"][0]["page"] is None
    assert entries[1]["sources"][0]["page"] == 3


@pytest.mark.slow  # indexes with the real embedding model
def test_ask_json_answers_several_questions_in_one_process(indexed, tmp_path):
    data, pdf, _ = indexed
    questions = tmp_path / "questions.txt"
    questions.write_text(
        "What is the launch code for project Bluebird?\nWhen does the ferry leave?\n"
    )
    result = lokal("ask", "--json", "--top-k", "2", "--from-file", questions, data_dir=data)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert len(entries) == 2
    for entry in entries:
        fields = {"query", "answer", "sources", "evidence", "found"}
        # "problems": the checks a small model's answer may still fail after its retry
        assert fields <= set(entry) <= fields | {"problems"}
        assert entry["found"] is True  # the documents say both
        assert entry["answer"].strip()
        assert entry["sources"]
    assert entries[0]["sources"][0] | {"text": ""} == {
        "path": str(pdf),
        "page": 2,
        "heading": "",  # the test PDF has no bookmarks or headings
        "score": entries[0]["sources"][0]["score"],
        "text": "",
    }


@pytest.mark.slow  # indexes with the real embedding model
def test_ask_with_a_missing_model_says_so(indexed, tmp_path):
    data, _pdf, _ = indexed
    result = lokal("ask", "--model", tmp_path / "nope.gguf", "hello", data_dir=data)
    assert result.returncode == 1
    assert f"model file not found: {tmp_path / 'nope.gguf'}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow  # indexes with the real embedding model
def test_ask_with_a_truncated_model_says_so(indexed, tmp_path, chat_model_path):
    data, _pdf, _ = indexed
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(chat_model_path.read_bytes()[:10_000_000])
    result = lokal("ask", "--model", cut, "hello", data_dir=data)
    assert result.returncode == 1
    assert "truncated or damaged" in result.stderr and "cut.gguf" in result.stderr
    assert "Traceback" not in result.stderr


def test_models_list_json_shows_the_bundled_model(tmp_path, chat_model_path):
    result = lokal("models", "list", "--json", env_data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    [model] = json.loads(result.stdout)
    assert model["path"] == str(chat_model_path)
    assert model["architecture"] == "llama"
    assert model["size"] == chat_model_path.stat().st_size
    assert model["bundled"] is True


@pytest.mark.slow  # indexes with the real embedding model
def test_data_dir_from_environment_holds_everything(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Remember the milk.")
    result = lokal("index", note, env_data_dir=tmp_path / "envdata")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "envdata" / "index" / "files.sqlite3").is_file()


def test_search_without_a_query_is_a_usage_error(tmp_path):
    result = lokal("search", data_dir=tmp_path)
    assert result.returncode == 2
    assert "give a query" in result.stderr


@pytest.mark.slow  # indexes with the real embedding model
def test_index_names_pdf_pages_without_text(tmp_path, qapp):
    from tests.pdfs import write_pdf

    pdf = write_pdf(tmp_path / "scan.pdf", ["Typed page about eels.", "", ""])
    result = lokal("index", pdf, data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "2 page(s) without text (scanned?), not searchable: 2, 3" in result.stdout
