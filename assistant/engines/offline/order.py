"""Steps in the order their dependencies need: the rollers are bought before the painting starts,
the reading plan chosen before the reading, and check-ins with a prayer partner begin once
someone has been asked to be one.

Works on any plan; only dates and starts move (a session that has no partner yet is dropped
from the milestones before the partner is found).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.models import Milestone, Plan, Task

_SETUP_RE = re.compile(
    r"^(?:buy|choose|pick|order|get|download|sign up|find|borrow|rent|install)\b", re.I
)
_ROLE_RE = re.compile(
    r"\b(partner|buddy|tutor|coach|mentor|trainer|helper|therapist|sponsor|study group)\b", re.I
)
_RECRUIT_RE = re.compile(r"^(?:ask|find|book|hire|join|recruit|line up|choose|pick)\b", re.I)
_WORD_RE = re.compile(r"[a-z]{4,}")
_COMMON_WORDS = (
    "with from that this your each every week weeks minutes block next first session sessions "
    "plan today what when where fits them they into done"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def finds_partner(task: Task) -> bool:
    """A one-off that finds the partner (buddy, tutor) later check-ins need."""
    return not task.recurrence and bool(
        _RECRUIT_RE.match(task.title) and _ROLE_RE.search(task.title)
    )


def order_steps(plan: Plan) -> Plan:
    """Set-up steps due before the sessions that use them; sessions with a person who is not
    yet found start once that person is asked."""
    start = plan.start_date
    for milestone in plan.milestones:
        _setup_first(milestone, start)
        start = milestone.deadline
    _roles_after_recruiting(plan)
    return plan


def _words(title: str) -> set[str]:
    return {w for w in _WORD_RE.findall(title.lower()) if w not in _COMMON}


def _setup_first(milestone: Milestone, window_start: dt.date) -> None:
    """A set-up step ("Buy rollers, tape...") that a session uses ("... tape, cut in, roll")
    comes early in the window, and the session starts once it is done."""
    sessions = [t for t in milestone.tasks if t.recurrence and not t.attacks_constraint]
    k = 0
    for task in milestone.tasks:
        if task.recurrence or not _SETUP_RE.match(task.title):
            continue
        users = [s for s in sessions if _words(s.title) & _words(task.title)]
        if not users:
            continue
        early = window_start + dt.timedelta(days=2 + 2 * k)
        k += 1
        if task.due > early:
            task.due = max(early, task.start or early)
        for session in users:
            if session.due > task.due and (session.start is None or session.start < task.due):
                session.start = task.due


def _roles_after_recruiting(plan: Plan) -> None:
    """Check-ins with a partner (a buddy, a tutor) wait until the step that finds one."""
    found: dict[str, dt.date] = {}
    recruits: dict[str, Task] = {}
    for task in plan.tasks():
        role = _ROLE_RE.search(task.title)
        if role and finds_partner(task):
            key = role.group(1).lower()
            found[key] = min(found.get(key, task.due), task.due)
            recruits.setdefault(key, task)
    window_start = plan.start_date
    for milestone in plan.milestones:
        for task in list(milestone.tasks):
            role = _ROLE_RE.search(task.title)
            if not task.recurrence or not role or role.group(1).lower() not in found:
                continue
            key = role.group(1).lower()
            ready = found[key]
            if milestone.deadline <= ready and _removable(plan, milestone, task):
                milestone.tasks.remove(task)
                continue
            if milestone.deadline <= ready:  # the milestone's only attack: find the partner first
                ready = _recruit_in(plan, milestone, recruits[key], window_start)
                recruits[key].attacks_constraint = task.attacks_constraint  # the attack's step 1
                found[key] = ready
            if ready > task.due:
                continue
            if not task.attacks_constraint and (task.start is None or task.start < ready):
                task.start = ready
            elif task.attacks_constraint and ready < task.due:
                task.start = max(task.start or ready, ready)
        window_start = milestone.deadline + dt.timedelta(days=1)


def _recruit_in(plan: Plan, milestone: Milestone, recruit: Task, window_start: dt.date) -> dt.date:
    """Move the step that finds the partner into ``milestone``'s first week; its due date."""
    for other in plan.milestones:
        if recruit in other.tasks and other is not milestone:
            other.tasks.remove(recruit)
            milestone.tasks.insert(0, recruit)
    recruit.due = min(window_start + dt.timedelta(days=6), milestone.deadline)
    recruit.start = min(recruit.start or window_start, recruit.due)
    return recruit.due


def _removable(plan: Plan, milestone: Milestone, task: Task) -> bool:
    """A task nothing waits on, in a milestone that keeps other tasks (and another weekly
    attack on the constraint, when this one is)."""
    attacks = [t for t in milestone.tasks if t.attacks_constraint and t.recurrence]
    if task.attacks_constraint and len(attacks) < 2:
        return False
    return len(milestone.tasks) > 1 and not any(task.id in t.depends_on for t in plan.tasks())
