"""A repeated act that uses up what it acts on runs only as often as there are things to act
on: 2 collections get a few written requests, not one a week for 26 weeks."""

from __future__ import annotations

import math
import re

from assistant.engines.offline.fit_steps import depended_on
from assistant.language.act_sizes import finite_act
from assistant.models import Plan, Recurrence, Task
from assistant.validators.past_count import things_acted_on
from assistant.weeks import task_window


def _counted(title: str, said: str, plan: Plan | None = None) -> int | None:
    """Sessions for the things a title acts on one at a time (validators.past_count)."""
    counted = things_acted_on(title, said, plan)
    return counted[0] * counted[1] if counted else None


def bound_repeats(plan: Plan, said: str) -> Plan:
    """Each such repeated task keeps its copies in milestone order until their sessions cover
    the things the person counted in ``said`` (their goal and answers); later copies go."""
    done: dict[str, float] = {}
    since = plan.start_date
    for milestone in plan.milestones:
        for task in list(milestone.tasks):
            if task.recurrence is None:
                continue
            act = finite_act(task.title)
            bound = _counted(task.title, said, plan) or (act.sessions(said) if act else None)
            if bound is None:
                continue
            if done.get(task.title, 0) >= bound and len(milestone.tasks) > 1:
                if not depended_on(plan, task):
                    milestone.tasks.remove(task)
                continue
            start, due = task_window(task, plan)
            weeks = max(1.0, ((due - max(start, since)).days + 1) / 7)  # this copy's own weeks
            _thin(task, weeks, bound - done.get(task.title, 0))
            done[task.title] = done.get(task.title, 0) + task.recurrence.sessions_per_week() * weeks
        since = max(since, milestone.deadline)
    return plan


_WEEKS_A_MONTH = 52 / 12


def _thin(task: Task, weeks: float, left: float) -> None:
    """A weekly copy with more sessions than things ``left`` runs a few times a month instead
    (3 follow-ups over 13 weeks: once a month), its "this week" wording dropped."""
    rec = task.recurrence
    if rec is None or rec.per != "week" or rec.sessions_per_week() * weeks <= left:
        return
    months = weeks / _WEEKS_A_MONTH
    times = max(1, math.ceil(max(left, 1) / months))
    if times >= rec.times * 4:  # "4 times a month" over a short window: still weekly
        return
    task.recurrence = Recurrence(times=times, per="month")
    task.title = re.sub(r",? this week\b", "", task.title)
