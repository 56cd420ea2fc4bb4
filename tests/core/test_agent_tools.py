"""The agent's tools on real files: confinement of every path, datamarked results, bounded
output, schema-checked arguments, and writes that happen only after an approval of exactly
what is written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop_app.core.agent.approval import APPEND, WRITE, WriteProposal
from desktop_app.core.agent.confinement import Confinement
from desktop_app.core.agent.tools import (
    MAX_RESULT_CHARS,
    READ_ONLY_TOOLS,
    TOOL_SPECS,
    Toolbox,
)
from desktop_app.core.datamark import DATA_MARK
from desktop_app.core.store_types import Hit
from desktop_app.core.workflows import extract
from tests.scripted_engine import ScriptedEngine


@pytest.fixture
def folders(tmp_path):
    docs = tmp_path / "docs"
    out = tmp_path / "out"
    elsewhere = tmp_path / "elsewhere"
    for folder in (docs, out, elsewhere):
        folder.mkdir()
    (docs / "notes.txt").write_text("The meeting is on Tuesday in room 4.", encoding="utf-8")
    (docs / "sub").mkdir()
    (docs / "sub" / "deep.md").write_text("# Deep\nA deeper note.", encoding="utf-8")
    (docs / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (elsewhere / "secret.txt").write_text("the secret is 1234", encoding="utf-8")
    return docs, out, elsewhere


def toolbox(folders, **kwargs) -> Toolbox:
    docs, out, _elsewhere = folders
    write_root = kwargs.pop("write_root", out)
    return Toolbox(ScriptedEngine(), Confinement([docs], write_root), **kwargs)


def test_specs_are_json_schemas_and_tools_appear_only_where_they_apply(folders):
    assert {spec.name for spec in TOOL_SPECS} == {
        "search_documents",
        "read_document",
        "list_folder",
        "summarize_document",
        "extract_fields",
        "write_file",
        "append_to_file",
    }
    # The tools `lokal mcp` serves: reads only (extract_fields reads too, but is not served).
    assert set(READ_ONLY_TOOLS) < {spec.name for spec in TOOL_SPECS if not spec.writes}
    for spec in TOOL_SPECS:
        assert spec.parameters["type"] == "object"
        assert spec.parameters["additionalProperties"] is False
    no_writes = toolbox(folders, write_root=None)
    assert "write_file" not in no_writes.names and "append_to_file" not in no_writes.names
    assert "search_documents" not in no_writes.names  # no search was given
    with_search = toolbox(folders, search=lambda query, limit: [])
    assert "search_documents" in with_search.names and "write_file" in with_search.names
    only = toolbox(folders, tools=["read_document"])
    assert only.names == ("read_document",)
    with pytest.raises(ValueError):
        toolbox(folders, tools=["rm_rf"])


def test_read_document_returns_datamarked_text_inside_the_roots(folders):
    result = toolbox(folders).run("read_document", {"path": "notes.txt"})
    assert result.ok, result.text
    assert f"Tuesday{DATA_MARK}in{DATA_MARK}room" in result.text  # datamarked, not plain
    assert "<<DATA " in result.text and "<<END DATA " in result.text
    assert result.data["pages"][0]["text"] == "The meeting is on Tuesday in room 4."


@pytest.mark.parametrize(
    "raw",
    ["../elsewhere/secret.txt", "sub/../../elsewhere/secret.txt", "{elsewhere}/secret.txt"],
)
def test_reads_outside_the_allowed_folders_are_refused(folders, raw):
    _docs, _out, elsewhere = folders
    result = toolbox(folders).run("read_document", {"path": raw.format(elsewhere=elsewhere)})
    assert not result.ok
    assert result.error.code == "path_outside_allowed"
    assert "1234" not in result.text


def test_a_symlink_out_is_refused_for_reading_and_not_listed(folders):
    docs, _out, elsewhere = folders
    try:
        os.symlink(elsewhere / "secret.txt", docs / "link.txt")
        os.symlink(elsewhere, docs / "linked_folder")
    except OSError:
        pytest.skip("this file system cannot make symlinks")
    box = toolbox(folders)
    result = box.run("read_document", {"path": "link.txt"})
    assert not result.ok and result.error.code == "path_linked_out"
    assert "1234" not in result.text
    listing = box.run("list_folder", {"path": str(docs), "pattern": "**/*"})
    listed = {Path(entry["path"]).name for entry in listing.data["entries"]}
    assert "notes.txt" in listed and "deep.md" in listed
    assert "link.txt" not in listed and "secret.txt" not in listed
    assert ".hidden.txt" not in listed


def test_list_folder_filters_by_pattern_and_refuses_patterns_that_climb_out(folders):
    docs, _out, _elsewhere = folders
    box = toolbox(folders)
    listing = box.run("list_folder", {"path": ".", "pattern": "*.txt"})
    assert listing.ok
    assert [Path(entry["path"]).name for entry in listing.data["entries"]] == ["notes.txt"]
    assert str(docs / "notes.txt") in listing.text
    climbing = box.run("list_folder", {"path": ".", "pattern": "../*"})
    assert not climbing.ok and climbing.error.code == "agent_bad_arguments"
    not_a_folder = box.run("list_folder", {"path": "notes.txt"})
    assert not not_a_folder.ok and not_a_folder.error.code == "agent_bad_arguments"


def test_a_long_document_is_cut_and_the_result_says_how_to_read_on(folders, make_pdf):
    docs, _out, _elsewhere = folders
    page = "word " * 1500  # 7,500 characters a page
    pdf = make_pdf("long.pdf", [f"Page one. {page}", f"Page two. {page}", "Page three."])
    target = docs / "long.pdf"
    pdf.rename(target)
    box = toolbox(folders)
    result = box.run("read_document", {"path": "long.pdf"})
    assert result.ok
    assert len(result.text) < MAX_RESULT_CHARS + 1000
    assert "[cut:" in result.text and result.data["cut"] is True
    third = box.run("read_document", {"path": "long.pdf", "pages": [3]})
    assert third.ok and "Page" in third.text and "three." in third.text
    assert [page["page"] for page in third.data["pages"]] == [3]
    missing = box.run("read_document", {"path": "long.pdf", "pages": [9]})
    assert not missing.ok and "3 pages" in missing.text


@pytest.mark.parametrize(
    ("name", "arguments", "problem"),
    [
        ("read_document", {}, "'path' is a required property"),
        ("read_document", {"path": "notes.txt", "mode": "rw"}, "Additional properties"),
        ("read_document", {"path": 5}, "is not of type 'string'"),
        ("read_document", {"path": "notes.txt", "pages": [0]}, "less than the minimum"),
        ("read_document", ["notes.txt"], "must be a JSON object"),
        ("extract_fields", {"path": "notes.txt", "fields": []}, "should be non-empty"),
    ],
)
def test_bad_arguments_are_refused_with_the_problem_told(folders, name, arguments, problem):
    result = toolbox(folders).run(name, arguments)
    assert not result.ok
    assert result.error.code == "agent_bad_arguments"
    assert problem in result.error.params["detail"]
    assert problem in result.text  # the model is told, so it can call again


def test_an_unknown_tool_is_refused_and_the_tools_are_named(folders):
    result = toolbox(folders).run("run_shell", {"command": "rm -rf /"})
    assert not result.ok and result.error.code == "agent_unknown_tool"
    assert "read_document" in result.text


def test_search_results_are_datamarked_and_hits_outside_the_roots_dropped(folders):
    docs, _out, elsewhere = folders
    hits = [
        Hit(str(docs / "notes.txt"), None, 0.9, "meeting on Tuesday", 0, 18),
        Hit(str(elsewhere / "secret.txt"), 2, 0.8, "the secret is 1234", 0, 18),
    ]
    asked = []

    def search(query, limit):
        asked.append((query, limit))
        return hits

    result = toolbox(folders, search=search).run(
        "search_documents", {"query": "meeting", "limit": 3}
    )
    assert asked == [("meeting", 3)]
    assert result.ok
    assert f"meeting{DATA_MARK}on{DATA_MARK}Tuesday" in result.text
    assert "1234" not in result.text
    assert [hit["path"] for hit in result.data["hits"]] == [str(docs / "notes.txt")]


# -- writes -------------------------------------------------------------------------------------


def test_without_an_approver_nothing_is_written(folders):
    _docs, out, _elsewhere = folders
    result = toolbox(folders).run("write_file", {"path": "report.md", "content": "hello"})
    assert not result.ok
    assert result.error.code == "agent_write_refused"
    assert result.approval == (str(out / "report.md"), False)
    assert "did not approve" in result.text
    assert not (out / "report.md").exists()


def test_a_refused_write_leaves_the_file_as_it_was(folders):
    _docs, out, _elsewhere = folders
    (out / "report.md").write_text("keep me", encoding="utf-8")
    shown: list[WriteProposal] = []

    def refuse(proposal):
        shown.append(proposal)
        return False

    result = toolbox(folders, approve=refuse).run(
        "write_file", {"path": "report.md", "content": "replaced"}
    )
    assert not result.ok and result.error.code == "agent_write_refused"
    assert (out / "report.md").read_text(encoding="utf-8") == "keep me"
    assert shown[0].existing == "keep me" and "-keep me" in shown[0].diff


def test_an_approved_write_lands_exactly_where_shown_with_exactly_the_content_shown(folders):
    _docs, out, _elsewhere = folders
    shown: list[WriteProposal] = []

    def approve(proposal):
        shown.append(proposal)
        return True

    box = toolbox(folders, approve=approve)
    content = "# Report\n\nLine with ünïcode and a tab\t.\n"
    result = box.run("write_file", {"path": "sub/../report.md", "content": content})
    assert result.ok, result.text
    (proposal,) = shown
    assert proposal.path == str(out / "report.md")  # the resolved path, not the raw one
    assert proposal.mode == WRITE and proposal.existing is None and proposal.diff == ""
    assert Path(proposal.path).read_bytes() == proposal.new_text.encode("utf-8")
    assert proposal.new_text == content
    assert box.written == [str(out / "report.md")]
    assert [p.name for p in out.iterdir()] == ["report.md"]  # no temporary file left


def test_append_writes_the_current_text_plus_the_new_and_shows_a_diff(folders):
    _docs, out, _elsewhere = folders
    (out / "log.md").write_text("first\n", encoding="utf-8")
    shown: list[WriteProposal] = []
    box = toolbox(folders, approve=lambda proposal: shown.append(proposal) or True)
    result = box.run("append_to_file", {"path": "log.md", "text": "second\n"})
    assert result.ok
    assert shown[0].mode == APPEND and shown[0].existing == "first\n"
    assert "+second" in shown[0].diff
    assert (out / "log.md").read_text(encoding="utf-8") == "first\nsecond\n"


def test_a_file_changed_while_the_user_looked_is_not_overwritten(folders):
    _docs, out, _elsewhere = folders
    target = out / "log.md"
    target.write_text("first\n", encoding="utf-8")

    def approve_after_an_edit(proposal):
        target.write_text("first\nthe user's own edit\n", encoding="utf-8")
        return True

    result = toolbox(folders, approve=approve_after_an_edit).run(
        "append_to_file", {"path": "log.md", "text": "agent text\n"}
    )
    assert not result.ok and result.error.code == "agent_write_refused"
    assert target.read_text(encoding="utf-8") == "first\nthe user's own edit\n"


@pytest.mark.parametrize("raw", ["../docs/notes.txt", "{docs}/new.txt", "../elsewhere/x.txt"])
def test_writes_outside_the_output_folder_never_reach_the_approver(folders, raw):
    docs, _out, _elsewhere = folders
    asked = []
    result = toolbox(folders, approve=lambda proposal: asked.append(proposal) or True).run(
        "write_file", {"path": raw.format(docs=docs), "content": "x"}
    )
    assert not result.ok and result.error.code.startswith("path_")
    assert asked == []
    assert (docs / "notes.txt").read_text(encoding="utf-8").startswith("The meeting")


def test_a_symlink_planted_in_the_output_folder_is_not_followed(folders):
    _docs, out, elsewhere = folders
    try:
        os.symlink(elsewhere / "secret.txt", out / "planted.txt")
    except OSError:
        pytest.skip("this file system cannot make symlinks")
    result = toolbox(folders, approve=lambda proposal: True).run(
        "write_file", {"path": "planted.txt", "content": "overwritten"}
    )
    assert not result.ok and result.error.code == "path_linked_out"
    assert (elsewhere / "secret.txt").read_text(encoding="utf-8") == "the secret is 1234"


# -- the workflow tools -------------------------------------------------------------------------


def test_extract_fields_keeps_only_values_found_in_the_document(folders):
    docs, _out, _elsewhere = folders
    (docs / "invoice.txt").write_text(
        "Invoice number: INV-2024-017\nTotal: 1,234.50 EUR\n", encoding="utf-8"
    )

    values = {"invoice number": "INV-2024-017", "total": "1234.50", "sender": "ACME Ltd"}
    keys = extract.field_keys(list(values))

    def reply(messages):
        # The model answers every field it is asked for; "ACME Ltd" is made up.
        prompt = messages[-1]["content"]
        return json.dumps({keys[f]: value for f, value in values.items() if keys[f] in prompt})

    box = Toolbox(ScriptedEngine(reply=reply), Confinement([docs], None))
    result = box.run("extract_fields", {"path": "invoice.txt", "fields": list(values)})
    assert result.ok, result.text
    cells = {cell["field"]: cell["value"] for cell in result.data["cells"]}
    assert cells["invoice number"] == "INV-2024-017"
    assert cells["sender"] == ""  # "ACME Ltd" is not in the document: never invented
    assert "sender: (not in the document)" in result.text
    assert result.data["model_steps"] >= 1


def test_summarize_document_goes_through_the_report_workflow(folders):
    engine = ScriptedEngine(reply="A short summary of the meeting note.")
    box = Toolbox(engine, Confinement([folders[0]], None))
    result = box.run("summarize_document", {"path": "notes.txt"})
    assert result.ok, result.text
    assert result.data["path"].endswith("notes.txt")
    assert "<<DATA " in result.text  # the summary came from document text: marked as data
    refused = box.run("summarize_document", {"path": str(folders[2] / "secret.txt")})
    assert not refused.ok and refused.error.code == "path_outside_allowed"


def test_an_approver_that_fails_or_answers_other_than_true_writes_nothing(folders):
    _docs, out, _elsewhere = folders

    def broken(proposal):
        raise RuntimeError("the dialog's window was closed")

    for approver in (broken, lambda proposal: "yes", lambda proposal: None):
        result = toolbox(folders, approve=approver).run(
            "write_file", {"path": "x.md", "content": "x"}
        )
        assert not result.ok and result.error.code == "agent_write_refused"
    assert list(out.iterdir()) == []


def test_pages_asked_of_a_document_without_pages_give_its_text(folders):
    result = toolbox(folders).run("read_document", {"path": "notes.txt", "pages": [2]})
    assert result.ok and "Tuesday" in result.text and "(no pages)" in result.text
