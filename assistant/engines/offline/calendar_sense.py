"""The calendar a plan keeps to (data/seasons.toml), after every fit and size pass:

- a step that only makes sense in some months (watering, sowing, mulching, outdoor painting)
  never lands outside them: it moves to the first part of the plan that has them, starts when
  its season does, or is left out of a plan that ends before its season comes;
- a milestone that needs other people (interviews, quotes, viewings) is not due in the weeks
  they are away (Christmas to New Year): it moves after them, or before them when the next
  milestone leaves no room;
- a choice the job waits for (paint samples, quotes) is due before the job's first session;
- a whole job (a ceiling painted, a garden cleared) is one sitting of its real length on a
  weekend day, never a 20-minute weekly slice.

Running it twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.language.seasons import (
    chosen_first,
    first_in_season,
    quiet_window,
    season_of,
    sitting_minutes,
)
from assistant.models import Milestone, Plan

SATURDAY = 5
_SAID_RE = re.compile(r"\b\d+(?:\.\d+)?[- ](?:minutes?|mins?|hours?|hrs?)\b|\bsitting\b", re.I)


def keep_calendar(plan: Plan, country: str | None = None, day: int = SATURDAY) -> Plan:
    """The plan with its steps in season, its people milestones out of the quiet weeks and its
    whole jobs booked as one sitting on ``day`` (0 Monday .. 6 Sunday: the person's long day)."""
    plan = plan.model_copy(deep=True)
    in_season(plan, country)
    out_of_quiet_weeks(plan)
    whole_sittings(plan, day)
    choices_first(plan)
    return plan


def _windows(plan: Plan) -> list[tuple[Milestone, dt.date]]:
    """Each milestone with the first day of its window."""
    out, begin = [], plan.start_date
    for m in plan.milestones:
        out.append((m, begin))
        begin = max(begin, m.deadline + dt.timedelta(days=1))
    return out


def _forget(plan: Plan, gone: set[str]) -> None:
    for m in plan.milestones:
        for t in m.tasks:
            t.depends_on = [d for d in t.depends_on if d not in gone]


def in_season(plan: Plan, country: str | None) -> None:
    """Each seasonal step inside its months, or out of a plan that ends before they come."""
    windows = _windows(plan)
    end = plan.milestones[-1].deadline if plan.milestones else plan.start_date
    gone: set[str] = set()
    for i, (m, begin) in enumerate(windows):
        for task in list(m.tasks):
            if task.status == "dropped":
                continue
            found = season_of(task.title, country)
            if not found:
                continue
            months = found[1]
            start = task.start or begin
            day = first_in_season(months, start, task.due)
            if day is not None:
                if day > start:
                    task.start = day  # a weekly watering starts when its season does
                continue
            day = first_in_season(months, task.due + dt.timedelta(days=1), end)
            target = next(
                ((tm, tb) for tm, tb in windows[i + 1 :] if tm.deadline >= (day or end)), None
            )
            same = target and any(
                t.title == task.title and t.status != "dropped" for t in target[0].tasks
            )
            if len(m.tasks) < 2:
                continue  # a milestone keeps a step
            m.tasks.remove(task)
            if day is None or target is None or same:
                gone.add(task.id)  # its season is past the plan, or it is already there
                continue
            tm, tb = target
            task.start = max(day, tb)
            task.due = tm.deadline
            tm.tasks.append(task)
    _forget(plan, gone)


def out_of_quiet_weeks(plan: Plan) -> None:
    """A milestone needing other people is due after the quiet weeks (before them when the
    next milestone leaves no room); its steps' dates follow."""
    ms = plan.milestones
    for i, m in enumerate(ms):
        window = quiet_window(m.title, m.deadline)
        if window is None:
            continue
        first, last = window
        after = last + dt.timedelta(days=1)
        before = first - dt.timedelta(days=1)
        nxt = ms[i + 1].deadline if i + 1 < len(ms) else None
        prev = ms[i - 1].deadline if i else plan.start_date
        if nxt is None or after < nxt:
            new = after
        elif before > prev + dt.timedelta(days=6):
            new = before
        else:
            continue
        old = m.deadline
        m.deadline = new
        for t in m.tasks:
            if t.due == old or t.due > new:
                t.due = new
            if t.start and t.start > t.due:
                t.start = t.due
        if nxt is not None and new > old:
            for t in ms[i + 1].tasks:  # the next part starts after this one's new date
                if t.start and t.start <= new and t.start > old:
                    t.start = min(new + dt.timedelta(days=1), t.due)


def _day_by(due: dt.date, earliest: dt.date, weekday: int = SATURDAY) -> dt.date:
    """The last ``weekday`` on or before ``due`` not before ``earliest`` (else ``due``)."""
    day = due - dt.timedelta(days=(due.weekday() - weekday) % 7)
    return day if day >= earliest else due


def whole_sittings(plan: Plan, weekday: int = SATURDAY) -> None:
    """A whole job booked as a short slice (a quarter of its sitting or less) becomes one
    sitting of its real length, on
    the window's last long day (a Saturday unless the person named another)."""
    for m, begin in _windows(plan):
        for task in m.tasks:
            job = sitting_minutes(task.title)
            if task.status == "dropped" or job is None or task.estimate_minutes * 4 > job.minutes:
                continue
            if task.recurrence and task.recurrence.per != "week":
                continue
            task.recurrence = None
            task.resize(job.minutes)
            if not _SAID_RE.search(task.title):
                hours = job.minutes / 60
                said = f"{hours:g}-hour" if hours == int(hours) else f"{job.minutes}-minute"
                task.title = f"{task.title} (one {said} sitting)"
            start = task.start or begin
            task.due = _day_by(task.due, start, weekday)
            task.start = task.due


CHOICE_DAYS = 7  # a choice squeezed ahead of a job that starts at once gets a week


def choices_first(plan: Plan) -> None:
    """In each milestone, a choice (paint samples tested) is due before the job that waits for
    it (painting) starts: the choice comes forward, or the job starts after it."""
    for m, begin in _windows(plan):
        live = [t for t in m.tasks if t.status != "dropped"]
        for choice in live:
            jobs = [t for t in live if t is not choice and chosen_first(choice.title, t.title)]
            if not jobs:
                continue
            c_start = choice.start or begin
            first_job = min((t.start or begin) for t in jobs)
            if choice.due < first_job:
                continue
            if (first_job - c_start).days >= 3:
                choice.due = first_job - dt.timedelta(days=1)
                continue
            choice.due = min(choice.due, c_start + dt.timedelta(days=CHOICE_DAYS))
            for job in jobs:
                if (job.start or begin) <= choice.due:
                    job.start = min(choice.due + dt.timedelta(days=1), job.due)


_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def long_day(days: tuple[str, ...]) -> int:
    """The day a whole job is booked on, from the days the person named for their time
    ("sundays": Sunday); else Saturday: a weekday evening holds no whole job."""
    return _DAYS.index("sun") if "sun" in days and "sat" not in days else SATURDAY
