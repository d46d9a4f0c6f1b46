"""The person's own word for the measure kept over a template's stand-in: 'average' never
becomes 'median', 'asleep by 11' never becomes 'in bed by 11'."""

from __future__ import annotations

import re
from collections.abc import Callable

# (what the person said, the template's stand-in, the person's word in its place)
_SWAPS = (
    (re.compile(r"\baverage\b|\bavg\b|\bmean\b"), re.compile(r"\bmedian\b", re.I), "average"),
    (re.compile(r"\bmedian\b"), re.compile(r"\baverage\b", re.I), "median"),
    (
        re.compile(r"\b(?:asleep|fall(?:ing)? asleep|sleeping|lights out) (?:by|before|at)\b"),
        re.compile(r"\bin bed\b", re.I),
        "asleep",
    ),
)


def their_measure(goal: str, phrase: str) -> str:
    """The phrase with the measure in the person's word when the template swapped it."""
    text = goal.lower()
    for said, stand_in, word in _SWAPS:
        if said.search(text) and not stand_in.search(text):
            phrase = stand_in.sub(_cased(word), phrase)
    return phrase


def _cased(word: str) -> Callable[[re.Match[str]], str]:
    """The person's word, capitalised where the template's word was."""
    return lambda m: word.capitalize() if m.group(0)[0].isupper() else word
