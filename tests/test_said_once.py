"""Each step and each move said once: a two-part goal whose parts share a step books it once
(one monitor bought, one walk a milestone), and two obstacles met the same way share one
clause of the strategy (round 23: the BP monitor and the GP visit booked twice on one day;
"decide before you go: ...; and decide before you go: ...")."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from assistant.engines.offline.constraints import _joined_strategies
from tests.plans import offline_plan


def _numberless(title: str) -> str:
    return re.sub(r"\d+", "#", title.lower())


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        (
            "Lose 15 lbs and get my BP down, dr wants it under 130/80. Im 5'9 220lbs",
            {"constraint": "I travel for work 2 weeks a month, hotel food and client dinners"},
        ),
        ("lose 8 kg and bring my blood pressure down below 135/85 before summer", {}),
        (
            "get my blood pressure under control and drop 20 pounds by june",
            {"capacity": "4 h a week"},
        ),
    ],
)
def test_a_step_both_parts_share_is_booked_once(goal, answers):
    plan = offline_plan(goal, answers)
    one_offs = Counter(
        _numberless(t.title) for m in plan.milestones for t in m.tasks if not t.recurrence
    )
    assert [t for t, n in one_offs.items() if n > 1] == []
    for m in plan.milestones:
        sessions = Counter(_numberless(t.title) for t in m.tasks if t.recurrence)
        assert [t for t, n in sessions.items() if n > 1] == [], m.title


def test_strategies_with_one_head_say_it_once():
    said = _joined_strategies(
        "Plan ahead: a packed lunch for office days",
        ["plan ahead: a go-to order at the canteen", "keep a slip log: what, when, why"],
    )
    assert said == (
        "Plan ahead: a packed lunch for office days; a go-to order at the canteen; "
        "and keep a slip log: what, when, why"
    )


def test_one_move_for_two_moments_is_said_once():
    said = _joined_strategies(
        "Move indoors on wet days: a gym class or a home video",
        ["move indoors on dark nights: a gym class or a home video"],
    )
    assert said.lower().count("a gym class") == 1
    assert _joined_strategies("Cook twice, eat three times", []) == "Cook twice, eat three times"
