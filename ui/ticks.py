"""Saving ticks from the Plan and Review tabs: tasks done as a whole, and single sessions."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from assistant.models import Plan, TaskStatus
from assistant.schedule.sessions import parse_ref
from ui.workspace import Workspace


def apply_ticks(
    ws: Workspace,
    plan: Plan,
    shown: list[tuple[str, str]],
    was_done: set[str],
    wanted: set[str],
    user: str,
) -> None:
    """Save what changed among the ``shown`` tasks and sessions: ``wanted`` are ticked now."""
    values = {value for _, value in shown}
    wanted = wanted & values
    for task in plan.tasks():
        if task.id in values:  # a one-off task, or a recurring one done as a whole
            status: TaskStatus = "done" if task.id in wanted else "todo"
            if status != task.status:
                ws.store.set_task_status(plan.id, task.id, status, user)
    # sessions: per task and day, how many of the shown sessions should be done
    delta: Counter[tuple[str, dt.date]] = Counter()
    for ref in {value for value in values if "@" in value}:
        task_id, day = parse_ref(ref.split("#")[0])
        if day is not None:  # a session's ref always names its day
            delta[task_id, day] += (ref in wanted) - (ref in was_done)
    for (task_id, day), change in sorted(delta.items()):
        for _ in range(abs(change)):
            ws.store.tick_session(plan.id, task_id, day, change > 0, user)
