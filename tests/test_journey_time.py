"""A journey's hours in the time answer are travel, never the length of the goal's own session:
'one saturday a month for the drive (3h each way)' does not make a weekly call 55-70 minutes
twice a week (round 23 e34)."""

from __future__ import annotations

import pytest

from tests.plans import offline_plan


@pytest.mark.parametrize(
    ("goal", "capacity", "act"),
    [
        (
            "call my mum every sunday and visit her in Leeds once a month",
            "sunday evening call, one saturday a month for the drive (3h each way)",
            "call",
        ),
        (
            "call my dad every week and visit him in Cork every other month",
            "a call on fridays, and the train down is 4 hours each way",
            "call",
        ),
        (
            "ring my nan every sunday and visit her once a month",
            "sunday calls, and a saturday for the visit, 2 hours driving each way",
            "call",
        ),
    ],
)
def test_a_journeys_hours_are_not_the_sessions_length(goal, capacity, act):
    plan = offline_plan(goal, {"capacity": capacity})
    calls = [t for t in plan.tasks() if t.recurrence and act in t.title.lower()]
    assert calls, [t.title for t in plan.tasks()]
    assert all(t.estimate_minutes <= 45 for t in calls), [
        (t.title, t.estimate_minutes) for t in calls
    ]
