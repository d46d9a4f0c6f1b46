"""Starts and targets said in their own kind of count: a count of another thing ("3 chords"
for songs), a count added to the start ("10 more"), a letter grade said as the start."""

from __future__ import annotations

import re

from assistant.language.quantities import Quantity
from assistant.playbooks import Playbook
from assistant.understanding.baseline import canonical_unit, in_unit


def other_count(theirs: str, ours: str, playbook: Playbook) -> bool:
    """Whether a start counted in ``theirs`` ("I know 3 chords") counts another thing the
    field counts than the target's ``ours`` (songs): a start in its own unit, not the goal's."""
    a = canonical_unit((theirs.split() or [""])[0])
    b = canonical_unit((ours.split() or [""])[0])
    return bool(
        a
        and b
        and a.rstrip("s") != b.rstrip("s")
        and playbook.units
        and re.search(playbook.units, a)
        and in_unit(1, a, b) is None
    )


def more_than_now(target: Quantity | None, start: float | None, playbook: Playbook) -> bool:
    """Whether the goal counts what it adds ("recruit 10 more volunteers") to a stated start:
    the target is the start plus that many."""
    words = target.unit.split() if target else []
    return bool(
        words
        and words[0] in {"more", "extra", "additional", "new"}
        and start
        and not playbook.money
    )


_MORE_RE = re.compile(r"\b(\d+)\s(?:more|extra|additional|new)\b")


def added_to_start(core: str, target: float, start: float | None) -> float | None:
    """The count the goal adds ("10 more") when the target is the start plus it; else None."""
    m = _MORE_RE.search(core)
    if not m or start is None or abs(start + float(m.group(1)) - target) > 1e-6:
        return None
    return float(m.group(1))


_LETTERS = {"a": 93.0, "a-": 90.0, "b+": 87.0, "b": 83.0, "b-": 80.0, "c+": 77.0, "c": 73.0}
_LETTERS |= {"c-": 70.0, "d+": 67.0, "d": 63.0, "d-": 60.0, "f": 50.0}
_LETTER_NOW_RE = re.compile(
    r"\b(?:from|currently|i have|i've got|i got|i'?m (?:at|on|getting)|sitting at|stuck at)\s"
    r"(?:an?\s)?([abcdf][+-]?)(?![a-z0-9+-])"
)


def letter_start(text: str) -> float | None:
    """The percentage a letter grade said as where they are ("from a C") starts at: a C is
    73%, the bottom of its band; None when no letter is said as the start."""
    m = _LETTER_NOW_RE.search(text.lower())
    return _LETTERS.get(m.group(1)) if m else None


_SCORE_UNITS = frozenset(["band", "bands", "points", "score", "%"])
_MOCK = r"(?:mock(?: test| exam)?|practice (?:test|exam)|diagnostic(?: test)?)"
_SCORE_NOW_RE = re.compile(  # ^ is the start of the goal or of the baseline answer
    rf"\b(?:got|scored|have|had|at|on)\s(?:an?\s)?(\d+(?:\.\d+)?)%?\s(?:overall\s)?(?:on|in|at)\s"
    rf"(?:my|the|a|an|our|last|1st|first)\s(?:[a-z]+\s)?{_MOCK}"
    rf"|\boverall\s(\d+(?:\.\d+)?)%?\s(?:on\s(?:my|the|a)\s)?{_MOCK}"
    rf"|\b{_MOCK}(?:\sscore|\sband|\sresult)?(?:\swas|\sis|:)?\s(?:about\s|around\s)?(\d+(?:\.\d+)?)%?"
    # the last real sitting: "got 6.5 last time", "last time I got 6.5 overall", "6.5 overall: L7"
    r"|\b(?:got|scored|had)\s(?:an?\s)?(\d+(?:\.\d+)?)%?\s(?:overall\s)?(?:last time|the last time|"
    r"last year|before|previously|the first time|on my (?:first|last) (?:try|attempt|sitting))\b"
    r"|\blast time (?:i|we) (?:got|scored) (?:an?\s)?(\d+(?:\.\d+)?)%?"
    r"|^\s*(\d+(?:\.\d+)?)\s(?:overall|band)\b",
    re.M,
)


def score_start(text: str, unit: str, target: float) -> float | None:
    """The score a mock or practice test gave ("got 6.0 on my mock", "overall 6.0 mock"), as
    where a score goal starts: under the target and within reach of it; else None."""
    if unit not in _SCORE_UNITS:
        return None
    for m in _SCORE_NOW_RE.finditer(text.lower().replace(" . ", "\n")):
        value = float(next(g for g in m.groups() if g))
        if 0.5 * target <= value < target:
            return value
    return None


_UNDER_WAY_RE = re.compile(
    r"[^,.;]*\b(?:(?:about|nearly|almost|over|more than|roughly)\s)?(?:half(?:way)?|a third|two thirds|"
    r"\d+ (?:of|out of) \d+ [a-z]+)\s(?:[a-z]+\s)?(?:done|pieced|finished|built|written|knitted|"
    r"sewn|painted|complete|completed|through)\b[^,.;]*"
)


def start_clause(core: str) -> str:
    """The clause of the goal that says a piece is under way ("the top is about half pieced"):
    where they start, in their words, when no number measures it; else ""."""
    m = _UNDER_WAY_RE.search(core.lower())
    return m.group(0).strip() if m else ""
