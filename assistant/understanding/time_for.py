"""What a time answer says its time is for ("can batch cook sundays for 2 hrs": cooking), so
the hours go to that act and another act (a walk) keeps its own size and rhythm."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from assistant.understanding.time_settled import digits, length_said

# words of a time answer that say when, how long or how sure, never what the time is for
_NOT_ACTIVITY = frozenset(
    re.findall(
        r"\w+",
        """
        a about after afternoon afternoons all also an and any anyway around arvo at be before bit
        but by can could day days do each either evening evenings every extra few for free from get
        got have hour hours hr hrs i if im in into is it its just less like lunch maybe min mins
        minute minutes month months more morning mornings most much my night nights of on once only
        or other per probably quiet really roughly say so some spare sunday sundays saturday
        saturdays monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday
        fridays weekend weekends weekday weekdays weeknight weeknights than that the then there this
        time times to total twice until up usually want week weekly weeks when whenever while with
        work would yes you your two three four five one half
        """,
    )
)
_CLAUSE_RE = re.compile(r"[,;.!?]|\s(?:and|plus|but)\s")


def time_for(text: str) -> tuple[str, ...]:
    """The words of what a time answer says its time is for, from the part that holds the
    amount ("can batch cook sundays for 2 hrs and I walk the dog": batch, cook); none when it
    names only when and how long."""
    parts = _CLAUSE_RE.split(digits(text))
    for at, part in enumerate(parts):
        if re.search(r"\d", part) and length_said(part):
            # "I could cook on sunday evenings, about 90 min": the act said just before
            words = _acts(part) or (_acts(parts[at - 1]) if at else ())
            return words
    return ()


def _acts(part: str) -> tuple[str, ...]:
    part = re.sub(r"\b(?:on|at|in|from) (?:the|my|a) \w+", " ", part)  # "on the train"
    return tuple(w for w in re.findall(r"[a-z]{3,}", part) if w not in _NOT_ACTIVITY)


@cache
def _families() -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = tomllib.loads(resources.files("assistant.data").joinpath("time_acts.toml").read_text())
    return tuple((f["name"], tuple(f["stems"])) for f in raw["family"])


def act_family(text: str) -> str:
    """The family of act a text names ("batch cook": cooking, "Walk briskly": moving)."""
    s = f" {text.lower()} "
    for name, stems in _families():
        if any(re.search(r"(?<![a-z])" + re.escape(stem), s) for stem in stems):
            return name
    return ""


def names_other_act(title: str, words: tuple[str, ...]) -> bool:
    """Whether a time answer's act (``words``) is of another family than ``title``'s
    (cooking beside a walk); False when either is of no known family."""
    theirs, ours = act_family(" ".join(words)), act_family(title)
    return bool(theirs and ours and theirs != ours)
