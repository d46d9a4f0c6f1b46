"""Stated progress moves the start: the ladder begins past where the person already is,
and the number they gave is kept as they said it (3,500 is never shown as 4,000)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None))

STARTS = [
    # (goal, answers, the start the plan keeps)
    ("walk 10,000 steps every day", {"baseline": "phone says about 3,500 a day on average"}, 3500),
    ("save $12,000 for a wedding next june", {"baseline": "I have 2,300 set aside"}, 2300),
    ("save $6,000 for a car, I have $1,750 saved already", {}, 1750),
    ("get response time under 2 hours (it's around 9 now)", {}, 9),
    ("fix my back pain", {"baseline": "pain about 5/10 most days"}, 5),
    ("get my A1C under 6.5", {"baseline": "212 lbs, A1C 7.4"}, 7.4),
    ("read 40 books this year, I've read 12 so far", {}, 12),
]


@pytest.mark.parametrize(("goal", "answers", "start"), STARTS)
def test_the_ladder_starts_past_the_stated_start(goal, answers, start):
    plan = ENGINE.draft(goal, answers, TODAY)
    assert plan.goal.metric.baseline == start
    target = plan.goal.metric.target
    way = 1 if target > start else -1
    counted = [
        m.metric.target
        for m in plan.milestones
        if m.metric and m.metric.unit == plan.goal.metric.unit
    ]
    assert counted, [m.title for m in plan.milestones]
    assert all(way * (v - start) > 0 for v in counted), counted
    assert counted == sorted(counted, reverse=way < 0), counted
