"""The agent's file access: every path trick, on real files, resolved before the check.

Windows' names (devices, data streams, namespace prefixes) are pure string logic, refused on
every OS, so they are tested here on any machine.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.agent.confinement import (
    Confinement,
    PathRefused,
    check_spelling,
    is_windows_device_name,
    open_for_write,
)
from desktop_app.core.errors import MESSAGES, LokalError

needs_symlinks = pytest.mark.skipif(
    sys.platform == "win32", reason="symlinks need a privilege on Windows"
)


@pytest.fixture
def tree(tmp_path):
    """docs/ (read), out/ (write), and outside/secret.txt that neither may reach."""
    docs, out, outside = tmp_path / "docs", tmp_path / "out", tmp_path / "outside"
    for folder in (docs / "sub", out, outside / "a" / "b"):
        folder.mkdir(parents=True)
    (docs / "report.txt").write_text("inside", encoding="utf-8")
    (docs / "sub" / "notes.txt").write_text("inside too", encoding="utf-8")
    (outside / "secret.txt").write_text("secret", encoding="utf-8")
    return tmp_path


def confinement(tree: Path) -> Confinement:
    return Confinement([tree / "docs"], tree / "out")


def refusal(call, raw: str) -> str:
    with pytest.raises(PathRefused) as caught:
        call(raw)
    return caught.value.reason_code


def test_paths_inside_are_resolved_to_real_absolute_paths(tree):
    allowed = confinement(tree)
    docs = os.path.realpath(tree / "docs")
    assert allowed.resolve_for_read("report.txt") == Path(docs, "report.txt")
    assert allowed.resolve_for_read("./sub//notes.txt") == Path(docs, "sub", "notes.txt")
    assert allowed.resolve_for_read("sub/../report.txt") == Path(docs, "report.txt")
    assert allowed.resolve_for_read(str(tree / "docs" / "report.txt")) == Path(docs, "report.txt")
    assert allowed.resolve_for_read("sub\\notes.txt") == Path(docs, "sub", "notes.txt")
    # A file that does not exist yet, in a folder that does not exist yet, is inside.
    real_out = os.path.realpath(tree / "out")
    assert allowed.resolve_for_write("new/deeper/list.md") == Path(real_out, "new/deeper/list.md")


@pytest.mark.parametrize(
    "raw",
    ["../outside/secret.txt", "sub/../../outside/secret.txt", "..\\outside\\secret.txt", ".."],
)
def test_climbing_out_with_dot_dot_is_refused(tree, raw):
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_read, raw) == "path_outside_allowed"
    assert refusal(allowed.resolve_for_write, raw) == "path_outside_allowed"


def test_an_absolute_path_outside_is_refused(tree):
    allowed = confinement(tree)
    secret = str(tree / "outside" / "secret.txt")
    assert refusal(allowed.resolve_for_read, secret) == "path_outside_allowed"
    assert refusal(allowed.resolve_for_read, "/etc/passwd") == "path_outside_allowed"
    assert refusal(allowed.resolve_for_write, str(tree / "docs" / "x.txt")) == (
        "path_outside_allowed"  # readable is not writable
    )
    # A sibling whose name starts with the root's is not inside it.
    (tree / "docs-old").mkdir()
    assert refusal(allowed.resolve_for_read, str(tree / "docs-old")) == "path_outside_allowed"


@needs_symlinks
def test_a_link_inside_that_points_out_is_refused(tree):
    (tree / "docs" / "secret.txt").symlink_to(tree / "outside" / "secret.txt")
    (tree / "out" / "secret.txt").symlink_to(tree / "outside" / "secret.txt")
    (tree / "out" / "dangling.txt").symlink_to(tree / "outside" / "not-yet.txt")
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_read, "secret.txt") == "path_linked_out"
    assert refusal(allowed.resolve_for_write, "secret.txt") == "path_linked_out"
    assert refusal(allowed.resolve_for_write, "dangling.txt") == "path_linked_out"
    assert not (tree / "outside" / "not-yet.txt").exists()


@needs_symlinks
def test_a_linked_parent_folder_is_refused_even_for_a_file_not_there_yet(tree):
    (tree / "docs" / "linked").symlink_to(tree / "outside", target_is_directory=True)
    (tree / "out" / "linked").symlink_to(tree / "outside", target_is_directory=True)
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_read, "linked/secret.txt") == "path_linked_out"
    assert refusal(allowed.resolve_for_write, "linked/new.txt") == "path_linked_out"
    assert refusal(allowed.resolve_for_write, "linked/more/new.txt") == "path_linked_out"
    assert sorted(os.listdir(tree / "outside")) == ["a", "secret.txt"]


@needs_symlinks
def test_dot_dot_after_a_link_climbs_from_the_links_target(tree):
    # "deep/.." is outside/a, not docs: a lexical normpath would say docs/secret.txt.
    (tree / "docs" / "deep").symlink_to(tree / "outside" / "a" / "b", target_is_directory=True)
    (tree / "outside" / "a" / "secret.txt").write_text("secret", encoding="utf-8")
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_read, "deep/../secret.txt") == "path_linked_out"


@needs_symlinks
def test_links_that_stay_inside_are_followed_and_a_linked_root_works(tree):
    (tree / "docs" / "alias.txt").symlink_to(tree / "docs" / "sub" / "notes.txt")
    (tree / "docs-link").symlink_to(tree / "docs", target_is_directory=True)
    real_docs = Path(os.path.realpath(tree / "docs"))
    allowed = Confinement([tree / "docs-link"], None)
    assert allowed.resolve_for_read("alias.txt") == real_docs / "sub" / "notes.txt"
    # The root may be spelled as given or as resolved.
    assert allowed.resolve_for_read(str(tree / "docs-link" / "report.txt")) == (
        real_docs / "report.txt"
    )
    assert allowed.resolve_for_read(str(real_docs / "report.txt")) == real_docs / "report.txt"


@pytest.mark.skipif(not hasattr(os, "link"), reason="no hard links here")
def test_a_hard_linked_file_may_be_read_but_not_written(tree):
    os.link(tree / "outside" / "secret.txt", tree / "out" / "twin.txt")
    os.link(tree / "outside" / "secret.txt", tree / "docs" / "twin.txt")
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_write, "twin.txt") == "path_hard_linked"
    assert allowed.resolve_for_read("twin.txt").name == "twin.txt"  # decided: readable
    assert (tree / "outside" / "secret.txt").read_text(encoding="utf-8") == "secret"


def test_writing_needs_a_write_root_and_a_file(tree):
    assert refusal(Confinement([tree / "docs"], None).resolve_for_write, "a.txt") == (
        "path_not_writable"
    )
    assert refusal(Confinement([], tree / "out").resolve_for_read, "a.txt") == (
        "path_outside_allowed"
    )
    (tree / "out" / "folder").mkdir()
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_write, "folder") == "path_not_writable"
    assert refusal(allowed.resolve_for_write, ".") == "path_not_writable"
    assert refusal(allowed.resolve_for_write, str(tree / "out")) == "path_not_writable"


def test_read_and_write_roots_may_be_the_same_or_nested(tree):
    same = Confinement([tree / "docs"], tree / "docs")
    assert same.resolve_for_write("summary.md").parent == Path(os.path.realpath(tree / "docs"))
    nested = Confinement([tree / "docs"], tree / "docs" / "sub")
    assert nested.resolve_for_write("summary.md").parent.name == "sub"
    assert refusal(nested.resolve_for_write, "../report.txt") == "path_outside_allowed"


@pytest.mark.parametrize(
    "name",
    ["CON", "con", "PRN.txt", "aux.tar.gz", "NUL", "nul.", "NUL .txt", "COM1", "com9.log",
     "LPT1", "lpt9.", "COM¹", "CONIN$", "conout$", "CON...", "AUX  "],
)  # fmt: skip
def test_windows_device_names_are_refused_on_every_os(tree, name):
    assert is_windows_device_name(name)
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_read, name) == "path_device_name"
    assert refusal(allowed.resolve_for_write, f"reports/{name}") == "path_device_name"
    assert refusal(allowed.resolve_for_read, f"sub\\{name}\\x.txt") == "path_device_name"


@pytest.mark.parametrize("name", ["CONSOLE.txt", "com10", "LPT", "nul_notes.txt", "aux-x.md"])
def test_names_that_only_look_like_devices_are_files(name):
    assert not is_windows_device_name(name)
    assert check_spelling(name, for_write=True) == [name]


@pytest.mark.parametrize(
    "raw",
    ["\\\\?\\C:\\secret.txt", "\\\\.\\PhysicalDrive0", "//?/C:/x", "//./pipe/x", "\\??\\C:\\x",
     "report.txt:hidden", "report.txt::$DATA", "sub/a:b/c.txt"],
)  # fmt: skip
def test_namespace_prefixes_and_data_streams_are_refused(tree, raw):
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_read, raw) == "path_device_name"
    assert refusal(allowed.resolve_for_write, raw) == "path_device_name"


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "a\x00.txt", "report.txt\x00.md", "a\nb.txt", "x" * 5000, "n" * 256, "C:notes"],
)
def test_empty_nul_control_and_over_long_paths_are_refused(tree, raw):
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_read, raw) == "path_invalid"
    assert refusal(allowed.resolve_for_write, raw) == "path_invalid"


def test_a_refusal_shows_a_short_path_without_nul():
    with pytest.raises(PathRefused) as caught:
        check_spelling("a\x00" + "b" * 1000, for_write=False)
    assert "\x00" not in caught.value.message and len(caught.value.path) < 210


@pytest.mark.parametrize("raw", ["bad.", "bad ", "sp ace /x.txt", "what?.md", "a<b", "pipe|x"])
def test_names_windows_would_change_or_refuse_are_not_written(tree, raw):
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_write, raw) == "path_invalid"


@pytest.mark.skipif(os.name == "nt", reason="a drive letter is this OS's own")
def test_another_oss_drive_and_network_shares_are_refused(tree):
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_read, "C:\\Users\\me\\secret.txt") == "path_invalid"
    assert refusal(allowed.resolve_for_read, "\\\\server\\share\\x.txt") == "path_outside_allowed"
    assert refusal(allowed.resolve_for_read, "//server/share/x.txt") == "path_outside_allowed"


@pytest.mark.parametrize("raw", ["~", "~/secret.txt", "~root/.ssh/id_rsa", "~\\x"])
def test_tilde_is_never_expanded(tree, raw):
    allowed = confinement(tree)
    assert refusal(allowed.resolve_for_read, raw) == "path_tilde"
    assert refusal(allowed.resolve_for_write, raw) == "path_tilde"


def test_a_tilde_that_is_not_home_syntax_is_a_literal_name(tree):
    (tree / "docs" / "~$report.docx").write_text("lock", encoding="utf-8")
    allowed = confinement(tree)
    assert allowed.resolve_for_read("~$report.docx").name == "~$report.docx"
    assert allowed.resolve_for_read("sub/~").name == "~"


def test_case_is_compared_as_the_os_compares_it(tree):
    allowed = confinement(tree)
    other_case = str(tree / "DOCS" / "report.txt")
    if os.path.normcase("A") == "a":  # Windows: one folder, whatever the case
        assert allowed.resolve_for_read(other_case).name.lower() == "report.txt"
    else:  # case-sensitive (or macOS, where normcase keeps case): refused, never let through
        assert refusal(allowed.resolve_for_read, other_case) == "path_outside_allowed"


def test_a_refusal_is_a_lokal_error_with_a_message_and_survives_pickling(tree):
    allowed = confinement(tree)
    with pytest.raises(LokalError) as caught:
        allowed.resolve_for_read("../outside/secret.txt")
    again = pickle.loads(pickle.dumps(caught.value))
    assert type(again) is PathRefused
    assert (again.reason_code, again.path) == ("path_outside_allowed", "../outside/secret.txt")
    assert again.message == "../outside/secret.txt is outside the folders this task may use"
    codes = ["path_outside_allowed", "path_not_writable", "path_device_name", "path_linked_out",
             "path_hard_linked", "path_tilde", "path_invalid"]  # fmt: skip
    for code in codes:
        assert "{path}" in MESSAGES[code]


def test_open_for_write_writes_a_new_file_and_truncates_an_old_one(tree):
    allowed = confinement(tree)
    (tree / "out" / "old.txt").write_text("a much longer old content", encoding="utf-8")
    for name in ("new.txt", "old.txt"):
        fd = open_for_write(allowed.resolve_for_write(name))
        with os.fdopen(fd, "wb") as handle:
            handle.write(b"fresh")
        assert (tree / "out" / name).read_bytes() == b"fresh"


@needs_symlinks
@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="no O_NOFOLLOW here")
def test_a_link_planted_after_the_check_is_not_followed(tree):
    allowed = confinement(tree)
    path = allowed.resolve_for_write("report.md")
    path.symlink_to(tree / "outside" / "secret.txt")  # swapped in between check and open
    assert refusal(open_for_write, path) == "path_linked_out"
    assert (tree / "outside" / "secret.txt").read_text(encoding="utf-8") == "secret"


@needs_symlinks
def test_a_parent_swapped_for_a_link_after_the_check_is_refused(tree):
    allowed = confinement(tree)
    path = allowed.resolve_for_write("made/report.md")
    path.parent.symlink_to(tree / "outside", target_is_directory=True)
    (tree / "outside" / "report.md").write_text("theirs", encoding="utf-8")
    assert refusal(open_for_write, path) == "path_linked_out"
    assert (tree / "outside" / "report.md").read_text(encoding="utf-8") == "theirs"


@pytest.mark.skipif(not hasattr(os, "link"), reason="no hard links here")
def test_a_hard_link_made_after_the_check_is_not_written_through(tree):
    allowed = confinement(tree)
    path = allowed.resolve_for_write("report.md")
    os.link(tree / "outside" / "secret.txt", path)
    assert refusal(open_for_write, path) == "path_hard_linked"
    assert (tree / "outside" / "secret.txt").read_text(encoding="utf-8") == "secret"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_planted_at_the_name_fails_at_once_instead_of_hanging(tree):
    allowed = confinement(tree)
    path = allowed.resolve_for_write("report.md")
    os.mkfifo(path)
    outcome: list[str] = []
    worker = threading.Thread(target=lambda: outcome.append(refusal(open_for_write, path)))
    worker.start()
    worker.join(timeout=10)
    assert outcome == ["path_not_writable"]


# Random spellings from the pieces path tricks are made of, against a tree with a link out.
PIECES = ["a", ".", "/", "..", "\\", ":", " ", "CON"]
raw_paths = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@needs_symlinks
@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=raw_paths, absolute=st.booleans())
def test_whatever_is_resolved_lies_inside_its_root(tree_with_link_out, raw, absolute):
    docs, out = tree_with_link_out / "docs", tree_with_link_out / "out"
    allowed = Confinement([docs], out)
    if absolute:
        raw = f"{docs}/{raw}"
    for resolve, root in ((allowed.resolve_for_read, docs), (allowed.resolve_for_write, out)):
        try:
            resolved = resolve(raw)
        except PathRefused:
            continue
        real_root = os.path.realpath(root)
        assert os.path.commonpath([str(resolved), real_root]) == real_root
        assert resolved.is_absolute()


@pytest.fixture
def tree_with_link_out(tree):
    # "a" is everywhere in the random paths: docs/a/a and out/a/a lead outside.
    for root in (tree / "docs", tree / "out"):
        (root / "a").mkdir()
        (root / "a" / "a").symlink_to(tree / "outside", target_is_directory=True)
        (root / "a" / "a.").symlink_to(tree / "outside" / "secret.txt")
    return tree
