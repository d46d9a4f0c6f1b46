"""The schedule keeps the rhythm the person and the plan's own words state: a milestone that
counts sessions a week gets that many, a weekend act is done once a week, named weekday
sessions are all planned, and a large stated week is mostly booked."""

from __future__ import annotations

import datetime as dt
import statistics

import pytest

from assistant.config import Settings
from assistant.engines.offline.counted_rhythm import keep_counted, spread_counted, weekend_once
from assistant.engines.offline.engine import OfflineEngine
from assistant.models import Plan, Recurrence
from assistant.understanding.capacity import free_days, read_time
from assistant.validators import validate_plan
from assistant.validators.title_rhythm import rhythm_contradicts_title, stated_rate
from tests.plans import good_plan_data

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)


def _plan_with(milestone_title: str, task_title: str, times: int, minutes: int = 30) -> Plan:
    """The good plan with its first milestone retitled and one practice task set."""
    data = good_plan_data()
    first = data["milestones"][0]
    first["title"] = milestone_title
    practice = next(
        t for t in first["tasks"] if t.get("recurrence") and not t.get("attacks_constraint")
    )
    practice.update(
        title=task_title, estimate_minutes=minutes, recurrence={"times": times, "per": "week"}
    )
    return Plan.model_validate(data)


@pytest.mark.parametrize(
    ("title", "rate"),
    [
        ("Bike to work on 4 days a week", 4.0),
        ("Stretching done every morning", 7.0),
        ("Three practice sessions a week kept for a month", 3.0),
        ("Screens off by 10 on most nights", 4.0),
        ("Meditated 10 days in a row", None),  # a streak is no rate
        ("In bed by 11 on 4 nights a week, 2 weeks in a row", 4.0),  # a rate kept for weeks
        ("Budget spreadsheet set up", None),
    ],
)
def test_a_milestone_title_states_its_rate(title, rate):
    said = stated_rate(title)
    assert (said[1] if said else None) == rate


@pytest.mark.parametrize(
    ("milestone", "task", "times"),
    [
        ("Bike to work on 4 days a week", "Bike the 6 km to work", 2),
        ("Stretching done every morning", "Stretch hips and hamstrings for 10 minutes", 3),
        ("Three piano sessions a week kept for a month", "Practise piano scales", 1),
    ],
)
def test_a_milestone_whose_sessions_run_short_of_its_count_is_flagged_and_raised(
    milestone, task, times
):
    plan = _plan_with(milestone, task, times)
    codes = [f.code for f in rhythm_contradicts_title(plan)]
    assert codes == ["milestone.rhythm_short"]
    assert "milestone.rhythm_short" in {f.code for f in validate_plan(plan, SETTINGS, TODAY)}
    keep_counted(plan)
    assert rhythm_contradicts_title(plan) == []


def test_a_milestone_kept_by_its_sessions_is_not_flagged():
    plan = _plan_with("Bike to work on 4 days a week", "Bike the 6 km to work", 4)
    assert rhythm_contradicts_title(plan) == []


def test_a_raise_without_room_keeps_the_weeks_minutes_in_shorter_sessions():
    plan = _plan_with("Walk on 5 days a week", "Walk 25 minutes round the park", 3, minutes=25)
    task = next(t for t in plan.milestones[0].tasks if t.title.startswith("Walk"))
    old = task.recurrence
    keep_counted(plan)
    assert spread_counted(task, old, plan.milestones[0].title)
    assert task.recurrence.sessions_per_week() == 5
    assert task.estimate_minutes == 15 and "15 minutes" in task.title


def test_a_spread_never_contradicts_a_milestone_naming_the_length():
    plan = _plan_with("A 25-minute walk on 5 days a week", "Walk 25 minutes", 3, minutes=25)
    task = next(t for t in plan.milestones[0].tasks if t.title.startswith("Walk"))
    old = task.recurrence
    keep_counted(plan)
    assert not spread_counted(task, old, plan.milestones[0].title)


@pytest.mark.parametrize(
    "title",
    [
        "Cook a big pot of soup on the weekend",
        "Mow and edge the lawn every Saturday",
        "Clean out the fridge on Sundays",
    ],
)
def test_a_weekend_act_done_most_days_is_flagged_and_done_once_a_week(title):
    plan = _plan_with("Run 5 km without stopping", title, 5)
    found = rhythm_contradicts_title(plan)
    assert [f.code for f in found] == ["task.rhythm_contradicts_title"]
    weekend_once(plan)
    task = next(t for t in plan.tasks() if t.title == title)
    assert task.recurrence == Recurrence(times=1, per="week")


@pytest.mark.parametrize(
    ("said", "days"),
    [
        ("7-8pm mon to fri", ("mon", "tue", "wed", "thu", "fri")),
        ("tuesday-thursday, an hour each", ("tue", "wed", "thu")),
        ("thurs thru sat 30 min", ("thu", "fri", "sat")),
    ],
)
def test_a_range_of_days_names_every_day_in_it(said, days):
    assert free_days(said) == days


def _practice_week(plan: Plan) -> float:
    """Minutes a week of the recurring work, the median milestone."""
    return statistics.median(
        sum(t.estimate_minutes * t.recurrence.sessions_per_week() for t in m.tasks if t.recurrence)
        for m in plan.milestones
    )


@pytest.mark.parametrize(
    ("goal", "capacity"),
    [
        ("write the first draft of my memoir", "6:30-7:30am monday to friday"),
        ("learn to play the guitar", "weeknights 8-9pm"),
        ("get my real estate license", "an hour at lunch mon-fri"),
    ],
)
def test_named_weekday_sessions_are_all_planned(goal, capacity):
    plan = ENGINE.draft(goal, {"capacity": capacity}, TODAY)
    assert _practice_week(plan) >= 0.8 * 5 * 60, [
        (t.title, t.estimate_minutes, t.recurrence) for t in plan.milestones[1].tasks
    ]


@pytest.mark.parametrize(
    ("goal", "capacity", "hours"),
    [
        ("pass the CFA level 1 exam", "about 12 hrs weekly", 12),
        ("pass my nursing board exam", "around 15 hrs per week for studying", 15),
        ("build a portfolio of 5 web apps", "10 hrs a week", 10),
    ],
)
def test_a_large_stated_week_is_mostly_booked(goal, capacity, hours):
    plan = ENGINE.draft(goal, {"capacity": capacity}, TODAY)
    assert _practice_week(plan) >= 0.5 * hours * 60


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("evenings, a 20 min walk maybe", 20),
        ("mornings before the kids wake, 30 mins", 30),
        ("10 mins nights", 10),
    ],
)
def test_an_unqualified_plural_slot_with_minutes_is_each_day(said, minutes):
    time = read_time(said)
    assert (time.sessions, time.minutes, time.per_day) == (7.0, minutes, True)


def test_some_evenings_is_not_each_evening():
    assert read_time("some evenings, 20 min").sessions != 7.0
