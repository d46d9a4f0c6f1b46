"""The burn-up chart's data: tasks planned to be finished vs tasks done, cumulative per week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from assistant.weeks import monday, week_starts

if TYPE_CHECKING:
    from assistant.models import Plan, Review


def done_weeks(
    plan: Plan,
    reviews: Iterable[Review],
    ticks: Iterable[tuple[str, str, dt.datetime]],
    today: dt.date,
) -> dict[str, dt.date]:
    """The week each done task got done: its last tick, else the first review that reported it,
    else this week."""
    weeks: dict[str, dt.date] = {}
    for review in sorted(reviews, key=lambda r: r.week_of):
        for task_id in review.done:
            weeks.setdefault(task_id, monday(review.week_of))
    for task_id, status, at in ticks:  # oldest first: the last "done" tick wins
        if status == "done":
            weeks[task_id] = monday(at.date())
    done = {t.id for t in plan.tasks() if t.status == "done"}
    return {tid: weeks.get(tid, monday(today)) for tid in done}


def burnup_rows(plan: Plan, done_at: dict[str, dt.date], today: dt.date) -> list[dict[str, Any]]:
    """Rows of (week, series, tasks): ``planned`` counts tasks due by that week, ``done`` the
    tasks done by then (up to this week only)."""
    tasks = [t for t in plan.tasks() if t.status != "dropped"]
    if not tasks:
        return []
    this_week = monday(today)
    rows = []
    for week in week_starts(plan.start_date, max(plan.goal.deadline, *(t.due for t in tasks))):
        rows.append(
            {"week": week, "series": "planned", "tasks": sum(monday(t.due) <= week for t in tasks)}
        )
        if week <= this_week:
            rows.append(
                {
                    "week": week,
                    "series": "done",
                    "tasks": sum(w <= week for tid, w in done_at.items()),
                }
            )
    return rows
