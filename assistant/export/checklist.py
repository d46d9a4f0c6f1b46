"""A plan as a clean GitHub/Obsidian checklist: no hidden markers, no data block.

Task lines follow the Obsidian Tasks plugin's emoji format, which plain GFM shows as text:
``- [ ] Title 🔁 every week on Monday, Friday 🛫 2026-11-23 📅 2026-11-27``. The signifiers
end the line (Tasks reads them from the end); details go on a nested line. A recurring
task's 📅 is its next open session, as Tasks expects: ticking it in Obsidian makes the next
occurrence, and ``checklist_import`` reads the ticked line back as that session done.
"""

from __future__ import annotations

import datetime as dt

from assistant.export.markdown import (
    assumptions,
    findings_list,
    header,
    indicators,
    metric_text,
    schedule_table,
    strategy,
)
from assistant.export.text import escape
from assistant.models import Finding, Milestone, Plan, Task
from assistant.schedule import Schedule, recurrence_rule
from assistant.schedule.sessions import next_open, sessions

DUE, START, RECUR, HIGH = "📅", "🛫", "🔁", "⏫"
SIGNIFIERS = (DUE, START, RECUR, HIGH, "⏳", "✅", "❌", "➕", "🔼", "🔽", "⏬", "🔺", "🆔", "⛔")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NOTE = (
    "> Tick boxes here or in Obsidian (the Tasks plugin reads the 📅 due dates and 🔁 repeats), "
    "then `goalsmith import` this file: tasks are matched by title."
)


def to_checklist(
    plan: Plan,
    findings: list[Finding] | None = None,
    schedule: Schedule | None = None,
    today: dt.date | None = None,
) -> str:
    """The plan as a readable checklist; the schedule and findings sections appear when given."""
    parts = [header(plan, NOTE), strategy(plan), assumptions(plan), indicators(plan)]
    parts.append("## Milestones")
    titles = {t.id: t.title for t in plan.tasks()}
    parts += [_milestone(plan, k, m, titles, today) for k, m in enumerate(plan.milestones, 1)]
    if schedule is not None:
        parts.append(schedule_table(plan, schedule))
    if findings is not None:
        parts.append(findings_list(findings))
    return "\n\n".join(p for p in parts if p) + "\n"


def _milestone(
    plan: Plan, number: int, milestone: Milestone, titles: dict[str, str], today: dt.date | None
) -> str:
    lines = [
        f"### {number}. {escape(milestone.title)}",
        "",
        f"Metric: {metric_text(milestone.metric)}, by {milestone.deadline}",
        "",
    ]
    for task in milestone.tasks:
        lines += task_lines(plan, task, titles, today)
    if not milestone.tasks:
        lines.append("*No tasks yet.*")
    return "\n".join(lines)


def task_lines(
    plan: Plan, task: Task, titles: dict[str, str], today: dt.date | None = None
) -> list[str]:
    """The checkbox line in the Tasks format, then the details as a nested list item."""
    title = escape(task.title)
    if task.status == "dropped":
        title = f"~~{title}~~"
    facts = [escape(task.owner), f"{task.estimate_minutes} min"]
    tail = [HIGH] if task.attacks_constraint else []
    box = "x" if task.status == "done" else " "
    if task.recurrence is None:
        if task.start is not None:
            tail.append(f"{START} {task.start}")
        tail.append(f"{DUE} {task.due}")
    else:
        mine = sessions(task, plan)
        following = next_open(task, plan, today or plan.start_date)
        first = task.start or plan.start_date
        tail += [f"{RECUR} {recurrence_words(task, plan)}", f"{START} {first}"]
        tail.append(f"{DUE} {following.day if following else task.due}")
        facts[1] += f" a session, {task.recurrence.describe()} until {task.due}"
        facts.append(f"{sum(s.done for s in mine)} of {len(mine)} sessions done")
        if following is None and task.status == "todo":
            box = "x"
    if task.depends_on:
        facts.append("after " + "; ".join(escape(titles[d]) for d in task.depends_on))
    if task.attacks_constraint:
        facts.append("**attacks the constraint**")
    lines = [f"- [{box}] {title} {' '.join(tail)}", "  - " + " · ".join(facts)]
    if task.done_when:
        lines.append(f"  - Done when: {escape(task.done_when)}")
    return lines


def recurrence_words(task: Task, plan: Plan) -> str:
    """The task's rhythm in words the Tasks plugin understands, e.g. 'every week on Monday'."""
    rule, _ = recurrence_rule(task, plan)
    if "byweekday" in rule:
        return "every week on " + ", ".join(_DAYS[d.weekday] for d in rule["byweekday"])
    if "bymonthday" in rule:
        return "every month on the " + ", ".join(_ordinal(d) for d in rule["bymonthday"])
    return "every day"


def _ordinal(day: int) -> str:
    if day < 0:
        return "last"
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"
