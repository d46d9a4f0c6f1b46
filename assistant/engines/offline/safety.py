"""Swapping moves a stated condition makes harmful for their safe variants, and asking a
clinician first (the conditions and moves are data: ``assistant/data/cautions.toml``)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.models import Milestone, Task
from assistant.playbooks.cautions import Caution

_FIRST_STEP_DAYS = 3  # the clinician step lands inside week one


def _next_id(milestones: list[Milestone]) -> str:
    numbers = [int(t.id[1:]) for m in milestones for t in m.tasks if re.fullmatch(r"t\d+", t.id)]
    return f"t{max(numbers, default=0) + 1}"


def make_safe(milestones: list[Milestone], cautions: list[Caution], today: dt.date) -> None:
    """Every harmful task becomes a safe variant; a clinician step opens the plan."""
    if not milestones:
        return
    for caution in cautions:
        turn = 0
        for task in (t for m in milestones for t in m.tasks):
            if re.search(caution.harmful, f"{task.title} {task.done_when}", re.I):
                safe = caution.instead[turn % len(caution.instead)]
                turn += 1
                task.title, task.done_when = safe.title, safe.done_when
                task.estimate_minutes = min(task.estimate_minutes, safe.minutes) or safe.minutes
        first = milestones[0]
        week_one = min(today + dt.timedelta(days=_FIRST_STEP_DAYS), first.deadline)
        asked = [
            t
            for m in milestones
            for t in m.tasks
            if caution.has_clinician and re.search(caution.has_clinician, t.title, re.I)
        ]
        early = [t for t in asked if t.due <= week_one + dt.timedelta(days=4)]
        movable = [t for t in asked if t in first.tasks and not t.recurrence and not t.depends_on]
        if early:
            continue
        if movable:  # the field's own clinician step, brought into week one
            movable[0].due = week_one
            continue
        step = caution.clinician
        first.tasks.insert(
            0,
            Task(
                id=_next_id(milestones),
                title=step.title,
                owner="me",
                estimate_minutes=step.minutes,
                due=week_one,
                start=today,
                done_when=step.done_when,
            ),
        )
