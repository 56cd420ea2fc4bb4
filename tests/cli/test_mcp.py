"""`lokal mcp` driven by the official MCP SDK's client over stdio, as another local tool would:
it lists exactly the four read-only tools, lists a folder, reads a document, refuses a path
outside --allow, searches an indexed data folder, and writes nothing but the protocol on
stdout."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest

from tests.cli.test_cli import lokal

READ_ONLY = {"search_documents", "read_document", "list_folder", "summarize_document"}
NOTES = "The ferry to Bornholm leaves at 08:30 from Køge harbour, every day but Sunday."


def server_parameters(data_dir, *allowed):
    from mcp.client.stdio import StdioServerParameters

    arguments = ["-m", "desktop_app", "--data-dir", str(data_dir), "mcp"]
    for folder in allowed:
        arguments += ["--allow", str(folder)]
    return StdioServerParameters(command=sys.executable, args=arguments)


def with_client(parameters, work):
    """Run `work(client)` (a coroutine function) against a server started for this call."""
    from mcp import Client

    async def session():
        async with Client(parameters, read_timeout_seconds=120) as client:
            return await work(client)

    return asyncio.run(session())


def text_of(result) -> str:
    return "\n".join(block.text for block in result.content)


@pytest.fixture
def folders(tmp_path):
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (allowed / "notes.txt").write_text(NOTES, encoding="utf-8")
    (allowed / "sub").mkdir()
    (allowed / "sub" / "plan.md").write_text("# Plan\n\nShip it on Friday.\n", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("the vault code is 4711", encoding="utf-8")
    (allowed / "link.txt").symlink_to(outside / "secret.txt")
    return tmp_path / "data", allowed, outside


def test_the_server_lists_the_read_only_tools_and_reads_inside_allow(folders):
    data_dir, allowed, outside = folders

    async def work(client):
        listed = await client.list_tools()
        folder = await client.call_tool("list_folder", {"path": str(allowed)})
        pattern = await client.call_tool(
            "list_folder", {"path": str(allowed), "pattern": "**/*.md"}
        )
        read = await client.call_tool("read_document", {"path": str(allowed / "notes.txt")})
        relative = await client.call_tool("read_document", {"path": "sub/plan.md"})
        refused = [
            await client.call_tool("read_document", {"path": path})
            for path in (
                str(outside / "secret.txt"),  # absolute, elsewhere
                str(allowed / ".." / "outside" / "secret.txt"),  # .. climbing out
                str(allowed / "link.txt"),  # a symlink that leads out
            )
        ]
        outside_listing = await client.call_tool("list_folder", {"path": str(outside)})
        unknown = await client.call_tool("write_file", {"path": "x.txt", "content": "x"})
        return listed, folder, pattern, read, relative, refused, outside_listing, unknown

    listed, folder, pattern, read, relative, refused, outside_listing, unknown = with_client(
        server_parameters(data_dir, allowed), work
    )
    assert {tool.name for tool in listed.tools} == READ_ONLY  # nothing that writes
    assert all(tool.description for tool in listed.tools)

    assert not folder.is_error
    entries = {entry["path"]: entry["kind"] for entry in folder.structured_content["entries"]}
    assert entries[str(allowed / "notes.txt")] == "file"
    assert entries[str(allowed / "sub")] == "folder"
    assert str(allowed / "link.txt") not in entries  # it leads outside: not even listed
    assert [entry["path"] for entry in pattern.structured_content["entries"]] == [
        str(allowed / "sub" / "plan.md")
    ]

    assert not read.is_error
    [page] = read.structured_content["pages"]
    assert page["text"].strip() == NOTES
    assert "<<DATA" in text_of(read)  # the text for a model is marked as data
    assert not relative.is_error
    assert "Ship it on Friday." in relative.structured_content["pages"][0]["text"]

    for result in [*refused, outside_listing]:
        assert result.is_error
        assert "4711" not in text_of(result)
    assert "outside the folders this task may use" in text_of(refused[0])
    assert unknown.is_error  # not served at all


def test_stdout_carries_only_the_protocol(folders):
    """A raw JSON-RPC session: every line the server writes on stdout is a protocol message
    (its start-up notes go to stderr)."""
    data_dir, allowed, _outside = folders
    messages = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "test", "version": "1"},
            },
        },
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
        {
            "jsonrpc": "2.0",
            "id": 3,
            "method": "tools/call",
            "params": {"name": "read_document", "arguments": {"path": str(allowed / "notes.txt")}},
        },
    ]
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "mcp",
               "--allow", str(allowed)]  # fmt: skip
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    replies = {}
    try:
        for message in messages:
            process.stdin.write(json.dumps(message) + "\n")
            process.stdin.flush()
            if "id" not in message:
                continue
            while True:  # notifications may come between replies; every line must be JSON
                reply = json.loads(process.stdout.readline())
                assert reply["jsonrpc"] == "2.0"
                if reply.get("id") == message["id"]:
                    replies[message["id"]] = reply
                    break
        rest, stderr = process.communicate(timeout=60)  # closes stdin: the server ends
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    for line in rest.splitlines():
        json.loads(line)
    assert {tool["name"] for tool in replies[2]["result"]["tools"]} == READ_ONLY
    assert not replies[3]["result"].get("isError")
    assert "lokal mcp: serving" in stderr
    assert "Traceback" not in stderr


def test_a_missing_allowed_folder_or_nothing_to_serve_is_a_usage_error(tmp_path):
    missing = lokal("mcp", "--allow", tmp_path / "nowhere", data_dir=tmp_path / "data")
    assert missing.returncode == 2
    assert "not a folder" in missing.stderr and not missing.stdout
    nothing = lokal("mcp", data_dir=tmp_path / "data")  # nothing indexed, no --allow
    assert nothing.returncode == 2
    assert "no folder to serve" in nothing.stderr and not nothing.stdout


@pytest.mark.slow  # `lokal index` and the server's search load the embedding model
@pytest.mark.long  # a minute on a busy machine
def test_search_finds_indexed_passages_and_the_folders_default_to_the_indexed_ones(folders):
    data_dir, allowed, outside = folders
    indexed = lokal("index", allowed, outside, data_dir=data_dir)
    assert indexed.returncode == 0, indexed.stderr

    async def search(client):
        listed = await client.list_tools()
        ferry = await client.call_tool("search_documents", {"query": "ferry to Bornholm"})
        vault = await client.call_tool("search_documents", {"query": "vault code", "limit": 20})
        return listed, ferry, vault

    # --allow the one folder: the other folder's indexed passages are not shown.
    listed, ferry, vault = with_client(server_parameters(data_dir, allowed), search)
    assert {tool.name for tool in listed.tools} == READ_ONLY
    assert not ferry.is_error
    hits = ferry.structured_content["hits"]
    assert hits and hits[0]["path"] == str(allowed / "notes.txt")
    assert "Bornholm" in hits[0]["text"]
    assert all(
        hit["path"] != str(outside / "secret.txt") for hit in vault.structured_content["hits"]
    )

    # No --allow: the indexed files' folders are the read roots.
    async def read_both(client):
        return [
            await client.call_tool("read_document", {"path": str(folder / name)})
            for folder, name in ((allowed, "notes.txt"), (outside, "secret.txt"))
        ]

    notes, secret = with_client(server_parameters(data_dir), read_both)
    assert not notes.is_error and not secret.is_error
    assert "4711" in secret.structured_content["pages"][0]["text"]


@pytest.mark.slow  # summarize_document loads the chat model (the other tools need none)
@pytest.mark.long
def test_summarize_document_loads_the_model_when_first_called(folders):
    data_dir, allowed, _outside = folders

    async def summarize(client):
        return await client.call_tool("summarize_document", {"path": str(allowed / "notes.txt")})

    result = with_client(server_parameters(data_dir, allowed), summarize)
    assert not result.is_error, text_of(result)
    assert result.structured_content["path"] == str(allowed / "notes.txt")
    assert isinstance(result.structured_content["summary"], str)
    assert {citation["path"] for citation in result.structured_content["citations"]} <= {
        str(allowed / "notes.txt")
    }
