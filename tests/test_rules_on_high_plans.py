"""Rules that flagged plans a coach scored 8 or more for things the coach did not mind: a
plan's first weekend without an attack, a phrase closed by its verb's 'to', a distance counted
in laps; and low plans no rule flagged: a quit streak no longer than the person already
gets, the person's message pasted into the goal."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.plans import asked_in, good_plan, rule_findings


@pytest.mark.parametrize(
    ("start", "fires"),
    [
        (dt.date(2026, 11, 20), False),  # made on a Friday: attacks start on Monday
        (dt.date(2026, 11, 21), False),  # a Saturday
        (dt.date(2026, 11, 18), True),  # a Wednesday: most of a week with no attack
    ],
)
def test_the_first_weekend_of_a_plan_needs_no_attack(start, fires):
    plan = good_plan()  # the weekly attack starts on Monday 23 November
    plan.start_date = start
    assert bool(rule_findings(plan, "plan.constraint_week_uncovered")) is fires


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        ("List the terms of the repayment deal you will not agree to", False),
        ("Write down the 3 people you can talk to", False),
        ("Ask the landlord for a written date to", True),  # cut off
        ("Say what you want to", True),
    ],
)
def test_a_to_that_closes_its_verb_is_whole_english(title, fires):
    plan = good_plan()
    plan.milestones[0].tasks[0].title = title
    assert bool(rule_findings(plan, "text.not_english")) is fires


@pytest.mark.parametrize(
    ("name", "fires"),
    [
        ("furthest swim without a break", False),  # a distance, counted in laps
        ("continuous swim this week", False),
        ("swims completed this week", True),  # sessions counted in laps
    ],
)
def test_a_distance_counted_in_laps_is_no_unit_mismatch(name, fires):
    plan = good_plan()
    plan.leading_indicators[0].name, plan.leading_indicators[0].unit = name, "laps"
    assert bool(rule_findings(plan, "metric.unit_mismatch")) is fires


def _streak(goal_text: str, target: float, unit: str = "days", **answers: str):
    plan = asked_in(goal_text, **answers)
    plan.goal.statement = f"Stay off the energy drinks for {target:g} {unit} in a row"
    plan.goal.metric.name, plan.goal.metric.unit = f"{unit} in a row without one", unit
    plan.goal.metric.target, plan.goal.metric.baseline = target, None
    return plan


@pytest.mark.parametrize(
    ("said", "answers", "target", "unit", "fires"),
    [
        ("Give up energy drinks, I always crack by day 5", {}, 5, "days", True),
        ("Give up energy drinks, I always crack by day 5", {}, 30, "days", False),
        (
            "Ditch energy drinks for good",
            {"baseline": "held out 2 weeks in spring"},
            2,
            "weeks",
            True,
        ),
        (
            "Ditch energy drinks for good",
            {"baseline": "held out 2 weeks in spring"},
            8,
            "weeks",
            False,
        ),
        ("Ditch energy drinks, I drink 5 a day", {}, 5, "days", False),  # no run held
    ],
)
def test_a_streak_no_longer_than_the_run_before_a_relapse(said, answers, target, unit, fires):
    found = rule_findings(_streak(said, target, unit, **answers), "goal.target_is_start")
    assert bool(found) is fires


@pytest.mark.parametrize(
    ("statement", "fires"),
    [
        ("Give up energy drinks. been having about 3 a day by 28 February 2027", True),
        ("Move to austin . need to find a flat by 28 February 2027", True),
        (
            "Cook dinner at home 4 nights a week, e.g. a batch on Sundays, by 28 February 2027",
            False,
        ),
        ("Walk 30 min. daily by 28 February 2027", False),
    ],
)
def test_the_persons_message_pasted_into_a_title_is_not_english(statement, fires):
    plan = good_plan()
    plan.goal.statement = statement
    found = [f for f in rule_findings(plan, "text.not_english") if f.path == "goal.statement"]
    assert bool(found) is fires
