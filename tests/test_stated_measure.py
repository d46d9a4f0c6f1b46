"""The person's own measure is the plan's outcome: read whole from the goal (number, unit, rate,
share of a flow, one event, range, floor, condition) and kept by the plan in that shape, never
swapped for the nearest field's template measure; a number that labels something else (a
shift's length) is never the target."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.engines.offline.build import compose_statement
from assistant.language import normalize
from assistant.understanding.goal import understand
from assistant.understanding.stated_measure import dropped, read_measure
from tests.plans import offline_plan

TODAY = dt.date(2026, 11, 27)

READ = [  # (goal, value, unit, shape, period, other checks)
    (
        "I do 12-hour day shifts at the plant and want 7 hours of sleep",
        7.0,
        "hours",
        "level",
        None,
        {},
    ),
    ("after my 3 hr commute I'd like to read 20 pages a night", 20.0, "pages", "rate", "night", {}),
    ("we work 10h shifts, want to walk 6 km a day", 6.0, "km", "rate", "day", {}),
    ("put $250 a month into my Roth IRA", 250.0, "USD", "rate", "month", {}),
    ("save £80 every week for the holiday in July", 80.0, "GBP", "rate", "week", {}),
    ("put 20% of every paycheck into savings", 20.0, "%", "share", None, {"flow": "paycheck"}),
    ("half my tips into the house fund please", 50.0, "%", "share", None, {"flow": "tips"}),
    ("give 10% of each sale to the animal shelter", 10.0, "%", "share", None, {"flow": "sale"}),
    ("hike the 26 km ridge trail with my sister in May", 26.0, "km", "once", None, {}),
    ("I'd like to swim the 3 km lake crossing in August", 3.0, "km", "once", None, {}),
    ("want to run a 10 mile charity race next spring", 10.0, "miles", "once", None, {}),
    (
        "drink 2-3 litres of water a day like my doctor said",
        2.0,
        "litres",
        "range",
        "day",
        {"upper": 3.0},
    ),
    (
        "grow the choir from 40 members to 70 by Easter",
        40.0,
        "members",
        "range",
        None,
        {"upper": 70.0},
    ),
    (
        "we want to go from serving 60 meals a week to 100",
        60.0,
        "meals",
        "range",
        "week",
        {"upper": 100.0},
    ),
    ("visit my grandma at least 3 times a month", 3.0, "times", "rate", "month", {"floor": True}),
    ("go to the pool at least twice a week", 2.0, "times", "rate", "week", {"floor": True}),
    (
        "get 8 hours of sleep on weeknights",
        8.0,
        "hours",
        "level",
        None,
        {"condition": "weeknights"},
    ),
    (
        "practise piano 30 minutes on weekdays",
        30.0,
        "minutes",
        "level",
        None,
        {"condition": "weekdays"},
    ),
    (
        "I want at least 7 hrs in bed on my days off",
        7.0,
        "hours",
        "level",
        None,
        {"condition": "days off", "floor": True},
    ),
]


@pytest.mark.parametrize(("goal", "value", "unit", "shape", "period", "more"), READ)
def test_the_goal_measure_is_read_whole(goal, value, unit, shape, period, more):
    m = read_measure(normalize(goal))
    assert m is not None
    assert (m.value, m.unit, m.shape, m.period) == (value, unit, shape, period)
    for key, want in more.items():
        assert getattr(m, key) == want


NONE_SAID = [
    "get fit and feel better in my body",
    "I don't want a garage quote of £600 for it, I'll fix the rust myself",
    "I've tried quitting 3 times and lasted 4 days at most",
]


@pytest.mark.parametrize("goal", NONE_SAID)
def test_no_measure_when_the_goal_states_none(goal):
    assert read_measure(normalize(goal)) is None


def test_an_outcome_line_that_drops_a_part_of_the_measure_is_caught():
    m = read_measure(normalize("put 15% of every invoice aside, at least"))
    assert m is not None
    assert dropped(m, "save £6,000 in a dedicated account") == ["number_lost", "share_lost"]
    assert dropped(m, "set aside 15% of every invoice") == []


KEPT = [  # (goal, target, unit, rate period, words the statement keeps)
    # a shift's length is never the target
    (
        "I work 10 hour shifts at the warehouse and want to sleep at least 7 hours on workdays",
        7.0,
        "hours",
        None,
        ["7 hours", "workdays"],
    ),
    (
        "I do 12hr night shifts and I want at least 6 hours of sleep on my days off",
        6.0,
        "hours",
        None,
        ["6 hours", "days off"],
    ),
    (
        "I drive 9-hour shifts for a delivery firm and want to walk 8000 steps a day",
        8000.0,
        "steps",
        "day",
        ["8,000 steps"],
    ),
    # one walk, hike or race stays one event
    (
        "I walk 3 km a day now and want to walk the 20 km canal path with my brother in June",
        20.0,
        "km",
        None,
        ["20 km canal path"],
    ),
    (
        "I jog 2 miles a day, I'd like to run a 10 mile charity race next spring",
        10.0,
        "miles",
        None,
        ["10 miles"],
    ),
    (
        "I'm 68 and walk 4 km most days, I want to do the 15 km heritage trail in April",
        15.0,
        "km",
        None,
        ["15 km"],
    ),
    # money a period stays a rate, never once or a sum held now
    (
        "open a Roth IRA and put in $300/month, I have about $5k sitting in savings doing nothing",
        300.0,
        "USD",
        "month",
        ["$300 a month"],
    ),
    (
        "start investing £150 a month in an index fund, I've got £3,000 in a current account",
        150.0,
        "GBP",
        "month",
        ["£150 a month"],
    ),
    (
        "want to put R1,000 a month into a unit trust for my daughter's studies",
        1000.0,
        "ZAR",
        "month",
        ["R1,000 a month"],
    ),
    # a count a period, with its floor, names the act
    (
        "visit my grandma at least 3 times a month, she lives 40 minutes away",
        3.0,
        "times",
        "month",
        ["Visit your grandma", "at least 3 times a month"],
    ),
    (
        "call my dad at least twice a week, he's on his own since mum passed",
        2.0,
        "times",
        "week",
        ["Call your dad", "at least twice a week"],
    ),
    (
        "I'd like to text my brother at least once a week, we drifted apart",
        1.0,
        "times",
        "week",
        ["Text your brother", "at least once a week"],
    ),
    # a share of a flow stays a share
    (
        "save 15% of every paycheck, I keep spending it all",
        15.0,
        "%",
        None,
        ["15% of every paycheck"],
    ),
    (
        "put half my tips into savings, I work as a waitress",
        50.0,
        "%",
        None,
        ["50% of all your tips"],
    ),
    (
        "set aside 25% of each freelance invoice for tax so I'm not caught out in April",
        25.0,
        "%",
        None,
        ["25% of each freelance invoice"],
    ),
]


@pytest.mark.parametrize(("goal", "target", "unit", "period", "words"), KEPT)
def test_the_plan_keeps_the_goal_measure_in_its_shape(goal, target, unit, period, words):
    u = understand(goal, {}, TODAY)
    assert (u.target, u.unit, u.rate_period) == (target, unit, period)
    statement = compose_statement(u)
    for said in words:
        assert said in statement
    assert "a day, kept up" not in statement or period == "day"


def test_litres_said_stay_litres_with_both_ends():
    for goal in (
        "my doctor says drink 2.5-3 L water a day, I'm at maybe 1 L",
        "the kidney clinic told me to drink 2-3 litres of water a day",
        "want to drink 2 to 3 litres of water a day at work",
    ):
        u = understand(goal, {}, TODAY)
        assert u.unit == "litres", goal
        assert u.measure is not None and u.measure.upper == 3.0
        assert "glasses" not in compose_statement(u)


BARE_COUNTS = [  # (goal, target, unit, period, start): a bare number aimed at after a rate said
    (
        "I'd like to drink less, about 30 units a week now, want to get to the recommended 14",
        14.0,
        "units",
        "week",
        30.0,
    ),
    ("I drink 6 cans of cola a day, want to get it to 2", 2.0, "cans", "day", 6.0),
    ("I get through 15 cigarettes a day and want to get down to 5", 5.0, "cigarettes", "day", 15.0),
]


@pytest.mark.parametrize(("goal", "target", "unit", "period", "start"), BARE_COUNTS)
def test_a_bare_number_aimed_at_keeps_the_unit_and_rate_said_before(
    goal, target, unit, period, start
):
    u = understand(goal, {}, TODAY)
    assert (u.target, u.unit, u.rate_period) == (target, unit, period)
    assert u.unit != "days"
    statement = compose_statement(u)
    assert f"{target:g} {unit}" in statement


KEPT_AS_THE_FIELD_HAD = [  # (goal, a measure word the plan must not be swapped to)
    # a limit on each reply is no outcome of hours
    ("answer all my work emails within 24 hours and get to inbox zero each friday", "hours"),
    ("reply to every customer message within 2 hours and clear the queue daily", "hours"),
    # two rhythms for one person: the monthly visit does not replace the weekly call
    ("call my dad every sunday and visit him in Cork once a month", "times"),
]


@pytest.mark.parametrize(("goal", "not_unit"), KEPT_AS_THE_FIELD_HAD)
def test_a_limit_or_a_second_rhythm_is_not_the_measure(goal, not_unit):
    assert understand(goal, {}, TODAY).unit != not_unit


@pytest.mark.parametrize(
    ("goal", "total"),
    [
        ("Save $500 a month toward a house deposit, we need about $40k and we're at $6k", 40000),
        ("put away £300 a month for a new car, it'll cost around £12,000", 12000),
        ("I want to save 250 a month, the aim is $9,000 for the wedding", 9000),
    ],
)
def test_a_monthly_amount_beside_a_larger_sum_is_a_pace_to_the_sum(goal: str, total: float) -> None:
    """A rate with the sum it saves for named anywhere (even as 'we need about $40k', which
    is no measure of its own) is the pace to that sum, never '3 months in a row'."""
    plan = offline_plan(goal)
    assert plan.goal.metric.target == total
    assert "in a row" not in plan.goal.statement
