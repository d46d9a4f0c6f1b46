"""Deadlines people name by a day of the year ("by tax day", "memorial day", "by the new
year", "before lent", "the 30th") or by what is left ("22 months left"): the date they mean."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import easter
from dateutil.relativedelta import MO, SU, TH, relativedelta, weekday


def _nth_weekday(month: int, weekday: weekday, n: int) -> Callable[[int], dt.date]:
    """The n-th (or, for n < 0, the last) given weekday of a month, for a year."""
    last = 31 if n < 0 else 1
    return lambda year: dt.date(year, month, 1) + relativedelta(day=last, weekday=weekday(n))


# feasts that follow a lunar calendar: their first day in the years a plan can reach
_LUNAR = {
    "ramadan": {
        2026: dt.date(2026, 2, 18),
        2027: dt.date(2027, 2, 8),
        2028: dt.date(2028, 1, 28),
        2029: dt.date(2029, 1, 16),
        2030: dt.date(2030, 1, 6),
    },
    "eid": {
        2026: dt.date(2026, 3, 20),
        2027: dt.date(2027, 3, 10),
        2028: dt.date(2028, 2, 27),
        2029: dt.date(2029, 2, 15),
        2030: dt.date(2030, 2, 5),
    },
    "diwali": {
        2026: dt.date(2026, 11, 8),
        2027: dt.date(2027, 10, 29),
        2028: dt.date(2028, 10, 17),
        2029: dt.date(2029, 11, 5),
        2030: dt.date(2030, 10, 26),
    },
    "hanukkah": {
        2026: dt.date(2026, 12, 4),
        2027: dt.date(2027, 12, 24),
        2028: dt.date(2028, 12, 12),
        2029: dt.date(2029, 12, 1),
        2030: dt.date(2030, 12, 20),
    },
    "passover": {
        2026: dt.date(2026, 4, 1),
        2027: dt.date(2027, 4, 21),
        2028: dt.date(2028, 4, 10),
        2029: dt.date(2029, 3, 30),
        2030: dt.date(2030, 4, 17),
    },
}

_DAYS: list[tuple[re.Pattern[str], Callable[[int], dt.date]]] = [
    (re.compile(r"\bnew year'?s? eve\b"), lambda y: dt.date(y, 12, 31)),
    (re.compile(r"\b(?:the )?new ?year'?s?(?: day)?\b(?! resolution)"), lambda y: dt.date(y, 1, 1)),
    (
        re.compile(r"\btax (?:day|deadline|season)\b|\bthe taxes are due\b"),
        lambda y: dt.date(y, 4, 15),
    ),
    (re.compile(r"\bmemorial day\b"), _nth_weekday(5, MO, -1)),
    (re.compile(r"\blabou?r day\b"), _nth_weekday(9, MO, 1)),
    (re.compile(r"\bmother'?s'? day\b"), _nth_weekday(5, SU, 2)),
    (re.compile(r"\bfather'?s'? day\b"), _nth_weekday(6, SU, 3)),
    (
        re.compile(r"\b(?:independence day|(?:the )?(?:4th|fourth) of july)\b"),
        lambda y: dt.date(y, 7, 4),
    ),
    (re.compile(r"\bvalentine'?s?(?: day)?\b"), lambda y: dt.date(y, 2, 14)),
    (re.compile(r"\beaster\b"), easter),
    (re.compile(r"\b(?:lent|ash wednesday)\b"), lambda y: easter(y) - dt.timedelta(days=46)),
    (re.compile(r"\bthe holidays\b"), lambda y: dt.date(y, 12, 20)),
    (re.compile(r"\badvent\b"), lambda y: dt.date(y, 12, 24)),  # "during advent": to its end
    (re.compile(r"\bthanksgiving\b"), _nth_weekday(11, TH, 4)),
    (re.compile(r"\bhalloween\b"), lambda y: dt.date(y, 10, 31)),
    (re.compile(r"\bramadan\b"), lambda y: _LUNAR["ramadan"].get(y, dt.date(y, 12, 31))),
    (re.compile(r"\beid\b"), lambda y: _LUNAR["eid"].get(y, dt.date(y, 12, 31))),
    (re.compile(r"\bdiwali\b"), lambda y: _LUNAR["diwali"].get(y, dt.date(y, 12, 31))),
    (
        re.compile(r"\b(?:hanukk?ah|chanukah)\b"),
        lambda y: _LUNAR["hanukkah"].get(y, dt.date(y, 12, 31)),
    ),
    (re.compile(r"\bpassover\b"), lambda y: _LUNAR["passover"].get(y, dt.date(y, 12, 31))),
    (re.compile(r"\bbefore (?:it gets cold|the cold|winter)\b"), lambda y: dt.date(y, 12, 21)),
]
_LEFT_RE = re.compile(
    r"\b(\d+|a|an|one)\s(day|week|month|year)s?\s(?:left|remaining|to go)\b"
    r"|\bi (?:still )?have (\d+|a|an|one)\s(day|week|month|year)s?\b(?!\s(?:ago|old))"
)
_NTH_ALONE_RE = re.compile(r"\b(?:on |by |before )?the (\d{1,2})(?:st|nd|rd|th)\b")
_MONTHS_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s(?:be|have|not))"
)


def named_day(said: str, today: dt.date) -> dt.date | None:
    """The next date a holiday, a span still left, or a bare day of the month names."""
    s = said.lower()
    left = _LEFT_RE.search(s)  # "within the 30 month window, 22 months left": what is left
    if left:
        count, unit = (left.group(1), left.group(2)) if left.group(1) else left.group(3, 4)
        n = int(count) if count.isdigit() else 1
        return today + relativedelta(**{f"{unit}s": n})
    for pattern, on in _DAYS:
        if pattern.search(s):
            day = on(today.year)
            return day if day > today else on(today.year + 1)
    nth = _NTH_ALONE_RE.search(s)
    if nth and not _MONTHS_RE.search(s) and 1 <= int(nth.group(1)) <= 31:
        nth_day = int(nth.group(1))
        for ahead in range(0, 3):  # "before my inspection on the 30th": the next 30th
            month = today + relativedelta(months=ahead)
            try:
                date = month.replace(day=nth_day)
            except ValueError:
                continue
            if date > today:
                return date
    return None
