"""Targets reachable at the pace of what they measure (data/paces.toml): a plan with no date
lasts what the change needs, a date too short is kept and its top step is what a safe pace
reaches by then (the rest said with its month), and no milestone leaps past the pace."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.models import Metric
from assistant.paces import pace_for
from assistant.validators import validate_plan
from tests.plans import good_plan, rule_findings

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


def _weeks(day: dt.date) -> float:
    return (day - TODAY).days / 7


@pytest.mark.parametrize(
    ("goal", "least", "most"),
    [
        ("I can do 2 chin-ups, I'd like to get to 12", 10, 20),  # 10 more at about 1 a week
        ("get from 3 pull ups to 8 pull ups", 5, 12),
        ("do 45 push-ups in one go, right now I manage 15", 8, 20),
    ],
)
def test_a_plan_with_no_date_lasts_what_the_change_needs(goal, least, most):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert least <= _weeks(plan.goal.deadline) <= most, plan.goal.deadline


@pytest.mark.parametrize(
    ("goal", "answers", "day", "start", "per_week"),
    [
        (
            "I want to do 12 pull-ups, I can only do 2",
            {"deadline": "by christmas"},
            dt.date(2026, 12, 25),
            2,
            1.0,
        ),
        (
            "chin ups: from 1 to 10 before new year",
            {"deadline": "31 december"},
            dt.date(2026, 12, 31),
            1,
            1.0,
        ),
        (
            "go from 3,000 steps a day to 12,000 steps a day",
            {"deadline": "by 20 december", "baseline": "3000 steps a day"},
            dt.date(2026, 12, 20),
            3000,
            1500.0,
        ),
    ],
)
def test_a_date_too_short_is_kept_and_its_top_step_is_honest(goal, answers, day, start, per_week):
    plan = ENGINE.draft(goal, answers, TODAY)
    assert plan.goal.deadline == day  # their date, never moved
    top = plan.milestones[-1].metric.target
    assert top - start <= 1.1 * per_week * _weeks(day) + 1e-9  # what a safe pace reaches
    assert top < plan.goal.metric.target  # and the goal itself stays theirs
    note = " ".join(a.text for a in plan.assumptions if a.key == "deadline")
    assert "realistic at a safe pace" in note and "it takes until about" in note, note
    assert not rule_findings_of(plan, "milestone.too_fast")


def rule_findings_of(plan, code):
    return [f for f in validate_plan(plan, SETTINGS, TODAY) if f.code == code]


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("10 strict pull ups by the end of january, I can do 1", {}),
        ("build up to 10k steps a day, I'm at about 4500", {"deadline": "in 6 weeks"}),
        ("I want to hit 30 push ups in a row, currently 8", {"deadline": "mid january"}),
    ],
)
def test_milestones_sit_a_week_apart_and_move_at_a_safe_pace(goal, answers):
    plan = ENGINE.draft(goal, answers, TODAY)
    days = [plan.start_date] + [m.deadline for m in plan.milestones]
    if (plan.goal.deadline - plan.start_date).days >= 35:
        assert min((b - a).days for a, b in zip(days[1:], days[2:], strict=False)) >= 6
    assert not rule_findings_of(plan, "milestone.too_fast")


@pytest.mark.parametrize(
    ("unit", "name", "what"),
    [
        ("pull ups", "strict pull-ups in one set", "pull-ups"),
        ("steps a day", "steps a day", "steps"),
        ("lb", "weight gained (weekly average)", "gained"),
        ("km", "longest continuous run", "run"),
    ],
)
def test_the_pace_is_found_by_what_the_metric_measures(unit, name, what):
    pace = pace_for(unit, name)
    assert pace is not None and what in pace.what


def test_a_barbell_lift_in_kilos_is_no_body_weight():
    assert pace_for("kg", "best set with good form") is None


def _reps_plan(start: float, steps: list[float]):
    """The good plan (a 14-week half marathon) turned into push-ups from ``start``."""
    plan = good_plan()
    measure = "push-ups in one set"
    plan.goal.metric = Metric(name=measure, target=steps[-1], unit="push-ups", baseline=start)
    for m, value in zip(plan.milestones, steps, strict=True):
        m.title = f"{value:g} push-ups in one clean set"
        m.metric = Metric(name=measure, target=value, unit="push-ups", kind="progress")
    return plan


def test_a_step_past_the_pace_is_flagged_and_an_even_one_is_not():
    plan = _reps_plan(5, [6, 7, 8, 40])  # 32 more in the last window
    windows = [m.deadline for m in plan.milestones]
    last_weeks = (windows[-1] - windows[-2]).days / 7
    assert 1.25 * 3 * last_weeks < 32  # the planted leap is past the safe 3 a week
    found = rule_findings(plan, "milestone.too_fast")
    assert len(found) == 1 and found[0].path == f"milestones[{len(windows) - 1}].metric"
    assert rule_findings(_reps_plan(5, [10, 15, 20, 25]), "milestone.too_fast") == []
