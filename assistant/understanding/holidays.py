"""Deadlines people name by a day of the year ("by tax day", "memorial day", "by the new
year", "before lent", "the 30th") or by what is left ("22 months left"): the date they mean."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from assistant.language.feasts import feast_day

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
    feast = feast_day(s, today)
    if feast is not None:
        return feast
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
