"""The parts of a stated obstacle, how often it happens, and an obstacle the goal text names.

A coach reads "beers after work with the guys, and I eat late when I get home" as two
obstacles, each with its own attack; "after work" and "on weeknights" as five times a week, not
once; and "cutting the beer on weeknights would be half the battle" in a goal as the obstacle
itself when no answer names one. These readers serve the planner and the checks that count
what a plan leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.language.text import content_stems, normalize

__all__ = [
    "CLAUSE_AND",
    "obstacle_in_goal",
    "obstacle_parts",
    "qualifies",
    "said_rhythm",
    "slow_attacks",
    "uncovered_parts",
    "topic_stems",
]

# A new clause after a bare "and": a subject of its own ("and I eat late", "and its dark",
# "and December holidays kill momentum"), not a list of things ("bread and rice").
_CLAUSE_AND = (
    r"\s+and\s+(?=(?:honestly |also |tbh |really |then )?(?:i|i'm|im|i've|my|its|it's|it|the|our|he|she|they(?!'re| are)|we|there|his|her|their)\b"
    r"|(?:[a-z]+ ){1,2}(?:is|are|was|were|kills?|makes?|keeps?|gets?|takes?|eats?|wipes?)\b)"
)
CLAUSE_AND = re.compile(_CLAUSE_AND, re.I)
_SPLIT = re.compile(
    r"(\s*(?:,(?!\d)|;)\s*(?:and|but|plus|also|or)?\s*|\.\s+|\s+(?:and also|but also|but|plus)\s+|"
    + _CLAUSE_AND
    + ")"
)
# A fragment that goes on about the part before it ("the Dublin weather, it's lashing",
# "staff turnover, mostly students": who the turnover is, not an obstacle of its own).
_LEAD = re.compile(r"^(?:(?:and|but|plus|also|honestly|tbh|so|then)\s+)+")
_GOES_ON = re.compile(
    r"^(?:that|that's|thats|which|so|this|then|they're|theyre|they are|mostly|mainly|largely|"
    r"usually|especially|esp|all of them|most of them|many of them)\b"
)
_GOES_ON_AFTER_COMMA = re.compile(r"^(?:it|it's|its)\b")
# Words that say nothing of what the obstacle is about.
_EMPTY = frozenset(
    s.rstrip("'").rstrip("e")
    for s in content_stems(
        "when off get gets got really honestly just too much lot time times some sometimes "
        "always never also thing things stuff day days week weeks can cant don't dont it' "
        "want need make made feel bit kind sort like mostly basically probably guess think"
    )
)


def qualifies(piece: str) -> bool:
    """Does this piece only say more of the obstacle before it ("mostly students")?"""
    return bool(_QUALIFIER.match(normalize(piece).strip(" .,;-")))


_QUALIFIER = re.compile(
    r"(?:mostly|mainly|largely|usually|especially|esp|all of them|most of them|many of them)\b"
)


def _stems(text: str) -> set[str]:
    """What a text is about: content stems, without numbers ("i'm 52") or empty words."""
    stems = {s.rstrip("'").rstrip("e") for s in content_stems(text) if not s[:1].isdigit()}
    return stems - _EMPTY


def topic_stems(text: str) -> set[str]:
    """What a text is about, as content stems (public: the field's own moves are matched by
    them before a generic fallback)."""
    return _stems(text)


def obstacle_parts(constraint: str) -> list[str]:
    """The separate obstacles in one answer, each naming something of its own; one part (the
    whole) when it does not divide."""
    pieces = _SPLIT.split(normalize(constraint))
    parts: list[str] = []
    for k in range(0, len(pieces), 2):
        piece = _LEAD.sub("", pieces[k].strip(" .,;-"))
        joined = k > 0 and not re.search(r"[a-z]", pieces[k - 1])  # a bare comma before it
        if not piece:
            continue
        goes_on = _GOES_ON.match(piece) or (joined and _GOES_ON_AFTER_COMMA.match(piece))
        if parts and (goes_on or not _stems(piece)):
            parts[-1] = f"{parts[-1]}, {piece}"
        elif _stems(piece):
            parts.append(piece)
    return parts or [normalize(constraint).strip()]


def uncovered_parts(constraint: str, titles: Sequence[str]) -> list[str]:
    """The parts of a two-part (or longer) obstacle that no attack title names a word of."""
    parts = obstacle_parts(constraint)
    if len(parts) < 2:
        return []
    named = set().union(*(_stems(t) for t in titles)) if titles else set()
    return [p for p in parts if not _stems(p) & named]


# How often an obstacle happens, from the person's words: after work and on weeknights is
# each workday; every night or every day is daily.
_WORKDAYS = re.compile(
    r"\b(?:week ?nights?|week ?days?|work ?days?|work ?nights?|after work|after my shift|"
    r"(?:when|once) i (?:get|come) (?:home|in|back) from work|on the way home from work|"
    r"mon(?:day)?s? to fri(?:day)?s?|(?:every|each) (?:work|week) ?(?:day|night))\b"
)
_DAILY = re.compile(
    r"\b(?:every (?:single )?(?:night|evening|day|morning)|each (?:night|evening|day|morning)|"
    r"nightly|daily|most nights|all day|every time i)\b"
)


def said_rhythm(*texts: str) -> tuple[int, str]:
    """(times a week, words for it) the obstacle happens, from the first text that says so:
    (5, 'each weeknight'), (7, 'each evening'), or (0, '') when none says."""
    for text in texts:
        said = normalize(text)
        if _WORKDAYS.search(said):
            night = re.search(
                r"\b(?:night|evening|after work|home|late|dinner|beers?|drinks?)", said
            )
            return 5, "each weeknight" if night else "each workday"
        m = _DAILY.search(said)
        if m:
            when = re.search(r"night|evening|morning", m.group(0))
            return 7, f"each {when.group(0)}" if when else "each day"
    return 0, ""


# A goal that names its own obstacle: "cutting the beer on weeknights would be half the
# battle", "i know its mostly boredom", "my downfall is takeout", "because I work from home
# and barely leave the house".
_IN_GOAL = (
    re.compile(
        r"(?:cut(?:ting)? (?:out|back on|down on)|cutting|stopping|quitting|giving up|dropping|"
        r"skipping|fixing)\s+(?P<x>(?:the |my )?[a-z][a-z' ]{2,40}?)\s+(?:would be|is|will be|"
        r"'s)\s+(?:half the battle|the (?:big|main|real|biggest|hard) (?:problem|issue|part|thing))"
    ),
    re.compile(
        r"\bi know (?:it'?s|its|it is) (?:mostly |mainly |just |all |really |probably )?"
        r"(?P<x>[a-z]+(?: [a-z]+)?)\b"
    ),
    re.compile(
        r"\bmy (?:biggest |main |real )?(?:problem|issue|weakness|downfall|obstacle) is "
        r"(?P<x>[a-z][a-z' ]{2,40})"
    ),
    re.compile(
        r"\b(?P<x>[a-z][a-z' ]{2,30}?) (?:is|are) my (?:biggest |main |real )?(?:problem|"
        r"weakness|downfall)\b"
    ),
    re.compile(
        r"\b(?:because|bc|since) (?P<x>i (?:work from home|work remotely|barely leave|never "
        r"leave|don'?t leave|sit all day|work nights|work night shifts?)[^,.;!?]{0,40})"
    ),
)


def obstacle_in_goal(goal: str) -> str:
    """The obstacle a goal names in so many words ('the beer on weeknights'), or ''."""
    said = normalize(goal)
    for pattern in _IN_GOAL:
        m = pattern.search(said)
        if m:
            found = m.group("x").strip()
            if _stems(found):
                return found
    return ""


_PLANS_AHEAD = re.compile(
    r"^(?:set|plan|write|pick|choose|agree|stock|pack|prep|batch|cook|make|lay out|put)\b.*"
    r"\bnext week\b|\bfor the week\b"
)


def slow_attacks(constraint: str, tasks: Sequence[tuple[str, float]]) -> list[str]:
    """The parts of the obstacle that happen each weeknight or each day but whose attack comes
    round less often: ``tasks`` are (attack title, times a week). A task that sets next week up
    ahead ("Set next week's kitchen-closed time") covers every day of it."""
    slow = []
    for part in obstacle_parts(constraint):
        often, _ = said_rhythm(part)
        mine = [(t, n) for t, n in tasks if _stems(part) & _stems(t)]
        if often < 5 or not mine:
            continue
        if not any(n >= often or _PLANS_AHEAD.search(normalize(t)) for t, n in mine):
            slow.append(part)
    return slow
