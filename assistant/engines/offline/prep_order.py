"""Steps placed by what they do to the practice (data/step_order.toml), in any field: what gets
the practice ready (a gauge swatch, a test scan, the size marked in the pattern) is due in the
first days of the sessions it prepares, which start once it is done; what picks from the work
done ("Pick your best 5 pieces") comes once most of the work exists.

Runs after the capacity fit and the lead-time placing, so the dates it sets are the ones the
person sees.
"""

from __future__ import annotations

import datetime as dt

from assistant.engines.offline.checkpoints import in_date_order
from assistant.engines.offline.lead_times import move_to
from assistant.engines.offline.order import shared, words
from assistant.engines.offline.step_order_table import load_step_order, step_order
from assistant.models import Plan, Task

__all__ = ["load_step_order", "place_by_practice"]

_DAY = dt.timedelta(days=1)


def _practice(task: Task) -> bool:
    """A practice session: weekly, not the constraint's attack, not the review."""
    return (
        bool(task.recurrence)
        and not task.attacks_constraint
        and not task.title.startswith("Review the week")
    )


def place_by_practice(plan: Plan) -> Plan:
    """Preparations into the first days of the sessions they prepare; picks from the work
    once most of it is done."""
    table = step_order()
    sessions = [t for t in plan.tasks() if _practice(t)]
    if not sessions or not plan.milestones:
        return plan
    began = {s.id: s.start or plan.start_date for s in sessions}  # before any prep moves them
    for task in list(plan.tasks()):
        if task.recurrence or task.status != "todo":
            continue
        if table.prepares.names(task.title):
            _prepare_first(plan, task, sessions, began, table.prepares.within_days)
        elif table.picks.names(task.title):
            _pick_late(plan, task, sessions, table.picks.after)
    for milestone in plan.milestones:
        in_date_order(milestone)
    return plan


def _prepare_first(
    plan: Plan, task: Task, sessions: list[Task], began: dict[str, dt.date], within: int
) -> None:
    """``task`` due within ``within`` days of the first session it prepares (a session sharing
    a word with it, else the plan's first practice); those sessions start once it is done."""
    own = words(task.title)
    users = [s for s in sessions if shared(words(s.title), own)]
    first = min(began[s.id] for s in users or sessions)
    latest = max(first, plan.start_date + _DAY) + dt.timedelta(days=within)
    if task.due <= latest:
        day = task.due
    else:
        waits = [t.due + _DAY for t in plan.tasks() if t.id in task.depends_on]
        day = max([first, plan.start_date + _DAY, *waits])
        day = max(day, min(latest, task.due))
        move_to(plan, task, day)
        day = task.due
    here = next(m for m in plan.milestones if task in m.tasks)
    for session in users:  # cast on once the gauge matches
        if (
            session in here.tasks
            and session.due > day + dt.timedelta(days=within)
            and (session.start is None or session.start < day)
        ):
            session.start = day


def _pick_late(plan: Plan, task: Task, sessions: list[Task], after: float) -> None:
    """``task`` due no earlier than ``after`` of the way from the first session to the end."""
    first = min(s.start or plan.start_date for s in sessions)
    end = plan.goal.deadline
    earliest = first + dt.timedelta(days=round((end - first).days * after))
    if task.due < earliest:
        move_to(plan, task, min(earliest, end))
