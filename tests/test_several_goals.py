"""Several goals in one message: told apart from one goal with two parts, picked one by one."""

from __future__ import annotations

import importlib

import pytest

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.understanding.several import pick_goal, separate_goals
from tests.plans import TODAY


@pytest.mark.parametrize(
    ("text", "goals"),
    [
        (
            "I want to lose 20 lbs, save 5k and learn spanish this year",
            ["lose 20 lbs", "save 5k", "learn spanish this year"],
        ),
        (
            "read 12 books, run a half marathon, and pay off my car by december",
            ["read 12 books", "run a half marathon", "pay off my car by december"],
        ),
        ("lose weight and get fit", []),  # two parts: one goal
        ("run a 5k and raise $500 for the shelter", []),
        ("save 10k for a deposit by next summer, I have 2k now and can put away 600 a month", []),
        ("I want to walk 8,000 steps a day, walk 8,000 steps, walk daily", []),  # one field
    ],
)
def test_separate_goals_are_three_or_more_parts_in_different_fields(text, goals):
    assert separate_goals(text) == goals


GOALS = ["lose 20 lbs", "save 5k", "learn spanish this year"]
WHOLE = "I want to lose 20 lbs, save 5k and learn spanish this year"


@pytest.mark.parametrize(
    ("reply", "picked"),
    [
        ("2", "save 5k this year"),
        ("the first one", "lose 20 lbs this year"),
        ("spanish", "learn spanish this year"),
        ("saving first", "save 5k this year"),
        ("all in one", WHOLE),
        ("I'd rather plan a trip to Japan", None),  # a goal of its own
    ],
)
def test_a_reply_picks_one_goal_and_keeps_the_shared_deadline(reply, picked):
    assert pick_goal(reply, GOALS, WHOLE) == picked


def test_the_chat_asks_which_first_plans_it_and_names_the_others():
    offline = importlib.import_module("assistant.engines.offline.engine")
    settings = Settings(_env_file=None)
    c = Conversation(offline.OfflineEngine(settings), settings, today=TODAY)
    asked = c.send(WHOLE)
    assert asked.state == "intake" and c.goal is None
    assert "1. lose 20 lbs" in asked.message and "Which one first?" in asked.message
    c.send("3")
    assert c.goal == "learn spanish this year"
    turn = c.send("just plan it")
    assert turn.state == "plan" and "Spanish" in turn.plan.goal.statement
    assert "Your other goals: \u201close 20 lbs\u201d, \u201csave 5k\u201d" in turn.message


def test_just_plan_it_before_any_goal_asks_for_the_goal_and_after_several_takes_the_first():
    offline = importlib.import_module("assistant.engines.offline.engine")
    settings = Settings(_env_file=None)
    c = Conversation(offline.OfflineEngine(settings), settings, today=TODAY)
    turn = c.send("just plan it")
    assert turn.state == "intake" and c.goal is None and "Tell me one goal" in turn.message
    c.send(WHOLE)
    c.send("just plan it")
    assert c.goal == "lose 20 lbs this year"
