"""The part the person singled out is planned: 'declutter the whole house, the garage is the
worst' with no task for the garage leaves out the part they care most about."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import normalize, stem
from assistant.models import Finding, Plan

_WORST = re.compile(
    r"\b(?:the|my|our)\s([a-z]+)(?:\s(?:and|&)\s(?:the\s)?([a-z]+))?\s(?:is|are)\s"
    r"(?:the worst|unusable|basically unusable|a disaster|the biggest (?:problem|mess))\b"
)
_ESPECIALLY = re.compile(r"\bespecially\s(?:the|my|our)\s([a-z]+)(?:\s(room))?\b")
_NOT_A_PART = frozenset({"part", "thing", "problem", "worst", "rest", "mess", "stuff"})


def _singled_out(text: str) -> list[str]:
    said = normalize(text)
    names = [n for m in _WORST.finditer(said) for n in m.groups() if n]
    names += [" ".join(filter(None, m.groups())) for m in _ESPECIALLY.finditer(said)]
    return [n for n in names if n not in _NOT_A_PART]


def singled_out_unplanned(plan: Plan) -> list[Finding]:
    """goal.part_missing: the person singled out a part of the goal ('the garage is the
    worst', 'especially the spare room'); no milestone or task names it."""
    if plan.request is None:
        return []
    titles = [m.title for m in plan.milestones] + [t.title for t in plan.tasks()]
    planned = {stem(w) for t in titles for w in re.findall(r"[a-z]+", t.lower())}
    lost = [n for n in _singled_out(plan.request.goal_text) if stem(n.split()[0]) not in planned]
    if not lost:
        return []
    return [
        finding(
            "goal.part_missing",
            "milestones",
            f"The person singled out the {' and the '.join(lost)}; no milestone or task names it.",
            "Give the part the person called the worst its own milestone or tasks, named in "
            "their words.",
        )
    ]
