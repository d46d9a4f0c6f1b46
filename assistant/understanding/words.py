"""Word lists for reading goals: near-miss spellings of domain words, words that are not names."""

from __future__ import annotations

import functools
import re
from difflib import get_close_matches

LANGUAGES = (
    r"spanish|french|german|italian|portuguese|japanese|chinese|mandarin|cantonese|korean|arabic|"
    r"russian|dutch|polish|swedish|norwegian|danish|greek|turkish|hindi|vietnamese|thai|hebrew|"
    r"czech|ukrainian|indonesian|english|catalan|finnish|hungarian|romanian|welsh|irish|swahili"
)


VOCABULARY = tuple(
    sorted(
        set(LANGUAGES.split("|"))
        | set(
            [
                "marathon",
                "running",
                "weight",
                "novel",
                "thesis",
                "dissertation",
                "guitar",
                "piano",
                "violin",
                "programming",
                "python",
                "javascript",
                "customers",
                "revenue",
                "savings",
                "mortgage",
                "credit",
                "renovate",
                "kitchen",
                "bathroom",
                "wedding",
                "conference",
                "meditate",
                "smoking",
                "exercise",
                "workout",
                "launch",
                "interview",
                "certification",
                "business",
                "newsletter",
                "podcast",
                "subscribers",
                "drawing",
                "painting",
                "language",
                "finish",
                "pottery",
                "portfolio",
                "volunteer",
                "meditation",
                "declutter",
                "blood",
            ]
        )
    )
)

# Ordinary words one letter away from a domain word ("finish" is not "finnish").
REAL_WORDS = frozenset(
    [
        "lunch",
        "lunches",
        "medication",
        "medications",
        "medicine",
        "meditating",
        "punch",
        "bunch",
        "launder",
        "laundry",
        "finish",
        "finished",
        "polish",
        "furnish",
        "punish",
        "parish",
        "running",
        "runner",
        "weighs",
        "weigh",
        "weighed",
        "weighing",
        "wright",
        "credits",
        "launches",
        "painting",
        "piano",
        "kitchens",
    ]
)

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

NOT_NAMES = frozenset(
    [
        "i",
        "the",
        "a",
        "an",
        "my",
        "our",
        "we",
        "q1",
        "q2",
        "q3",
        "q4",
        *MONTHS,
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "christmas",
        "easter",
        "python",
        "javascript",
        "java",
        "spanish",
        "french",
        "german",
        "english",
        "italian",
        "japanese",
        "chinese",
    ]
)


@functools.lru_cache(maxsize=256)  # a goal's core text is read more than once a reading
def fix_typos(s: str) -> str:
    """Correct near-misses of domain words ('spansh' -> 'spanish') so the right playbook wins."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) < 5 or word in VOCABULARY or word in REAL_WORDS:
            return word
        if word.endswith("s") and (word[:-1] in VOCABULARY or word[:-2] in VOCABULARY):
            return word  # "volunteers": a plural of a known word, not a typo of it
        near = [v for v in VOCABULARY if v[0] == word[0] and abs(len(v) - len(word)) <= 2]
        close = get_close_matches(word, near, n=1, cutoff=0.86) if near else []
        return close[0] if close else word

    return re.sub(r"[a-z]+", fix, s)
