"""Whether a message is written in another language than English (the planner reads English)."""

from __future__ import annotations

import re

_OTHERS = {"es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian",
           "nl": "Dutch"}  # fmt: skip
# a few of the commonest English words: one in four words of a goal is usually among them
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "of",
        "and",
        "in",
        "on",
        "for",
        "by",
        "my",
        "i",
        "me",
        "we",
        "our",
        "is",
        "are",
        "be",
        "want",
        "need",
        "get",
        "it",
        "at",
        "from",
        "with",
        "this",
        "that",
        "next",
        "year",
        "month",
        "week",
        "day",
        "days",
        "more",
        "less",
        "lose",
        "save",
        "run",
        "walk",
        "read",
        "learn",
        "start",
        "stop",
        "finally",
        "try",
        "can",
        "will",
        "just",
        "so",
        "before",
        "after",
        "every",
        "each",
    ]
)
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def other_language(text: str) -> str | None:
    """The language a message is mostly written in when it is not English ("quiero bajar 5
    kilos antes de verano": Spanish); None for English, mixed or too short to tell."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    if len(words) < 3 or sum(w in _ENGLISH for w in words) >= max(1, len(words) // 4):
        return None  # plainly English: no word list is loaded
    from wordfreq import zipf_frequency

    english = sum(zipf_frequency(w, "en") >= 3.0 for w in words)
    if english >= 0.5 * len(words):  # most goals: no other language's list is loaded
        return None
    best: tuple[int, str] | None = None
    for code, name in _OTHERS.items():
        theirs = sum(zipf_frequency(w, code) - zipf_frequency(w, "en") > 1.5 for w in words)
        if best is None or theirs > best[0]:
            best = (theirs, name)
    if best and best[0] >= 0.6 * len(words):
        return best[1]
    return None
