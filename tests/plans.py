"""Hand-written plans for tests: one that passes every rule, one that trips every rule once."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.models import Milestone, Plan, Request, Task

TODAY = dt.date(2026, 11, 22)  # a Sunday; plans start the next day


def good_plan_data() -> dict:
    """A 14-week half-marathon plan that passes every rule with zero errors and warnings."""

    def task(id, title, minutes, due, done_when, **kw):
        return {
            "id": id,
            "title": title,
            "owner": "Sam",
            "estimate_minutes": minutes,
            "due": due,
            "done_when": done_when,
            **kw,
        }

    weekly = {"times": 1, "per": "week"}
    return {
        "id": "p-halfmarathon",
        "version": 1,
        "created_at": "2026-11-22T09:00:00Z",
        "start_date": "2026-11-23",
        "goal": {
            "statement": "Run the Riverside half marathon (21.1 km) by 28 February 2027",
            "metric": {
                "name": "longest continuous run",
                "target": 21.1,
                "unit": "km",
                "baseline": 3,
                "kind": "lagging",
            },
            "deadline": "2027-02-28",
            "why": "I want to prove to myself I can finish what I start.",
        },
        "constraint": "Runs get skipped when work runs late",
        "constraint_strategy": "Book run slots in the calendar every Sunday, mornings first",
        "method": "time_blocking_next_actions",
        "capacity_hours_per_week": 5,
        "owners": ["Sam"],
        "assumptions": [{"text": "Sam can run 3 km today", "source": "stated", "key": "baseline"}],
        "milestones": [
            {
                "id": "m1",
                "title": "Run 5 km without stopping",
                "deadline": "2026-12-13",
                "metric": {
                    "name": "longest continuous run",
                    "target": 5,
                    "unit": "km",
                    "kind": "progress",
                },
                "tasks": [
                    task(
                        "t1",
                        "Buy running shoes fitted at a running store",
                        60,
                        "2026-11-26",
                        "Shoes bought and receipt saved",
                    ),
                    task(
                        "t2",
                        "Block three run slots in the calendar for next week",
                        15,
                        "2026-12-13",
                        "3 slots visible in the calendar",
                        attacks_constraint=True,
                        recurrence=weekly,
                        start="2026-11-23",
                    ),
                    task(
                        "t3",
                        "Run 30 minutes at an easy pace",
                        40,
                        "2026-12-13",
                        "Run logged in the app",
                        recurrence={"times": 2, "per": "week"},
                        start="2026-11-23",
                    ),
                ],
            },
            {
                "id": "m2",
                "title": "Run 10 km without stopping",
                "deadline": "2027-01-10",
                "metric": {
                    "name": "longest continuous run",
                    "target": 10,
                    "unit": "km",
                    "kind": "progress",
                },
                "tasks": [
                    task(
                        "t4",
                        "Block three run slots in the calendar for next week",
                        15,
                        "2027-01-10",
                        "3 slots visible in the calendar",
                        attacks_constraint=True,
                        recurrence=weekly,
                        start="2026-12-14",
                    ),
                    task(
                        "t5",
                        "Run a long run 2 km further than last week",
                        75,
                        "2027-01-10",
                        "Distance logged in the app",
                        recurrence=weekly,
                        start="2026-12-14",
                        depends_on=["t1"],
                    ),
                ],
            },
            {
                "id": "m3",
                "title": "Run 16 km without stopping",
                "deadline": "2027-02-07",
                "metric": {
                    "name": "longest continuous run",
                    "target": 16,
                    "unit": "km",
                    "kind": "progress",
                },
                "tasks": [
                    task(
                        "t6",
                        "Block three run slots in the calendar for next week",
                        15,
                        "2027-02-07",
                        "3 slots visible in the calendar",
                        attacks_constraint=True,
                        recurrence=weekly,
                        start="2027-01-11",
                    ),
                    task(
                        "t7",
                        "Run a long run 1.5 km further than last week",
                        110,
                        "2027-02-07",
                        "Distance logged in the app",
                        recurrence=weekly,
                        start="2027-01-11",
                        depends_on=["t5"],
                    ),
                ],
            },
            {
                "id": "m4",
                "title": "Finish the half marathon (21.1 km)",
                "deadline": "2027-02-28",
                "metric": {
                    "name": "race finished",
                    "target": 21.1,
                    "unit": "km",
                    "kind": "lagging",
                },
                "tasks": [
                    task(
                        "t8",
                        "Block three run slots in the calendar for next week",
                        15,
                        "2027-02-28",
                        "3 slots visible in the calendar",
                        attacks_constraint=True,
                        recurrence=weekly,
                        start="2027-02-08",
                    ),
                    task(
                        "t9",
                        "Register for the Riverside half marathon",
                        20,
                        "2027-02-14",
                        "Registration confirmation email received",
                    ),
                    task(
                        "t10",
                        "Run the Riverside half marathon",
                        120,
                        "2027-02-28",
                        "Finish time recorded",
                        depends_on=["t9"],
                    ),
                ],
            },
        ],
        "leading_indicators": [
            {"name": "runs completed per week", "target": 2, "unit": "runs", "kind": "leading"}
        ],
        "review_day": "sunday",
        "metadata": {"engine": "test"},
    }


def good_plan() -> Plan:
    return Plan.model_validate(good_plan_data())


def planted_bad_plan_data() -> dict:
    """A plan planted so that each rule fires exactly once (see test_validators.py for the variants
    that cover the rules that exclude each other)."""

    def task(id, title, minutes, due, done_when="Logged in the running app", owner="Sam", **kw):
        return {
            "id": id,
            "title": title,
            "owner": owner,
            "estimate_minutes": minutes,
            "due": due,
            "done_when": done_when,
            **kw,
        }

    def metric(target, unit="km", name="longest continuous run"):
        return {"name": name, "target": target, "unit": unit}

    weekly = {"times": 1, "per": "week"}
    return {
        "id": "p-planted",
        "start_date": "2026-11-09",
        "goal": {
            "statement": "Get better at running",
            "metric": metric(0),
            "deadline": "2027-01-31",
        },
        "constraint": "Runs get skipped when work runs late",
        "capacity_hours_per_week": 4,
        "owners": ["Sam", "Alex"],
        "milestones": [
            {
                "id": "m1",
                "title": "Run 3 km without stopping",
                "deadline": "2026-11-20",
                "metric": metric(3),
                "tasks": [task("a1", "Run 20 minutes at an easy pace", 30, "2026-11-20")],
            },
            {
                "id": "m2",
                "title": "Work on endurance to 10 km",
                "deadline": "2026-12-20",
                "metric": metric(10),
                "tasks": [
                    task(
                        "b1", "Run an interval session of 6 x 400 m", 150, "2026-12-06"
                    ),  # too_big
                    task(
                        "b2", "Email the runninged club", 5, "2026-12-06"
                    ),  # too_small, not_english
                    task("b3", "Weekly long run of 8 km", 60, "2026-12-13"),  # not_verb_first
                    task(
                        "b4", "Plan the route for the 8 km run", 30, "2026-12-06", owner="team"
                    ),  # owner_group
                    task(
                        "b5", "Book a gait analysis", 45, "2026-12-06", owner="Sam and Alex"
                    ),  # owner_multiple
                    task(
                        "b6", "Book a sports massage", 45, "2026-12-06", owner="Jordan"
                    ),  # owner_unknown
                    task(
                        "b7", "Write the week's training schedule", 20, "2026-12-06", done_when=""
                    ),  # no_done_when
                    task(
                        "b8", "Do a 5 km time trial", 45, "2026-12-06", done_when="Feel ready"
                    ),  # done_when_vague
                    task("b9", "Think about nutrition", 30, "2026-12-06"),  # vague
                    task("b10", "Buy a foam roller and stretch", 45, "2026-12-06"),  # compound
                    task(
                        "b11", "Run 8 km at an easy pace", 60, "2026-12-27"
                    ),  # due_after_milestone
                ],
            },
            {
                "id": "m3",
                "title": "Long runs feel easy",
                "deadline": "2026-12-13",
                "metric": metric(0),  # out of order
                "tasks": [
                    task(
                        "c1",
                        "Block three run slots in the calendar",
                        15,
                        "2026-12-13",
                        attacks_constraint=True,
                        recurrence=weekly,
                        start="2026-11-16",
                    ),
                    task(
                        "c2",
                        "Run a hill session of 8 x 1 minute",
                        45,
                        "2026-12-10",
                        depends_on=["c3"],
                    ),  # cycle
                    task(
                        "c3",
                        "Run a tempo session of 60 minutes",  # title_contradicts_estimate
                        45,
                        "2026-12-10",
                        depends_on=["c2"],
                    ),
                    task(
                        "c4", "Run a 6 km progression run", 50, "2026-12-08", depends_on=["b3"]
                    ),  # order
                ],
            },
            {
                "id": "m4",
                "title": "Paint the spare room",
                "deadline": "2027-01-10",
                "metric": metric(1, unit="rooms", name="rooms painted"),
                "tasks": [  # no_mover: only setup, nothing that paints
                    task(
                        "d1",
                        "Buy two tins of white emulsion",
                        90,
                        "2027-01-10",
                        done_when="Tins bought",
                    )
                ],
            },
            {
                "id": "m5",
                "title": "Build a training habit",
                "deadline": "2027-01-31",
                "metric": metric(40, unit="runs", name="runs logged"),  # target_unreachable
                "tasks": [
                    task(
                        "e1",
                        "Block three run slots in the calendar",
                        15,
                        "2027-01-31",
                        attacks_constraint=True,
                        recurrence=weekly,
                        start="2026-12-14",
                    ),
                    task(
                        "e3", "Run a 10 km long run", 110, "2027-01-28", start="2027-01-28"
                    ),  # over capacity
                    task(
                        "e2",
                        "Run 5 km at an easy pace",
                        40,
                        "2027-01-31",
                        recurrence={"times": 3, "per": "week"},
                        start="2027-01-25",
                    ),
                ],
            },
            {
                "id": "m6",
                "title": "Run 15 km without stopping",
                "deadline": "2027-02-14",
                "metric": metric(15, unit="pushups", name="workouts completed"),  # unit_mismatch
                "tasks": [],
            },
        ],
        "leading_indicators": [],
        # the person said 30 km; the goal above lost it (goal.drift); 2021 has passed
        "request": {
            "goal_text": "get better at running for the rest of 2021, I want to race 30 km"
        },
    }


def planted_bad_plan() -> Plan:
    return Plan.model_validate(planted_bad_plan_data())


def rule_findings(plan: Plan, code: str) -> list:
    """The findings of one rule on ``plan`` (default settings, checked on TODAY)."""
    from assistant.validators import validate_plan

    return [f for f in validate_plan(plan, Settings(_env_file=None), TODAY) if f.code == code]


def asked_in(goal_text: str, **answers: str) -> Plan:
    """The good plan ("Run the Riverside half marathon (21.1 km) by 28 February 2027") as if
    the person had asked for it in these words."""
    plan = good_plan()
    plan.request = Request(goal_text=goal_text, answers=answers)
    return plan


PLANNED_ON = dt.date(2026, 11, 27)  # the day the judged rounds were planned on


def offline_plan(goal: str, answers: dict[str, str] | None = None) -> Plan:
    """The offline planner's plan for a goal and answers, as `goalsmith plan` makes it."""
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers or {}, settings, PLANNED_ON).plan


def task_titles(plan: Plan) -> str:
    """Every task title of a plan, lower case, in one string to search."""
    return " | ".join(t.title for t in plan.tasks()).lower()


def windowed_plan(
    today: dt.date,
    *windows: tuple[int, list[Task]],
    statement: str = "Build a bird box",
    measure: tuple[str, float, str] = ("boxes", 1, "boxes"),
) -> Plan:
    """A plan of one milestone a window: (days from ``today`` to its deadline, its tasks)."""
    name, target, unit = measure
    last = max(days for days, _ in windows)
    return Plan(
        id="p-windows",
        start_date=today,
        goal={
            "statement": statement,
            "deadline": today + dt.timedelta(days=last),
            "metric": {"name": name, "target": target, "unit": unit},
        },
        constraint="Weekends are short",
        constraint_strategy="Fixed slots",
        method="time_blocking_next_actions",
        capacity_hours_per_week=5,
        owners=["me"],
        milestones=[
            Milestone(
                id=f"m{i + 1}",
                title=f"Stage {i + 1}",
                deadline=today + dt.timedelta(days=days),
                tasks=tasks,
                metric={"name": name, "target": target, "unit": unit, "kind": "progress"},
            )
            for i, (days, tasks) in enumerate(windows)
        ],
    )
