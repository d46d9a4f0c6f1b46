"""Mentions the person's words negate ("without crash dieting", "no kids", "don't want to end
up on metformin"): a negated mention never makes the thing it names theirs."""

from __future__ import annotations

import re
from collections.abc import Iterator

# a negator a few words before a mention, in the same clause; "not sure", "no idea", "don't
# know" hedge what follows rather than deny it, and are taken out before the window is read;
# "instead of coke", "rather than takeaways" name what they do now: no negator
_NEGATOR_RE = re.compile(
    r"\b(?:no|not|without|never|nor|zero|none|don'?t|do not|doesn'?t|does not|didn'?t|won'?t|"
    r"haven'?t got|hasn'?t got|avoid\w*)\b"
)
_HEDGE_RE = re.compile(
    r"\b(?:not sure|no idea|don'?t know|do not know|not certain|no clue|not exactly|"
    r"no longer sure|not just|not only|never (?:learn\w*|been able))\b"
)
# a clause ends at punctuation or a turn ("but", "so", "because"): negation does not cross it
_CLAUSE_END_RE = re.compile(r"[.,;:!?()]|\b(?:but|so|because|bc|though|although|and then)\b")
_WINDOW_WORDS = 6


def negated_at(text: str, start: int) -> bool:
    """Whether the mention starting at ``start`` of ``text`` (lower-cased) is under a negator
    at most a few words before it in the same clause."""
    before = text[:start]
    ends = list(_CLAUSE_END_RE.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    clause = _HEDGE_RE.sub(" ", clause)
    window = " ".join(clause.split()[-_WINDOW_WORDS:])
    return bool(_NEGATOR_RE.search(window))


def affirmed(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that no negator denies."""
    for m in pattern.finditer(text):
        if not negated_at(text, m.start()):
            yield m


def says(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` mentions what ``pattern`` names at least once without negating it."""
    return next(affirmed(pattern, text), None) is not None
