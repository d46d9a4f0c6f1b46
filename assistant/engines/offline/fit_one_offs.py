"""The capacity fit's one-off steps: an overfull week makes room by moving a set-up step to a
later week of its milestone, or (when practice can give no more) by a shorter session of it.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.engines.offline.order import finds_partner
from assistant.engines.offline.title_sizes import (
    count_to_time,
    distance_minutes,
    fixed_length,
    set_length,
    shortest,
)
from assistant.models import Plan, Task
from assistant.validators import weekly_load
from assistant.weeks import monday, usable_minutes_per_week

MIN_SESSION = 15
SAFETY = re.compile(r"\b(?:doctor|physio\w*|GP|nurse|clinician|safe|safety)\b", re.I)  # never cut


def spread_one_off(plan: Plan, week: dt.date, usable: float, slack: float) -> bool:
    """Move the biggest movable one-off of an overfull week to the first later week of its
    milestone that has room for it (set-up steps spread out instead of practice being cut)."""
    load = weekly_load(plan, slack)
    first_due = min(t.due for t in plan.tasks())
    for milestone in plan.milestones:
        movable = [
            t
            for t in milestone.tasks
            if t.status == "todo"
            and not t.recurrence
            and monday(t.due) == week
            and not _pinned(t, first_due)
        ]
        for task in sorted(movable, key=lambda t: -t.estimate_minutes):
            later = week + dt.timedelta(days=7)
            while later <= milestone.deadline:
                due = min(later + dt.timedelta(days=task.due.weekday()), milestone.deadline)
                if _waited_on(plan, task, due):
                    break
                if load.get(later, 0) + task.estimate_minutes <= usable:
                    task.due = due
                    return True
                later += dt.timedelta(days=7)
    return False


def worst_week(
    plan: Plan, usable: float, slack: float, stuck: set[dt.date] | frozenset = frozenset()
) -> dt.date | None:
    """The most overfull week, past the ``stuck`` ones nothing more comes out of."""
    load = weekly_load(plan, slack).items()
    over = {w: m for w, m in load if m > usable and w not in stuck}
    return max(over, key=lambda w: over[w]) if over else None


def ease_one_offs(plan: Plan, week: dt.date, usable: float, slack: float, shorten: bool) -> bool:
    """Make room in an overfull week through its one-off tasks: the biggest moves a week later
    inside its milestone; with ``shorten`` (when practice can give no more) the biggest gets a
    shorter session instead, never below 15 minutes."""
    from assistant.schedule.placement import jobs_for, place

    capacity = round(usable_minutes_per_week(plan, slack))
    placed = place(jobs_for(plan, monday(plan.start_date)), capacity)
    over = placed.load.get(week, 0) - usable
    if over <= 0:
        return False
    quick_win = min(t.due for t in plan.tasks())
    one_offs = sorted(
        (job.task for job, _, _ in placed.weeks.get(week, []) if not job.recurring),
        key=lambda t: -t.estimate_minutes,
    )
    for task in one_offs:  # only into a week that has room, so set-up is not pushed for months
        room = capacity - placed.load.get(monday(task.due) + dt.timedelta(days=7), 0)
        if (
            not _pinned(task, quick_win)
            and task.estimate_minutes <= room
            and _push_later(plan, task)
        ):
            return True
    for task in one_offs if shorten else ():
        least = shortest(task.title, task.estimate_minutes, MIN_SESSION)
        if (
            task.estimate_minutes > least
            and not _names_other_minutes(task)
            and not distance_minutes(task.title)  # a 10 km test run takes what 10 km takes
            and not fixed_length(task.title)  # so does a full practice exam
            and not set_length(task.title)  # and two long hikes on back-to-back days
        ):
            cut = max(least, int(task.estimate_minutes - over) // 5 * 5)
            task.resize(min(cut, task.estimate_minutes - 5))
            count_to_time(task)  # the pieces a shorter step holds
            return True
    return False


def _names_other_minutes(task: Task) -> bool:
    """The title states a duration that is not the task's own ("Map a 20-minute loop", 30 min)."""
    said = re.findall(r"\b(\d+)[- ]?(?:minutes?|mins?|min)\b", task.title)
    return any(int(n) != task.estimate_minutes for n in said)


def _pinned(task: Task, first_due: dt.date) -> bool:
    """The plan's quick win, a step the title says happens today, or a safety step (a
    clinician's go-ahead before the work) stays where it is."""
    return (
        task.due == first_due
        or "today" in task.title.lower()
        or bool(SAFETY.search(task.title))
        or finds_partner(task)  # check-ins with the partner start when this is done
    )


def _push_later(plan: Plan, task: Task) -> bool:
    """Due a week later when its milestone and the tasks waiting on it allow."""
    later = task.due + dt.timedelta(days=7)
    milestone = next(m for m in plan.milestones if task in m.tasks)
    if later > milestone.deadline:
        return False
    if _waited_on(plan, task, later):
        return False
    task.due = later
    return True


def _waited_on(plan: Plan, task: Task, due: dt.date) -> bool:
    """Whether moving ``task`` to ``due`` would put it after a task that waits on it: due
    after it, or a session started before it (the rollers bought after painting began)."""
    return any(
        task.id in t.depends_on
        and (t.due < due or bool(t.recurrence and t.start and t.start < due))
        for t in plan.tasks()
    )


def push_one_later(plan: Plan, live: list[Task], window: tuple[dt.date, dt.date]) -> bool:
    """Move a one-off task due in an overfull week to the next week, inside its milestone."""
    if (window[1] - window[0]).days > 6:
        return False
    first_due = min(t.due for t in plan.tasks())
    for milestone in plan.milestones:
        for task in reversed(milestone.tasks):
            if task not in live or task.recurrence or _pinned(task, first_due):
                continue
            later = task.due + dt.timedelta(days=7)
            blocked = _waited_on(plan, task, later)
            if later <= milestone.deadline and not blocked and window[0] <= task.due <= window[1]:
                task.due = later
                return True
    return False
