"""Turn a diagnosis's proposed changes into a new plan version, through the engine's ``revise``.

Without an installed planning engine, the changes that need no planner (split a task, move
the deadline, drop a milestone) are applied by rule and the rest are named in the version's
revision note, never silently lost.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from assistant.errors import GoalsmithError

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.models import Diagnosis, Plan, ProposedChange
    from assistant.store import Store


def revision_engine(settings: Settings) -> Any | None:
    """The engine that turns an instruction into a new plan version; None if none is installed."""
    try:
        from assistant.engines.select import make_engine

        return make_engine(settings)
    except ImportError:
        return None


def preview_changes(
    store: Store,
    plan_id: str,
    diagnosis: Diagnosis,
    user: str,
    settings: Settings,
    today: dt.date | None = None,
    engine: Any | None = None,
) -> Plan:
    """The next plan version with the proposed changes made, not saved: what Apply will save.

    Changes a rule can make exactly are made by rule; the rest go through the engine's
    ``revise``; what neither can make is named in the version's revision note.
    """
    today = today or dt.date.today()
    current = store.get_plan(plan_id, user)
    plan, skipped = current.next_version(), []
    for change in diagnosis.proposed_changes:
        if _apply_by_rule(plan, change, settings, today):
            continue
        engine = engine or revision_engine(settings)
        if engine is None:
            skipped.append(f"{change.instruction} (needs a planning engine)")
            continue
        try:
            plan = engine.revise(plan, change.instruction, today)
        except GoalsmithError as exc:  # one change the engine refuses must not sink the others
            skipped.append(f"{change.instruction} ({exc})")
    applied = len(diagnosis.proposed_changes) - len(skipped)
    note = f"why: applied {applied} of {len(diagnosis.proposed_changes)} proposed change(s): "
    note += "; ".join(c.instruction for c in diagnosis.proposed_changes)
    if skipped:
        note += ". Not applied: " + "; ".join(skipped)
    plan.metadata.revision_note = note[:500]
    plan.metadata.parent_version = current.version
    return plan


def apply_changes(
    store: Store,
    plan_id: str,
    diagnosis: Diagnosis,
    user: str,
    settings: Settings,
    today: dt.date | None = None,
    engine: Any | None = None,
) -> Plan:
    """Make the proposed changes (``preview_changes``) and save them as one new version."""
    plan = preview_changes(store, plan_id, diagnosis, user, settings, today, engine)
    return store.save_plan(plan, user)


def save_preview(store: Store, preview: Plan, user: str) -> Plan:
    """Save a previewed version exactly as shown, unless the plan moved on since."""
    latest = store.get_plan(preview.id, user)
    if latest.version != preview.metadata.parent_version:
        from assistant.errors import InputError

        raise InputError(
            f"the plan changed since these changes were shown (now version {latest.version}): "
            "ask again"
        )
    return store.save_plan(preview, user)


def _apply_by_rule(plan: Plan, change: ProposedChange, settings: Settings, today: dt.date) -> bool:
    """The changes a rule makes exactly: smaller tasks, deadline, dropping a milestone, fewer
    sessions, another time of day, a task to get what is missing or to write down why."""
    from assistant.plan_edits import drop_milestone, move_deadline

    text = change.instruction.lower()
    task = _task(plan, change.task_id)
    if text.startswith("make tasks smaller") and task is not None:
        _smaller(plan, task, settings.task_limit_minutes(plan.team))
        return True
    if match := re.match(r"push the deadline to (\d{4}-\d{2}-\d{2})", text):
        move_deadline(plan, dt.date.fromisoformat(match.group(1)))
        return True
    if match := re.match(r"drop milestone (\d+)", text):
        index = int(match.group(1)) - 1
        if 0 <= index < len(plan.milestones) and len(plan.milestones) > 1:
            drop_milestone(plan, index)
            return True
    if text.startswith("fewer sessions of") and task is not None and task.recurrence:
        task.recurrence = task.recurrence.model_copy(
            update={"times": max(1, task.recurrence.times - 1)}
        )
        return True
    if (match := re.match(r"move \S+ to (\w+)$", text)) and task is not None:
        from assistant.stall_remedies import AT

        when = AT.get(match.group(1))
        if when is None:
            return False
        base = re.sub(r" \((in|at) (the )?\w+\)$", "", task.title)
        task.title = f"{base} ({when})"
        return True
    if text.startswith("get what"):
        title = f"Get what '{task.title}' needs" if task else "Get what the plan needs next"
        _add_task(plan, task, title, 30, "It is at hand before the next session", today)
        return True
    if text == "plan for the constraint":
        _add_task(
            plan,
            None,
            "Write an if-then plan for when the constraint hits",
            15,
            f"One line kept with the plan: if '{plan.constraint}' happens, then ...",
            today,
            attacks=True,
        )
        return True
    if (match := re.match(r"do (\S+) first$", text)) and _task(plan, match.group(1)):
        first = _task(plan, match.group(1))
        if first.recurrence is None and first.status == "todo":
            first.due = max(today, min(first.due, today + dt.timedelta(days=6)))
            return True
        return False
    if text == "write down why":
        _add_task(
            plan,
            None,
            "Write down in two lines why this goal matters to you now",
            15,
            "Two lines kept where you see them before each session",
            today,
        )
        return True
    return False


def _task(plan: Plan, task_id: str | None) -> Any:
    return next((t for t in plan.tasks() if t.id == task_id), None) if task_id else None


def _smaller(plan: Plan, task: Any, limit: int) -> None:
    """A recurring task gets half-length sessions; a one-off is split into sized steps."""
    if task.recurrence is not None:
        task.resize(max(15, task.estimate_minutes // 2))
        return
    from assistant.plan_edits import split_by_limit

    split_by_limit(plan, task.id, limit)


def _add_task(
    plan: Plan, before: Any, title: str, minutes: int, done_when: str, today, attacks=False
) -> None:
    """A one-off task due within a week, in the milestone of ``before`` (else the current one)."""
    from assistant.models import Task

    open_ms = [m for m in plan.milestones if any(t.status == "todo" for t in m.tasks)]
    ms = next((m for m in plan.milestones if before in m.tasks), None) or (
        open_ms[0] if open_ms else plan.milestones[0]
    )
    ids = {t.id for t in plan.tasks()}
    new_id = next(f"fix{k}" for k in range(1, 10_000) if f"fix{k}" not in ids)
    due = min(today + dt.timedelta(days=6), plan.goal.deadline)
    task = Task(
        id=new_id,
        title=title,
        owner=plan.owners[0] if plan.owners else "me",
        estimate_minutes=minutes,
        due=max(due, today),
        start=today,
        done_when=done_when,
        attacks_constraint=attacks,
    )
    at = ms.tasks.index(before) if before in ms.tasks else 0
    ms.tasks.insert(at, task)
