"""What one plan version changes from another, in words a person reads (titles, never ids)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.models import Plan, Task


def _every(task: Task) -> str:
    if task.recurrence is None:
        return "once"
    r = task.recurrence
    times = {1: "once", 2: "twice"}.get(r.times, f"{r.times} times")
    return f"{times} a {r.per}"


def plan_changes(old: Plan, new: Plan) -> list[str]:
    """Every difference a person would notice between two versions of a plan, one line each."""
    lines: list[str] = []
    if old.goal.deadline != new.goal.deadline:
        lines.append(f"Deadline: {old.goal.deadline:%d %b %Y} → {new.goal.deadline:%d %b %Y}")
    if old.capacity_hours_per_week != new.capacity_hours_per_week:
        lines.append(
            f"Hours a week: {old.capacity_hours_per_week:g} → {new.capacity_hours_per_week:g}"
        )
    before = {t.id: t for t in old.tasks()}
    after = {t.id: t for t in new.tasks()}
    milestone_of = {t.id: m.title for m in new.milestones for t in m.tasks}
    for task_id, task in after.items():
        was = before.get(task_id)
        if was is None:
            lines.append(
                f"Add '{task.title}' ({task.estimate_minutes} min, {_every(task)}, due "
                f"{task.due:%d %b}) to '{milestone_of[task_id]}'"
            )
            continue
        lines += _task_changes(was, task, before, after)
    for task_id, task in before.items():
        if task_id not in after:
            lines.append(f"Remove '{task.title}'")
    return lines


def _task_changes(was: Task, task: Task, before: dict, after: dict) -> list[str]:
    out = []
    name = f"'{was.title}'"
    if was.title != task.title:
        out.append(f"Rename {name} → '{task.title}'")
    if was.status != task.status:
        word = {"dropped": "Drop", "done": "Mark done", "todo": "Reopen"}[task.status]
        out.append(f"{word} {name}")
    if was.estimate_minutes != task.estimate_minutes:
        out.append(f"{name}: {was.estimate_minutes} → {task.estimate_minutes} min a session")
    if _every(was) != _every(task):
        out.append(f"{name}: {_every(was)} → {_every(task)}")
    if was.due != task.due:
        out.append(f"{name}: due {was.due:%d %b} → {task.due:%d %b}")
    if set(was.depends_on) != set(task.depends_on):
        titles = [f"'{(after.get(d) or before[d]).title}'" for d in task.depends_on]
        after_text = ", ".join(titles) if titles else "nothing"
        out.append(f"{name} now waits on {after_text}")
    return out
