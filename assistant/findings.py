"""Every finding code, its severity and what it means: the stable public vocabulary of the rules."""

from __future__ import annotations

from assistant.models import Finding, Severity

CATALOG: dict[str, tuple[Severity, str]] = {
    # goal (SMART)
    "goal.not_specific": (
        "error",
        "The goal names a direction (a vague verb or abstract target), not a concrete outcome.",
    ),
    "goal.not_measurable": (
        "error",
        "The goal has no number, quantity or binary done-state to check it by.",
    ),
    "goal.deadline_past": ("error", "The goal's deadline has already passed."),
    "goal.not_achievable": (
        "error",
        "All the planned effort does not fit the weekly capacity before the deadline.",
    ),
    "goal.drift": (
        "error",
        "The goal lost or changed what the person stated: a number, unit, rate or starting point.",
    ),
    "goal.no_why": ("info", "The goal does not say why it matters; a reason helps on bad weeks."),
    # milestones (SMART + result, not activity)
    "milestone.not_specific": (
        "warning",
        "The milestone uses a vague verb instead of a concrete result.",
    ),
    "milestone.not_measurable": ("error", "The milestone has no metric target or done-state."),
    "milestone.not_relevant": (
        "warning",
        "Neither the milestone's wording nor its metric ties it to the goal.",
    ),
    "milestone.deadline_past": (
        "error",
        "The milestone's deadline has passed but it still has open tasks.",
    ),
    "milestone.after_goal": ("error", "The milestone is due after the goal's deadline."),
    "milestone.is_activity": (
        "warning",
        "The milestone reads like a task (an activity), not a result.",
    ),
    "milestone.no_tasks": ("error", "The milestone has no tasks, so nothing moves it."),
    "milestone.not_achievable": (
        "warning",
        "The milestone's tasks need more hours than its weeks hold.",
    ),
    # tasks
    "task.too_big": ("error", "The task does not fit one work session."),
    "task.too_small": ("info", "The task is so small that tracking it costs more than doing it."),
    "task.not_verb_first": ("warning", "The task title does not start with an action verb."),
    "task.owner_group": (
        "error",
        "The task is owned by a group ('we', 'team', 'everyone'), so by nobody.",
    ),
    "task.owner_multiple": ("error", "The task names more than one owner."),
    "task.owner_unknown": ("warning", "The task's owner is not one of the plan's owners."),
    "task.no_done_when": ("error", "The task has no acceptance criterion saying when it is done."),
    "task.done_when_vague": (
        "warning",
        "The acceptance criterion cannot be checked as done or not done.",
    ),
    "task.vague": (
        "error",
        "The task is vague ('think about', 'work on', research with no deliverable).",
    ),
    "task.compound": ("warning", "The task bundles two actions; split it."),
    "task.due_after_milestone": ("error", "The task is due after its milestone's deadline."),
    "task.overdue": ("warning", "The task is still open after its due date."),
    # plan
    "plan.milestone_count": ("error", "A plan needs 3-5 milestones."),
    "plan.no_quick_win": (
        "warning",
        "Nothing is due in the first week: no quick win to build momentum.",
    ),
    "plan.milestones_out_of_order": ("error", "Milestone deadlines are not in order."),
    "plan.dependency_cycle": ("error", "Tasks depend on each other in a cycle, so none can start."),
    "plan.dependency_order": ("error", "A task is due before a task it depends on."),
    "plan.no_constraint": (
        "error",
        "The plan does not name the one constraint that makes progress expensive.",
    ),
    "plan.constraint_not_attacked": ("error", "No task attacks the constraint."),
    "plan.constraint_week_uncovered": (
        "warning",
        "Some weeks hold no task that attacks the constraint.",
    ),
    "plan.over_capacity": (
        "error",
        "Planned hours exceed the weekly capacity (after slack) in some weeks.",
    ),
    "plan.no_leading_indicators": (
        "warning",
        "The plan tracks no leading indicator, so trouble shows late.",
    ),
    # schedule (assistant/schedule/)
    "schedule.over_capacity": (
        "error",
        "A week of the schedule holds more work than its capacity after slack.",
    ),
    "schedule.unschedulable": (
        "error",
        "A task cannot be scheduled: it is in, or waits on, a dependency cycle.",
    ),
    "schedule.late": (
        "warning",
        "A task lands after its due date: the date passed or what it needs comes later.",
    ),
    "schedule.fix": (
        "info",
        "The smallest verified change that makes an overflowing schedule fit.",
    ),
}


def finding(code: str, path: str, message: str, suggestion: str = "") -> Finding:
    """A Finding with the catalogued severity of its code."""
    severity, _ = CATALOG[code]
    return Finding(code=code, severity=severity, path=path, message=message, suggestion=suggestion)
