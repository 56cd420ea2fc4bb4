"""As many sources as fit: the prompt is measured with the real model's tokenizer and template."""

from __future__ import annotations

import pytest

from desktop_app.core.assistant import Turn, build_messages, prepare_prompt
from desktop_app.core.store_types import Hit

TOPICS = [
    "harbour", "lighthouse", "ferry", "bakery", "museum", "railway", "bridge", "forest",
    "castle", "island", "river", "market", "library", "windmill", "cathedral",
]  # fmt: skip
QUESTION = "Which of these places opens earliest in the morning?"


def source(number: int, engine) -> Hit:
    """A passage of about 150 tokens, different for every number."""
    topic = TOPICS[number % len(TOPICS)]
    sentences, text = [], ""
    while engine.count_tokens(text) < 150:
        step = len(sentences)
        sentences.append(
            f"The {topic} number {number} opens at {6 + (number + step) % 5} o'clock and "
            f"visitors count {number * 17 + step} passengers, boats and bicycles on day {step}."
        )
        text = " ".join(sentences)
    return Hit(
        path=f"/docs/{topic}-{number}.txt", page=None, score=1 - number / 100, text=text,
        start=0, end=len(text), chunk=0,
    )  # fmt: skip


@pytest.fixture(scope="module")
def sources(engine):
    made = [source(number, engine) for number in range(30)]
    sizes = [engine.count_tokens(hit.text) for hit in made]
    assert all(150 <= size <= 190 for size in sizes), sizes
    return made


@pytest.mark.parametrize("max_tokens", [512, 256])
def test_the_top_sources_that_fit_are_kept_in_rank_order(engine, sources, max_tokens):
    context = engine.context_length
    assert context == 2048
    prepared = prepare_prompt(
        QUESTION, sources, [], engine.count_prompt_tokens, context, max_tokens
    )
    kept = prepared.sources
    assert 3 <= len(kept) < len(sources)
    assert kept == sources[: len(kept)]  # a prefix: the best ranked, in their order
    assert prepared.dropped_sources == len(sources) - len(kept)
    assert prepared.max_tokens == max_tokens
    # What the prompt says it takes is what the model's tokenizer counts for it, and it fits.
    assert prepared.prompt_tokens == engine.count_prompt_tokens(prepared.messages)
    assert prepared.prompt_tokens + prepared.max_tokens <= context
    # One more source would not have fit.
    one_more = build_messages(QUESTION, sources[: len(kept) + 1], [], None)
    assert engine.count_prompt_tokens(one_more) + max_tokens > context
    # Every kept source is in the prompt, numbered in rank order.
    content = prepared.messages[-1]["content"]
    positions = [content.index(f"[{n}] {hit.path.rsplit('/', 1)[1]}") for n, hit in
                 enumerate(kept, start=1)]  # fmt: skip
    assert positions == sorted(positions)
    assert f"[{len(kept) + 1}]" not in content and content.endswith(f"Question: {QUESTION}")


def test_a_smaller_answer_room_leaves_room_for_more_sources(engine, sources):
    context = engine.context_length
    roomy = prepare_prompt(QUESTION, sources, [], engine.count_prompt_tokens, context, 256)
    tight = prepare_prompt(QUESTION, sources, [], engine.count_prompt_tokens, context, 768)
    assert len(roomy.sources) > len(tight.sources)


def test_history_goes_before_sources(engine, sources):
    history = [
        Turn(f"Tell me about place {n}.", " ".join(["It is lovely in the summer."] * 20))
        for n in range(6)
    ]
    context = engine.context_length
    without = prepare_prompt(QUESTION, sources, [], engine.count_prompt_tokens, context, 512)
    prepared = prepare_prompt(QUESTION, sources, history, engine.count_prompt_tokens, context, 512)
    assert prepared.dropped_turns == len(history)  # the old turns went first...
    assert prepared.sources == without.sources  # ...so the sources kept their room
    assert prepared.prompt_tokens + prepared.max_tokens <= context


def test_a_huge_answer_limit_never_starves_the_sources(engine, sources):
    context = engine.context_length
    prepared = prepare_prompt(QUESTION, sources, [], engine.count_prompt_tokens, context, 10_000)
    assert prepared.max_tokens == context // 2
    assert len(prepared.sources) >= 3
    assert prepared.prompt_tokens + prepared.max_tokens <= context


def test_every_source_is_kept_when_all_fit(engine, sources):
    few = sources[:4]
    prepared = prepare_prompt(
        QUESTION, few, [], engine.count_prompt_tokens, engine.context_length, 512
    )
    assert prepared.sources == few and prepared.dropped_sources == 0
