"""The headline of a goal no field knows: the goal as the person put it, in the plan's voice
("Get your NMC revalidation done"), or the count they want when their phrase does not carry
it ("Reach 180 families"); never the whole typed goal in quotes."""

from __future__ import annotations

import re

from assistant.understanding.approval import won
from assistant.understanding.facts import Understanding
from assistant.understanding.goal_object import typed_case
from assistant.understanding.outcome import outcome_phrase

_PLAN_VOICE = (
    ("myself", "yourself"),
    ("ourselves", "yourselves"),
    ("my", "your"),
    ("our", "your"),
    ("i'm", "you're"),
    ("we're", "you're"),
    ("i", "you"),
    ("we", "you"),
)
_MAX_WORDS = 14
_PERSON_RE = re.compile(r"\b(?:wants?|wanting|need|needs|i've|we've)\b")


def own_goal(u: Understanding, target: str, rated: str = "") -> str:
    """The outcome sentence without its deadline. ``target`` is the measure as written ("180
    families"), ``rated`` the rhythm's sentence when the measure is a rate."""
    if u.stages:
        return f"{_capital(u.subject)} done, through your {len(u.stages)} stages"
    thing = won(u.core, u.text, u.said) if u.preset and u.preset.conditions else None
    if thing:  # "UK spouse visa granted", "TMA02 submitted": the thing won, never a number
        return thing.headline
    phrase = typed_case(outcome_phrase(u.core), u.text)
    target = typed_case(target, u.text)
    for mine, yours in _PLAN_VOICE:
        phrase = re.sub(rf"\b{mine}\b", yours, phrase)
    counted = "metric" in u.stated and u.unit not in {u.playbook.unit, "stages"}
    number = f"{u.target:g}" if counted else ""
    reads = 2 <= len(phrase.split()) <= _MAX_WORDS and not _PERSON_RE.search(phrase)
    per = u.metric_name[len(u.unit) :] if u.metric_name.startswith(u.unit) else ""
    rate = f"{target}{per}" if u.rate_period and number and per else ""
    if reads and (not number or number in phrase.replace(",", "")):
        return _capital(phrase)
    if reads:  # "get your revalidation done", with the 35 hours it counts
        return f"{_capital(phrase)}: {rate}" if rate else f"{_capital(phrase)}, with {target}"
    if rate:  # "from feeding 120 families a week to 180"
        since = f" (from {u.baseline:g})" if u.baseline is not None else ""
        return f"Reach {rate}{since}"
    if rated:
        return _capital(rated)
    if number:
        return f"Reach {target}"
    return f"{_capital(u.subject)} done and checked"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
