"""The "Why stalled?" tab's handlers: a diagnosis with cited review weeks, and applying it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.errors import InputError
from ui import render, safe
from ui.workspace import Workspace


@dataclass
class WhyAnswer:
    markdown: str
    diagnosis: Any
    can_apply: bool


def ask(ws: Workspace, plan_id: str | None, question: str, user: str) -> WhyAnswer:
    """Diagnose the plan from its reviews; the answer cites which review week said what."""
    if not plan_id:
        raise InputError("pick a plan first (the Plan picker above the tabs)")
    from assistant.diagnose import diagnose

    question = (question or "").strip() or "Why has this goal stalled?"
    diagnosis = diagnose(
        ws.store, ws.memory_or_none(), plan_id, question, user, ws.settings, ws.today()
    )
    weeks = len({r.week_of for r in ws.store.reviews(plan_id, user)})
    markdown = render.diagnosis_md(diagnosis, weeks)
    if diagnosis.proposed_changes:
        markdown += "\n\n" + _preview(ws, plan_id, diagnosis, user)
    return WhyAnswer(markdown, diagnosis, bool(diagnosis.proposed_changes))


def _preview(ws: Workspace, plan_id: str, diagnosis: Any, user: str) -> str:
    """What Apply would change, as the same diff the chat shows after a revision."""
    from assistant.plan_edits import diff_plans
    from assistant.stall_fixes import preview_changes

    current = ws.store.get_plan(plan_id, user)
    proposed = preview_changes(ws.store, plan_id, diagnosis, user, ws.settings, ws.today())
    diff = diff_plans(current, proposed)
    if diff.same:
        return "**Apply would change nothing in the plan** (the changes need a planning engine)."
    return "#### What Apply will change\n\n" + safe.markdown(diff.markdown())


def apply_changes(ws: Workspace, plan_id: str | None, diagnosis: Any, user: str) -> tuple[str, str]:
    """Apply the proposed changes as a new plan version; returns (confirmation, plan id)."""
    if not plan_id or diagnosis is None or not diagnosis.proposed_changes:
        raise InputError("ask a question first; there are no proposed changes to apply")
    from assistant.diagnose import apply_changes as apply

    plan = apply(ws.store, plan_id, diagnosis, user, ws.settings, ws.today())
    return (
        f"**✔ Applied** {len(diagnosis.proposed_changes)} change(s): plan saved as version "
        f"{plan.version}.",
        plan.id,
    )
