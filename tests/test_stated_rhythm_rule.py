"""task.rhythm_not_kept: the rhythm the person's goal states ('twice a month', 'every morning',
'visit her once a month') is the one the plan's tasks for that activity keep."""

from __future__ import annotations

import pytest

from assistant.models import Recurrence, Request
from tests.plans import good_plan, rule_findings


def _with(goal_text: str, daily_run_title: str | None = None, one_off: str | None = None):
    """The good half-marathon plan (runs 3 times a week) read against other goal words."""
    plan = good_plan()
    plan.request = Request(goal_text=goal_text)
    if daily_run_title:
        task = plan.milestones[0].tasks[2]
        task.title, task.recurrence = daily_run_title, Recurrence(times=6, per="week")
    if one_off:
        plan.milestones[0].tasks[0].title = one_off
    return plan


@pytest.mark.parametrize(
    ("goal_text", "fires"),
    [
        ("run 3 times a week so I can do the riverside half", False),
        ("go for a run twice a month with my sister", True),  # the plan runs 3 times a week
        ("I currently run twice a week, want to do a half marathon", False),  # today's habit
        ("go for a run every day", True),  # the plan runs 3 times a week, not daily
        ("run 20 km every week", False),  # an amount in a period, not a count of sessions
        ("join the weekly run club", False),  # 'weekly' names the club, no rhythm
        ("we overspend every month and I run out of money", False),  # no task names it
    ],
)
def test_a_stated_rate_the_tasks_do_not_keep(goal_text, fires):
    found = rule_findings(_with(goal_text), "task.rhythm_not_kept")
    assert bool(found) is fires


def test_a_time_of_day_the_daily_task_drops():
    goal = "run every morning before work"
    dropped = rule_findings(_with(goal, "Run 30 minutes at an easy pace"), "task.rhythm_not_kept")
    assert "morning" in dropped[0].message
    kept = _with(goal, "Run 30 minutes in the morning before breakfast")
    assert not rule_findings(kept, "task.rhythm_not_kept")


def test_a_stated_visit_made_one_optional_date():
    goal = "call my dad every sunday and visit him once a month"
    found = rule_findings(
        _with(goal, one_off="Pick a date for a visit or a longer video call with your dad"),
        "task.rhythm_not_kept",
    )
    assert "visit him once a month" in found[0].message
    assert "no task repeats it" in found[0].message
