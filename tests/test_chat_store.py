"""A plan's chat in the SQLite store: per user, replaced as it grows, gone with the plan."""

from __future__ import annotations

import sqlite3

import pytest

from assistant.errors import InputError, NotFound
from assistant.store import Store
from tests.plans import good_plan

CHAT = [
    {"role": "user", "content": "Run a half marathon"},
    {"role": "assistant", "content": "A few questions before I plan..."},
]


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(tmp_path / "goalsmith.db")


def test_a_chat_is_kept_with_its_plan_per_user_and_replaced_as_it_grows(store):
    plan = store.save_plan(good_plan(), "alice")
    store.save_plan(good_plan(), "bob")  # the same plan id, another user
    store.save_chat(plan.id, CHAT, "alice")
    assert store.chat(plan.id, "alice") == CHAT and store.chat(plan.id, "bob") == []
    longer = [*CHAT, {"role": "user", "content": "just plan it"}]
    store.save_chat(plan.id, longer, "alice")
    assert Store(store.path).chat(plan.id, "alice") == longer  # reopened: still there


def test_a_chat_needs_the_users_plan_and_well_formed_messages(store):
    plan = store.save_plan(good_plan(), "alice")
    with pytest.raises(NotFound):
        store.save_chat(plan.id, CHAT, "bob")
    with pytest.raises(InputError, match="cannot store this chat"):
        store.save_chat(plan.id, [{"role": "system", "content": "x"}], "alice")
    assert store.chat(plan.id, "alice") == []


def test_deleting_a_plan_deletes_its_chat_and_a_damaged_chat_reads_as_none(store):
    plan = store.save_plan(good_plan(), "alice")
    store.save_chat(plan.id, CHAT, "alice")
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE chats SET body='not json' WHERE plan_id=?", (plan.id,))
    assert store.chat(plan.id, "alice") == []
    store.save_chat(plan.id, CHAT, "alice")
    store.delete_plan(plan.id, "alice")
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM chats").fetchone()[0] == 0
