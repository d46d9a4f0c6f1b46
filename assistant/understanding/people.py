"""Who else takes part in a goal, from the person's own words: "my son will help dig",
"me and my wife", "Sam and Priya", "our team of 6 agents", "the committee".

A person named as taking part gets tasks; a person the goal is about ("fix things with my
sister") does not: only taking-part phrasing counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language import normalize
from assistant.understanding.lift_reps import without_lift_reps

_KIN = (
    r"husband|wife|partner|spouse|fianc[ée]e?|boyfriend|girlfriend|bf|gf|son|daughter|"
    r"teenage son|teenage daughter|teen|kids|children|brother|sister|mom|mum|dad|mother|father|"
    r"roommate|flatmate|housemate|neighbou?r|friend|best friend|cofounder|co-founder|boss|"
    r"manager|assistant|coach|tutor"
)
_WHO = rf"(?:my|our) (?:\d+[- ]year[- ]old |older |younger |eldest |oldest |youngest |teenage )?({_KIN})"
# "my son will help dig", "my husband can do the heavy lifting", "plus my son", "help from my wife"
_HELPS_RE = re.compile(
    rf"\b{_WHO}\b(?:'s| is| will| can| could| would| said (?:he|she|they)(?:'d| would| will)|"
    rf" offered to| has offered to| wants to| is going to| agreed to)? ?"
    rf"(?:happy to |able to |going to |gonna )?(help(?:s|ing)?|do(?:es)?|take|handle|drive|"
    rf"carry|dig|build|paint|cook|watch)\b([^,.;!?]{{0,40}})"
    rf"|\b(?:plus|with help from|help from|helped by) {_WHO}\b(?!'s)(?:[^,.;!?]{{0,12}}?\bto\b([^,.;!?]{{0,40}}))?"
)
# "me and my wife want to", "my husband and I", "with my brother"
_PLANS = (
    r"(?=\s+(?:want|wants|would like|will|are going|plan|are planning|need|decided|have decided|"
    r"hope|can|could|both|together|are doing|are training|are saving|signed up))"
)
_TOGETHER_RE = re.compile(
    rf"\b(?:me|i) (?:and|&) {_WHO}\b{_PLANS}|\b{_WHO} (?:and|&) (?:i|me)\b{_PLANS}"
    rf"|\btogether with {_WHO}\b"
)
# "our team of 6 support agents", "6 agents", "3 cofounders", "me and 3 friends", "5 leaders"
_COUNT_RE = re.compile(
    r"\b(?:team of |group of |)(\d{1,2}) (?:support |sales |other |board |committee |part[- ]time |full[- ]time ){0,2}"
    r"(agents|reps|developers|devs|engineers|designers|writers|nurses|teachers|leaders|"
    r"volunteers|cofounders|co-founders|members|coaches|staff|marketers|analysts|organi[sz]ers)\b"
    r"|\b(?:team of|group of|board of|committee of|me and|i and|we(?:'re| are)|there are) "
    r"(\d{1,2}) (people|friends|colleagues|students|of us|parents|families|dads|mums|moms)\b"
    r"|\b(\d{1,2}) (of us)\b|\b(?:committee|board) of (\d{1,2})\b()"
)
# "our family (me, my husband, 3 kids aged 8-15)": the members listed in brackets
_MEMBERS_RE = re.compile(r"\((?:me|i|myself),\s*([^)]*)\)")
_MEMBER_RE = re.compile(r"^(?:my |our )?(?:(\d{1,2}) )?([a-z][a-z-]*)")
_GROUP_RE = re.compile(r"\b(?:the|our|a) (committee|board|pta|pto|council|club|association)\b")
_SINGULAR = {
    "people": "person",
    "staff": "staff member",
    "devs": "developer",
    "co-founders": "cofounder",
}
_MAX_COUNTED = 6
_MEMBERSHIP_RE = re.compile(r"(?:about |around )?\d+ members\b")
# "recruit 15 volunteers", "grow to 40 members": the people the goal wants, not who works on it
_WANTED_RE = re.compile(
    r"\b(?:recruit|hire|find|attract|sign up|get|need|reach|grow (?:it )?to|to)\s+(?:another |more )?$"
)


@dataclass(frozen=True)
class Helper:
    """One person who takes part: how the plan names them and what they said they would do."""

    name: str
    does: str = ""  # "dig the beds", "the heavy lifting"; empty when they share everything
    group: bool = False  # a member of a team or committee, not of the household


def _singular(noun: str) -> str:
    return _SINGULAR.get(noun, noun[:-1] if noun.endswith("s") else noun)


def _kin_name(word: str) -> str:
    return {"bf": "boyfriend", "gf": "girlfriend", "co-founder": "cofounder"}.get(word, word)


# a household the person counts ("all 4 of us") is a family: its children own no tasks
_FAMILY_RE = re.compile(
    r"\b(?:twins?|kids?|children|child|son|daughter|baby|babies|toddlers?|husband|wife|partner|"
    r"family|our (?:boy|girl)s?)\b",
    re.I,
)


def helpers_in(goal: str, answers: dict[str, str], roles: tuple[str, ...] = ()) -> list[Helper]:
    """Everyone besides the person who takes part, in the order they are first mentioned."""
    text = normalize(" . ".join([goal, *(str(v) for v in answers.values() if v)]))
    found: dict[str, Helper] = {}

    def add(name: str, does: str = "", group: bool = False) -> None:
        does = does.strip()
        if name not in found or (does and not found[name].does):
            found[name] = Helper(name, does, group)

    for m in _HELPS_RE.finditer(text):
        if m.group(1):
            verb, rest = m.group(2), m.group(3)
            plain_help = verb.startswith("help") and not rest.strip()
            add(_kin_name(m.group(1)), "" if plain_help else f"{verb}{rest}")
        else:
            add(_kin_name(m.group(4)), m.group(5) or "")
    for listed in _MEMBERS_RE.finditer(text):
        for part in re.split(r",\s*|\s+and\s+", listed.group(1)):
            member = _MEMBER_RE.match(part.strip())
            if not member:
                continue
            many, who = member.group(1), member.group(2)
            if many:
                noun = {"kids": "kid", "children": "child"}.get(who, _singular(who))
                for i in range(1, min(int(many), _MAX_COUNTED) + 1):
                    add(f"{noun} {i}")
            else:
                add(_kin_name(who))
    for m in _TOGETHER_RE.finditer(text):
        add(_kin_name(next(g for g in m.groups() if g)))
    # "a club of 25 members" is who the group serves, not who does the work: its jobs go to
    # the field's roles, and "the other 2 organizers" are counted instead
    counts = [
        m
        for m in _COUNT_RE.finditer(without_lift_reps(text))
        if not (roles and _MEMBERSHIP_RE.match(m[0])) and not _WANTED_RE.search(text[: m.start()])
    ]
    count = counts[0] if counts else None
    if count and count.group(0).endswith("of us") and _FAMILY_RE.search(text):
        count = None  # "passports for all 4 of us ... the twins": a family, not a team of 4
    if count:
        groups = count.groups()
        many = next(g for g in groups[0::2] if g)
        noun = next((g for g in groups[1::2] if g), "of us")  # "a board of 6": the person's one
        us = noun == "of us"  # "there are 6 of us": the person is one of the 6
        n = min(int(many) - us, _MAX_COUNTED)
        named = (
            list(roles[:n])
            if us or noun.startswith("organi") or " board " in f" {count[0]} "
            else []
        )
        named += [
            f"{'teammate' if us else _singular(noun)} {i}" for i in range(1, n - len(named) + 1)
        ]
        for name in named:
            add(name, group=True)
    if _GROUP_RE.search(text) and roles and not count:
        for role in roles[:3]:
            add(role, group=True)
    return list(found.values())
