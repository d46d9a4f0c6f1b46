"""The obstacle a goal names in its own text, in the person's words.

"I go to bed at like 1am scrolling", "ive started it 3 times and never got past week 4", "no
idea how to do intervals without blowing up": when no answer names what gets in the way, a
coach takes this clause of the goal as the constraint and attacks it, not a field's stock
obstacle. The words that mark such a clause (a habit that keeps happening, a wall hit before,
not knowing how, a trigger moment, a reason it goes wrong) and the clauses that only look like
one (a reason "so I can keep up", a start "I walk 3k now", a wish) are data
(``assistant/data/goal_obstacles.toml``).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from assistant.engines.offline.obstacle_parts import CLAUSE_AND
from assistant.language import normalize

__all__ = ["goal_obstacles", "without_reasons"]


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    text = (resources.files("assistant") / "data" / "goal_obstacles.toml").read_text("utf-8")
    data = tomllib.loads(text)
    cues = tuple(re.compile(r["pattern"]) for r in data["cue"])
    guards = tuple(re.compile(r["pattern"]) for r in data["guard"])
    return cues, guards


# Where a sentence divides into clauses: a clause led by "but", "because", "so", "though" (the
# lead word stays, its cue may need it), after a comma or semicolon.
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\s*;\s*|\n+")
_LEADS = r"but|because|bc|cos|since|so|though|although|except"
_CLAUSE = re.compile(rf"\s*,(?!\d)\s*|\s+(?=(?:{_LEADS})\s)", re.I)
# A piece that starts a clause of its own (a subject, a lead word, a wish), not one that goes
# on about the clause before it ("crisps and biscuits", "sometimes a whole packet").
_OWN_START = re.compile(
    rf"^\s*(?:{_LEADS}|and|i|i'?m|im|i'?ve|ive|my|we|we'?re|our|it|it'?s|its|he|she|they|"
    r"want|would|need|hope|not|no|right now|currently)\b",
    re.I,
)
# "because ..." is the obstacle only after words that say how things are now ("I'm at 4,000
# because I drive everywhere"), not after the goal ("learn German because we're moving").
_STATE = re.compile(r"\b(?:now|currently|at the moment|only|can'?t|never|barely|hardly|stuck)\b")
_AND_CUE = re.compile(r"\s+and\s+(?=(?:no idea|no clue|never|always|keep)\b)", re.I)
# The goal's own head ("Stop binge eating at night", "do the couch to 5k") is what they want.
_SUBJECT = re.compile(r"^\s*(?:i|i'?m|im|i'?ve|ive|my|we|our|the|it|its|it'?s)\b", re.I)
_FILLER = re.compile(
    r"^(?:(?:and|but|plus|also|honestly|tbh|mostly|mainly|really|just|though|then|"
    r"the thing is|the problem is|problem is)\b[\s,]*)+",
    re.I,
)
# A clause that points back at a thing named before it ("I never do them", "I keep skipping it").
_POINTS_BACK = re.compile(r"\b(?:them|it|those|these)\s*$")
_REASON_LEADS = re.compile(r"^(?:because|bc|cos|since|as)\s+", re.I)


def goal_obstacles(goal: str) -> list[str]:
    """The clauses of ``goal`` that name what gets in the way, as typed, first one first: each
    a clause a cue hits and no guard does, cut of its lead words ("but honestly")."""
    cues, guards = _patterns()
    found: list[str] = []
    sentences = _SENTENCE.split(goal.strip())
    first = sentences[0] if sentences else ""
    for sentence in sentences:
        pieces = [p for p in _CLAUSE.split(sentence) if p and p.strip(" ,.")]
        for k, piece in enumerate(pieces):
            said = normalize(piece).strip(" ,.")
            if not any(c.search(said) for c in cues):
                continue
            if sentence is first and k == 0 and not _SUBJECT.match(piece):
                continue
            if _REASON_LEADS.match(said) and not (k and _STATE.search(normalize(pieces[k - 1]))):
                continue
            clause = _own_clause(piece, cues)
            if k and _POINTS_BACK.search(normalize(clause)) and clause == piece:
                # "Physio gave me stretches but I never do them": what "them" is comes before
                clause = f"{pieces[k - 1].strip(' ,')} {piece.strip()}"
            core = _REASON_LEADS.sub("", _FILLER.sub("", normalize(clause).strip(" ,.")))
            if len(core.split()) < 2 or any(g.search(core) for g in guards):
                continue
            # the fragments after it that only go on about it ("crisps and biscuits")
            rest = []
            for p in pieces[k + 1 : k + 3]:
                if _OWN_START.match(p) or any(c.search(normalize(p)) for c in cues):
                    break
                rest.append(p.strip(" ,."))
            whole = ", ".join([clause.strip(" ,."), *rest])
            whole = _FILLER.sub("", whole).strip(" ,.")
            whole = _REASON_LEADS.sub("", whole) if _leads_reason(whole) else whole
            found.append(whole)
    return found


def _own_clause(piece: str, cues: tuple[re.Pattern[str], ...]) -> str:
    """Of a piece joined by "and" ("I go to bed at 1am scrolling and alarm is 6:45"), the
    clause the cue hit."""
    parts = [q for p in CLAUSE_AND.split(piece) for q in _AND_CUE.split(p)]
    if len(parts) < 2:
        return piece
    return next((p for p in parts if any(c.search(normalize(p)) for c in cues)), piece)


def _leads_reason(text: str) -> bool:
    """Does the clause begin "because I ..." (the reason itself is the obstacle)?"""
    return bool(_REASON_LEADS.match(text))


# A reason the goal gives for itself ("mainly so I can keep up with my kids at football"): what
# they want it for, where no obstacle is named.
_REASON = re.compile(
    r"\b(?:mainly |mostly |partly |just )?so (?:that )?(?:i|we|(?:my|our) \w+) (?:can|could|"
    r"'?ll|will|am|'?m|have|feel|don'?t|doesn'?t|won'?t|stops?|gets?)\b[^.,;!?]*"
)


def without_reasons(said: str) -> str:
    """The (normalised) goal without the reasons it gives for itself, where a field's obstacle
    words are no obstacle ("so I can keep up with my kids" is no family cooking)."""
    return _REASON.sub(" ", said)
