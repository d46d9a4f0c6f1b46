"""The measure a goal states, whole: its number, unit, the rate or condition it holds on, and
its shape ("at least 6 hrs of proper sleep on my days off", "30% of every invoice", "the 11 km
coastal path", "from 120 families a week to 180"), so the plan's outcome is theirs, never the
nearest field's default. Built on the number roles of ``roles`` (a start or an age is no
measure) and the words of ``data/measure_shapes.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Literal

from assistant.language import find_quantities
from assistant.understanding.roles import read_roles
from assistant.understanding.statement_words import floor_word

Shape = Literal["rate", "share", "once", "range", "level"]


@dataclass(frozen=True)
class StatedMeasure:
    """The goal's own measure and the shape the plan must keep it in."""

    value: float
    unit: str  # "hours", "%", "km", "times", "families", a currency code, "" when none
    shape: Shape
    words: str  # the measure as said, from its verb to the end of its clause
    period: str | None = None  # "week": a rate kept up each period
    upper: float | None = None  # the other end of a range ("2.5-3 L", "120 to 180")
    floor: bool = False  # "at least", "or more": a floor, never a point
    condition: str = ""  # "days off", "weeknights": the days it holds on
    flow: str = ""  # "invoice": what a share is taken of
    start: float | None = None  # "25-30 units a week ... get to 14": where they are, said before


@cache
def _words() -> dict[str, re.Pattern[str]]:
    text = (resources.files("assistant") / "data" / "measure_shapes.toml").read_text("utf-8")
    rows = tomllib.loads(text)

    def alt(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(rows[key], key=len, reverse=True))

    return {
        "label": re.compile(rf"^(?:\s?-\s?|\s)(?:[a-z]+\s)?(?:{alt('label_nouns')})\b"),
        "once": re.compile(rf"^(?:\s?-\s?|\s)(?:[a-z]+\s){{0,2}}(?:{alt('once_nouns')})\b"),
        "condition": re.compile(
            rf"\b(?:on|during|for)\s(?:my|our|the|your|his|her|their)?\s?({alt('condition_words')})\b"
        ),
        "flow": re.compile(
            rf"^\s?(?:of|from)\s(?:every|each|all|any|my|our|the|your)\s(?:[a-z]+\s)?"
            rf"({alt('flow_nouns')})\b"
        ),
    }


_UNIT_RE = re.compile(
    r"^\s?-?\s?(%|k\b|hours?\b|hrs?\b|h\b|minutes?\b|mins?\b|km\b|kms\b|miles?\b|mi\b|kg\b|"
    r"kilos?\b|lbs?\b|pounds\b|stone\b|st\b|litres?\b|liters?\b|l\b|ml\b|glasses\b|cups\b|"
    r"pages\b|steps\b|units\b|times?\b|x\b|[a-z]{3,}s\b)"
)
_UNITS = {"hrs": "hours", "hr": "hours", "h": "hours", "hour": "hours", "mins": "minutes"}
_UNITS |= {"min": "minutes", "minute": "minutes", "kms": "km", "mi": "miles", "mile": "miles"}
_UNITS |= {
    "time": "times",
    "l": "litres",
    "litre": "litres",
    "liters": "litres",
    "liter": "litres",
    "x": "times",
}
_UNITS |= {"lb": "lbs", "pounds": "lbs", "kilos": "kg", "kilo": "kg", "st": "stone"}
_PERIOD_RE = re.compile(
    r"^\s?(?:[a-z]+\s){0,4}?(?:a|per|each|every|/|an)\s?(day|night|week|month|year|morning|"
    r"evening|weekday|weeknight|fortnight|shift|paycheck|payday|mo|wk|yr)\b|"
    r"^\s?(?:[a-z]+\s){0,4}?(daily|nightly|weekly|monthly|yearly|fortnightly)\b"
)
_PERIODS = {"mo": "month", "wk": "week", "yr": "year", "daily": "day", "nightly": "night"}
_PERIODS |= {"weekly": "week", "monthly": "month", "yearly": "year", "fortnightly": "fortnight"}
_WANT_RE = re.compile(
    r"\b(?:want(?:ed)?(?: to)?|wants to|wanna|(?:says|said|told me)(?: to)?|'?d like to|would like to|need to|trying to|try to|goal is to|"
    r"aim(?:ing)? to|hoping to|hope to|plan to|going to|gonna|work up to|get to|start|actually)\s"
)
_CLAUSE_END_RE = re.compile(
    r",(?!\d)|[;!?()]|\.(?!\d)|\s(?:but|instead of|because|since|so|and stop|and then|"
    r"like last|the time|which|while|without)\s"
)
# a clause whose number is a pace they can give, a thing they refuse or a try gone by
_NOT_MEASURE_RE = re.compile(
    r"\b(?:don'?t|do not|never|doesn'?t) (?:want|need)\b|\b(?:i|we) can (?:do|put|afford|save|"
    r"spare|manage|give)\b|\b(?:tried|lasted|taught|failed)\b|\bi go through\b"
)
_CLAUSE_START_RE = re.compile(r"[,;.!?]\s|\bbut\s|\band (?=i\b|we\b)")
_SHARE_WORDS = {"half": 50.0, "a third": 33.0, "a quarter": 25.0, "a tenth": 10.0}
_SHARE_RE = re.compile(r"\b(half|a third|a quarter|a tenth)\s(?:of\s)?")
_RANGE_AFTER_RE = re.compile(r"^\s?(?:-|–|to)\s?(\d+(?:\.\d+)?)(?!\s?(?:am|pm|:))")
_FROM_RE = re.compile(r"\bfrom\s(?:[a-z]+\s){0,2}$")
# an amount said with its unit and period ("25-30 units a week"), and a bare number aimed at
# after it ("get to the recommended 14", "down to 10")
_SAID_UNIT_RE = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s?([a-z]{3,}s|hrs|hours|mins|minutes)(?:\sof\s(?:the\s)?[a-z]+)?"
    r"\s(?:a|per|each|every)\s(day|night|week|month)\b"
)
_BARE_TO_RE = re.compile(
    r"\b(?:get(?: it)? to|down to|cut to|under|below|at most|no more than|max(?:imum)? of)\s"
    r"(?:the\s)?(?:recommended\s|about\s|around\s)?$"
)
# "3 months of fixed costs", "6 months expenses", "3 months' worth of": the size of a sum
_SUM_OF_RE = re.compile(
    r"^'?\s(?:worth\s)?(?:of\s|(?:living\s|monthly\s)?(?:expenses|costs|bills|salary|pay|rent)\b)"
)
_REPORTED_RE = re.compile(r"(?:says|said|told)\b")
_DATE_AFTER_RE = re.compile(
    r"(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
_SPAN_RE = re.compile(r"\s?-?\s?(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|fortnights?)\b")
# "30 days straight", "90 days sober", "6 weeks in a row": a run, which is a measure
_RUN_RE = re.compile(
    r"\s?(?:days?|weeks?|months?)\s(?:in a row|straight|running|sober|clean|streak|"
    r"without|free|[a-z]+-free|smoke|alcohol|off)\b"
)
_UNTIL_RE = re.compile(r"\b(?:until|till|til|so that)\b[^,.;]{0,25}$")
_TOTAL_AFTER_RE = re.compile(r"^[^,;.()]{0,12}?\b(?:so|which is|that'?s|i\.?e\.?|=|total)\s?~?")
_FROM_TO_BEFORE_RE = re.compile(
    r"\bfrom\s(?:[a-z]+\s){0,2}(\d[\d,]*(?:\.\d+)?)\s?([a-z]+)?"
    r"(?:\s(?:a|per|each|every)\s(day|night|week|month|year))?\s(?:to|up to)\s(?:about\s)?$"
)
_CHANGE_TO_RE = re.compile(r"^[^,;.]{0,40}?\bto\s(?:about\s|around\s)?(\d[\d,]*(?:\.\d+)?)\b")


def read_measure(core: str) -> StatedMeasure | None:
    """The measure the goal states (``core`` normalised, lower case), or None when it states
    none: then a field's default measure is an assumption, to be said so."""
    share = _share(core)
    if share is not None:
        return share
    ranked = _ranked(core)
    return max(ranked, key=lambda x: x[0])[1] if ranked else None


def said_measures(core: str) -> list[StatedMeasure]:
    """The amounts the goal says as its outcome, most plainly (in a clause that wants them,
    else in its first clause)."""
    ranked = _ranked(core)
    top = max((rank for rank, _ in ranked), default=0)
    return [m for rank, m in ranked if rank == top]


def all_measures(core: str) -> list[StatedMeasure]:
    """Every amount the goal says as an outcome, however plainly ("so that we have 30k")."""
    return [m for _, m in _ranked(core)]


@cache
def _ranked(core: str) -> list[tuple[int, StatedMeasure]]:
    found = find_quantities(core)
    out: list[tuple[int, StatedMeasure]] = []
    for role in read_roles(core):
        aimed = _UNTIL_RE.search(core[max(0, role.span[0] - 30) : role.span[0]])
        if role.role != "target" and not aimed:  # "until we've got £3,000": the total aimed at
            continue
        start, end = role.span
        unit, unit_end = _unit_at(core, found, start, end)
        money = next(
            (q for q in found if q.kind == "money" and q.span[0] <= start < q.span[1]), None
        )
        value = money.value if money else role.value
        if unit == "k":  # "30k": thirty thousand of the money the goal is in
            value, unit = value * 1000, ""
        after = core[unit_end:]
        if _words()["label"].match(after) and unit:
            continue  # "12hr night shifts": the shift's length, never the target
        if re.search(r"\d\s?(?:-|–|to)\s?$", core[:start]) and not _FROM_RE.search(
            core[max(0, start - 40) : start].rsplit("to", 1)[0]
        ):
            continue  # the upper end of "2.5-3 l", read with its lower end
        if unit in {"months", "weeks", "years"} and re.match(_SUM_OF_RE, after):
            continue  # "3 months of fixed costs": the size of a sum said after it
        year = not unit and 1900 <= role.value <= 2100 and role.value.is_integer()
        if role.value == 1 and not unit or year or _DATE_AFTER_RE.match(core[end:]):
            continue  # "combine them into 1", "on 20 october": no amount of the outcome
        if re.search(r"\b(?:within|in under|inside(?: of)?|in less than)\s$", core[:start]):
            continue  # "answer emails within 24 hours": a limit on each, never the outcome
        if _SPAN_RE.match(core[end:]) and not _RUN_RE.match(core[end:]):
            continue  # "in 6 months", "his 1 year anniversary": a date's span, never the measure
        if re.match(r"\s?(?:am|pm|a\.m|p\.m|o'?clock)\b|:\d\d", core[end:]):
            continue  # "scrolling till 1am": a time of day, never an amount
        measure = _shape(core, value, unit, start, unit_end)
        earlier = _SAID_UNIT_RE.findall(core[:start]) if not unit else []
        if earlier and _BARE_TO_RE.search(core[max(0, start - 30) : start]):
            # "25-30 units a week ... get to the recommended 14": 14 units a week
            said_start, said_unit, said_period = earlier[-1]
            unit = _UNITS.get(said_unit, said_unit)
            measure = replace(
                measure,
                unit=unit,
                shape="rate",
                period=_period(said_period),
                start=float(said_start.replace(",", "")),
            )
        total = _TOTAL_AFTER_RE.match(after) if measure.shape == "rate" and money else None
        sums = [q for q in found if q.kind == "money" and total and q.span[0] >= unit_end]
        if sums and sums[0].span[0] <= unit_end + total.end() + 3:  # type: ignore[union-attr]
            # "€9k per month so ~€27k": the sum the rate explains is the measure
            measure = StatedMeasure(sums[0].value, sums[0].unit, "level", words=measure.words)
        came_from = _FROM_TO_BEFORE_RE.search(core[max(0, start - 60) : start])
        if came_from:  # "from feeding 120 families a week to 180": both ends, the rate kept
            said_unit = came_from.group(2) or unit
            measure = StatedMeasure(
                float(came_from.group(1).replace(",", "")),
                said_unit,
                "range",
                words=measure.words,
                period=_period(came_from.group(3)),
                upper=value,
                condition=measure.condition,
            )
        clause = _clause(core, start)
        if _NOT_MEASURE_RE.search(clause):
            continue  # "don't want a quote of £600", "I can do 8-10k a month": no outcome
        headline = not _CLAUSE_START_RE.search(core, 0, start)  # the goal's first clause
        want = _WANT_RE.search(clause)
        reported = bool(want and _REPORTED_RE.match(want.group(0)))  # "the doctor said"
        rank = (3 if want and not reported else 2 if want or headline else 0) + (1 if unit else 0)
        if rank >= 2:
            out.append((rank, measure))
    return out


def _unit_at(core: str, found: tuple, start: int, end: int) -> tuple[str, int]:
    """The unit said with the number at ``start``..``end`` and where it ends."""
    for q in found:
        if q.span[0] <= start < q.span[1] or start <= q.span[0] < end + 2:
            if q.kind == "money":  # "r2,400": the whole sum, in its currency
                return q.unit, max(end, q.span[1])
            break
    m = _UNIT_RE.match(core[end:])
    if not m and _RANGE_AFTER_RE.match(core[end:]):  # "2.5-3 l": the unit after the range
        upper_end = end + _RANGE_AFTER_RE.match(core[end:]).end()  # type: ignore[union-attr]
        unit, at = _unit_at(core, found, upper_end, upper_end)
        return unit, at
    if not m:
        return "", end
    word = m.group(1)
    return _UNITS.get(word, word), end + m.end()


def _clause(core: str, at: int) -> str:
    cuts = [m.end() for m in _CLAUSE_START_RE.finditer(core, 0, at)]
    return core[cuts[-1] if cuts else 0 : at]


def _phrase(core: str, start: int) -> str:
    """The measure's words: from the verb after the last want-word before it (else the clause's
    start) to the end of its clause."""
    clause_at = _clause(core, start)
    from_at = start - len(clause_at)
    wants = list(_WANT_RE.finditer(core, from_at, start))
    if wants:  # "get to $1,000", "work up to walking ...": their verb kept
        cue = wants[-1]
        from_at = cue.start() if re.match(r"(?:get|work up) to", cue.group(0)) else cue.end()
    end = _CLAUSE_END_RE.search(core, start)
    words = core[from_at : end.start() if end else len(core)].strip()
    words = re.sub(r"\b(?:by|before|until|in|within)\s(?:the end of\s)?[a-z0-9 ]{0,20}$", "", words)
    return words.strip()


def _shape(core: str, value: float, unit: str, start: int, unit_end: int) -> StatedMeasure:
    after = core[unit_end:]
    rest = _CLAUSE_END_RE.split(after, maxsplit=1)[0]
    period = _PERIOD_RE.match(after)
    said_period = next((g for g in period.groups() if g), None) if period else None
    condition = _words()["condition"].search(rest)
    floor = bool(floor_word(core[max(0, start - 30) : unit_end], value)) or bool(
        re.search(r"\b(?:at least|minimum|min\.?|no less than)\s(?:\S+\s)?$", core[:start])
    )
    level = StatedMeasure(
        value,
        unit,
        "level",
        words=_phrase(core, start),
        floor=floor,
        condition=condition.group(1) if condition else "",
    )
    upper = _RANGE_AFTER_RE.match(core[start + len(f"{value:g}") :]) or _RANGE_AFTER_RE.match(
        core[unit_end:]
    )
    change = _CHANGE_TO_RE.match(core[unit_end:]) if _FROM_RE.search(core[:start]) else None
    ends = upper or change
    if ends:  # "2.5-3 l", "from 120 families a week to 180": both ends kept
        other = float(ends.group(1).replace(",", ""))
        return replace(level, shape="range", upper=other, period=_period(said_period))
    if said_period:
        return replace(level, shape="rate", period=_period(said_period))
    before = core[max(0, start - 8) : start]
    if re.search(r"\b(?:the|a|an|one)\s(?:[$€£]\s?)?$", before) and (
        _words()["once"].match(after) or unit in {"km", "miles", "k"}
    ):
        return replace(level, shape="once")  # "the 11 km coastal path"
    return level


def _period(said: str | None) -> str | None:
    return _PERIODS.get(said or "", said) if said else None


def _share(core: str) -> StatedMeasure | None:
    """A share of a flow: "30% of every invoice", "half my tips", "10% of each paycheck"."""
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s?(?:%|percent)", core):
        flow = _words()["flow"].match(core[m.end() :])
        if flow:
            return StatedMeasure(
                float(m.group(1)),
                "%",
                "share",
                words=_phrase(core, m.start()),
                flow=flow.group(1),
            )
    for m in _SHARE_RE.finditer(core):
        flow = _words()["flow"].match(" of " + core[m.end() :].removeprefix("of "))
        if flow:
            return StatedMeasure(
                _SHARE_WORDS[m.group(1)],
                "%",
                "share",
                words=_phrase(core, m.start()),
                flow=flow.group(1),
            )
    return None


_PERIOD_WORDS = {
    "day": r"a day|per day|each day|every day|daily|/day",
    "night": r"a night|per night|each night|every night|nightly|on (?:your |the )?\w+ nights?",
    "week": r"a week|per week|each week|every week|weekly|/week|/wk|in a row",
    "month": r"a month|per month|each month|every month|monthly|/month|/mo",
    "year": r"a year|per year|each year|every year|yearly|annually",
}
_KEPT_UP_RE = re.compile(r"\b(?:a|per|each|every) (?:day|week)\b|\bdaily\b|\bweekly\b|kept up")
_FLOOR_SAID_RE = re.compile(r"\b(?:at least|or more|above|over|minimum|no less than)\b|\+")
_NUMBER_RE = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(k\b)?")


def numbers_in(text: str) -> set[float]:
    """The amounts written in ``text`` ("2,400", "22k", "6.5")."""
    out = set()
    for m in _NUMBER_RE.finditer(text):
        value = float(m.group(1).replace(",", "").rstrip(".") or 0)
        out.add(value * 1000 if m.group(2) else value)
    return out


def _has(values: set[float], value: float) -> bool:
    return any(abs(v - value) <= 0.011 * max(1.0, value) for v in values)


def dropped(measure: StatedMeasure, line: str, values: set[float] | None = None) -> list[str]:
    """The parts of the goal's measure an outcome line (lower case) leaves out: its number, its
    rate, its share of a flow, both ends of a range, its floor, its condition; or one event
    made a rate. ``values`` adds numbers the line holds elsewhere (the metric's target)."""
    values = numbers_in(line) | (values or set())
    out = []
    if not _has(values, measure.value):
        out.append("number_lost")
    period = _PERIOD_WORDS.get(measure.period or "")
    if measure.shape == "rate" and period and not re.search(period, line):
        out.append("rate_lost")
    if measure.shape == "share" and not ("%" in line and measure.flow[:5] in line):
        out.append("share_lost")
    if measure.shape == "once" and _KEPT_UP_RE.search(line):
        out.append("once_as_rate")
    if measure.shape == "range" and measure.upper is not None and not _has(values, measure.upper):
        out.append("range_halved")
    if measure.floor and not _FLOOR_SAID_RE.search(line):
        out.append("floor_lost")
    if measure.condition and measure.condition.split()[0][:4] not in line:
        out.append("condition_lost")
    return out
