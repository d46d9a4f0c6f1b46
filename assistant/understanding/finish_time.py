"""A finish time the person wants to beat ("a half marathon in under 2 hours", "sub-25 5k",
"break 3:10") and the time they did before ("ran one in 2:24"), kept in the plan's goal."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language.amounts import fmt_clock
from assistant.understanding.facts import Understanding

_TIME = (
    r"(\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six)\s?(?:hours?|hrs?|h|minutes?|mins?|min)\b"
    r"(?:\s(?:and\s)?\d{1,2}(?:\s?(?:minutes?|mins?|min)\b|(?=$|[,.;]|\s(?:by|this|next|in|at)\b)))?"
    r"|\d{1,3}(?=\s?(?:-|\s)?(?:5k|10k|half|marathon|mile|km|k\b|parkrun))"
    # a bare number closing the clause of a race goal: "a faster 5k, sub 30", "10k under 50 by may"
    r"|\d{1,3}(?=\s*(?:$|[,.;!?]|\s(?:by|this|next|before|in|at|for|on|please)\b)))"
)
_TARGET_RE = re.compile(
    r"\b(?:in\s)?(?:under|sub|below|less than|faster than|break(?:ing)?|beat(?:ing)?)[-\s]?" + _TIME
)
# a finish time said with the race: "finish the marathon in 4:30", "run a 10k in 55 minutes"
_FINISH_IN_RE = re.compile(
    r"\b(?:run|finish|complete|do|swim|ride)\s(?:the\s|a\s|an\s|my\s)?[^,.;]{0,30}?\bin\s"
    r"(\d{1,2}:\d{2}(?::\d{2})?|\d+(?:\.\d+)?\s?(?:hours?|hrs?|minutes?|mins?)\b)"
)
_BEFORE_RE = re.compile(
    r"\b(?:ran|did|finished|completed|clocked|pr\b|pb\b|personal best|best time|last time|"
    r"currently|right now|at the moment|took|last (?:one|race|time))"
    r"[^,.;]{0,30}?\b(?:in\s|of\s|was\s|is\s|at\s)?(?:about\s|around\s)?"
    r"(\d{1,2}:\d{2}(?::\d{2})?|\d+(?:\.\d+)?\s?(?:hours?|hrs?|minutes?|mins?|min)\b)"
)
# the time said first and its cue after it ("28:40 right now", "27:55 pb", "about 2:10 these days"),
# or after a verb of what they can do now ("i can do about 28:40", "i'm at 31 min", "usually 58 mins")
_CLOCK = r"(\d{1,2}:\d{2}(?::\d{2})?|\d+(?:\.\d+)?\s?(?:hours?|hrs?|minutes?|mins?|min)\b)"
_AFTER_RE = re.compile(
    _CLOCK + r"(?:\s(?:ish|or so))?[^,.;\d]{0,25}?\b(?:right now|now\b|at the moment|currently|"
    r"these days|at present|at best|pb\b|pr\b|personal best|best time|is my (?:best|pb|pr)|"
    r"on a good day|last (?:time|year|month|week|race|one|summer|spring|autumn|fall|winter))"
)
_CAN_RE = re.compile(
    r"\b(?:can (?:do|run|swim|ride|manage|finish)|(?:i'?m|i am) (?:at|around|about|on)|usually|"
    r"normally|typically|tend to (?:do|run)|i (?:do|run) (?:it|one|a \w+|them) in)"
    r"[^,.;]{0,25}?\b(?:in\s)?(?:about\s|around\s|roughly\s|~\s?)?" + _CLOCK
)
_RACE_RE = re.compile(
    r"\b(?:marathon|half|\d+\s?(?:km|k|miles?|mi|m)\b|mile|race|parkrun|triathlon|sportive|"
    r"ironman|time trial)"
)
_DISTANCES = frozenset({"km", "miles", "m", "mi"})
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class FinishTime:
    """The time to beat and the time done before, in minutes."""

    target: float
    before: float | None = None


def _minutes(said: str, long_race: bool) -> float | None:
    """'2:24' (hours when the race is long), '1:59:30', '2 hours', '25 min', 'sub-2'."""
    said = said.strip()
    if ":" in said:
        parts = [int(p) for p in said.split(":")]
        if len(parts) == 3:
            return parts[0] * 60 + parts[1] + parts[2] / 60
        return parts[0] * 60 + parts[1] if long_race or parts[0] <= 6 else parts[0] + parts[1] / 60
    m = re.match(r"(\d+(?:\.\d+)?|[a-z]+)\s?(hours?|hrs?|h|minutes?|mins?|min)?", said)
    if not m:
        return None
    word = m.group(1)
    if word not in _WORDS and not word[0].isdigit():
        return None
    value = float(_WORDS[word]) if word in _WORDS else float(word)
    unit = m.group(2) or ("h" if value <= 6 else "min")
    minutes = value * 60 if unit.startswith("h") else value
    extra = re.match(r"\s(?:and\s)?(\d{1,2})\b", said[m.end() :]) if unit.startswith("h") else None
    return minutes + (float(extra.group(1)) if extra else 0)


def read_finish_time(core: str, baseline: str = "") -> FinishTime | None:
    """The finish time a race goal sets, with the one done before (goal first, then answer)."""
    if not _RACE_RE.search(core):
        return None
    long_race = bool(re.search(r"\b(?:marathon|half|ultra|ironman|triathlon|sportive)\b", core))
    m = _TARGET_RE.search(core) or _FINISH_IN_RE.search(core)
    target = _minutes(m.group(1), long_race) if m else None
    if m is None or not target:
        return None
    before = None
    for text in (core[m.end() :], core[: m.start()], baseline.lower()):
        before = _time_before(text, long_race, target)
        if before:
            break
    return FinishTime(target, before)


def _time_before(text: str, long_race: bool, target: float) -> float | None:
    """The time they do now, its cue before or after it ("ran 31:40", "28:40 right now",
    "can do about 28:40", "27:55 pb"): the first one slower than the target and under twice it."""
    for pattern in (_BEFORE_RE, _AFTER_RE, _CAN_RE):
        for found in pattern.finditer(text):
            value = _minutes(found.group(1), long_race)
            if value and target < value < target * 2:
                return value
    return None


clock = fmt_clock  # a finish time as runners write it: 2:00:00, 24:30


_BY_RE = re.compile(r"\sby\s\d{1,2}\s[A-Z][a-z]+\s\d{4}")


def with_finish_time(statement: str, u: Understanding) -> str:
    """The statement of a race goal with the finish time to beat ("in under 2:00:00") and the
    time done before, when the goal set one and the statement lost it."""
    if u.unit not in _DISTANCES:
        return statement
    time = read_finish_time(u.core, u.baseline_said)
    if time is None or clock(time.target) in statement:
        return statement
    said = f" in under {clock(time.target)}"
    if time.before:
        said += f" (last time {clock(time.before)})"
    if " without stopping" in statement:
        return statement.replace(" without stopping", said, 1)
    by = _BY_RE.search(statement)
    if by:
        return statement[: by.start()] + said + statement[by.start() :]
    return statement + said
