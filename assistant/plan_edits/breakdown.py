"""Breaking one task into sized steps with a done-when each; the only place tasks are split."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import tomllib
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.errors import InputError
from assistant.models import Plan, Recurrence, Task
from assistant.plan_edits.ops import fresh_ids, replace_task

MIN_STEP = 10  # minutes: a step shorter than this is a note, not a step
DETAIL_STEPS = {1: (2, 3), 2: (3, 5), 3: (5, 8)}  # detail level -> (fewest, most) steps


class ActStep(BaseModel):
    """One step of an act broken down (data/breakdowns.toml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str = Field(min_length=3)
    done_when: str = Field(min_length=3)
    share: float = Field(gt=0, le=1)


class ActSteps(BaseModel):
    """An act (a call, a letter, a purchase) and the steps a coach breaks it into."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str
    verbs: str
    objects: str = ""
    steps: tuple[ActStep, ...] = Field(min_length=2, max_length=8)

    @model_validator(mode="after")
    def _shares_add_up(self) -> ActSteps:
        if abs(sum(step.share for step in self.steps) - 1) > 0.01:
            raise ValueError(f"the shares of act {self.kind!r} do not add up to 1")
        return self

    def opening(self) -> re.Pattern[str]:
        """The act's verb opening a title; the object follows it."""
        return re.compile(rf"^(?:{self.verbs})\b\s*(?P<object>.*)$", re.IGNORECASE)


@functools.cache
def act_steps() -> tuple[ActSteps, ...]:
    """The acts of data/breakdowns.toml, validated."""
    text = resources.files("assistant.data").joinpath("breakdowns.toml").read_text()
    return tuple(ActSteps.model_validate(row) for row in tomllib.loads(text)["act"])


def act_of(title: str) -> tuple[ActSteps, str] | None:
    """The act a task title names, with its object ('Call the lender ...' -> call, 'the
    lender ...'); None for a title no act opens."""
    for act, opening, objects in _openings():
        m = opening.match(title.strip())
        if not m or not m.group("object"):
            continue
        if objects and not objects.search(m.group("object")):
            continue  # "Write a routine of 5 moves" is no letter to draft
        return act, m.group("object").rstrip(" .")
    return None


@functools.cache
def _openings() -> tuple[tuple[ActSteps, re.Pattern[str], re.Pattern[str] | None], ...]:
    """Each act with its opening and object patterns, compiled once."""
    return tuple(
        (act, act.opening(), re.compile(act.objects, re.IGNORECASE) if act.objects else None)
        for act in act_steps()
    )


def steps_for(task: Task, detail: int = 2) -> int:
    """How many steps a task becomes at a detail level (1 coarse .. 3 fine), by its length."""
    low, high = DETAIL_STEPS[max(1, min(3, detail))]
    fits = task.estimate_minutes // MIN_STEP
    return max(2, min(high, max(low, round(task.estimate_minutes / 30)), fits))


def why_not(task: Task) -> str | None:
    """Why this task cannot be broken into steps, or None when it can."""
    if task.status != "todo":
        return f"{task.id} is already {task.status}"
    if task.recurrence:
        return (
            f"{task.id} is a repeating session ({task.recurrence.describe()}, "
            f"{task.estimate_minutes} min); make its sessions shorter or fewer instead"
        )
    if task.estimate_minutes < 2 * MIN_STEP:
        return f"{task.id} takes {task.estimate_minutes} minutes already: one step is enough"
    return None


def break_down(plan: Plan, task_id: str, count: int, exact: bool = False) -> list[Task]:
    """Replace a one-off task with its act's steps (a call: the points written, the number
    found, the call; data/breakdowns.toml), or with ``count`` (2-8) equal parts when no act
    opens its title or the person named the count (``exact``); each step has its own
    done-when, the last one the task's own; InputError saying why when it cannot."""
    task = plan.task(task_id)
    reason = why_not(task)
    if reason:
        raise InputError(reason)
    act = None if exact else act_of(task.title)
    if (
        act is not None
        and len(act[0].steps) >= count - 1  # "in fine detail" (5-8 steps) wants more than an act's
        and task.estimate_minutes >= MIN_STEP * len(act[0].steps)
    ):
        steps = _act_steps(task, *act, fresh_ids(plan), plan.start_date)
        replace_task(plan, task_id, steps)
        return steps
    count = max(2, min(8, count, task.estimate_minutes // MIN_STEP))
    steps = _steps(task, count, fresh_ids(plan), plan.start_date)
    replace_task(plan, task_id, steps)
    return steps


def split_by_limit(plan: Plan, task_id: str, limit: int) -> list[Task]:
    """Fit a task into sessions of at most ``limit`` minutes: a one-off becomes steps (up to 8),
    a repeating session becomes shorter sessions more often (the same time a week); a task
    already that short is left as it is."""
    task = plan.task(task_id)
    if task.recurrence:
        shorter_sessions(task)
        return [task]
    if task.estimate_minutes <= limit or why_not(task):
        return [task]  # nothing to split by length: the rest is left for the person
    count = max(2, math.ceil(task.estimate_minutes / max(limit, MIN_STEP)))
    while count < 8 and max(_minutes(task.estimate_minutes, count)) > limit:
        count += 1
    return break_down(plan, task_id, count)


def shorter_sessions(task: Task) -> bool:
    """Half-length sessions twice as often (the same time a week); False when already short."""
    rec = task.recurrence
    if rec is None or task.estimate_minutes < 2 * 15:
        return False
    cap = {"day": 4, "week": 14, "month": 31}[rec.per]
    task.recurrence = Recurrence(times=min(rec.times * 2, cap), per=rec.per)
    task.resize(max(15, task.estimate_minutes // 2 // 5 * 5))
    return True


def _minutes(total: int, count: int) -> list[int]:
    """Minutes per step: equal parts, the first ones a minute longer when it does not divide."""
    return [total // count + (1 if i < total % count else 0) for i in range(count)]


def _act_steps(task: Task, act: ActSteps, obj: str, ids, plan_start: dt.date) -> list[Task]:
    """The task as its act's steps, each with its share of the minutes and days."""
    whole = task.title.rstrip(" .")
    done = task.done_when.rstrip(" .") or f"'{whole}' is done"
    fill = {"title": whole, "object": obj, "done": done}
    count = len(act.steps)
    minutes = [max(MIN_STEP, round(task.estimate_minutes * step.share)) for step in act.steps]
    texts = [(step.title.format(**fill), step.done_when.format(**fill)) for step in act.steps]
    return _dated(task, texts, minutes, count, ids, plan_start)


def _steps(task: Task, count: int, ids, plan_start: dt.date) -> list[Task]:
    """The task as ``count`` parts, each saved toward its done-when; no set-up or check steps
    of a few minutes around them (the rules flag those as too small to stand alone)."""
    minutes = _minutes(task.estimate_minutes, count)
    whole = task.title.rstrip(" .")
    done = task.done_when.rstrip(" .") or f"'{whole}' is done"
    texts = [
        (f"{whole} (part {i} of {count})", f"Part {i} of {count} done and saved toward: {done}")
        for i in range(1, count)
    ]
    texts.append((f"{whole} (part {count} of {count})", done))
    return _dated(task, texts, minutes, count, ids, plan_start)


def _dated(
    task: Task,
    texts: list[tuple[str, str]],
    minutes: list[int],
    count: int,
    ids,
    plan_start: dt.date,
) -> list[Task]:
    """The steps with their minutes, spread over the task's days, each after the one before."""
    start = task.start or plan_start
    span = max((task.due - start).days, 0)
    steps: list[Task] = []
    for i, ((title, done_when), length) in enumerate(zip(texts, minutes, strict=True)):
        due = start + dt.timedelta(days=round(span * (i + 1) / count))
        steps.append(
            task.model_copy(
                deep=True,
                update={
                    "id": task.id if i == count - 1 else next(ids),
                    "title": title[:500],
                    "estimate_minutes": max(1, length),
                    "due": due,
                    "start": task.start,
                    "done_when": done_when[:5000],
                    "depends_on": list(task.depends_on) if i == 0 else [steps[-1].id],
                },
            )
        )
    return steps
