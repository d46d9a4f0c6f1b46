"""Time a person says they have, as they say it: "an hour most days", "gym 3 days, maybe 4",
"sat + sun 6 hrs each", "not a lot", "I'm retired": hours a week, and the sessions it means.

The hours feed the capacity; the sessions (how many a week, how long each) feed the plan's
main practice, so a stated "30 min a day" is never planned as 45-minute blocks and "3x a week
at the gym" never as one workout a week.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import alpha2digit

_DAYS_RE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun)s?\b"
)
_EXTRA_RE = re.compile(r"(\d)\s(?:extra|more|spare|free|solid)\s(?=h\b|hours?|hrs?)")
_PER_DAY_RE = re.compile(
    r"(?:(\d+(?:\.\d+)?)(?:\s?(?:-|to)\s?(\d+(?:\.\d+)?))?\s?(h|hours?|hrs?|min|mins|minutes)"
    r"|(an|half an) hour)\b[^,;]{0,20}?\b(?:(?:a|per|each|every)\s(day|night|morning|evening|"
    r"weekday)|(most|all) (?:days|nights|evenings|mornings)|(daily|nightly)|on (?:my )?[\w ]{0,8}breaks?)"
)
_SESSIONS_RE = re.compile(
    r"\b(\d+)(?:\s?(?:-|or|to)\s?(\d+))?\s?(x|times|days|runs|sessions|classes|lessons|workouts|"
    r"nights|evenings|mornings|walks|swims|rides)\b(?!\s(?:ago|old|in a row))"
)
_EACH_RE = re.compile(
    r"(?:(\d+(?:\.\d+)?)\s?(h|hours?|hrs?|min|mins|minutes)|(an|half an) hour)\s?(?:each|apiece|"
    r"a (?:session|time|go|workout))?\b"
)
_LITTLE_RE = re.compile(
    r"\b(?:not (?:a lot|a ton|much)|very little|a little|minimal|barely any|hardly any|limited|"
    r"i barely have time|no time|not many)\b"
)
_PLENTY_RE = re.compile(r"\b(?:i'?m retired|retired|i have (?:the |plenty of |lots of )?time)\b")
_FEW_RE = re.compile(r"\b(?:a )?(couple|few)(?: of)? (?:hours|hrs)\b(?!\s?(?:a|per) (?:day|month))")
_DAILY_SHORT_RE = re.compile(r"\b(?:daily|every day|each day)\b.*\bshort\b|\bshort\b.*\bdaily\b")
_EVERY_DAY_RE = re.compile(r"\b(?:every ?day|daily|each day)\b")


@dataclass(frozen=True)
class TimeSaid:
    """Time as the person said it: hours a week, and sessions if they named them."""

    hours: float | None = None
    sessions: float | None = None  # a week
    minutes: int | None = None  # each session (or the most a day holds)
    per_day: bool = False  # "30 min a day": the most a day holds, not one session's length


def read_time(text: str) -> TimeSaid:
    """What a capacity answer says about sessions and time; empty when it names neither."""
    s = _EXTRA_RE.sub(r"\1 ", alpha2digit(text.lower(), "en"))
    s = s.replace("half an hour", "30 min").replace("an hour", "1 hour")
    days = {d[:3] for d in _DAYS_RE.findall(s)}
    day = _PER_DAY_RE.search(s)
    if day:
        low = float(day.group(1) or 1)
        high = float(day.group(2) or low)
        unit = day.group(3) or "hour"
        per_day = (low + high) / 2 * (60 if unit.startswith("h") else 1)
        workdays = day.group(6) or day.group(5) == "weekday" or "break" in day.group(0)
        sessions = 5.0 if workdays else 7.0  # "most days", "every weekday", "on my breaks"
        return TimeSaid(round(sessions * per_day / 60, 2), sessions, round(per_day), True)
    each = _EACH_RE.search(s)
    minutes: int | None = None
    if each:
        amount = float(each.group(1) or 1)
        minutes = round(amount * (60 if (each.group(2) or "h").startswith("h") else 1))
    counted = _SESSIONS_RE.search(s)
    if counted and not re.search(r"\b(?:month|year)\b", s[counted.end() : counted.end() + 12]):
        sessions = float(counted.group(1))
        hours = sessions * (minutes or 45) / 60
        if re.search(r"\bweekends?\b", s):  # "weekends for hiking + gym 2x"
            hours += 4
        return TimeSaid(round(hours, 2), sessions, minutes)
    if len(days) >= 2 and minutes is not None and re.search(r"\beach\b", s):
        return TimeSaid(round(len(days) * minutes / 60, 2), float(len(days)), minutes)
    if len(days) >= 2 and minutes is None and len(days) <= 6 and not re.search(r"\d", s):
        return TimeSaid(round(len(days) * 0.75, 2), float(len(days)), None)  # "mon wed fri"
    if _DAILY_SHORT_RE.search(s):
        return TimeSaid(1.75, 7.0, 15, True)
    if _LITTLE_RE.search(s) and not re.search(r"\d", s):
        return TimeSaid(1.5)
    few = _FEW_RE.search(s)
    if few and not re.search(r"\d", s):
        return TimeSaid(2.0 if few.group(1) == "couple" else 3.0)
    if _PLENTY_RE.search(s) and not re.search(r"\d|\bfull[- ]?time\b", s):
        return TimeSaid(10.0)
    if _EVERY_DAY_RE.search(s) and not re.search(r"\d", s):
        return TimeSaid(3.5, 7.0, 30, True)  # "could walk every day"
    return TimeSaid()


def named_days(text: str) -> int:
    """How many days of the week a text names ("sunday prep": 1, "sat + sun": 2)."""
    return len({d[:3] for d in _DAYS_RE.findall(text.lower())})
