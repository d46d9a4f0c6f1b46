"""Countable jobs reach their amount or say why, and finite jobs are not stretched: the prints
a week booked times the weeks reach the pile, or the plan names the hours of work and the
levers; a step on "the next room" runs once a room; a paint job's guessed span follows its rooms;
the rule task.past_its_count flags a step booked past the things there are."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.models import Goal, Metric, Milestone, Plan, Recurrence, Task
from assistant.planner import plan_goal
from assistant.validators import validate_plan
from assistant.validators.past_count import past_its_count
from evals.volume_reach import count

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)


def _plan(goal: str, answers: dict[str, str]) -> Plan:
    return plan_goal(OfflineEngine(SETTINGS), goal, answers, SETTINGS, TODAY).plan


def _faults(plan: Plan, goal: str) -> Counter[str]:
    bad: Counter[str] = Counter()
    count(plan, goal, bad)
    return bad


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        (
            "Digitise about 2,500 old prints from my dad's shoeboxes before the reunion",
            {"deadline": "6 weeks", "capacity": "2 hours a week"},
        ),
        (
            "Scan 1,200 photos from grandma's albums before christmas",
            {"capacity": "2 hours a week"},
        ),
        (
            "digitize 900 slides from my father's trips by the new year",
            {"capacity": "an hour a week"},
        ),
    ],
)
def test_a_pile_the_hours_cannot_scan_is_said_with_its_levers(goal, answers):
    plan = _plan(goal, answers)
    said = [a.text for a in plan.assumptions if "To reach" in a.text]
    assert said, [a.text for a in plan.assumptions]
    assert "hours of work" in said[0] and "scanning service" in said[0]
    assert "a date around" in said[0] and "hours a week" in said[0]
    lever = [t for t in plan.milestones[0].tasks if t.title.startswith("Price a scanning service")]
    assert lever and (lever[0].due - plan.start_date).days <= 7  # the lever pulled in week one
    assert _faults(plan, goal)["rate short, unsaid"] == 0


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        (
            "Scan 600 prints for the wedding anniversary book",
            {"deadline": "in 6 weeks", "capacity": "5 hours a week"},
        ),
        (
            "Digitise 450 family photos from the loft boxes",
            {"deadline": "in 8 weeks", "capacity": "4 hours a week"},
        ),
        (
            "scan 700 old pictures for my sister's 50th",
            {"deadline": "in 9 weeks", "capacity": "5 hours"},
        ),
    ],
)
def test_a_pile_the_hours_can_scan_is_booked_to_reach_it(goal, answers):
    plan = _plan(goal, answers)
    bad = _faults(plan, goal)
    assert bad["rate short, unsaid"] == 0 and bad["rate short, said"] == 0, plan.tasks()
    assert not [a for a in plan.assumptions if "To reach" in a.text]


@pytest.mark.parametrize(
    ("goal", "rooms"),
    [
        ("Paint the 3 bedrooms myself", 3),
        ("repaint our kitchen and the two kids rooms, 3 rooms in all", 3),
        ("I want to repaint 4 rooms in the flat", 4),
        ("repaint 2 rooms: the lounge and the study", 2),
    ],
)
def test_a_paint_job_runs_to_its_rooms_not_a_season(goal, rooms):
    plan = _plan(goal, {})
    weeks = (plan.goal.deadline - plan.start_date).days / 7
    assert weeks <= 1 + 1.5 * rooms + 1, plan.goal.deadline
    preps = 0.0
    for milestone in plan.milestones:
        for task in milestone.tasks:
            if task.recurrence and "next room" in task.title:
                days = (task.due - (task.start or plan.start_date)).days + 1
                preps += task.recurrence.sessions_per_week() * max(1.0, days / 7)
    assert preps <= rooms + 1
    assert _faults(plan, goal)["finite step past its count"] == 0


def _step(title: str, due: dt.date, start: dt.date) -> Task:
    return Task(
        id=f"t{due:%m%d}",
        title=title,
        owner="me",
        estimate_minutes=30,
        due=due,
        start=start,
        done_when="Done",
        recurrence=Recurrence(times=1, per="week"),
    )


def _check(due: dt.date, start: dt.date) -> Task:
    return Task(
        id=f"c{due:%m%d}",
        title="Photograph the finished work",
        owner="me",
        estimate_minutes=15,
        due=due,
        start=start,
        done_when="Photo saved",
    )


def _job(title: str, unit: str, target: float, weeks: int) -> Plan:
    ms, since = [], TODAY
    for i in range(2):
        due = TODAY + dt.timedelta(weeks=weeks * (i + 1))
        metric = Metric(name=f"{unit} done", target=target, unit=unit)
        ms.append(
            Milestone(
                id=f"m{i}",
                title=f"Stage {i}",
                deadline=due,
                metric=metric,
                tasks=[_step(title, due, since), _check(due, since)],
            )
        )
        since = due + dt.timedelta(days=1)
    return Plan(
        id="p",
        start_date=TODAY,
        goal=Goal(
            statement="Done",
            deadline=ms[-1].deadline,
            metric=Metric(name=f"{unit} done", target=target, unit=unit),
        ),
        constraint="time",
        constraint_strategy="blocks",
        method="milestones_weekly_sprints",
        capacity_hours_per_week=4,
        owners=["me"],
        assumptions=[],
        milestones=ms,
        leading_indicators=[],
    )


@pytest.mark.parametrize(
    ("title", "unit", "target", "weeks", "fires"),
    [
        ("Prep the next room: fill and sand", "rooms", 2, 6, True),  # 12 preps for 2 rooms
        ("Strip and oil the next door", "doors", 3, 4, True),  # 8 for 3 doors
        ("Clear out your next cupboard", "cupboards", 5, 5, True),  # 10 for 5
        ("Prep the next room: fill and sand", "rooms", 4, 2, False),  # 4 for 4
        ("Plan the next week's sessions", "weeks", 2, 6, False),  # weeks come round again
        ("Scan 20 prints from the next box", "boxes", 2, 6, False),  # part of a box a session
        ("Scan 1 box or album in one sitting", "boxes", 3, 6, False),  # a box takes sittings
        ("Sort 1 drawer of the dresser", "drawers", 3, 6, False),  # "1 X": the person's count only
    ],
)
def test_a_step_on_the_next_thing_booked_past_the_things_is_flagged(
    title, unit, target, weeks, fires
):
    found = past_its_count(_job(title, unit, target, weeks))
    assert bool(found) is fires, found
    assert all(f.code == "task.past_its_count" for f in found)


@pytest.mark.parametrize(
    ("goal", "answers", "rooms"),
    [
        (
            "Repaint the 2 bedrooms myself",
            {"deadline": "by july", "capacity": "weekends, about 6 hours"},
            2,
        ),
        ("Repaint 3 rooms in the house by the end of next year", {"capacity": "4 hours a week"}, 3),
        ("paint 4 rooms of our new flat before the lease renewal", {"deadline": "next october"}, 4),
    ],
)
def test_a_paint_job_with_a_far_date_finishes_early_and_says_so(goal, answers, rooms):
    plan = _plan(goal, answers)
    end = plan.milestones[-1].deadline
    assert (end - plan.start_date).days <= 7 * (1 + 1.5 * rooms + 1), end
    assert plan.goal.deadline > end + dt.timedelta(weeks=8)  # their date kept as the goal's
    assert any("slack" in a.text for a in plan.assumptions)
    codes = {f.code for f in validate_plan(plan, SETTINGS, TODAY)}
    assert not codes & {
        "plan.constraint_week_uncovered",
        "task.past_its_count",
        "goal.deadline_ignored",
    }


@pytest.mark.parametrize(
    ("title", "unit", "target"),
    [
        ("Prep the next room: fill and sand", "rooms", 2),
        ("Strip and oil the next door", "doors", 3),
        ("Clear out your next cupboard", "cupboards", 4),
    ],
)
def test_repair_books_the_next_thing_once_a_thing(title, unit, target):
    from assistant.engines.offline.repair import repair_plan

    plan = _job(title, unit, target, 6)
    found = past_its_count(plan)
    assert found
    fixed = repair_plan(plan, found, TODAY, SETTINGS)
    assert past_its_count(fixed) == []
    assert any(title in t.title for t in fixed.tasks())  # bounded, not dropped
