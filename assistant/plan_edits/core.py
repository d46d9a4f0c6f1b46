"""The goal's core activity: the repeating practice a plan is built around, week by week.

A revision may shorten or space sessions, but a week that had the core activity keeps it
unless the person asked otherwise (``keep_core`` puts back what a cut took out).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.language.text import content_stems
from assistant.models import Plan, Recurrence, Task
from assistant.weeks import monday, task_window, week_starts

_MIN_SESSION = 15


def is_core(task: Task) -> bool:
    """A repeating practice session (not the weekly review, not a constraint attack)."""
    return (
        task.recurrence is not None
        and not task.attacks_constraint
        and task.status != "dropped"
        and not task.title.lower().startswith("review the week")
    )


def core_weeks(plan: Plan) -> set[dt.date]:
    """Mondays of the plan's weeks that hold at least one core session."""
    weeks: set[dt.date] = set()
    for task in plan.tasks():
        if is_core(task):
            start, due = task_window(task, plan)
            weeks.update(week_starts(start, min(due, plan.goal.deadline)))
    return weeks


def span_weeks(plan: Plan) -> set[dt.date]:
    """Mondays of every week between the plan's start and its deadline."""
    return set(week_starts(plan.start_date, plan.goal.deadline))


def keep_core(before: Plan, after: Plan) -> list[dt.date]:
    """Put one short session back into each week of ``after`` that lost the core activity
    ``before`` had there; returns the Mondays that needed it."""
    lost = sorted((core_weeks(before) & span_weeks(after)) - core_weeks(after))
    if not lost:
        return []
    from assistant.plan_edits.ops import fresh_ids

    ids = fresh_ids(after)
    for first, last in _runs(lost):
        model = _core_task_near(before, first) or _core_task_near(after, first)
        if model is None:
            continue
        milestone = next((m for m in after.milestones if m.deadline >= first), after.milestones[-1])
        due = min(max(last + dt.timedelta(days=6), first), milestone.deadline, after.goal.deadline)
        session = model.model_copy(
            deep=True,
            update={
                "id": next(ids),
                "start": max(first, after.start_date),
                "due": max(due, max(first, after.start_date)),
                "recurrence": Recurrence(times=1, per="week"),
                "depends_on": [],
                "sessions_done": [],
                "status": "todo",
            },
        )
        session.resize(min(session.estimate_minutes, max(_MIN_SESSION, 20)))
        milestone.tasks.append(session)
    return lost


def _runs(mondays: list[dt.date]) -> list[tuple[dt.date, dt.date]]:
    runs: list[tuple[dt.date, dt.date]] = []
    for week in mondays:
        if runs and week - runs[-1][1] == dt.timedelta(days=7):
            runs[-1] = (runs[-1][0], week)
        else:
            runs.append((week, week))
    return runs


def _core_task_near(plan: Plan, week: dt.date) -> Task | None:
    core = [t for t in plan.tasks() if is_core(t)]
    if not core:
        return None
    return min(core, key=lambda t: abs((monday(task_window(t, plan)[0]) - week).days))


# "Stretch for 15 minutes after a run" is no run: what a title names around its act
_AROUND_RE = re.compile(
    r"\b(?:after|before|post|pre)[- ](?:(?:a|an|each|every|the|your)\s)?\w+", re.I
)


def weekly_practice(plan: Plan, about: frozenset[str] = frozenset()) -> tuple[float, float]:
    """Core sessions and core minutes in an average week of the plan's span; with ``about``
    (stems of an indicator's name, "runs"), only the sessions it counts when any match."""
    weeks = max(len(span_weeks(plan)), 1)
    sessions = minutes = 0.0
    core = [t for t in plan.tasks() if is_core(t) and t.status == "todo"]
    named = [t for t in core if about & content_stems(_AROUND_RE.sub(" ", t.title))]
    for task in named or core:
        start, due = task_window(task, plan)
        count = len(week_starts(start, min(due, plan.goal.deadline)))
        per_week = task.recurrence.sessions_per_week() * count / weeks  # type: ignore[union-attr]
        sessions += per_week
        minutes += per_week * task.estimate_minutes
    return sessions, minutes


_COUNTING_WORDS = frozenset(content_stems("completed done logged per week minutes sessions active"))


def follow_practice(before: Plan, after: Plan) -> None:
    """Weekly leading indicators ("workouts per week", "active minutes per week") scale with
    the practice the revision left, so they never promise more than the plan holds."""
    for metric in list(after.leading_indicators):
        if "per week" not in metric.name.lower():
            continue
        about = frozenset(content_stems(metric.name) - _COUNTING_WORDS)
        if about and _counts(before, about) and not _counts(after, about):
            if len(after.leading_indicators) > 1:  # "drop the walks": no walks to count
                after.leading_indicators.remove(metric)
            continue
        (s0, m0), (s1, m1) = weekly_practice(before, about), weekly_practice(after, about)
        by_minutes = "minute" in f"{metric.name} {metric.unit}".lower()
        old, new = (m0, m1) if by_minutes else (s0, s1)
        if old > 0 and abs(new - old) / old > 0.05:
            metric.target = max(1.0, round(metric.target * new / old, 0))


def _counts(plan: Plan, about: frozenset[str]) -> bool:
    """Whether any open core session is one an indicator about ``about`` counts."""
    return any(
        about & content_stems(_AROUND_RE.sub(" ", t.title))
        for t in plan.tasks()
        if is_core(t) and t.status == "todo"
    )


def best_match(tasks: list[Task], words: str) -> Task | None:
    """The first of ``tasks`` whose title shares the most words with ``words``; None when no
    title shares one."""
    wanted = content_stems(words)
    scored = [(len(wanted & content_stems(t.title)), -i, t) for i, t in enumerate(tasks)]
    best = max(scored, default=None, key=lambda x: (x[0], x[1]))
    return best[2] if best and best[0] else None
