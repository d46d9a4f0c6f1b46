"""The "Why stalled?" tab's handlers: a diagnosis with cited review weeks, and applying it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.errors import InputError
from ui import render
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
    question = (question or "").strip() or "Why has this goal stalled?"
    diagnosis = ws.why(plan_id, question, user)
    weeks = len({r.week_of for r in ws.store.reviews(plan_id, user)})
    return WhyAnswer(
        render.diagnosis_md(diagnosis, weeks), diagnosis, bool(diagnosis.proposed_changes)
    )


def apply_changes(ws: Workspace, plan_id: str | None, diagnosis: Any, user: str) -> tuple[str, str]:
    """Apply the proposed changes as a new plan version; returns (confirmation, plan id)."""
    if not plan_id or diagnosis is None or not diagnosis.proposed_changes:
        raise InputError("ask a question first; there are no proposed changes to apply")
    plan = ws.apply(plan_id, diagnosis, user)
    return (
        f"**✔ Applied** {len(diagnosis.proposed_changes)} change(s): plan saved as version "
        f"{plan.version}.",
        plan.id,
    )
