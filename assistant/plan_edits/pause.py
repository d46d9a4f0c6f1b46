"""A break the person asked for: nothing is planned between two dates, later work moves on."""

from __future__ import annotations

import datetime as dt

from assistant.models import Plan, Task
from assistant.plan_edits.ops import fresh_ids, retell_dates


def pause(plan: Plan, first: dt.date, last: dt.date) -> None:
    """Leave ``first``..``last`` empty: dates from ``first`` on move by the break's length,
    and a repeating task that runs across the break stops before it and resumes after it."""
    shift = dt.timedelta(days=(last - first).days + 1)

    def moved(day: dt.date) -> dt.date:
        return day + shift if day >= first else day

    ids = fresh_ids(plan)
    old_deadline = plan.goal.deadline
    for milestone in plan.milestones:
        milestone.deadline = moved(milestone.deadline)
        kept: list[Task] = []
        for task in milestone.tasks:
            start = task.start or plan.start_date
            if task.recurrence and start < first <= task.due:
                after = task.model_copy(deep=True)
                after.id, after.sessions_done = next(ids), []
                after.start, after.due = last + dt.timedelta(days=1), task.due + shift
                task.due = first - dt.timedelta(days=1)
                kept += [task, after]
                continue
            task.due = moved(task.due)
            if task.start is not None:
                task.start = moved(task.start)
            kept.append(task)
        milestone.tasks = kept
    plan.goal.deadline = moved(old_deadline)
    retell_dates(plan, old_deadline, plan.goal.deadline)


def absorb(plan: Plan, first: dt.date, last: dt.date) -> None:
    """Leave ``first``..``last`` empty and keep every date after it: a repeating task stops
    before the break and resumes after it, a one-off due inside it is due the day after, and
    a milestone (or the deadline) inside it moves to the day after. For a short break in a
    long plan whose end date matters (a wedding, a race), nothing else moves."""
    after_break = last + dt.timedelta(days=1)
    ids = fresh_ids(plan)

    def out_of_break(day: dt.date) -> dt.date:
        return after_break if first <= day <= last else day

    for milestone in plan.milestones:
        milestone.deadline = out_of_break(milestone.deadline)
        kept: list[Task] = []
        for task in milestone.tasks:
            start = task.start or plan.start_date
            if task.recurrence and start < first and task.due > last:
                after = task.model_copy(deep=True)
                after.id, after.sessions_done = next(ids), []
                after.start = after_break
                task.due = first - dt.timedelta(days=1)
                kept += [task, after]
                continue
            if task.recurrence and start < first <= task.due <= last:
                task.due = first - dt.timedelta(days=1)  # its sessions end where the break begins
                kept.append(task)
                continue
            task.due = out_of_break(task.due)
            if task.start is not None and first <= task.start <= last:
                task.start = after_break
            if task.start is not None and task.start > task.due:
                task.start = task.due
            kept.append(task)
        milestone.tasks = kept
    old_deadline = plan.goal.deadline
    plan.goal.deadline = out_of_break(old_deadline)
    if plan.goal.deadline != old_deadline:
        retell_dates(plan, old_deadline, plan.goal.deadline)
