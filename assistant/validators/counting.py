"""Counting what tasks produce: sessions in a window, the amount one session yields, count units."""

from __future__ import annotations

import datetime as dt
import functools
import re

from assistant.language.details import MEASURES
from assistant.language.text import normalize, stem
from assistant.models import Metric, Plan, Task
from assistant.weeks import task_window

# words that mark a metric as a best, a streak or a rate, not a running total
_NOT_A_TOTAL = re.compile(
    r"\b(longest|best|max|maximum|fastest|in a row|streak|straight|per|a week|each week|weekly|"
    r"a day|daily|a month|monthly|average|rate|one set|single|at once|consecutive|balance|left)\b"
)
_TOTAL_WORDS = re.compile(
    r"\b(total|completed|done|sent|submitted|written|read|logged|made|held|finished|published|"
    r"posted|booked|attended|reached out|applied|tried|cooked|visited|"
    # a pile worked through: prints scanned, boxes sorted, blocks pieced, items listed
    r"scanned|digiti[sz]ed|sorted|pieced|packed|listed|filed|labelled|labeled|transcribed)\b"
)
_PREPOSITIONS = {"to", "from", "for", "with", "about", "at", "on", "after", "before"}
_EVERY = {"every", "all", "each", "any", "the", "this", "these", "those"}
_NUMBER_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0}


@functools.lru_cache(maxsize=4096)  # the same few units, thousands of times a plan
def unit_key(word: str) -> str:
    """One spelling per count unit: 'push-ups', 'pushups' and 'Push up' compare equal."""
    return stem(re.sub(r"[^a-z]", "", normalize(word)))


def is_count_unit(unit: str) -> bool:
    """'applications', 'sessions', 'pages': things one task session produces a number of."""
    u = normalize(unit).strip()
    return bool(u) and u not in MEASURES and not any(ch.isdigit() for ch in u) and " " not in u


# people won over are an outcome of many tasks, never the output of one session
_PEOPLE = frozenset(
    unit_key(w)
    for w in [
        "people",
        "persons",
        "friends",
        "customers",
        "clients",
        "users",
        "members",
        "followers",
        "subscribers",
        "students",
        "guests",
        "attendees",
        "buyers",
        "patrons",
        "readers",
        "listeners",
        "viewers",
        "sign-ups",
        "signups",
        "offers",
        "partners",
        "mentors",
        "sponsors",
        "volunteers",
        "donors",
    ]
)


def is_running_total(metric: Metric) -> bool:
    """A metric that adds up what tasks produce (20 applications sent), not a best or a rate."""
    name = normalize(metric.name)
    return (
        is_count_unit(metric.unit)
        and unit_key(metric.unit) not in _PEOPLE
        and not _NOT_A_TOTAL.search(name)
        and bool(_TOTAL_WORDS.search(name) or unit_key(metric.unit) in _keys(name))
    )


def _keys(text: str) -> set[str]:
    return {unit_key(w) for w in re.findall(r"[a-z][a-z-]*", normalize(text))}


# titles that prepare, choose or drop things rather than produce them ("List the next 10 books")
NOT_PRODUCING = re.compile(
    r"^(?:list|plan|set|write down|join|drop|review|pick|choose|shortlist|find|research|compare|"
    r"track|log|count|note|block|book|schedule|decide|read about|learn about|sort)\b"
)


def names_unit(title: str, unit: str) -> bool:
    """Does the title name what ``unit`` counts ('Take this week's donate bags out': bags)?"""
    key = unit_key(unit)
    return any(unit_key(w) == key for w in re.findall(r"[a-z][a-z-]*", normalize(title)))


def per_session(title: str, unit: str) -> float | None:
    """How many of ``unit`` one session of a task yields ('Send 2 applications' -> 2), or None
    when the title does not name the unit."""
    key = unit_key(unit)
    if NOT_PRODUCING.match(normalize(title)):
        return None
    tokens = re.findall(r"\d+(?:\.\d+)?|[a-z][a-z-]*", normalize(title))
    for i, token in enumerate(tokens):
        if unit_key(token) != key:
            continue
        if i == 0 and len(tokens) > 2 and tokens[1][0].isdigit() and tokens[2] not in MEASURES:
            return float(tokens[1])  # the verb is the unit: "Ask 5 people" makes 5 asks
        near = tokens[max(0, i - 3) : i]
        if i > 3 and not any(t[0].isdigit() for t in near):
            continue  # "Stretch for 15 minutes after a run": the run is not this task's product
        if near and near[-1] in _EVERY:
            return None  # "Redo every question": an amount we cannot count
        if any(t in _PREPOSITIONS for t in near):
            return None  # "Say yes to 1 invitation": what the task meets, not what it makes
        for back in (1, 2, 3):  # "2 tailored applications", "a cover letter and application"
            if i - back < 0:
                break
            prev = tokens[i - back]
            if prev[0].isdigit():
                return float(prev)
            if prev in _NUMBER_WORDS:
                return _NUMBER_WORDS[prev]
        return 1.0 if not token.endswith("s") else None
    return None


def sessions_in(task: Task, plan: Plan, first: dt.date, last: dt.date) -> float:
    """Sessions of a task that fall in [first, last]: 0 or 1 for a one-off, by rate if recurring."""
    if task.status == "dropped":
        return 0.0
    if task.recurrence is None:
        return 1.0 if first <= task.due <= last else 0.0
    start, due = task_window(task, plan)
    lo, hi = max(start, first), min(due, last)
    if hi < lo:
        return 0.0
    return task.recurrence.sessions_per_week() * ((hi - lo).days + 1) / 7
