"""A leading indicator that counts a practice's sessions ("walks per week", "days with meals
logged", "lifting sessions per week") states the rhythm the plan books for that practice: a
coach reading "walks per week: 3" next to a daily walk sees a plan that contradicts itself."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.findings import finding
from assistant.language.text import content_stems, normalize
from assistant.models import Finding, Metric, Plan, Task
from assistant.validators.counting import is_count_unit, per_session, unit_key
from assistant.validators.progress import weekly_supply

# a unit that counts sessions or days of the practice, not what a session makes
_SESSION_UNITS = frozenset(
    unit_key(u)
    for u in [
        "sessions",
        "times",
        "workouts",
        "practices",
        "blocks",
        "rounds",
        "classes",
        "lessons",
        "visits",
    ]
)
_DAY_UNITS = frozenset(unit_key(u) for u in ("days", "evenings", "mornings", "nights"))
# words of an indicator's name that say how it counts, not which practice it counts
_COUNTING = content_stems(
    "per week weekly month monthly day days daily this each every session sessions done held "
    "kept made number count total target with completed finished time times evenings mornings "
    "nights plan a week"
)
_PER_MONTH = re.compile(r"\b(?:per|a|each|every|this)\s+month\b|\bmonthly\b")
_PER_WEEK = re.compile(r"\b(?:per|a|each|every|this)\s+week\b|\bweekly\b|\bweek\b")
_NOT_A_RHYTHM = re.compile(
    r"\b(?:longest|best|max\w*|fastest|average|in a row|streak|left|since|from|before|without|"
    r"free|no |missed|skipped|slips?|cravings?|per day|a day)\b"
)
# a task that arranges the sessions is none of them ("Book the next speaking session")
_ARRANGES = re.compile(
    r"^(?:book|schedule|block|plan|split|set up|pick|choose|line up|arrange|organi[sz]e)\b"
)
_MOST_SESSIONS = 14  # a week: over twice a day, an indicator counts items, not sessions
_LOW, _HIGH = 0.7, 1.0  # an indicator may ask a little less than every booked session, not more


@dataclass(frozen=True)
class Booked:
    """What the plan books for the practice an indicator counts, in the indicator's period."""

    least: float  # the quietest milestone's rhythm
    most: float  # the busiest milestone's rhythm
    tasks: tuple[Task, ...]


def period_weeks(name: str) -> float | None:
    """Weeks an indicator's name counts over ('per month': 4.33, 'this week': 1); None when it
    names no week or month."""
    text = normalize(name)
    if _PER_MONTH.search(text):
        return 52 / 12
    if _PER_WEEK.search(text):
        return 1.0
    return None


def _practice_words(indicator: Metric) -> set[str]:
    return content_stems(f"{indicator.name} {indicator.unit}") - _COUNTING


def _counts_sessions(indicator: Metric, task: Task) -> bool:
    """Each session of the task is one of what the indicator counts: a unit of sessions or
    days, the unit is the task's own act ("walks": "Walk briskly for 30 minutes"), or the task
    makes one of it ("shakes": "Drink the protein shake after training")."""
    key = unit_key(indicator.unit)
    if key in _SESSION_UNITS or key in _DAY_UNITS:
        return True
    weeks = period_weeks(indicator.name) or 1.0
    if indicator.target / weeks > _MOST_SESSIONS:
        return False  # "flashcard reviews per week: 100" counts cards, not sittings
    each = per_session(task.title, indicator.unit)
    first = re.findall(r"[a-z]+", normalize(task.title))[:1]
    return each == 1.0 or (bool(first) and unit_key(first[0]) == key and each is None)


def _shares(words: set[str], title: set[str]) -> bool:
    """A word of the indicator in the title ("practice" and "Practise" agree on 6 letters)."""
    return bool(words & title) or any(
        len(w) >= 6 and len(t) >= 6 and w[:6] == t[:6] for w in words for t in title
    )


def booked_for(plan: Plan, indicator: Metric) -> Booked | None:
    """The practice's booked rhythm (least and most over the milestones that run it), in the
    indicator's own period; None when the indicator counts no practice the plan books."""
    weeks = period_weeks(indicator.name)
    words = _practice_words(indicator)
    if weeks is None or not words or _NOT_A_RHYTHM.search(normalize(indicator.name)):
        return None
    days = unit_key(indicator.unit) in _DAY_UNITS
    rates: list[float] = []
    matched: list[Task] = []
    for m in plan.milestones:
        own = [
            t
            for t in m.tasks
            if t.recurrence is not None
            and t.status == "todo"
            and _shares(words, content_stems(t.title))
            and not _ARRANGES.match(normalize(t.title))
            and not t.title.startswith("Review the week")  # the plan's own review
        ]
        if not own:
            continue
        if not all(_counts_sessions(indicator, t) for t in own):
            return None  # a session that makes several of the unit: indicator.mismatch's case
        each = [t.recurrence.sessions_per_week() for t in own if t.recurrence]
        rates.append((min(7.0, max(each)) if days else sum(each)) * weeks)
        matched.extend(own)
    if not rates:
        return None
    return Booked(min(rates), max(rates), tuple(matched))


def off_booking(indicator: Metric, booked: Booked) -> bool:
    """The indicator asks more than the busiest week books, or well under the quietest."""
    return (
        indicator.target > booked.most * _HIGH + 0.5
        or indicator.target < booked.least * _LOW - 0.01
    )


def booked_target(indicator: Metric, booked: Booked) -> float:
    """The target the booking says: the nearest end of the booked range, in whole sessions."""
    low, high = round(booked.least), round(booked.most)
    return float(max(1, min(max(indicator.target, low), high)))


def supplied_target(plan: Plan, indicator: Metric) -> float | None:
    """The most an indicator of what sessions make ("outreach messages per week: 30" next to
    "Send 4 personalised outreach messages" twice a week) can say, when it asks for more than
    the tasks that feed it make in their busiest week (indicator.mismatch); else None."""
    weeks = period_weeks(indicator.name)
    if weeks is None or not is_count_unit(indicator.unit):
        return None
    supply, feeders = weekly_supply(plan, indicator.unit)
    if not feeders or supply * weeks + 1e-6 >= indicator.target or supply <= 0:
        return None
    return float(max(1, int(supply * weeks)))


def _rate(n: float, name: str) -> str:
    return f"{n:g} a {'month' if _PER_MONTH.search(normalize(name)) else 'week'}"


def indicator_off_rhythm(plan: Plan) -> list[Finding]:
    """indicator.off_rhythm: a session-counting indicator the booked practice contradicts."""
    out: list[Finding] = []
    for i, ind in enumerate(plan.leading_indicators):
        booked = booked_for(plan, ind)
        if booked is None or not off_booking(ind, booked):
            continue
        span = (
            _rate(round(booked.least), ind.name)
            if round(booked.least) == round(booked.most)
            else f"{round(booked.least):g} to {_rate(round(booked.most), ind.name)}"
        )
        out.append(
            finding(
                "indicator.off_rhythm",
                f"leading_indicators[{i}]",
                f"'{ind.name}' asks for {ind.target:g}, but the plan books "
                f"'{booked.tasks[0].title}' {span}.",
                f"Set the indicator to {booked_target(ind, booked):g}, the rhythm the tasks book, "
                "or change the tasks' rhythm.",
            )
        )
    return out
