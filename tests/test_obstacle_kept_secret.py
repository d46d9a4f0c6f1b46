"""A surprise the maker finds hard to hide from the person it is for: the moves keep it out of
sight and out of their hours, and never tell that person (the 'bring them in' moves of someone
pulling the other way would spoil the surprise). Phrasings written for this test."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.planner import plan_goal
from tests.plans import TODAY

SETTINGS = Settings(_env_file=None, offline=True)

SURPRISES = [
    (
        "crochet a blanket for my wife for our anniversary in march",
        "she works from home so it's hard to hide",
        "your wife",
    ),
    (
        "build a dolls house for my daughter's birthday, it's a surprise",
        "my husband and the kids are always in the garage, hard to keep it secret from them",
        "the kids",
    ),
    (
        "paint a portrait of my dad for his 70th",
        "he pops round most days, I need to finish without him seeing it",
        "your dad",
    ),
]


@pytest.mark.parametrize(("goal", "constraint", "who"), SURPRISES)
def test_a_surprise_is_kept_out_of_sight_not_told(goal, constraint, who):
    plan = plan_goal(
        OfflineEngine(SETTINGS), goal, {"constraint": constraint}, SETTINGS, TODAY
    ).plan
    attacks = [t.title for t in plan.tasks() if t.attacks_constraint]
    assert any("hiding place" in t for t in attacks), attacks
    assert any(who in t for t in attacks), (who, attacks)
    told = ("Ask him", "Ask her", "Check in with", "say what the goal is")
    assert not any(t.startswith(told) for t in attacks)
    assert "surprise" in plan.constraint_strategy.lower()
