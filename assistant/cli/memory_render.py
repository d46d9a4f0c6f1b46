"""A stored plan as text for `goalsmith show`."""

from __future__ import annotations

from assistant.models import Plan
from assistant.schedule.sessions import progress, sessions

_BOX = {"todo": "[ ]", "done": "[x]", "dropped": "[-]"}


def plan_text(plan: Plan, versions: list[int]) -> str:
    """Goal, constraint, then each milestone's tasks with a status box, estimate and due date."""
    goal = plan.goal
    lines = [
        f"{goal.statement}  [{plan.id} v{plan.version} of {max(versions)}]",
        f"Metric: {goal.metric.name} -> {goal.metric.target:g} {goal.metric.unit}".rstrip()
        + f"  by {goal.deadline}; capacity {plan.capacity_hours_per_week:g} h/week",
    ]
    if plan.constraint:
        lines.append(f"Constraint: {plan.constraint}")
    if plan.metadata.revision_note:
        lines.append(f"Revision: {plan.metadata.revision_note}")
    for i, m in enumerate(plan.milestones, 1):
        lines += ["", f"Milestone {i}: {m.title} (by {m.deadline})"]
        for t in m.tasks:
            repeat = ""
            if t.recurrence:
                mine = sessions(t, plan)
                repeat = f", {t.recurrence.describe()}, {sum(s.done for s in mine)}/{len(mine)} sessions done"
            mark = " *constraint" if t.attacks_constraint else ""
            lines.append(
                f"  {_BOX[t.status]} {t.id:<8} {t.title} ({t.estimate_minutes} min{repeat}, "
                f"due {t.due}, {t.owner}){mark}"
            )
    done, total = progress(plan)
    lines += [
        "",
        f"{done} of {total} done (each session of a recurring task counts). Tick one with "
        f"`goalsmith done {plan.id} TASK_ID[@YYYY-MM-DD]`.",
    ]
    return "\n".join(lines)
