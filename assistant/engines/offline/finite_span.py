"""A finite job finishes when its things are done, not when the date runs out: 2 rooms to paint
by July are painted in the first month, with the rest of the time left as slack, never one
painting block a week for eight months.

The span a thing takes is the field's data (``Preset.weeks_each``); the milestones and their
steps are pulled in proportionally, so their order and spacing stay as planned.
"""

from __future__ import annotations

import datetime as dt
import math

from assistant.models import Assumption, Plan

_FEW = 12  # more things than this are a pile worked through, not a short job
_SLACK_WEEKS = 2  # a date this close to the job's span is kept as it is


def job_weeks(things: float, weeks_each: float) -> int:
    """Weeks a finite job of ``things`` takes: one to get ready, then ``weeks_each`` a thing."""
    return max(2, math.ceil(1 + things * weeks_each))


def finish_early(plan: Plan, weeks_each: float | None) -> Plan:
    """Pull a finite job's milestones and steps in to the weeks its things take when the
    deadline is far past them; the plan says so, and keeps the person's date as the goal's."""
    metric = plan.goal.metric
    things = metric.target - (metric.baseline or 0.0)
    if not weeks_each or not 0 < things <= _FEW or not plan.milestones:
        return plan
    weeks = job_weeks(things, weeks_each)
    days = (plan.goal.deadline - plan.start_date).days
    if days <= (weeks + _SLACK_WEEKS) * 7:
        return plan
    ratio = weeks * 7 / days
    start = plan.start_date

    def pulled(day: dt.date) -> dt.date:
        return start + dt.timedelta(days=math.ceil((day - start).days * ratio))

    before, before_new = start, start - dt.timedelta(days=1)
    for milestone in plan.milestones:
        old_deadline = milestone.deadline
        milestone.deadline = max(pulled(old_deadline), before_new + dt.timedelta(days=1))
        for task in milestone.tasks:
            task.due = min(
                max(pulled(task.due), before_new + dt.timedelta(days=1)), milestone.deadline
            )
            if task.start is not None:
                after = task.start > before  # a step of this milestone's own weeks stays in them
                begin = (
                    max(pulled(task.start), before_new + dt.timedelta(days=1))
                    if after
                    else pulled(task.start)
                )
                task.start = min(begin, task.due)
        before, before_new = old_deadline, milestone.deadline
    end = plan.milestones[-1].deadline
    plan.assumptions.append(
        Assumption(
            text=(
                f"{things:g} {metric.unit} take about {weeks} weeks at this pace: planned to "
                f"finish by {end.day} {end:%B}, with the time to {plan.goal.deadline.day} "
                f"{plan.goal.deadline:%B} left as slack"
            ),
            source="assumed",
            key="deadline",
        )
    )
    return plan
