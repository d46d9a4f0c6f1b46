"""Placing open tasks into weeks: recurring sessions by date, one-offs backwards from due weeks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import heapq
import itertools
import math
from graphlib import CycleError, TopologicalSorter

from dateutil import rrule

from assistant.models import Plan, Task
from assistant.weeks import monday, task_window

WEEK = dt.timedelta(weeks=1)
MAX_SESSIONS_PER_TASK = 4000  # ten years of daily sessions; several a day stop sooner
_WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)


DAYS_OFF_KEY = "days_off"  # the plan's assumption naming weekdays with no sessions
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def days_off(plan: Plan) -> frozenset[int]:
    """The weekdays (0 = Monday) the person said they cannot do ('I can't do Tuesdays')."""
    said = next((a.text for a in plan.assumptions if a.key == DAYS_OFF_KEY), "")
    return frozenset(i for i, name in enumerate(DAY_NAMES) if name in said)


def recurrence_rule(task: Task, plan: Plan) -> tuple[dict, int]:
    """``rrule`` keywords for a recurring task's sessions, and sessions per occurrence.

    Weekly sessions are spread evenly from the start's weekday (3 a week from a Monday:
    Mon, Wed, Fri), over the days the person can do; monthly ones from the start's day over
    28 days; more than 7 a week or 28 a month become daily occurrences with several
    sessions each.
    """
    assert task.recurrence is not None
    start, _ = task_window(task, plan)
    return _rule(start, task.recurrence.times, task.recurrence.per, days_off(plan))


def _rule(
    start: dt.date, times: int, per: str, off: frozenset[int] = frozenset()
) -> tuple[dict, int]:
    free = [d for d in range(7) if d not in off]
    if per == "week" and off and free and times <= 7:
        # from the start's weekday on, over the days they can do (3 a week without Tuesdays)
        ring = sorted(free, key=lambda d: (d - start.weekday()) % 7)
        if times >= len(ring):
            return {"freq": rrule.WEEKLY, "byweekday": [_WEEKDAYS[d] for d in sorted(ring)]}, (
                -(-times // len(ring))
            )
        days = sorted({ring[round(i * len(ring) / times)] for i in range(times)})
        return {"freq": rrule.WEEKLY, "byweekday": [_WEEKDAYS[d] for d in days]}, 1
    if per == "week" and times <= 7:
        days = sorted({(start.weekday() + round(i * 7 / times)) % 7 for i in range(times)})
        return {"freq": rrule.WEEKLY, "byweekday": [_WEEKDAYS[d] for d in days]}, 1
    if per == "month" and times <= 28:
        # the first session is on the start day (-1: the last day, for starts after the 28th)
        first = start.day if start.day <= 28 else -1
        days = sorted(
            {first} | {(start.day - 1 + round(i * 28 / times)) % 28 + 1 for i in range(1, times)}
        )
        return {"freq": rrule.MONTHLY, "bymonthday": days}, 1
    per_day = {"day": times, "week": math.ceil(times / 7), "month": math.ceil(times * 12 / 365)}[
        per
    ]
    return {"freq": rrule.DAILY}, per_day


def session_dates(task: Task, plan: Plan) -> list[dt.date]:
    """Every session date of a recurring task (a date repeats for several sessions a day)."""
    start, due = task_window(task, plan)
    assert task.recurrence is not None
    rhythm = (start, due, task.recurrence.times, task.recurrence.per, days_off(plan))
    return list(_session_dates(*rhythm))


@functools.lru_cache(maxsize=4096)
def _session_dates(
    start: dt.date, due: dt.date, times: int, per: str, off: frozenset[int] = frozenset()
) -> tuple[dt.date, ...]:
    """Pure and cached: plans are re-validated and re-scheduled often with the same rhythms."""
    rule, per_occurrence = _rule(start, times, per, off)
    days = rrule.rrule(
        dtstart=dt.datetime.combine(start, dt.time()),
        until=dt.datetime.combine(due, dt.time()),
        **rule,
    )
    capped = itertools.islice(days, MAX_SESSIONS_PER_TASK // per_occurrence)
    return tuple(d.date() for d in capped for _ in range(per_occurrence))


@functools.lru_cache(maxsize=4096)
def _session_weeks(
    start: dt.date, due: dt.date, times: int, per: str, off: frozenset[int] = frozenset()
) -> tuple[tuple[dt.date, int], ...]:
    """(Monday, sessions) for every week a rhythm has sessions in."""
    counts: dict[dt.date, int] = {}
    for day in _session_dates(start, due, times, per, off):
        counts[monday(day)] = counts.get(monday(day), 0) + 1
    return tuple(sorted(counts.items()))


def _done_by_week(days: list[dt.date]) -> dict[dt.date, int]:
    """Sessions already done per week: they need no more room in the schedule."""
    weeks: dict[dt.date, int] = {}
    for day in days:
        weeks[monday(day)] = weeks.get(monday(day), 0) + 1
    return weeks


@dataclasses.dataclass(frozen=True)
class Job:
    """What the placer needs to know about one open task."""

    task: Task
    milestone_id: str
    order: int
    minutes: int  # per session
    earliest: dt.date  # Mondays
    latest: dt.date
    sessions: tuple[tuple[dt.date, int], ...] = ()  # recurring: (week, sessions), fixed

    @property
    def recurring(self) -> bool:
        return self.task.recurrence is not None


@dataclasses.dataclass
class Placed:
    weeks: dict[dt.date, list[tuple[Job, int, bool]]]  # week -> (job, sessions, late)
    load: dict[dt.date, int]
    unschedulable: dict[str, str]  # task id -> why
    rank: dict[str, int]  # dependency order of one-off tasks, for listing a week's items

    def overflow(self, capacity: int) -> int:
        return sum(max(0, m - capacity) for m in self.load.values())


def jobs_for(plan: Plan, begin: dt.date) -> list[Job]:
    jobs: list[Job] = []
    off = days_off(plan)
    for milestone in plan.milestones:
        for task in milestone.tasks:
            if task.status != "todo":
                continue
            start, due = task_window(task, plan)
            earliest = max(begin, monday(start))
            latest = monday(min(due, milestone.deadline))  # due is cut at the horizon
            sessions: tuple[tuple[dt.date, int], ...] = ()
            if task.recurrence is not None:
                rhythm = (start, due, task.recurrence.times, task.recurrence.per, off)
                done = _done_by_week(task.sessions_done)
                sessions = tuple(
                    (week, count - done.get(week, 0))
                    for week, count in _session_weeks(*rhythm)
                    if week >= monday(begin) and count > done.get(week, 0)
                )
            jobs.append(
                Job(
                    task, milestone.id, len(jobs), task.estimate_minutes, earliest, latest, sessions
                )
            )
    return jobs


def topological(graph: dict[str, set[str]], order: dict[str, int]) -> list[str]:
    """Kahn's order, dependencies first, ties by plan order; nodes in or behind a cycle are
    left out."""
    waiting = {node: len(deps) for node, deps in graph.items()}
    dependents: dict[str, list[str]] = {node: [] for node in graph}
    for node, deps in graph.items():
        for dep in deps:
            dependents[dep].append(node)
    ready = [(order[node], node) for node, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    out = []
    while ready:
        _, node = heapq.heappop(ready)
        out.append(node)
        for nxt in dependents[node]:
            waiting[nxt] -= 1
            if not waiting[nxt]:
                heapq.heappush(ready, (order[nxt], nxt))
    return out


def acyclic(one_offs: dict[str, Job]) -> tuple[dict[str, set[str]], dict[str, str], list[str]]:
    """The dependency graph among open one-off tasks minus cycles and what waits on them,
    why those were left out, and a dependencies-first order of the rest."""
    graph = {i: {d for d in j.task.depends_on if d in one_offs} for i, j in one_offs.items()}
    order = {i: j.order for i, j in one_offs.items()}
    blocked: dict[str, str] = {}
    while len(ranked := topological(graph, order)) < len(graph):
        try:
            TopologicalSorter(graph).prepare()
        except CycleError as exc:
            cycle = exc.args[1]
            for node in cycle:
                blocked[node] = "it is in a dependency cycle: " + " -> ".join(cycle)
        changed = True
        while changed:
            changed = False
            for node, deps in graph.items():
                if node not in blocked and deps & blocked.keys():
                    blocked[node] = (
                        f"it waits on {sorted(deps & blocked.keys())[0]}, which cannot start"
                    )
                    changed = True
        graph = {n: d - blocked.keys() for n, d in graph.items() if n not in blocked}
    return graph, blocked, ranked


def place(jobs: list[Job], capacity: int) -> Placed:
    """Lay jobs into weeks: recurring sessions where they fall; then one-offs backwards from
    their due weeks, a task only after everything that depends on it has a week."""
    placed = Placed({}, {}, {}, {})

    def put(week: dt.date, job: Job, sessions: int, late: bool) -> None:
        placed.weeks.setdefault(week, []).append((job, sessions, late))
        placed.load[week] = placed.load.get(week, 0) + job.minutes * sessions

    first_session: dict[str, dt.date] = {}
    for job in jobs:
        if job.recurring and job.sessions:
            for week, count in job.sessions:
                put(week, job, count, False)
            first_session[job.task.id] = job.sessions[0][0]
    one_offs = {j.task.id: j for j in jobs if not j.recurring}
    graph, placed.unschedulable, ranked = acyclic(one_offs)

    earliest: dict[str, dt.date] = {}  # not before its start, nor before what it waits on
    bound: dict[str, dt.date] = {}  # not after what waits on it
    dependents: dict[str, int] = dict.fromkeys(graph, 0)
    for rank, node in enumerate(ranked):
        placed.rank[node] = rank
        bound[node] = one_offs[node].latest
        for dep in graph[node]:
            dependents[dep] += 1
    for _ in range(len(jobs) + 1):  # one-offs and recurring tasks waiting on each other settle
        for node in ranked:
            job = one_offs[node]
            after = [first_session[d] for d in job.task.depends_on if d in first_session]
            earliest[node] = max([job.earliest, *after, *(earliest[d] for d in graph[node])])
        if not _start_after_dependencies(jobs, placed, first_session, earliest):
            break
    for job in jobs:
        for dep in job.task.depends_on if job.task.id in first_session else ():
            if dep in bound:
                bound[dep] = min(bound[dep], first_session[job.task.id])

    def key(node: str) -> tuple[int, int, int, str]:
        job = one_offs[node]
        return (-earliest[node].toordinal(), -job.latest.toordinal(), -job.order, node)

    ready = [key(node) for node, count in dependents.items() if count == 0]
    heapq.heapify(ready)
    while ready:
        node = heapq.heappop(ready)[-1]
        job = one_offs[node]
        week, late = pick_week(placed.load, capacity, job, earliest[node], bound[node])
        put(week, job, 1, late)
        for dep in graph[node]:
            bound[dep] = min(bound[dep], week)
            dependents[dep] -= 1
            if not dependents[dep]:
                heapq.heappush(ready, key(dep))
    return placed


def _start_after_dependencies(
    jobs: list[Job],
    placed: Placed,
    first_session: dict[str, dt.date],
    earliest: dict[str, dt.date],
) -> bool:
    """A recurring task waiting on another task starts no earlier than it can: its sessions
    before that week are dropped. True when anything moved."""
    moved = False
    for job in jobs:
        waits = [earliest.get(d) or first_session.get(d) for d in job.task.depends_on]
        floor = max(
            (w for w in waits if w is not None and job.task.id not in job.task.depends_on),
            default=None,
        )
        first = first_session.get(job.task.id)
        if first is None or floor is None or first >= floor:
            continue
        for week, count in job.sessions:
            if first <= week < floor and (job, count, False) in placed.weeks.get(week, []):
                placed.weeks[week].remove((job, count, False))
                placed.load[week] -= job.minutes * count
        later = [week for week, _ in job.sessions if week >= floor]
        if later:
            first_session[job.task.id] = later[0]
        else:
            del first_session[job.task.id]
        moved = True
    return moved


def pick_week(
    load: dict[dt.date, int], capacity: int, job: Job, earliest: dt.date, latest: dt.date
) -> tuple[dt.date, bool]:
    """The latest allowed week with room, else the least loaded allowed week; a task that
    cannot be on time goes to its earliest week, marked late."""
    if earliest > latest:
        return earliest, True
    best, best_load = latest, None
    week = latest
    while week >= earliest:
        used = load.get(week, 0)
        if used + job.minutes <= capacity:
            return week, False
        if best_load is None or used < best_load:
            best, best_load = week, used
        week -= WEEK
    return best, False
