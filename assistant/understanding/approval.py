"""The done-state of a goal that wins something from someone who decides (data/done_states.toml):
the thing in the person's words and the word a coach says when it is won ('UK spouse visa
granted', 'organic certification issued', 'TMA02 submitted'), never a template noun or the
typed goal."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assistant.understanding.goal_object import typed_case

# words that start no thing's name: the acts and links before it ("apply for", "get ... for")
_NOT_A_MODIFIER = (
    r"(?:apply|applying|applied|get|getting|got|obtain|obtaining|win|winning|secure|securing|renew|"
    r"renewing|extend|submit|submitting|finish|finishing|complete|completing|pass|passing|want|"
    r"wants|need|needs|have|has|to|for|of|and|or|with|on|in|at|by|from|into|before|after|this|"
    r"that|is|are|i|we|you|it|so|a|an|the|my|our|his|her|their|your|done|sorted|do)"
)
_DETERMINER = r"(?:(?:the|a|an|my|our|his|her|their|your)\s)"
_MODIFIERS = 3  # "the uk spouse visa": at most three words before the thing's head


# an amount in brackets said with the thing, in the same clause ("the fine from the council (£70)")
_AMOUNT_RE = re.compile(r"[^.;:!?()]{0,40}?\((\s*[£$€₹]?\d[\d,.]*k?\s*)\)")


@dataclass(frozen=True)
class Won:
    """The thing a goal wins ('the UK spouse visa'), its done-state ('UK spouse visa granted')
    and the headline that asks for it ('Get the UK spouse visa granted')."""

    thing: str
    done: str
    headline: str


@cache
def done_states() -> dict:
    """data/done_states.toml, read once."""
    text = (resources.files("assistant") / "data" / "done_states.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def said_rows(table: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(said, title) of each row of a table of data/done_states.toml."""
    return tuple((re.compile(r["said"]), r["title"]) for r in done_states().get(table, ()))


@cache
def _table() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...], tuple]:
    data = done_states()
    words = rf"(?:(?!{_NOT_A_MODIFIER}\b)[\w'£$€&.,-]+\s){{0,{_MODIFIERS}}}"
    things = tuple(
        (re.compile(rf"\b({_DETERMINER}?{words}(?:{row['head']}))\b"), row["done"])
        for row in data["thing"]
    )
    acts = tuple(
        (
            re.compile(
                rf"\b(?:{row['verb']})\s({_DETERMINER}?{words}(?!{_NOT_A_MODIFIER}\b)[\w'-]+)"
                r"(?=$|[\s,.;:!?(])"
            ),
            row["done"],
        )
        for row in data.get("act", ())
    )
    return re.compile(data["submit"]), things, acts


def _earliest(core: str) -> tuple[re.Match[str], str, bool] | None:
    """The first thing the goal names (an act's object counts), with its done word."""
    _, things, acts = _table()
    found = [(m, done, True) for p, done in acts for m in [p.search(core)] if m]
    found += [(m, done, False) for p, done in things for m in [p.search(core)] if m]
    return min(found, key=lambda f: (f[0].start(1), -len(f[0].group(1)))) if found else None


def won(core: str, text: str, said_deadline: str = "") -> Won | None:
    """The thing the goal wins and its done-state, or None when it names no such thing.
    ``said_deadline`` is their deadline answer: 'submit by end of april' makes the hand-in the
    done-state ('UK spouse visa application submitted'), the decision coming after it."""
    found = _earliest(core)
    if found is None:
        return None
    m, done, by_act = found
    phrase = m.group(1).strip()
    if by_act:  # "appeal the parking fine": the fine is what is overturned
        phrase = re.split(r"\s(?:from|with|by|for|because|so|on)\s", phrase)[0]
    thing = as_typed(typed_case(re.sub(r"^(?:my|our)\s", "your ", phrase), text), text)
    amount = _AMOUNT_RE.match(core[m.end(1) :])
    if amount:  # "the parking fine from the council (£70)": its amount kept beside it
        thing = f"{thing} ({as_typed(amount.group(1), text)})"
    submit, _, _ = _table()
    handed_in = thing
    if done != "submitted" and not by_act and submit.search(f"{core} . {said_deadline.lower()}"):
        done = "submitted"  # "submit by April": the hand-in is the finish line they control
        handed_in = thing if thing.endswith("application") else f"{thing} application"
    named = (
        handed_in if handed_in.startswith("your ") else re.sub(rf"^{_DETERMINER}", "", handed_in)
    )
    headline = f"Submit {handed_in}" if done == "submitted" else f"Get {thing} {done}"
    return Won(thing=thing, done=f"{named[:1].upper()}{named[1:]} {done}", headline=headline)


def as_typed(words: str, text: str) -> str:
    """The phrase as the person cased it ('UK', 'Rhodes'), kept lower at a sentence's start."""
    m = re.search(re.escape(words), text, re.IGNORECASE)
    if m is None:
        return words
    said = m.group(0)
    if m.start() == 0 or re.search(r"[.!?]\s*$", text[: m.start()]):
        said = said[:1].lower() + said[1:] if said[1:2].islower() else said
    return said
