"""The work a count needs against the time its sessions give: 1,189 chapters, 90,000 words or
10,000 steps a day take minutes, and the sessions before each milestone must hold them.

The sessions grow within the hours the person has (never past a length they stated); what
still does not fit is said in the plan with the arithmetic: what a day would need, or the date
the planned rhythm reaches.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from assistant.engines.offline.title_sizes import QUICK_MINUTES, quick_routine
from assistant.models import Assumption, Milestone, Plan, Task

# minutes one unit takes a typical adult at an easy pace
_MINUTES = {"chapter": 15.0, "page": 2.0, "book": 360.0, "word": 0.1}
_SCRIPTURE_RE = re.compile(r"\b(?:bible|scripture|quran|koran|torah|testament|gospels?)\b", re.I)
_SCRIPTURE_CHAPTER = 4.0  # a chapter of scripture read aloud takes about four minutes
_COUNT_RE = re.compile(
    r"(?<![$\d.,])\b(\d[\d,]*)\s(?:[a-z]+\s)?(chapters|pages|books|words)\b", re.I
)
_STEPS_RE = re.compile(r"\b(\d[\d,]*)\ssteps a day\b", re.I)
_STEPS_PER_MINUTE = 100  # a brisk walk
_LONGEST = 180
_HEADROOM = 0.95


def _per_week(task: Task) -> float:
    return task.recurrence.sessions_per_week() * task.estimate_minutes if task.recurrence else 0.0


def _live(milestone: Milestone) -> list[Task]:
    return [t for t in milestone.tasks if t.recurrence and t.status == "todo"]


def _session(milestone: Milestone, verb: str) -> Task | None:
    """The session that produces the count: the first live one whose title has the verb."""
    return next(
        (t for t in _live(milestone) if not t.attacks_constraint and verb in t.title.lower()),
        None,
    )


def _each(task: Task, noun: str) -> float | None:
    """What one session makes when its title says so ("Write 500 new words"), else None."""
    stem = noun.lower().rstrip("s")
    m = re.search(rf"\b(\d[\d,]*) (?:new )?{stem}s?\b", task.title, re.I)
    return float(m.group(1).replace(",", "")) if m else None


def _weeks(start: dt.date, end: dt.date) -> float:
    return max((end - start).days / 7, 1 / 7)


def _unit_minutes(noun: str, plan: Plan) -> float:
    stem = noun.lower().rstrip("s")
    if stem == "chapter" and _SCRIPTURE_RE.search(plan.goal.statement):
        return _SCRIPTURE_CHAPTER
    return _MINUTES[stem]


def _verb(noun: str) -> str:
    return "writ" if noun.lower() == "words" else "read"


def reach_volume(plan: Plan, usable: float, fixed_minutes: bool, adjust: bool = True) -> Plan:
    """Grow the sessions that produce a counted amount until the time before each milestone
    holds its work (within ``usable`` minutes a week; a stated length stays); with ``adjust``
    off, say in the plan what still does not fit and what would."""
    _totals(plan, usable, fixed_minutes, adjust)
    _steps(plan, usable, fixed_minutes, adjust)
    return plan


def _grow(milestone: Milestone, task: Task, factor: float, usable: float) -> None:
    """The session longer by ``factor``, within the week's room and the longest session."""
    assert task.recurrence is not None
    others = sum(_per_week(t) for t in _live(milestone) if t is not task)
    room = usable * _HEADROOM - others
    most = min(_LONGEST, room / task.recurrence.sessions_per_week())
    if quick_routine(task.title):  # a log or a deck of cards never grows into an hour
        most = min(most, QUICK_MINUTES)
    want = math.ceil(task.estimate_minutes * factor / 5) * 5
    minutes = int(min(want, most) // 5 * 5)
    if minutes > task.estimate_minutes:
        task.resize(minutes)


def _totals(plan: Plan, usable: float, fixed: bool, adjust: bool) -> None:
    """Cumulative counts ("594 chapters ticked off") against what the sessions before them
    make: minutes at the unit's pace, or the amount a session's title names."""
    previous, made = plan.start_date, 0.0
    metric = plan.goal.metric
    for milestone in plan.milestones:
        m = next(iter(_COUNT_RE.finditer(milestone.title)), None)
        task = _session(milestone, _verb(m.group(2))) if m else None
        weeks = _weeks(previous, milestone.deadline)
        previous = max(previous, milestone.deadline)
        if m is None or task is None or task.recurrence is None:
            continue
        noun = m.group(2)
        count = float(m.group(1).replace(",", ""))
        if metric.baseline and metric.unit.lower().startswith(noun.lower()):
            count -= metric.baseline  # "30,000 words drafted" from the 20,000 already there
        each = _each(task, noun)
        if adjust and made + _made(task, noun, plan) * weeks < count and not fixed:
            if each and task.recurrence.per == "week":
                others = sum(_per_week(t) for t in _live(milestone) if t is not task)
                fits = int((usable * _HEADROOM - others) // max(task.estimate_minutes, 1))
                want = math.ceil((count - made) / each / weeks)
                task.recurrence.times = max(task.recurrence.times, min(7, want, fits))
            elif not each:
                factor = (count - made) / max(_made(task, noun, plan) * weeks, 1e-6)
                _grow(milestone, task, factor, usable)
        made += _made(task, noun, plan) * weeks
        if not adjust and milestone is plan.milestones[-1] and made < count * 0.9:
            _say_total(plan, task, count, noun, made)


def _made(task: Task, noun: str, plan: Plan) -> float:
    """How much of the count a week of the session makes."""
    assert task.recurrence is not None
    each = _each(task, noun) or task.estimate_minutes / _unit_minutes(noun, plan)
    return each * task.recurrence.sessions_per_week()


def _say_total(plan: Plan, task: Task, count: float, noun: str, made: float) -> None:
    """The gap in the plan's words: the work, what the sessions make by the date, and the
    two ways to close it (longer or more sessions, or the date the rhythm reaches)."""
    assert task.recurrence is not None
    week = _made(task, noun, plan)
    later = plan.start_date + dt.timedelta(days=math.ceil(count / max(week, 1e-6) * 7))
    times = task.recurrence.sessions_per_week()
    total_weeks = _weeks(plan.start_date, plan.goal.deadline)
    per = "a day" if times >= 7 else f"a session, {times:g} times a week"
    by = f"{plan.goal.deadline.day} {plan.goal.deadline:%B}"
    each = _each(task, noun)
    if each:
        work = f"{count:,.0f} {noun} at {each:,.0f} a session"
        gap = f"about {math.ceil(count / each / total_weeks)} sessions a week"
        rhythm = f"{times:g} a week"
    else:
        need = count * _unit_minutes(noun, plan)
        work = f"{count:,.0f} {noun} (about {need / 60:,.0f} hours)"
        gap = f"about {math.ceil(need / total_weeks / times / 5) * 5} minutes {per}"
        rhythm = f"{task.estimate_minutes} minutes {per}"
    plan.assumptions.append(
        Assumption(
            text=(
                f"{work}: the sessions planned make about {made:,.0f} by {by}. Either "
                f"{gap}, or a date around {later.day} {later:%B %Y} at {rhythm}"
            ),
            source="stated",  # arithmetic on what they said, not a guess
            key="capacity",
        )
    )


def _steps(plan: Plan, usable: float, fixed: bool, adjust: bool) -> None:
    """A daily step count ("7,000 steps a day") against the minutes of walking a day the
    sessions give, from the person's starting point (100 steps a minute of brisk walking)."""
    start = plan.goal.metric.baseline if plan.goal.metric.unit.startswith("step") else None
    base = start or 0.0
    for milestone in plan.milestones:
        m = _STEPS_RE.search(milestone.title)
        walks = [t for t in _live(milestone) if "walk" in t.title.lower()]
        if m is None or not walks or not base:
            continue
        need = (float(m.group(1).replace(",", "")) - base) / _STEPS_PER_MINUTE * 7
        have = sum(_per_week(t) for t in walks)
        main = max(walks, key=_per_week)
        if adjust and have < need and not fixed and main.recurrence:
            # a daily average needs walks most days before it needs longer ones
            others = sum(_per_week(t) for t in _live(milestone) if t is not main)
            fits = int((usable * _HEADROOM - others) // max(main.estimate_minutes, 1))
            if main.recurrence.per == "week" and main.recurrence.times < min(7, fits):
                main.recurrence.times = min(7, fits)
            have = sum(_per_week(t) for t in walks)
        if adjust and have < need and not fixed:
            _grow(milestone, main, 1 + (need - have) / max(_per_week(main), 1), usable)
            have = sum(_per_week(t) for t in walks)
        if not adjust and milestone is plan.milestones[-1] and have < need * 0.9:
            target = m.group(1)
            plan.assumptions.append(
                Assumption(
                    text=(
                        f"{target} steps a day from about {base:,.0f} is about "
                        f"{need / 7:.0f} minutes of brisk walking a day; the walks planned "
                        f"give about {have / 7:.0f}: the rest comes from walking in the day "
                        "(stairs, parking further, a walk on calls), or more time a day"
                    ),
                    source="stated",
                    key="capacity",
                )
            )
