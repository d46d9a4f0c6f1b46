"""One practice, one rhythm: a recurring task repeated across milestones keeps its frequency or
ramps one way; it never goes 6 -> 3 -> 4 -> 3 a week because each milestone was fitted alone.

A dip after a higher milestone is raised back to the rhythm already reached when the schedule
puts no minute more over the person's time; otherwise each dip rises as far as the week holds
(the peaks are never cut: that would give away time the person said they have). Running it twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import math

from assistant.language.text import normalize
from assistant.models import Milestone, Plan, Recurrence, Task
from assistant.validators.plan import weekly_load
from assistant.weeks import usable_minutes_per_week

SLACK = 0.2  # the rules' default slack for real life


def _practices(plan: Plan) -> dict[str, list[tuple[Milestone, Task]]]:
    """Each recurring practice by its title, with its copy in each milestone (one a milestone)."""
    out: dict[str, list[tuple[Milestone, Task]]] = {}
    for m in plan.milestones:
        seen: set[str] = set()
        for t in m.tasks:
            key = normalize(t.title)
            if t.recurrence and t.status == "todo" and key not in seen:
                seen.add(key)
                out.setdefault(key, []).append((m, t))
    return out


def _rate(task: Task) -> float:
    return task.recurrence.sessions_per_week() if task.recurrence else 0.0


def _up_and_down(rates: list[float]) -> bool:
    steps = [b - a for a, b in zip(rates, rates[1:], strict=False) if abs(b - a) > 1e-6]
    return any(x * y < 0 for x, y in zip(steps, steps[1:], strict=False))


def _set_rhythm(task: Task, like: Recurrence) -> None:
    task.recurrence = like.model_copy()


def minutes_over(plan: Plan, today: dt.date | None = None) -> float:
    """Minutes the schedule places over the person's time (after the rules' slack), all weeks
    from ``today`` on, as the capacity rule counts them (work left from past weeks lands now)."""
    usable = usable_minutes_per_week(plan, SLACK)
    return sum(max(0.0, m - usable) for m in weekly_load(plan, SLACK, today).values())


def _raise_dips(copies: list[tuple[Milestone, Task]]) -> None:
    peak = copies[0][1]
    for _, t in copies[1:]:
        if _rate(t) < _rate(peak) and peak.recurrence:
            _set_rhythm(t, peak.recurrence)
        else:
            peak = t


def _raise_what_fits(
    plan: Plan, copies: list[tuple[Milestone, Task]], over: float, today: dt.date | None
) -> None:
    """Each dip raised toward the rhythm already reached, as far as the schedule holds it."""
    peak = _rate(copies[0][1])
    for _, t in copies[1:]:
        rec = t.recurrence
        if rec is None or _rate(t) >= peak:
            peak = max(peak, _rate(t))
            continue
        for times in range(math.ceil(peak), math.floor(_rate(t)), -1):
            t.recurrence = Recurrence(times=times, per="week")
            if _rate(t) > rec.sessions_per_week() and minutes_over(plan, today) <= over + 1:
                break
        else:
            t.recurrence = rec


def one_rhythm(plan: Plan, today: dt.date | None = None) -> Plan:
    """Every practice's rhythm across milestones is steady or a one-way ramp, as far as the
    person's week holds it (a dip is raised, never a peak cut: the week they said is used)."""
    drifting = [
        copies
        for copies in _practices(plan).values()
        if len(copies) >= 3 and _up_and_down([_rate(t) for _, t in copies])
    ]
    if not drifting:
        return plan
    over = minutes_over(plan, today)
    for copies in drifting:
        before = [t.recurrence for _, t in copies]
        _raise_dips(copies)
        if minutes_over(plan, today) > over + 1:  # the week cannot hold the peak throughout
            for (_, t), rec in zip(copies, before, strict=True):
                t.recurrence = rec
            _raise_what_fits(plan, copies, over, today)
    return plan
