"""Changes that make an overflowing schedule fit, each verified by re-running the placer.

Costs are in hours of change so options compare: capacity counts the extra usable hours
over the whole schedule, a cut the hours of work removed, and a deadline move one week of
usable capacity per week of delay. Constraint-attacking tasks are never cut.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from assistant.config import Settings
from assistant.models import Plan
from assistant.schedule.models import Fix
from assistant.schedule.placement import WEEK, Job, Placed, place

MAX_DEADLINE_SHIFT_WEEKS = 26
MAX_CUTS = 6


def find_fixes(
    plan: Plan, settings: Settings, jobs: list[Job], placed: Placed, capacity: int, n_weeks: int
) -> list[Fix]:
    """Verified changes that make everything fit, cheapest first."""
    found = [
        f
        for f in (
            _capacity_fix(plan, settings, jobs, n_weeks),
            _deadline_fix(plan, jobs, placed, capacity),
            _cut_fix(settings, jobs, placed, capacity),
        )
        if f
    ]
    return sorted(found, key=lambda f: (f.cost_hours, f.kind))


def _capacity_fix(plan: Plan, settings: Settings, jobs: list[Job], n_weeks: int) -> Fix | None:
    def fits(half_hours: int) -> bool:
        raw = plan.capacity_hours_per_week + half_hours / 2
        usable = round(raw * 60 * (1 - settings.capacity_slack))
        return place(jobs, usable).overflow(usable) == 0

    ceiling = int((168 - plan.capacity_hours_per_week) * 2)
    if ceiling < 1 or not fits(ceiling):
        return None
    lo, hi = 1, ceiling
    while lo < hi:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if fits(mid) else (mid + 1, hi)
    extra = lo / 2
    return Fix(
        kind="capacity",
        cost_hours=round(extra * n_weeks * (1 - settings.capacity_slack), 1),
        description=f"raise capacity from {plan.capacity_hours_per_week:g} to "
        f"{plan.capacity_hours_per_week + extra:g} h/week (+{extra:g} h)",
    )


def _deadline_fix(plan: Plan, jobs: list[Job], placed: Placed, capacity: int) -> Fix | None:
    over = {w for w, m in placed.load.items() if m > capacity}
    movable = [j for w in sorted(over) for j, _, _ in placed.weeks[w] if not j.recurring]
    if not movable:
        return None
    index = {m.id: k for k, m in enumerate(plan.milestones)}
    first = min(index[j.milestone_id] for j in movable)
    moved_ids = {m.id for m in plan.milestones[first:]}
    for k in range(1, MAX_DEADLINE_SHIFT_WEEKS + 1):
        shifted = [
            dataclasses.replace(j, latest=j.latest + k * WEEK)
            if j.milestone_id in moved_ids and not j.recurring
            else j
            for j in jobs
        ]
        if place(shifted, capacity).overflow(capacity) == 0:
            milestone = plan.milestones[first]
            new = milestone.deadline + k * WEEK
            return Fix(
                kind="deadline",
                cost_hours=k * capacity / 60,
                description=f"move the deadline of '{milestone.title}' from {milestone.deadline} "
                f"to {new} (+{k} week{'s' if k > 1 else ''}), and later ones with it",
            )
    return None


def _cut_fix(settings: Settings, jobs: list[Job], placed: Placed, capacity: int) -> Fix | None:
    """Drop one-off tasks or shrink recurring sessions in overflowing weeks, greedily."""
    current, cuts, cut_ids, removed = list(jobs), [], [], 0.0
    state = placed
    for _ in range(MAX_CUTS):
        over = {w: m - capacity for w, m in state.load.items() if m > capacity}
        if not over:
            break
        held: dict[str, tuple[Job, dict[dt.date, int]]] = {}
        for week in sorted(over):
            for job, count, _ in state.weeks[week]:
                held.setdefault(job.task.id, (job, {}))[1][week] = count
        options = []
        for job, weeks in held.values():
            if job.task.attacks_constraint:
                continue  # every week keeps the task that changes the system
            for trial, label, hours in _cut_options(settings, current, job, weeks, over):
                after = place(trial, capacity)
                gain = state.overflow(capacity) - after.overflow(capacity)
                if gain > 0:  # most overflow removed per hour of work cut
                    options.append((-gain / hours, hours, job.order, trial, label, after))
        if not options:
            return None
        _, hours, order, current, label, state = min(options, key=lambda o: o[:3])
        cuts.append(label)
        cut_ids.append(jobs[order].task.id)
        removed += hours
    if state.overflow(capacity):
        return None
    return Fix(
        kind="cut", cost_hours=round(removed, 1), task_ids=cut_ids, description=" and ".join(cuts)
    )


def _cut_options(
    settings: Settings,
    jobs: list[Job],
    job: Job,
    held: dict[dt.date, int],
    over: dict[dt.date, int],
) -> list[tuple[list[Job], str, float]]:
    """Shrink a task's sessions just enough for the overflowing weeks it is in, or drop it."""
    out = []
    need = max(math.ceil(over[w] / count) for w, count in held.items())
    smaller = max(settings.task_min_minutes, (job.minutes - need) // 5 * 5)
    total = sum(c for _, c in job.sessions) if job.recurring else 1
    if need and smaller < job.minutes:
        out.append(
            (
                [dataclasses.replace(j, minutes=smaller) if j is job else j for j in jobs],
                f"shrink '{job.task.title}' from {job.minutes} to {smaller} min"
                + (" a session" if job.recurring else ""),
                (job.minutes - smaller) * total / 60,
            )
        )
    if not job.recurring:
        out.append(
            (
                [j for j in jobs if j is not job],
                f"drop '{job.task.title}' ({job.minutes} min)",
                job.minutes / 60,
            )
        )
    return out
