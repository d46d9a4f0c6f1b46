"""A deadline read from how long something has lasted: 'I've smoked every night for 6 years'
planned as a goal due in 6 years."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import normalize
from assistant.models import Finding, Plan

# years only: "for 3 months" is as often the goal's own span ("track my spending for 3 months")
_SPAN = re.compile(r"\b(\d+)\s?years?\b")
# words that make a span a past duration ("for 6 years", "after 2 years of", "6 years ago")
_PAST_BEFORE = re.compile(r"\b(?:for|after|since|been|last|past|of)\s(?:the\s)?(?:last\s|past\s)?$")
_PAST_AFTER = re.compile(r"^\s?(?:ago|of|home|now|in a row|straight|running|already)\b")
_FUTURE_BEFORE = re.compile(r"\b(?:in|within|next|over the next|by|than|every)\s(?:the\s)?$")
_TOLERANCE_DAYS = 3


def deadline_from_past(plan: Plan) -> list[Finding]:
    """goal.deadline_from_past: the plan's horizon equals a span the person wrote about the past."""
    if plan.request is None:
        return []
    said = normalize(plan.request.goal_text)
    horizon = (plan.goal.deadline - plan.start_date).days
    for m in _SPAN.finditer(said):
        n = int(m.group(1))
        if n < 2 or abs(horizon - n * 365) > _TOLERANCE_DAYS + n:
            continue
        before, after = said[max(0, m.start() - 24) : m.start()], said[m.end() :]
        if _FUTURE_BEFORE.search(before) or not (
            _PAST_BEFORE.search(before) or _PAST_AFTER.match(after)
        ):
            continue
        return [
            finding(
                "goal.deadline_from_past",
                "goal.deadline",
                f"The deadline ({plan.goal.deadline}) is {n} years away, but the person's "
                f"'{_phrase(said, m)}' says how long "
                "something has lasted, not when the goal is due.",
                "Ask for the deadline, or assume a realistic one for the goal and mark it assumed.",
            )
        ]
    return []


def _phrase(text: str, m: re.Match[str]) -> str:
    """The span with a word either side: 'for 6 years to', 'after 2 years of'."""
    before = text[: m.start()].split()[-1:]
    after = text[m.end() :].split()[:1]
    return " ".join([*before, m.group(0), *after])
