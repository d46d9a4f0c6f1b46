"""Rhythms that can produce what the milestones count: N sessions by a date need enough sessions
a week, "N dinners a week" needs N cooked dinners a week, and a routine done "before each
session" comes as often as the session."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.reach import _counts, reach_counts
from assistant.models import Milestone, Plan, Recurrence, Task

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None))


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("24 swims logged; technique check done", [(24, "swims", False)]),
        ("Cooking 3 dinners at home a week", [(3, "dinners", True)]),
        ("Lights out on time on 5 nights a week", [(5, "nights", True)]),
        ("Journal open: 10 entries written", [(10, "entries", False)]),
        ("Sleep 7 hours a night on the weekly average", []),
        ("Practising 4 days a week for 2 weeks in a row", [(4, "days", True)]),
        ("Sleep diary running: 14 nights logged", [(14, "nights", False)]),
        ("14 days in a row without a cigarette", []),
        ("$1,200 saved", []),
    ],
)
def test_a_milestone_count_is_read_with_whether_it_is_a_weekly_rate(title, want):
    assert _counts(title) == want


def _task(tid: str, title: str, minutes: int, times: int | None) -> Task:
    return Task(
        id=tid,
        title=title,
        owner="me",
        estimate_minutes=minutes,
        due=TODAY + dt.timedelta(days=28),
        done_when="Logged",
        recurrence=Recurrence(times=times) if times else None,
    )


def _plan(title: str, tasks: list[Task], days: int = 28, hours: float = 5) -> Plan:
    due = TODAY + dt.timedelta(days=days)
    return Plan(
        id="p-test",
        start_date=TODAY,
        goal={
            "statement": "Swim regularly",
            "deadline": due,
            "metric": {"name": "swims", "target": 24, "unit": "swims"},
        },
        constraint="Evenings fill up",
        constraint_strategy="Fixed slots",
        method="time_blocking_next_actions",
        capacity_hours_per_week=hours,
        owners=["me"],
        milestones=[
            Milestone(
                id="m1",
                title=title,
                deadline=due,
                tasks=tasks,
                metric={"name": "swims", "target": 12, "unit": "swims", "kind": "progress"},
            )
        ],
    )


def test_a_counted_session_comes_often_enough_to_reach_the_count_by_its_date():
    swim = _task("t1", "Swim 30 minutes of easy laps", 30, 1)
    plan = reach_counts(_plan("12 swims logged", [swim]), usable=240)
    assert swim.recurrence.times * 4 >= 12 - 0.5  # four weeks to log twelve swims
    assert not plan.assumptions


def test_a_session_that_cannot_come_often_enough_in_the_hours_is_said_not_hidden():
    swim = _task("t1", "Swim 30 minutes of easy laps", 30, 1)
    plan = _plan("24 swims logged", [swim], hours=1)
    reach_counts(plan, usable=60)
    assert swim.recurrence.times == 2  # what an hour a week holds
    reach_counts(plan, usable=60, adjust=False)
    assert any("24 swims" in a.text for a in plan.assumptions)


def test_a_routine_before_each_session_repeats_with_the_session():
    lift = _task("t1", "Do the 45-minute strength session", 45, 4)
    rehab = _task("t2", "Do the shoulder rehab routine before each session", 10, 1)
    reach_counts(_plan("Bench 60 kg for 5 reps", [lift, rehab]), usable=300)
    assert rehab.recurrence.times == 4


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("cook dinner at home 4 nights a week instead of ordering in", {"deadline": "in 3 months"}),
        ("get back into working out regularly", {"capacity": "3 hours a week"}),
        ("go to the pool more often, I used to swim at school", {"deadline": "by april"}),
    ],
)
def test_every_planned_rhythm_reaches_its_milestones_counts(goal, answers):
    plan = ENGINE.draft(goal, answers, TODAY)
    checked = 0
    for milestone in plan.milestones:
        weeks = (milestone.deadline - plan.start_date).days / 7
        for count, noun, rate in _counts(milestone.title):
            sessions = [
                t.recurrence.times
                for t in milestone.tasks
                if t.recurrence and not t.attacks_constraint
            ]
            if not sessions:
                continue
            checked += 1
            need = count if rate else math.ceil((count - 0.5) / weeks)
            said = any(noun in a.text for a in plan.assumptions)
            assert max(sessions) >= min(need, 7) or said, (milestone.title, sessions)
    assert checked, [m.title for m in plan.milestones]


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("practise piano every day for a year", {"deadline": "december 31"}),
        ("write 50 short poems this year", {}),
    ],
)
def test_a_years_goal_said_in_late_november_gets_the_coming_year(goal, answers):
    plan = ENGINE.draft(goal, answers, TODAY)
    assert plan.goal.deadline == dt.date(2027, 12, 31)


def test_a_year_end_deadline_without_a_years_goal_stays_this_year():
    plan = ENGINE.draft("clear out the garage", {"deadline": "december 31"}, TODAY)
    assert plan.goal.deadline == dt.date(2026, 12, 31)


def test_a_call_to_one_named_party_is_a_step_not_a_weekly_chore():
    call = _task("t1", "Make 1 call to the landlord about the deposit", 20, 1)
    call.start = TODAY
    weekly = _task("t2", "Call the helpline again each week until it answers", 20, 1)
    reach_counts(_plan("Deposit returned", [call, weekly], days=120), usable=300)
    assert call.recurrence is None and call.due <= TODAY + dt.timedelta(days=14)
    assert weekly.recurrence is not None


def test_days_a_week_are_counted_on_the_main_session_not_a_task_naming_the_day():
    plan = _plan(
        "A walk after dinner on 5 days a week",
        [
            _task("t1", "Walk 30 minutes after dinner", 30, 7),
            _task("t2", "Log the day's meals in the app", 10, 1),
        ],
    )
    reach_counts(plan, usable=240, adjust=False)
    assert not [a.text for a in plan.assumptions if "fewer sessions" in a.text]
