"""The single steps the capacity fit takes on one task: fewer sessions, shorter ones, every
other week, a tiny act thinned, a task removed; and which session is a milestone's main one."""

from __future__ import annotations

from assistant.engines.offline.title_rhythm import TINY_MINUTES, as_weekly, per_session, tiny_task
from assistant.engines.offline.title_sizes import set_length
from assistant.models import Plan, Recurrence, Task

MIN_SESSION = 15
MIN_LONG = 60  # the shortest a session of a set length (the long run) is planned at
_MIN_DAILY = 5  # the shortest daily session worth keeping ("meditate 5 minutes")
_MIN_NEAR_DAILY = 10  # the shortest most-days session worth keeping ("read 10 minutes")


def per_week(task: Task) -> float:
    """Minutes a week a recurring task asks for."""
    return task.recurrence.sessions_per_week() * task.estimate_minutes if task.recurrence else 0.0


def space(task: Task) -> bool:
    """A weekly session every other week instead (keeps the activity alive when time is short)."""
    rec = task.recurrence
    if rec is None or rec.per != "week" or rec.times != 1:
        return False
    task.recurrence = Recurrence(times=2, per="month")
    return True


def core_stays_without(plan: Plan, task: Task) -> bool:
    """Whether every week of the plan that holds core sessions still would without ``task``."""
    from assistant.plan_edits.core import core_weeks

    before = core_weeks(plan)
    status, task.status = task.status, "dropped"
    try:
        return core_weeks(plan) == before
    finally:
        task.status = status


def thin_tiny(task: Task) -> bool:
    """A tiny act's days give way: a daily log becomes a weekly one, a shake on 6 days 5."""
    rec = task.recurrence
    if not tiny_task(task) or rec is None:
        return False
    if as_weekly(task):
        return True
    if rec.per == "week" and rec.times > 5:  # most days still: never a "daily" once a week
        rec.times -= 1
        return True
    return False


def reduce(task: Task, least: int | None = None) -> bool:
    rec = task.recurrence
    assert rec is not None
    if tiny_task(task):
        return False  # a daily log keeps its days (or goes weekly, worded for the week)
    if per_session(task):  # a warm-up before each session: shorter, never fewer
        if task.estimate_minutes <= TINY_MINUTES:
            return False
        task.resize(max(TINY_MINUTES, task.estimate_minutes - 5))
        return True
    if rec.times > 1:
        rec.times -= 1
        return True
    if least is None:  # a long run stays long
        least = MIN_LONG if set_length(task.title) else MIN_SESSION
    if task.estimate_minutes > least + 5:
        task.resize(max(least, int(task.estimate_minutes * 0.75) // 5 * 5))
        return True
    return False


def main_session(tasks: list[Task]) -> str | None:
    """The title of the goal's main session among ``tasks``: the first recurring task that is
    neither a review nor an attack on the constraint (the field's own practice comes first:
    "Walk briskly for 30 minutes", not the food log)."""
    return next(
        (
            t.title
            for t in tasks
            if t.recurrence
            and not t.attacks_constraint
            and not t.title.startswith("Review the week")
        ),
        None,
    )


def core_sessions(plan: Plan) -> set[str]:
    """The main session of each milestone (titles differ once a session is shortened)."""
    return {title for m in plan.milestones if (title := main_session(m.tasks))}


def reduce_core(task: Task, keep_minutes: int = 0) -> bool:
    """The main session keeps two a week: shorter sessions first, then other work gives way
    (a length the person stated, ``keep_minutes``, is never cut)."""
    if keep_minutes and task.estimate_minutes <= keep_minutes:
        return False
    rec = task.recurrence
    assert rec is not None
    daily = rec.sessions_per_week() >= 7
    if daily and task.estimate_minutes > _MIN_DAILY:  # a daily habit stays daily, just shorter
        task.resize(max(_MIN_DAILY, int(task.estimate_minutes * 0.8)))
        return True
    if rec.sessions_per_week() >= 5 and task.estimate_minutes > _MIN_NEAR_DAILY:
        # "15 min a day": most days at a little less beats fewer days at the full length
        task.resize(max(_MIN_NEAR_DAILY, int(task.estimate_minutes * 0.8) // 5 * 5))
        return True
    if rec.times > 2 and not (daily and rec.per == "day"):
        rec.times -= 1
        return True
    if task.estimate_minutes > MIN_SESSION + 5:
        task.resize(max(MIN_SESSION, int(task.estimate_minutes * 0.8) // 5 * 5))
        return True
    return False


def depended_on(plan: Plan, task: Task) -> bool:
    return any(task.id in t.depends_on for t in plan.tasks())


def remove(plan: Plan, task: Task) -> None:
    for milestone in plan.milestones:
        if task in milestone.tasks and len(milestone.tasks) > 1:
            milestone.tasks.remove(task)
            for other in plan.tasks():
                if task.id in other.depends_on:
                    other.depends_on.remove(task.id)
            return
    task.status = "dropped"
