"""The Plan tab's "Break down" control: one task into sized steps at a chosen detail level."""

from __future__ import annotations

from assistant.errors import InputError
from ui import safe
from ui.workspace import Workspace

DETAIL = {"mild (2-3 steps)": 1, "medium (3-5 steps)": 2, "spicy (5-8 steps)": 3}


def task_choices(ws: Workspace, plan_id: str | None, user: str) -> list[tuple[str, str]]:
    """Open one-off tasks that can be split, as (label, id)."""
    if not plan_id:
        return []
    from assistant.plan_edits.breakdown import why_not

    plan = ws.store.get_plan(plan_id, user)
    return [
        (f"{t.id} · {_short(t.title)} ({t.estimate_minutes} min)", t.id)
        for t in plan.tasks()
        if why_not(t) is None
    ]


def break_down(
    ws: Workspace, plan_id: str | None, task_id: str | None, detail: str, user: str
) -> str:
    """Replace the task with its steps in a new saved version; the diff as Markdown."""
    if not plan_id or not task_id:
        raise InputError("pick a plan and a task to break down")
    from assistant.plan_edits import break_down as split
    from assistant.plan_edits import diff_plans
    from assistant.plan_edits.breakdown import DETAIL_STEPS, MIN_STEP, steps_for

    plan = ws.store.get_plan(plan_id, user)
    new = plan.next_version()
    steps = split(new, task_id, steps_for(plan.task(task_id), DETAIL.get(detail, 2)))
    new.metadata.revision_note = f"broke {task_id} into {len(steps)} steps"
    saved = ws.store.save_plan(new, user)
    fewest = DETAIL_STEPS[DETAIL.get(detail, 2)][0]
    why = (
        f" Only {len(steps)} steps: each step is at least {MIN_STEP} minutes."
        if len(steps) < fewest
        else ""
    )
    return f"**✔ Saved as version {saved.version}.**{why}\n\n" + safe.markdown(
        diff_plans(plan, saved).markdown()
    )


def _short(title: str, limit: int = 110) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
