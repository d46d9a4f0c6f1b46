"""A goal that asks for two things keeps both in view: the part its field does not plan is
named in the goal statement, in the person's words, never silently dropped."""

from __future__ import annotations

import pytest

from assistant.engines.offline.engine import OfflineEngine
from assistant.planner import plan_goal
from assistant.settings import Settings
from tests.offline_goals import TODAY


def _statement(goal: str, tmp_path) -> str:
    settings = Settings(data_dir=tmp_path)
    return plan_goal(OfflineEngine(settings), goal, {}, settings, TODAY).plan.goal.statement


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("cut back on takeout and uber rides", "uber rides"),
        ("max out my roth ira and figure out whether we can afford a house by 40", "afford a house"),
        ("I want to stop interrupting people. Also want to run our team stand-up", "run our team"),
        ("save 3000 for a new laptop and pay off my phone bill", "pay off your phone bill"),
    ],
)
def test_the_second_part_of_a_goal_stays_in_the_statement(goal, kept, tmp_path):
    assert kept in _statement(goal, tmp_path)


@pytest.mark.parametrize(
    "goal",
    ["save $5,000 for a trip to japan", "run a half marathon in the spring", "walk my dog every day"],
)
def test_a_one_part_goal_gets_no_also(goal, tmp_path):
    assert "also:" not in _statement(goal, tmp_path)
