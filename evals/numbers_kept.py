"""Every number the person wrote, and where it went in the plan
(`python -m evals.numbers_kept [rounds...]`).

Each amount of the goal text and the four answers (money in any currency, "2 lakh", "50k",
"1.8 million", kg/lb/stone, km/miles, percentages, counted things of the goal) gets one fate:
``kept`` (the same value and unit in the goal, metric, milestones, assumptions or tasks),
``echoed`` (only inside an assumption that repeats the person's words), ``currency`` (the value
is there in another currency), ``scale`` (there a thousand or a million times off) or ``lost``.
Then the metric is checked against the person's numbers: ``metric_currency`` (measured in a
currency the person never wrote), ``part_dropped`` (two debts of one total, the target one of
them), ``balance_as_rate`` (a balance planned as a monthly amount), ``start_replaced`` (the
metric's start is not the start the person gave in that unit)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from assistant.language import find_quantities, normalize

if TYPE_CHECKING:
    from assistant.models import Plan

FATES = ("kept", "echoed", "currency", "scale", "lost")
METRIC_FAULTS = ("metric_currency", "part_dropped", "balance_as_rate", "start_replaced")
_KG = {"kg": 1.0, "lb": 0.45359237, "stone": 6.35029318}
_KM = {"km": 1.0, "miles": 1.609344}
# "15st 6", "14 stone", "12st 4lb": stones and pounds, one weight
_STONE_RE = re.compile(r"\b(\d{1,2})\s?(?:st|stones?)\b(?:\s?(\d{1,2})\b(?:\s?(?:lbs?|pounds))?)?")
# a "$" is a dollar of the person's country: US, Australian, Canadian ... are one currency here
_DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "SGD", "HKD"})
# "£150 a month", "$600-800 a month": an amount given for each month or week
_RATE_AFTER_RE = re.compile(
    r"^(?:\s?(?:-|to)\s?\d[\d,.]*)?\s?(?:k\b)?\s?(?:a|per|/|each|every)\s?(?:month|mo|week|wk)\b|^\s?monthly"
)
_RATE_BEFORE_RE = re.compile(r"(?:monthly|invest(?:ing)?|put(?:ting)? (?:aside|away|in)|save)\s$")
_DEBT_RE = re.compile(
    r"\b(?:debt|credit card|card|overdraft|loan|owe|balance|pay (?:off|down|back))"
)
# assumptions that repeat the person's words keep a number only as an echo
_ECHO_RE = re.compile(r"in your words|^success is what you said|^you said", re.I)


@dataclass(frozen=True)
class Said:
    """One amount the person wrote: value in a common unit, where it was said, the words."""

    value: float
    unit: str  # a currency code, "kg", "km", "%", or the counted noun
    kind: str  # money | weight | distance | percent | count
    source: str  # goal | deadline | capacity | baseline | constraint
    words: str
    rate: bool = False  # said per month or week ("₦150k a month")


def canonical(value: float, unit: str, kind: str) -> tuple[float, str, str]:
    if unit in _DOLLARS:
        return value, "USD", "money"
    if unit in _KG:
        return value * _KG[unit], "kg", "weight"
    if unit in _KM:
        return value * _KM[unit], "km", "distance"
    return value, unit, kind


def amounts(text: str, source: str = "goal") -> list[Said]:
    """The amounts of one text, each in a common unit (stones and pounds as kg, miles as km)."""
    s = normalize(text)
    out: list[Said] = []
    stone_spans = []
    for m in _STONE_RE.finditer(s):
        lb = int(m.group(1)) * 14 + int(m.group(2) or 0)
        out.append(Said(lb * _KG["lb"], "kg", "weight", source, m.group(0)))
        stone_spans.append(m.span())
    for q in find_quantities(text):
        if any(a <= q.span[0] < b for a, b in stone_spans):
            continue
        value, unit, kind = canonical(q.value, q.unit, q.kind)
        if kind == "amount":
            if not unit or source != "goal":
                continue  # a bare number or a count in an answer: often no amount of the goal
            kind = "count"
        words = s[q.span[0] : q.span[1]]
        rate = bool(_RATE_AFTER_RE.match(s[q.span[1] :]) or _RATE_BEFORE_RE.search(s[: q.span[0]]))
        out.append(Said(value, unit, kind, source, words, rate))
    return out


def said_amounts(goal: str, answers: dict[str, str]) -> list[Said]:
    """Every amount of the goal text and the answers (the deadline answer's dates left out)."""
    found = amounts(goal, "goal")
    for key, text in answers.items():
        found += [a for a in amounts(text, key) if key != "deadline" or a.kind == "money"]
    return found


def plan_places(plan: Plan) -> tuple[list[tuple[float, str, str]], list[tuple[float, str, str]]]:
    """(value, unit, kind) the plan itself says, and those only echoed from the person."""
    own: list[tuple[float, str, str]] = []
    echo: list[tuple[float, str, str]] = []
    metrics = [plan.goal.metric, *(m.metric for m in plan.milestones), *plan.leading_indicators]
    for metric in metrics:
        kind = "money" if metric.unit.isupper() and len(metric.unit) == 3 else "amount"
        for value in (metric.target, metric.baseline):
            if value is not None:
                own.append(canonical(value, metric.unit, kind))
    texts = [plan.goal.statement, *(m.title for m in plan.milestones)]
    texts += [t.title for m in plan.milestones for t in m.tasks]
    texts += [t.done_when for m in plan.milestones for t in m.tasks]
    for text in texts:
        own += [a[:3] for a in _text_amounts(text)]
    for assumption in plan.assumptions:
        target = echo if _ECHO_RE.search(assumption.text) else own
        target += [a[:3] for a in _text_amounts(assumption.text)]
    return own, echo


def _text_amounts(text: str) -> list[tuple[float, str, str]]:
    return [(a.value, a.unit, a.kind) for a in amounts(text, "goal")]


def close(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.02 * abs(a), 0.6)


def fate(said: Said, own: list[tuple[float, str, str]], echo: list[tuple[float, str, str]]) -> str:
    """Where one amount went: kept, echoed, currency, scale or lost."""

    def same(places: list[tuple[float, str, str]]) -> bool:
        return any(
            close(v, said.value) and (u == said.unit or said.kind == "count") for v, u, _ in places
        )

    if same(own):
        return "kept"
    if said.kind == "money" and any(close(v, said.value) and k == "money" for v, _, k in own):
        return "currency"
    scales = (1e3, 1e-3, 1e5, 1e-5, 1e6, 1e-6)
    if any(
        v > 0 and abs(v - said.value * f) <= 0.02 * v and u == said.unit
        for v, u, _ in own
        for f in scales
    ):
        return "scale"
    if same(echo):
        return "echoed"
    return "lost"


def metric_faults(goal: str, answers: dict[str, str], plan: Plan) -> list[str]:
    """The metric's faults against the person's numbers (see the module docstring)."""
    said = said_amounts(goal, answers)
    metric = plan.goal.metric
    faults = []
    money = [a for a in said if a.kind == "money"]
    currencies = {a.unit for a in money}
    in_money = len(metric.unit) == 3 and metric.unit.isupper()
    if currencies and in_money and canonical(1, metric.unit, "")[1] not in currencies:
        faults.append("metric_currency")
    goal_debts = [a for a in amounts(goal) if a.kind == "money" and not a.rate]
    if (
        _DEBT_RE.search(normalize(goal))
        and len({a.value for a in goal_debts}) >= 2
        and len({a.unit for a in goal_debts}) == 1
        and canonical(1, metric.unit, "")[1] == goal_debts[0].unit
    ):
        total = sum({a.value for a in goal_debts})
        if not close(metric.target, total) and any(
            close(metric.target, a.value) for a in goal_debts
        ):
            faults.append("part_dropped")
    rates = {a.value for a in money if a.rate}
    balances = {a.value for a in money if not a.rate} - rates
    for assumption in plan.assumptions:
        if assumption.key == "money":  # "$23,000 a month goes to this goal": a balance
            for pace in amounts(assumption.text):
                if (
                    pace.kind == "money"
                    and pace.rate
                    and any(close(pace.value, b) for b in balances)
                    and not any(close(pace.value, r) for r in rates)
                ):
                    faults.append(f"balance_as_rate: '{assumption.text[:70]}'")
    start = [
        a
        for a in said
        if a.source == "baseline" and canonical(1, metric.unit, "")[1] == a.unit and not a.rate
    ]
    if metric.baseline is not None and start:
        base = canonical(metric.baseline, metric.unit, "")[0]
        if not any(close(base, a.value) for a in start):
            faults.append("start_replaced")
    return faults


def _summed_parts(goal: str, answers: dict[str, str], plan: Plan) -> set[tuple[float, str]]:
    """The debts of the goal and the start answer the metric's target adds up: kept, summed."""
    metric = plan.goal.metric
    said = [
        a
        for a in said_amounts(goal, {"baseline": answers.get("baseline", "")})
        if a.kind == "money" and not a.rate and a.unit == canonical(1, metric.unit, "")[1]
    ]
    values = sorted({a.value for a in said})
    for size in range(len(values), 1, -1):
        for parts in combinations(values, size):
            if abs(sum(parts) - metric.target) <= 0.005 * metric.target:
                return {(v, said[0].unit) for v in parts}
    return set()


def audit(goal: str, answers: dict[str, str], plan: Plan) -> tuple[Counter, list[str]]:
    """Fates and metric faults of one plan, and a line for each number not kept."""
    own, echo = plan_places(plan)
    summed = _summed_parts(goal, answers, plan)
    counts: Counter = Counter()
    lines = []
    for said in said_amounts(goal, answers):
        where = "kept" if (said.value, said.unit) in summed else fate(said, own, echo)
        counts[where] += 1
        counts[f"{said.kind}:{where}"] += 1
        if where != "kept":
            lines.append(f"{where}: {said.source} '{said.words}'")
    for fault in metric_faults(goal, answers, plan):
        name, _, said = fault.partition(": ")
        counts[name] += 1
        metric = f"metric {plan.goal.metric.target:,.0f} {plan.goal.metric.unit}"
        lines.append(f"{name}: {said or metric}")
    return counts, lines


def main(argv: list[str]) -> int:
    from evals.heldout import dev_plans

    total: Counter = Counter()
    for folder, goal, answers, plan in dev_plans(argv):
        counts, lines = audit(goal["goal"], answers, plan)
        total += counts
        mark = "b" if answers else "a"
        for line in lines:
            print(f"{folder.name[-7:]} {goal['id']}-{mark} {line}")
    print(" ".join(f"{k}={total[k]}" for k in (*FATES, *METRIC_FAULTS)))
    kinds = sorted({k for k in total if ":" in k})
    print(" ".join(f"{k}={total[k]}" for k in kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
