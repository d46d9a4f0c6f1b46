"""Changes that make an overflowing schedule fit, each verified by re-running the placer.

Costs are in hours of change so options compare: capacity counts the extra usable hours
over the whole schedule, a cut the hours of work removed, and a deadline move one week of
usable capacity per week of delay. Constraint-attacking tasks are never cut.
"""

from __future__ import annotations

import contextvars
import dataclasses
import datetime as dt
import math
from collections.abc import Callable

from assistant.config import Settings
from assistant.models import Plan
from assistant.schedule.models import Fix
from assistant.schedule.placement import WEEK, Job, Placed, place

MAX_DEADLINE_SHIFT_WEEKS = 26
# Each kind of fix may re-run the placer at most max(MIN_TRIALS, TRIAL_JOBS // jobs) times,
# so a plan of 14,000 tasks is checked in seconds; it may then be offered fewer fixes.
TRIAL_JOBS = 60_000
MIN_TRIALS = 3
MAX_CUTS = 6
CUT_CANDIDATES = 5  # the biggest tasks in overflowing weeks tried at each step


def find_fixes(
    plan: Plan, settings: Settings, jobs: list[Job], placed: Placed, capacity: int, n_weeks: int
) -> list[Fix]:
    """Verified changes that make everything fit, cheapest first."""
    trials = max(MIN_TRIALS, TRIAL_JOBS // max(1, len(jobs)))
    searches = (
        lambda: _capacity_fix(plan, settings, jobs, n_weeks),
        lambda: _deadline_fix(plan, jobs, placed, capacity),
        lambda: _cut_fix(settings, jobs, placed, capacity),
    )
    found = []
    for search in searches:
        _trials_left.set(trials)
        try:
            fix = search()
        except _OutOfTrials:
            continue
        if fix:
            found.append(fix)
    return sorted(found, key=lambda f: (f.cost_hours, f.kind))


class _OutOfTrials(Exception):
    """This kind of fix used up its placer runs: it is not offered."""


_trials_left: contextvars.ContextVar[int] = contextvars.ContextVar("trials_left", default=0)


def _trial(jobs: list[Job], capacity: int) -> Placed:
    """The placer, counted against the current fix search's budget."""
    left = _trials_left.get()
    if left <= 0:
        raise _OutOfTrials
    _trials_left.set(left - 1)
    return place(jobs, capacity)


def _capacity_fix(plan: Plan, settings: Settings, jobs: list[Job], n_weeks: int) -> Fix | None:
    def fits(half_hours: int) -> bool:
        raw = plan.capacity_hours_per_week + half_hours / 2
        usable = round(raw * 60 * (1 - settings.capacity_slack))
        return _trial(jobs, usable).overflow(usable) == 0

    half_hours = _smallest(fits, int((168 - plan.capacity_hours_per_week) * 2))
    if half_hours is None:
        return None
    extra = half_hours / 2
    return Fix(
        kind="capacity",
        capacity_hours_per_week=plan.capacity_hours_per_week + extra,
        cost_hours=round(extra * n_weeks * (1 - settings.capacity_slack), 1),
        description=f"raise capacity from {plan.capacity_hours_per_week:g} to "
        f"{plan.capacity_hours_per_week + extra:g} h/week (+{extra:g} h)",
    )


def _smallest(fits: Callable[[int], bool], ceiling: int) -> int | None:
    """The smallest n in 1..ceiling that fits (binary search, checked at the top), or None."""
    if ceiling < 1 or not fits(ceiling):
        return None
    lo, hi = 1, ceiling
    while lo < hi:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if fits(mid) else (mid + 1, hi)
    return lo


def _deadline_fix(plan: Plan, jobs: list[Job], placed: Placed, capacity: int) -> Fix | None:
    """Move the first crowded milestone's deadline (alone, else with the later ones) out."""
    over = {w for w, m in placed.load.items() if m > capacity}
    movable = [j for w in sorted(over) for j, _, _ in placed.weeks[w] if not j.recurring]
    if not movable:
        return None
    index = {m.id: k for k, m in enumerate(plan.milestones)}
    first = min(index[j.milestone_id] for j in movable)
    milestone = plan.milestones[first]
    for with_later in (False, True):
        moved = {m.id for m in plan.milestones[first : None if with_later else first + 1]}

        def fits(k: int, moved: set[str] = moved) -> bool:
            shifted = [
                dataclasses.replace(j, latest=j.latest + k * WEEK)
                if j.milestone_id in moved and not j.recurring
                else j
                for j in jobs
            ]
            return _trial(shifted, capacity).overflow(capacity) == 0

        k = _smallest(fits, MAX_DEADLINE_SHIFT_WEEKS)
        if k is None:
            continue
        fix = Fix(
            kind="deadline",
            milestone_id=milestone.id,
            weeks=k,
            with_later=with_later,
            cost_hours=k * capacity / 60,
            description="",
        )
        goal = max(  # what apply_fix makes of it, without copying a large plan
            [plan.goal.deadline]
            + [
                m.deadline + (k * WEEK if m.id in moved else dt.timedelta())
                for m in plan.milestones
            ]
        )
        text = (
            f"move the deadline of '{milestone.title}' from {milestone.deadline} to "
            f"{milestone.deadline + k * WEEK} (+{k} week{'s' if k > 1 else ''}"
            f"{', with the later ones' if with_later else ''})"
        )
        if goal != plan.goal.deadline:
            text += f"; the goal deadline moves to {goal}"
        return fix.model_copy(update={"description": text})
    return None


def _cut_fix(settings: Settings, jobs: list[Job], placed: Placed, capacity: int) -> Fix | None:
    """Shrink or drop tasks in overflowing weeks, greedily: most overflow removed per hour cut."""
    current, state = list(jobs), placed
    new_minutes: dict[str, int] = {}
    needed = {dep for j in jobs for dep in j.task.depends_on}  # never drop what others wait on
    for _ in range(MAX_CUTS):
        over = {w: m - capacity for w, m in state.load.items() if m > capacity}
        if not over:
            break
        held: dict[str, tuple[Job, dict[dt.date, int]]] = {}
        for week in sorted(over):
            for job, count, _ in state.weeks[week]:
                held.setdefault(job.task.id, (job, {}))[1][week] = count
        options = []
        room = sum(
            j.minutes * sum(w.values()) for j, w in held.values() if not j.task.attacks_constraint
        )
        if room < sum(over.values()):
            return None  # even cutting every candidate would not be enough
        biggest = sorted(
            held.values(), key=lambda jw: (-jw[0].minutes * sum(jw[1].values()), jw[0].order)
        )
        for job, weeks in biggest[:CUT_CANDIDATES]:
            if job.task.attacks_constraint:
                continue  # every week keeps the task that changes the system
            droppable = job.task.id not in needed
            for trial, minutes, hours in _cut_options(
                settings, current, job, weeks, over, droppable
            ):
                after = _trial(trial, capacity)
                gain = state.overflow(capacity) - after.overflow(capacity)
                if gain > 0:
                    options.append((-gain / hours, hours, job.order, trial, minutes, after))
        if not options:
            return None
        _, _, order, current, minutes, state = min(options, key=lambda o: o[:3])
        new_minutes[jobs[order].task.id] = minutes
    if state.overflow(capacity):
        return None
    by_id = {j.task.id: j for j in jobs}
    labels, removed = [], 0.0
    for task_id, minutes in new_minutes.items():
        job = by_id[task_id]
        sessions = sum(c for _, c in job.sessions) if job.recurring else 1
        removed += (job.minutes - minutes) * sessions / 60
        title = job.task.title
        labels.append(
            f"drop '{title}' ({job.minutes} min)"
            if not minutes
            else f"shrink '{title}' from {job.minutes} to {minutes} min"
            + (" a session" if job.recurring else "")
        )
    return Fix(
        kind="cut",
        cost_hours=round(removed, 1),
        task_ids=list(new_minutes),
        new_minutes=new_minutes,
        description=" and ".join(labels),
    )


def _cut_options(
    settings: Settings,
    jobs: list[Job],
    job: Job,
    held: dict[dt.date, int],
    over: dict[dt.date, int],
    droppable: bool,
) -> list[tuple[list[Job], int, float]]:
    """Shrink a task's sessions just enough for the overflowing weeks it is in, or drop it;
    each with the jobs after the change, the new minutes (0: dropped) and the hours cut."""
    out = []
    need = max(math.ceil(over[w] / count) for w, count in held.items())
    smaller = max(settings.task_min_minutes, (job.minutes - need) // 5 * 5)
    sessions = sum(c for _, c in job.sessions) if job.recurring else 1
    if need and smaller < job.minutes:
        shrunk = [dataclasses.replace(j, minutes=smaller) if j is job else j for j in jobs]
        out.append((shrunk, smaller, (job.minutes - smaller) * sessions / 60))
    if droppable and not job.recurring:
        out.append(([j for j in jobs if j is not job], 0, job.minutes / 60))
    return out


def apply_fix(plan: Plan, fix: Fix) -> Plan:
    """The plan's next version with ``fix`` applied; the original is not changed."""
    new = plan.next_version(f"schedule fix: {fix.description}")
    if fix.kind == "capacity" and fix.capacity_hours_per_week is not None:
        new.capacity_hours_per_week = fix.capacity_hours_per_week
    elif fix.kind == "deadline" and fix.milestone_id is not None:
        first = [m.id for m in new.milestones].index(fix.milestone_id)
        moved = new.milestones[first : None if fix.with_later else first + 1]
        for milestone in moved:
            milestone.deadline += fix.weeks * WEEK
            for task in milestone.tasks:
                if task.recurrence is None:
                    task.due += fix.weeks * WEEK
        for before, after in zip(new.milestones, new.milestones[1:], strict=False):
            after.deadline = max(after.deadline, before.deadline)  # keep them in order
        new.goal.deadline = max([new.goal.deadline] + [m.deadline for m in new.milestones])
    for task in new.tasks():
        if task.id in fix.new_minutes:
            minutes = fix.new_minutes[task.id]
            if minutes:
                task.resize(minutes)
            else:
                task.status = "dropped"
    return Plan.model_validate(new.model_dump())
