"""How the window shows a collection's name: the default collection in the user's language.

The library stores the default collection as DEFAULT_COLLECTION ("Documents") in every
language, as `lokal add` names it. Shown translated, it reads "Dokumenter" in Danish even in a
library made in English, and it follows a language switch; the stored name stays the key that
searches, renames and removals use. Every other name is the user's own and shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop_app.core.library import DEFAULT_COLLECTION


def shown_collection_name(name: str, names: Iterable[str] = ()) -> str:
    """`name` as the window shows it; `names`: every collection, so that two never look alike."""
    if name != DEFAULT_COLLECTION:
        return name
    translated = QCoreApplication.translate("Collections", "Documents")
    # A collection the user named so already (say "Dokumenter", made in Danish before the
    # default was stored in English): the default keeps its stored name beside it.
    return name if translated != name and translated in set(names) else translated
