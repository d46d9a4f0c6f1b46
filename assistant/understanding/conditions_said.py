"""The conditions a goal that wins something names, as steps of its evidence stage
(data/done_states.toml): 'I need to show the £29,000 income' -> 'Gather the papers that prove
the £29,000 income'; 'she has to pass the A1 English test' -> 'With her: book and pass the A1
English test'; '20 of the 35 CPD hours' -> the 15 left; 'no written records' -> kept from now;
'we have the marriage certificate' -> filed, never fetched again."""

from __future__ import annotations

import re
from functools import cache

from assistant.understanding.approval import as_typed, done_states, said_rows
from assistant.understanding.goal_object import typed_case

_WHO_RE = r"(?P<who>i|we|she|he|they|you)"
_YOUR = {"i": "", "we": "", "you": "", "she": "her", "he": "him", "they": "them"}
# where a condition's clause ends: its reason, its time, the next clause
_CLAUSE_END_RE = re.compile(
    r"\s(?:and (?:i|we|she|he|they|it|my|our|his|her|their)|but|so|because|before|by|until|then|"
    r"which|when|or)\b|,(?!\d)|[.;:!?(](?!\d)"
)
_CONDITION_WORDS = 8
# where a list of things splits: "and" before a thing of its own ("a", "the", "2", "your")
_THINGS_RE = re.compile(r"\s(?:and|&)\s(?=(?:a|an|the|your|his|her|their|\d+)\s)")


@cache
def _conditions() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(said, step title, verbs) of each condition row: 'need to show ...' -> 'Gather ...'."""
    rows = done_states().get("condition", ())
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
        what = _CLAUSE_END_RE.split(what, maxsplit=1)[0].strip()
        # "a 10 minute recording and 2 references": two things, each its own step
        out.extend((at, m.group(1), thing.strip()) for thing in _THINGS_RE.split(what))
        if not nxt or _CLAUSE_END_RE.search(rest[: nxt.start()]):
            return out
        at += m.start(2) + nxt.end()


@cache
def _missing() -> tuple[tuple[re.Pattern[str], str], ...]:
    return said_rows("missing")


@cache
def _holdings() -> tuple[tuple[re.Pattern[str], str], ...]:
    return said_rows("holding")


def _voiced(words: str, text: str) -> str:
    """Their words in the plan's voice, cased as they typed them ('the A1 English test')."""
    words = as_typed(typed_case(words, text), text)
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
    for row in done_states().get("part_held", ()):
        for m in re.finditer(row["said"], said):
            have, total = int(m.group("have")), int(m.group("total"))
            what = _voiced(m.group("what").strip(), text)
            if 0 < have < total:  # "20 of the 35 CPD hours": the 15 left
                found.append(
                    (m.start(), row["title"].format(left=total - have, total=total, what=what))
                )
            elif have == 0 < total:  # "0/5 reflective accounts": all of them
                found.append((m.start(), row["title_none"].format(total=total, what=what)))
    for pattern, title in _missing():
        for m in pattern.finditer(said):
            found.append((m.start(), title.format(what=_voiced(m.group("what"), text))))
    for pattern, title in _holdings():
        for m in pattern.finditer(said):
            what = m.group("what").strip()
            if len(what.split()) <= _CONDITION_WORDS and not re.match(r"(?:to|no|not)\b", what):
                what = what if re.match(r"(?:the|your)\s", what) else f"the {what}"
                found.append((m.start(), title.format(what=_voiced(what, text))))
    return list(dict.fromkeys(step for _, step in sorted(found, key=lambda f: f[0])))
