"""Calendar arithmetic shared by the validators and the scheduler: weeks, windows, load."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from assistant.models import Plan, Task


def monday(day: dt.date) -> dt.date:
    """The Monday that starts the week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def week_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """Mondays of every week that overlaps [first, last]."""
    weeks = []
    week = monday(first)
    while week <= last:
        weeks.append(week)
        week += dt.timedelta(weeks=1)
    return weeks


# Work is laid out at most this far past a plan's start, whatever dates a file names: a daily
# task "due" in 9999 must not mean three million sessions.
HORIZON = dt.timedelta(days=3653)  # ten years


def horizon(plan: Plan) -> dt.date:
    """The last day any session or schedule week of ``plan`` may fall on."""
    if dt.date.max - plan.start_date <= HORIZON:
        return dt.date.max - dt.timedelta(days=7)
    return plan.start_date + HORIZON


def task_window(task: Task, plan: Plan) -> tuple[dt.date, dt.date]:
    """Earliest start and due date of a task (a missing start means the plan's start), both
    cut at the plan's horizon."""
    start = task.start or plan.start_date
    end = min(task.due, horizon(plan))
    return min(start, end), end


def active_tasks(plan: Plan) -> Iterator[Task]:
    """Tasks that still count toward load: not dropped."""
    return (t for t in plan.tasks() if t.status != "dropped")


def total_task_minutes(task: Task, plan: Plan) -> float:
    """All the effort a task asks for: one session, or every session of a recurring task."""
    if task.recurrence is None:
        return float(task.estimate_minutes)
    start, due = task_window(task, plan)
    weeks = ((due - start).days + 1) / 7
    return task.recurrence.sessions_per_week() * task.estimate_minutes * weeks


def usable_minutes_per_week(plan: Plan, slack: float) -> float:
    """Capacity after keeping ``slack`` (e.g. 20%) free for real life."""
    return plan.capacity_hours_per_week * 60 * (1 - slack)


_ISO_RE = re.compile(r"\b\d{4}-\d\d-\d\d\b")


def break_weeks(plan: Plan) -> set[dt.date]:
    """Mondays of weeks that touch a break the person asked for (an assumption keyed "break"
    naming its first and last day), where no work is expected."""
    out: set[dt.date] = set()
    for assumption in plan.assumptions:
        if assumption.key != "break":  # other texts quote the person ("0000-00-00"): no dates
            continue
        days = [dt.date.fromisoformat(d) for d in _ISO_RE.findall(assumption.text)]
        if len(days) == 2 and days[0] <= days[1]:
            out.update(week_starts(days[0], days[1]))
    return out


def breaks(plan: Plan) -> list[tuple[dt.date, dt.date]]:
    """(first, last) day of each break the person asked for, in the plan's assumptions."""
    out = []
    for assumption in plan.assumptions:
        if assumption.key == "break":
            days = [dt.date.fromisoformat(d) for d in _ISO_RE.findall(assumption.text)]
            if len(days) == 2 and days[0] <= days[1]:
                out.append((days[0], days[1]))
    return out
