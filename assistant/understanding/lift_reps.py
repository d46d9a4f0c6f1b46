"""Reps of a lift are no people: '60kg for 5 reps', '3 sets of 8 reps', '5 reps at 60kg'."""

from __future__ import annotations

import re

_LIFT_REPS_RE = re.compile(
    r"(?:\b(?:for|x|sets? of|doing|do|did|of)\s?|(?:kg|lbs?|kilos?|pounds)\s?(?:for\s|x\s?)?|\dx)"
    r"\d{1,2}\s?(reps?)\b|\b\d{1,2}\s?(reps?)\s(?:of|at|with|on|each|per|in a row|clean)\b"
)


def without_lift_reps(text: str) -> str:
    """The text with the word 'reps' of a lift blanked (same length), so no count of people
    is read from it; a team's '5 sales reps' is left as said."""

    def blank(m: re.Match[str]) -> str:
        group = 1 if m.group(1) else 2
        a, b = m.span(group)
        return m.group(0)[: a - m.start()] + "_" * (b - a) + m.group(0)[b - m.start() :]

    return _LIFT_REPS_RE.sub(blank, text)
