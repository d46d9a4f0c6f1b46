"""The levels a person says they are at now ("running about 20km a week", "I walk 6k steps a
day", "I can do 3 pull-ups", "already save 200 a month"): the plan's first step and its weekly
indicators start at or above them, never below."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language.quantities import quantities_in_normalized
from assistant.language.text import normalize

# a level said as held now, in the goal's own words (the baseline answer is all "now")
_NOW_BEFORE = re.compile(
    r"\b(?:currently|right now|at the moment|these days|already|so far|usually|normally|"
    r"typically|i can|i could|can do|can manage|i do|i'?m doing|i run|i walk|i read|i play|"
    r"i swim|i ride|i cycle|i save|i write|i practi[sc]e|i know|i'?m at|i am at|i'?m on|"
    r"i'?m running|i'?m walking|i'?m reading|i'?m saving|averag\w*|manage|doing)\b[^.;,]{0,25}$"
)
_NOW_AFTER = re.compile(r"^[^.;,]{0,20}\b(?:right now|at the moment|currently|these days|now)\b")
# a number that is wanted, not held: "want to do 10", "up to 8,000", "goal of 20"
_WISH = re.compile(
    r"\b(?:want(?:ing)?|wanna|would like|hope|aim\w*|goal|target|get to|up to|reach|build to|"
    r"work up to|be able to|by|to)\s(?:\w+\s){0,3}$"
)
_TRIED = re.compile(r"\b(?:tried|try|trying|attempted)\b[^.;,]*$")
_FAILED = re.compile(
    r"^[^.;]{0,25}?\b(?:had to (?:stop|walk)|couldn'?t|could not|failed|gave up|stopped|then walk)"
)
_PERIODS = (
    (
        "day",
        re.compile(r"\b(?:a|per|each|every) (?:day|night|morning|evening)\b|\bdaily\b|\bnightly\b"),
    ),
    ("week", re.compile(r"\b(?:a|per|each|every|this) week\b|\bweekly\b|\bweekdays?\b")),
    ("month", re.compile(r"\b(?:a|per|each|every|this) month\b|\bmonthly\b")),
)
# the same measure said in other words (steps / step, pull-ups / pull ups)
_UNIT_SPLIT = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class Level:
    """An amount the person does or holds now, with how often (day, week, month or '')."""

    value: float
    unit: str
    period: str


def period_of(text: str) -> str:
    """'week' for 'weekly distance' or '20 km a week', 'day' for 'steps a day', else ''."""
    low = normalize(text)
    return next((name for name, pattern in _PERIODS if pattern.search(low)), "")


def same_unit(a: str, b: str) -> bool:
    """'pull-ups' and 'pull ups', 'step' and 'steps', 'pages read' and 'pages'."""
    words_a = [w.rstrip("s") for w in _UNIT_SPLIT.split(normalize(a)) if w]
    words_b = [w.rstrip("s") for w in _UNIT_SPLIT.split(normalize(b)) if w]
    if not words_a or not words_b:
        return False
    return "".join(words_a) == "".join(words_b) or words_a[0] == words_b[0]


def stated_levels(goal: str, baseline: str = "") -> list[Level]:
    """Each amount said as held now: every counted amount of the baseline answer, and those of
    the goal said with a cue of now ("currently 6k steps", "I can do 3 pull-ups")."""
    out: list[Level] = []
    for text, all_now in ((baseline, True), (goal, False)):
        low = normalize(text)
        for q in quantities_in_normalized(low):
            if q.kind != "amount" or not q.unit or q.value <= 0:
                continue
            head = q.unit.split()[0]
            if len(head) < 2 or q.value != 1 and len(head) > 3 and not head.endswith("s"):
                continue  # "6.0 mock", "R 6.5": a score named by its test, not a count held
            before, after = low[: q.span[0]], low[q.span[1] :]
            if _WISH.search(before[-40:]) or _TRIED.search(before[-30:]) or _FAILED.search(after):
                continue  # "tried running 1 km and had to stop": a level not held
            if not all_now and not (_NOW_BEFORE.search(before[-45:]) or _NOW_AFTER.search(after)):
                continue
            out.append(Level(q.value, q.unit, period_of(low[q.span[0] : q.span[1] + 12])))
    return out
