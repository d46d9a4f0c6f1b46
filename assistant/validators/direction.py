"""A goal turned round: 'want to put on healthy weight, maybe get to 65kg' planned as 'Lose 7 kg'."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import normalize
from assistant.models import Finding, Plan

_ASKS_UP = re.compile(
    r"\b(?:gain|gaining|put on|putting on|bulk up|bulking|regain)\b(?:\s[\w.-]+){0,3}?\s?"
    r"(?:weight|muscle|mass|lbs?|kg|pounds|it back)\b"
)
_ASKS_DOWN = re.compile(
    r"\b(?:lose|losing|drop|shed|cut)\b(?:\s[\w.-]+){0,3}?\s?(?:weight|lbs?|kg|pounds)\b"
)
_SAYS_DOWN = re.compile(r"^(?:lose|cut|drop|reduce|shed|bring down)\b")
_SAYS_UP = re.compile(r"^(?:gain|put on|build|raise|increase)\b")
_FROM_TO = re.compile(r"\((\d[\d,.]*)\s?[a-z%]*\sto\s(\d[\d,.]*)\s?[a-z%]*\)")


def direction_flipped(plan: Plan) -> list[Finding]:
    """goal.direction_flipped: the person asks to gain and the goal says lose (or the other
    way), or the goal's own 'from -> to' runs against its verb ('Lose 7 kg (58 kg to 65 kg)')."""
    statement = normalize(plan.goal.statement)
    said = normalize(plan.request.goal_text) if plan.request is not None else ""
    why = ""
    if _SAYS_DOWN.match(statement) and _ASKS_UP.search(said) and not _ASKS_DOWN.search(said):
        why = f"the person asked to '{_ASKS_UP.search(said).group(0)}'"  # type: ignore[union-attr]
    elif _SAYS_UP.match(statement) and _ASKS_DOWN.search(said) and not _ASKS_UP.search(said):
        why = f"the person asked to '{_ASKS_DOWN.search(said).group(0)}'"  # type: ignore[union-attr]
    elif m := _FROM_TO.search(statement):
        start, end = (float(g.rstrip(".").replace(",", "")) for g in m.groups())
        if (_SAYS_DOWN.match(statement) and end > start) or (
            _SAYS_UP.match(statement) and end < start
        ):
            why = f"its own '{m.group(0)}' runs the other way"
    if not why:
        return []
    return [
        finding(
            "goal.direction_flipped",
            "goal.statement",
            f"The goal '{plan.goal.statement}' goes the wrong way: {why}.",
            "Keep the direction the person asked for: gain stays gain, lose stays lose.",
        )
    ]


_STOP = re.compile(
    r"^(?:i\s(?:want|need|would like|'d like)\sto\s|i\swanna\s|try to\s)?(?:stop|quit)\b"
)
_SOFTER_ASKED = re.compile(
    r"\b(?:most|fewer|less|cut down|cut back|only|weekdays?|weekends?|mostly|some|"
    r"\d+\s(?:days?|nights?|evenings?|times?))\b"
)
_FREE_DAYS = re.compile(r"\b(?:days?|nights?|evenings?|mornings?)\b.*\b(?:a|per)\sweek\b")


def stop_softened(plan: Plan) -> list[Finding]:
    """goal.drift: the person asked to stop a habit ('stop snacking after dinner, it's every
    single night'); the plan's goal counts free days a week short of all seven."""
    if plan.request is None:
        return []
    said = normalize(plan.request.goal_text)
    ask = re.split(r"[,.;!?(\u2014]|\bbut\b", said, maxsplit=1)[0]
    target, unit = plan.goal.metric.target, plan.goal.metric.unit.lower()
    if not _STOP.search(ask) or _SOFTER_ASKED.search(ask) or target is None or target >= 7:
        return []
    if not _FREE_DAYS.search(f"{unit} {plan.goal.statement.lower()}"):
        return []
    return [
        finding(
            "goal.drift",
            "goal.metric.target",
            f"The person asked to stop ('{ask.strip()[:60]}'); the plan's goal is {target:g} "
            f"of 7 ({unit}) and leaves the rest.",
            "Keep the stop: aim the goal at every day (7 a week) and reach it in milestones.",
        )
    ]
