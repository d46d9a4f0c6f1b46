"""Does the plan's outcome line carry the person's own measure
(`python -m evals.measure_kept [rounds...]`, default rounds 22-24)?

The goal's stated measure is read by ``understanding.stated_measure`` (number, unit, rate,
shape, floor, condition). The outcome line is the plan's goal statement with its metric. Each
plan whose goal states a measure gets the faults it has: ``number_lost`` (the number is in
neither), ``rate_lost`` (a rate per period said with no period), ``share_lost`` ("30% of every
invoice" without its share of the flow), ``once_as_rate`` (one walk planned as a distance a day
or week), ``range_halved`` (one end of "120 to 180" dropped), ``floor_lost`` ("at least" gone),
``condition_lost`` ("on my days off" gone). A plan with none keeps the measure."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.language import normalize
from assistant.understanding.stated_measure import StatedMeasure, dropped, numbers_in, read_measure

if TYPE_CHECKING:
    from assistant.models import Plan

FAULTS = (
    "number_lost",
    "rate_lost",
    "share_lost",
    "once_as_rate",
    "range_halved",
    "floor_lost",
    "condition_lost",
)
DEFAULT_ROUNDS = ("2026-11-29-round22", "2026-11-29-round23", "2026-11-29-round24")


def measure_faults(goal: str, plan: Plan) -> tuple[StatedMeasure | None, list[str]]:
    """The goal's stated measure and the ways the plan's outcome line drops it."""
    measure = read_measure(normalize(goal))
    if measure is None:
        return None, []
    metric = plan.goal.metric
    line = normalize(
        " ".join([plan.goal.statement, f"{metric.name} {metric.unit}" if metric else ""])
    )
    values = numbers_in(normalize(plan.goal.statement))  # never the metric name's "12 weeks"
    if metric is not None:
        values |= {metric.target} | ({metric.baseline} if metric.baseline is not None else set())
    return measure, dropped(measure, line, values)


def main(args: list[str]) -> int:
    from evals.heldout import ROUNDS, dev_plans

    rounds = args or [str(ROUNDS / r) for r in DEFAULT_ROUNDS if (ROUNDS / r).is_dir()]
    by_fault: Counter[str] = Counter()
    plans = measured = kept = 0
    for folder, goal, answers, plan in dev_plans(rounds):
        plans += 1
        measure, faults = measure_faults(goal["goal"], plan)
        if measure is None:
            continue
        measured += 1
        if not faults:
            kept += 1
            continue
        by_fault.update(faults)
        mode = "b" if answers else "a"
        print(
            f"{Path(folder).name[-7:]:>8} {goal['id']}-{mode} {','.join(faults)}: "
            f"{measure.words[:50]!r} -> {plan.goal.statement[:80]}"
        )
    print(f"measure kept: {kept} of {measured} plans with a stated measure ({plans} plans)")
    for fault in FAULTS:
        print(f"  {fault}: {by_fault[fault]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
