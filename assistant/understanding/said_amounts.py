"""Amounts said in other terms, written out as the amount they are: '1.5x my bodyweight
(I'm 72kg)' is 108 kg, '4 lengths of a 25m pool' is 100 m, and the pool's own length is
never the distance they want to swim; 'a sub 25 5k' beats 25 minutes."""

from __future__ import annotations

import re

_WEIGHT = r"(\d{2,3}(?:\.\d)?)\s?(kg|kgs|kilos?|lbs?|pounds)\b"
_MULTIPLE_RE = re.compile(
    r"\b(\d(?:\.\d{1,2})?)\s?(?:x|times)\s(?:my\s|your\s|his\s|her\s)?(?:own\s)?"
    r"(?:body\s?weight|bw)\b",
    re.I,
)
_BODYWEIGHT_RE = re.compile(
    rf"\(?\b(?:i'?m|i am|im|i weigh|weighing|weigh|at|bodyweight(?: is| of)?|bw(?: is| of)?)\s"
    rf"(?:about\s|around\s|roughly\s)?{_WEIGHT}\)?",
    re.I,
)
_LENGTHS_RE = re.compile(
    r"\b(\d{1,3})\s(lengths?|laps?)\s(?:of|in)\s(?:a|the|my)\s(\d{2})\s?(m|metres?|meters?|yd|yds|yards?)\b"
    r"(?:\s(?:pool|lane))?",
    re.I,
)
# "a sub 25 5k": 25 minutes, the time to beat, never a 25 km run
_SUB_TIME_RE = re.compile(
    r"\b(sub|under)\s(\d{1,3})(?=\s\d+(?:\.\d)?\s?(?:k|km|mi|miles?)\b)", re.I
)
# "run a mile without stopping": 1 mile, never the field's typical 5 km (a swim's mile is
# the pool's own 1,650 yards, read by the swimming field)
_ONE_RE = re.compile(
    r"\b(run|running|jog|jogging|walk|walking|hike|hiking) (?:a full|a|one) (mile|km|kilometre|kilometer)\b",
    re.I,
)
_POOL_RE = re.compile(
    r"\s?\b(?:in|at|of)\s(?:a|the|my)\s\d{2}\s?(?:m|metres?|meters?|yd|yds|yards?)\s(?:pool|lane)\b",
    re.I,
)


def _unit(word: str) -> str:
    return "kg" if word.lower().startswith("k") else "lb"


def as_amounts(text: str) -> str:
    """The goal text with multiples of body weight and pool lengths written as amounts."""
    multiple = _MULTIPLE_RE.search(text)
    weight = _BODYWEIGHT_RE.search(text)
    if multiple and weight:
        amount = float(multiple.group(1)) * float(weight.group(1))
        said = f"{amount:g}{_unit(weight.group(2))}"
        start, end = multiple.span()
        text = text[:start] + said + text[end:]
        text = _BODYWEIGHT_RE.sub("", text, count=1).replace("  ", " ")
    text = _SUB_TIME_RE.sub(lambda m: f"{m.group(1)}-{m.group(2)}", text)
    text = _ONE_RE.sub(lambda m: f"{m.group(1)} 1 {m.group(2)}", text)
    text = _LENGTHS_RE.sub(_lengths, text)
    return _POOL_RE.sub("", text)


def _lengths(m: re.Match[str]) -> str:
    total = int(m.group(1)) * int(m.group(3))
    return f"{total}{'m' if m.group(4).lower().startswith('m') else ' yards'}"
