"""Fitting a plan into real capacity: fewer or shorter practice sessions first, never silently.

Works on any plan (offline, LLM-written, or revised), using the validators' own load
arithmetic so "fits" means exactly what ``plan.over_capacity`` checks.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.title_sizes import distance_minutes, fixed_length
from assistant.models import Plan, Recurrence, Task
from assistant.validators import weekly_load
from assistant.weeks import (
    monday,
    task_window,
    total_task_minutes,
    usable_minutes_per_week,
    week_starts,
)

_MIN_SESSION = 15
_SAFETY = re.compile(r"\b(?:doctor|physio\w*|GP|nurse|clinician|safe|safety)\b", re.I)  # never cut
_MIN_DAILY = 5  # the shortest daily session worth keeping ("meditate 5 minutes")
_MIN_NEAR_DAILY = 10  # the shortest most-days session worth keeping ("read 10 minutes")
_HEADROOM = 0.97  # stay a little under the line so rounding never tips a week over
_RHYTHM_SHARE = 1.0  # the ordinary week alone must fit; set-up steps then spread into it


def fit_capacity(plan: Plan, settings: Settings, keep_core: bool = False) -> Plan:
    """Shrink load in place until every week, milestone and the goal fit capacity after slack.

    With ``keep_core`` (revisions) a week that holds the goal's core activity keeps it: its
    sessions get shorter, fewer, then every other week, but are never all removed."""
    usable = usable_minutes_per_week(plan, settings.capacity_slack) * _HEADROOM
    _fit_rhythm(plan, usable, keep_core)
    for _ in range(400):
        week = _worst_week(plan, usable, settings.capacity_slack)
        window: tuple[dt.date, dt.date] | None
        if week is not None:
            if _ease_one_offs(plan, week, usable, settings.capacity_slack, shorten=False):
                continue
            if _spread_one_off(plan, week, usable, settings.capacity_slack):
                continue
            if _ease_one_offs(plan, week, usable, settings.capacity_slack, shorten=True):
                continue  # a shorter set-up step before fewer sessions for weeks on end
            window = (week, week + dt.timedelta(days=6))
        else:
            window = _overfull_window(plan, usable)
            if window is None:
                break
        if shrink(plan, window, keep_core):
            continue
        if week is None or not _ease_one_offs(plan, week, usable, settings.capacity_slack, True):
            break
    return plan


def _fit_rhythm(plan: Plan, usable: float, keep_core: bool) -> None:
    """First make each milestone's ordinary week fit: its recurring sessions alone must leave
    room under capacity, so a busy first week of set-up steps is spread out rather than paid
    for by cutting every week's practice."""
    for milestone in plan.milestones:
        for _ in range(60):
            rhythm = [t for t in milestone.tasks if t.recurrence and t.status == "todo"]
            core = _main_session(rhythm)  # this milestone's (a shorter one has a new title)
            if _ordinary_week(plan, rhythm) <= usable * _RHYTHM_SHARE or not _ease_rhythm(
                plan, rhythm, core, keep_core
            ):
                break


def _per_week(task: Task) -> float:
    """Minutes a week a recurring task asks for."""
    return task.recurrence.sessions_per_week() * task.estimate_minutes if task.recurrence else 0.0


def _weekly(tasks: list[Task]) -> float:
    return sum(_per_week(t) for t in tasks)


def _ordinary_week(plan: Plan, rhythm: list[Task]) -> float:
    """Minutes a week of the sessions that run at the same time, in the busiest week: a
    practice split around a break runs twice in a milestone, never twice in one week."""
    weeks: dict[dt.date, float] = {}
    for task in rhythm:
        start, due = task_window(task, plan)
        for week in week_starts(start, due):
            weeks[week] = weeks.get(week, 0.0) + _per_week(task)
    return max(weeks.values(), default=0.0)


def _ease_rhythm(plan: Plan, rhythm: list[Task], core: str | None, keep_core: bool) -> bool:
    """One step off a milestone's ordinary week: supporting habits, the weekly review, the
    attacks' repeats, then the main session (never below two a week here)."""
    practice = sorted(
        (t for t in rhythm if not t.attacks_constraint and t.title != core),
        key=lambda t: -_per_week(t),
    )
    reviews = [t for t in practice if t.title.startswith("Review the week")]
    habits = [t for t in practice if t not in reviews]
    if any(_reduce(t) for t in habits[:1]):
        return True
    if reviews:
        _remove(plan, reviews[0])
        return True
    if any(_reduce(t) for t in rhythm if t.attacks_constraint):
        return True
    if habits and not keep_core:
        _remove(plan, habits[0])
        return True
    if any(_reduce_core(t) for t in rhythm if t.title == core):
        return True
    # a revision keeps every activity alive: the rest goes every other week before any goes
    return any(_space(t) for t in [*habits, *(t for t in rhythm if t.attacks_constraint)])


def _spread_one_off(plan: Plan, week: dt.date, usable: float, slack: float) -> bool:
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


def _worst_week(plan: Plan, usable: float, slack: float) -> dt.date | None:
    over = {w: m for w, m in weekly_load(plan, slack).items() if m > usable}
    return max(over, key=lambda w: over[w]) if over else None


def _ease_one_offs(plan: Plan, week: dt.date, usable: float, slack: float, shorten: bool) -> bool:
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
        if (
            task.estimate_minutes > _MIN_SESSION
            and not _names_other_minutes(task)
            and not distance_minutes(task.title)  # a 10 km test run takes what 10 km takes
            and not fixed_length(task.title)  # so does a full practice exam
        ):
            cut = max(_MIN_SESSION, int(task.estimate_minutes - over) // 5 * 5)
            task.resize(min(cut, task.estimate_minutes - 5))
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
        task.due == first_due or "today" in task.title.lower() or bool(_SAFETY.search(task.title))
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


def _overfull_window(plan: Plan, usable: float) -> tuple[dt.date, dt.date] | None:
    """A milestone window (or the whole plan) whose open work exceeds the hours it holds."""
    previous = plan.start_date
    for milestone in plan.milestones:
        weeks = max(((milestone.deadline - previous).days + 1) / 7, 1 / 7)
        needed = sum(total_task_minutes(t, plan) for t in milestone.tasks if t.status == "todo")
        if needed > usable * weeks:
            return previous, milestone.deadline
        previous = max(previous, milestone.deadline)
    weeks = max(((plan.goal.deadline - plan.start_date).days + 1) / 7, 1 / 7)
    needed = sum(total_task_minutes(t, plan) for t in plan.tasks() if t.status == "todo")
    if needed > usable * weeks:
        return plan.start_date, plan.goal.deadline
    return None


def _overlaps(task: Task, plan: Plan, window: tuple[dt.date, dt.date]) -> bool:
    start, due = task_window(task, plan)
    return start <= window[1] and due >= window[0]


def shrink(plan: Plan, window: tuple[dt.date, dt.date], keep_core: bool = False) -> bool:
    """Take one step of load out of the window; False when nothing sensible is left to cut."""
    live = [t for t in plan.tasks() if t.status == "todo" and _overlaps(t, plan, window)]
    if _push_one_later(plan, live, window):
        return True
    practice = sorted(
        (t for t in live if t.recurrence and not t.attacks_constraint),
        key=lambda t: -_per_week(t),
    )
    core = _core_sessions(plan)
    for task in practice:  # the supporting habits give way before the main session
        if task.title not in core and _reduce(task):
            return True
    for task in live:  # a weekly review is worth less than the work itself
        if task.recurrence and task.title.startswith("Review the week"):
            _remove(plan, task)
            return True
    for task in (t for t in live if t.recurrence and t.attacks_constraint):
        if _reduce(task):
            return True
    for task in sorted(
        (t for t in live if not t.recurrence), key=lambda t: t.start or plan.start_date
    ):
        if task.start is None or task.start > plan.start_date:
            task.start = plan.start_date  # may be done any time before it is due: spread the load
            return True
    main = [t for t in practice if t.title in core]
    if any(t.recurrence and t.recurrence.times > 2 for t in main):
        for task in practice:  # a supporting habit goes before the main rhythm drops
            if task.title not in core:
                _remove(plan, task)
                return True
    for task in main:  # set-up week first: the practice starts once its set-up is done
        if _start_after(plan, task, window):
            return True
    for task in main:
        if _reduce_core(task):
            return True
    one_offs = [
        t
        for t in live
        if not t.recurrence and t.estimate_minutes >= 30 and not fixed_length(t.title)
    ]
    if one_offs:  # a shorter session of a set-up step beats dropping it
        task = max(one_offs, key=lambda t: t.estimate_minutes)
        task.resize(max(_MIN_SESSION, int(task.estimate_minutes * 0.75) // 5 * 5))
        return True
    optional = [
        t
        for t in live
        if not t.recurrence
        and not t.attacks_constraint
        and not _depended_on(plan, t)
        and not _SAFETY.search(t.title)
    ]
    if len(optional) > 1:
        _remove(plan, max(optional, key=lambda t: t.estimate_minutes))
        return True
    # a revision spaces sessions before dropping any, and drops the smallest practice first
    for task in reversed(practice) if keep_core else practice:
        if task.attacks_constraint:
            continue
        if keep_core and (_reduce(task) or _space(task)):
            return True  # fewer, shorter, then every other week: never none
        if keep_core and not _core_stays_without(plan, task):
            continue
        _remove(plan, task)
        return True
    return False


def _start_after(plan: Plan, task: Task, window: tuple[dt.date, dt.date]) -> bool:
    """A practice whose first week is the overfull week starts the week after, when it still
    has two weeks or more before it is due (rather than fewer sessions for weeks on end)."""
    start, due = task_window(task, plan)
    if (window[1] - window[0]).days > 6 or not window[0] <= start <= window[1]:
        return False
    later = window[1] + dt.timedelta(days=1)
    if (due - later).days < 13:
        return False
    task.start = later
    return True


def _space(task: Task) -> bool:
    """A weekly session every other week instead (keeps the activity alive when time is short)."""
    rec = task.recurrence
    if rec is None or rec.per != "week" or rec.times != 1:
        return False
    task.recurrence = Recurrence(times=2, per="month")
    return True


def _core_stays_without(plan: Plan, task: Task) -> bool:
    """Whether every week of the plan that holds core sessions still would without ``task``."""
    from assistant.plan_edits.core import core_weeks

    before = core_weeks(plan)
    status, task.status = task.status, "dropped"
    try:
        return core_weeks(plan) == before
    finally:
        task.status = status


def _push_one_later(plan: Plan, live: list[Task], window: tuple[dt.date, dt.date]) -> bool:
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


def _reduce(task: Task) -> bool:
    rec = task.recurrence
    assert rec is not None
    if rec.times > 1:
        rec.times -= 1
        return True
    if task.estimate_minutes > _MIN_SESSION + 5:
        task.resize(max(_MIN_SESSION, int(task.estimate_minutes * 0.75) // 5 * 5))
        return True
    return False


def _main_session(tasks: list[Task]) -> str | None:
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


def _core_sessions(plan: Plan) -> set[str]:
    """The main session of each milestone (titles differ once a session is shortened)."""
    return {title for m in plan.milestones if (title := _main_session(m.tasks))}


def _reduce_core(task: Task) -> bool:
    """The main session keeps two a week: shorter sessions first, then other work gives way."""
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
    if task.estimate_minutes > _MIN_SESSION + 5:
        task.resize(max(_MIN_SESSION, int(task.estimate_minutes * 0.8) // 5 * 5))
        return True
    return False


def _depended_on(plan: Plan, task: Task) -> bool:
    return any(task.id in t.depends_on for t in plan.tasks())


def _remove(plan: Plan, task: Task) -> None:
    for milestone in plan.milestones:
        if task in milestone.tasks and len(milestone.tasks) > 1:
            milestone.tasks.remove(task)
            for other in plan.tasks():
                if task.id in other.depends_on:
                    other.depends_on.remove(task.id)
            return
    task.status = "dropped"
