"""Prompt assembly and context fitting, with a simple word counter standing in for a tokenizer."""

from desktop_app.core import assistant
from desktop_app.core.store_types import Hit


def words(messages):
    return sum(len(message["content"].split()) + 4 for message in messages)


def hit(page, text="passage " * 50):
    return Hit(path=f"/home/ann/report{page}.pdf", page=page, score=0.5, text=text, start=0, end=1)


def test_grounded_prompt_numbers_the_sources_and_asks_for_citations():
    messages = assistant.build_messages("When?", [hit(2, "It opened in 1901.")], [], None)
    assert messages[0]["role"] == "system" and "[1]" in messages[0]["content"]
    user = messages[-1]["content"]
    assert "[1] report2.pdf, page 2:\nIt opened in 1901." in user
    assert user.endswith("Question: When?")


def test_no_sources_gives_a_plain_chat_prompt():
    messages = assistant.build_messages("Hello!", [], [], None)
    assert messages[-1] == {"role": "user", "content": "Hello!"}
    assert "sources" not in messages[0]["content"].lower()


def test_history_is_dropped_oldest_first_before_any_source():
    history = [assistant.Turn(f"q{n}", "answer " * 30) for n in range(5)]
    prepared = assistant.prepare_prompt("Now?", [hit(1), hit(2)], history, words, 300, 100)
    assert prepared.dropped_turns > 0 and prepared.dropped_sources == 0
    kept_questions = [m["content"] for m in prepared.messages if m["role"] == "user"][:-1]
    assert kept_questions == [f"q{n}" for n in range(prepared.dropped_turns, 5)]
    assert prepared.prompt_tokens <= 300 - prepared.max_tokens


def test_lowest_ranked_sources_go_after_the_history():
    history = [assistant.Turn("q", "a " * 30)]
    sources = [hit(page) for page in range(1, 6)]
    prepared = assistant.prepare_prompt("Now?", sources, history, words, 260, 100)
    assert prepared.dropped_turns == 1
    assert [h.page for h in prepared.sources] == list(range(1, 6 - prepared.dropped_sources))
    assert prepared.dropped_sources > 0


def test_answer_room_is_capped_at_half_the_window():
    prepared = assistant.prepare_prompt("Hi", [], [], words, 1000, 5000)
    assert prepared.max_tokens == 500


def test_the_prompt_style_formats_sources_and_names_only_evidence_of_sources_given():
    style = assistant.PromptStyle(
        source_format="bare",
        evidence=((1, "It opened\nin 1901."), (3, "A sentence of a source not given.")),
        instruction="Answer briefly.",
    )
    messages = assistant.build_messages("When?", [hit(2, "It opened in 1901.")], [], None, style)
    user = messages[-1]["content"]
    assert "[1] It opened in 1901." in user and "report2.pdf" not in user
    assert '- "It opened in 1901." [1]' in user and "not given" not in user
    assert user.endswith("Answer briefly.\n\nQuestion: When?")


def test_the_default_answer_policy_is_todays_prompt():
    policy = assistant.AnswerPolicy()
    assert policy.max_sources is None and policy.source_format == "labelled"
    assert not policy.name_evidence and policy.retry
    assert assistant.build_messages("When?", [hit(2)], [], None) == assistant.build_messages(
        "When?", [hit(2)], [], None, assistant.PromptStyle()
    )
