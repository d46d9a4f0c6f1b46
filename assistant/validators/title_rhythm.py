"""A task whose title names its own rhythm repeats at that rhythm: 'Plan next week's snacks'
once a month is a title the schedule contradicts. (A day's act done weekly, 'Log the day's
servings', is left alone: coaches scored such plans 9 as often as they named it.)"""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.models import Finding, Plan

# the title's own rhythm and the fewest sessions a week that keep it
_WEEKLY = re.compile(r"\b(?:next|this|the|each|every) week'?s\b|\bweekly\b", re.IGNORECASE)


def rhythm_contradicts_title(plan: Plan) -> list[Finding]:
    """task.rhythm_contradicts_title: the title names a week's act ('next week's shifts');
    the task repeats less than weekly."""
    out: list[Finding] = []
    for i, milestone in enumerate(plan.milestones):
        for j, task in enumerate(milestone.tasks):
            if task.recurrence is None:
                continue
            said = _WEEKLY.search(task.title)
            if said is None or task.recurrence.sessions_per_week() >= 1:
                continue
            out.append(
                finding(
                    "task.rhythm_contradicts_title",
                    f"milestones[{i}].tasks[{j}]",
                    f"'{task.title}' names '{said.group(0)}' but is scheduled "
                    f"{task.recurrence.describe()}.",
                    "Schedule the task as often as its title says, or retitle it to the rhythm "
                    "the plan can keep.",
                )
            )
    return out
