"""ask.answer over a Grounding, with the scripted engine (its words may be asserted): the
documents answer it (evidence kept, numbered as the prompt's sources), they don't (no model
runs, the message in the question's language), or there are none (a plain chat); a reply that
fails a check is retried once with a tighter prompt, and the better attempt is kept."""

from __future__ import annotations

import threading

import pytest

from desktop_app.core import assistant, language
from desktop_app.core.application import answer_check, ask
from desktop_app.core.application.grounding_types import Evidence, Grounding
from desktop_app.core.store_types import Hit
from tests.scripted_engine import ScriptedEngine

QUESTION = "What is the launch code for project Bluebird?"
FACT = "The launch code for project Bluebird is 4729."
PASSAGES = [
    "Chapter one describes the weather in Copenhagen during the autumn months.",
    f"{FACT} Keep it in the red folder, which stays in the safe of the second floor office "
    "next to the library, where the night guard can reach it.",
    "Chapter three lists the opening hours of the public libraries in Aarhus.",
    "The ferry to Bornholm leaves at 08:30 from Køge.",
    "The annual report is due in March and goes to the board.",
]
SOURCES = tuple(
    Hit(f"/docs/guide{n}.pdf", n, 1.0 - n / 10, text, 0, len(text))
    for n, text in enumerate(PASSAGES, start=1)
)
EVIDENCE = (
    Evidence(2, FACT, 0, len(FACT), 4.0),
    Evidence(5, "The annual report is due in March.", 0, 10, 1.0),
)
GROUNDING = Grounding(QUESTION, SOURCES, EVIDENCE, found=True, relevance=4.0)
GOOD = "The code is 4729 [2]."


def run(engine, question: ask.Question, policy=ask.DEFAULT_POLICY, cancel=None) -> list:
    return list(ask.answer(engine, question, cancel or threading.Event(), policy))


def finished(events) -> ask.AnswerFinished:
    assert isinstance(events[-1], ask.AnswerFinished)
    assert sum(isinstance(event, ask.AnswerFinished) for event in events) == 1
    return events[-1]


def streamed_attempts(events) -> list[str]:
    """The answer text streamed by each attempt, split at the AnswerRetried events."""
    attempts = [""]
    for event in events:
        if isinstance(event, ask.AnswerRetried):
            attempts.append("")
        elif isinstance(event, ask.AnswerStreamed):
            attempts[-1] += event.text
    return attempts


def test_a_good_answer_is_not_retried_and_keeps_the_evidence():
    engine = ScriptedEngine(reply=GOOD)
    events = run(engine, ask.Question(QUESTION, grounding=GROUNDING))

    end = finished(events)
    assert len(engine.prompts) == 1 and not any(isinstance(e, ask.AnswerRetried) for e in events)
    assert end.answer == GOOD and end.found and end.problems == () and end.closest == []
    assert end.sources == list(SOURCES) and end.not_found_message == ""
    assert end.evidence == list(EVIDENCE)  # every source fitted: the numbers stay
    assert "[2] guide2.pdf, page 2:" in engine.prompts[0][-1]["content"]


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (PASSAGES[1] + " [2]", answer_check.COPIES_SOURCE),
        ("The code is 4729.", answer_check.NO_CITATION),
        (f"It is 4729 [2]. {QUESTION}", answer_check.REPEATS_QUESTION),
        ("[1] guide1.pdf, page 1: [2] guide2.pdf, page 2:", answer_check.EMPTY),
    ],
)
def test_a_failing_answer_is_retried_once_with_a_tighter_prompt(reply, reason):
    replies = iter([reply, GOOD])
    engine = ScriptedEngine(reply=lambda _messages: next(replies))
    events = run(engine, ask.Question(QUESTION, grounding=GROUNDING))

    kinds = [type(event) for event in events if not isinstance(event, ask.AnswerStreamed)]
    assert kinds == [ask.PromptPrepared, ask.AnswerRetried, ask.PromptPrepared, ask.AnswerFinished]
    [retried] = [event for event in events if isinstance(event, ask.AnswerRetried)]
    assert retried.reason == reason
    assert streamed_attempts(events) == [reply, GOOD]
    # The retry: only the best few sources, the evidence among them named, the instruction.
    first, second = (message[-1]["content"] for message in engine.prompts)
    assert "[5] guide5.pdf" in first and "[4] " not in second and "[3] guide3.pdf" in second
    assert f'"{FACT}" [2]' in second and "annual report" not in second  # source 5 left out
    assert assistant.RETRY_INSTRUCTION in second and assistant.RETRY_INSTRUCTION not in first
    end = finished(events)
    assert end.answer == GOOD and end.problems == ()
    assert end.sources == list(SOURCES[:3])
    assert end.evidence == [EVIDENCE[0]]  # source 5 was not in the kept prompt


def test_when_the_retry_is_worse_the_first_answer_is_kept_with_its_problem():
    replies = iter(["The code is 4729.", "[2]"])  # no marker, then nothing of its own
    engine = ScriptedEngine(reply=lambda _messages: next(replies))
    end = finished(run(engine, ask.Question(QUESTION, grounding=GROUNDING)))
    assert len(engine.prompts) == 2
    assert end.answer == "The code is 4729." and end.problems == (answer_check.NO_CITATION,)
    assert end.sources == list(SOURCES) and end.evidence == list(EVIDENCE)


def test_when_both_fail_alike_the_first_answer_is_kept_and_its_problems_told():
    replies = iter(["The code is 4729.", "It is in the red folder."])  # neither cites
    engine = ScriptedEngine(reply=lambda _messages: next(replies))
    events = run(engine, ask.Question(QUESTION, grounding=GROUNDING))
    end = finished(events)
    assert len(engine.prompts) == 2  # one retry, never a second
    assert end.problems == (answer_check.NO_CITATION,)
    assert end.answer == streamed_attempts(events)[0] == "The code is 4729."
    assert end.sources == list(SOURCES) and end.evidence == list(EVIDENCE)


def test_a_policy_without_retry_keeps_the_first_answer():
    engine = ScriptedEngine(reply="The code is 4729.")
    policy = assistant.AnswerPolicy(retry=False)
    end = finished(run(engine, ask.Question(QUESTION, grounding=GROUNDING), policy))
    assert len(engine.prompts) == 1 and end.problems == (answer_check.NO_CITATION,)


def test_a_stopped_answer_is_not_retried():
    cancel = threading.Event()
    cancel.set()
    engine = ScriptedEngine(reply="The code is 4729.")
    end = finished(run(engine, ask.Question(QUESTION, grounding=GROUNDING), cancel=cancel))
    assert len(engine.prompts) == 1 and end.stats.stopped and end.problems == ()


def test_not_found_runs_no_model_and_answers_in_the_questions_language():
    danish = "Hvem vandt VM i 2018?"
    closest = Grounding(danish, SOURCES[:2], found=False, relevance=-3.0)
    engine = ScriptedEngine(reply=GOOD)
    events = run(engine, ask.Question(danish, grounding=closest))

    assert engine.prompts == []  # no model ran
    [end] = events  # no prompt, no streamed words: only the end
    assert end.answer == language.NOT_FOUND["da"] == end.not_found_message
    assert not end.found and end.sources == [] and end.evidence == []
    assert end.closest == list(SOURCES[:2])


def test_without_documents_it_is_a_plain_chat_that_is_not_retried():
    engine = ScriptedEngine(reply="Hello! How can I help?")  # no [n]: nothing to cite
    nothing = Grounding("Hello!", found=False, searched=False)
    end = finished(run(engine, ask.Question("Hello!", grounding=nothing)))
    assert engine.prompts[0][-1] == {"role": "user", "content": "Hello!"}
    assert engine.prompts[0][0]["content"] == assistant.PLAIN_SYSTEM_PROMPT
    assert len(engine.prompts) == 1 and end.found and end.problems == ()
    assert end.sources == [] and end.evidence == [] and end.closest == []


def test_plain_sources_without_a_grounding_are_answered_as_found():
    engine = ScriptedEngine(reply=GOOD)
    end = finished(run(engine, ask.Question(QUESTION, SOURCES[:2])))
    assert end.found and end.sources == list(SOURCES[:2]) and end.evidence == []
    with pytest.raises(ValueError):
        ask.Question(QUESTION, SOURCES[:2], grounding=GROUNDING)


def test_evidence_of_a_source_that_did_not_fit_is_left_out():
    # Room for the system prompt, the question and about two passages, not five.
    engine = ScriptedEngine(reply=GOOD, context_length=160, max_tokens=40)
    events = run(engine, ask.Question(QUESTION, grounding=GROUNDING))
    [prepared] = [event.prepared for event in events if isinstance(event, ask.PromptPrepared)]
    assert 2 <= len(prepared.sources) < 5
    end = finished(events)
    assert end.sources == list(SOURCES[: len(prepared.sources)])
    assert end.evidence == [EVIDENCE[0]]


@pytest.mark.parametrize("count", [3, 5, 8, None])
def test_the_policy_names_how_many_sources_the_prompt_gets(count):
    engine = ScriptedEngine(reply=GOOD)
    policy = assistant.AnswerPolicy(max_sources=count)
    end = finished(run(engine, ask.Question(QUESTION, grounding=GROUNDING), policy))
    expected = len(SOURCES) if count is None else min(count, len(SOURCES))
    assert len(end.sources) == expected
    assert f"[{expected}] " in engine.prompts[0][-1]["content"]
    assert f"[{expected + 1}] " not in engine.prompts[0][-1]["content"]


def test_the_bare_source_format_and_named_evidence():
    engine = ScriptedEngine(reply=GOOD)
    policy = assistant.AnswerPolicy(source_format="bare", name_evidence=True)
    finished(run(engine, ask.Question(QUESTION, grounding=GROUNDING), policy))
    content = engine.prompts[0][-1]["content"]
    assert f"[2] {' '.join(PASSAGES[1].split())}" in content
    assert "guide2.pdf" not in content
    assert f'"{FACT}" [2]' in content and assistant.RETRY_INSTRUCTION not in content


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who won the 2018 World Cup?", "en"),
        ("How tall is Mount Everest?", "en"),
        ("Hvem vandt VM i 2018?", "da"),
        ("Hvordan sætter jeg output til PNG i gnuplot?", "da"),
        ("Hvilket firma sælger S-Plus?", "da"),
        ("Vem vann VM 2018?", "sv"),
        ("Hur installerar jag paketet?", "sv"),
        ("Vilket företag säljer S-Plus?", "sv"),
        ("Wer hat 2018 die WM gewonnen?", "de"),
        ("Wie installiere ich das Paket?", "de"),
        ("Welches Unternehmen verkauft S-Plus?", "de"),
        ("gnuplot png", "en"),  # nothing to go by: English
        ("", "en"),
    ],
)
def test_the_language_of_short_questions(question, expected):
    assert language.detect_language(question) == expected


def test_there_is_a_not_found_message_in_every_language():
    assert set(language.NOT_FOUND) == set(language.LANGUAGES)
    assert language.not_found_message("Vem vann VM 2018?") == language.NOT_FOUND["sv"]
    assert language.NOT_FOUND["en"] == "Your documents don't seem to answer this."
