"""Every text a plan shows the person, rewritten by one function (a country's or a money
system's words)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.models import Plan


def rewrite_texts(plan: Plan, rewrite: Callable[[str], str]) -> Plan:
    """The statement, strategy, assumptions, milestones and tasks, each passed through
    ``rewrite``; the plan is changed in place and returned."""
    plan.goal.statement = rewrite(plan.goal.statement)
    plan.constraint_strategy = rewrite(plan.constraint_strategy)
    for assumption in plan.assumptions:
        assumption.text = rewrite(assumption.text)
    for milestone in plan.milestones:
        milestone.title = rewrite(milestone.title)
        for task in milestone.tasks:
            task.title, task.done_when = rewrite(task.title), rewrite(task.done_when)
    return plan
