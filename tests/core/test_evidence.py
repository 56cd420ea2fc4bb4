"""Evidence sentences (core/application/evidence.py): the sentence splitter on PDF-like text in
the four UI languages, the keyword share, and how the evidence is chosen and numbered. Pure
logic: the scorer here is a stand-in that scores by the words a sentence shares with the
question, so no model is loaded (the real embedder is used in test_grounding.py)."""

from __future__ import annotations

import pytest

from desktop_app.core.application import evidence
from desktop_app.core.application.evidence import (
    find_evidence,
    keyword_shares,
    readable,
    split_sentences,
)
from desktop_app.core.store_types import Hit


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_pdf_text_with_hard_line_breaks_hyphenation_and_abbreviations():
    text = (
        "3.2 Function Arguments\n"
        "A function may take e.g. two argu-\n"
        "ments, i.e. inputs, as in Fig. 3. The default\n"
        "value is 1000.\n"
        "\n"
        "Use varargin for any number of inputs!  Is that all? Not quite."
    )
    assert sentences(text) == [
        "3.2 Function Arguments",
        "A function may take e.g. two argu-\nments, i.e. inputs, as in Fig. 3.",
        "The default\nvalue is 1000.",
        "Use varargin for any number of inputs!",
        "Is that all?",
        "Not quite.",
    ]


def test_list_items_are_sentences_of_their_own():
    text = (
        "Options:\n• --norc skips the init files\n• --quiet hides the banner\n"
        "1. first\n2) second step"
    )
    assert sentences(text) == [
        "Options:",
        "• --norc skips the init files",
        "• --quiet hides the banner",
        "1. first",
        "2) second step",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Befehl gilt z.B. für Tabellen, d.h. für alle. "
            "Am 3. Mai kam Version 2. Sie ist neu.",
            [
                "Der Befehl gilt z.B. für Tabellen, d.h. für alle.",
                "Am 3. Mai kam Version 2.",
                "Sie ist neu.",
            ],
        ),
        (
            "Kommandoen virker f.eks. på tabeller, dvs. alle. Den 3. maj kom version 2. Den er ny.",
            [
                "Kommandoen virker f.eks. på tabeller, dvs. alle.",
                "Den 3. maj kom version 2.",
                "Den er ny.",
            ],
        ),
        (
            "Kommandot fungerar t.ex. för tabeller, s.k. listor. "
            "Den 3. maj kom version 2. Den är ny.",
            [
                "Kommandot fungerar t.ex. för tabeller, s.k. listor.",
                "Den 3. maj kom version 2.",
                "Den är ny.",
            ],
        ),
        (
            "The command works e.g. for tables, cf. lists. On 3 May came version 2. It is new.",
            [
                "The command works e.g. for tables, cf. lists.",
                "On 3 May came version 2.",
                "It is new.",
            ],
        ),
    ],
    ids=["de", "da", "sv", "en"],
)
def test_sentences_in_the_four_languages(text, expected):
    assert sentences(text) == expected


def test_offsets_slice_the_text_and_cover_every_word():
    text = "  Første sætning.\nAnden sætning, som fortsætter\npå næste linje.  \n\n 12 \nSlut."
    spans = split_sentences(text)
    assert all(text[start:end] == text[start:end].strip() for start, end in spans)
    assert [text[start:end] for start, end in spans] == [
        "Første sætning.",
        "Anden sætning, som fortsætter\npå næste linje.",
        "12 \nSlut.",  # a lone page number joins the sentence after it
    ]
    assert " ".join(text[start:end] for start, end in spans).split() == text.split()


def test_a_long_run_without_full_stops_is_cut_at_line_breaks():
    line = "x = linspace (0, 1, 100) plots a straight line of points"
    text = "\n".join([line] * 20)
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(end - start <= evidence.MAX_SENTENCE_CHARS for start, end in spans)


def test_readable_joins_hyphenated_words_and_collapses_space():
    assert readable("docu-\nment  with\u00ad soft\nbreaks") == "document with soft breaks"
    assert readable("command-line\noption") == "command-line\noption".replace("\n", " ")


def test_rare_question_words_weigh_more_than_common_ones():
    sentences_ = [
        "Octave starts with the octave command.",
        "Octave reads the init files unless --norc is given.",
        "Octave is free software.",
    ]
    shares = keyword_shares("Which Octave option skips the init files, --norc?", sentences_)
    assert shares[1] > 2 * shares[0] and shares[1] > 2 * shares[2]
    assert keyword_shares("what is it", sentences_) == [0.0, 0.0, 0.0]


class OverlapScorer:
    """Scores a sentence by the share of the question's keywords it holds (no model)."""

    kind = "embedding"

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def scores(self, query, texts):
        self.asked.append(list(texts))
        wanted = set(evidence.keywords(query))
        return [len(wanted & set(evidence.keywords(text))) / len(wanted) for text in texts]


def hit(text: str, number: int = 0) -> Hit:
    return Hit(f"/docs/{number}.pdf", 1, 0.5, text, 0, len(text), chunk=number)


def test_the_evidence_is_the_sentence_holding_the_fact_with_offsets_into_its_source():
    sources = [
        hit("The ferry company was founded in 1921. It has four ships.", 0),
        hit(
            "Timetables change in winter. The Larkspur ferry leaves Port Elwin at 7:40. "
            "Tickets are sold on board.",
            1,
        ),
    ]
    found = find_evidence(
        "When does the Larkspur ferry leave Port Elwin?", sources, OverlapScorer()
    )
    first = found[0]
    assert first.source == 2  # 1-based, as the sources are numbered in the prompt and chips
    assert first.text == "The Larkspur ferry leaves Port Elwin at 7:40."
    assert sources[1].text[first.start : first.end] == first.text
    assert [item.score for item in found] == sorted((item.score for item in found), reverse=True)


def test_a_short_or_colon_ended_best_sentence_takes_the_next_one_with_it():
    source = hit(
        "Unrelated words here. To skip init files:\n--norc option. Something else entirely."
    )
    found = find_evidence("skip init files", [source], OverlapScorer())
    assert found[0].text == "To skip init files:\n--norc option."
    assert source.text[found[0].start : found[0].end] == found[0].text


def test_only_the_first_sources_are_read_and_nothing_comes_of_nothing():
    scorer = OverlapScorer()
    sources = [hit(f"Passage number {n} says something.", n) for n in range(8)]
    find_evidence("passage says", sources, scorer)
    assert len(scorer.asked[0]) == evidence.EVIDENCE_SOURCES
    assert find_evidence("anything", [], OverlapScorer()) == []
    assert find_evidence("  ", sources, OverlapScorer()) == []
