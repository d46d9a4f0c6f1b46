"""Count plans whose milestones move faster than the measure honestly moves, sit days apart,
or whose length is far past what the change needs (rubric R4), by the table data/paces.toml.

Plans every goal of the judged rounds offline, with and without the persona's answers:
``python -m evals.pace_audit [ROUND_DIR ...]`` (default: rounds 3 on); ``-v`` lists each hit.

- ``fast``: a step between two milestones (or from the stated start to the first) needs more
  than the safe pace allows in the weeks between them (a quarter over, to spare rounding).
- ``close``: two milestones fewer than 7 days apart in a plan of 4 weeks or more.
- ``stretched``: a date the plan chose (none was said) more than twice the weeks the change
  needs at the planned pace, and at least 6 weeks over.
- ``unsaid``: the person's date is too short for the safe pace and no assumption says what is
  realistic by then.
"""

from __future__ import annotations

import sys
from collections import Counter

from assistant.models import Plan
from assistant.paces import Pace, pace_for
from evals.heldout import dev_plans

SPARE = 1.25
CLOSE_DAYS = 7


def _pace(plan: Plan) -> Pace | None:
    metric = plan.goal.metric
    return pace_for(metric.unit, metric.name)


def _levels(plan: Plan) -> list[tuple[int, float]]:
    """(days from the plan's start, level) of each milestone counted in the goal's unit."""
    goal = plan.goal.metric
    out = []
    for m in plan.milestones:
        if m.metric.unit == goal.unit and m.metric.name == goal.name:
            out.append(((m.deadline - plan.start_date).days, m.metric.target))
    return out


def fast(plan: Plan) -> str:
    pace = _pace(plan)
    goal = plan.goal.metric
    if pace is None:
        return ""
    prev_day, prev = (0, goal.baseline) if goal.baseline is not None else (None, None)
    for day, level in _levels(plan):
        if prev is not None and prev_day is not None:
            step, weeks = abs(level - prev), max(day - prev_day, 1) / 7
            if step > SPARE * pace.reachable(min(prev, level), weeks) + 1e-9:
                return f"{prev:g} -> {level:g} in {day - prev_day} days"
        prev_day, prev = day, level
    return ""


def close(plan: Plan) -> str:
    days = [(m.deadline - plan.start_date).days for m in plan.milestones]
    if not days or days[-1] < 28:
        return ""
    gaps = [b - a for a, b in zip(days, days[1:], strict=False)]
    short = [g for g in gaps if g < CLOSE_DAYS]
    return f"milestones {short[0]} days apart" if short else ""


def _said(plan: Plan) -> bool:
    deadline = next((a for a in plan.assumptions if a.key == "deadline"), None)
    return deadline is None or deadline.source == "stated"


def _change(plan: Plan) -> tuple[float, float] | None:
    goal = plan.goal.metric
    pace = _pace(plan)
    if pace is not None and pace.growth and goal.baseline is None:
        return None  # a distance that grows on what they run now, which was not said
    start = goal.baseline if goal.baseline is not None else 0.0
    change = goal.target - start
    return (start, change) if change > 0 else None


def stretched(plan: Plan) -> str:
    pace, moved = _pace(plan), _change(plan)
    if pace is None or moved is None or _said(plan):
        return ""
    weeks = (plan.goal.deadline - plan.start_date).days / 7
    need = max(4.0, pace.least_weeks, pace.weeks_for(*moved))
    if weeks > 2 * need and weeks - need >= 6:
        return f"{weeks:.0f} weeks for about {need:.0f}"
    return ""


def unsaid(plan: Plan) -> str:
    pace, moved = _pace(plan), _change(plan)
    if pace is None or moved is None or not _said(plan):
        return ""
    weeks = (plan.goal.deadline - plan.start_date).days / 7
    if moved[1] <= SPARE * pace.reachable(moved[0], weeks):
        return ""
    told = any("realistic" in a.text or "safe pace" in a.text for a in plan.assumptions)
    return "" if told else f"{moved[1]:g} {plan.goal.metric.unit} in {weeks:.0f} weeks, not said"


CHECKS = {"fast": fast, "close": close, "stretched": stretched, "unsaid": unsaid}


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    counts: Counter[str] = Counter()
    plans = 0
    last = None
    for folder, goal, answers, plan in dev_plans(args):
        if verbose and folder != last and last is not None:  # a running total per round
            print(f"# after {last.name}: plans {plans}, " + _totals(counts), flush=True)
        last = folder
        plans += 1
        hits = {name: why for name, check in CHECKS.items() if (why := check(plan))}
        counts.update(hits.keys())
        counts["any"] += bool(hits)
        if verbose and hits:
            tag = f"{folder.name[-7:]} {goal['id']}-{'b' if answers else 'a'}"
            print(tag, "; ".join(f"{k}: {v}" for k, v in hits.items()), "|", plan.goal.statement)
    print(f"plans {plans}: " + _totals(counts))
    return 0


def _totals(counts: Counter[str]) -> str:
    return ", ".join(f"{k} {counts[k]}" for k in [*CHECKS, "any"])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
