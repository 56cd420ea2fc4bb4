"""The third-party licences: the name, version, licence and licence texts of every library that
Lokal runs on, read from the installed distributions' metadata (importlib.metadata).

A bundle ships them as one plain-text file, written at build time (build/bundle.py calls
`write_licenses_file` before PyInstaller runs): a frozen app may carry little metadata, and the
file is what the About dialog's "Third-party licences…" shows. A source checkout has no such
file, so `licenses_text` collects them from the running environment instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from desktop_app import APP_NAME, __version__, paths
from desktop_app.core.atomic import write_atomically

LICENSES_FOLDER = "licenses"
LICENSES_FILE = "THIRD_PARTY_LICENSES.txt"
# Lokal's own distribution: not a third party.
OWN_DISTRIBUTION = "lokal"
# A `License` field longer than this is the licence's text pasted in, not its name.
SHORT_LICENSE_FIELD = 100
# Names of licence files: what wheels put into the dist-info folder (older ones at its top,
# PEP 639's under licenses/), and, for distributions without any there, at the top of their
# package folder (onnxruntime keeps its LICENSE and ThirdPartyNotices.txt beside its code).
LICENSE_FILE_NAME = re.compile(r"^(licen[cs]e|copying|notice|thirdpartynotices)", re.IGNORECASE)
RULE = "-" * 78


@dataclass(frozen=True)
class ThirdPartyLicense:
    name: str  # the distribution's name as its metadata spells it
    version: str
    license: str  # an SPDX expression, the short License field or the classifiers' names
    texts: tuple[str, ...]  # the licence files' contents, in path order; may be empty


def normalized_name(name: str) -> str:
    """PEP 503's form of a distribution name: "PySide6_Essentials" == "pyside6-essentials"."""
    return re.sub(r"[-_.]+", "-", name).lower()


def collect_third_party_licenses(exclude: Iterable[str] = ()) -> list[ThirdPartyLicense]:
    """Every installed distribution except Lokal itself, sorted by name, each with its licence.

    `exclude` names distributions that are installed but not shipped: build/bundle.py collects
    from the build environment, which also holds what only builds or tests need (torch,
    transformers, sentence-transformers, scipy, scikit-learn, sympy, pyinstaller, pytest...),
    and passes those here so the bundle's list is what it freezes. What only excluded
    distributions require (mpmath for sympy, networkx for torch...) is left out with them; a
    distribution that a kept one also requires stays.
    """
    installed = _installed_distributions()
    left_out = _left_out(installed, {normalized_name(name) for name in exclude})
    return sorted(
        (
            _license_of(distribution)
            for key, distribution in installed.items()
            if key not in left_out and key != OWN_DISTRIBUTION
        ),
        key=lambda entry: entry.name.lower(),
    )


def licenses_document(entries: Iterable[ThirdPartyLicense]) -> str:
    """The plain-text file: a header, then per distribution "name version — licence" and its
    licence texts."""
    entries = list(entries)
    title = f"Third-party software in {APP_NAME} {lokal_version()}"
    lines = [
        title,
        "=" * len(title),
        "",
        f"{APP_NAME} is built on the {len(entries)} libraries below. Each is listed with its "
        "version and licence,",
        "followed by the licence texts it ships. The bundled models' licences are in Help, "
        "About Lokal.",
        "",
    ]
    for entry in entries:
        lines += [RULE, f"{entry.name} {entry.version} — {entry.license}", RULE, ""]
        if entry.texts:
            for text in entry.texts:
                lines += [text.strip("\n"), ""]
        else:
            lines += ["(This package ships no licence text; its licence is named above.)", ""]
    return "\n".join(lines)


def write_licenses_file(path: Path, exclude: Iterable[str] = ()) -> int:
    """Write the licences of the installed distributions (less `exclude`, see
    collect_third_party_licenses) to `path` atomically; return how many are listed."""
    entries = collect_third_party_licenses(exclude)
    write_atomically(Path(path), licenses_document(entries).encode("utf-8"))
    return len(entries)


def bundled_licenses_file() -> Path:
    """Where a bundle keeps the licences file written at build time."""
    return paths.resources_dir() / LICENSES_FOLDER / LICENSES_FILE


def licenses_text() -> str:
    """The bundle's licences file when there is one, else collected from this environment now
    (a source checkout: every installed library is listed)."""
    try:
        return bundled_licenses_file().read_text(encoding="utf-8")
    except OSError:
        return licenses_document(collect_third_party_licenses())


# -- reading one distribution --------------------------------------------------------------------


def lokal_version() -> str:
    """The installed package's version (a bundle copies its metadata); else the source's own."""
    try:
        return metadata.version(OWN_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


def _installed_distributions() -> dict[str, metadata.Distribution]:
    """By normalized name; the first found on sys.path wins, as it does for imports."""
    found: dict[str, metadata.Distribution] = {}
    for distribution in metadata.distributions():
        name = distribution.metadata["Name"]
        if name:
            found.setdefault(normalized_name(name), distribution)
    return found


def _requirements(distribution: metadata.Distribution) -> set[str]:
    """The normalized names a distribution requires itself (no extras), on this platform."""
    # Imported here, not at the top: the About dialog imports this module at every start, and
    # packaging's parser costs ~60 ms; only collecting (build time, a checkout's About) needs it.
    from packaging.requirements import InvalidRequirement, Requirement

    names = set()
    for line in distribution.requires or []:
        try:
            requirement = Requirement(line)
        except InvalidRequirement:
            continue
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.add(normalized_name(requirement.name))
    return names


def _left_out(installed: dict[str, metadata.Distribution], excluded: set[str]) -> set[str]:
    """The excluded distributions, and those that only left-out distributions require."""
    required_by: dict[str, set[str]] = {key: set() for key in installed}
    for key, distribution in installed.items():
        for requirement in _requirements(distribution):
            if requirement in required_by and requirement != key:
                required_by[requirement].add(key)
    left_out = set(excluded) & set(installed)
    changed = bool(left_out)
    while changed:
        changed = False
        for key, requirers in required_by.items():
            if key not in left_out and requirers and requirers <= left_out:
                left_out.add(key)
                changed = True
    return left_out


def _license_of(distribution: metadata.Distribution) -> ThirdPartyLicense:
    # .get: once anything imports the importlib_metadata backport (keyring does), discovery
    # yields its distributions, whose metadata raises KeyError for a missing field.
    fields = distribution.metadata
    license_field = (fields.get("License") or "").strip()
    texts = _license_texts(distribution)
    if fields.get("License-Expression"):
        name = fields["License-Expression"].strip()
    elif license_field and len(license_field) <= SHORT_LICENSE_FIELD and "\n" not in license_field:
        name = license_field
    else:
        classifiers = [
            classifier.split("::")[-1].strip()
            for classifier in fields.get_all("Classifier") or []
            if classifier.startswith("License ::")
        ]
        name = ", ".join(classifiers) or "unknown"
        if license_field and not texts:  # the text itself was pasted into the field
            texts = (license_field,)
    return ThirdPartyLicense(fields["Name"], fields.get("Version") or "", name, texts)


def _license_texts(distribution: metadata.Distribution) -> tuple[str, ...]:
    files = list(distribution.files or [])
    in_dist_info = [
        file
        for file in files
        if len(file.parts) >= 2
        and file.parts[0].endswith((".dist-info", ".egg-info"))
        and (file.parts[1] == LICENSES_FOLDER or LICENSE_FILE_NAME.match(file.name))
    ]
    beside_the_code = [
        file
        for file in files
        if len(file.parts) == 2
        and not file.parts[0].endswith((".dist-info", ".egg-info"))
        and LICENSE_FILE_NAME.match(file.name)
    ]
    texts = []
    for file in sorted(in_dist_info or beside_the_code, key=str):
        try:
            text = Path(file.locate()).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue  # listed in RECORD but not installed (or a frozen bundle left it out)
        if text.strip() and text not in texts:
            texts.append(text)
    return tuple(texts)
