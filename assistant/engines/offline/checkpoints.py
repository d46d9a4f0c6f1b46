"""Work dated around its checkpoints: the sessions of the next result wait until this
milestone's "ready" work is done; after the capacity fit has moved dates, what a checkpoint
waits on is done before its day and each milestone lists its one-off steps in date order.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.engines.offline.order import sets_up, shared, words
from assistant.models import Milestone, Plan, Task
from assistant.validators import weekly_load
from assistant.weeks import monday, usable_minutes_per_week

_NIGHT_BEFORE_RE = re.compile(r"\b(?:night|evening|day) before\b", re.I)
_AHEAD = 7  # days before the checkpoint that waits on it that a preparation is due
_READY_RE = re.compile(r"\bready\b", re.I)


def date_around_checkpoints(plan: Plan, slack: float) -> Plan:
    """Preparations ahead of their checkpoints, set-up before the sessions that use it, and
    one-off steps listed in date order."""
    prepare_ahead(plan)
    _set_up_before_sessions(plan, slack)
    for milestone in plan.milestones:
        in_date_order(milestone)
    return plan


def prepare_ahead(plan: Plan) -> Plan:
    """What a checkpoint waits on is done before the checkpoint's day, not on it: a task due
    before a step it waits on moves to that step's day; a preparation due on the day of the
    milestone's checkpoint moves a week earlier (the day's schedule before the wedding day, the
    nomination before the promotion decision); "the night before" is the night before."""
    by_id = {t.id: t for t in plan.tasks()}
    window_start = plan.start_date
    for milestone in plan.milestones:
        for task in milestone.tasks:
            if _night_before(task, milestone.deadline, window_start):
                task.due -= dt.timedelta(days=1)
                task.start = min(task.start or task.due, task.due)
            waits = [by_id[i] for i in task.depends_on if by_id[i] in milestone.tasks]
            for dep in waits:
                if dep.recurrence or dep.status != "todo":
                    continue
                if dep.due > task.due:
                    task.due = dep.due
                ahead = task.due - dt.timedelta(days=_AHEAD)
                if dep.due <= ahead or task.due != milestone.deadline:
                    continue
                floor = min(window_start + dt.timedelta(days=1), dep.due)  # not "today"
                dep.due = max(ahead, floor, min(dep.start or window_start, dep.due))
                if dep.start is not None and dep.start > dep.due:
                    dep.start = dep.due
        window_start = milestone.deadline + dt.timedelta(days=1)
    return plan


def _night_before(task: Task, deadline: dt.date, window_start: dt.date) -> bool:
    """A one-off for "the night before" the checkpoint, still dated on the checkpoint's day."""
    return (
        not task.recurrence
        and bool(_NIGHT_BEFORE_RE.search(task.title))
        and task.due == deadline
        and task.due > window_start
    )


def sessions_after_ready(plan: Plan) -> Plan:
    """In a milestone that gets things ready ("CV and LinkedIn profile ready"), the sessions
    that make the next milestone's result ("20 applications sent") start once the ready work
    is done, not on day one."""
    for here, after in zip(plan.milestones, plan.milestones[1:], strict=False):
        if not _READY_RE.search(here.title):
            continue
        own = words(here.title) - {"ready"}
        next_only = words(after.title) - own - words(plan.goal.statement)
        prep = [t for t in here.tasks if not t.recurrence and shared(words(t.title), own)]
        if not prep or not next_only:
            continue
        ready = max(t.due for t in prep)
        for task in here.tasks:
            if not task.recurrence or task.attacks_constraint:
                continue
            if shared(words(task.title), own) or not shared(words(task.title), next_only):
                continue
            if task.start is not None and task.start >= ready:
                continue
            if (task.due - ready).days < 7 and _unneeded(plan, here, task):
                here.tasks.remove(task)  # too little of the window left: they start next milestone
            elif ready < task.due:
                task.start = ready
    return plan


def _set_up_before_sessions(plan: Plan, slack: float) -> None:
    """A set-up step the capacity fit spread past the first session that uses it comes back to
    that session's day (never before a step it waits on); the sessions start once it is done,
    a week later when that week has no room for both."""
    usable = usable_minutes_per_week(plan, slack)
    by_id = {t.id: t for t in plan.tasks()}
    for milestone in plan.milestones:
        for task in milestone.tasks:
            if milestone is plan.milestones[-1] and task.due == milestone.deadline:
                continue  # the plan's closing checkpoint ("Get written confirmation...")
            users = [s for s in milestone.tasks if sets_up(task, s)]
            first = min((s.start or plan.start_date for s in users), default=None)
            if first is None or task.due <= first:
                continue
            after = [by_id[i].due + dt.timedelta(days=1) for i in task.depends_on]
            day = max([first, task.start or first, *after])
            if day >= task.due:
                continue
            task.due = day
            begin = day
            if weekly_load(plan, slack).get(monday(day), 0) > usable:
                begin = monday(day) + dt.timedelta(days=7)  # it takes that week's sessions' place
            for session in users:
                if session.due > begin and (session.start is None or session.start < begin):
                    session.start = begin


def in_date_order(milestone: Milestone) -> None:
    """One-off steps first, by due date (ties keep their order), then the weekly sessions."""
    once = sorted((t for t in milestone.tasks if not t.recurrence), key=lambda t: t.due)
    milestone.tasks[:] = once + [t for t in milestone.tasks if t.recurrence]


def _unneeded(plan: Plan, milestone: Milestone, task: Task) -> bool:
    """Nothing waits on the session and the milestone keeps other tasks."""
    return len(milestone.tasks) > 1 and not any(task.id in t.depends_on for t in plan.tasks())
