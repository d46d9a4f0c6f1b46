"""Two obstacles that met another field's moves by one word (round 20): a surprise the maker
finds hard to hide from the person it is for (the moves keep it out of sight and never tell that
person), and holidays or presents that eat a money goal (a pot of their own, not the 'holiday
weeks' of a practice). Phrasings written for this test."""

from __future__ import annotations

import pytest

from tests.plans import offline_plan

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
    plan = offline_plan(goal, {"constraint": constraint})
    attacks = [t.title for t in plan.tasks() if t.attacks_constraint]
    assert any("hiding place" in t for t in attacks), attacks
    assert any(who in t for t in attacks), (who, attacks)
    told = ("Ask him", "Ask her", "Check in with", "say what the goal is")
    assert not any(t.startswith(told) for t in attacks)
    assert "surprise" in plan.constraint_strategy.lower()


TRIPS = [
    ("save for a deposit on a flat", "holidays, and my old car", "holidays"),
    ("pay off my credit card this year", "christmas presents every year", "Christmas presents"),
    ("save 5k for a car", "we always end up booking trips", "trips"),
]


@pytest.mark.parametrize(("goal", "constraint", "what"), TRIPS)
def test_trips_that_eat_a_money_goal_get_a_pot_of_their_own(goal, constraint, what):
    plan = offline_plan(goal, {"constraint": constraint})
    attacks = [t.title for t in plan.tasks() if t.attacks_constraint]
    assert any("pot" in t and what in t for t in attacks), attacks
    assert not any("ahead of the holiday weeks" in t for t in attacks)


def test_holidays_in_a_practice_are_weeks_away_not_a_pot():
    plan = offline_plan("learn spanish", {"constraint": "the holidays"})
    attacks = [t.title for t in plan.tasks() if t.attacks_constraint]
    assert attacks and not any("pot" in t for t in attacks), attacks
