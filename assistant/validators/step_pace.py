"""A step between two milestones faster than what it measures honestly moves (data/paces.toml):
1 pull-up to 6 in nine days, 2,000 more steps a day in a week."""

from __future__ import annotations

from assistant.findings import finding
from assistant.models import Finding, Plan
from assistant.paces import pace_for

SPARE = 1.25  # a step a quarter past the safe pace: rounding never trips it, a real leap does


def step_too_fast(plan: Plan) -> list[Finding]:
    """milestone.too_fast: from the stated start (or the milestone before) to this milestone,
    on the goal's own measure, more change than the safe pace allows in the days between."""
    goal = plan.goal.metric
    pace = pace_for(goal.unit, goal.name)
    if pace is None or goal.baseline is None or goal.target <= goal.baseline:
        return []
    out: list[Finding] = []
    day, level = plan.start_date, goal.baseline
    for i, m in enumerate(plan.milestones):
        if m.metric.unit != goal.unit or m.metric.name != goal.name:
            continue
        weeks = max((m.deadline - day).days, 1) / 7
        step = m.metric.target - level
        most = pace.reachable(level, weeks)
        if step > SPARE * most + 1e-9:
            out.append(
                finding(
                    "milestone.too_fast",
                    f"milestones[{i}].metric",
                    f"'{m.title}' asks for {step:,.4g} more {goal.unit} in "
                    f"{(m.deadline - day).days} days; {pace.what} move about "
                    f"{pace.per_week:,.4g} a week at a safe pace ({most:,.4g} by then).",
                    "Give the step the weeks its change needs, or set the milestone to what the "
                    "pace reaches by its date and say when the rest follows.",
                )
            )
        day, level = m.deadline, m.metric.target
    return out
