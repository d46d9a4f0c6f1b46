"""Can the scheduled tasks produce the numbers the plan promises? Arithmetic, not wording."""

from __future__ import annotations

import datetime as dt
import math
import re

from assistant.findings import finding
from assistant.language.text import STOPWORDS, content_stems, normalize
from assistant.models import Finding, Metric, Plan, Task
from assistant.validators.counting import (
    NOT_PRODUCING,
    is_count_unit,
    is_running_total,
    names_unit,
    per_session,
    sessions_in,
)
from assistant.weeks import active_tasks, monday, task_window

# words every metric and task share that say nothing about what moves what
_GENERIC = {
    "total",
    "complet",
    "done",
    "session",
    "target",
    "reach",
    "goal",
    "weekly",
    "daily",
    "first",
    "last",
    "next",
    "test",
    "clean",
    "good",
    "form",
    "plan",
    "track",
    "log",
    *STOPWORDS,
}


def validate_progress(plan: Plan) -> list[Finding]:
    """milestone.target_unreachable, milestone.no_mover and indicator.mismatch."""
    return [*_unreachable(plan), *_no_mover(plan), *_indicators(plan), *_too_slow(plan)]


def _unreachable(plan: Plan) -> list[Finding]:
    out: list[Finding] = []
    tasks = list(active_tasks(plan))
    for mi, m in enumerate(plan.milestones):
        metric = m.metric
        if not is_running_total(metric):
            continue
        amounts = [(t, per_session(t.title, metric.unit)) for t in tasks]
        producers = [(t, a) for t, a in amounts if a is not None]
        unknown = [t for t, a in amounts if a is None and names_unit(t.title, metric.unit)]
        if not producers or any(not NOT_PRODUCING.match(normalize(t.title)) for t in unknown):
            continue  # nothing names an amount, or some task yields an amount we cannot read
        supply = sum(a * sessions_in(t, plan, plan.start_date, m.deadline) for t, a in producers)
        need = metric.target - (metric.baseline or 0.0)
        if 1 <= supply + 1e-6 < need:  # under one whole session: nothing to count yet
            unit = metric.unit
            out.append(
                finding(
                    "milestone.target_unreachable",
                    f"milestones[{mi}].metric",
                    f"'{m.title}' needs {need:g} {unit} by {m.deadline}, but the tasks "
                    f"scheduled before then produce at most {math.floor(supply):g}.",
                    f"Schedule more sessions (about {math.ceil(need - supply):g} more {unit}), "
                    "raise the amount per session, or move the milestone later.",
                )
            )
    return out


def _words(metric: Metric, title: str = "") -> set[str]:
    return content_stems(f"{metric.name} {metric.unit} {title}") - _GENERIC


def _moves(task: Task, words: set[str]) -> bool:
    """Shares a word root with the metric ('registration' moves 'guests registered')."""
    have = {w[:4] for w in content_stems(f"{task.title} {task.done_when}")}
    return bool(have & {w[:4] for w in words})


_STREAK = re.compile(r"\b(in a row|without|free|streak|clean|sober)\b")


def _no_mover(plan: Plan) -> list[Finding]:
    """A milestone none of whose tasks (nor the practice running through its weeks) touches
    what its metric counts."""
    out: list[Finding] = []
    previous = plan.start_date
    for mi, m in enumerate(plan.milestones):
        words = _words(m.metric, m.title)
        if not is_count_unit(m.metric.unit) or _STREAK.search(f"{m.metric.name} {m.title}".lower()):
            previous = m.deadline
            continue  # money, percentages, times and streaks move through many tasks at once
        running = [
            t
            for t in active_tasks(plan)
            if t.recurrence is not None and sessions_in(t, plan, previous, m.deadline) > 0
        ]
        own = [t for t in m.tasks if t.status != "dropped"]
        setup_only = all(t.attacks_constraint or _is_setup(t) for t in own)
        movers = [t for t in [*own, *running] if _moves(t, words)]
        if own and words and setup_only and not movers:
            out.append(
                finding(
                    "milestone.no_mover",
                    f"milestones[{mi}]",
                    f"No task of '{m.title}' works on what its metric counts "
                    f"({m.metric.name}, {m.metric.unit or 'done or not'}).",
                    "Add the task that produces the result (the practice, the submission, the "
                    "call), not only setup around it.",
                )
            )
        previous = m.deadline
    return out


def _is_setup(task: Task) -> bool:
    title = normalize(task.title)
    return bool(NOT_PRODUCING.match(title) or _SETUP.match(title))


_SETUP = re.compile(
    r"^(?:buy|update|rewrite|write|read|research|learn|watch|download|install|ask|email|call|"
    r"message|tell|prepare|organi[sz]e|clean up|tidy|think|brainstorm|draft|check|polish)\b"
)


def weekly_supply(plan: Plan, unit: str) -> tuple[float, list[Task]]:
    """The most of ``unit`` the plan's recurring tasks yield in any one week, and those tasks."""
    recurring = [t for t in active_tasks(plan) if t.recurrence is not None]
    feeders = [(t, a) for t in recurring if (a := per_session(t.title, unit)) is not None]
    unreadable = [
        t
        for t in recurring
        if per_session(t.title, unit) is None
        and names_unit(t.title, unit)
        and not NOT_PRODUCING.match(normalize(t.title))
    ]
    if not feeders or unreadable:
        return 0.0, []
    weeks: dict[dt.date, float] = {}
    for t, a in feeders:
        start, due = task_window(t, plan)
        week = monday(start)
        while week <= due:
            rate = t.recurrence.sessions_per_week() if t.recurrence else 0.0
            weeks[week] = weeks.get(week, 0.0) + a * rate
            week = week.fromordinal(week.toordinal() + 7)
    return max(weeks.values()), [t for t, _ in feeders]


def _period_weeks(name: str) -> float | None:
    """How many weeks an indicator's target spans ('per month' -> 4.35); None for a daily one."""
    text = normalize(name)
    if re.search(r"\b(day|daily|night|nightly)\b", text):
        return None
    for pattern, weeks in ((r"month", 52 / 12), (r"quarter", 13.0), (r"year|annual", 52.0)):
        if re.search(rf"\b(?:per|a|each|every|this)\s{pattern}\b|\b{pattern}ly\b", text):
            return weeks
    return 1.0


def _indicators(plan: Plan) -> list[Finding]:
    out: list[Finding] = []
    for i, ind in enumerate(plan.leading_indicators):
        weeks = _period_weeks(ind.name)
        if not is_count_unit(ind.unit) or weeks is None:
            continue
        weekly = ind.target / weeks
        supply, feeders = weekly_supply(plan, ind.unit)
        if feeders and supply + 1e-6 < weekly:
            out.append(
                finding(
                    "indicator.mismatch",
                    f"leading_indicators[{i}]",
                    f"'{ind.name}' asks for {weekly:,.4g} {ind.unit} a week, but the tasks "
                    f"that feed it ('{feeders[0].title}') schedule at most {supply:,.4g}.",
                    f"Schedule {ind.target:g} {ind.unit} a week, or set the indicator to what "
                    "the plan really schedules.",
                )
            )
    return out


_PER = re.compile(r"\b(?:per|a|each|every|this)\s(week|month)\b|\b(week|month)ly\b")


def _too_slow(plan: Plan) -> list[Finding]:
    """indicator.too_slow: kept at its weekly target, the indicator that counts the goal's own
    measure ('albums scanned per week') does not reach the goal's target by the deadline."""
    goal = plan.goal.metric
    need = goal.target - (goal.baseline or 0.0)
    name = content_stems(_PER.sub(" ", normalize(goal.name)))
    weeks = (plan.goal.deadline - plan.start_date).days / 7
    if not name or need <= 0 or weeks <= 0 or not is_count_unit(goal.unit):
        return []
    for i, ind in enumerate(plan.leading_indicators):
        period = _PER.search(normalize(ind.name))
        if period is None or content_stems(_PER.sub(" ", normalize(ind.name))) != name:
            continue
        per_week = ind.target / (52 / 12 if "month" in period.group(0) else 1.0)
        reach = (goal.baseline or 0.0) + per_week * weeks
        if per_week * weeks < 0.9 * need:
            return [
                finding(
                    "indicator.too_slow",
                    f"leading_indicators[{i}]",
                    f"At '{ind.name}' = {ind.target:g}, the {weeks:.0f} weeks to the deadline "
                    f"reach {reach:,.4g} {goal.unit}, not the goal's {goal.target:,.4g}.",
                    f"Set the indicator to at least {need / weeks:,.2g} a week, or move the "
                    "deadline or the target.",
                )
            ]
    return []
