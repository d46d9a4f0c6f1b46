"""A task whose title says it is weekly is planned once a week: never 5 times a week, never once
a month; a long weekly session a thin month has no room for stops calling itself weekly."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.engines.offline.title_rhythm import weekly_by_title
from assistant.models import Goal, Metric, Milestone, Plan, Recurrence, Task

TODAY = dt.date(2026, 11, 27)


def _plan(title: str, minutes: int, times: int, per: str) -> Plan:
    end = dt.date(2027, 1, 24)
    metric = Metric(name="check-ins", target=8, unit="check-ins", kind="lagging")
    task = Task(
        id="t1",
        title=title,
        owner="me",
        estimate_minutes=minutes,
        due=end,
        start=TODAY,
        done_when="Done",
        recurrence=Recurrence(times=times, per=per),
    )
    milestone = Milestone(id="m1", title="Month one", metric=metric, deadline=end, tasks=[task])
    goal = Goal(statement="Run the team's OKRs", metric=metric, deadline=end)
    return Plan(
        id="p-1",
        start_date=TODAY,
        goal=goal,
        constraint="time",
        capacity_hours_per_week=5,
        owners=["me"],
        milestones=[milestone],
    )


def _task(plan: Plan) -> Task:
    return plan.milestones[0].tasks[0]


@pytest.mark.parametrize(
    "title",
    [
        "Run the 75-minute weekly OKR check-in with the key-result owners",
        "Call Mum once a week to plan the visit",
    ],
)
def test_a_weekly_titled_task_planned_many_times_a_week_is_planned_once_a_week(title):
    task = _task(weekly_by_title(_plan(title, 75, 5, "week")))
    assert (task.recurrence.times, task.recurrence.per) == (1, "week")
    assert task.title == title


@pytest.mark.parametrize(
    "title",
    [
        "Set next week's alarm and lay out the prayer corner",
        "Set a spot and a break for each prayer that falls at work next week",
        "Write the weekly shopping list",
    ],
)
def test_a_short_task_for_the_coming_week_planned_monthly_is_planned_weekly(title):
    task = _task(weekly_by_title(_plan(title, 15, 1, "month")))
    assert (task.recurrence.times, task.recurrence.per) == (1, "week")


def test_a_long_weekly_session_left_twice_a_month_stops_saying_weekly():
    task = _task(weekly_by_title(_plan("Run the 75-minute weekly OKR check-in", 75, 2, "month")))
    assert (task.recurrence.times, task.recurrence.per) == (2, "month")
    assert task.title == "Run the 75-minute OKR check-in"


@pytest.mark.parametrize(
    ("title", "times"),
    [
        ("Run to build the weekly mileage back to 20 km", 4),  # a week's total, not one act
        ("Cook dinner from this week's plan", 5),  # sessions drawn from the week's plan
        ("Log the day's weekly-goal progress each day", 7),  # said daily
    ],
)
def test_tasks_whose_week_word_is_no_rhythm_keep_their_sessions(title, times):
    task = _task(weekly_by_title(_plan(title, 30, times, "week")))
    assert task.recurrence.times == times
