"""A goal's run ("N weeks in a row") never asks more than the calendar holds: a typical run
that cannot fit before the deadline becomes the run the last milestone reaches, and a stated
one stays while the plan says the date it would need.

Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.spacing import read_run, space_milestones
from assistant.models import Assumption, Milestone, Plan, Recurrence, Task

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


def test_a_guessed_run_longer_than_the_plan_becomes_the_run_it_reaches():
    plan = ENGINE.draft("get my spending under control", {"deadline": "in 5 weeks"}, TODAY)
    run, last = read_run(plan.goal.statement), read_run(plan.milestones[-1].title)
    assert run and last, plan.goal.statement
    weeks = (plan.goal.deadline - TODAY).days / 7
    assert run.count * run.unit_days / 7 <= weeks, plan.goal.statement
    assert run.count == last.count and plan.goal.metric.target == run.count
    metric = next(a.text for a in plan.assumptions if a.key == "metric")
    assert f"{run.count} week" in metric, metric


_RUN = {"name": "weeks in a row", "target": 4, "unit": "weeks", "kind": "progress"}


def _plan(source: str) -> Plan:
    due = TODAY + dt.timedelta(days=28)
    task = Task(
        id="t1",
        title="Run 20 minutes",
        owner="me",
        estimate_minutes=20,
        due=due,
        done_when="Logged",
        recurrence=Recurrence(times=3),
    )
    return Plan(
        id="p-test",
        start_date=TODAY,
        goal={
            "statement": "Run 3 times a week for 10 weeks in a row by 25 December 2026",
            "deadline": due,
            "metric": {"name": "weeks in a row", "target": 10, "unit": "weeks"},
        },
        constraint="Evenings fill up",
        constraint_strategy="Fixed slots",
        method="time_blocking_next_actions",
        capacity_hours_per_week=4,
        owners=["me"],
        assumptions=[Assumption(text="Success is 10 weeks in a row", source=source, key="metric")],
        milestones=[
            Milestone(
                id="m1",
                title="Running 3 times a week for 2 weeks in a row",
                deadline=due - dt.timedelta(days=14),
                tasks=[task.model_copy(update={"id": "t0", "due": due - dt.timedelta(days=14)})],
                metric=_RUN,
            ),
            Milestone(
                id="m2",
                title="Running 3 times a week for 4 weeks in a row",
                deadline=due,
                tasks=[task],
                metric=_RUN,
            ),
        ],
    )


def test_a_stated_run_that_cannot_fit_is_kept_and_the_date_it_needs_is_said():
    plan = space_milestones(_plan("stated"), usable=200)
    assert "10 weeks in a row" in plan.goal.statement
    said = [a.text for a in plan.assumptions if "cannot fit" in a.text]
    assert said and "February 2027" in said[0], [a.text for a in plan.assumptions]
