"""Rhythms in a goal: "5 miles each week", "$1000 a month", "5 days a week", "for an hour".

A goal with a rhythm is kept up week after week; it is never a total to reach once
("walk 5 miles each week" is not "walk 5 miles by February").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import alpha2digit

from assistant.language.quantities import Quantity
from assistant.playbooks import Playbook

_PERIODS = {
    "day": "day",
    "night": "day",
    "morning": "day",
    "evening": "day",
    "week": "week",
    "month": "month",
    "paycheck": "paycheck",
    "payday": "paycheck",
}
_AMOUNT_RATE_RE = re.compile(
    r"[$€£]?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?[^\d.;!?]{0,40}?"
    r"(?:\b(?:a|per|each|every|/)\s?(day|night|morning|evening|week|month|paycheck|payday)\b"
    r"|\b(daily|nightly|weekly|monthly)\b)"
)
_ADVERB = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month"}
_SESSIONS_RE = re.compile(
    r"\b(\d+)\s?(?:-\s?\d+\s?)?(times|x|days|nights|sessions|mornings|evenings|workouts|"
    r"classes|runs|walks|meals|dinners)\s?(?:a|per|each|every|/|in a)\s?(day|week|month)\b"
)
EVERY_DAY_RE = re.compile(r"\b(every day|each day|daily|every morning|every night|every evening)\b")
_WEEKDAY_RE = re.compile(
    r"\b(?:every|each|on)\s(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b"
)
_WEEKDAYS_RE = re.compile(r"\b(?:every|each|on)\s(?:weekday|workday)s?\b")
_MINUTES_RE = re.compile(
    r"\bfor (?:(an|1|a half|half an)\s?hour|(\d+)\s?(?:minutes|mins?|min)\b|(\d+(?:\.\d+)?)\s?(?:hours|hrs?)\b)"
    r"|\b(\d+)[- ]minutes? (?:session|workout|walk|run|block|practice)"
)


_TIMES = {"once": "1 time", "twice": "2 times", "thrice": "3 times"}
_TIMES_RE = re.compile(
    r"\b(once|twice|thrice)\b(?=\s(?:a|per|each|every|/)\s?(?:day|week|month)\b)"
)
REDUCE_RE = re.compile(
    r"\b(cut (?:down|back)|cutting (?:down|back)|reduce|reducing|limit|less than|no more than|"
    r"fewer|down to|at most|max(?:imum)? of|only)\b"
)
_NOW_RE = re.compile(
    r"\b(i get|i have|i do|i eat|i drink|i order|i buy|i smoke|currently|right now|now)\b"
)


def _counted(text: str) -> str:
    """Digits for number words and 'twice a week' as '2 times a week', for the rhythm patterns."""
    return _TIMES_RE.sub(lambda m: _TIMES[m.group(1)], alpha2digit(text, "en"))


def sessions_are_now(text: str) -> bool:
    """'I get it like 4 times a week': the stated rhythm is today's, not the target."""
    text = _counted(text)
    m = _SESSIONS_RE.search(text)
    return bool(m and _NOW_RE.search(text[max(0, m.start() - 30) : m.start()]))


def daily_wanted(text: str, target: object, playbook: Playbook) -> bool:
    """'Do my physio exercises every morning' in a field with a rhythm form and no number
    said: doing it every day is the goal, not the field's outcome measure."""
    return (
        target is None
        and playbook.rate is not None
        and not playbook.rate_reduces
        and not playbook.durations_are_outcome
        and not playbook.money
        and bool(EVERY_DAY_RE.search(text))
        and not sessions_are_now(text)
    )


def daily_over_now(text: str, sessions: float, period: str) -> bool:
    """'Pray Fajr every day, right now its maybe twice a week': the counted rhythm is where
    they are and 'every day' is the target."""
    return (
        period == "week"
        and sessions < 7
        and sessions_are_now(text)
        and bool(EVERY_DAY_RE.search(_counted(text)))
    )


@dataclass(frozen=True)
class Rhythm:
    """What the person said about how often: a rate's period, sessions a week, session length."""

    period: str | None = None  # the target amount is per day / week / month
    sessions_per_week: float | None = None
    session_minutes: int | None = None
    sessions_noun: str = ""  # "days" in "5 days a week": set only for a counted rhythm
    sessions_per_day: float | None = None  # "pray 5 times a day"
    sessions_per_month: float | None = None  # "go to therapy twice a month"


def read_rhythm(text: str, target: Quantity | None, baseline: Quantity | None = None) -> Rhythm:
    """The rhythm in normalised goal text whose target quantity (if any) is ``target``; a
    starting point's period carries over ("I walk 3000 steps a day, want 10000")."""
    text = _counted(text)
    period = None
    for q in (target, baseline) if target is not None else ():
        if q is None:
            continue
        for rate in _AMOUNT_RATE_RE.finditer(text):
            value = float(rate.group(1).replace(",", "")) * (1000 if rate.group(2) else 1)
            if abs(value - q.value) < 1e-6:
                word = rate.group(3) or rate.group(4)
                period = _PERIODS.get(word) or _ADVERB.get(word)
                break
        if period:
            break
    sessions: float | None = None
    per_day: float | None = None
    per_month: float | None = None
    noun = ""
    m = next((r for r in _SESSIONS_RE.finditer(text) if not _said_as_now(text, r.start())), None)
    if m:
        per = {"day": 7.0, "week": 1.0, "month": 12 / 52}[m.group(3)]
        sessions = int(m.group(1)) * per
        per_day = float(m.group(1)) if m.group(3) == "day" else None
        per_month = float(m.group(1)) if m.group(3) == "month" else None
        noun = "times" if m.group(2) == "x" else m.group(2)
    elif _WEEKDAYS_RE.search(text):
        sessions = 5.0
    elif _WEEKDAY_RE.search(text):
        sessions = 1.0
    elif EVERY_DAY_RE.search(text):
        sessions = 7.0
    return Rhythm(period, sessions, _session_minutes(text), noun, per_day, per_month)


_KEPT_NOW_RE = re.compile(
    r"\b(?:at the moment|right now|currently|these days|at present|so far|now i|i only|"
    r"i maybe|i usually|usually)\b[^.;]*$"
)


def _said_as_now(text: str, at: int) -> bool:
    """'pray fajr every day. at the moment i make it 2 times a week': the rhythm they keep
    now, their start, when the rest of the goal names the rhythm they want."""
    before = text[max(0, text.rfind(".", 0, at) + 1) : at]
    rest = text[: at - len(before)]
    return bool(_KEPT_NOW_RE.search(before)) and bool(EVERY_DAY_RE.search(rest))


def _session_minutes(text: str) -> int | None:
    m = _MINUTES_RE.search(text)
    if not m:
        return None
    hour, minutes, hours, lead = m.groups()
    if hour:
        return 30 if "half" in hour else 60
    if minutes or lead:
        return int(minutes or lead)
    return round(float(hours) * 60)


def period_words(period: str) -> str:
    return {"day": "a day", "week": "a week", "month": "a month", "paycheck": "every paycheck"}[
        period
    ]


PER_MONTH = {"day": 30.0, "week": 4.33, "month": 1.0, "paycheck": 2.17}  # paid every 2 weeks


def streak(period: str, final: bool, step: int | None = None) -> tuple[int, str]:
    """How long a rhythm must hold to count: weeks for daily/weekly rates, months for monthly.
    ``step`` (1, 2, ...) grows the run milestone by milestone when the rate itself stays put."""
    if period in {"month", "paycheck"}:
        n = step if step else 3 if final else 1
        return n, f"{n} months in a row" if n > 1 else "1 full month"
    n = 2 * step if step else 4 if final else 2
    return n, f"{n} weeks in a row"


_EVERY_WEEKDAY_RE = re.compile(
    r"\b(?:every|each)\s(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
)


def said_weekday(core: str) -> str | None:
    """The one weekday the goal keeps its rhythm on ("call my mum every Sunday"), capitalised;
    None when it names none or several (then the plan's "a set day" stays theirs to choose)."""
    days = {m.group(1) for m in _EVERY_WEEKDAY_RE.finditer(core)}
    return days.pop().capitalize() if len(days) == 1 else None
