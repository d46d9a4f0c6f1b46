"""A time answer that corrects itself keeps the correction: "they say 12 hours a week but
realistically I have 8" is 8 hours a week, never the 12 they were told to expect."""

from __future__ import annotations

import re

_CORRECTION_RE = re.compile(
    r"[\s,;.-]*\b(?:but|though|although)\s+(?:(?:if\s+i'?m\s+)?(?:realistically|really|honestly|"
    r"actually|truthfully|in reality|in practice|more like|probably|it'?s more like))\b"
    r"[\s,]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?")
_UNIT_RE = re.compile(r"\d\s*(?P<unit>hours?|hrs?|h|minutes?|mins?)\b", re.IGNORECASE)
_PERIOD_RE = re.compile(
    r"\b(?:a|per|each|every)\s+(?:day|week|night|morning|evening|session)\b", re.IGNORECASE
)


def corrected_time(value: str) -> str:
    """The part of a capacity answer after "but realistically" when it names a number (a bare
    number takes the unit said before it); otherwise the answer unchanged."""
    m = _CORRECTION_RE.search(value)
    if not m:
        return value
    rest = m.group("rest")
    number = _NUMBER_RE.search(rest)
    if not number:
        return value
    before = value[: m.start()]
    unit = _UNIT_RE.search(rest) or _UNIT_RE.search(before)
    if not unit:
        return value
    period = _PERIOD_RE.search(rest) or _PERIOD_RE.search(before)
    said = f"{number.group(0)} {unit.group('unit')}"
    return f"{said} {period.group(0)}" if period else said


def week_line_note(
    sessions: float, minutes: int | None, hours: float, line: float, said: str
) -> str:
    """The capacity line in the person's own time when the plan's week is budgeted above it
    ("saturday mornings, 2-3 hrs" stays 3 hours of sessions, not "5 hours are free")."""
    n = int(sessions) if float(sessions).is_integer() else sessions
    count = "1 session a week" if n == 1 else f"{n} sessions a week"
    if 0 < sessions < 1:  # "one evening every 2 weeks": said over its own period, never 0.5
        weeks = round(1 / sessions)
        count = "1 session a month" if weeks >= 4 else f"1 session every {weeks} weeks"
        n = 1
    length = f"{minutes / 60:g} h" if minutes and minutes >= 60 and minutes % 30 == 0 else None
    theirs = f"{count} of {length or f'{minutes} min'}" if minutes else count
    total = f"{hours:g}" if minutes and n != 1 else ""
    head = f"{theirs} ({total} hours), as you put it" if total else f"{theirs}, as you put it"
    return (
        f"{head}: '{said.strip()[:120]}'; the plan's weekly line is {line:g} "
        f"hour{'' if line == 1 else 's'} so the set-up "
        "steps and a margin for real life fit beside those sessions"
    )
