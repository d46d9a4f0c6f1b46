"""A goal statement as a coach writes it: names and levels capitalised, "I" and "I'm" written as such."""

from __future__ import annotations

import re

from assistant.understanding.words import LANGUAGES

_COUNTRIES = (
    r"canada|germany|france|spain|italy|portugal|japan|korea|mexico|brazil|india|ireland|"
    r"england|scotland|wales|australia|america|britain|the uk|the us|the usa|new zealand|"
    r"netherlands|sweden|norway|denmark|poland|greece|switzerland|austria|belgium"
)
# "polish the car", "cook a turkey", "the good china": those words stay as written
_NAMES = LANGUAGES.replace("polish|", "")
_NAME_RE = re.compile(rf"\b(?:{_NAMES}|{_COUNTRIES}|goethe|telc)\b")
# CEFR, JLPT and HSK levels and the exams' names
_LEVEL_RE = re.compile(
    r"\b(?:[abc][12]|n[1-5]|jlpt|hsk|dele|delf|dalf|tcf|tef|topik|ielts|toefl|cpa (?:far|aud|reg|bec|isc|tcp)|cpa)\b"
)
_SELF_RE = re.compile(r"\b(?:i|im|ive)\b", re.I)
_SELF = {"i": "I", "im": "I'm", "ive": "I've"}
_SHORT = {"uk": "UK", "us": "US", "usa": "USA"}


def _name(m: re.Match[str]) -> str:
    words = m.group(0).split()
    return " ".join(w if w == "the" else _SHORT.get(w, w[:1].upper() + w[1:]) for w in words)


def _self(m: re.Match[str]) -> str:
    return _SELF[m.group(0).lower()]


def coach_case(text: str) -> str:
    """'Get to b2 in german so i can apply in germany' -> 'Get to B2 in German so I can apply in
    Germany'; words already capitalised are left as they are."""
    text = _NAME_RE.sub(_name, text)
    text = _LEVEL_RE.sub(lambda m: m.group(0).upper(), text)
    return _SELF_RE.sub(_self, text)


_MID_SENTENCE_CAP_RE = re.compile(r"(?<![.!?]\s)(?<!^)(?<=\s)([A-Z][a-z]+)\b")


def as_written(text: str, said: str) -> str:
    """Names the person capitalised mid-sentence kept so ("overspend on food delivery and
    amazon" -> "... and Amazon" when they wrote "Amazon"); a sentence's first word is no name."""
    names = {m.group(1).lower(): m.group(1) for m in _MID_SENTENCE_CAP_RE.finditer(said)}
    names = {k: v for k, v in names.items() if k not in _NOT_NAMES}
    if not names or len(names) * 4 > len(said.split()):  # Title Case Goals name nothing
        return text
    return re.sub(r"\b[a-z]+\b", lambda m: names.get(m.group(0), m.group(0)), text)


# capitalised mid-sentence for emphasis or habit, not as names
_NOT_NAMES = frozenset(
    [
        "i",
        "im",
        "a",
        "the",
        "and",
        "but",
        "or",
        "my",
        "we",
        "it",
        "so",
        "not",
        "mum",
        "mom",
        "dad",
        "mother",
        "father",
        "nan",
        "gran",
        "grandma",
        "grandpa",
        "wife",
        "husband",
        "sister",
        "brother",
        "son",
        "daughter",
    ]
)


# a target said as a floor: "above 700", "over 90%", "at least 40k", "700 or more"
_FLOOR_BEFORE_RE = re.compile(
    r"(?<!\bno )(?<!\bnot )\b(above|over|at least|more than|higher than|north of|no less than|"
    r"not less than)\s"  # (never "no more than 10": a ceiling)
    r"(?:a\s|an\s)?(?:[$€£¥₹₦]|r\s?)?$"
)
_FLOOR_WORDS = {"higher than": "above", "north of": "above", "no less than": "at least"}
_FLOOR_WORDS |= {"not less than": "at least"}
_FLOOR_AFTER_RE = re.compile(
    r"^(?:\+|(?:\s?[a-z%]+){0,3}?\s(?:or (?:more|higher|above|better)|and (?:up|above)|plus)\b)"
)


def floor_word(core: str, target: float) -> str | None:
    """The word a goal sets its target as a floor with ('get my score above 700': 'above';
    '40k or more': 'at least'), or None when the number is the target itself."""
    for m in re.finditer(r"(?<![\d.])(\d+(?:\.\d+)?)(k\b)?", core):
        value = float(m.group(1)) * (1000 if m.group(2) else 1)
        if abs(value - target) > 1e-9:
            continue
        if re.match(r"\s?(?:years?|yrs?|yo|y/o)\b", core[m.end() :]):
            continue  # "I'm over 40": an age, never the target's floor
        before = _FLOOR_BEFORE_RE.search(core, 0, m.start())
        if before:
            return _FLOOR_WORDS.get(before.group(1), before.group(1))
        if _FLOOR_AFTER_RE.match(core[m.end() :]):
            return "at least"
    return None


def as_floor(statement: str, target_text: str, word: str) -> str:
    """'Raise your credit score to 700' read as the floor they said: '... above 700'."""
    if f"to {target_text}" in statement:  # "to at least 700", but "above 700" (never "to above")
        said = f"to {word}" if word == "at least" else word
        return statement.replace(f"to {target_text}", f"{said} {target_text}", 1)
    if target_text in statement and f"{word} {target_text}" not in statement:
        return statement.replace(target_text, f"{word} {target_text}", 1)
    return statement
