"""A plan in the person's country's words: T4s in Calgary, P60s in Leeds, 'your tax forms'
when nobody knows where they live; never another country's institutions."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from assistant.engines.offline.plan_texts import rewrite_texts
from assistant.language.country import country_table

if TYPE_CHECKING:
    from assistant.models import Plan


def terms_for(key: str | None) -> tuple[tuple[str, str], ...]:
    """The country's own words, then the neutral ones for whatever it leaves (the US: its own)."""
    table = country_table()
    own = table.get(key)
    if key == "us":
        return own.terms if own else ()
    neutral = table.get("neutral")
    return (own.terms if own else ()) + (neutral.terms if neutral else ())


def localize(text: str, key: str | None) -> str:
    """One text with US institutions put in the person's country's words; the neutral words
    never replace the person's own ('National Insurance' stays in Leeds)."""
    table = country_table()
    own = table.get(key)
    neutral = table.get("neutral")
    for us, theirs in own.terms if own else ():
        text = re.sub(us, theirs, text)
    if key == "us" or neutral is None:
        return text

    signs = (*own.signs, *((table.state,) if own.states else ())) if own else ()
    for us, theirs in neutral.terms:
        text = re.sub(us, functools.partial(_unless_theirs, theirs=theirs, signs=signs), text)
    return text


def _unless_theirs(m: re.Match[str], *, theirs: str, signs: tuple[str, ...]) -> str:
    """The neutral words for a match, or the match itself when it is the person's own word
    (or 'your state' where there are states)."""
    if any(re.search(sign, m.group(0), re.IGNORECASE) for sign in signs):
        return m.group(0)
    return m.expand(theirs)


def in_their_country(plan: Plan, key: str | None) -> Plan:
    """Every text of the plan with US institutions put in the person's country's words."""
    if not terms_for(key):
        return plan

    def local(text: str) -> str:
        return localize(text, key)

    return rewrite_texts(plan, local)
