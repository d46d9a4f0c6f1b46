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


def _titles(plan) -> list[str]:
    return [t.title for m in plan.milestones for t in m.tasks]


def test_a_step_they_say_is_done_is_not_planned_again() -> None:
    plan = ENGINE.draft(
        "pass the GED science test, I already took a practice test and got 58%", {}, TODAY
    )
    fresh = ENGINE.draft("pass the GED science test", {}, TODAY)
    assert plan.metadata.field == fresh.metadata.field
    assert any("baseline practice test" in t for t in _titles(fresh))
    assert not any("baseline practice test" in t for t in _titles(plan))
    assert plan.goal.metric.baseline == 58


def test_a_part_already_passed_never_names_the_goal() -> None:
    plan = ENGINE.draft(
        "finish my high school equivalency, I passed the reading test last spring", {}, TODAY
    )
    assert "reading test" not in plan.goal.statement.lower()


@pytest.mark.parametrize(
    ("said", "parts"),
    [
        ("I passed the math test last year", ["math test"]),
        ("already have a pull-up bar in my doorway", ["pull-up bar"]),
        ("haven't bought backing or batting", []),
        ("I have no idea where to start", []),
        # a first draft held: a hand-in's outline and brief stages are behind them too
        (
            "done with the first draft, still need the ending",
            ["first draft", "~held first draft", "~held outline", "~held official checklist"],
        ),
    ],
)
def test_what_they_say_is_done_is_read(said: str, parts: list[str]) -> None:
    from assistant.understanding.progress import done_parts

    assert done_parts(said) == parts
