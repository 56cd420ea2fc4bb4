"""Conversations in a real SQLite file: round trips, search, export, and damaged-file recovery."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime

import pytest

from desktop_app.core import history
from desktop_app.core.history import HistoryStore, SearchHit

SOURCES = (
    {
        "path": "/docs/rapport.pdf",
        "page": 2,
        "score": 0.81,
        "text": "Omsætningen steg 12 %.",
        "start": 10,
        "end": 32,
    },
    {"path": "/docs/noter.txt", "page": None, "score": 0.5, "text": "Møde", "start": 0, "end": 4},
)
STATS = {
    "completion_tokens": 31,
    "tokens_per_second": 33.2,
    "first_token_seconds": 1.6,
    "stopped": False,
    "context_used": 812,
    "context_length": 4096,
}


@pytest.fixture
def store(tmp_path):
    opened = HistoryStore(tmp_path)
    yield opened
    opened.close()


def _raw(tmp_path, sql):
    """Read the file directly, to see what is really stored (not what the store says)."""
    db = sqlite3.connect(tmp_path / "history.sqlite3")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


# Counts entries in the FTS index itself: search() joins the tables, so it would hide stale ones.
_INDEXED = "SELECT count(*) FROM {table} WHERE {table} MATCH '{word}'"


def _assert_index_in_step(tmp_path):
    """FTS5's own check that the index holds exactly what the tables hold (raises if not)."""
    for table in ("messages_search", "titles_search"):
        _raw(tmp_path, f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def _chat(store, title, *texts):
    conversation = store.create_conversation(title)
    for number, text in enumerate(texts):
        store.add_message(conversation.id, "user" if number % 2 == 0 else "assistant", text)
    return conversation


# -- the file -----------------------------------------------------------------------------------


def test_file_is_versioned_wal_with_foreign_keys(store, tmp_path):
    assert store.path == tmp_path / "history.sqlite3"
    assert _raw(tmp_path, "PRAGMA user_version") == [(history.SCHEMA_VERSION,)]
    assert _raw(tmp_path, "PRAGMA journal_mode") == [("wal",)]
    assert store._db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    with pytest.raises(sqlite3.IntegrityError):  # no message without its conversation
        store.add_message(12345, "user", "orphan")
    with pytest.raises(sqlite3.IntegrityError):  # only the two roles
        store.add_message(store.create_conversation().id, "system", "You are...")
    assert _raw(tmp_path, "SELECT count(*) FROM messages") == [(0,)]


def test_damaged_file_is_set_aside_and_a_fresh_history_starts(tmp_path):
    garbage = b"this is not an SQLite database\n" * 200
    (tmp_path / "history.sqlite3").write_bytes(garbage)

    store = HistoryStore(tmp_path)
    assert store.list_conversations() == []
    chat = _chat(store, "After the crash", "Still works?")
    store.close()

    broken = list(tmp_path.glob("history.sqlite3.broken-*"))
    assert len(broken) == 1
    assert broken[0].read_bytes() == garbage  # the user keeps the damaged file untouched
    reopened = HistoryStore(tmp_path)
    assert [c.title for c in reopened.list_conversations()] == ["After the crash"]
    assert reopened.messages(chat.id)[0].content == "Still works?"
    reopened.close()

    # Damaged again within the same second: the first copy is not overwritten.
    (tmp_path / "history.sqlite3").write_bytes(b"garbage again" * 100)
    HistoryStore(tmp_path).close()
    copies = sorted(path.read_bytes() for path in tmp_path.glob("history.sqlite3.broken-*"))
    assert copies == sorted([garbage, b"garbage again" * 100])


def test_database_with_damaged_pages_is_set_aside(tmp_path):
    store = HistoryStore(tmp_path)
    _chat(store, "Long", "word " * 5000)
    store.close()
    path = tmp_path / "history.sqlite3"
    data = bytearray(path.read_bytes())
    data[100:400] = b"\xff" * 300  # the schema page, just after the 100-byte header
    path.write_bytes(bytes(data))

    store = HistoryStore(tmp_path)
    assert store.list_conversations() == []
    store.close()
    [broken] = tmp_path.glob("history.sqlite3.broken-*")
    assert broken.read_bytes() == bytes(data)


def test_busy_or_unwritable_database_is_never_set_aside(tmp_path, monkeypatch):
    HistoryStore(tmp_path).close()

    def locked(path):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(history, "_open", locked)
    with pytest.raises(sqlite3.OperationalError):
        HistoryStore(tmp_path)
    assert (tmp_path / "history.sqlite3").exists()
    assert not list(tmp_path.glob("*.broken-*"))


# -- conversations ------------------------------------------------------------------------------


def test_create_and_look_up_a_conversation(store):
    plain = store.create_conversation()
    assert plain.title == "New chat"
    assert plain.collections == ()
    assert plain.created_at == plain.updated_at

    chat = store.create_conversation("Budget", ["Økonomi", "Work"])
    assert chat.collections == ("Økonomi", "Work")
    assert store.conversation(chat.id) == chat
    assert store.conversation(chat.id + 1000) is None
    assert chat.id != plain.id


def test_conversations_are_listed_most_recently_updated_first(store):
    first = store.create_conversation("first")
    second = store.create_conversation("second")
    third = store.create_conversation("third")
    assert [c.title for c in store.list_conversations()] == ["third", "second", "first"]

    message = store.add_message(first.id, "user", "Hello again")
    assert [c.title for c in store.list_conversations()] == ["first", "third", "second"]
    updated = store.conversation(first.id)
    assert updated.updated_at == message.created_at > first.updated_at
    assert updated.created_at == first.created_at

    store.add_message(second.id, "user", "Me too")
    assert [c.id for c in store.list_conversations()] == [second.id, first.id, third.id]


def test_rename_and_set_collections(store):
    chat = store.create_conversation("Draft", ["A"])
    other = store.create_conversation("Other")
    store.rename(chat.id, "Kvartalsrapport")
    store.set_collections(chat.id, ["B", "C"])

    changed = store.conversation(chat.id)
    assert changed.title == "Kvartalsrapport"
    assert changed.collections == ("B", "C")
    assert store.conversation(other.id) == other  # nothing else touched
    store.set_collections(chat.id, [])
    assert store.conversation(chat.id).collections == ()


def test_delete_takes_the_messages_and_their_search_entries(store, tmp_path):
    doomed = _chat(store, "Doomed pelican", "pelican question", "pelican answer")
    kept = _chat(store, "Kept", "pelican elsewhere")
    assert {hit.conversation_id for hit in store.search("pelican")} == {doomed.id, kept.id}

    store.delete(doomed.id)

    assert store.conversation(doomed.id) is None
    assert store.messages(doomed.id) == []
    assert [c.id for c in store.list_conversations()] == [kept.id]
    assert _raw(tmp_path, "SELECT conversation_id FROM messages") == [(kept.id,)]
    hits = store.search("pelican")
    assert [(hit.conversation_id, hit.title) for hit in hits] == [(kept.id, "Kept")]
    assert store.search("doomed") == []  # its title left the index too
    _assert_index_in_step(tmp_path)
    assert _raw(tmp_path, _INDEXED.format(table="messages_search", word="pelican")) == [(1,)]
    assert _raw(tmp_path, _INDEXED.format(table="titles_search", word="doomed")) == [(0,)]


# -- messages -----------------------------------------------------------------------------------


def test_messages_round_trip_with_sources_stats_and_thinking(store):
    chat = store.create_conversation("Rapport")
    question = store.add_message(chat.id, "user", "Hvor meget steg omsætningen?")
    answer = store.add_message(
        chat.id,
        "assistant",
        "Den steg 12 % [1].",
        thinking="The user asks about revenue; source 1 says 12 %.",
        sources=SOURCES,
        stats=STATS,
    )

    assert question.role == "user"
    assert question.thinking is None
    assert question.sources == ()
    assert question.stats is None
    assert answer.content == "Den steg 12 % [1]."
    assert answer.thinking == "The user asks about revenue; source 1 says 12 %."
    assert answer.sources == SOURCES
    assert answer.stats == STATS
    assert answer.conversation_id == chat.id
    assert store.messages(chat.id) == [question, answer]  # oldest first, equal to what was added


def test_sources_and_stats_are_stored_as_json_text(store, tmp_path):
    chat = store.create_conversation()
    store.add_message(chat.id, "assistant", "Svar", sources=SOURCES, stats=STATS)
    [(sources, stats)] = _raw(tmp_path, "SELECT sources, stats FROM messages")
    assert json.loads(sources) == list(SOURCES)
    assert json.loads(stats) == STATS
    assert "Omsætningen" in sources  # readable, not \\u-escaped


def test_delete_from_removes_that_message_and_every_later_one(store, tmp_path):
    chat = _chat(store, "Edits", "q1", "a1", "q2", "a2", "q3", "a3")
    other = _chat(store, "Other", "other question", "other answer")
    q2 = store.messages(chat.id)[2]

    store.delete_from(chat.id, q2.id)  # the user edits q2 and sends it again

    assert [m.content for m in store.messages(chat.id)] == ["q1", "a1"]
    assert [m.content for m in store.messages(other.id)] == ["other question", "other answer"]
    assert store.search("a2") == []
    assert store.search("q3") == []
    assert _raw(tmp_path, _INDEXED.format(table="messages_search", word="q3")) == [(0,)]
    _assert_index_in_step(tmp_path)
    store.add_message(chat.id, "user", "q2 edited")
    store.add_message(chat.id, "assistant", "a2 again")
    assert [m.content for m in store.messages(chat.id)] == ["q1", "a1", "q2 edited", "a2 again"]


def test_delete_from_the_last_answer_regenerates_only_it(store):
    chat = _chat(store, "Regenerate", "question", "bad answer")
    answer = store.messages(chat.id)[-1]
    store.delete_from(chat.id, answer.id)
    new_answer = store.add_message(chat.id, "assistant", "better answer")
    assert [m.content for m in store.messages(chat.id)] == ["question", "better answer"]
    assert new_answer.id > answer.id  # ids are never reused


def test_delete_from_ignores_a_message_of_another_conversation(store):
    chat = _chat(store, "Mine", "mine 1", "mine 2")
    other = _chat(store, "Other", "other 1", "other 2")
    store.delete_from(chat.id, store.messages(other.id)[0].id)
    assert len(store.messages(chat.id)) == 2  # all of mine are older than the other's ids
    assert len(store.messages(other.id)) == 2


def test_reopening_restores_everything(tmp_path):
    store = HistoryStore(tmp_path)
    older = store.create_conversation("Older", ["Docs"])
    newer = store.create_conversation("Newer")
    store.add_message(newer.id, "user", "Hvad er smørrebrød?")
    store.add_message(
        newer.id, "assistant", "Et dansk brød.", thinking="Hmm.", sources=SOURCES, stats=STATS
    )
    store.rename(older.id, "Older, renamed")
    conversations = store.list_conversations()
    messages = store.messages(newer.id)
    store.close()

    reopened = HistoryStore(tmp_path)
    assert reopened.list_conversations() == conversations
    assert reopened.messages(newer.id) == messages
    assert reopened.conversation(older.id).collections == ("Docs",)
    assert [hit.message_id for hit in reopened.search("smørrebrød")] == [messages[0].id]
    # New timestamps continue after the stored ones, so the order stays right.
    later = reopened.create_conversation("Latest")
    assert reopened.list_conversations()[0] == later
    reopened.close()


# -- search -------------------------------------------------------------------------------------


def test_search_finds_messages_across_conversations_with_a_snippet(store):
    budget = _chat(store, "Budget", "What was the revenue in 2023?", "Revenue grew to 4 million.")
    _chat(store, "Cats", "Why do cats purr?", "Nobody is quite sure.")
    trip = _chat(store, "Trip", "Plan a trip", "Check the revenue of the hotel first.")

    hits = store.search("revenue")
    assert {(hit.conversation_id, hit.title) for hit in hits} == {
        (budget.id, "Budget"),
        (trip.id, "Trip"),
    }
    assert len(hits) == 3
    assert all("[revenue]" in hit.snippet.lower() for hit in hits)
    by_id = {m.id: m.content for c in (budget, trip) for m in store.messages(c.id)}
    assert all("revenue" in by_id[hit.message_id].lower() for hit in hits)


def test_search_needs_every_word(store):
    _chat(store, "One", "red apples and green pears")
    _chat(store, "Two", "red cars")
    assert [hit.title for hit in store.search("red pears")] == ["One"]
    assert [hit.title for hit in store.search("red")] != []
    assert store.search("red bananas") == []


def test_search_best_match_first(store):
    _chat(store, "Passing", "A long story about many things. " * 20 + "It mentions a lighthouse.")
    _chat(store, "Focused", "Lighthouse lighthouse: the lighthouse keeper.")
    assert [hit.title for hit in store.search("lighthouse")] == ["Focused", "Passing"]


def test_search_ignores_diacritics_in_nordic_and_german_text(store):
    _chat(store, "Danmark", "København er Danmarks hovedstad.")
    _chat(store, "Deutsch", "Die Brücke über den Fluss ist für Fußgänger.")
    _chat(store, "Sverige", "Vi åt smörgåsar i Malmö.")

    [hit] = store.search("Køben")
    assert hit.title == "Danmark"
    assert hit.snippet == "[København] er Danmarks hovedstad."
    assert [h.title for h in store.search("KØBENHAVN")] == ["Danmark"]
    assert [h.title for h in store.search("brucke")] == ["Deutsch"]
    assert [h.title for h in store.search("Brü")] == ["Deutsch"]
    assert [h.title for h in store.search("uber fluss")] == ["Deutsch"]
    assert [h.title for h in store.search("SMORGASAR")] == ["Sverige"]
    assert [h.title for h in store.search("malmo")] == ["Sverige"]


def test_search_as_you_type_matches_the_last_word_as_a_prefix(store):
    _chat(store, "Frokost", "Vi spiser smørrebrød til frokost.")
    [hit] = store.search("smør")
    assert hit.title == "Frokost"
    assert "[smørrebrød]" in hit.snippet
    assert [h.title for h in store.search("spiser smør")] == ["Frokost"]
    assert store.search("smørrebrød frokost") != []  # the last word, complete, still matches
    assert store.search("smørrebrød spi") != []
    assert store.search("smør frokost") == []  # only the last word is a prefix


def test_search_matches_titles_too(store):
    chat = _chat(store, "Kvartalsrapport Q3", "What changed since last time?")
    [hit] = store.search("kvartal")
    assert hit == SearchHit(chat.id, None, "Kvartalsrapport Q3", "[Kvartalsrapport] Q3")
    store.rename(chat.id, "Budget")
    assert store.search("kvartal") == []
    assert [h.title for h in store.search("budget")] == ["Budget"]


HOSTILE = [
    '"AND OR NOT * ( ) : -',
    '"',
    '""',
    "NEAR(",
    "NEAR(a b, 2)",
    "AND",
    "OR NOT",
    "*",
    "-",
    "(",
    ")",
    ":",
    "content:secret",
    "title : x",
    "^start",
    "a + b",
    "{content}",
    "'; DROP TABLE messages; --",
    "\x00",
    "før\x00efter",
    "\\",
    "💥 🇩🇰",
    "x" * 5000,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_search_treats_fts_syntax_as_plain_words(store, query):
    chat = _chat(store, "Syntax", "Normal words: AND, OR, NOT and NEAR(a b) in a message.")
    hits = store.search(query)
    assert isinstance(hits, list)
    assert all(hit.conversation_id == chat.id for hit in hits)
    assert len(store.messages(chat.id)) == 1  # and nothing was harmed


def test_search_finds_operators_typed_as_words(store):
    _chat(store, "Logic", "Rock AND roll, NOT jazz, or NEAR the end.")
    _chat(store, "Other", "Nothing to see here.")
    assert [h.title for h in store.search("AND")] == ["Logic"]
    assert [h.title for h in store.search("NOT jazz")] == ["Logic"]
    assert [h.title for h in store.search('"rock" - (roll)')] == ["Logic"]


def test_search_never_raises_on_random_input(store):
    _chat(store, "Fuzz", 'Mixed "quotes", (parens) and col:ons. Ærø, Öl, ß.')
    alphabet = list("\"'*()-:^+{},.\\ \t\n\x00") + ["AND", "OR", "NOT", "NEAR", "ø", "ü", "字"]
    rng = random.Random(7)
    for _ in range(500):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert isinstance(store.search(query), list), query


@pytest.mark.parametrize("query", ["", " ", "\t\n  "])
def test_empty_search_returns_nothing(store, query):
    _chat(store, "Anything", "some text")
    assert store.search(query) == []


def test_search_limit(store):
    for number in range(5):
        _chat(store, f"Chat {number}", f"common word number {number}")
    assert len(store.search("common")) == 5
    assert len(store.search("common", limit=2)) == 2
    assert store.search("common", limit=0) == []


# -- export -------------------------------------------------------------------------------------


def test_export_markdown(store):
    chat = store.create_conversation("Årsrapport 2023")
    store.add_message(chat.id, "user", "Hvor meget steg omsætningen?")
    store.add_message(
        chat.id, "assistant", "Den steg 12 % [1].", thinking="SECRET THOUGHTS", sources=SOURCES
    )
    store.add_message(chat.id, "user", "Tak!")
    store.add_message(chat.id, "assistant", "Selv tak.")

    assert store.export_markdown(chat.id) == (
        "# Årsrapport 2023\n"
        "\n"
        "**You**\n"
        "\n"
        "Hvor meget steg omsætningen?\n"
        "\n"
        "**Lokal**\n"
        "\n"
        "Den steg 12 % [1].\n"
        "\n"
        "1. rapport.pdf, page 2\n"
        "2. noter.txt\n"
        "\n"
        "**You**\n"
        "\n"
        "Tak!\n"
        "\n"
        "**Lokal**\n"
        "\n"
        "Selv tak.\n"
    )


def test_export_json_holds_everything(store):
    chat = store.create_conversation("Årsrapport", ["Økonomi"])
    question = store.add_message(chat.id, "user", "Hvor meget?")
    store.add_message(
        chat.id, "assistant", "12 % [1].", thinking="Let me see.", sources=SOURCES, stats=STATS
    )

    text = store.export_json(chat.id)
    assert "\n  " in text  # pretty
    assert "Årsrapport" in text  # readable, not \\u-escaped
    document = json.loads(text)
    assert document["title"] == "Årsrapport"
    assert document["collections"] == ["Økonomi"]
    created = datetime.fromisoformat(document["created_at"])
    assert created.tzinfo is not None
    assert abs(created.timestamp() - chat.created_at) < 1
    assert document["messages"] == [
        {
            "role": "user",
            "content": "Hvor meget?",
            "thinking": None,
            "sources": [],
            "stats": None,
            "created_at": document["messages"][0]["created_at"],
        },
        {
            "role": "assistant",
            "content": "12 % [1].",
            "thinking": "Let me see.",
            "sources": list(SOURCES),
            "stats": STATS,
            "created_at": document["messages"][1]["created_at"],
        },
    ]
    first_time = datetime.fromisoformat(document["messages"][0]["created_at"])
    assert abs(first_time.timestamp() - question.created_at) < 1


def test_export_of_a_missing_conversation_raises_key_error(store):
    with pytest.raises(KeyError):
        store.export_markdown(404)
    with pytest.raises(KeyError):
        store.export_json(404)
