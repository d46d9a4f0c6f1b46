"""The burn-up chart: work planned to be finished vs work done, cumulative per week.

Work is counted as progress is: a one-off task is one unit, each session of a recurring task
is one. Drawn with matplotlib (a static PNG that reads the same on a phone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from assistant.weeks import monday, week_starts

if TYPE_CHECKING:
    from assistant.models import Plan, Review

WEEK = dt.timedelta(days=7)


def done_weeks(
    plan: Plan,
    reviews: Iterable[Review],
    ticks: Iterable[tuple[str, str, dt.datetime]],
    today: dt.date,
) -> dict[str, dt.date]:
    """The week each done one-off task got done: its last tick, else the first review that
    reported it, else this week."""
    weeks: dict[str, dt.date] = {}
    for review in sorted(reviews, key=lambda r: r.week_of):
        for task_id in review.done:
            weeks.setdefault(task_id, monday(review.week_of))
    for task_id, status, at in ticks:  # oldest first: the last "done" tick wins
        if status == "done":
            weeks[task_id] = monday(at.date())
    done = {t.id for t in plan.tasks() if t.status == "done"}
    return {tid: weeks.get(tid, monday(today)) for tid in done}


def _units(plan: Plan, done_at: dict[str, dt.date]) -> tuple[list[dt.date], list[dt.date]]:
    """(the week each unit of work is due, the week each done unit was done)."""
    from assistant.schedule.sessions import sessions

    due, done = [], []
    for task in plan.tasks():
        if task.status == "dropped":
            continue
        if task.recurrence is None:
            due.append(monday(task.due))
            if task.status == "done":
                done.append(done_at.get(task.id, monday(task.due)))
            continue
        for s in sessions(task, plan):
            due.append(monday(s.day))
            if s.done:
                done.append(monday(s.day))
    return due, done


def burnup_rows(plan: Plan, done_at: dict[str, dt.date], today: dt.date) -> list[dict[str, Any]]:
    """Rows of (week, series, tasks): ``planned`` counts work due by that week, ``done`` the
    work done by then (up to this week only)."""
    due, done = _units(plan, done_at)
    if not due:
        return []
    this_week = monday(today)
    rows = []
    for week in week_starts(plan.start_date, max(plan.goal.deadline, *due)):
        rows.append({"week": week, "series": "planned", "tasks": sum(d <= week for d in due)})
        if week <= this_week:
            rows.append({"week": week, "series": "done", "tasks": sum(d <= week for d in done)})
    return rows


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def burnup_figure(rows: list[dict[str, Any]], today: dt.date) -> Any:
    """The chart: planned as a dashed line, done as a solid one, today as a labelled line."""
    if not rows:
        return None
    from matplotlib.dates import DateFormatter, MonthLocator, WeekdayLocator
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(6.4, 3.6), dpi=110, layout="constrained")
    ax = fig.add_subplot()
    for series, style in (
        ("planned", {"color": "#6b6b6b", "linestyle": "--", "linewidth": 1.8}),
        ("done", {"color": "#1f6fd1", "linewidth": 2.8, "marker": "o", "markersize": 4}),
    ):
        points = [(r["week"], r["tasks"]) for r in rows if r["series"] == series]
        if points:
            weeks, counts = zip(*points, strict=True)
            label = "planned (due by then)" if series == "planned" else "done"
            ax.plot(weeks, counts, label=label, drawstyle="steps-post", **style)  # type: ignore[arg-type]
    ax.axvline(today, color="#c0392b", linewidth=1.2)  # type: ignore[arg-type]
    top = max(r["tasks"] for r in rows)
    ax.annotate(
        "today",
        (today, top),
        xytext=(4, -2),
        textcoords="offset points",
        color="#c0392b",
        va="top",
        fontsize=9,
    )
    span = len({r["week"] for r in rows})
    if span <= 30:  # a tick every week or few, as "07 Dec"
        ax.xaxis.set_major_locator(WeekdayLocator(byweekday=0, interval=max(1, -(-span // 6))))
        ax.xaxis.set_major_formatter(DateFormatter("%d %b"))
    else:
        ax.xaxis.set_major_locator(MonthLocator(interval=max(1, -(-span // 26))))
        ax.xaxis.set_major_formatter(DateFormatter("%b %Y"))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("Burn-up: work due vs done, per week", loc="left", fontsize=11)
    ax.set_ylabel("tasks and sessions")
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="lower right", frameon=False)
    return fig
