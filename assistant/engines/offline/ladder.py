"""The milestone ladder: quarter-point values from baseline to target, and their deadlines."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from dataclasses import replace

from assistant.language.held import holds
from assistant.models import Metric
from assistant.playbooks import MONEY_UNITS, Playbook, Rung, fmt_value
from assistant.understanding.goal import Understanding
from assistant.understanding.measure_words import their_measure
from assistant.understanding.numbers import reading_at
from assistant.understanding.progress import done_steps, level_now, level_passes, rung_done

_DISTANCES = frozenset(["km", "miles", "mile", "mi"])
_CHANGE_RE = re.compile(r"\b(?:in a row|lost|saved|cut|reduction|less|fewer|off|free|without)\b")


def milestone_deadlines(today: dt.date, deadline: dt.date, n: int) -> list[dt.date]:
    span = (deadline - today).days
    days = [max(1, round(span * (i + 1) / n)) for i in range(n)]
    out = [today + dt.timedelta(days=min(d, span)) for d in days]
    out[-1] = deadline
    for i in range(n - 1):  # end on a Sunday: weekly sessions of two milestones never share a week
        sunday = out[i] + dt.timedelta(days=(6 - out[i].weekday()))
        earliest = out[i - 1] if i else today
        if earliest + dt.timedelta(days=7) <= sunday < deadline - dt.timedelta(days=6):
            out[i] = sunday
    return out


def past_done(rungs: tuple[Rung, ...], u: Understanding) -> tuple[Rung, ...]:
    """The rungs after the last one the person says is done ("top finished", "cert done"):
    the rungs below a done one are done too, and the plan's next step follows from it."""
    parts = done_steps(u.core, u.baseline_said)
    level = level_now(u.core, u.baseline_said)  # "A2 certificate": its beginner rungs are past
    # "my NTS expires Aug 31": the rung keeps its other result ("practice exams at 74%")
    rungs = tuple(
        replace(r, title=r.held_title) if r.held_title and holds(r.gets, u.done) else r
        for r in rungs
    )
    done = [
        i
        for i, r in enumerate(rungs[:-1])
        if ("{v}" not in r.title and (rung_done(r.title, parts) or level_passes(r.title, level)))
        or (holds(r.gets, u.done) and not r.held_title)
    ]
    return rungs[done[-1] + 1 :] if done else rungs


def ladder(u: Understanding, rungs: tuple[Rung, ...]) -> list[float]:
    """Milestone values on the quarter-points from baseline to target, rounded as people count,
    snapped to the playbook's natural stops (10 km, 16 km) where a coach would use them."""
    base = u.baseline or 0.0
    if u.rate_period and u.baseline is None and u.playbook.money and not u.playbook.rate_builds:
        # "$300 a month" saved is set up at full rate; the run grows instead
        return [u.target if r.value is None else r.value for r in rungs]
    guessed = unsaid_start(u)
    base = guessed if guessed is not None else base
    top = u.reachable if u.reachable is not None else u.target  # a date too short: what it holds
    values: list[float] = []
    for rung in rungs:
        if rung.value is not None:
            values.append(rung.value)
            continue
        raw = base + rung.fraction * (top - base)
        values.append(top if rung.fraction >= 1 else _round(raw, u))
    inner = [i for i, r in enumerate(rungs) if r.value is None and r.fraction < 1]
    if u.playbook.stops and u.unit == u.playbook.unit and inner:
        raws = [base + rungs[i].fraction * (top - base) for i in inner]
        for i, value in zip(inner, _snap(raws, base, top, u.playbook.stops), strict=True):
            values[i] = _round(value, u)  # no stop fits: still a number people count in
    # a count under 10 stays whole (songs); a distance does not (0.5 km on the way to 1 km)
    distance = u.unit.split()[0].lower() in _DISTANCES if u.unit else False
    whole = not distance and (u.playbook.integer or (u.target == round(u.target) and u.target < 10))
    said = u.baseline is not None and "baseline" in u.stated  # their start, not a default
    return _beyond_start(values, rungs, base, top, whole and top >= 1, said)


def unsaid_start(u: Understanding) -> float | None:
    """Where the ladder starts when the person gave no start: a rhythm builds up from part of
    it, and a cut comes down from about double, never up from zero; None: a count from zero."""
    if u.baseline is not None:
        return None
    if u.rate_period:
        return 2 * u.target if u.reducing else 0.4 * u.target
    # free days, kilos lost, a 30% reduction: the measure of the change itself rises
    rises = u.unit in {"days", "weeks"} or bool(_CHANGE_RE.search(u.metric_name))
    if u.reducing and u.target > 0 and not rises and not u.playbook.measured_as_change:
        return 2 * u.target  # "cut takeaway to KSh 900 a month": down to it, never up to it
    return None


def _snap(raws: list[float], base: float, target: float, stops: tuple[float, ...]) -> list[float]:
    """The run of natural stops closest to the raw quarter-points, spaced apart, in order."""
    low, high = sorted((base, target))
    candidates = sorted(s for s in stops if low < s < high)
    if target < base:
        candidates.reverse()
    gap = 0.08 * (high - low)
    best: tuple[float, ...] | None = None
    best_err = math.inf
    for combo in itertools.combinations(candidates, len(raws)):
        steps = [abs(b - a) for a, b in itertools.pairwise((base, *combo, target))]
        if min(steps) < gap:
            continue
        err = sum(((c - r) / max(abs(r), 1e-9)) ** 2 for c, r in zip(combo, raws, strict=True))
        if err < best_err:
            best, best_err = combo, err
    return list(best) if best and best_err < 0.15 * len(raws) else [round(r, 1) for r in raws]


def _beyond_start(
    values: list[float],
    rungs: tuple[Rung, ...],
    base: float,
    target: float,
    whole: bool = False,
    said: bool = False,
) -> list[float]:
    """Each counted rung lies past the start and the rung before it, toward the target: a
    stated start (3,500 steps) is never rounded back onto or behind itself; a count of whole
    things (songs) stays whole, holding its level when no whole number fits between."""
    way = 1 if target >= base else -1
    out, last = list(values), base
    for i, rung in enumerate(rungs):
        if rung.value is not None:
            continue
        if way * (out[i] - last) <= 0 and way * (target - last) > 0:
            raw = base + rung.fraction * (target - base)
            out[i] = raw if way * (raw - last) > 0 else last + way * (target - last) / 2
            if whole and out[i] != round(out[i]):
                step = last + way
                # the first rung moves off a start they stated (pain 4/10 -> 3, never 4 again)
                moves = way * (target - step) > 0 or (
                    said and last == base and way * (target - step) >= 0
                )
                out[i] = step if moves else max(last, 1.0)
        last = out[i]
    return out


def _round(value: float, u: Understanding) -> float:
    return round_rung(value, u.unit, u.metric_name, u.target, u.playbook)


def round_rung(value: float, unit: str, metric_name: str, target: float, field: Playbook) -> float:
    """A milestone's value as a person counts it: dollars in fifties, steps in hundreds, whole
    counts, a run of at least 2 days."""
    if "in a row" in metric_name and value < 2 <= target:
        return 2.0  # a run is 2 days at least: never "1 day in a row"
    if unit in MONEY_UNITS and value >= 1000:
        return round(value / 50) * 50
    if value >= 2000 and not field.money:  # steps, words: counted in hundreds
        return float(round(value / 100) * 100)
    if value < 3 and unit and unit.split()[0].lower() in _DISTANCES:
        return max(0.1, round(value, 1))  # 0.3 km toward a 1 km swim, never "1 km" early
    if field.integer or value >= 3 or target >= 10:
        return max(1.0, float(round(value)))
    return round(value, 1)


def value_text(u: Understanding, rung: Rung, value: float) -> str:
    """A rung's value in the person's unit; a reading they gave as two numbers stays two."""
    unit = rung.unit if rung.unit else u.unit
    if unit.lower() == "mmhg":  # "under 130/80": both numbers, never the first alone
        pair = reading_at(f"{u.core} {u.baseline_said}", value, u.target, u.baseline)
        if pair:
            return f"{pair} mmHg"
    return fmt_value(value, unit)


def rung_metric(u: Understanding, rung: Rung, value: float) -> Metric:
    if rung.metric:
        name = their_measure(u.core, rung.metric)  # 'asleep on time', as they said it
        return Metric(name=name, target=value, unit=rung.unit or u.unit, kind="progress")
    return Metric(
        name=u.metric_name, target=value, unit=u.unit, baseline=u.baseline, kind="progress"
    )
