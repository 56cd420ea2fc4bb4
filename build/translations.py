"""Lokal's UI translations: extract the strings into .ts files, compile those into .qm files.

    python build/translations.py           # compile (default): each .ts -> .qm
    python build/translations.py update    # lupdate desktop_app/**/*.py into the .ts files

Three kinds of .ts, all in resources/translations/:

- lokal_<lang>.ts for da, sv, de: the whole UI, made and kept by `update`.
- lokal_en.ts: only the plural forms of the source language ("%n page(s)" -> "%n page" and
  "%n pages"), made and kept by `update` (lupdate -pluralonly). The app installs it beneath
  every language, so English never shows "page(s)".
- qtbase_extra_<lang>.ts: the few of Qt's own texts (its file dialog) that Qt's translation for
  that language lacks, in Qt's contexts. Kept by hand; `update` leaves them alone.

`compile` is what `make` runs: it skips a .qm that is newer than its .ts, and it fails (exit
status 1, the problems on stderr) when a .ts holds an unfinished or empty translation, one that
lost or changed a `{placeholder}`, `%n` or `&` accelerator, or when lrelease fails. The .qm files
are build output (gitignored); the .ts files are the source translators edit (with Qt Linguist,
`pyside6-linguist`, or by hand).

`update` keeps every existing translation and drops strings no longer in the source
(`-no-obsolete`); new strings arrive as "unfinished" until someone translates them.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "desktop_app"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("da", "sv", "de")  # the UI translated whole
PLURAL_ONLY = ("en",)  # the source language: only its plural forms
QT_EXTRA = ("da",)  # languages with a qtbase_extra_<lang>.ts

# `tr = QCoreApplication.translate` then `tr("Errors", "...")`: lupdate reads a bare `tr(a, b)`
# as tr(source, disambiguation), so `update` extracts such files a second time with the alias
# declared (see _extract_aliased). Nothing happens when no file aliases translate().
_TRANSLATE_ALIAS = re.compile(r"^[ \t]*(\w+)[ \t]*=[ \t]*QCoreApplication\.translate[ \t]*$", re.M)


_ACCELERATOR = re.compile(r"(?<!&)&(?!&)")  # "&File"; "&&" is a literal ampersand
_COUNT = re.compile(r"%L?n")  # a plural's count: %n, or %Ln in the locale's digits and grouping


class TranslationError(Exception):
    """A .ts file is not ready to ship, or a Qt tool failed."""


def ts_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"lokal_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"lokal_{language}.qm"


def qt_extra_ts_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"qtbase_extra_{language}.ts"


def compiled_pairs() -> list[tuple[Path, Path]]:
    """(.ts, .qm) of every translation `compile` builds."""
    pairs = [(ts_file(language), qm_file(language)) for language in LANGUAGES + PLURAL_ONLY]
    pairs += [(ts, ts.with_suffix(".qm")) for ts in map(qt_extra_ts_file, QT_EXTRA)]
    return pairs


def tool(name: str) -> str:
    """pyside6-<name> next to this Python (the venv's), else on PATH."""
    for path in (str(Path(sys.executable).parent), None):
        found = shutil.which(f"pyside6-{name}", path=path)
        if found:
            return found
    raise TranslationError(f"pyside6-{name} not found next to {sys.executable} or on PATH")


def _run(command: list[str]) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise TranslationError(
            f"{Path(command[0]).name} failed (exit {result.returncode}):\n{output}"
        )


# -- update ----------------------------------------------------------------------------------


def source_files() -> list[Path]:
    return sorted(SOURCE_DIR.rglob("*.py"))


def update(languages: tuple[str, ...] = LANGUAGES + PLURAL_ONLY) -> None:
    """Merge the strings of desktop_app/**/*.py into each .ts, keeping existing translations."""
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    sources = [str(path.relative_to(ROOT)) for path in source_files()]
    for language in languages:
        ts = ts_file(language)
        aliased = _extract_aliased(language)  # before lupdate rewrites the .ts
        _run(
            [tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "en"]
            + ["-target-language", language, *_plural_only(language), *sources]
            + ["-ts", str(ts.relative_to(ROOT))]
        )
        if aliased is not None:
            _merge_aliased(ts, aliased)
        print(f"updated {ts.relative_to(ROOT)}: {count_messages(ts)} messages")


def _plural_only(language: str) -> list[str]:
    return ["-pluralonly"] if language in PLURAL_ONLY else []


def _aliases() -> dict[Path, set[str]]:
    """Files that call QCoreApplication.translate through a local name other than translate."""
    found: dict[Path, set[str]] = {}
    for path in source_files():
        names = set(_TRANSLATE_ALIAS.findall(path.read_text(encoding="utf-8"))) - {"translate"}
        if names:
            found[path] = names
    return found


def _extract_aliased(language: str) -> ET.Element | None:
    """The messages of the aliasing files, read with the alias declared, old translations kept.

    lupdate runs on a copy of the current .ts (so it keeps their translations) placed next to
    it (so the locations it writes are relative to the same folder).
    """
    aliases = _aliases()
    if not aliases:
        return None
    names = sorted(set().union(*aliases.values()))
    scratch = TRANSLATIONS_DIR / f".lokal_{language}.aliased.ts"
    try:
        if ts_file(language).exists():
            shutil.copyfile(ts_file(language), scratch)
        _run(
            [tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "en"]
            + ["-target-language", language, *_plural_only(language)]
            + ["-tr-function-alias", ",".join(f"translate+={name}" for name in names)]
            + [str(path.relative_to(ROOT)) for path in sorted(aliases)]
            + ["-ts", str(scratch.relative_to(ROOT))]
        )
        return ET.parse(scratch).getroot()
    finally:
        scratch.unlink(missing_ok=True)


def _key(message: ET.Element) -> tuple[str, str]:
    return message.findtext("source", ""), message.findtext("comment", "")


def _merge_aliased(ts: Path, aliased: ET.Element) -> None:
    """Put the aliased translate() messages into `ts`, dropping lupdate's misreadings of them."""
    tree = ET.parse(ts)
    root = tree.getroot()
    # A misread `tr("Errors", "file not found")` is source "Errors", comment "file not found".
    misread = {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in aliased.iter("context")
        for message in context.iter("message")
    }
    contexts = {context.findtext("name", ""): context for context in root.iter("context")}
    for context in list(contexts.values()):
        for message in context.findall("message"):
            if _key(message) in misread:
                context.remove(message)
    for new_context in aliased.iter("context"):
        name = new_context.findtext("name", "")
        context = contexts.get(name)
        if context is None:
            context = ET.Element("context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        existing = {_key(message) for message in context.findall("message")}
        for message in new_context.findall("message"):
            if _key(message) not in existing:
                context.append(message)
    for context in root.findall("context"):
        root.remove(context)
    for name in sorted(contexts):  # lupdate's order: by name
        if contexts[name].find("message") is not None:
            root.append(contexts[name])
    write_ts(tree, ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    root = tree.getroot()
    root.text = "\n"
    for context in root:  # laid out as lupdate does, so that diffs stay small
        ET.indent(context, space="    ")
        context.tail = "\n"
    # ET escapes ">" in text, so " />" can only close a tag.
    text = ET.tostring(root, encoding="unicode").replace(" />", "/>")
    # lupdate writes quotes in text as entities: between two tags, ET leaves them bare.
    text = re.sub(
        r">[^<]+<",
        lambda text: text[0].replace("'", "&apos;").replace('"', "&quot;"),
        text,
    )
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', "utf-8")


# -- checks ----------------------------------------------------------------------------------


def count_messages(ts: Path) -> int:
    return sum(1 for _ in ET.parse(ts).getroot().iter("message"))


def placeholders(text: str) -> set[str]:
    """The str.format fields of `text`, with their format spec: {"name", "speed:.1f"}."""
    fields = set()
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            fields.add(
                name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            )
    return fields


def _edges(text: str) -> tuple[bool, bool]:
    return text[:1].isspace(), text[-1:].isspace()


def translations(message: ET.Element) -> list[str]:
    """The translated text(s) of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(ts: Path) -> list[str]:
    """What keeps `ts` from shipping: unfinished or empty translations, broken placeholders."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source", "")
            where = f"{ts.name}: [{context.findtext('name', '')}] {source!r}"
            texts = translations(message)
            if translation is None or translation.get("type") == "unfinished":
                found.append(f"{where}: unfinished")
                continue
            if not texts or not all(text.strip() for text in texts):
                found.append(f"{where}: empty translation")
                continue
            try:
                expected = placeholders(source)
                for text in texts:
                    if placeholders(text) != expected:
                        found.append(f"{where}: placeholders differ in {text!r}")
            except ValueError as error:  # an unmatched brace in the source or a translation
                found.append(f"{where}: {error}")
            if message.get("numerus") == "yes" and not all(_COUNT.search(text) for text in texts):
                found.append(f"{where}: a plural form lacks %n (or %Ln)")
            for text in texts:
                if len(_ACCELERATOR.findall(text)) != len(_ACCELERATOR.findall(source)):
                    found.append(f"{where}: keyboard accelerator (&) differs in {text!r}")
                if _edges(text) != _edges(source):
                    found.append(f"{where}: leading or trailing space differs in {text!r}")
    return found


# -- compile ---------------------------------------------------------------------------------


def compile_translations(force: bool = False) -> list[Path]:
    """Build each .qm from its .ts (skipped when the .qm is newer); the .qm paths.

    Raises TranslationError, naming every problem, when a .ts is missing or not ready, or when
    lrelease fails; a .qm is only replaced by a complete, successful build.
    """
    built = []
    for ts, qm in compiled_pairs():
        if not ts.exists():
            raise TranslationError(f"{ts} is missing; run: python build/translations.py update")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        found = problems(ts)
        if found:
            shown = found[:30] + ([f"... and {len(found) - 30} more"] if len(found) > 30 else [])
            raise TranslationError(
                f"{len(found)} translation problem(s) in {ts.relative_to(ROOT)} "
                "(edit it with pyside6-linguist or by hand):\n  " + "\n  ".join(shown)
            )
        partial = qm.with_name(f".{qm.name}.partial")
        try:
            _run(
                [
                    tool("lrelease"),
                    "-silent",
                    "-fail-on-unfinished",
                    str(ts),
                    "-qm",
                    str(partial),
                ]
            )
            os.replace(partial, qm)
        finally:
            partial.unlink(missing_ok=True)
        print(f"compiled {qm.relative_to(ROOT)}")
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", choices=("compile", "update"), default="compile")
    parser.add_argument("--force", action="store_true", help="compile even up-to-date .qm files")
    parser.add_argument(
        "--language",
        action="append",
        choices=LANGUAGES + PLURAL_ONLY,
        help="update only this language's .ts (repeatable; default: all)",
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            update(tuple(args.language or LANGUAGES + PLURAL_ONLY))
        else:
            compile_translations(force=args.force)
    except TranslationError as error:
        print(f"translations: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
