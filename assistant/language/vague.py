"""Vague verbs, hedges and abstract targets: what makes a goal or task hard to act on."""

from __future__ import annotations

import re

from assistant.language.lexicon import words
from assistant.language.text import normalize

# Vague verbs and phrases that name a direction, not an action (seed 000: "Improve marketing").
VAGUE_PHRASES = words("vague_phrases")

# Verbs that are vague only without a number attached ("grow revenue 20%" is fine).
SOFT_VAGUE = frozenset(words("soft_vague"))

HEDGES = words("hedges")

# Abstract outcomes with no concrete object (vision, not goal).
ABSTRACT_TARGETS = words("abstract_targets")

_VAGUE_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, VAGUE_PHRASES), key=len, reverse=True)) + r")\b"
)
_HEDGE_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, HEDGES), key=len, reverse=True)) + r")\b"
)
_ABSTRACT_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, ABSTRACT_TARGETS), key=len, reverse=True)) + r")\b"
)


def find_vague_phrases(text: str) -> list[str]:
    """Vague verbs and phrases in the text, in order."""
    return [m.group(1) for m in _VAGUE_RE.finditer(normalize(text))]


def find_hedges(text: str) -> list[str]:
    return [m.group(1) for m in _HEDGE_RE.finditer(normalize(text))]


def find_abstract_targets(text: str) -> list[str]:
    return [m.group(1) for m in _ABSTRACT_RE.finditer(normalize(text))]


# --- verb-first ----------------------------------------------------------------------------

ACTION_VERBS = frozenset(words("action_verbs"))

_NON_VERB_START = frozenset(words("non_verb_start"))

# "Have the physio measure...", "Have your partner sign...": a causative imperative
_CAUSATIVE_HAVE = re.compile(r"^(?:have|get) (?:the|your|a|an|someone|somebody|each|every) ")


_ING_NOUNS = frozenset(
    (
        "morning",
        "evening",
        "during",
        "nothing",
        "something",
        "anything",
        "everything",
        "wedding",
        "ceiling",
        "string",
        "thing",
        "sibling",
        "pudding",
        "duckling",
        "dying",
        "being",
        "tying",
    )
)


def verb_of_gerund(word: str) -> str | None:
    """'learning' -> 'learn', 'cutting' -> 'cut', 'practising' -> 'practise': the verb a
    gerund is made from, when the verb list or English word frequencies know it; None for a
    word that is no gerund ('morning', 'spring')."""
    from wordfreq import zipf_frequency

    word = word.lower()
    if not word.endswith("ing") or len(word) < 5 or word in _ING_NOUNS:
        return None
    stem = word[:-3]
    candidates = [stem, f"{stem}e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.insert(0, stem[:-1])  # cutting, swimming
    known = [c for c in candidates if c in ACTION_VERBS]
    if known:
        return known[0]
    scored = [(zipf_frequency(c, "en"), c) for c in candidates if len(c) >= 3]
    if not scored:
        return None
    best, verb = max(scored)
    return verb if best >= 3.3 else None


def starts_with_verb(text: str) -> bool:
    """True when the text opens with an action verb (imperative), as a task title should."""
    tokens = re.findall(r"[a-z][a-z'-]*|\d+", normalize(text))
    if not tokens:
        return False
    first = tokens[0]
    if first in ACTION_VERBS or _CAUSATIVE_HAVE.match(normalize(text)):
        return True
    if first in _NON_VERB_START or first[0].isdigit():
        return False
    # gerunds and nouns ("Running", "Marketing plan", "Implementation") are not imperatives
    return not first.endswith(
        ("ing", "tion", "ment", "ness", "ity", "ship", "ance", "ence", "ly", "ed")
    )
