"""How fast a measured result honestly moves (data/paces.toml): the most a week can add at a
safe pace, what a coach plans for, and what follows from them (reachable by a date, weeks a
change needs). Shared by the planner and the rules, so both judge a step the same way."""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Pace:
    """One measure's pace: ``per_week`` the safe most, ``typical`` the planned, in its unit."""

    what: str
    unit: str  # regex over a metric's unit
    per_week: float
    typical: float
    metric: str = ""  # regex over a metric's name; empty: any
    growth: float = 0.0  # a share of the current level added per week, when that is more
    least_weeks: int = 4  # the shortest plan for this measure, whatever the change
    rates: tuple[str, ...] = ()  # a goal's rhythm that is still a level of it ("a day")

    def fits(self, unit: str, metric_name: str) -> bool:
        if not re.search(self.unit, unit.strip().lower()):
            return False
        return not self.metric or bool(re.search(self.metric, metric_name.lower()))

    def reachable(self, start: float, weeks: float, typical: bool = False) -> float:
        """The most change ``weeks`` of training can add from ``start`` (a level, not a change)."""
        if weeks <= 0:
            return 0.0
        step = self.typical if typical else self.per_week
        if self.growth and start > 0:
            grown = start * ((1 + self.growth) ** weeks - 1)
            return max(step * weeks, grown)
        return step * weeks

    def weeks_for(self, start: float, change: float, typical: bool = True) -> float:
        """Weeks it takes to add ``change`` from ``start`` at the planned (or safe) pace."""
        if change <= 0:
            return 0.0
        step = self.typical if typical else self.per_week
        flat = change / step
        if self.growth and start > 0:
            grown = math.log((start + change) / start) / math.log(1 + self.growth)
            return min(flat, grown)
        return flat


@cache
def paces() -> tuple[Pace, ...]:
    text = (resources.files("assistant") / "data" / "paces.toml").read_text(encoding="utf-8")
    rows = tomllib.loads(text)["pace"]
    return tuple(Pace(**(row | {"rates": tuple(row.get("rates", ()))})) for row in rows)


def pace_for(unit: str, metric_name: str = "") -> Pace | None:
    """The pace of what a metric measures ("pull ups", "steps a day"), or None when unknown."""
    return next((p for p in paces() if p.fits(unit, metric_name)), None)
