"""Revisions about weekdays: 'I can't do Tuesdays', 'no sessions at weekends', 'weekdays only'."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.revise_words import practice_verb
from assistant.errors import InputError
from assistant.language.text import listed
from assistant.models import Assumption, Plan
from assistant.plan_edits.core import is_core
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
# "mon wed sat", "mon/wed/fri", "sun-thurs", "Tuesdays and Thursdays"
_DAYS_LIST = _DAY_RE + r"(?:(?:\s?(?:,|/|&|-|and|or)\s?|\s)(?:on\s)?" + _DAY_RE + r")*"
# "Saturdays instead of weekdays", "only on Sundays", "just Tuesdays and Thursdays", "weekends
# only": the named days are the ones that work, every other day is off
_ONLY_DAYS_RE = re.compile(
    r"\b(?:only|just)\s(?:on\s)?(?:the\s)?(?P<a>" + _DAYS_LIST + "|" + _WEEKEND_RE + r")\b"
    r"|\b(?P<b>" + _DAYS_LIST + "|" + _WEEKEND_RE + r")\s(?:only|instead of|rather than)\b"
    r"|^(?:on\s)?(?P<c>" + _DAYS_LIST + "|" + _WEEKEND_RE + r")$"  # "just" is read as a hedge
    # "could the runs be mon wed sat?", "make them mon/wed/fri", "can the routine just be sun-thurs"
    r"|\b(?:be|make (?:them|it)|move (?:them|it) to|switch (?:them |it )?to|do (?:them|it))\s"
    r"(?:just\s|only\s)?(?:on\s)?(?P<d>" + _DAYS_LIST + r")\b"
)
# "tuesdays and thursdays dont work for me": the days said first
_UNTIL_DAY_RE = re.compile(r"\b(?:till|til|until|up to)\s(?:next\s)?" + _DAY_RE)
_OFF_AFTER_RE = re.compile(
    r"\b(?P<days>" + _DAYS_LIST + "|" + _WEEKEND_RE + r")\s(?:do ?n[o']?t|don'?t|never|won'?t)\s"
    r"(?:really\s)?(?:work|suit)"
)


def _sessions_a_week(plan: Plan) -> int:
    """The most weekly sessions of one practice (tasks doing the same verb: easy runs and the
    long run) any milestone holds; flashcards and a podcast may share a day, two swims may not."""
    most = 0
    for milestone in plan.milestones:
        by_verb: dict[str, int] = {}
        for t in milestone.tasks:
            if t.recurrence and t.recurrence.per == "week" and t.status == "todo" and is_core(t):
                by_verb[practice_verb(t)] = by_verb.get(practice_verb(t), 0) + t.recurrence.times
        most = max([most, *by_verb.values()])
    return most


_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _named_days(text: str) -> set[int]:
    found: set[int] = set()
    for m in re.finditer(r"\b" + _DAY_RE + r"\s?-\s?" + _DAY_RE + r"\b", text):  # "sun-thurs"
        first, last = _INDEX[m.group(1)[:3]], _INDEX[m.group(2)[:3]]
        found |= {(first + i) % 7 for i in range((last - first) % 7 + 1)}
    for m in re.finditer(r"\b" + _DAY_RE + r"\b", text):
        found.add(_INDEX[m.group(1)[:3]])
    if re.search(r"\b" + _WEEKEND_RE + r"\b", text):
        found |= {5, 6}
    return found


def days_off_said(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'I can't do Tuesdays', 'not on Fridays or Sundays', 'weekends are out', 'weekdays only':
    those days get no sessions (the calendar spreads the week's sessions over the others)."""
    if _UNTIL_DAY_RE.search(s):
        return None  # "can't do anything till monday" is a break, not a day off each week
    off: set[int] = set()
    only = _ONLY_DAYS_RE.search(s)
    if _ONLY_WEEKDAYS_RE.search(s):
        off = {5, 6}
    elif only:
        days = only.group("a") or only.group("b") or only.group("c") or only.group("d")
        off = set(range(7)) - _named_days(days)
    else:
        m = _OFF_AFTER_RE.search(s) or _OFF_RE.search(s)
        if not m:
            return None
        off = _named_days(m.group(0))
    if not off:
        return None
    if not only:  # "only Saturdays" says every day that works; "not Tuesdays" adds to the rest
        off |= set(days_off(plan))
    if len(off) >= 7:
        raise InputError("that leaves no day of the week for the sessions; which days work?")
    names = [DAY_NAMES[d] for d in sorted(off)]
    said = listed(names, "or")
    on = [DAY_NAMES[d] for d in range(7) if d not in off]
    if len(on) <= 3:
        said_on = listed(on)
        new = plan.next_version(f"sessions on {said_on} only (no sessions on the other days)")
    else:
        new = plan.next_version(f"no sessions on {said}")
    crowded = _sessions_a_week(new)
    if crowded > len(on):  # never three swims crammed into the one free day without saying so
        new.metadata.revision_note = (
            f"{new.metadata.revision_note}; the plan has {crowded} sessions a week for "
            f"{len(on)} day{'s' if len(on) > 1 else ''}, so some share a day: say "
            f"'{'once' if len(on) == 1 else f'{len(on)} sessions'} a week' to fit the days, or name "
            "another day"
        )
    new.assumptions = [a for a in new.assumptions if a.key != DAYS_OFF_KEY]
    new.assumptions.append(
        Assumption(text=f"No sessions on {', '.join(names)}", source="stated", key=DAYS_OFF_KEY)
    )
    return new
