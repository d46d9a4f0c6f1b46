"""Task minutes match the distance a title names, and frequency words match the rhythm."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.title_sizes import (
    distance_minutes,
    distance_to_time,
    size_by_title,
)
from assistant.models import Goal, Metric, Milestone, Plan, Recurrence, Task

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("title", "low", "high"),
    [
        ("Run a 16 km test run at an easy pace", 100, 135),
        ("Run 1 km as a test run", 10, 25),
        ("Run 3 miles without stopping", 35, 55),
        ("Walk a 2 km loop from home", 25, 40),
        ("Swim 400 m easy", 15, 30),
        ("Ride 40 km on Saturday", 110, 150),
    ],
)
def test_a_distance_is_sized_from_an_easy_pace(title, low, high):
    assert low <= distance_minutes(title) <= high


@pytest.mark.parametrize(
    "title",
    [
        "Run ads to reach 10k people",  # not a distance covered
        "Run a long run 1 km further than last week",  # an increment, not the run
        "Run 5k in under 30 minutes",  # the title says its own time
        "Walk 3 miles a day",  # a rate: the session is not the distance
        "Save $5k for the trip",
    ],
)
def test_titles_that_name_no_distance_covered_keep_their_size(title):
    assert distance_minutes(title) is None


def _plan(*tasks: Task) -> Plan:
    metric = Metric(name="km", target=21.1, unit="km", kind="lagging")
    return Plan(
        id="p-1",
        start_date=TODAY,
        goal=Goal(statement="Run a half marathon", metric=metric, deadline=dt.date(2027, 6, 1)),
        constraint="time",
        capacity_hours_per_week=5,
        owners=["me"],
        milestones=[
            Milestone(
                id="m1",
                title="16 km run",
                metric=metric,
                deadline=dt.date(2027, 6, 1),
                tasks=list(tasks),
            )
        ],
    )


def test_a_template_size_gives_way_to_the_distance_within_the_longest_session_allowed():
    run = Task(id="t1", title="Run 16 km as a test run", owner="me", estimate_minutes=15, due=TODAY)
    short = Task(
        id="t2", title="Run 1 km as a test run", owner="me", estimate_minutes=90, due=TODAY
    )
    size_by_title(_plan(run, short), cap=120)
    assert run.estimate_minutes == 120 and 10 <= short.estimate_minutes <= 25


def test_a_weekly_task_never_says_each_day_but_a_daily_one_may():
    weekly = Task(
        id="t1",
        title="Log your meals each day",
        owner="me",
        estimate_minutes=15,
        due=TODAY,
        recurrence=Recurrence(times=2, per="week"),
    )
    daily = Task(
        id="t2",
        title="Stretch for 10 minutes each morning",
        owner="me",
        estimate_minutes=10,
        due=TODAY,
        recurrence=Recurrence(times=1, per="day"),
    )
    size_by_title(_plan(weekly, daily))
    assert weekly.title == "Log your meals" and daily.title.endswith("each morning")


def test_an_offline_running_plan_sizes_its_test_runs_from_their_distance():
    plan = OfflineEngine(Settings(_env_file=None)).draft(
        "run a half marathon", {"deadline": "by september", "baseline": "5 km"}, TODAY
    )
    tests = [t for t in plan.tasks() if distance_minutes(t.title)]
    assert tests
    for task in tests:
        assert abs(task.estimate_minutes - min(distance_minutes(task.title), 120)) <= 30, task


def test_the_parts_a_title_lists_add_up_to_its_minutes_after_a_resize():
    task = Task(
        id="t1",
        title="Sketch 30 minutes: 10 gesture drawings, 20 on one still life",
        owner="me",
        estimate_minutes=30,
        due=dt.date(2026, 12, 1),
        done_when="Sketches dated in the book",
    )
    task.resize(20)
    assert task.title == "Sketch 20 minutes: 10 gesture drawings, 10 on one still life"


def test_a_full_mock_exam_keeps_its_length_when_the_week_is_tight():
    plan = OfflineEngine(Settings(_env_file=None)).draft(
        "pass the PMP certification exam",
        {"capacity": "2 hours a week", "deadline": "in 4 months"},
        dt.date(2026, 11, 27),
    )
    full = [t for t in plan.tasks() if re.search(r"\bfull\b|\bmock\b", t.title, re.I)]
    assert full and all(t.estimate_minutes >= 90 for t in full), [
        (t.title, t.estimate_minutes) for t in full
    ]


def _one_off(title: str, minutes: int, done_when: str = "") -> Task:
    return Task(
        id="t1",
        title=title,
        owner="me",
        estimate_minutes=minutes,
        due=dt.date(2026, 12, 1),
        done_when=done_when or "Done",
    )


@pytest.mark.parametrize(
    ("title", "minutes", "cut"),
    [
        ("Run 8 km as a test run at an easy pace", 30, "Run 2.5 km as a test run at an easy pace"),
        ("Walk a 10 km loop from home", 45, "Walk a 2.5 km loop from home"),
        ("Swim 2000 m easy", 30, "Swim 650 m easy"),
    ],
)
def test_a_distance_its_minutes_cannot_half_hold_is_cut_to_what_they_hold(title, minutes, cut):
    plan = _plan_of(_one_off(title, minutes, done_when=f"{title.split()[1]} done"))
    distance_to_time(plan)
    task = plan.tasks()[0]
    assert task.title == cut and task.estimate_minutes == minutes


@pytest.mark.parametrize(
    ("title", "minutes"),
    [
        ("Run 8 km as a test run at an easy pace", 60),  # 8 km fits an hour at an easy pace
        ("Run 21 km as a test run at an easy pace", 120),  # most of it: the milestone's test
        ("Run the race: 10 km", 30),  # a race's distance is the race's
        ("Run 5k in under 30 minutes", 30),  # its own time
    ],
)
def test_a_distance_its_minutes_hold_keeps_its_title(title, minutes):
    plan = _plan_of(_one_off(title, minutes))
    distance_to_time(plan)
    assert plan.tasks()[0].title == title


def _plan_of(*tasks: Task) -> Plan:
    metric = Metric(name="runs", target=3, unit="runs", kind="lagging")
    return Plan(
        id="p-1",
        start_date=TODAY,
        goal=Goal(statement="Run a 10k", metric=metric, deadline=dt.date(2027, 1, 24)),
        constraint="time",
        capacity_hours_per_week=2,
        owners=["me"],
        milestones=[
            Milestone(
                id="m1",
                title="Ready",
                metric=metric,
                deadline=dt.date(2027, 1, 24),
                tasks=list(tasks),
            )
        ],
    )


def test_a_postpartum_runner_with_30_minute_slots_is_never_asked_for_8_km_in_them():
    plan = OfflineEngine(Settings(_env_file=None)).draft(
        "get back to running after my second baby and do the 10k fun run in November",
        {
            "deadline": "fun run is Nov 9th",
            "capacity": "3 x 30 min when my partner has the kids",
            "baseline": "tried running 1 km last week and had to stop",
        },
        TODAY,
    )
    for task in plan.tasks():
        want = distance_minutes(task.title)
        if want and not task.recurrence:
            assert want <= task.estimate_minutes * 2, (task.title, task.estimate_minutes)
