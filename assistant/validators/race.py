"""Is the race the person named the race the plan trains for? 'Run the Berlin half in under 2
hours' planned as 'run 5 km without stopping'."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import normalize
from assistant.models import Finding, Plan

_RUNNING = r"(?=.*\b(?:run|running|race|jog|jogging)\b)"
_RACES = (
    (re.compile(r"\bultra(?:marathon)?\b"), None),  # no one distance: left alone
    (re.compile(r"\bhalf[- ]?marathon\b"), 21.1),
    # "the Berlin half", "my first half" when running: a half marathon
    (
        re.compile(
            _RUNNING + r".*\b(?:the|a|my|first)\s(?:[a-z]+\s)?half\b"
            r"(?!\s(?:of|an|a|the|hour|way|day|term|price|time))"
        ),
        21.1,
    ),
    (re.compile(r"\bmarathon\b"), 42.2),
    (re.compile(r"\b10\s?k\b(?!\s?(?:steps|a day|per|every))"), 10.0),
    (re.compile(r"\b5\s?k\b(?!\s?(?:steps|a day|per|every))"), 5.0),
)
_KM = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "mi": 1.609, "miles": 1.609}
_SLACK = 0.05  # 13.1 miles is 21.08 km


def _race_km(text: str) -> float | None:
    """The distance of the longest race the text names, or None (none, or an ultra)."""
    for pattern, km in _RACES:
        if pattern.search(text):
            return km
    return None


def race_drift(plan: Plan) -> list[Finding]:
    """goal.drift: the person named a race ('the Berlin half', 'a sub-25 5k'); the plan's goal
    measures a distance that is not that race's."""
    if plan.request is None:
        return []
    per_km = _KM.get(plan.goal.metric.unit.strip().lower())
    race = _race_km(normalize(plan.request.goal_text))
    if per_km is None or race is None or plan.goal.metric.target is None:
        return []
    planned = plan.goal.metric.target * per_km
    if abs(planned - race) <= _SLACK * race:
        return []
    return [
        finding(
            "goal.drift",
            "goal.metric.target",
            f"The person named a {race:g} km race; the plan's goal measures "
            f"{plan.goal.metric.target:g} {plan.goal.metric.unit} "
            f"('{plan.goal.statement[:60]}').",
            "Keep the race the person named as the goal; a shorter run belongs in a milestone.",
        )
    ]


_FINISH_TIME = re.compile(
    r"\b(?:under|sub|below|in less than|faster than|break)[- ]?(\d{1,2}(?::\d\d){0,2})\s?"
    r"(hours?|hrs?|h|minutes?|mins?|min)?\b"
)
_SPEED_WORK = re.compile(
    # an easy or conversational pace is distance work, not pace work
    r"\b(?:tempo|intervals?|speed|strides|threshold|fartlek|repeats|splits?|timed|"
    r"(?:race|goal|target|marathon|half|10k|5k)[- ]pace|pace (?:run|runs|work|session))\b",
    re.IGNORECASE,
)


def finish_time_unplanned(plan: Plan) -> list[Finding]:
    """goal.part_missing: the person asked to finish a race in a time ('a half marathon in
    under 2 hours'); no task works on pace (tempo, intervals, race pace), only on distance."""
    if plan.request is None:
        return []
    text = normalize(plan.request.goal_text)
    asked = _FINISH_TIME.search(text)
    if asked is None or _race_km(text) is None:
        return []
    if any(_SPEED_WORK.search(f"{t.title}. {t.done_when}") for t in plan.tasks()):
        return []
    return [
        finding(
            "goal.part_missing",
            "milestones",
            f"The person asked to finish '{asked.group(0)}'; no task works on pace (tempo "
            "runs, intervals, race pace), so the plan trains the distance only.",
            "Add weekly pace work at the goal's race pace and a timed test before race day.",
        )
    ]
