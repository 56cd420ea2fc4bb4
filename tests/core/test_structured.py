"""ask_json: parse, validate, re-ask; the scripted engine feeds bad replies on purpose, and one
test runs the real bundled model under its grammar (asserting the reply's shape, not words)."""

from __future__ import annotations

import json
import threading

import jsonschema
import pytest

from desktop_app.core.structured import Cancelled, ask_json
from tests.scripted_engine import ScriptedEngine

INVOICE_SCHEMA = {
    "type": "object",
    "properties": {
        "invoice_number": {"type": "string", "maxLength": 40},
        "total": {"type": "string", "maxLength": 40},
    },
    "required": ["invoice_number", "total"],
    "additionalProperties": False,
}
COUNT_SCHEMA = {
    "type": "object",
    "properties": {"pages": {"type": "integer", "minimum": 1, "maximum": 100}},
    "required": ["pages"],
}
QUESTION = [{"role": "user", "content": "How many pages?"}]


def replies(*texts: str):
    """A reply function that answers with each text in turn (the last one repeated)."""
    queue = list(texts)
    return lambda _messages: queue.pop(0) if len(queue) > 1 else queue[0]


def test_a_valid_first_reply_is_taken_at_once():
    engine = ScriptedEngine(reply='{"pages": 3}')
    result = ask_json(engine, QUESTION, COUNT_SCHEMA)
    assert (result.value, result.attempts, result.problems, result.ok) == (
        {"pages": 3},
        1,
        (),
        True,
    )
    assert engine.schemas == [COUNT_SCHEMA]
    assert engine.prompts == [QUESTION]


def test_bad_json_then_good_is_re_asked_with_the_problem():
    engine = ScriptedEngine(reply=replies("pages: three", '{"pages": 3}'))
    result = ask_json(engine, QUESTION, COUNT_SCHEMA)
    assert result.ok and result.value == {"pages": 3} and result.attempts == 2
    follow_up = engine.prompts[1]
    assert follow_up[:-2] == QUESTION  # the original messages, unchanged
    assert follow_up[-2] == {"role": "assistant", "content": "pages: three"}
    assert follow_up[-1]["role"] == "user" and "not JSON" in follow_up[-1]["content"]


def test_a_truncated_object_is_retried_with_more_tokens():
    long_reply = json.dumps({"invoice_number": "INV 2025 0042 A B C D", "total": "1 234,50 kr"})
    engine = ScriptedEngine(reply=long_reply)  # cut to max_tokens words: unfinished at 4
    result = ask_json(engine, QUESTION, INVOICE_SCHEMA, max_tokens=4)
    assert engine.json_max_tokens == [4, 8, 16]
    assert result.ok and result.value == json.loads(long_reply) and result.attempts == 3
    assert "cut off" in engine.prompts[1][-1]["content"]


def test_schema_invalid_then_valid_reports_where():
    # The grammar does not enforce minimum/maximum: the validator must.
    engine = ScriptedEngine(reply=replies('{"pages": 0}', '{"pages": 2}'))
    result = ask_json(engine, QUESTION, COUNT_SCHEMA)
    assert result.ok and result.value == {"pages": 2} and result.attempts == 2
    follow_up = engine.prompts[1][-1]["content"]
    assert "pages" in follow_up and "minimum" in follow_up


def test_all_bad_returns_the_best_attempt_with_its_problems():
    engine = ScriptedEngine(reply=replies("nonsense", '{"pages": 500}', "{broken"))
    result = ask_json(engine, QUESTION, COUNT_SCHEMA, retries=2)
    assert result.attempts == 3 and not result.ok
    assert result.value == {"pages": 500}  # parsed beats unparsed
    assert len(result.problems) == 1 and "maximum" in result.problems[0]


def test_no_retries_means_one_attempt():
    engine = ScriptedEngine(reply="")
    result = ask_json(engine, QUESTION, COUNT_SCHEMA, retries=0)
    assert (result.value, result.attempts, result.problems) == (None, 1, ("the reply was empty",))


def test_cancel_before_the_call_raises_and_calls_nothing():
    cancel = threading.Event()
    cancel.set()
    engine = ScriptedEngine(reply='{"pages": 3}')
    with pytest.raises(Cancelled):
        ask_json(engine, QUESTION, COUNT_SCHEMA, cancel=cancel)
    assert engine.prompts == []


def test_cancel_during_a_call_raises_instead_of_re_asking():
    cancel = threading.Event()

    def reply_then_stop(_messages):
        cancel.set()  # Stop pressed while the model writes
        return "{not json"

    engine = ScriptedEngine(reply=reply_then_stop)
    with pytest.raises(Cancelled):
        ask_json(engine, QUESTION, COUNT_SCHEMA, cancel=cancel)
    assert len(engine.prompts) == 1


def test_a_broken_schema_is_the_callers_bug():
    with pytest.raises(jsonschema.SchemaError):
        ask_json(ScriptedEngine(reply="{}"), QUESTION, {"type": "no such type"})


def test_the_real_model_answers_in_valid_json_under_the_grammar(engine):
    invoice = (
        "INVOICE\nNordic Paper ApS, Vestergade 12, 8000 Aarhus\n"
        "Invoice number: INV-2025-0042\nDate: 4 March 2025\n"
        "2 boxes of paper ......... 1.234,50 kr\nTotal: 1.234,50 kr\n"
    )
    messages = [
        {
            "role": "user",
            "content": (
                "Read the invoice below and give its invoice number and total as JSON.\n\n"
                f"{invoice}"
            ),
        }
    ]
    result = ask_json(engine, messages, INVOICE_SCHEMA, max_tokens=96)
    assert result.ok, result.problems
    jsonschema.validate(result.value, INVOICE_SCHEMA)
    assert json.loads(result.text) == result.value
    assert 1 <= result.attempts <= 3
