"""Does the plan start at the person's level? A first milestone at or below the amount they
say they do now ("I can do 3 pull-ups": 'Do 2 pull-ups'), or a weekly indicator asking less than
they already do ("running about 20km a week": 'weekly distance 15 km')."""

from __future__ import annotations

from assistant.findings import finding
from assistant.language.levels import Level, period_of, same_unit, stated_levels
from assistant.models import Finding, Plan
from assistant.validators.path import going_down


def their_levels(plan: Plan) -> list[Level]:
    """The levels the person states in the goal and the baseline answer."""
    if plan.request is None:
        return []
    return stated_levels(plan.request.goal_text, plan.request.answers.get("baseline", ""))


def below_start(plan: Plan) -> list[Finding]:
    """indicator.below_start and milestone.below_start: the plan asks less than they do now."""
    levels = their_levels(plan)
    if going_down(plan):  # cutting down: less than now is the point, in the measure cut
        unit = plan.goal.metric.unit
        levels = [lv for lv in levels if not same_unit(lv.unit, unit) and "under" not in unit]
    if not levels:
        return []
    out: list[Finding] = []
    for i, ind in enumerate(plan.leading_indicators):
        period = period_of(ind.name)  # a rate: "28 students" in a class is no week's count
        level = _matching(levels, ind.unit, period) if period else None
        if level and ind.target < level.value * 0.999:
            out.append(
                finding(
                    "indicator.below_start",
                    f"leading_indicators[{i}].target",
                    f"'{ind.name}' asks for {ind.target:g} {ind.unit}; they already do "
                    f"{level.value:g} {level.unit}.",
                    "Start the indicator at what they do now or above it.",
                )
            )
    goal = plan.goal.metric
    if plan.milestones and len(plan.milestones) > 1:
        first = plan.milestones[0]
        period = period_of(f"{first.title} {first.metric.name}")
        level = _matching(levels, first.metric.unit, period)
        if level and level.value < goal.target and first.metric.target <= level.value:
            out.append(
                finding(
                    "milestone.below_start",
                    "milestones[0].metric.target",
                    f"'{first.title}' asks for {first.metric.target:g} {first.metric.unit}; they "
                    f"say they are at {level.value:g} {level.unit} already.",
                    "Start the milestones above the level they state, stepping to the target.",
                )
            )
    return out


def _matching(levels: list[Level], unit: str, period: str) -> Level | None:
    """The highest stated level in this unit and period."""
    fits = [lv for lv in levels if lv.period == period and same_unit(lv.unit, unit)]
    return max(fits, key=lambda lv: lv.value, default=None)
