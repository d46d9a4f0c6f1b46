"""The "Why stalled?" tab's handlers: a diagnosis with cited review weeks, the exact list of
changes Apply would make, and applying exactly those."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.errors import InputError
from ui import render
from ui.safe import text
from ui.workspace import Workspace


@dataclass
class WhyAnswer:
    markdown: str
    diagnosis: Any
    can_apply: bool
    preview: Any = None  # the unsaved next version Apply saves
    changes: str = ""  # what that version changes, as Markdown


def ask(ws: Workspace, plan_id: str | None, question: str, user: str) -> WhyAnswer:
    """Diagnose the plan from its reviews; the answer cites which review week said what, and
    the changes are made (not saved) so the person sees exactly what Apply will save."""
    if not plan_id:
        raise InputError("pick a plan first (the Plan picker above the tabs)")
    question = (question or "").strip() or "Why has this goal stalled?"
    diagnosis = ws.why(plan_id, question, user)
    weeks = len({r.week_of for r in ws.store.reviews(plan_id, user)})
    answer = WhyAnswer(render.diagnosis_md(diagnosis, weeks), diagnosis, False)
    if diagnosis.proposed_changes:
        answer.preview, answer.changes = preview(ws, plan_id, diagnosis, user)
        answer.can_apply = answer.preview is not None
    return answer


def preview(ws: Workspace, plan_id: str, diagnosis: Any, user: str) -> tuple[Any, str]:
    """(the next version, what Apply will change, one line per change); (None, why not) when
    nothing would change."""
    from assistant.plan_edits import diff_plans
    from assistant.stall_fixes import preview_changes

    current = ws.store.get_plan(plan_id, user)
    plan = preview_changes(ws.store, plan_id, diagnosis, user, ws.settings, ws.today())
    lines = diff_plans(current, plan).lines()
    if not lines:
        return None, "*None of the suggested changes can be made to the plan automatically.*"
    head = (
        f"#### What Apply will change\n\n**Apply saves version {plan.version} with exactly "
        "these changes:**"
    )
    return plan, "\n".join([head, "", *(f"- {text(line)}" for line in lines)])


def apply_preview(ws: Workspace, plan_id: str | None, shown: Any, user: str) -> tuple[str, str]:
    """Save the version that was shown; returns (confirmation, plan id)."""
    if not plan_id or shown is None or shown.id != plan_id:
        raise InputError("ask a question first; there are no proposed changes to apply")
    from assistant.stall_fixes import save_preview

    plan = save_preview(ws.store, shown, user)
    return (
        f"**✔ Applied:** the plan is now version {plan.version}; the Plan tab shows it.",
        plan.id,
    )
