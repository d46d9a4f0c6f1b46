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


def apply_changes(
    store: Store,
    plan_id: str,
    diagnosis: Diagnosis,
    user: str,
    settings: Settings,
    today: dt.date | None = None,
    engine: Any | None = None,
) -> Plan:
    """Apply the proposed changes through the engine's ``revise`` and save one new version."""
    plan = preview_changes(store, plan_id, diagnosis, user, settings, today, engine)
    return store.save_plan(plan, user)


def preview_changes(
    store: Store,
    plan_id: str,
    diagnosis: Diagnosis,
    user: str,
    settings: Settings,
    today: dt.date | None = None,
    engine: Any | None = None,
) -> Plan:
    """The version the proposed changes would make, not saved (shown as a diff before Apply)."""
    today = today or dt.date.today()
    current = store.get_plan(plan_id, user)
    engine = engine or revision_engine(settings)
    plan, skipped = current.next_version(), []
    for change in diagnosis.proposed_changes:
        if engine is None:
            if not _apply_by_rule(plan, change, settings):
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
    plan.version = current.version + 1
    return plan


def _apply_by_rule(plan: Plan, change: ProposedChange, settings: Settings) -> bool:
    """The changes that need no planner: split a task, move the deadline, drop a milestone."""
    from assistant.plan_edits import drop_milestone, move_deadline, split_by_limit

    text = change.instruction.lower()
    if text.startswith("make tasks smaller") and change.task_id:
        split_by_limit(plan, change.task_id, settings.task_limit_minutes(plan.team))
        return True
    if match := re.match(r"push the deadline to (\d{4}-\d{2}-\d{2})", text):
        move_deadline(plan, dt.date.fromisoformat(match.group(1)))
        return True
    if match := re.match(r"drop milestone (\d+)", text):
        try:
            drop_milestone(plan, int(match.group(1)) - 1)
        except GoalsmithError:
            return False
        return True
    return False
