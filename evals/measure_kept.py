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

import re
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.language import normalize
from assistant.understanding.stated_measure import StatedMeasure, read_measure

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
_PERIOD_WORDS = {
    "day": r"a day|per day|each day|every day|daily|/day",
    "night": r"a night|per night|each night|every night|nightly|on (?:your |the )?\w+ nights?",
    "week": r"a week|per week|each week|every week|weekly|/week|/wk|in a row",
    "month": r"a month|per month|each month|every month|monthly|/month|/mo",
    "year": r"a year|per year|each year|every year|yearly|annually",
}
_RATE_RE = re.compile(r"\b(?:a|per|each|every) (?:day|week)\b|\bdaily\b|\bweekly\b|kept up")
_FLOOR_RE = re.compile(r"\b(?:at least|or more|above|over|minimum|no less than|\+)")


def _numbers(text: str) -> set[float]:
    out = set()
    for m in re.finditer(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(k\b)?", text):
        value = float(m.group(1).replace(",", "").rstrip(".") or 0)
        out.add(value * 1000 if m.group(2) else value)
    return out


def _has(values: set[float], value: float) -> bool:
    return any(abs(v - value) <= 0.011 * max(1.0, value) for v in values)


def measure_faults(goal: str, plan: Plan) -> tuple[StatedMeasure | None, list[str]]:
    """The goal's stated measure and the ways the plan's outcome line drops it."""
    measure = read_measure(normalize(goal))
    if measure is None:
        return None, []
    metric = plan.goal.metric
    line = normalize(
        " ".join([plan.goal.statement, f"{metric.name} {metric.unit}" if metric else ""])
    )
    values = _numbers(normalize(plan.goal.statement))
    if metric is not None:
        values |= {metric.target} | ({metric.baseline} if metric.baseline is not None else set())
    faults = []
    if not _has(values, measure.value):
        faults.append("number_lost")
    if measure.shape == "rate" and measure.period in _PERIOD_WORDS:
        if not re.search(_PERIOD_WORDS[measure.period], line):
            faults.append("rate_lost")
    if measure.shape == "share" and not (
        "%" in plan.goal.statement and measure.flow[:5] in line
    ):
        faults.append("share_lost")
    if measure.shape == "once" and _RATE_RE.search(line):
        faults.append("once_as_rate")
    if measure.shape == "range" and measure.upper is not None and not (
        _has(values, measure.value) and _has(values, measure.upper)
    ):
        faults.append("range_halved")
    if measure.floor and not _FLOOR_RE.search(line):
        faults.append("floor_lost")
    if measure.condition and measure.condition.split()[0][:4] not in line:
        faults.append("condition_lost")
    return measure, faults


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
