"""The start the person said is the plan's start, and the ladder and first sessions are built
from it: a count described before its noun, progress made last month toward a total, a reading
said as it stands, a group's slowest member, a run of a few minutes. Goals written here."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.goal import understand
from assistant.validators.first_dose import first_dose_high

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


def _plan(goal: str, answers: dict[str, str] | None = None):
    return plan_goal(ENGINE, goal, dict(answers or {}), SETTINGS, TODAY).plan


def _rising(plan) -> None:
    """Every milestone of the goal's own measure lies past the start, toward the target."""
    metric = plan.goal.metric
    values = [
        m.metric.target
        for m in plan.milestones
        if m.metric.unit == metric.unit and m.metric.name == metric.name
    ]
    assert values and all(metric.baseline < v <= metric.target for v in values), values


@pytest.mark.parametrize(
    ("goal", "baseline", "start", "target"),
    [
        ("Get 3 new clients for my dog walking business by spring", "9 regular clients", 9, 12),
        ("get 2 new customers for my lawn care business", "17 regular customers", 17, 19),
        (
            "recruit 10 more volunteers for the food bank",
            "6 active volunteers, mostly retired",
            6,
            16,
        ),
    ],
)
def test_a_count_with_a_word_before_its_noun_is_the_start(goal, baseline, start, target):
    u = understand(goal, {"baseline": baseline}, TODAY)
    assert (u.baseline, u.target) == (start, target)


@pytest.mark.parametrize(
    ("goal", "baseline", "start"),
    [
        ("raise £3,000 for the scout hut roof", "£450 from the bake sale last month", 450),
        ("raise $5000 for the school playground", "we made $800 at the car wash last week", 800),
        ("raise €2,400 for the shelter's new kennels", "€300 came in two weeks ago", 300),
    ],
)
def test_money_raised_lately_toward_a_total_is_progress(goal, baseline, start):
    plan = _plan(goal, {"baseline": baseline})
    assert plan.goal.metric.baseline == start
    _rising(plan)


def test_a_past_seasons_result_is_no_progress_toward_this_one():
    u = understand(
        "raise €2,000 for the animal shelter by march",
        {"baseline": "raised €600 last year at the fair"},
        TODAY,
    )
    assert u.baseline is None


@pytest.mark.parametrize(
    ("goal", "start"),
    [
        ("get my blood sugar down, my HbA1c was 6.3 and the nurse is worried", 6.3),
        ("bring my triglycerides down, they were 260 at the last check", 260),
        ("my ldl is 168 and I want it lower before the next physical", 168),
    ],
)
def test_a_reading_said_as_it_stands_is_the_start_not_the_target(goal, start):
    plan = _plan(goal)
    metric = plan.goal.metric
    assert metric.baseline == start and metric.target < start


def test_an_unsure_answer_never_replaces_the_score_the_goal_states():
    u = understand(
        "get band 7 in IELTS for my visa, I got 6.5 last time",
        {"baseline": "L7 R6.5 W6 S6.5"},
        TODAY,
    )
    assert u.baseline == 6.5


@pytest.mark.parametrize(
    ("goal", "baseline", "start"),
    [
        (
            "our family wants to run a half marathon together next autumn",
            "the kids can run maybe 2 miles, my wife 3, me about 1 honestly",
            1,
        ),
        (
            "my wife and I want to walk a 10k charity walk together",
            "I can walk 5 km, she does about 3",
            3,
        ),
        ("me and my brother want to bench 100kg", "he benches 80, I'm at 70 kg", 70),
    ],
)
def test_a_group_starts_where_the_one_furthest_back_is(goal, baseline, start):
    assert understand(goal, {"baseline": baseline}, TODAY).baseline == start


@pytest.mark.parametrize(
    ("goal", "baseline"),
    [
        ("run a 5k without stopping by summer", "can jog maybe 2 minutes then I'm done"),
        ("I want to do a parkrun by june", "I can run for about 5 mins before I need to walk"),
        ("get fit enough to run 10k next year", "could only jog 3 minutes last time I tried"),
    ],
)
def test_a_run_of_a_few_minutes_starts_with_intervals(goal, baseline):
    plan = _plan(goal, {"baseline": baseline})
    first = [t.title for t in plan.milestones[0].tasks if t.recurrence]
    assert any("Run-walk" in t for t in first), first
    assert not any(t.startswith("Run 30 minutes") for t in first), first
    assert first_dose_high(plan) == []


def test_a_first_session_far_above_the_said_start_is_found():
    plan = _plan("run a 5k without stopping by summer", {"baseline": "can jog maybe 2 minutes"})
    task = next(t for t in plan.milestones[0].tasks if t.recurrence and "Run-walk" in t.title)
    planted = plan.model_copy(deep=True)
    for t in planted.milestones[0].tasks:
        if t.id == task.id:
            t.title = "Run 30 minutes at an easy, conversational pace"
    found = first_dose_high(planted)
    assert [f.code for f in found] == ["task.dose_above_start"]
    assert "2 minutes" in found[0].message
