"""The language a question is written in, and the sentences Lokal itself says in it.

Lokal answers in the question's language, so what it says without the model (that the
documents don't answer a question) must follow the question too. These sentences are not Qt
translations on purpose: a Qt translation follows the UI's language, not the question's (a
Danish user may ask in English), and the CLI, which says the same thing, has no Qt at all.

Detection is a heuristic made for short questions ("Hvem vandt VM i 2018?"): common words
(question words, articles, pronouns, a few frequent verbs) count, letters that only some of
the languages use tip the balance, and anything undecided is English.
"""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["en", "da", "sv", "de"]
LANGUAGES: tuple[Language, ...] = ("en", "da", "sv", "de")
DEFAULT_LANGUAGE: Language = "en"


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words frequent in questions; a word in several lists counts for each (ties fall to letters).
_COMMON_WORDS: dict[Language, frozenset[str]] = {
    "en": _word_set(
        """who what where when why how which whose whom is are was were do does did can could
        should would will has have had the a an of to in on for with from by and or not this
        that these those it its i you we they my your our their there won win wins make
        install set use get find"""
    ),
    "da": _word_set(
        """hvem hvad hvor hvornår hvorfor hvordan hvilken hvilket hvilke hvis er var blev
        bliver har havde kan kunne skal skulle vil ville gør gjorde og eller ikke jeg du vi
        de den det en et til på med af fra for om mig min mit mine dig din dit jeres deres
        der som i vandt vinder lave laver bruge bruger finde findes sætte sætter
        installere installerer også meget"""
    ),
    "sv": _word_set(
        """vem vad var när varför hur vilken vilket vilka är blev blir har hade kan kunde ska
        skulle vill ville gör gjorde och eller inte jag du vi de den det en ett till på med
        av från för om i mig min mitt mina dig din ditt er deras som vann vinner göra använda
        använder hitta hittar finns sätta sätter installera installerar också mycket"""
    ),
    "de": _word_set(
        """wer was wo wann warum wie welche welcher welches wessen ist sind war waren wird
        werden hat haben hatte kann können soll sollte will muss der die das den dem des
        ein eine einen einem einer und oder nicht ich du wir sie ihr es mein dein unser mit
        von zu zum zur für auf aus bei nach gewonnen gewinnt macht machen benutze benutzen
        finde finden installiere installieren stelle stellen gibt auch sehr"""
    ),
}

# Letters that only some of the four languages write: worth more than one common word.
_LETTERS: dict[str, tuple[Language, ...]] = {
    "æ": ("da",),
    "ø": ("da",),
    "å": ("da", "sv"),
    "ä": ("sv", "de"),
    "ö": ("sv", "de"),
    "ü": ("de",),
    "ß": ("de",),
}
_LETTER_WEIGHT = 1.5

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

NOT_FOUND: dict[Language, str] = {
    "en": "Your documents don't seem to answer this.",
    "da": "Dine dokumenter ser ikke ud til at besvare dette.",
    "sv": "Dina dokument verkar inte besvara detta.",
    "de": "Ihre Dokumente scheinen darauf keine Antwort zu geben.",
}


def detect_language(text: str) -> Language:
    """The language of `text` among English, Danish, Swedish and German; English if unsure."""
    lowered = text.lower()
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for word in _WORD.findall(lowered):
        for language, words in _COMMON_WORDS.items():
            if word in words:
                scores[language] += 1.0
    for letter, languages in _LETTERS.items():
        if letter in lowered:
            for language in languages:
                scores[language] += _LETTER_WEIGHT
    best = max(scores.values())
    if best <= 0:
        return DEFAULT_LANGUAGE
    # Ties go to the earlier language in LANGUAGES: English first, as the default.
    return next(language for language in LANGUAGES if scores[language] == best)


def not_found_message(question: str) -> str:
    """That the documents don't answer `question`, said in the question's language."""
    return NOT_FOUND[detect_language(question)]
