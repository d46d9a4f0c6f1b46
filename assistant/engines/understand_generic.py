"""Reading a goal no domain claims: its verb, its object, and the kind of plan it needs.

"improve our team's code review turnaround" -> verb 'improve', object 'code review turnaround',
shape 'measure'; "build a treehouse with my kids" -> 'build', 'treehouse', 'make';
"learn to brew beer" -> 'brew', 'beer', 'learn'; "plant 50 trees" -> 'plant', 'trees', 'count'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs that name a direction, not a result: the plan must first pick the number.
_VAGUE_RE = re.compile(
    r"^(?:improve|better|boost|grow|increase|strengthen|optimi[sz]e|enhance|raise|fix|sort out|"
    r"reduce|cut|lower|decrease|speed up|streamline|level up|upgrade|modernise|modernize|"
    r"be|become|get better at|get more|get|feel|stay|work on)\b"
)
_LOWER_RE = re.compile(r"^(?:reduce|cut|lower|decrease|speed up|streamline)\b")
_LEARN_RE = re.compile(r"^(?:learn(?: how)? to|learn|teach myself(?: to)?|get good at)\s")
_GET_TO_RE = re.compile(r"^(?:get|help|convince)\s(.+?)\sto\s([a-z]+)\s(.+)$")
_DETERMINER_RE = re.compile(
    r"^(?:(?:a|an|the|my|our|your|their|his|her|some|more|much|\d[\d,.]*\w*|[a-z]+'s)\s)+"
)
_CUT_RE = re.compile(
    r"\s(?:with|for|at|in|on|by|before|after|from|so|so that|because|per|every|each|this|"
    r"next|and then|together)\b.*$"
)
_NOT_VERBS = frozenset({"a", "an", "the", "my", "our", "more", "less", "better", "new", "some"})

_IRREGULAR = {
    "build": "built",
    "make": "made",
    "write": "written",
    "run": "run",
    "get": "got",
    "do": "done",
    "hold": "held",
    "take": "taken",
    "grow": "grown",
    "sell": "sold",
    "find": "found",
    "teach": "taught",
    "give": "given",
    "ride": "ridden",
    "sing": "sung",
    "draw": "drawn",
    "swim": "swum",
    "buy": "bought",
    "bring": "brought",
    "set": "set",
    "put": "put",
    "read": "read",
    "become": "become",
    "be": "been",
    "begin": "begun",
    "speak": "spoken",
    "lead": "led",
    "win": "won",
    "throw": "thrown",
    "see": "seen",
    "go": "gone",
    "fly": "flown",
    "drive": "driven",
    "keep": "kept",
    "send": "sent",
    "spend": "spent",
    "sew": "sewn",
    "feel": "felt",
    "cut": "cut",
}
_DOUBLE = frozenset(
    [
        "plan",
        "stop",
        "ship",
        "drop",
        "chop",
        "jog",
        "swim",
        "skip",
        "knit",
        "grab",
        "pin",
        "tap",
        "map",
        "shop",
        "plot",
        "admit",
        "commit",
        "submit",
        "run",
        "sit",
        "dig",
    ]
)


@dataclass(frozen=True)
class GenericGoal:
    """The parts of a free-form goal a coach would use to write its plan."""

    verb: str  # 'improve', 'build', 'brew'
    obj: str  # 'marketing', 'treehouse', 'code review turnaround'
    shape: str  # measure | make | learn | count
    definite: bool = False  # the goal said 'a/the/my X': titles say 'the X'
    lower: bool = False  # a measure goal whose number should fall (turnaround, cost)

    @property
    def the_obj(self) -> str:
        """The object as titles use it: 'the treehouse', 'marketing'."""
        return f"the {self.obj}" if self.definite and self.shape != "measure" else self.obj

    @property
    def a_obj(self) -> str:
        """The object as one of its kind: 'a treehouse', 'beer'."""
        if not self.definite:
            return self.obj
        return ("an " if self.obj[:1] in "aeiou" else "a ") + self.obj

    @property
    def topic(self) -> str:
        """What a measure goal's experiments are about: 'marketing', 'being organised'."""
        if self.verb in {"be", "become"}:
            return f"{gerund(self.verb)} {self.a_obj if self.verb == 'become' else self.obj}"
        return self.obj

    @property
    def who(self) -> str:
        """Someone who already got there: 'has improved marketing', 'is organised'."""
        if self.verb in {"be", "become"}:  # "has become a leader" reads as vague; "is" does not
            return f"is {self.a_obj if self.verb == 'become' else self.obj}"
        return f"has {self.done} {self.a_obj if self.verb == 'become' else self.obj}"

    @property
    def one(self) -> str:
        return singular(self.obj)

    @property
    def done(self) -> str:
        return participle(self.verb)

    @property
    def doing(self) -> str:
        return gerund(self.verb)


def read_generic(phrase: str, counted: bool) -> GenericGoal:
    """Verb, object and shape of a goal's outcome phrase ('visit 20 countries')."""
    s = phrase.lower().strip()
    learning = bool(_LEARN_RE.match(s))
    s = _LEARN_RE.sub("", s)
    s = re.sub(r"^get ((?:my|our) .+?) together\b", r"sort out \1", s)  # "get my life together"
    m = _GET_TO_RE.match(s)
    if m and not learning:  # "get my garage band to play a gig": the gig is the result
        s = f"{m.group(2)} {m.group(3)}"
    vague = _VAGUE_RE.match(s)
    lower = bool(_LOWER_RE.match(s))
    if vague and not counted:
        verb = vague.group(0)
        rest = s[vague.end() :].strip()
        article = bool(re.match(r"(?:a|an)\s", rest))
        rest = re.sub(r"^(?:a|an)\s", "", rest)
        if verb in {"be", "feel", "stay", "get more"} or (verb == "get" and not article):
            verb = "be"
        elif verb == "become" or (verb == "get" and article):
            verb = "become"
        elif verb in {"work on", "get better at"}:
            verb = "improve"
    else:
        words = s.split()
        first = words[0] if words else "finish"
        verb, rest = (first, " ".join(words[1:])) if first not in _NOT_VERBS else ("finish", s)
    definite = bool(re.match(r"(?:a|an|the|my|our|your|their|[a-z]+'s)\s", rest))
    obj = _CUT_RE.sub("", _DETERMINER_RE.sub("", rest)).strip(" ,.")
    obj = " ".join(obj.split()[:4]) or "the goal"
    if counted:
        shape = "count"
    elif learning:
        shape = "learn"
    elif vague:
        shape = "measure"
    else:
        shape = "make"
    if shape == "measure" and verb == "become":
        definite = True  # "a category leader": one of a kind, never "the"
    return GenericGoal(verb.split()[0], obj, shape, definite, lower)


def participle(verb: str) -> str:
    """'build' -> 'built', 'plant' -> 'planted', 'organise' -> 'organised', 'plan' -> 'planned'."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if verb in _DOUBLE:
        return verb + verb[-1] + "ed"
    return verb + "ed"


def gerund(verb: str) -> str:
    """'brew' -> 'brewing', 'make' -> 'making', 'run' -> 'running', 'tie' -> 'tying'."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and verb != "be":
        return verb[:-1] + "ing"
    if verb in _DOUBLE:
        return verb + verb[-1] + "ing"
    return verb + "ing"


def singular(noun: str) -> str:
    """The last word made singular: 'countries' -> 'country', 'demo requests' -> 'demo request'."""
    head, _, last = noun.rpartition(" ")
    if re.search(r"[^aeiou]ies$", last):
        last = last[:-3] + "y"
    elif re.search(r"(?:ches|shes|sses|xes)$", last):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}".strip()
