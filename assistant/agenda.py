"""What to do this week: the open tasks whose window overlaps the next seven days."""

from __future__ import annotations

import datetime as dt
import re

from assistant.models import Plan
from assistant.weeks import task_window

_ASKS_RE = re.compile(
    r"^\W*(?:so\s)?(?:what|which)\b.*\b(?:do|doing|work on|next|first|now|today|this week|"
    r"tomorrow)\b|\bwhat'?s next\b|\bwhere do i start\b|\bwhat now\b",
    re.IGNORECASE,
)


def asks_for_agenda(text: str) -> bool:
    """'what should I do this week?', 'what's next', 'where do I start'."""
    return bool(_ASKS_RE.search(text.strip()))


def week_agenda(plan: Plan, today: dt.date) -> str:
    """Markdown list of this week's open tasks, one-offs first (soonest due), then sessions."""
    end = today + dt.timedelta(days=6)
    due = []
    for task in plan.tasks():
        start, last = task_window(task, plan)
        if task.status != "todo" or start > end:
            continue
        if (task.recurrence is None and last <= end) or (task.recurrence and last >= today):
            due.append(task)  # one-offs due by the week's end (or late); sessions running
    if not due:
        later = sorted((t for t in plan.tasks() if t.status == "todo"), key=lambda t: t.due)
        if not later:
            return "Every task in this plan is done or dropped: time to review the goal."
        first = later[0]
        return f"Nothing is due this week. Next: **{first.title}** (due {first.due:%a %d %b})."
    one_offs = sorted((t for t in due if t.recurrence is None), key=lambda t: t.due)
    repeats = [t for t in due if t.recurrence is not None]
    lines = [f"**This week ({today:%a %d %b} to {end:%a %d %b}):**", ""]
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
