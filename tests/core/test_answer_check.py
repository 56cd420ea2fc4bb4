"""The checks of a generated answer (core/application/answer_check.py), on the failures seen
with small models in issue 11: a pasted passage, the question repeated, no [n] marker, only
markers and source labels."""

from __future__ import annotations

from desktop_app.core.application import answer_check
from desktop_app.core.application.answer_check import (
    COPIES_SOURCE,
    EMPTY,
    NO_CITATION,
    REPEATS_QUESTION,
)
from desktop_app.core.store_types import Hit

R_INTRO = (
    "R is an integrated suite of software facilities for data manipulation, calculation and "
    "graphical display. It includes an effective data handling and storage facility, a suite "
    "of operators for calculations on arrays, in particular matrices, and a large coherent "
    "collection of intermediate tools for data analysis."
)
R_FAQ = (
    "S-PLUS is a value-added version of S currently sold by TIBCO Software Inc. as "
    "TIBCO Spotfire S+. See the vendor's site for more information."
)
QUESTION = "Which company sells the commercial S-Plus product?"


def hit(path: str, page: int, text: str) -> Hit:
    return Hit(path=path, page=page, score=0.5, text=text, start=0, end=len(text))


SOURCES = [hit("/docs/R-FAQ.pdf", 16, R_FAQ), hit("/docs/R-intro.pdf", 2, R_INTRO)]


def test_a_short_cited_answer_in_its_own_words_passes():
    assert answer_check.problems("TIBCO Software sells it [1].", QUESTION, SOURCES) == ()


def test_quoting_one_sentence_of_a_source_is_not_copying():
    answer = "S-PLUS is a value-added version of S currently sold by TIBCO Software Inc. [1]"
    assert answer_check.problems(answer, QUESTION, SOURCES) == ()


def test_pasting_a_passage_is_copying():
    answer = f"{R_INTRO} [2]"
    assert answer_check.problems(answer, QUESTION, SOURCES) == (COPIES_SOURCE,)


def test_pasting_a_passage_across_line_breaks_and_case_is_still_copying():
    pasted = R_INTRO.upper().replace(", ", ",\n")
    assert COPIES_SOURCE in answer_check.problems(pasted + " [2]", QUESTION, SOURCES)


def test_ending_with_the_question_is_repeating_it():
    answer = f"The product is sold [1]. {QUESTION}"
    assert answer_check.problems(answer, QUESTION, SOURCES) == (REPEATS_QUESTION,)


def test_an_answer_that_is_mostly_the_question_repeats_it():
    danish = "Hvem vandt VM i fodbold i 2018?"
    answer = "Hvem vandt VM i fodbold i 2018? Det [1] ved"
    assert REPEATS_QUESTION in answer_check.problems(answer, danish, SOURCES)


def test_restating_the_question_before_a_long_answer_is_fine():
    answer = (
        "The company that sells the commercial S-Plus product is TIBCO Software, which offers "
        "it as TIBCO Spotfire S+ and describes it on its own web site [1]."
    )
    assert answer_check.problems(answer, QUESTION, SOURCES) == ()


def test_no_marker_or_a_marker_to_no_source_is_no_citation():
    assert answer_check.problems("TIBCO sells it.", QUESTION, SOURCES) == (NO_CITATION,)
    assert answer_check.problems("TIBCO sells it [7].", QUESTION, SOURCES) == (NO_CITATION,)


def test_only_markers_and_source_labels_is_empty():
    for answer in ("", "  ", "[1]", "[1] R-FAQ.pdf, page 16: [2] R-intro.pdf, page 2:"):
        assert answer_check.problems(answer, QUESTION, SOURCES) == (EMPTY,), answer


def test_a_number_alone_is_an_answer():
    assert answer_check.problems("4729 [1]", "What is the launch code?", SOURCES) == ()


def test_a_plain_chat_is_only_checked_for_emptiness():
    assert answer_check.problems("Hello there!", "Hi", []) == ()
    assert answer_check.problems("", "Hi", []) == (EMPTY,)


def test_badness_orders_the_worst_problem_first():
    ranked = sorted(
        [(NO_CITATION,), (), (COPIES_SOURCE, NO_CITATION), (EMPTY,), (REPEATS_QUESTION,)],
        key=answer_check.badness,
    )
    assert ranked == [
        (),
        (NO_CITATION,),
        (REPEATS_QUESTION,),
        (COPIES_SOURCE, NO_CITATION),
        (EMPTY,),
    ]
