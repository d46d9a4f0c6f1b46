"""Edits of a plan in place: task ids, replacing a task, deadlines, milestones, restoring."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from assistant.errors import InputError
from assistant.models import Metric, Milestone, Plan, Task


def fresh_ids(plan: Plan, prefix: str = "t") -> Iterator[str]:
    """Task ids not yet used in the plan (t1, t2, ...), each handed out once."""
    used = {t.id for t in plan.tasks()} | {m.id for m in plan.milestones}
    n = 1
    while True:
        candidate = f"{prefix}{n}"
        if candidate not in used:
            used.add(candidate)
            yield candidate
        n += 1


def replace_task(plan: Plan, task_id: str, pieces: list[Task]) -> None:
    """Put ``pieces`` where the task was; whatever waited on the task waits on the last piece."""
    mi, ti = plan.locate(task_id)
    plan.milestones[mi].tasks[ti : ti + 1] = pieces
    last = pieces[-1].id if pieces else None
    for other in plan.tasks():
        if task_id in other.depends_on and other.id != last:
            other.depends_on = [d for d in other.depends_on if d != task_id]
            if last is not None and last not in other.depends_on:
                other.depends_on.append(last)


def remove_task(plan: Plan, task_id: str) -> Task:
    """Take a task out; nothing waits on it any more."""
    mi, ti = plan.locate(task_id)
    task = plan.milestones[mi].tasks.pop(ti)
    for other in plan.tasks():
        other.depends_on = [d for d in other.depends_on if d != task_id]
    return task


def move_deadline(plan: Plan, deadline: dt.date) -> None:
    """Re-date milestones and tasks in proportion to a new deadline (week-one tasks stay put);
    every text that names the old deadline names the new one."""
    old = plan.goal.deadline
    start = plan.start_date
    if deadline < start:
        raise InputError(f"{deadline.isoformat()} is before the plan starts ({start.isoformat()})")
    old_span = max((old - start).days, 1)
    new_span = max((deadline - start).days, 1)
    quick = start + dt.timedelta(days=6)

    def move(day: dt.date) -> dt.date:
        if day <= quick and day <= deadline:
            return day
        return start + dt.timedelta(days=round((day - start).days * new_span / old_span))

    def week_end(old_day: dt.date, day: dt.date) -> dt.date:
        # a milestone that ended on a Sunday still does, so no week is split between two
        if old_day.weekday() != 6:
            return day
        return day + dt.timedelta(days=(6 - day.weekday()) % 7)

    plan.goal.deadline = deadline
    for milestone in plan.milestones:
        milestone.deadline = min(week_end(milestone.deadline, move(milestone.deadline)), deadline)
        for task in milestone.tasks:
            task.due = min(move(task.due), milestone.deadline)
            if task.start is not None:
                task.start = min(move(task.start), task.due)
    if plan.milestones:
        plan.milestones[-1].deadline = deadline
    window_start = start
    for milestone in plan.milestones:  # recurring work runs through its whole window again
        for task in milestone.tasks:
            if task.recurrence:
                task.due = milestone.deadline
                task.start = min(window_start, task.due)
        window_start = min(milestone.deadline + dt.timedelta(days=1), deadline)
    retell_dates(plan, old, deadline)


def retell_dates(plan: Plan, old: dt.date, new: dt.date) -> None:
    """Every text that names the old deadline (the goal's title, milestones, assumptions) now
    names the new one, in the same style it was written in."""
    swap = _date_swapper(old, new)
    plan.goal.statement = swap(plan.goal.statement)
    plan.goal.metric.name = swap(plan.goal.metric.name)
    for milestone in plan.milestones:
        milestone.title = swap(milestone.title)
        for task in milestone.tasks:
            task.title, task.done_when = swap(task.title), swap(task.done_when)
    for assumption in plan.assumptions:
        assumption.text = swap(assumption.text)


def _date_styles(day: dt.date) -> list[str]:
    month, short = day.strftime("%B"), day.strftime("%b")
    return [
        day.isoformat(),
        f"{day.day} {month} {day.year}",
        f"{day.day} {short} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{short} {day.day}, {day.year}",
        f"{month} {day.day} {day.year}",
        f"{short} {day.day} {day.year}",
        f"{day.day} {month}",
        f"{day.day} {short}",
        f"{month} {day.day}",
        f"{short} {day.day}",
        f"end of {month} {day.year}",
        f"{month} {day.year}",
        f"{short} {day.year}",
    ]


def _date_swapper(old: dt.date, new: dt.date):
    pairs = list(zip(_date_styles(old), _date_styles(new), strict=True))
    month_only = [
        (old.strftime("%B"), new.strftime("%B")),
        (old.strftime("%b"), new.strftime("%b")),
    ]

    def swap(text: str) -> str:
        for before, after in pairs:
            pattern = re.compile(rf"(?<![\w-]){re.escape(before)}(?![\w-])", re.IGNORECASE)
            if pattern.search(text):
                return pattern.sub(after, text)
        for before, after in month_only:  # "by April": the goal's own month word
            pattern = re.compile(rf"\b(by|until|before|in|end of)\s{re.escape(before)}\b", re.I)
            if pattern.search(text):
                return pattern.sub(rf"\1 {after}", text)
        return text

    return swap


def drop_milestone(plan: Plan, index: int) -> Milestone:
    """Remove a milestone and its tasks; the weeks it covered stay covered by its neighbour."""
    if not 0 <= index < len(plan.milestones):
        raise InputError(f"there is no milestone {index + 1}; the plan has {len(plan.milestones)}")
    if len(plan.milestones) <= 3:
        raise InputError("a plan needs at least 3 milestones; change one instead of dropping it")
    dropped = plan.milestones.pop(index)
    gone = {t.id for t in dropped.tasks}
    for task in plan.tasks():
        task.depends_on = [d for d in task.depends_on if d not in gone]
    if index == len(plan.milestones):  # the last one went: the new last runs to the deadline
        last = plan.milestones[-1]
        last.deadline = plan.goal.deadline
        for task in last.tasks:
            if task.recurrence:
                task.due = last.deadline
    follower = plan.milestones[min(index, len(plan.milestones) - 1)]
    previous_end = (
        plan.milestones[index - 1].deadline + dt.timedelta(days=1)
        if 0 < index < len(plan.milestones)
        else plan.start_date
    )
    for task in follower.tasks:
        if task.recurrence and task.start is not None and task.start > previous_end:
            task.start = min(previous_end, task.due)  # keep every week covered
    return dropped


def add_milestone(plan: Plan, title: str, deadline: dt.date | None, owner: str) -> Milestone:
    """A new milestone at its date (or halfway through the longest stretch without one), with
    one task that checks it."""
    if len(plan.milestones) >= 5:
        raise InputError("a plan holds at most 5 milestones; drop one first or rename one")
    if deadline is None:
        edges = [plan.start_date, *(m.deadline for m in plan.milestones)]
        gaps = [(b - a, a) for a, b in zip(edges, edges[1:], strict=False)]
        span, begin = max(gaps) if gaps else (plan.goal.deadline - plan.start_date, plan.start_date)
        deadline = begin + span / 2
    if not plan.start_date <= deadline <= plan.goal.deadline:
        raise InputError(
            f"{deadline.isoformat()} is outside the plan ({plan.start_date} to {plan.goal.deadline})"
        )
    ids = fresh_ids(plan, "m")
    milestone = Milestone(
        id=next(ids),
        title=title,
        metric=Metric(name=title[:200], target=1, unit="done", kind="progress"),
        deadline=deadline,
        tasks=[
            Task(
                id=next(fresh_ids(plan)),
                title=f"Check the result: {title}"[:500],
                owner=owner,
                estimate_minutes=30,
                due=deadline,
                start=max(plan.start_date, deadline - dt.timedelta(days=6)),
                done_when=f"'{title}' is true and noted in the plan"[:500],
            )
        ],
    )
    plan.milestones.append(milestone)
    plan.milestones.sort(key=lambda m: m.deadline)
    return milestone


def restore_version(current: Plan, earlier: Plan) -> Plan:
    """``earlier``'s content as the version after ``current`` (undo never rewrites history)."""
    restored = earlier.model_copy(deep=True)
    restored.version = current.version + 1
    restored.created_at = current.next_version().created_at
    restored.metadata.parent_version = current.version
    restored.metadata.revision_note = f"back to version {earlier.version}"
    return restored
