"""The first milestone's set-up steps in its first weeks: a 15-minute call, a booking or a
starting weigh-in is done soon after the plan starts, not two months later because the
milestone's window was stretched to hold a long run of sessions.

Steps keep their order and wait for what they depend on; each week holds only the one-off
minutes its sessions leave room for. The milestone's own checkpoints (due on its date) stay.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Plan, Task

_LONG_WINDOW = 42  # days: a shorter first milestone is already soon enough
_SHORT = 45  # minutes: a set-up step, not a piece of the milestone's work


def front_load_first_steps(plan: Plan, usable: float) -> Plan:
    """Short one-off steps of a long first milestone moved into its first weeks, within the
    minutes a week its sessions leave (``usable`` minutes a week in all)."""
    if not plan.milestones:
        return plan
    first = plan.milestones[0]
    start = plan.start_date
    if (first.deadline - start).days <= _LONG_WINDOW:
        return plan
    weekly = sum(
        t.recurrence.sessions_per_week() * t.estimate_minutes
        for t in first.tasks
        if t.recurrence and t.status == "todo"
    )
    room = usable - weekly
    steps = sorted(
        (t for t in first.tasks if _movable(t, first.deadline)), key=lambda t: (t.due, t.id)
    )
    if room <= 0 or not steps:
        return plan
    by_id = {t.id: t for t in plan.tasks()}
    used: dict[int, float] = {}
    floor = start
    for task in steps:
        waits = max((by_id[d].due for d in task.depends_on if d in by_id), default=start)
        earliest = max(floor, waits)
        week = (earliest - start).days // 7
        while used.get(week, 0.0) + task.estimate_minutes > room and week < 52:
            week += 1
        due = max(earliest, start + dt.timedelta(days=7 * week + 3))
        if due < task.due:
            task.due = due
            if task.start is not None:
                task.start = min(task.start, due)
        held = (task.due - start).days // 7
        used[held] = used.get(held, 0.0) + task.estimate_minutes
        floor = task.due
    return plan


def _movable(task: Task, checkpoint: dt.date) -> bool:
    """A short one-off step still to do, not the milestone's checkpoint."""
    return (
        task.recurrence is None
        and task.status == "todo"
        and task.estimate_minutes <= _SHORT
        and task.due < checkpoint
    )
