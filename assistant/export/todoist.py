"""A plan as a Todoist project CSV (the template format Todoist imports and exports).

Milestones are parent tasks (INDENT 1) with their open tasks under them (INDENT 2).
PRIORITY uses Todoist's CSV scale where 1 is highest: constraint-attacking tasks get 1,
milestones 2, other tasks 4. DATE is when to do a task (its scheduled week when a
schedule is given, else its due date; a plain-English rule such as ``every mon, wed,
fri starting 2026-11-23 until 2026-12-13`` for recurring tasks) and DEADLINE is its due
date. Done and dropped tasks are left out: Todoist cannot import completed tasks.
AUTHOR and RESPONSIBLE stay empty because Todoist wants ``name (user id)`` there; the
owner is in the description instead.
"""

from __future__ import annotations

import csv
import io

from dateutil import rrule

from assistant.export.text import one_line
from assistant.models import Plan, Task
from assistant.schedule import Schedule, recurrence_rule

COLUMNS = [
    "TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE",
    "DATE_LANG", "TIMEZONE", "DURATION", "DURATION_UNIT", "DEADLINE", "DEADLINE_LANG",
]  # fmt: skip
_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def to_todoist_csv(plan: Plan, schedule: Schedule | None = None) -> str:
    """The plan's milestones and open tasks as rows Todoist's CSV import accepts."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(_row(TYPE="meta", CONTENT="view_style=list"))
    for milestone in plan.milestones:
        metric = milestone.metric
        writer.writerow(_row(
            CONTENT=one_line(f"Milestone: {milestone.title}"),
            DESCRIPTION=one_line(f"Metric: {metric.name} {metric.target:.10g} {metric.unit}"),
            PRIORITY=2, INDENT=1, DEADLINE=milestone.deadline.isoformat(), DEADLINE_LANG="en",
        ))  # fmt: skip
        for task in milestone.tasks:
            if task.status == "todo":
                writer.writerow(_task_row(plan, task, schedule))
    return out.getvalue()


def _row(**cells: object) -> dict[str, object]:
    return {"TYPE": "task", **cells}


def _task_row(plan: Plan, task: Task, schedule: Schedule | None) -> dict[str, object]:
    facts = [f"Owner: {task.owner}"]
    if task.done_when:
        facts.append(f"Done when: {task.done_when}")
    facts.append(f"Goalsmith: {plan.id}/{task.id}")
    row = _row(
        CONTENT=one_line(task.title),
        DESCRIPTION=one_line(" · ".join(facts)),
        PRIORITY=1 if task.attacks_constraint else 4,
        INDENT=2,
        DATE_LANG="en",
        DURATION=task.estimate_minutes,
        DURATION_UNIT="minute",
    )
    if task.recurrence is not None:
        row["DATE"] = _every(plan, task)
        return row
    weeks = schedule.weeks_of(task.id) if schedule is not None else []
    day = max(weeks[0], task.start or weeks[0]) if weeks else task.due
    row.update(
        DATE=min(day, task.due).isoformat(), DEADLINE=task.due.isoformat(), DEADLINE_LANG="en"
    )
    return row


def _every(plan: Plan, task: Task) -> str:
    """A Todoist recurring date in English for a recurring task's sessions."""
    rule, _ = recurrence_rule(task, plan)
    start = task.start or plan.start_date
    if rule["freq"] == rrule.WEEKLY:
        pattern = "every " + ", ".join(_DAY_NAMES[d.weekday] for d in rule["byweekday"])
    elif rule["freq"] == rrule.MONTHLY:
        pattern = "every " + ", ".join(_ordinal(d) for d in rule["bymonthday"])
    else:
        pattern = "every day"
    return f"{pattern} starting {start.isoformat()} until {task.due.isoformat()}"


def _ordinal(day: int) -> str:
    if day < 0:
        return "last day"
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"
