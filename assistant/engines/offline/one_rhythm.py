"""One practice, one rhythm: a recurring task repeated across milestones keeps its frequency or
ramps one way; it never goes 6 -> 3 -> 4 -> 3 a week because each milestone was fitted alone.

A dip after a higher milestone is raised back to the rhythm already reached when that
milestone's booked week still fits the person's time; otherwise the earlier peaks come down
to the rhythm the plan can hold. Running it twice changes nothing.
"""

from __future__ import annotations

from assistant.language.text import normalize
from assistant.models import Milestone, Plan, Recurrence, Task

_ROOM = 0.8  # the share of the stated week recurring work may fill (the rules' 20% slack)


def _week_minutes(milestone: Milestone) -> float:
    return sum(
        t.estimate_minutes * t.recurrence.sessions_per_week()
        for t in milestone.tasks
        if t.recurrence and t.status == "todo"
    )


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


def one_rhythm(plan: Plan) -> Plan:
    """Every practice's rhythm across milestones is steady or a one-way ramp."""
    room = plan.capacity_hours_per_week * 60 * _ROOM
    for copies in _practices(plan).values():
        if len(copies) < 3 or not _up_and_down([_rate(t) for _, t in copies]):
            continue
        peak = copies[0][1]
        raised = True
        for m, t in copies[1:]:
            if _rate(t) >= _rate(peak):
                peak = t
                continue
            extra = (_rate(peak) - _rate(t)) * t.estimate_minutes
            if _week_minutes(m) + extra > room:
                raised = False
                break
        if raised:
            peak = copies[0][1]
            for _, t in copies[1:]:
                if _rate(t) < _rate(peak) and peak.recurrence:
                    _set_rhythm(t, peak.recurrence)
                else:
                    peak = t
            continue
        # the week cannot hold the peak: each milestone runs at most what every later one holds
        for i in range(len(copies) - 2, -1, -1):
            later = copies[i + 1][1]
            task = copies[i][1]
            if _rate(task) > _rate(later) and later.recurrence:
                _set_rhythm(task, later.recurrence)
    return plan
