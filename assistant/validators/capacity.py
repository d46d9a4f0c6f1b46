"""Does the plan use the time the person said they have? '6 hrs a day' planned at 7 h a week is
a plan for someone else; so is '30 hrs a week' planned at 5."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.findings import finding
from assistant.language.text import normalize
from assistant.models import Finding, Plan

_NUMBER = r"(\d+(?:\.\d+)?)"
_TIME = re.compile(
    _NUMBER + r"(?:\s?(?:-|to)\s?\d+(?:\.\d+)?)?\s?(hours?|hrs?|h|minutes?|mins?)\b([^,;.]{0,30})"
)
_DAILY = re.compile(
    r"\b(?:a|per|each|every|most)\s(?:day|night|evening|morning|weekday)s?\b|"
    r"\b(?:daily|nightly|evenings|nights|mornings|weeknights|weekdays)\b"
)
_WEEKLY = re.compile(r"\b(?:a|per|each|every)\s?week\b|\bweekly\b|/\s?w(?:ee)?k\b")
_SESSIONS = re.compile(
    _NUMBER + r"\s?(?:x|times|days|nights|sessions|mornings|evenings)\s?(?:a|per|each)\s?week\b"
)
_AN_HOUR = re.compile(r"\b(?:half an|half a)\s(hour)\b|\b(?:an|a|one)\s(hour)\b")
# a week of daily time counts 5 days: people who say "an hour a day" rarely mean 7 of 7
DAYS_A_WEEK = 5
FAR_BELOW = 1 / 3  # planned under a third of the stated time
MIN_GAP_HOURS = 3.0
MIN_SESSIONS = 3  # "2 days a week" met by one practice a week is a choice, not a plan ignoring it


def stated_hours_per_week(text: str) -> float | None:
    """The weekly hours a capacity answer states ('6 hrs a day' -> 30, '3x a week, 30 min' ->
    1.5, '30 hrs a week' -> 30), the lower end of a range; None when it names no period."""
    s = _AN_HOUR.sub(lambda m: "0.5 hour" if m.group(1) else "1 hour", normalize(text))
    sessions = _SESSIONS.search(s)
    for m in _TIME.finditer(s):
        hours = float(m.group(1)) / (60 if m.group(2).startswith("m") else 1)
        after = m.group(3)
        if _WEEKLY.search(after):
            return hours
        if _DAILY.search(after) or _DAILY.search(s[: m.start()]):
            return hours * DAYS_A_WEEK
        if sessions:
            return hours * float(sessions.group(1))
    return None


def sessions_ignored(plan: Plan) -> list[Finding]:
    """plan.capacity_ignored: the person said how many sessions a week they have ('3x a week,
    30 min'); no practice of the plan runs even half as often."""
    assert plan.request is not None
    said = plan.request.answers.get("capacity", "")
    stated = _SESSIONS.search(normalize(said))
    if not stated or float(stated.group(1)) < MIN_SESSIONS:
        return []
    most = max(
        (t.recurrence.sessions_per_week() for t in plan.tasks() if t.recurrence), default=0.0
    )
    if most * 2 > float(stated.group(1)):
        return []
    return [
        finding(
            "plan.capacity_ignored",
            "capacity_hours_per_week",
            f"The person has '{said.strip()[:60]}'; the plan's most frequent practice runs "
            f"{most:g} times a week.",
            "Schedule the core practice in the sessions the person has, or ask whether fewer "
            "is what they want.",
        )
    ]


# a rhythm slower than weekly: "one evening every 2 weeks", "twice a month", "fortnightly"
_RARER = re.compile(
    r"\b(?:every\s(?:2|two|other)\sweeks?|every\sother\sweek|fortnightly|biweekly)\b|"
    r"\b(?:(once|one|twice|two|2|1|3|three)\s(?:\w+\s)?(?:a|per|each|every)\smonth|monthly)\b"
)
_PER_MONTH = {"once": 1, "one": 1, "1": 1, "twice": 2, "two": 2, "2": 2, "3": 3, "three": 3}
WEEKS_A_MONTH = 4.3
SESSION_MINUTES = 60  # a session of the goal itself, not a 15-minute check or booking


def _rarer_per_week(text: str) -> float | None:
    """Sessions a week of a capacity answer slower than weekly ('every 2 weeks' -> 0.5)."""
    m = _RARER.search(normalize(text))
    if m is None:
        return None
    if m.group(0).startswith(("every", "fortnightly", "biweekly")):
        return 0.5
    return _PER_MONTH.get(m.group(1) or "once", 1) / WEEKS_A_MONTH


def sessions_overrun(plan: Plan) -> list[Finding]:
    """plan.capacity_ignored: the person can give it 'one evening every 2 weeks'; the plan
    holds a session of an hour or more every week."""
    if plan.request is None:
        return []
    said = plan.request.answers.get("capacity", "")
    rate = _rarer_per_week(said)
    if rate is None:
        return []
    for t in plan.tasks():
        if t.recurrence is None or t.estimate_minutes < SESSION_MINUTES:
            continue
        if t.recurrence.sessions_per_week() > rate * 1.5:
            return [
                finding(
                    "plan.capacity_ignored",
                    "capacity_hours_per_week",
                    f"The person has '{said.strip()[:60]}'; '{t.title}' takes "
                    f"{t.estimate_minutes} minutes {t.recurrence.sessions_per_week():g} "
                    "times a week.",
                    "Hold the sessions as often as the person can, and size the steps "
                    "and the deadline to that rhythm.",
                )
            ]
    return []


def capacity_ignored(plan: Plan, settings: Settings, today: dt.date) -> list[Finding]:
    """plan.capacity_ignored: the plan's busiest week holds under a third of the time stated,
    or its practice runs at half the sessions a week stated."""
    if plan.request is None:
        return []
    if overrun := sessions_overrun(plan):
        return overrun
    said = plan.request.answers.get("capacity", "")
    stated = stated_hours_per_week(said)
    if stated is None:
        return sessions_ignored(plan)
    from assistant.validators.plan import weekly_load

    load = weekly_load(plan, settings.capacity_slack, today)
    peak = max(load.values(), default=0.0) / 60
    if peak >= stated * FAR_BELOW or stated - peak < MIN_GAP_HOURS:
        return sessions_ignored(plan)
    return [
        finding(
            "plan.capacity_ignored",
            "capacity_hours_per_week",
            f"The person has '{said.strip()[:60]}' (about {stated:g} h a week); the plan's "
            f"busiest week holds {peak:.1f} h.",
            "Plan for the time the person has: more sessions or longer ones, and an earlier "
            "finish, or ask whether the slower pace is what they want.",
        )
    ]
