"""Revisions about weekdays: 'I can't do Tuesdays', 'no sessions at weekends', 'weekdays only'."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.errors import InputError
from assistant.models import Assumption, Plan
from assistant.schedule import DAY_NAMES, DAYS_OFF_KEY, days_off

_DAY_RE = r"(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?"
_WEEKEND_RE = r"weekends?"
_OFF_RE = re.compile(
    r"\b(?:can'?t|cannot|can not|won'?t|don'?t|never|not|no|except|but not|apart from|"
    r"without|busy|working|i work)\b(?:\s\w+){0,3}?\s(?:on\s)?(?:(?:the\s)?"
    + _DAY_RE
    + r"|"
    + _WEEKEND_RE
    + r")\b(?:(?:,|\sand|\sor|\s&)\s(?:on\s)?"
    + _DAY_RE
    + r")*"
    r"|\b(?:" + _DAY_RE + r"|" + _WEEKEND_RE + r")(?:(?:,|\sand|\sor|\s&)\s" + _DAY_RE + r")*"
    r"\s(?:are|is)\s"
    r"(?:out|bad|busy|impossible|a no|off|no good|taken)\b"
)
_ONLY_WEEKDAYS_RE = re.compile(
    r"\b(?:weekdays only|only (?:on )?weekdays|only mon(?:day)?-fri(?:day)?)\b"
)
_DAYS_ON_RE = re.compile(
    r"\b(?:can (?:do|do it|manage)|only|works? (?:on|for me))\b.*\b(?:" + _DAY_RE + r")\b"
)


def _named_days(text: str) -> set[int]:
    found: set[int] = set()
    for m in re.finditer(r"\b" + _DAY_RE + r"\b", text):
        found.add(
            {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}[m.group(1)[:3]]
        )
    if re.search(r"\b" + _WEEKEND_RE + r"\b", text):
        found |= {5, 6}
    return found


def days_off_said(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'I can't do Tuesdays', 'not on Fridays or Sundays', 'weekends are out', 'weekdays only':
    those days get no sessions (the calendar spreads the week's sessions over the others)."""
    off: set[int] = set()
    if _ONLY_WEEKDAYS_RE.search(s):
        off = {5, 6}
    else:
        m = _OFF_RE.search(s)
        if not m:
            return None
        off = _named_days(m.group(0))
    if not off:
        return None
    off |= set(days_off(plan))
    if len(off) >= 7:
        raise InputError("that leaves no day of the week for the sessions; which days work?")
    names = [DAY_NAMES[d] for d in sorted(off)]
    said = ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1]
    new = plan.next_version(f"no sessions on {said}")
    new.assumptions = [a for a in new.assumptions if a.key != DAYS_OFF_KEY]
    new.assumptions.append(
        Assumption(text=f"No sessions on {', '.join(names)}", source="stated", key=DAYS_OFF_KEY)
    )
    return new
