"""The dated steps a deadline answer names on the way to the goal's own day ("registration
closes in september" for a December exam): each a one-off task a week ahead of its date, in
the milestone whose window holds it, never the goal's deadline."""

from __future__ import annotations

import datetime as dt

from assistant.models import Plan, Task

AHEAD_DAYS = 7  # a step is done a week before its date: forms and payments take days


def dated_steps(plan: Plan, steps: list[tuple[str, dt.date]]) -> Plan:
    """Each step the answer dated, as a task due a week before its day."""
    taken = {t.id for t in plan.tasks()}
    n = len(taken) + 1
    window_start = plan.start_date
    for words, day in sorted(steps, key=lambda s: s[1]):
        if not plan.start_date < day <= plan.goal.deadline:
            continue
        while f"t{n}" in taken:
            n += 1
        milestone = next((m for m in plan.milestones if m.deadline >= day), None)
        if milestone is None:
            continue
        before = [m.deadline for m in plan.milestones if m.deadline < milestone.deadline]
        window_start = max(before) + dt.timedelta(days=1) if before else plan.start_date
        due = max(day - dt.timedelta(days=AHEAD_DAYS), window_start, plan.start_date)
        task = Task(
            id=f"t{n}",
            title=f"Meet the date you named, {day:%d %B}: {words}",
            owner=plan.owners[0] if plan.owners else "me",
            estimate_minutes=30,
            due=min(due, milestone.deadline),
            start=window_start if window_start <= due else None,
            done_when=f"Done and confirmed before {day:%d %B %Y}",
        )
        taken.add(task.id)
        milestone.tasks.append(task)
    return plan
