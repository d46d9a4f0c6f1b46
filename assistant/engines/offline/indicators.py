"""Leading indicators fitted to the person's plan rather than the field's typical numbers."""

from __future__ import annotations

import re

from assistant.language.levels import Level, period_of, same_unit
from assistant.models import Milestone

_BEST_RE = re.compile(r"\b(?:longest|furthest|farthest|best|fastest|max\w*)\b")


def first_rung(
    name: str, target: float, unit: str, goal_unit: str, milestones: list[Milestone]
) -> float:
    """An indicator of the week's best effort in the goal's own unit ("longest nonstop swim
    this week", in lengths) starts at the first milestone's rung, not the field's guess."""
    if _BEST_RE.search(name.lower()) and unit == goal_unit and milestones:
        return float(milestones[0].metric.target)
    return target


def at_their_level(name: str, target: float, unit: str, levels: list[Level]) -> float:
    """An indicator never asks less than the person says they do now in its unit and period
    ("running about 20km a week": weekly distance 20 km, not the field's 15)."""
    period = period_of(name)
    said = [
        lv.value for lv in levels if period and lv.period == period and same_unit(lv.unit, unit)
    ]
    return max([target, *said])
