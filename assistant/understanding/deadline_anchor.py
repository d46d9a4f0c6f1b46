"""A time limit counted from a day already gone by, that day said apart from the limit ("60
days from the letter, the letter was dated the 3rd", "the notice came on the 12th and I have
30 days to reply", "within 6 weeks of the diagnosis on 2 nov"): the limit's last day is the
anchor's day plus the span, never the span counted from today nor the anchor's day read as
a date ahead ("the 3rd" said on 27 November is 3 November, not 3 December).

The anchor's day is read by dateutil from the words after the verb that says it happened;
a day of the month without its month is the last such day on or before today, a month and
day without a year the last such date on or before today, a month alone its middle (the
15th, as the other window readers take it)."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14}
_COUNTS |= {"thirty": 30, "sixty": 60, "ninety": 90}
_N = r"(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety)"
_UNIT = r"(day|week|month|fortnight)s?"
# the span of the limit: "60 days from", "within 30 days of", "45 days to respond", "6-week window"
_SPAN_RE = re.compile(
    rf"\b{_N}[\s-]{_UNIT}\s(?:from|after|since|of|to\s(?:appeal|respond|reply|file|claim|"
    rf"dispute|submit|contest|challenge|object|pay|return|register|complete|apply)|"
    rf"(?:appeal\s|time\s)?(?:limit|window|deadline))\b"
    rf"|\bwithin\s(?:the\s)?(?:next\s)?{_N}\s{_UNIT}\b"
    rf"|\b(?:window|limit|deadline)\s(?:is|of)\s(?:only\s)?{_N}\s{_UNIT}\b"
)
# the anchor said as a thing that happened on a day: "dated the 3rd", "came on nov 12"
_HAPPENED_RE = re.compile(
    r"\b(?:dated|date[ds]? (?:is|was)|came|arrived|received|issued|sent|posted|denied|refused|"
    r"rejected|diagnosed|failed|got (?:it|the \w+|them)|(?:was|were) on)\b(?:\s(?:on|in))?\s"
    r"(?:the\s)?([^,;.]{1,24})"
)
_DAY_ONLY_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)\b")
_MONTH_RE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def _anchor_day(words: str, today: dt.date) -> dt.date | None:
    """The day a thing happened, from the words after its verb ('the 3rd', 'nov 12', '2nd of
    march'): the last such day on or before today; None when no day is said."""
    words = words.strip()
    day_only = _DAY_ONLY_RE.match(words)
    month = _MONTH_RE.search(words)
    if day_only is None and month is None:
        return None
    if day_only and not (month and month.start() - day_only.end() <= 4):
        n = int(day_only.group(1))  # "the 3rd": the last 3rd of a month on or before today
        for back in range(0, 3):
            month_start = today.replace(day=1) - relativedelta(months=back)
            try:
                day = month_start.replace(day=n)
            except ValueError:
                continue
            if day <= today:
                return day
        return None
    try:
        read = dateparser.parse(
            words, default=dt.datetime(today.year, today.month, 15), fuzzy=True
        ).date()
    except (ValueError, OverflowError):
        return None
    return read if read <= today else read - relativedelta(years=1)


def counted_end(s: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """(the anchor's day, the limit's last day) of a time limit counted from a day already
    gone by that the words date, else None."""
    span = _SPAN_RE.search(s)
    if span is None:
        return None
    for said in _HAPPENED_RE.finditer(s):
        began = _anchor_day(said.group(1), today)
        if began is None or began > today:
            continue
        at = next(i for i in (1, 3, 5) if span.group(i))
        count, unit = span.group(at, at + 1)
        n = _COUNTS.get(count) or int(count)
        length = {
            "day": relativedelta(days=n),
            "week": relativedelta(weeks=n),
            "fortnight": relativedelta(weeks=2 * n),
            "month": relativedelta(months=n),
        }[unit]
        return began, began + length
    return None
