"""Causes of a sizing mark-down, each planted: a range of hours beside a lunch slot read as
each lunch's, a weekend's hours doubled, a total beside counted sessions multiplied, doses of a
series days apart; and the counters of ``evals.sizing_causes`` catch each one.

Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.dose_gaps import keep_dose_interval
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.title_sizes import count_to_time, pieces_minutes, shortest
from assistant.models import Task
from assistant.planner import plan_goal
from assistant.understanding.answers import parse_answers
from assistant.understanding.capacity import read_time
from evals.sizing_causes import (
    beginner_at_full_load,
    doses_too_close,
    long_sessions_short,
    main_practice_gone,
    monthly_off,
    off_the_days_said,
    time_above_said,
)

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


def _plan(goal: str, **answers: str):
    return plan_goal(ENGINE, goal, answers, SETTINGS, TODAY).plan


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("around 3-4 hours? I could walk on my lunch break", 3.5),  # not 3.5 h every lunch
        ("6 hrs, I can jog at lunch", 6.0),
        ("maybe 6 hours each weekend", 6.0),  # the weekend's 6, not 6 each day
        ("swim lessons twice a week plus some gym, 5-6 hours total", 6.0),  # not 2 x 6 h
    ],
)
def test_a_weeks_hours_are_not_multiplied_by_a_slot_or_a_count(said, hours):
    assert read_time(said).hours == hours
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == hours


def test_hours_beside_a_lunch_slot_become_lunch_walks_that_fit_the_week():
    said = read_time("around 3-4 hours? I could walk on my lunch break")
    assert said.sessions == 5 and said.days == ("mon", "tue", "wed", "thu", "fri")
    assert said.minutes is not None and said.minutes * 5 <= 3.5 * 60
    plan = _plan(
        "lose 20 pounds before my holiday in july",
        capacity="around 3-4 hours? I could walk on my lunch break",
        baseline="I don't do any exercise at the moment",
    )
    assert plan.capacity_hours_per_week <= 4
    walks = [t for t in plan.tasks() if t.recurrence and "walk" in t.title.lower()]
    assert walks and all(t.estimate_minutes <= 60 for t in walks)
    assert not time_above_said(plan, {"capacity": "around 3-4 hours? I could walk on my lunch"})


def test_the_second_dose_of_a_series_keeps_its_interval_and_the_plan_says_why():
    plan = _plan("get both shingrix jabs done", deadline="by christmas")
    given = sorted(t.due for t in plan.tasks() if "dose" in t.title and "Get" in t.title)
    assert len(given) == 2 and (given[1] - given[0]).days >= 60
    assert plan.goal.deadline >= given[1]
    assert any("2 to 6 months" in a.text for a in plan.assumptions)
    assert not doses_too_close(plan)


def test_the_dose_counter_catches_doses_days_apart():
    plan = _plan("get both shingrix jabs done", deadline="by christmas")
    first, last = (t for t in plan.tasks() if t.title.startswith("Get the") and "dose" in t.title)
    last.due = first.due + dt.timedelta(days=5)  # planted: the last dose five days on
    assert doses_too_close(plan)
    keep_dose_interval(plan)  # nothing to move: the milestone already holds the interval
    assert doses_too_close(plan)  # the counter reads the tasks, not the milestone dates


def test_a_series_without_a_known_interval_is_left_as_planned():
    plan = _plan("get my flu jab this autumn", deadline="in 3 weeks")
    assert plan.goal.deadline == TODAY + dt.timedelta(weeks=3)
    assert not any("months after the first" in a.text for a in plan.assumptions)


def test_the_counters_catch_each_planted_cause():
    plan = _plan(
        "walk a 20 mile charity hike in june",
        capacity="saturdays, about 4 hours",
        baseline="I never exercise",
    )
    # planted: the week's hours read far above the most the person named
    plan.capacity_hours_per_week = 20.0
    assert time_above_said(plan, {"capacity": "maybe 4 hours, I can walk at lunch"})
    assert time_above_said(plan, {"capacity": "6 hours a week, 30 min a day"})
    assert not time_above_said(plan, {"capacity": "an hour a day"})  # a per-day time
    # planted: a long session far shorter than the distance its milestone asks for
    milestone = plan.milestones[1]
    milestone.title = "Longest hike 14 miles"
    long = next(t for t in milestone.tasks if t.recurrence)
    long.title, long.estimate_minutes = "Go on the week's long hike", 60
    assert long_sessions_short(plan) >= 1
    # planted: the main session on more days than the one the person offered
    first = plan.milestones[0]
    main = max(
        (t for t in first.tasks if t.recurrence),
        key=lambda t: t.recurrence.sessions_per_week() * t.estimate_minutes,
    )
    main.recurrence.per, main.recurrence.times = "week", 4
    main.estimate_minutes = 60
    assert off_the_days_said(plan, {"capacity": "saturdays, about 4 hours"})
    assert not off_the_days_said(plan, {"capacity": "an hour most days"})
    # planted: a beginner at the last milestone's load from week one
    for milestone in plan.milestones:
        for task in milestone.tasks:
            if task.title == main.title and task.recurrence:
                task.recurrence.per, task.recurrence.times = "week", 4
                task.estimate_minutes = 60
    assert beginner_at_full_load(plan, {"baseline": "I never exercised"})
    assert not beginner_at_full_load(plan, {"baseline": "I run 20 km a week"})


def test_one_long_day_offered_stays_one_session_a_week_not_two_shorter_ones():
    plan = _plan(
        "sort out the loft so we can store the christmas stuff up there",
        deadline="in 3 months",
        capacity="sundays, about 3 hours",
    )
    main = max(
        (t for t in plan.milestones[0].tasks if t.recurrence),
        key=lambda t: t.recurrence.sessions_per_week() * t.estimate_minutes,
    )
    assert main.recurrence.sessions_per_week() == 1
    assert main.estimate_minutes >= 90
    assert not off_the_days_said(plan, {"capacity": "sundays, about 3 hours"})


def test_short_first_steps_come_in_the_first_weeks_of_a_long_first_milestone():
    plan = _plan(
        "pay off my 9k car loan by end of 2027", capacity="an hour a week", baseline="9,000 left"
    )
    first = plan.milestones[0]
    assert (first.deadline - plan.start_date).days > 42
    steps = [
        t
        for t in first.tasks
        if not t.recurrence and t.estimate_minutes <= 30 and t.due < first.deadline
    ]
    assert steps
    assert all((t.due - plan.start_date).days <= 42 for t in steps)


def test_a_few_minutes_a_day_said_make_the_short_practice_daily():
    plan = _plan("write down where all my money goes until the summer", capacity="5 mins a day")
    logs = [t for t in plan.milestones[0].tasks if t.recurrence and "Log" in t.title]
    assert logs and logs[0].recurrence.sessions_per_week() == 7
    assert "last 2 days" not in logs[0].title


def test_the_main_practice_outlives_side_rhythms_when_time_is_short() -> None:
    """Ten minutes here and there for push-ups: the fit cuts the attack's repeat and the
    session count, never the push-up session while a side task stays."""
    plan = _plan(
        "I want to do 25 push ups in a row, right now I manage 6",
        deadline="in about 4 months",
        capacity="10 min here and there",
        baseline="6 push ups, knees sag after that",
        constraint="I always go until I collapse and then I'm sore for days",
    )
    assert not main_practice_gone(plan)
    for milestone in plan.milestones:
        rhythm = [t for t in milestone.tasks if t.recurrence and t.status == "todo"]
        assert any(not t.attacks_constraint for t in rhythm), milestone.title


@pytest.mark.parametrize("answers", [{}, {"capacity": "one evening every other week at most"}])
def test_a_few_times_a_month_keeps_its_rhythm_and_length(answers: dict[str, str]) -> None:
    """A date night with a partner two times a month: twice a month in every milestone, never
    weekly and never cut to once or to 20 minutes by the fit ("partner" is not the thing)."""
    goal = "Get back to going on a date night with my partner two times a month, no phones"
    plan = _plan(goal, **answers)
    nights = [t for t in plan.tasks() if "date night" in t.title.lower() and t.recurrence]
    assert nights
    for task in nights:
        assert (task.recurrence.times, task.recurrence.per) == (2, "month"), task.title
        assert task.estimate_minutes >= 60 or "childcare" in task.title.lower(), task.title
    assert monthly_off(plan, goal) == 0


@pytest.mark.parametrize(
    ("title", "minutes"),
    [
        ("Write 8 answer templates for the refund questions", 120),
        ("Call 4 venues about a Saturday in June", 40),
        ("Write 3 things you value about the team", None),  # a quick list, not 3 pieces
        ("Record 1 video", None),
    ],
)
def test_a_step_naming_n_pieces_needs_n_pieces_time(title: str, minutes: int | None) -> None:
    assert pieces_minutes(title) == minutes


def test_a_step_cut_by_the_fit_names_the_pieces_its_time_holds() -> None:
    """Cut from 8 templates' time to 45 minutes, the step names 3 templates, never 8."""
    task = Task(
        id="t1",
        owner="me",
        due=TODAY + dt.timedelta(days=14),
        title="Write 8 answer templates for the refund questions",
        done_when="8 templates saved in the helpdesk",
        estimate_minutes=45,
    )
    count_to_time(task)
    assert task.title == "Write 3 answer templates for the refund questions"
    assert task.done_when == "3 templates saved in the helpdesk"
    assert shortest(task.title, 120, 15) == 30  # two pieces at the least, never one
