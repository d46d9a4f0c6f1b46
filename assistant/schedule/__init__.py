"""Capacity- and dependency-aware week-by-week schedule of a plan's open tasks (pure, no I/O).

Recurring tasks are calendar-bound: each session sits in the week its date falls in
(dates from ``dateutil.rrule``). One-off tasks are placed earliest-deadline-first in
dependency order, each in the week it is due (the plan's own intent) or, when that week
is full, the nearest earlier week with room; never before its start, today, or a task it
depends on, and never later than a task that depends on it. When no allowed week has
room, the task goes to the least-loaded one and that week overflows. For an overflowing
plan the scheduler re-runs the placer with candidate changes and reports those that make
everything fit, cheapest first (see ``fixes.py``).
"""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.findings import finding
from assistant.models import Finding, Plan, Task
from assistant.schedule.fixes import apply_fix, find_fixes
from assistant.schedule.models import Fix, Schedule, ScheduleItem, ScheduleWeek
from assistant.schedule.placement import (
    DAY_NAMES,
    DAYS_OFF_KEY,
    Placed,
    days_off,
    jobs_for,
    place,
    recurrence_rule,
    session_dates,
)
from assistant.weeks import horizon, monday, usable_minutes_per_week, week_starts

__all__ = [
    "DAY_NAMES",
    "DAYS_OFF_KEY",
    "Fix",
    "days_off",
    "apply_fix",
    "Schedule",
    "ScheduleItem",
    "ScheduleWeek",
    "recurrence_rule",
    "schedule",
    "session_dates",
    "top_tasks",
]


def schedule(plan: Plan, settings: Settings, today: dt.date | None = None) -> Schedule:
    """Every open task of ``plan`` in weeks from the plan's start (or today) to its deadline."""
    begin = monday(max(plan.start_date, today or plan.start_date))
    capacity = round(usable_minutes_per_week(plan, settings.capacity_slack))
    jobs = jobs_for(plan, begin)
    placed = place(jobs, capacity)
    # placements never pass the horizon (or today); a far deadline alone adds no empty weeks
    last = max([monday(min(plan.goal.deadline, horizon(plan))), begin, *placed.weeks])
    weeks = []
    for week in week_starts(begin, last):
        entries = sorted(
            placed.weeks.get(week, []),
            key=lambda e: (not e[0].recurring, placed.rank.get(e[0].task.id, 0), e[0].order),
        )
        items = [
            ScheduleItem(
                task_id=j.task.id,
                milestone_id=j.milestone_id,
                title=j.task.title,
                minutes=j.minutes * n,
                sessions=n,
                recurring=j.recurring,
                attacks_constraint=j.task.attacks_constraint,
                due=j.task.due,
                late=late,
            )
            for j, n, late in entries
        ]
        weeks.append(
            ScheduleWeek(
                week_of=week,
                items=items,
                planned_minutes=placed.load.get(week, 0),
                capacity_minutes=capacity,
            )
        )
    fixes = (
        find_fixes(plan, settings, jobs, placed, capacity, len(weeks))
        if placed.overflow(capacity)
        else []
    )
    findings = [
        *_unschedulable(plan, placed),
        *_late(plan, weeks),
        *_over_capacity(plan, settings, weeks, fixes),
    ]
    return Schedule(
        plan_id=plan.id,
        plan_version=plan.version,
        capacity_minutes=capacity,
        weeks=weeks,
        findings=findings,
        fixes=fixes,
    )


def top_tasks(plan: Plan, schedule: Schedule, day: dt.date, n: int = 3) -> list[Task]:
    """Today's 1-``n`` tasks: constraint-attacking first, then by due date, never before a
    task they depend on; from this week's schedule, what slipped from earlier weeks, and
    recurring tasks with a session today not yet done."""
    this_week = monday(day)
    scheduled = {i.task_id for w in schedule.weeks if w.week_of <= this_week for i in w.items}
    by_id = {t.id: t for t in plan.tasks()}
    order = {t.id: k for k, t in enumerate(plan.tasks())}
    candidates = []
    for task in by_id.values():
        if task.status != "todo" or task.id not in scheduled or (task.start and task.start > day):
            continue
        if task.recurrence is not None and (
            session_dates(task, plan).count(day) <= task.sessions_done.count(day)
        ):
            continue
        waiting = [d for d in task.depends_on if by_id[d].status == "todo"]
        candidates.append(
            (not task.attacks_constraint, task.due, len(waiting), order[task.id], task)
        )
    ranked = [c[-1] for c in sorted(candidates, key=lambda c: c[:4])]
    picked: list[Task] = []
    while len(picked) < n:
        chosen = {t.id for t in picked}
        ready = (
            t
            for t in ranked
            if t.id not in chosen
            and all(by_id[d].status != "todo" or d in chosen for d in t.depends_on)
        )
        following = next(ready, None)
        if following is None:
            break
        picked.append(following)
    return picked


def _path(plan: Plan, task_id: str) -> str:
    mi, ti = plan.locate(task_id)
    return f"milestones[{mi}].tasks[{ti}]"


def _unschedulable(plan: Plan, placed: Placed) -> list[Finding]:
    return [
        finding(
            "schedule.unschedulable",
            _path(plan, task_id),
            f"'{plan.task(task_id).title}' cannot be scheduled: {why}.",
            "Remove one dependency in the cycle so the tasks can run in order.",
        )
        for task_id, why in sorted(placed.unschedulable.items(), key=lambda kv: plan.locate(kv[0]))
    ]


def _late(plan: Plan, weeks: list[ScheduleWeek]) -> list[Finding]:
    out = []
    for week in weeks:
        for item in week.items:
            if item.late:
                why = (
                    "its due date has passed"
                    if monday(item.due) < weeks[0].week_of
                    else "what it depends on lands later"
                )
                out.append(
                    finding(
                        "schedule.late",
                        _path(plan, item.task_id),
                        f"'{item.title}' is due {item.due} but lands in the week of "
                        f"{week.week_of}: {why}.",
                        f"Move its due date to {week.week_of + dt.timedelta(days=6)} or "
                        "later, or drop it in the weekly review.",
                    )
                )
    return out


def _over_capacity(
    plan: Plan, settings: Settings, weeks: list[ScheduleWeek], fixes: list[Fix]
) -> list[Finding]:
    over = [w for w in weeks if w.over_minutes]
    if not over:
        return []
    holds = (
        f"{over[0].capacity_minutes / 60:.1f} h ({plan.capacity_hours_per_week:g} h minus "
        f"{settings.capacity_slack:.0%} slack)"
    )
    best = fixes[0].description if fixes else "cut or re-date the tasks in these weeks"
    out = []
    for week in over:
        biggest = sorted(week.items, key=lambda i: -i.minutes)[:3]
        named = ", ".join(f"'{i.title}' ({i.minutes} min)" for i in biggest)
        out.append(
            finding(
                "schedule.over_capacity",
                "capacity_hours_per_week",
                f"The week of {week.week_of} plans {week.planned_minutes / 60:.1f} h, "
                f"{week.over_minutes / 60:.1f} h more than the {holds} it holds; "
                f"biggest: {named}.",
                f"Smallest change that fits: {best}.",
            )
        )
    if fixes:
        others = "; ".join(f.description for f in fixes[1:]) or "none found"
        out.append(
            finding(
                "schedule.fix",
                "capacity_hours_per_week",
                f"{len(over)} weeks overflow; the smallest change that makes the plan fit: "
                f"{fixes[0].description}.",
                f"Other changes that also fit: {others}.",
            )
        )
    return out
