"""The rhythm a milestone counts is the rhythm its sessions keep: "a walk after dinner on 5
days a week" gets 5 walks a week, "wind-down every night" a nightly wind-down; and an act of
the weekend ("Cook a double batch on the weekend") is done once a week, never 5 times.

Works on any plan; ``fit._titled_rhythms`` undoes a raise the week has no room for, and then
``spread_counted`` keeps the count by cutting each session's minutes instead.
"""

from __future__ import annotations

import re

from assistant.language.text import content_stems
from assistant.models import Milestone, Plan, Recurrence, Task
from assistant.validators.title_rhythm import (
    least_kept,
    stated_rate,
    weekend_words,
    weekly_words,
)

_SHORTEST = 10  # a session spread thinner than this is no session: the count is not kept
_REVIEW = "Review the week"


def sessions_wanted(milestone: Milestone) -> int | None:
    """How many sessions a week the milestone's title counts, or None."""
    said = stated_rate(milestone.title)
    if said is None:
        return None
    return least_kept(said[1])


def counted_task(milestone: Milestone) -> Task | None:
    """The session that does what the milestone counts: the one sharing its words, else the
    practice with the most minutes a week (never a constraint attack, a review or a log)."""
    live = [
        t
        for t in milestone.tasks
        if t.recurrence
        and t.status == "todo"
        and not t.title.startswith(_REVIEW)
        and t.estimate_minutes >= _SHORTEST
    ]
    if not live:
        return None
    practice = [t for t in live if not t.attacks_constraint] or [
        t
        for t in live
        if not weekly_words(t.title)  # the attack is the practice: a wind-down
    ]
    if not practice:
        return None
    words = content_stems(milestone.title)
    named = [t for t in practice if content_stems(t.title) & words]
    if not named and any(content_stems(t.title) & words for t in live):
        return None  # the milestone counts a weekly step ("the plate method"), not the practice
    return max(named or practice, key=_weekly)


def _weekly(task: Task) -> float:
    assert task.recurrence is not None
    return task.recurrence.sessions_per_week() * task.estimate_minutes


def keep_counted(plan: Plan) -> dict[str, str]:
    """Raise each milestone's counted session to the count ("on 5 days a week": 5 a week);
    the ids of the tasks raised, with their milestone's title, so a raise the week cannot
    hold can be spread instead."""
    raised: dict[str, str] = {}
    for milestone in plan.milestones:
        want = sessions_wanted(milestone)
        task = counted_task(milestone)
        if want is None or task is None or task.recurrence is None:
            continue
        if task.recurrence.sessions_per_week() < want - 0.01:
            task.recurrence = Recurrence(times=min(7, want), per="week")
            raised[task.id] = milestone.title
    return raised


def spread_counted(task: Task, old: Recurrence, milestone_title: str = "") -> bool:
    """Keep the count a week has no room to raise by shortening each session so the week's
    minutes stay the same (3 x 25 minutes as 5 x 15, the title's minutes following); False
    when that leaves too short a session, or the milestone itself names the length ("a
    15-minute walk on 5 days a week")."""
    assert task.recurrence is not None
    times = task.recurrence.sessions_per_week()
    minutes = int(old.sessions_per_week() * task.estimate_minutes / times) // 5 * 5
    said = re.compile(rf"\b{task.estimate_minutes}(?=[- ](?:minutes?|mins?|min)\b)")
    if minutes < _SHORTEST or said.search(milestone_title):
        return False
    task.title = said.sub(str(minutes), task.title)
    task.done_when = said.sub(str(minutes), task.done_when)
    task.estimate_minutes = minutes
    return True


def weekend_once(plan: Plan) -> Plan:
    """A task titled for the weekend or one weekday that repeats most days runs once a week."""
    for task in plan.tasks():
        rec = task.recurrence
        if (
            rec
            and task.status == "todo"
            and weekend_words(task.title)
            and rec.sessions_per_week() > 2
        ):
            task.recurrence = Recurrence(times=1, per="week")
    return plan
