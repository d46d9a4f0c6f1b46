"""The one place that decides the plan's outcome measure: the measure the goal states wins
over the field's template whenever the two disagree in shape (one walk made a distance a day,
"$400 a month" made $400 once, "at least twice a week" made one weekly call, "30% of every
invoice" made a savings pot); the template's measure stays only when the goal states none."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.language.amounts import MONEY_UNITS
from assistant.language.quantities import find_quantities
from assistant.playbooks import Playbook
from assistant.understanding.rhythm import period_words
from assistant.understanding.stated_measure import StatedMeasure, all_measures, said_measures

_RATES = {"day", "week", "month"}
_RHYTHM_RE = re.compile(
    r"\b(?:a|per|every|each)\s(?:day|night|week|month|morning|evening|weekend|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\b"
)
# units that measure an amount the person may name in place of the field's own unit
_MEASURING = frozenset(
    {"litres", "ml", "km", "miles", "m", "kg", "lb", "lbs", "stone", "hours", "minutes", "%"}
)


@dataclass(frozen=True)
class Measured:
    """What the plan measures: the target, its unit, the start, the period it is kept up in."""

    target: float
    unit: str
    baseline: float | None
    rate_period: str | None
    metric_name: str
    rhythm_unit: str
    reducing: bool


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.011 * max(1.0, abs(b))


def decide_measure(
    core: str, measure: StatedMeasure | None, playbook: Playbook, now: Measured
) -> tuple[Measured, bool]:
    """The measure the plan keeps, and whether the goal's own measure replaced the template's."""
    if measure is None:
        return now, False
    m = measure
    said = [x.value for x in said_measures(core)] + [
        x.upper for x in said_measures(core) if x.upper
    ]
    target_said = any(_close(now.target, v) for v in said if v is not None)
    if (
        m.shape == "once"
        and (now.rate_period or not target_said)
        and (_close(now.target, m.value) or (not target_said and m.unit == now.unit))
    ):  # "walk the 11 km coastal path": one walk, never 11 km a day kept up; "I jog 2 miles
        # a day, ... a 10 mile race": the race, from the daily 2 miles
        start = now.baseline if _close(now.target, m.value) else now.target
        return (
            replace(
                now,
                target=m.value,
                baseline=start if start is not None and start < m.value else None,
                rate_period=None,
                rhythm_unit="",
                metric_name=f"{m.unit} in one go",
            ),
            True,
        )
    if (
        m.shape == "rate"
        and m.period in _RATES
        and m.unit in MONEY_UNITS
        and playbook.money
        and not playbook.lower_is_better
        and not now.reducing
        and now.rate_period is None
        and (_close(now.target, m.value) or not target_said)
        and now.unit in MONEY_UNITS
        and not any(
            (x.unit in MONEY_UNITS or not x.unit) and x.value > 3 * m.value
            for x in all_measures(core)
        )
        # "we need about $40k and we're at $6k": any larger sum named makes the rate a pace
        and not any(q.kind == "money" and q.value > 3 * m.value for q in find_quantities(core))
    ):  # "put in $400/month": a rate sustained, never $400 once or a sum they hold now (but
        # "£250 a month until we've got £3,000" is a pace to the total)
        return (
            replace(
                now,
                target=m.value,
                baseline=None,
                rate_period=m.period,
                metric_name=f"money {period_words(m.period)}",
            ),
            True,
        )
    if (
        m.shape == "rate"
        and m.period in _RATES
        and m.unit == "times"
        and not target_said
        and len(_RHYTHM_RE.findall(core)) < 2  # "call every sunday, visit once a month": two
        and not (now.rate_period == m.period and _close(now.target, m.value))
    ):  # "call mum at least twice a week", "get it to once a week": a count a period
        return (
            replace(
                now,
                target=m.value,
                unit="times",
                baseline=None,
                rate_period=m.period,
                rhythm_unit="times",
                metric_name=f"times {period_words(m.period)}",
                reducing=now.reducing and not m.floor,
            ),
            True,
        )
    if (
        m.shape in {"level", "range"}
        and now.rate_period
        and not target_said
        and (m.unit in MONEY_UNITS) == (now.unit in MONEY_UNITS)
        and (m.unit == now.unit or m.unit in MONEY_UNITS)
    ):  # "€9k per month so ~€27k": the buffer is the sum, never €9k a month kept up
        start = now.baseline if now.baseline is not None and now.baseline < m.value else None
        return (
            replace(
                now,
                target=m.value,
                baseline=start,
                rate_period=None,
                rhythm_unit="",
                metric_name=playbook.metric_name,
            ),
            True,
        )
    if (
        m.shape in {"level", "range", "rate"}
        and m.unit in _MEASURING
        and now.unit not in MONEY_UNITS
        and now.unit.lower() not in _MEASURING  # "8 glasses" for "2.5-3 L": never kg for lb
        and not target_said
        and (m.period is None or m.period == now.rate_period or now.rate_period is None)
    ):  # "drink 2.5-3 L a day" planned in glasses: their unit and their numbers
        return replace(now, target=m.value, unit=m.unit, baseline=None), True
    if (
        m.shape == "rate"
        and m.period in _RATES
        and m.unit
        and m.unit not in MONEY_UNITS
        and m.unit not in {"times", now.unit}
        and (_close(now.target, m.value) or not target_said)
        and now.unit in {"days", "weeks"}
        and m.start is not None
    ):  # "25-30 units a week ... get to the recommended 14": 14 units a week, never 14 days
        down = m.start > m.value
        return (
            replace(
                now,
                target=m.value,
                unit=m.unit,
                baseline=m.start,
                rate_period=m.period,
                rhythm_unit="",
                metric_name=f"{m.unit} {period_words(m.period)}",
                reducing=down,
            ),
            True,
        )
    if m.shape == "share" and not (now.unit == "%" and _close(now.target, m.value)):
        # "30% of every invoice": a share of each one, never a pot of the field's size
        return (
            replace(
                now,
                target=m.value,
                unit="%",
                baseline=None,
                rate_period=None,
                rhythm_unit="",
                metric_name=f"share of each {m.flow.rstrip('s')} set aside",
                reducing=False,
            ),
            True,
        )
    if m.condition and _close(now.target, m.value) and m.condition not in now.metric_name:
        # "6 hrs of sleep on my days off": the days it holds on, never a weekly average
        name = now.metric_name.split(" (")[0]
        return replace(now, metric_name=f"{name} on {m.condition}"), True
    return now, False
