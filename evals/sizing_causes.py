"""One check per cause of a sizing mark-down in rounds 10-12 that the counters of
``evals.sizing_gaps`` did not see: time read above what was said, doses closer than their
interval, long sessions shorter than their milestone's distance, a beginner at full load from
the first week, and sessions on days the person did not offer.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.engines.offline.dose_gaps import series_of
from assistant.engines.offline.fit_steps import main_session
from assistant.engines.offline.title_rhythm import monthly_rhythm, monthly_tasks
from assistant.engines.offline.title_sizes import distance_minutes, pieces_minutes
from assistant.models import Milestone, Plan, Task
from assistant.understanding.capacity import free_days

_HOURS_SAID_RE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:h|hrs?|hours?)\b", re.I)
_PER_SLOT_RE = re.compile(
    r"\b(?:a|per|each|every|most) (?:day|days|night|nights|morning|mornings|evening|evenings|"
    r"weekday|weeknight|lunch|session|time)\b|\bdaily\b|\bnightly\b|\beach\b|\bapiece\b",
    re.I,
)
_WEEK_SAID_RE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:h|hrs?|hours?) (?:a|per|each) week\b", re.I)
_COUNT_RE = re.compile(r"\b\d+\s?x\b|\btimes\b|\bsessions?\b", re.I)
_SLOTS_RE = re.compile(
    r"\b\d+\s?x\b|\btimes\b|\bsessions?\b|\b(?:evening|night|morning|weekday|weekend|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\b",
    re.I,
)
_DOSE_RE = re.compile(r"\b(?:get|have|receive|take)\b.*\bdose\b", re.I)
_NEW_RE = re.compile(
    r"\b(?:basically nothing|do nothing|don'?t (?:do|exercise|work out)|never (?:done|exercised|"
    r"run|trained)|sedentary|couch|not active|inactive)\b",
    re.I,
)


def _week(tasks: list[Task], title: str) -> float:
    return sum(
        t.recurrence.sessions_per_week() * t.estimate_minutes
        for t in tasks
        if t.recurrence and t.title == title
    )


def time_above_said(plan: Plan, answers: dict[str, str]) -> bool:
    """Hours a week read above what the person named: "4-5 hrs" as 22.5 h, "6 hours a week"
    as 9.75, "6-7 hrs, gym 4x a week" as 28 (no session lasts 7 hours)."""
    said = answers.get("capacity", "")
    hours = [float(h) for h in _HOURS_SAID_RE.findall(said)]
    if not hours or plan.team or re.search(r"\beach\b|\bmore\b|\bothers?\b", said, re.I):
        return False  # a team's hours each, or "more on weekends": more than the number
    have = plan.capacity_hours_per_week
    weekly = _WEEK_SAID_RE.search(said)
    if weekly:
        return have > 1.25 * float(weekly.group(1))
    if _COUNT_RE.search(said):
        return max(hours) >= 4 and have > 1.6 * max(hours)
    if _PER_SLOT_RE.search(said) or _SLOTS_RE.search(said):
        return False
    return have > 1.6 * max(hours)


def doses_too_close(plan: Plan) -> bool:
    """The first and last dose of a series due sooner apart than the field's interval."""
    series = series_of(plan.goal.statement)
    dues = sorted(t.due for t in plan.tasks() if _DOSE_RE.search(t.title) and not t.recurrence)
    return bool(series and len(dues) >= 2 and (dues[-1] - dues[0]).days < series.min_days)


def long_sessions_short(plan: Plan) -> int:
    """Long sessions under three quarters of the distance their milestone asks for."""
    bad = 0
    for milestone in plan.milestones:
        need = distance_minutes(milestone.title)
        for task in milestone.tasks:
            long = re.search(r"\b(?:long|longest|back-to-back|rehearsal)\b", task.title, re.I)
            if need and long and task.estimate_minutes < need * 0.75:
                bad += 1
    return bad


def beginner_at_full_load(plan: Plan, answers: dict[str, str]) -> bool:
    """Someone who does nothing now, given the last milestone's weekly load from week one."""
    if not _NEW_RE.search(answers.get("baseline", "")) or len(plan.milestones) < 2:
        return False
    first, last = plan.milestones[0], plan.milestones[-1]
    core = main_session(_live(first))
    start, end = _week(_live(first), core or ""), _week(_live(last), core or "")
    return bool(core) and start >= end and start > 150


def off_the_days_said(plan: Plan, answers: dict[str, str]) -> bool:
    """Main sessions more often than the days the person offered ("saturdays, 3-4 hours")."""
    said = answers.get("capacity", "")
    days = free_days(said)
    if not days or len(days) > 2 or re.search(r"\b(?:and|plus|\+)\b.*\b(?:evening|night)", said):
        return False
    first = plan.milestones[0] if plan.milestones else None
    core = main_session(_live(first)) if first else None
    per = max(
        (t.recurrence.sessions_per_week() for t in _live(first) if t.title == core and t.recurrence)
        if first
        else (),
        default=0.0,
    )
    return per > len(days)


def main_practice_gone(plan: Plan) -> bool:
    """A milestone whose only rhythm left is side work (an attack's repeat, a review): the fit
    removed the practice itself ("a 10-minute version of the session" and no session)."""
    return any(_live(m) and not main_session(_live(m)) for m in plan.milestones)


def monthly_off(plan: Plan, goal: str) -> int:
    """Sessions of the thing the goal wants N times a month planned at another rhythm (a
    twice-a-month date night weekly, or cut to once) or shrunk under 45 minutes."""
    said = monthly_rhythm(goal)
    if said is None:
        return 0
    month = said[1] * 12 / 52
    return sum(
        abs(t.recurrence.sessions_per_week() - month) > 0.01
        for t in monthly_tasks(plan, goal)
        if t.recurrence and t.status == "todo" and t.estimate_minutes >= 30
    )


def pieces_short(plan: Plan) -> int:
    """Steps naming N pieces of work in less than half of N pieces' time ("Write 10 reply
    macros" in 15 minutes)."""
    return sum(
        task.estimate_minutes < (pieces_minutes(task.title) or 0) / 2
        for task in plan.tasks()
        if not task.recurrence and task.status == "todo"
    )


def _live(milestone: Milestone) -> list[Task]:
    return [t for t in milestone.tasks if t.recurrence and t.status == "todo"]


def count_causes(plan: Plan, answers: dict[str, str], bad: Counter[str], goal: str = "") -> None:
    """Add one to ``bad`` for each cause the plan shows."""
    bad["time read above the hours said"] += time_above_said(plan, answers)
    bad["doses closer than their interval"] += doses_too_close(plan)
    bad["long session shorter than its milestone's distance"] += long_sessions_short(plan)
    bad["beginner at full load from week one"] += beginner_at_full_load(plan, answers)
    bad["sessions on more days than offered"] += off_the_days_said(plan, answers)
    bad["main practice gone, side rhythms left"] += main_practice_gone(plan)
    bad["the goal's monthly rhythm not kept"] += monthly_off(plan, goal)
    bad["N pieces named, under half their time"] += pieces_short(plan)
