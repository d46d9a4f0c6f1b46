"""How much work a task title names, from its verbs, objects and scope words, and which words
said so: 'implement billing end to end' names more than 'fix typo in the README'."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.language.text import normalize

# words that name a large piece of work, with how much each adds (a reviewed, short list)
_LARGE = {
    "system": 2.0,
    "systems": 2.0,
    "migration": 2.0,
    "migrate": 2.0,
    "redesign": 2.0,
    "architecture": 2.0,
    "platform": 2.0,
    "infrastructure": 2.0,
    "overhaul": 2.0,
    "rewrite": 2.0,
    "renovate": 2.0,
    "end to end": 2.0,
    "end-to-end": 2.0,
    "from scratch": 1.5,
    "pipeline": 1.5,
    "refactor": 1.5,
    "implement": 1.0,
    "build": 1.0,
    "integrate": 1.0,
    "integration": 1.0,
    "launch": 1.0,
    "design": 1.0,
    "develop": 1.0,
    "whole": 1.0,
    "entire": 1.0,
    "full": 1.0,
    "all": 0.5,
    "every": 0.5,
    "module": 1.0,
    "feature": 0.5,
    "project": 0.5,
}
# words that name a small, single action
_SMALL = {
    "typo": 1.5,
    "rename": 1.0,
    "reply": 1.0,
    "email": 1.0,
    "call": 1.0,
    "text": 1.0,
    "book": 0.5,
    "confirm": 1.0,
    "check": 0.5,
    "bump": 1.0,
    "tweak": 1.0,
    "link": 0.5,
    "one": 0.5,
    "1": 0.5,
}
_PHRASES = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, [*_LARGE, *_SMALL]), key=len, reverse=True)) + r")\b"
)


@lru_cache(maxsize=8192)
def scope_words(title: str) -> tuple[float, tuple[str, ...]]:
    """(net amount of work the words name: + large, - small; the words that drove it)."""
    points, drove = 0.0, []
    for m in _PHRASES.finditer(normalize(title)):
        word = m.group(1)
        if word in _LARGE:
            points += _LARGE[word]
        else:
            points -= _SMALL[word]
        drove.append(word)
    return points, tuple(drove)


def scope_adjusted(score: float, points: float, too_big: bool) -> float:
    """The size score moved by the scope words, never across the too-big line (0.5): more
    named work, lower score."""
    if too_big:
        return max(0.01, min(score, 0.49) - 0.02 * max(points, 0.0))
    if score >= 1.0:
        return round(1.0 - min(0.15, 0.05 * max(points, 0.0)), 3)
    return round(min(0.95, max(0.5, score - 0.08 * points)), 3)
