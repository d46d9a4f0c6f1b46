"""The goal's own words: lead-ins ("I want to") and capacity cut off, the person's stages split."""

from __future__ import annotations

import re

from assistant.language import normalize
from assistant.understanding.answers import CAPACITY_PHRASE_RE
from assistant.understanding.words import fix_typos


def split_stages(text: str) -> list[str]:
    """The person's stages: one per line, or separated by ';' or numbers ("1) ... 2) ...")."""
    parts = re.split(r"\n|;|\s(?=\d[.)]\s)", text)
    stages = [re.sub(r"^\s*(?:\d+[.)]|[-*•])\s*", "", p).strip(" .") for p in parts]
    return [s[:1].upper() + s[1:] for s in stages if len(s) >= 3][:4]


_LEAD_IN_RE = re.compile(
    r"^(?:(?:i|we|[^\W\d_]+ and i|me and [^\W\d_]+)\s(?:really\s)?(?:want|would like|wanna|"
    r"need|hope|plan|intend|am going|"
    r"'m going|are going|will|should|must|have)\s?(?:to\s)?|i'?d like to\s|we'?d like to\s|"
    r"my goal is to\s|our goal is to\s|goal:\s?|to\s)"
)


def core_text(goal: str, keep_capacity: bool = False) -> str:
    """The goal without lead-ins ('I want to'), capacity or end punctuation; domain typos fixed."""
    s = fix_typos(normalize(goal))
    s = _HEADCOUNT_RE.sub(
        lambda m: f"{m.group(2)} for {m.group(1)} people", s
    )  # "a 100-person meetup"
    if not keep_capacity:
        s = CAPACITY_PHRASE_RE.sub("", s)
    for _ in range(2):
        s = _LEAD_IN_RE.sub("", s).strip()
    return s.strip(" .!,;")


# "a 100-person meetup", "an 8 person dinner"; never "we're at 6 people and burning out"
_HEADCOUNT_RE = re.compile(
    r"\b(\d+)[- ](?:person|people|guest)\s(?!(?:and|or|but|so|who|that|are|is|now|in|at|on)\b)"
    r"((?:[a-z]+\s)?[a-z]+)"
)
