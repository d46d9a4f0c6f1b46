"""A time limit with part of it already gone ("the letter says I have 180 days and it's been
about 60", "90-day visa, 30 used", "within 6 weeks of the diagnosis 2 weeks ago"): what is
left of it, counted from today."""

from __future__ import annotations

import datetime as dt
import re

LIMIT_MARGIN_DAYS = 14  # a time limit's last day: the thing is sent this long before it
LIMIT_ROOM_DAYS = 42  # ... when at least this much is left; with less, the limit itself

_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_WORDS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
_N = r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_UNIT = r"(day|week|month)s?"
_DAYS = {"day": 1, "week": 7, "month": 30}
# the limit itself: "I have 180 days", "a 90-day visa", "within 6 weeks of", "30 days to appeal"
_LIMIT_RE = re.compile(
    rf"\b(?:(?:have|had|got|gives?\s(?:me|us|you)|get|allowed|within|only)\s(?:only\s)?{_N}\s{_UNIT}"
    rf"|{_N}[- ]{_UNIT}\s(?:visa|limit|window|deadline|notice|grace period|appeal window|"
    rf"time limit|stay|permit)"
    rf"|{_N}\s{_UNIT}\s(?:to\s(?:appeal|respond|reply|file|claim|apply|dispute|submit|return|"
    rf"register|pay|contest|challenge|object|complete|leave|decide|accept)|limit|window))\b"
)
# how much of it is gone: "it's been about 60 already", "30 used", "2 weeks ago", "used 3 weeks"
_USED_RE = re.compile(
    r"\b(?:(?:it'?s|it has|its|has|have|i'?ve|we'?ve)\s)?been\s(?:about\s|around\s|roughly\s|"
    rf"nearly\s|almost\s|over\s|like\s|maybe\s|just over\s)?{_N}(?:\s{_UNIT})?(?:\salready)?\b"
    rf"|\b{_N}(?:\s{_UNIT})?\s(?:already\s)?(?:(?:have|has|are|is)\s(?:already\s)?)?"
    r"(?:used|gone|passed|spent|ago|down)\b"
    rf"|\b(?:used|spent|already used)\s(?:about\s|up\s)?{_N}(?:\s{_UNIT})?\b"
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS.get(word, 1)


def left_of_limit(s: str, today: dt.date) -> tuple[dt.date, str] | None:
    """The last day of a time limit part of which is gone, and the words ('180 days', '60
    gone'); the day may be past (the limit already over). None when no limit with a part
    gone is said."""
    limit = _LIMIT_RE.search(s)
    if limit is None:
        return None
    n, unit = next((limit.group(i), limit.group(i + 1)) for i in (1, 3, 5) if limit.group(i))
    for used in _USED_RE.finditer(s):
        if limit.start() <= used.start() < limit.end():
            continue  # the limit's own number
        groups = [g for g in used.groups()]
        k_at = next(i for i in (0, 2, 4) if groups[i])
        k, k_unit = groups[k_at], groups[k_at + 1] or unit
        if k_unit == unit and _count(k) == _count(n) and not groups[k_at + 1]:
            continue
        gone = _count(k) * _DAYS[k_unit]
        total = _count(n) * _DAYS[unit]
        if gone <= 0 or gone > total * 3:
            continue
        plural = "s" * (_count(n) != 1)
        return today + dt.timedelta(days=total - gone), f"{_count(n)} {unit}{plural}"
    return None


def what_is_left(
    left: tuple[dt.date, str],
    answered: object,
    typed: dict[str, object],
    today: dt.date,
    notes: dict[str, str],
) -> tuple[dt.date, object]:
    """The goal's date and the answer's when a time limit is partly gone: the limit's last day
    is the goal's; an answered date before it is aimed for, the limit kept beside it; one past
    it (the span counted again from today) is the limit; a limit already over is acted on
    within the week (the plan's note says ask whether a late request is still taken)."""
    end, span = left
    if end <= today:
        typed["deadline_closing"] = end
        answered = typed["deadline"] = today + dt.timedelta(days=7)
        return end, answered
    notes["deadline_push"] = (
        f"what is left of your {span}, counted from when it began: to {end:%d %B %Y}"
    )
    if not isinstance(answered, dt.date) and (end - today).days >= LIMIT_ROOM_DAYS:
        answered = typed["deadline"] = end - dt.timedelta(days=LIMIT_MARGIN_DAYS)
        typed["deadline_limit"] = end  # sent with time to spare: posts and offices run late
        typed["deadline_limit_is"] = f"the end of your {span}, counted from when it began"
        typed["deadline_ready"] = "sent with time to spare, as posts and offices run late"
    elif isinstance(answered, dt.date) and answered < end and not typed.get("deadline_limit"):
        typed["deadline_limit"] = end  # "well before the 180 days are up, so in the next month"
    elif isinstance(answered, dt.date) and answered > end:
        answered = typed["deadline"] = end
    return end, answered
