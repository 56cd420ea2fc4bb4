"""The shipped translations (Danish, Swedish, German): complete, placeholders intact, loadable.

The .ts files are parsed as they are; the .qm files are compiled from them first when missing or
older (build/translations.py), then loaded with QTranslator as the app loads them.
"""

from __future__ import annotations

import importlib.util
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "lokal_build_translations", ROOT / "build" / "translations.py"
)
build_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_translations)

LANGUAGES = build_translations.LANGUAGES
TRANSLATIONS_DIR = build_translations.TRANSLATIONS_DIR
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(.)")  # "&File" -> "F"; "&&" is a literal ampersand
COUNT = re.compile(r"%L?n")  # a plural's count: %n, or %Ln in the locale's digits

# (context, source): the translation in da, sv, de.
EXPECTED = {
    ("MainWindow", "&File"): ("&Filer", "&Arkiv", "&Datei"),
    ("MainWindow", "&Edit"): ("&Rediger", "&Redigera", "&Bearbeiten"),
    ("MainWindow", "&Settings…"): ("&Indstillinger…", "&Inställningar…", "&Einstellungen…"),
    ("MainWindow", "New chat"): ("Ny chat", "Ny chatt", "Neuer Chat"),
    ("MainWindow", "Cancel"): ("Annuller", "Avbryt", "Abbrechen"),
    ("ConversationSidebar", "New chat"): ("Ny chat", "Ny chatt", "Neuer Chat"),
    ("ConversationSidebar", "Search all chats…"): (
        "Søg i alle chats…",
        "Sök i alla chattar…",
        "Alle Chats durchsuchen…",
    ),
    ("Composer", "Send"): ("Send", "Skicka", "Senden"),
    ("Composer", "Stop"): ("Stop", "Stoppa", "Stopp"),
    ("SettingsDialog", "Settings"): ("Indstillinger", "Inställningar", "Einstellungen"),
    ("MarkdownView", "Copy code"): ("Kopiér kode", "Kopiera kod", "Code kopieren"),
    ("Errors", "the file is empty"): ("filen er tom", "filen är tom", "die Datei ist leer"),
}
FILES = {"da": ("1 fil", "3 filer"), "sv": ("1 fil", "3 filer"), "de": ("1 Datei", "3 Dateien")}


def messages(language: str):
    """(context, message element) for every message of lokal_<language>.ts."""
    root = ET.parse(build_translations.ts_file(language)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name", ""), message


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def fields(text: str) -> set[str]:
    """The str.format placeholders of `text` with their spec: {"name", "speed:.1f"}."""
    return {
        name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    }


@pytest.fixture(scope="module")
def compiled():
    """The .qm files, built from the .ts files when missing or older."""
    return build_translations.compile_translations()


@pytest.fixture(params=LANGUAGES)
def translated(request, qapp, compiled):
    """The app with lokal_<language>.qm installed (as the app does), removed afterwards."""
    translator = QTranslator()
    assert translator.load(QLocale(request.param), "lokal", "_", str(TRANSLATIONS_DIR))
    assert qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language):
    problems = []
    for context, message in messages(language):
        translation = message.find("translation")
        where = f"[{context}] {message.findtext('source')!r}"
        if translation is None or translation.get("type") is not None:
            kind = translation.get("type") if translation is not None else "missing"
            problems.append(f"{where}: {kind}")
        elif not all(text.strip() for text in texts(message)):
            problems.append(f"{where}: empty")
        elif message.get("numerus") == "yes" and len(texts(message)) != 2:
            problems.append(f"{where}: {len(texts(message))} plural forms, expected 2")
    assert not problems, "\n".join(problems)
    assert sum(1 for _ in messages(language)) > 150  # the whole UI, not a stub


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_accelerators_and_ellipses_survive(language):
    problems = []
    for context, message in messages(language):
        source = message.findtext("source")
        for text in texts(message):
            where = f"[{context}] {source!r} -> {text!r}"
            if fields(text) != fields(source):
                problems.append(f"{where}: placeholders {fields(text)} != {fields(source)}")
            if COUNT.findall(source) != COUNT.findall(text):
                problems.append(f"{where}: %n or %Ln")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"{where}: keyboard accelerator (&)")
            if text.count("…") != source.count("…"):
                problems.append(f"{where}: ellipsis (…)")
    assert not problems, "\n".join(problems)


def test_key_strings_translate(translated):
    column = LANGUAGES.index(translated)
    for (context, source), expected in EXPECTED.items():
        assert QCoreApplication.translate(context, source) == expected[column], (context, source)
    one, three = FILES[translated]
    assert QCoreApplication.translate("DocumentsPanel", "%Ln file(s)", "", 1) == one
    assert QCoreApplication.translate("DocumentsPanel", "%Ln file(s)", "", 3) == three


def test_compiled_file_holds_every_translation_and_each_formats(translated):
    """The .qm matches the .ts, and every translation formats with its placeholders filled."""
    for context, message in messages(translated):
        source, comment = message.findtext("source"), message.findtext("comment")
        if message.get("numerus") == "yes":
            shown = QCoreApplication.translate(context, source, comment, 1)
            assert shown == COUNT.sub("1", texts(message)[0]), (context, source)
            continue
        shown = QCoreApplication.translate(context, source, comment)
        assert shown == texts(message)[0], (context, source)
        values = {name.split(":")[0].split("!")[0]: 1.5 for name in fields(source)}
        shown.format(**values)  # a broken placeholder raises here, as it would in the app


def test_error_messages_are_translated(translated):
    from desktop_app.core.errors import LokalError
    from desktop_app.ui.messages import error_text

    error = LokalError("unreadable", detail="EOF")
    expected = {
        "da": "filen kan ikke læses (EOF)",
        "sv": "filen kan inte läsas (EOF)",
        "de": "die Datei kann nicht gelesen werden (EOF)",
    }
    assert error_text(error) == expected[translated]


def test_menu_accelerators_are_unique(translated, qtbot):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    menus = [action.menu() for action in window.menuBar().actions()]
    for title, actions in [("menu bar", window.menuBar().actions())] + [
        (menu.title(), menu.actions()) for menu in menus
    ]:
        keys = [
            key.lower()
            for action in actions
            if not action.isSeparator()
            for key in ACCELERATOR.findall(action.text())
        ]
        assert len(keys) == len(set(keys)), (translated, title, keys)
    assert (
        window.menuBar().actions()[0].text()
        == EXPECTED[("MainWindow", "&File")][LANGUAGES.index(translated)]
    )


def test_the_app_finds_its_translations(qapp, compiled):
    from desktop_app.app import install_translations, remove_translations

    translators = install_translations(qapp, "da")
    try:
        # From the most general to the most particular (Qt asks the last installed first).
        assert [Path(translator.filePath()).name for translator in translators] == [
            "lokal_en.qm",  # English plural forms, beneath every language
            "lokal_da.qm",
            "qtbase_da.qm",  # Qt's own, for its standard buttons and dialogs
            "qtbase_extra_da.qm",  # what qtbase_da lacks
        ]
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Afslut"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    finally:
        remove_translations(qapp, translators)
        QLocale.setDefault(QLocale("en_US"))


# -- English plural forms ---------------------------------------------------------------------


def numerus_sources(language: str) -> set[tuple[str, str]]:
    return {
        (context, message.findtext("source"))
        for context, message in messages(language)
        if message.get("numerus") == "yes"
    }


@pytest.fixture
def installed(qapp, compiled):
    """install_translations(language), as the app does it; taken out afterwards."""
    from desktop_app.app import install_translations, remove_translations

    chosen = []

    def install(language):
        chosen.extend(install_translations(qapp, language))

    yield install
    remove_translations(qapp, chosen)
    QLocale.setDefault(QLocale("en_US"))


def test_english_has_the_plural_forms_of_every_counted_string():
    english = numerus_sources("en")
    assert english, "lokal_en.ts holds no plural forms"
    assert all(message.get("numerus") == "yes" for _, message in messages("en"))  # only those
    for language in LANGUAGES:
        assert numerus_sources(language) <= english, language
    assert build_translations.problems(build_translations.ts_file("en")) == []


@pytest.mark.parametrize("language", ["en", "fr", None])  # English, untranslated, the system's
def test_english_never_shows_a_plural_in_parentheses(installed, language):
    installed(language)
    assert QCoreApplication.translate("DocumentsPanel", "%Ln file(s)", "", 1) == "1 file"
    assert QCoreApplication.translate("DocumentsPanel", "%Ln file(s)", "", 2) == "2 files"
    for context, message in messages("en"):
        source = message.findtext("source")
        for count in (1, 2, 21):
            shown = QCoreApplication.translate(context, source, message.findtext("comment"), count)
            assert "(s)" not in shown and str(count) in shown, (context, source, shown)


def test_danish_plural_forms(installed):
    installed("da")
    assert QCoreApplication.translate("DocumentsPanel", "%Ln file(s)", "", 1) == "1 fil"
    assert QCoreApplication.translate("DocumentsPanel", "%Ln file(s)", "", 2) == "2 filer"
    # %Ln: the count in the language's digits and grouping
    assert QCoreApplication.translate("DocumentsPanel", "%Ln file(s)", "", 1234) == "1.234 filer"
    for context, source in numerus_sources("da"):
        one = QCoreApplication.translate(context, source, "", 1)
        many = QCoreApplication.translate(context, source, "", 2)
        assert one != many and "(s)" not in one + many, (context, source)


# -- Qt's own dialogs ---------------------------------------------------------------------------

FILE_DIALOG = {  # the labels of Qt's own file dialog (the one Lokal shows under Xvfb, too)
    "da": ("&Kig i:", "&Filnavn:", "Filer af &typen:"),
    "sv": ("&Titta i:", "Fil&namn:", "Filer av &typ:"),
    "de": ("&Suchen in:", "Datei&name:", "Dateien des &Typs:"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_file_dialog_speaks_the_language(installed, qtbot, language):
    """Qt 6's qtbase_da.qm lacks "&Look in:" and "Files of &type:" (they gained an accelerator
    after Danish was last translated): qtbase_extra_da.ts supplies them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    installed(language)
    dialog = QFileDialog(None, "Add files", "", "Documents (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = tuple(
        dialog.findChild(QLabel, name).text()
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    )
    assert labels == FILE_DIALOG[language]


def test_the_qt_supplements_are_ready_to_ship():
    for language in build_translations.QT_EXTRA:
        ts = build_translations.qt_extra_ts_file(language)
        assert build_translations.problems(ts) == [], ts


def test_repairs_read_as_sentences_with_plural_forms(installed):
    from desktop_app.core.repairs import Repair
    from desktop_app.ui.messages import repair_text

    lost = Repair("records_without_vectors", {"files": 1})
    halfway = Repair("vectors_without_record", {"chunks": 64, "files": 2})
    installed("en")
    assert repair_text(lost) == "1 file had lost its search data and will be indexed again."
    assert repair_text(halfway).startswith("Removed 64 passages of 2 files ")
    installed("da")
    assert repair_text(lost).startswith("1 fil havde mistet sine søgedata")
    assert repair_text(halfway).startswith("Fjernede 64 passager fra 2 filer")
    assert lost.message == "1 file(s) had lost their search data and will be indexed again"


def test_no_translated_string_hides_inside_an_f_string():
    """lupdate does not look inside f-strings: a tr() there never reaches the .ts files, and
    the string stays English in every language (About's headings did, until 2026-12-02)."""
    import ast

    hidden = []
    for source in sorted((ROOT / "desktop_app").rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute | ast.Name)
                    and getattr(inner.func, "attr", getattr(inner.func, "id", None))
                    in ("tr", "translate")
                ):
                    hidden.append(f"{source.relative_to(ROOT)}:{inner.lineno}")
    assert hidden == []
