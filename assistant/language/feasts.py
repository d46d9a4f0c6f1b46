"""Days of the year people name as deadlines ("by christmas 2027", "before ramadan", "memorial
day", "next thanksgiving"): the date they mean, in the coming year unless they say which."""

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
    (re.compile(r"\b(?:christmas|xmas)(?: day)?\b(?! eve)"), lambda y: dt.date(y, 12, 25)),
    (re.compile(r"\b(?:christmas|xmas) eve\b"), lambda y: dt.date(y, 12, 24)),
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

_YEAR_RE = re.compile(r"\b(20[2-4]\d)\b")
_NEXT_ONE_RE = re.compile(r"\bnot this (?:one|year)\b|\bthe one after\b")
_NEXT_RE = re.compile(r"\bnext\s+(?:year'?s\s+)?$")
_SOON = 60  # days: "next christmas" said in late November means the one after this


def feast_day(said: str, today: dt.date) -> dt.date | None:
    """The date of the first named day in ``said``: the year given ("christmas 2027"), else
    the next one still ahead, or the one after when they say so ("next christmas, not this
    one", or "next" when this year's is weeks away)."""
    s = said.lower()
    for pattern, on in _DAYS:
        m = pattern.search(s)
        if not m:
            continue
        year = _YEAR_RE.search(s[m.end() : m.end() + 12])
        if year:
            return on(int(year.group(1)))
        day = on(today.year)
        day = day if day > today else on(today.year + 1)
        later = _NEXT_ONE_RE.search(s) or (
            _NEXT_RE.search(s[: m.start()]) and (day - today).days <= _SOON
        )
        return on(day.year + 1) if later else day
    return None
