"""Does the first session start near what the person manages now? A practice (running,
walking, swimming, cycling, a plank) whose first weekly session asks far more than the amount
they say they can do ("can jog maybe 2 minutes": 'Run 30 minutes at an easy pace')."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import normalize
from assistant.models import Finding, Plan

# a first session more than this many times what they manage now is no first rung
FIRST_DOSE_MAX = 3.0
_VERBS = r"run|jog|walk|swim|cycle|ride|bike|row|hike|plank|hold"
# "can jog maybe 2 minutes", "I can swim about 4 lengths", "walk 1 mile max"
_CAN_RE = re.compile(
    rf"\b(?:can|could|able to|manage to|only)\s(?:only\s|barely\s|just\s)?(?P<verb>{_VERBS})\s"
    r"(?:for\s)?(?:about\s|around\s|like\s|maybe\s|only\s|barely\s|just\s|roughly\s)?"
    r"(?P<n>\d+(?:\.\d+)?)\s?(?P<unit>minutes?|mins?|km|miles?|mi|lengths?|laps?|seconds?|secs?)\b"
)
_UNITS = {
    "minute": "min",
    "min": "min",
    "second": "sec",
    "sec": "sec",
    "km": "km",
    "mile": "mile",
    "mi": "mile",
    "length": "length",
    "lap": "length",
}
_DOSE_RE = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s?(?P<unit>minutes?|mins?|km|miles?|mi|lengths?|laps?|seconds?|secs?)\b"
)
# intervals already are the built-up start ("run-walk 30 minutes: 60 seconds running")
_INTERVALS_RE = re.compile(r"\brun[- ]walk\b|\bintervals?\b|\bwalk(?:ing)? breaks?\b|\brepeated\b")


def _unit(word: str) -> str:
    word = word.rstrip("s") if word not in {"mins", "secs"} else word[:-1]
    return _UNITS.get(word, word)


def _stem(verb: str) -> str:
    return {"jog": "run", "bike": "cycle", "ride": "cycle", "hold": "plank"}.get(verb, verb)


def first_dose_high(plan: Plan) -> list[Finding]:
    """task.dose_above_start: the first recurring session of the practice the person measured
    asks more than ``FIRST_DOSE_MAX`` times the amount they say they manage now."""
    if plan.request is None:
        return []
    said = normalize(f"{plan.request.answers.get('baseline', '')} . {plan.request.goal_text}")
    m = _CAN_RE.search(said)
    if m is None or float(m.group("n")) <= 0:
        return []
    verb, unit, start = _stem(m.group("verb")), _unit(m.group("unit")), float(m.group("n"))
    verb_re = re.compile(rf"^(?:{verb}|jog)\w*\b" if verb == "run" else rf"^{verb}\w*\b")
    for i, milestone in enumerate(plan.milestones[:1]):
        for j, task in enumerate(milestone.tasks):
            title = normalize(task.title)
            if task.recurrence is None or not verb_re.search(title) or _INTERVALS_RE.search(title):
                continue
            dose = next(
                (d for d in _DOSE_RE.finditer(title) if _unit(d.group("unit")) == unit), None
            )
            if dose is None or float(dose.group("n")) <= FIRST_DOSE_MAX * start:
                continue
            return [
                finding(
                    "task.dose_above_start",
                    f"milestones[{i}].tasks[{j}].title",
                    f"'{task.title}' asks for {dose.group(0)} in the first weeks; they say they "
                    f"manage {m.group('n')} {m.group('unit')} now.",
                    "Start the sessions near what they manage now (intervals or a short first "
                    "dose) and step them up at the field's safe pace to the target.",
                )
            ]
    return []
