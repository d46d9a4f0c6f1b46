"""Doses of a series kept the field's interval apart: a second shingles dose is 2 to 6 months
after the first, never four days, whatever the deadline (the table is data/dose_intervals.toml).

When the date is too close for the interval, the last dose (and the goal's date) moves to the
first day the interval allows, and the plan says why.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assistant.engines.offline.spacing import move_deadline
from assistant.models import Assumption, Milestone, Plan

_FIRST_RE = re.compile(r"\bfirst dose\b", re.I)
_GIVEN_RE = re.compile(r"^(?:get|have|receive|take)\b.*\bfirst dose\b", re.I)  # not "book"
_LAST_RE = re.compile(
    r"\b(?:every|each|last|second|final|both|all)(?: [a-z]+)? doses?\b|\bdoses? (?:done|complete)",
    re.I,
)


@dataclass(frozen=True)
class Series:
    """A series of doses: the words that name it and the fewest days between first and last."""

    pattern: re.Pattern[str]
    min_days: int
    said: str


@cache
def _series() -> tuple[Series, ...]:
    text = (resources.files("assistant") / "data" / "dose_intervals.toml").read_text("utf-8")
    rows = tomllib.loads(text)["series"]
    return tuple(Series(re.compile(r["pattern"], re.I), r["min_days"], r["said"]) for r in rows)


def series_of(text: str) -> Series | None:
    """The dose series a goal names ("get the shingles vaccine, both doses"), or None."""
    return next((s for s in _series() if s.pattern.search(text)), None)


def _first_dose_day(milestones: list[Milestone]) -> tuple[int, dt.date] | None:
    """The milestone where the first dose is given (not booked), and the day it is due."""
    for i, milestone in enumerate(milestones):
        given = [t for t in milestone.tasks if _GIVEN_RE.search(t.title) and not t.recurrence]
        if given:
            return i, max(t.due for t in given)
    return None


def keep_dose_interval(plan: Plan) -> Plan:
    """The last dose at least the series' interval after the first; later dates move with it."""
    series = series_of(plan.goal.statement)
    found = _first_dose_day(plan.milestones) if series else None
    if series is None or found is None:
        return plan
    i, first_day = found
    later = plan.milestones[i + 1 :]
    last = next(
        (m for m in later if _LAST_RE.search(m.title) and not _FIRST_RE.search(m.title)), None
    )
    earliest = first_day + dt.timedelta(days=series.min_days)
    if last is None or last.deadline >= earliest:
        return plan
    old_goal = plan.goal.deadline
    shift = earliest - last.deadline
    for milestone in plan.milestones[plan.milestones.index(last) :]:
        milestone.deadline += shift
        for task in milestone.tasks:
            task.due += shift
            if task.start is not None:
                task.start += shift
    if plan.milestones[-1].deadline > old_goal:
        new_goal = plan.milestones[-1].deadline
        plan.milestones[-1].deadline = old_goal  # moved with every text that states it
        move_deadline(plan, new_goal)
        plan.assumptions.append(
            Assumption(
                text=(
                    f"{series.said}: with the first dose around {first_day.day} "
                    f"{first_day:%B}, the last is due by {new_goal.day} {new_goal:%B %Y}, "
                    f"after {old_goal.day} {old_goal:%B %Y}"
                ),
                source="stated",  # the field's schedule, not a guess
                key="deadline",
            )
        )
    return plan
