"""Steps placed early enough to produce what they feed, and at the person's level: applications
sent weeks before the offer they wait for, a comparison of "3 weeks of spending" three weeks
after the logging starts, and, for someone starting from zero, the full mock near the end.

The lead a step needs comes from its field's data (``lead_weeks``, ``needs_weeks``,
``tests_level`` on a step) or, for any field, from its title ("3 weeks of", "Send ...
applications"); a step moves into the milestone whose window holds its new date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from assistant.engines.offline.checkpoints import in_date_order
from assistant.models import Milestone, Plan, Task
from assistant.playbooks.base import Step
from assistant.playbooks.catalog import all_fields
from assistant.validators.lead_times import (
    ANSWER_DAYS,
    answer_day,
    record_source,
    waits_for_answer,
    weeks_of_record,
)

_DAY = dt.timedelta(days=1)
# a full test of the level in any field's words (the field data marks its own with tests_level)
_TEST_RE = re.compile(
    r"\b(?:full|timed)\b.*\b(?:mock|practice (?:exam|test)|model exam|past paper)\b"
    r"|\btime trial\b",
    re.I,
)
# a starting point of nothing yet: "A0", "complete beginner", "never run", "50 words"
_ZERO_RE = re.compile(
    r"\b(?:a0|beginner|from (?:scratch|zero)|no experience|never (?:\w+ ){0,2}(?:run|ran|used|"
    r"studied|learn(?:ed|t)|done|played|swum|taken)|(?:know|knows) (?:maybe |only |about )?"
    r"(?:\d{1,3}|a few|a handful of) words|zero|none|nothing yet|can'?t run)\b",
    re.I,
)


def place_by_lead(plan: Plan, said: str = "") -> Plan:
    """Each one-off dated by the lead it needs: after the weeks of record it reads, weeks before
    the result it feeds; full tests late when the person starts from zero (in the plan's stated
    baseline or in what they ``said``)."""
    field = plan.metadata.field if plan.metadata else None
    for task in list(plan.tasks()):
        if task.recurrence or task.status != "todo":
            continue
        step = step_data(task.title, field)
        need = max(step.needs_weeks if step else 0, weeks_of_record(task.title))
        if need:
            earliest = record_source(plan, task) + dt.timedelta(weeks=need)
            if task.due < earliest:
                move_to(plan, task, min(earliest, plan.goal.deadline))
        lead_days = 7 * step.lead_weeks if step and step.lead_weeks else 0
        if not lead_days and waits_for_answer(task.title):
            lead_days = ANSWER_DAYS
        if lead_days:
            result = answer_day(plan, task) or _milestone_of(plan, task).deadline
            latest = result - dt.timedelta(days=lead_days)
            if task.due > latest:
                move_to(plan, task, max(latest, _floor(plan, task)))
        if step and step.before:
            _before(plan, task, step.before)
    if starts_from_zero(plan) or _ZERO_RE.search(said):
        _tests_late(plan, field)
    for milestone in plan.milestones:
        in_date_order(milestone)
    return plan


def _before(plan: Plan, task: Task, start: str) -> None:
    """``task`` done before the step whose title starts with ``start`` (the gait check before
    the shoes are bought), which then waits on it."""
    later = next(
        (t for t in plan.tasks() if t is not task and t.title.lower().startswith(start.lower())),
        None,
    )
    if later is None or task.id in later.depends_on or later.id in task.depends_on:
        return
    if task.due >= later.due:
        day = max(later.due - _DAY, plan.start_date + _DAY)
        move_to(plan, task, day)
        if later.due <= task.due:
            later.due = task.due + _DAY
    later.depends_on = [*later.depends_on, task.id]


def starts_from_zero(plan: Plan) -> bool:
    """Whether the person starts with nothing of the skill (a stated zero baseline, or "A0",
    "complete beginner", "I know 50 words")."""
    if plan.goal.metric.baseline == 0 and plan.goal.metric.kind != "progress":
        said = [a for a in plan.assumptions if a.key == "baseline" and a.source == "stated"]
        if said:
            return True
    texts = [a.text for a in plan.assumptions if a.key == "baseline" and a.source == "stated"]
    if plan.request is not None:
        texts.append(plan.request.goal_text)
    return any(_ZERO_RE.search(text) for text in texts)


def step_data(title: str, field: str | None) -> Step | None:
    """The field step a task was made from when it carries lead data (the plan's own field
    first), or None."""
    hits = [(key, step) for key, pattern, step in _lead_steps() if pattern.fullmatch(title)]
    own = [step for key, step in hits if key == field]
    found = own or [step for _, step in hits]
    return found[0] if found else None


@functools.cache
def _lead_steps() -> tuple[tuple[str, re.Pattern[str], Step], ...]:
    """(field key, title pattern, step) for every field step that carries lead data."""
    found = []
    for playbook in all_fields():
        for step in _steps(playbook):
            if step.lead_weeks or step.needs_weeks or step.tests_level or step.before:
                found.append((playbook.key, _pattern(step.title), step))
    return tuple(found)


def _steps(node: object) -> list[Step]:
    """Every Step inside a field's data, however deep."""
    if isinstance(node, Step):
        return [node]
    if isinstance(node, list | tuple):
        return [s for item in node for s in _steps(item)]
    if isinstance(node, dict):
        return [s for item in node.values() for s in _steps(item)]
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return [s for f in dataclasses.fields(node) for s in _steps(getattr(node, f.name))]
    return []


def _pattern(title: str) -> re.Pattern[str]:
    """A step title as a pattern: slots match any words, numbers any number."""
    parts = re.split(r"(\{[a-z_]*\}|\d+)", title)
    out = "".join(
        ".+?" if p.startswith("{") else r"\d+" if p.isdigit() else re.escape(p) for p in parts
    )
    return re.compile(out, re.I)


def _milestone_of(plan: Plan, task: Task) -> Milestone:
    return next(m for m in plan.milestones if task in m.tasks)


def _floor(plan: Plan, task: Task) -> dt.date:
    """The earliest a step can be due: after what it waits on, never today."""
    by_id = {t.id: t for t in plan.tasks()}
    deps = [by_id[i].due + _DAY for i in task.depends_on if i in by_id]
    return max([plan.start_date + _DAY, *deps])


def move_to(plan: Plan, task: Task, day: dt.date) -> None:
    """Date ``task`` on ``day`` in the milestone whose window holds it; the steps that wait on
    it in that milestone wait with it, and earlier ones stop waiting on it."""
    here = _milestone_of(plan, task)
    there = next((m for m in plan.milestones if day <= m.deadline), plan.milestones[-1])
    k = plan.milestones.index(there)
    window = plan.milestones[k - 1].deadline + _DAY if k else plan.start_date
    if there is not here:
        here.tasks.remove(task)
        there.tasks.insert(0, task)
    later = day > task.due
    task.due = min(day, there.deadline)
    if later:
        task.start = max(window, task.due - dt.timedelta(days=6))
    elif task.start is not None and task.start > task.due:
        task.start = max(window, plan.start_date)
    for other in plan.tasks():
        if task.id not in other.depends_on or other.due >= task.due:
            continue
        if other in there.tasks:
            other.due = task.due
            other.start = min(other.start or other.due, other.due)
        else:
            other.depends_on = [i for i in other.depends_on if i != task.id]


def _tests_late(plan: Plan, field: str | None) -> None:
    """Full tests of the level in the first milestones move to the milestone before the last:
    someone starting from zero learns the basics before sitting a mock."""
    if len(plan.milestones) < 3:
        return
    late = plan.milestones[-2]
    for milestone in plan.milestones[:-2]:
        for task in list(milestone.tasks):
            if task.recurrence or task.status != "todo":
                continue
            step = step_data(task.title, field)
            if not ((step and step.tests_level) or _TEST_RE.search(task.title)):
                continue
            move_to(plan, task, late.deadline)
