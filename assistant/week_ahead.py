"""The tasks of a span ahead the person asks about: next week, or a month by name."""

from __future__ import annotations

import datetime as dt

from assistant.models import Plan, Task
from assistant.weeks import task_window


def later_tasks(plan: Plan, today: dt.date, when: str, who: str | None) -> str:
    """The open tasks of next week or of a named month: one-offs due in it, sessions running."""
    if when == "next week":
        first = today + dt.timedelta(days=7 - today.weekday())
        last, label = first + dt.timedelta(days=6), "Next week"
    else:
        month = dt.datetime.strptime(when[:3], "%b").month
        year = today.year + (month < today.month)
        first = max(today, dt.date(year, month, 1))
        after = dt.date(year + (month == 12), month % 12 + 1, 1)
        last, label = after - dt.timedelta(days=1), f"{dt.date(year, month, 1):%B %Y}"
    mine = [t for t in plan.tasks() if t.status == "todo" and who in (None, t.owner)]
    one_offs = sorted(
        (t for t in mine if t.recurrence is None and first <= t.due <= last), key=lambda t: t.due
    )
    repeats, said = [], set()
    for t in mine:  # a session running through two milestones is listed once
        if t.recurrence is not None and t.title not in said:
            start, end = task_window(t, plan)
            if start <= last and end >= first:
                repeats.append(t)
                said.add(t.title)
    if not one_offs and not repeats:
        return f"Nothing is planned from {first:%a %d %b} to {last:%a %d %b}."
    return task_lines(f"{label} ({first:%a %d %b} to {last:%a %d %b})", one_offs, repeats, today)


def task_lines(heading: str, one_offs: list[Task], repeats: list[Task], today: dt.date) -> str:
    """A span's tasks as a list under its heading: one-offs with their due day (or since when
    they are overdue), then the sessions with their rhythm."""
    lines = [f"**{heading}:**", ""]
    lines += [
        f"- {t.title} ({t.estimate_minutes} min, {t.owner}, "
        + (f"due {t.due:%a %d %b})" if t.due >= today else f"overdue since {t.due:%a %d %b})")
        for t in one_offs
    ]
    lines += [
        f"- {t.title} ({t.estimate_minutes} min, {t.recurrence.describe()}, {t.owner})"  # type: ignore[union-attr]
        for t in repeats
    ]
    return "\n".join(lines)
