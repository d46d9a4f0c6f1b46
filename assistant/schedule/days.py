"""Sessions on days and times of day, for calendars (pure).

Every session of a recurring task sits on its own date; each open one-off task gets a day
in the week the schedule put it in (the least booked day it may use: not before its start
or today, not after its due date when its week holds it); a done or dropped one-off task
gets one in its due week. Sessions of dropped tasks are marked cancelled. A day's sessions follow each other
from the person's preferred time of day (default 18:00, floating local time), recurring
sessions first, so no two overlap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from assistant.models import Milestone, Plan, Task
from assistant.schedule.models import Schedule
from assistant.schedule.placement import days_off
from assistant.schedule.sessions import sessions
from assistant.weeks import monday

EVENING = dt.time(18, 0)
MAX_BOOKINGS = 10_000  # a calendar holds at most this many sessions, whatever a file asks for


@dataclasses.dataclass(frozen=True)
class Booking:
    """One session on one day: when it starts and for how long."""

    task: Task
    milestone: Milestone
    day: dt.date
    slot: int  # the task's first, second... session that day
    start: dt.datetime  # floating local time
    minutes: int
    done: bool
    cancelled: bool = False  # a dropped task: calendars that knew the session remove it

    @property
    def recurring(self) -> bool:
        return self.task.recurrence is not None


def bookings(
    plan: Plan,
    schedule: Schedule | None = None,
    at: dt.time = EVENING,
    today: dt.date | None = None,
    limit: int = MAX_BOOKINGS,
) -> tuple[list[Booking], bool]:
    """Every session of the plan on its day and time, oldest first; True when ``limit`` cut
    the list."""
    found: list[tuple[Task, Milestone, dt.date, int, bool]] = []
    one_offs: list[tuple[Task, Milestone]] = []
    cut = False
    for milestone in plan.milestones:
        for task in milestone.tasks:
            if task.recurrence is None:
                one_offs.append((task, milestone))
                continue
            for s in sessions(task, plan):
                if len(found) >= limit:
                    cut = True
                    break
                found.append((task, milestone, s.day, s.slot, s.done))
    load: dict[dt.date, int] = {}
    off = days_off(plan)
    for task, _, day, _, _ in found:
        if task.status != "dropped":
            load[day] = load.get(day, 0) + task.estimate_minutes
    for task, milestone in one_offs:
        if len(found) >= limit:
            cut = True
            break
        # done and dropped tasks are not in the schedule: their due week stands in
        day = _day_for(task, schedule if task.status == "todo" else None, load, today, off)
        if task.status != "dropped":
            load[day] = load.get(day, 0) + task.estimate_minutes
        found.append((task, milestone, day, 1, task.status == "done"))
    found.sort(key=lambda f: (f[2], f[0].recurrence is None))  # a day: recurring ones first
    out, booked = [], dt.datetime.min
    for task, milestone, day, slot, done in found:
        dropped = task.status == "dropped"
        start = max(dt.datetime.combine(day, at), booked if booked.date() == day else booked.min)
        if not dropped:  # a cancelled session takes no room
            booked = start + dt.timedelta(minutes=task.estimate_minutes)
        out.append(Booking(task, milestone, day, slot, start, task.estimate_minutes, done, dropped))
    return out, cut


def _day_for(
    task: Task,
    schedule: Schedule | None,
    load: dict[dt.date, int],
    today: dt.date | None,
    off: frozenset[int] = frozenset(),
) -> dt.date:
    """The least booked allowed day of the week the task is scheduled in (else its due week),
    a day the person can do when the week has one."""
    weeks = schedule.weeks_of(task.id) if schedule is not None else []
    week = weeks[0] if weeks else monday(task.due)
    days = [week + dt.timedelta(days=k) for k in range(7)]
    allowed = [
        d
        for d in days
        if (task.start is None or d >= task.start)
        and (today is None or d >= today)
        and (d <= task.due or monday(task.due) < week)
    ]
    allowed = [d for d in allowed if d.weekday() not in off] or allowed
    return min(allowed or days, key=lambda d: (load.get(d, 0), d))
