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


@dataclass(frozen=True)
class Won:
    """The thing a goal wins ('the UK spouse visa'), its done-state ('UK spouse visa granted')
    and the headline that asks for it ('Get the UK spouse visa granted')."""

    thing: str
    done: str
    headline: str


@cache
def _data() -> dict:
    """data/done_states.toml, read once."""
    text = (resources.files("assistant") / "data" / "done_states.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _said_rows(table: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r["said"]), r["title"]) for r in _data().get(table, ()))


@cache
def _table() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...], tuple]:
    data = _data()
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
    thing = typed_case(re.sub(r"^(?:my|our)\s", "your ", phrase), text)
    thing = _as_typed(thing, text)
    bare = re.sub(rf"^{_DETERMINER}", "", thing)
    submit, _, _ = _table()
    if done != "submitted" and not by_act and submit.search(f"{core} . {said_deadline.lower()}"):
        bare = bare if bare.endswith("application") else f"{bare} application"
        done = "submitted"
    if thing.startswith("your "):
        bare = thing
    handed_in = thing if bare.endswith(thing.split()[-1]) else f"{thing} application"
    headline = f"Submit {handed_in}" if done == "submitted" else f"Get {thing} {done}"
    return Won(thing=thing, done=f"{bare[:1].upper()}{bare[1:]} {done}", headline=headline)


def _as_typed(words: str, text: str) -> str:
    """The phrase as the person cased it ('UK', 'Rhodes'), kept lower at a sentence's start."""
    m = re.search(re.escape(words), text, re.IGNORECASE)
    if m is None:
        return words
    said = m.group(0)
    if m.start() == 0 or re.search(r"[.!?]\s*$", text[: m.start()]):
        said = said[:1].lower() + said[1:] if said[1:2].islower() else said
    return said


_WHO_RE = r"(?P<who>i|we|she|he|they|you)"
_YOUR = {"i": "", "we": "", "you": "", "she": "her", "he": "him", "they": "them"}
# where a condition's clause ends: its reason, its time, the next clause
_CLAUSE_END_RE = re.compile(
    r"\s(?:and (?:i|we|she|he|they|it|my|our|his|her|their)|but|so|because|before|by|until|then|"
    r"which|when|or)\b|,(?!\d)|[.;:!?(](?!\d)"
)
_CONDITION_WORDS = 8


@cache
def _conditions() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(said, step title, verbs) of each condition row: 'need to show ...' -> 'Gather ...'."""
    rows = _data().get("condition", ())
    return tuple(
        (
            re.compile(
                rf"\b{_WHO_RE}\s(?:(?:will|also|still|first)\s)?(?:need|needs|have|has|must|"
                rf"got)\s(?:to\s)?(?:(?:also|still|first)\s)?(?P<verb>{row['verbs']})\s(?P<what>.+)"
            ),
            row["title"],
            row["verbs"],
        )
        for row in rows
    )


def _condition_step(verb: str, what: str, text: str) -> str:
    """The step for one act of a condition ('show', '2 years of work'), '' when too long."""
    if not what or len(what.split()) > _CONDITION_WORDS:
        return ""
    for _, title, verbs in _conditions():
        if re.fullmatch(verbs, verb):
            return title.format(what=_voiced(what, text))
    return ""


def _acts(clause: str) -> list[tuple[int, str, str]]:
    """(offset, verb, object) of each act a condition chains with 'and' ('get two references
    and show 2 years of work experience'), each object cut where its clause ends."""
    verbs = "|".join(row_verbs for _, _, row_verbs in _conditions())
    out: list[tuple[int, str, str]] = []
    at = 0
    while True:
        m = re.match(rf"({verbs})\s(.+)", clause[at:])
        if not m:
            return out
        rest = m.group(2)
        nxt = re.search(rf"\s(?:and|&)\s(?=(?:{verbs})\s)", rest)
        what = rest[: nxt.start()] if nxt else rest
        out.append((at, m.group(1), _CLAUSE_END_RE.split(what, maxsplit=1)[0].strip()))
        if not nxt or _CLAUSE_END_RE.search(rest[: nxt.start()]):
            return out
        at += m.start(2) + nxt.end()


@cache
def _missing() -> tuple[tuple[re.Pattern[str], str], ...]:
    return _said_rows("missing")


@cache
def _holdings() -> tuple[tuple[re.Pattern[str], str], ...]:
    return _said_rows("holding")


@cache
def _parts_held() -> tuple[tuple[re.Pattern[str], str], ...]:
    return _said_rows("part_held")


def _voiced(words: str, text: str) -> str:
    """Their words in the plan's voice, cased as they typed them ('the A1 English test')."""
    words = _as_typed(typed_case(words, text), text)
    return re.sub(r"\b(?:[Mm]y|[Oo]ur)\b", "your", words)


def evidence_steps(said: str, text: str) -> list[str]:
    """A step for each condition the goal or answers name ('Gather the papers that prove the
    £29,000 income', 'With her: book and pass the A1 English test') and each thing they hold
    already ('Put the marriage certificate and photos in the folder'), in the order said."""
    found: list[tuple[int, str]] = []
    for pattern, _, _ in _conditions():
        for m in pattern.finditer(said):
            who = _YOUR[m.group("who")]
            # "get two references and show 2 years of work": each act its own step
            start = m.start("what") - len(m.group("verb")) - 1
            for at, verb, what in _acts(said[start:]):
                step = _condition_step(verb, what, text)
                if step and who:  # their part to do: said so, never given to the person
                    step = f"With {who}: {step[:1].lower()}{step[1:]}"
                if step:
                    found.append((start + at, step))
    for pattern, title in _parts_held():
        for m in pattern.finditer(said):
            have, total = int(m.group("have")), int(m.group("total"))
            if 0 < have < total:  # "20 of the 35 CPD hours": the 15 left
                what = _voiced(m.group("what").strip(), text)
                found.append((m.start(), title.format(left=total - have, total=total, what=what)))
    for pattern, title in _missing():
        for m in pattern.finditer(said):
            found.append((m.start(), title.format(what=_voiced(m.group("what"), text))))
    for pattern, title in _holdings():
        for m in pattern.finditer(said):
            what = m.group("what").strip()
            if len(what.split()) <= _CONDITION_WORDS and not re.match(r"(?:to|no|not)\b", what):
                what = what if re.match(r"(?:the|your)\s", what) else f"the {what}"
                found.append((m.start(), title.format(what=_voiced(what, text))))
    return list(dict.fromkeys(step for _, step in sorted(found)))
