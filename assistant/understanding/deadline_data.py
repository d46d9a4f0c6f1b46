"""Deadline answers read by data (assistant/data/deadline_words.toml): a named period ("by the
end of summer term"), the goal's own day told from the steps on the way to it ("test is the
first sunday of december, registration closes in september"), and a goal that must be done
some weeks before the event it is for (passports before the flight)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Callable
from importlib import resources

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday
from pydantic import ConfigDict, TypeAdapter
from pydantic.dataclasses import dataclass

from assistant.language import find_horizon, normalize
from assistant.understanding.words import MONTHS

Reader = Callable[[str, dt.date], "dt.date | None"]


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class Period:
    """A named period: its name as a regex, its usual first and last day."""

    words: str
    begins: tuple[int, int]
    ends: tuple[int, int]


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class ReadyBefore:
    """A goal needed in hand before an event: the weeks of margin, and why."""

    goal: str
    event: str
    weeks: int
    why: str
    hard: bool = False  # the event will not wait: never planned past it
    outcome: bool = False  # the event is the goal's later outcome ("picking by summer"): its
    # "by" dates the outcome, so the margin still applies
    from_start: bool = False  # an event dated only by its season or month ("a trip next
    # summer", "the consult in the fall") may fall on its first day: counted from there
    dated_by: str = ""  # the goal's own done-by date ("raise it by may half term"): no margin


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class Allowance:
    """A yearly allowance a goal fills: its name as a regex, the day this year's closes."""

    words: str
    ends: tuple[int, int]
    after: int  # 0: that day in the calendar year itself; 1: in the next


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class DeadlineWords:
    """The shipped table."""

    events: str
    steps: str
    one_off: str
    periods: tuple[Period, ...]
    ready_before: tuple[ReadyBefore, ...]
    allowances: tuple[Allowance, ...]
    held_for: str = "(?!)"  # events a goal is for that will not wait (the wedding, the race)


@functools.cache
def table() -> DeadlineWords:
    """The shipped table, validated (its regexes compiled)."""
    text = (resources.files("assistant") / "data" / "deadline_words.toml").read_text("utf-8")
    words = TypeAdapter(DeadlineWords).validate_python(tomllib.loads(text))
    patterns = (words.events, words.steps, words.one_off, words.held_for)
    for pattern in (*patterns, *(p.words for p in words.periods)):
        re.compile(pattern)
    for allowance in words.allowances:
        re.compile(allowance.words)
        dt.date(2000, *allowance.ends)  # a real day of the year
    for row in words.ready_before:
        re.compile(row.goal), re.compile(row.event)
    return words


# --- named periods ---

_WHEN = r"(?:(?:by|before|ahead of|until|till|for|at|in)\s)?(?:the\s)?"
_PART = r"(?:(end|start|beginning|middle)\sof\s(?:the\s)?)?"


def named_period(s: str, today: dt.date) -> dt.date | None:
    """The day a named period ends ('by the end of summer term': 21 July), or begins ('before
    spring semester starts', 'the start of autumn term'); the next one not yet over, and
    'next' skips one already running. None when no period of the table is named."""
    for period in table().periods:
        m = re.search(
            rf"\b{_WHEN}{_PART}(?:(this|next)\s)?(?:the\s)?(?:{period.words})\b"
            r"(\s(?:starts?|begins?|opens?))?(?:\s((?:19|20)\d\d))?",
            s,
        )
        if m is None:
            continue
        opening = m.group(1) in {"start", "beginning"} or bool(m.group(3))
        opening = opening or m.group(0).startswith(("before", "ahead")) and m.group(1) != "end"
        month, day = period.begins if opening else period.ends
        if m.group(4):
            return dt.date(int(m.group(4)), month, day)
        begins = _next(period.begins, today - relativedelta(years=1))
        ends = _next(period.ends, begins)
        running = begins <= today < ends
        when = _next((month, day), today + dt.timedelta(days=14))
        if m.group(2) == "next" and running and not opening:
            when = when.replace(year=when.year + 1)
        return when
    return None


def _next(month_day: tuple[int, int], after: dt.date) -> dt.date:
    """The first such day on or after ``after``."""
    day = dt.date(after.year, *month_day)
    return day if day >= after else day.replace(year=day.year + 1)


# --- the nth weekday of a month: "the first sunday of december" ---

_WEEKDAYS: dict[str, weekday] = {
    "monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH,
    "friday": FR, "saturday": SA, "sunday": SU,
}  # fmt: skip
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_NTH |= {"4th": 4, "last": -1}
_NTH_WEEKDAY_RE = re.compile(
    r"\b("
    + "|".join(_NTH)
    + r")\s("
    + "|".join(_WEEKDAYS)
    + r")\s(?:of|in)\s(?:the\s)?("
    + "|".join(m[:3] for m in MONTHS)
    + r")[a-z]*\b(?:\s((?:19|20)\d\d))?"
)


def nth_weekday(s: str, today: dt.date) -> dt.date | None:
    """'first sunday of december' (the JLPT), 'last saturday in june': the next such day."""
    m = _NTH_WEEKDAY_RE.search(s)
    if m is None:
        return None
    month = next(i + 1 for i, name in enumerate(MONTHS) if name.startswith(m.group(3)))
    n, wd = _NTH[m.group(1)], _WEEKDAYS[m.group(2)]
    years = [int(m.group(4))] if m.group(4) else [today.year, today.year + 1]
    for year in years:
        if n > 0:
            day = dt.date(year, month, 1) + relativedelta(weekday=wd(n))
        else:
            day = dt.date(year, month, 1) + relativedelta(day=31, weekday=wd(-1))
        if day > today or m.group(4):
            return day
    return None


# --- the goal's day and the steps on the way ---

_CLAUSE_RE = re.compile(r"\s*(?:[,;]|\bbut\b|\band\b|\bwhile\b)\s*")


def goal_and_steps(
    said: str, today: dt.date, read: Reader
) -> tuple[dt.date, list[tuple[str, dt.date]]] | None:
    """The goal's own day and the dated steps on the way, when an answer names both ('test is
    the first sunday of december, registration closes in september': the December exam, the
    September registration a step); or the one event said twice, the sharper day ('june
    sitting, exams are early june': early June). The goal's day comes after its steps, so an
    exam this month with registration next September is next year's. None otherwise."""
    words = table()
    dated = []
    for clause in (c for c in _CLAUSE_RE.split(normalize(said)) if c.strip()):
        day = read(clause, today)
        if day is None or day <= today:
            continue
        step_at, event_at = re.search(words.steps, clause), re.search(words.events, clause)
        # "test booked for 20 april" is the test; "entries for the race close in june" a step
        first = event_at is not None and step_at is not None and event_at.start() < step_at.start()
        step = step_at is not None and not first
        event = bool(event_at) and not step
        dated.append((clause.strip(), day, step, event))
    if len(dated) < 2:
        return None
    steps = [(c, d) for c, d, step, _ in dated if step]
    goals = [(c, d) for c, d, step, _ in dated if not step]
    if steps and goals and any(event for *_, event in dated):  # a step toward a named event
        clause, day = goals[0] if len(goals) == 1 else _event_first(dated)
        last_step = max(d for _, d in steps)
        if day <= last_step:  # the exam after its registration: the one after that step
            later = read(clause, last_step)
            if later is None or later <= last_step:
                return None
            day = later
        return day, [(c, d) for c, d in steps if d < day]
    events = [(c, d) for c, d, _, event in dated if event]
    if events and len({(d.year, d.month) for _, d, _, _ in dated}) == 1:
        return min(d for _, d, _, _ in dated), []  # one month said twice: its sharper day
    return None


def _event_first(dated: list[tuple[str, dt.date, bool, bool]]) -> tuple[str, dt.date]:
    """Of several clauses that are not steps, the first that names an event, else the first."""
    events = [(c, d) for c, d, step, event in dated if event]
    plain = [(c, d) for c, d, step, _ in dated if not step]
    return (events or plain)[0]


def steps_note(steps: list[tuple[str, dt.date]]) -> str:
    """The plan's words on the step dates the answer named."""
    said = "; ".join(f"'{c}' ({d:%d %B %Y})" for c, d in steps)
    return f"{said}: a step on the way, planned before the deadline, not as it"


# --- a goal needed before an event ---


def ready_margin(goal: str, answer: str) -> ReadyBefore | None:
    """The margin a goal needs before the event its answer dates ('passports sorted', the
    flights on 3 August): the table's row, or None when the goal is not one of them."""
    g, a = normalize(goal), normalize(answer)
    for row in table().ready_before:
        if re.search(row.goal, g) and (re.search(row.event, a) or re.search(row.event, g)):
            return row
    return None


# --- an ongoing habit's review point ---

_REVIEW_RE = re.compile(
    r"\b(?:check(?:ing)?[- ]in|review(?: it| things| how it goes)?|reassess|re-?evaluate|"
    r"take stock|see how (?:it'?s|it is|i'?m|we'?re|things are) (?:going|doing)|"
    r"look (?:at it )?again)\s(?:(?:after|in|at|every)\s)(?:about\s)?"
    r"((?:a|an|one|two|three|six|twelve|\d+)\s(?:week|month|year)s?)\b"
)


def review_point(said: str, today: dt.date, read: Reader) -> tuple[dt.date, str] | None:
    """The review point an ongoing answer names ('start this month and keep going, check in
    after a year'): the date to look back at the habit, and the words; None when none."""
    m = _REVIEW_RE.search(normalize(said))
    if m is None:
        return None
    day = read(f"in {m.group(1)}", today)
    return (day, m.group(0)) if day is not None and day > today else None


_DONE_BY_RE = re.compile(r"\b(?:by|before|done|finished|ready|sorted|in hand)\b")


def ready_day(
    goal: str, answer: str, day: dt.date, today: dt.date, event_day: dt.date | None = None
) -> tuple[dt.date, ReadyBefore] | None:
    """The day a goal needed before the event its answer (or its own text) dates is done by,
    and the table's row ('passports sorted', 'flights are 3rd of august': four weeks before);
    None when the answer already says when it must be done ('by june'; 'well before 12 july'
    for a trip the goal puts on 12 July still dates the trip), the goal is none of the
    table's, or no room is left."""
    row = ready_margin(goal, answer)
    a = normalize(answer)
    outcome = (  # "picking by summer" dates the picking; "planting by may" the planting
        row is not None
        and row.outcome
        and re.search(row.event, a) is not None
        and _PLANTING_RE.search(a) is None
    )
    if row is not None and row.outcome and not outcome:
        return None
    if _DONE_BY_RE.search(a) and day != event_day and not outcome:
        return None
    if row is not None and row.dated_by and _dated_by(row.dated_by, normalize(goal)):
        return None  # "raise £2,500 for camp by may half term": the money's own date
    if row is not None and row.from_start:
        day = period_start(goal if not a else answer, day)
    early = day - dt.timedelta(weeks=row.weeks) if row else None
    if row is None or early is None or early < today + dt.timedelta(weeks=2):
        return None
    return early, row


def _dated_by(pattern: str, g: str) -> bool:
    """Whether the goal gives its own done-by date ('raise £2,500 for camp by may half term',
    'put away $1,500 for the trip home by diwali'): the table's words, or a horizon the goal
    states with 'by', 'until' or 'till'."""
    if re.search(pattern, g):
        return True
    horizon = find_horizon(g)
    return horizon is not None and re.match(r"(?:by|until|till)\b", horizon.phrase) is not None


_PLANTING_RE = re.compile(r"\b(?:plant\w*|sow\w*|in the ground|beds? (?:built|ready|dug))\b")
_SEASON_WORD_RE = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b")
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_DAY_SAID_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)\b|\b\d{{1,2}}\s(?:of\s)?{_MON}\b|\b{_MON}\s\d{{1,2}}\b(?!,\d)"
)


def period_start(said: str, day: dt.date) -> dt.date:
    """The first day an event read as ``day`` can fall on when the words date it only by a
    season or a month ("our trip next summer": 1 June, not 31 August; "the consult in the
    fall": 1 September); ``day`` itself when a day is named."""
    s = normalize(said)
    if _DAY_SAID_RE.search(s):
        return day
    if _SEASON_WORD_RE.search(s):
        return max(day.replace(day=1) - relativedelta(months=2), dt.date.min)
    named = re.search(rf"\b{day:%b}".lower(), s)
    if (day + dt.timedelta(days=1)).day == 1 and named:  # a month's last day, the month named
        return day.replace(day=1)
    return day


# --- a year's allowance, a one-off job ---


def allowance_end(core: str, today: dt.date) -> dt.date | None:
    """The day this year's allowance closes when the goal fills one 'this year' ("max out my
    Roth IRA this year": 15 April next year; "my TFSA this year": 31 December), else None."""
    s = normalize(core)
    if not re.search(r"\b(?:this|for the) (?:tax )?year\b|\bthis year'?s\b", s):
        return None
    for allowance in table().allowances:
        if re.search(allowance.words, s):
            return dt.date(today.year + allowance.after, *allowance.ends)
    return None


def one_off(core: str) -> bool:
    """Whether the goal is one act done once ("start investing", "open an ISA"), whose "this
    year" is this year's weeks left, never a year on."""
    return bool(re.search(table().one_off, normalize(core)))
