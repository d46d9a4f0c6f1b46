"""A streak cannot be longer than the days it has: '30 days in a row' due a week after the start."""

from __future__ import annotations

import datetime as dt
import re

from assistant.findings import finding
from assistant.language.text import normalize
from assistant.models import Finding, Metric, Plan

_STREAK = re.compile(r"\b(in a row|straight|running|streak|consecutive)\b")
_DAYS_PER = {"day": 1, "night": 1, "week": 7, "month": 28}


_STATED_RUN = re.compile(r"\b(\d+)\s(day|night|week|month)s?\s(?:in a row|straight|running)\b")


def _days_needed(metric: Metric, title: str) -> int | None:
    """The days a streak needs from a standing start: the run the title states ('at 2 meals a
    day for 4 weeks in a row'), else a streak metric's target; None when it is no streak."""
    unit = normalize(metric.unit).strip().rstrip("s")
    stated = _STATED_RUN.search(normalize(title))
    if stated:
        per = _DAYS_PER[stated.group(2)]
        done = (metric.baseline or 0.0) if unit == stated.group(2) else 0.0  # a run going on
        return int((int(stated.group(1)) - done) * per) - (per - 1)
    if unit not in _DAYS_PER or not _STREAK.search(normalize(f"{metric.name} {title}")):
        return None
    need = metric.target - (metric.baseline or 0.0)
    # a streak of weeks or months is counted when its last period ends: one period of grace
    return int(need * _DAYS_PER[unit]) - (_DAYS_PER[unit] - 1)


def _check(metric: Metric, title: str, start: dt.date, due: dt.date) -> tuple[int, int] | None:
    need = _days_needed(metric, title)
    have = (due - start).days + 1
    return (need, have) if need is not None and need > have else None


def validate_streaks(plan: Plan) -> list[Finding]:
    """milestone.streak_too_long: the goal or a milestone asks for a run longer than its window."""
    checks = [("goal.metric", plan.goal.metric, plan.goal.statement, plan.goal.deadline)]
    checks += [
        (f"milestones[{i}].metric", m.metric, m.title, m.deadline)
        for i, m in enumerate(plan.milestones)
    ]
    for path, metric, title, due in checks:
        short = _check(metric, title, plan.start_date, due)
        if short:
            need, have = short
            return [
                finding(
                    "milestone.streak_too_long",
                    path,
                    f"'{title}' needs at least {need} days in a row, but only {have} days lie "
                    f"between the start ({plan.start_date}) and {due}.",
                    "Move the date to when the run can be complete, or shorten the streak to fit.",
                )
            ]
    return []


_ONE_RUN = re.compile(r"(?<![\d.,])1\s(?:day|night|week|month)s?\s(?:in a row|straight|running)\b")


def streak_of_one(plan: Plan) -> list[Finding]:
    """milestone.streak_of_one: a milestone asks for '1 day in a row', which is no run at all."""
    for i, m in enumerate(plan.milestones):
        if _ONE_RUN.search(normalize(m.title)):
            return [
                finding(
                    "milestone.streak_of_one",
                    f"milestones[{i}].title",
                    f"'{m.title}' asks for a run of 1, which is no run at all, and the title "
                    "reads as a template.",
                    "Make the first milestone a real result ('3 alcohol-free weeknights in the "
                    "first week', 'the first week of walks done'), or start the streak at 2.",
                )
            ]
    return []
