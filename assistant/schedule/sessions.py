"""Sessions of recurring tasks: which are done, which is next, and progress counted in sessions.

A weekly task is ticked one session at a time (as Todoist completes one occurrence of a
repeating task): ``Task.sessions_done`` lists the dates of the sessions done, a date twice
for two sessions that day. Progress counts a one-off task as one unit and each session of a
recurring task as one unit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter

from assistant.errors import InputError
from assistant.models import Plan, Task
from assistant.schedule.placement import session_dates
from assistant.weeks import monday

_REF = re.compile(r"^(?P<task>[^@\s]+)(?:@(?P<day>.*))?$")


@dataclasses.dataclass(frozen=True)
class Session:
    """One session of a recurring task: its day, its number that day (1, 2...), done or not."""

    task_id: str
    day: dt.date
    slot: int
    done: bool

    @property
    def ref(self) -> str:
        """``TASK_ID@YYYY-MM-DD`` (``#2`` for a second session that day)."""
        return f"{self.task_id}@{self.day}" + (f"#{self.slot}" if self.slot > 1 else "")


def sessions(task: Task, plan: Plan) -> list[Session]:
    """Every session of a recurring task with its done-ness ([] for a one-off task)."""
    if task.recurrence is None:
        return []
    done = Counter(task.sessions_done)
    out: list[Session] = []
    seen: Counter[dt.date] = Counter()
    all_done = task.status == "done"
    for day in session_dates(task, plan):
        seen[day] += 1
        out.append(Session(task.id, day, seen[day], all_done or seen[day] <= done[day]))
    return out


def progress(plan: Plan) -> tuple[int, int]:
    """(done, total) in sessions: a one-off task is one, a recurring one each of its sessions."""
    done = total = 0
    for task in plan.tasks():
        if task.status == "dropped":
            continue
        if task.recurrence is None:
            total += 1
            done += task.status == "done"
            continue
        mine = sessions(task, plan)
        total += len(mine)
        done += sum(s.done for s in mine)
    return done, total


def next_open(task: Task, plan: Plan, today: dt.date) -> Session | None:
    """The session a plain tick means: the earliest open one from this week on, else the
    latest open one before this week."""
    open_ = [s for s in sessions(task, plan) if not s.done]
    this_week = monday(today)
    later = [s for s in open_ if s.day >= this_week]
    if later:
        return later[0]
    return open_[-1] if open_ else None


def parse_ref(ref: str) -> tuple[str, dt.date | None]:
    """``TASK_ID`` or ``TASK_ID@YYYY-MM-DD`` -> (task id, day or None); one clear error otherwise."""
    match = _REF.match(ref.strip())
    if not match:
        raise InputError(f"{ref!r}: expected TASK_ID or TASK_ID@YYYY-MM-DD, e.g. t3@2026-12-02")
    if match["day"] is None:
        return match["task"], None
    try:
        return match["task"], dt.date.fromisoformat(match["day"])
    except ValueError:
        raise InputError(
            f"{ref!r}: the session date must be YYYY-MM-DD, e.g. {match['task']}@2026-12-02"
        ) from None


def with_session(task: Task, plan: Plan, day: dt.date, done: bool) -> list[dt.date]:
    """``task.sessions_done`` after ticking (or unticking) one session on ``day``."""
    if task.recurrence is None:
        raise InputError(
            f"task {task.id} is not recurring, so it has no sessions; tick it as {task.id}"
        )
    dates = session_dates(task, plan)
    planned = dates.count(day)
    if not planned:
        near = sorted({d for d in dates if abs((d - day).days) <= 7})
        hint = ", ".join(f"{d:%a} {d}" for d in near) or (
            f"none near it; sessions run {dates[0]} to {dates[-1]}" if dates else "none at all"
        )
        raise InputError(f"task {task.id} has no session on {day}; sessions near it: {hint}")
    counts = Counter(task.sessions_done)
    counts[day] = max(0, min(planned, counts[day] + (1 if done else -1)))
    return sorted(counts.elements())
