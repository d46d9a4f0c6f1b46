"""The parts a person named in one goal, in their words, and whether a plan plans each.

"Move to Lisbon by September, need to sort the D7 visa, find a flat and ship our stuff" names
four parts; "get back to mass every sunday and maybe confession once a month" two; "cut salt,
walk more, lose a bit" three side habits; "raise £5,000 with a sponsored relay in June" an
event. Each is a verb-led clause (or "more/less X", "maybe X"), never the scene around them
("she's 81 and lives 2 hours away").
"""

from __future__ import annotations

import re

from assistant.playbooks.whole_goal import NOT_A_PART_RE, UNIT_JOINED_RE

_VERBS = (
    "apply|attend|bake|book|build|buy|call|clean|complete|cook|cut|declutter|do|drink|earn|eat|"
    "figure|find|finish|fix|get|go|grow|hit|host|jog|join|keep|land|launch|learn|lift|lose|lower|make|"
    "meditate|mentor|move|open|organi[sz]e|paint|pass|pay|phone|plan|plant|play|practi[cs]e|pray|"
    "publish|quit|raise|read|reach|record|reduce|renew|repair|replace|ring|run|save|scan|see|sell|"
    "ship|sleep|sort|speak|spend|start|step|stick|stop|study|swim|take|talk|taper|teach|track|train|"
    "visit|volunteer|walk|win|work|write"
)
_VERB_RE = re.compile(rf"^(?:{_VERBS})\b", re.I)
_SOFT_RE = re.compile(r"^(?:maybe|perhaps|ideally|hopefully|and|also|then|plus)\s+", re.I)
_WANT_RE = re.compile(
    r"^(?:(?:i|we|(?:our|my) [\w' ]{1,30}?)\s+)?(?:really\s+|also\s+|still\s+)?"
    r"(?:wants?|needs?|would (?:also |really )?like|'d like|hopes?|plans?|"
    r"try|am trying|'m trying|am going|'m going|wanna|gotta|have to|got to)\s+(?:to\s+)?",
    re.I,
)
_EMPTY_VERB_RE = re.compile(r"^(?:keep|start|stop|get|go|quit|make|take|do|find|figure)\b", re.I)
_MORE_RE = re.compile(r"^(?:more|less|fewer)\s+[a-z]", re.I)
_SPLIT_RE = re.compile(
    r"(?<!\d),\s*|,(?!\d{3})\s*|;\s*|\s+and\s+(?:also\s+|then\s+)?|\s+plus\s+|\s+also\s+", re.I
)
# an event the goal is done through: "raise £5,000 ... with a sponsored relay in June"
_EVENT_RE = re.compile(
    r"\b(?:with|through|by (?:holding|running|doing|hosting|organi[sz]ing))\s+(?:a|an|our|the)\s+"
    r"((?:[\w-]+\s){0,2}(?:relay|race|fun run|walk|bake sale|gala|auction|dinner|quiz night|quiz|"
    r"concert|raffle|tournament|swim|bike ride|ride|climb|fair|ball|car boot sale|"
    r"\d+ ?k|half marathon|marathon|triathlon))\b",
    re.I,
)
# the rest of a clause that only frames it: "instead of ordering takeout", "by September"
_TAIL_RE = re.compile(
    r"\s(?:instead of|because|so that|so|since|but|without|if|while|whilst|"
    r"like(?= i'?m | i am | i should ))\s.*$",
    re.I,
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "our",
        "your",
        "her",
        "his",
        "their",
        "him",
        "them",
        "it",
        "its",
        "to",
        "of",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "and",
        "or",
        "this",
        "that",
        "me",
        "i",
        "we",
        "you",
        "some",
        "more",
        "most",
        "less",
        "all",
        "one",
        "up",
        "down",
        "out",
        "into",
        "can",
        "so",
        "as",
        "from",
        "is",
        "be",
        "back",
        "get",
        "going",
        "go",
        "least",
        "at",
        "once",
        "twice",
        "every",
        "each",
        "a",
        "day",
        "week",
        "weekly",
        "month",
        "monthly",
        "year",
        "night",
        "nights",
        "morning",
        "mornings",
        "sunday",
        "sundays",
        "monday",
        "saturday",
        "saturdays",
        "times",
        "time",
        "bit",
        "lot",
        "few",
        "little",
        "maybe",
        "really",
        "just",
        "least",
        "about",
        "also",
        "new",
        "slow",
        "way",
        "both",
        "only",
        "again",
        "stuff",
        "things",
    ]
)
MAX_PART = 80


def verb_led(part: str) -> bool:
    """True for a part said as an action ("find a flat"), not a thing ("admin or customer
    service")."""
    return bool(_VERB_RE.match(part.strip()))


_THOUSANDS_RE = re.compile(r"(\d+(?:\.\d+)?)\s?(k|lakhs?)\b")
_SCALE = {"k": 1_000, "lakh": 100_000, "lakhs": 100_000}


_UNIT_PLURALS = {"lbs": "lb", "kgs": "kg", "kms": "km", "hrs": "hr", "mins": "min"}


def _whole_amounts(words: str) -> str:
    """ "20k", "₹20,000" and "20000" read as one amount: the same sum said three ways."""
    plain = re.sub(r"(?<=\d),(?=\d{3})", "", words.lower())
    return _THOUSANDS_RE.sub(lambda m: f"{float(m.group(1)) * _SCALE[m.group(2)]:g}", plain)


def _content(words: str) -> set[str]:
    plain = UNIT_JOINED_RE.sub(" ", _whole_amounts(words))  # "10kg" is the plan's "10 kg"
    found = (_UNIT_PLURALS.get(w, w) for w in re.findall(r"[a-z0-9]+", plain))
    return {w if w.isdigit() else w[:4] for w in found if w not in _STOP}


def part_words(part: str) -> set[str]:
    """What must show in a plan for it to plan ``part``: the things after its verb ('d7',
    'visa' for 'sort the D7 visa'), or the verb itself when nothing follows ('visit her')."""
    if _EVENT_RE.search(f"with a {part[4:]}") and part.startswith("the "):
        return {part.split()[-1].lower()[:4], "even"}  # "the sponsored relay": the event
    verb, _, rest = part.partition(" ")
    things = _content(rest) if _VERB_RE.match(part) else _content(part)
    return things or _content(verb) or {verb.lower()[:4]}


# the way they chose to get there: "this time going to try stepping down the nicotine strength"
_METHOD_RE = re.compile(
    r"\b(?:going to|gonna|want to|plan to|will|'ll|i'?m)\s(?:try\s|be\s)?"
    r"((?:stepping|cutting|tapering|switching|cycling|using|doing|going|swapping)\s[a-z0-9' -]{3,60})",
    re.I,
)
_ING_BASE = {
    "stepping": "step",
    "cutting": "cut",
    "tapering": "taper",
    "switching": "switch",
    "cycling": "cycle",
    "using": "use",
    "doing": "do",
    "going": "go",
    "swapping": "swap",
}


# what the work is for, when it is a thing to make: "so we can do a slideshow at the party"
_PURPOSE_RE = re.compile(
    r"\bso (?:that )?(?:we|i) can (?:do|make|have|show|put together|build) "
    r"((?:a|an|the|our|my) [a-z' -]{3,40}?)(?= at | for | on | in |[,.;!?]|$)",
    re.I,
)


def stated_method(text: str) -> str:
    """The method the person chose, as a step ("step down the nicotine strength"); '' if none."""
    m = _METHOD_RE.search(text)
    if not m:
        return ""
    verb, _, rest = m.group(1).partition(" ")
    return _TAIL_RE.sub("", f"{_ING_BASE[verb.lower()]} {rest}").strip(" ,.")


def method_planned(method: str, text: str) -> bool:
    """Whether ``text`` names every thing of the method ('nicotine', 'strength'), not a stem."""
    said = text.lower()
    return all(w[:6] in said for w in method.lower().split()[1:] if len(w) >= 5)


def _clean(clause: str) -> str:
    said = clause.strip(" .!?:-")
    for _ in range(3):
        said = _SOFT_RE.sub("", _WANT_RE.sub("", said)).strip()
        said = re.sub(r"^(?:to|be able to|like to)\s+(?=\w)", "", said)  # "and to mentor someone"
    return _TAIL_RE.sub("", said).strip(" ,")


# a clause that tells how things are now, with the person as its subject: "I drink like 3
# cans a day", "we eat out most nights" (not "I want to", "I need to", "I'll")
_TELLS_RE = re.compile(
    r"^\W*(?:i|we)\s(?:usually\s|always\s|currently\s|still\s|often\s|just\s)?"
    r"(?!want|wanna|need|would|will|wish|hope|plan|aim|must|should|have to|gotta|am going|'|can\b|"
    r"could|might|may|also want|really want)[a-z]+(?:s)?\b",
    re.I,
)


_WISH_START_RE = re.compile(
    r"^\W*(?:(?:and|but|so|also|then)\s)?(?:i\s)?(?:want|wanna|need|hope|plan|aim|would|'d|"
    r"also want|really want|trying|try)\b",
    re.I,
)


def named_parts(text: str) -> list[str]:
    """Every part the goal names, in order, in the person's words; [] for a goal of one part."""
    parts: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text.strip()):
        telling = False  # "I drink 4 cans a day and eat biscuits at my desk": what is, not a part
        for raw in _SPLIT_RE.split(re.sub(r"\([^)]*\)", " ", sentence)):
            part = _clean(raw)
            continued = (
                telling
                and bool(_VERB_RE.match(part or ""))
                and not _WISH_START_RE.match(raw)  # "... and want to jog again": a wish
            )
            telling = bool(_TELLS_RE.match(raw)) or continued
            if continued or not part or len(part) > MAX_PART:
                continue
            if (
                _VERB_RE.match(part)
                and _EMPTY_VERB_RE.match(part)
                and not _content(part.partition(" ")[2])
            ):
                continue  # "keep it that way", "quit both times": no new part
            if NOT_A_PART_RE.search(part):
                continue  # "work from home", "an hour every evening", "my doctor says": context
            if (_VERB_RE.match(part) and len(part.split()) >= 2) or _MORE_RE.match(part):
                parts.append(part)
            elif _SOFT_RE.match(raw.strip()) and raw.strip().lower().startswith(
                ("maybe", "perhaps")
            ):
                parts.append(part)  # "maybe confession once a month"
    for m in _EVENT_RE.finditer(text):
        parts.append(f"the {m.group(1)}")
    for m in _PURPOSE_RE.finditer(text):  # "so we can do a slideshow at the party": the point
        parts.append(f"make {m.group(1)}")
    method = stated_method(text)
    if method and not any(method.lower() in p.lower() for p in parts):
        parts.append(method)  # the way they chose is planned, not swapped for the field's
    unique = list(dict.fromkeys(parts))
    return unique if len(unique) >= 2 else []


def plan_text(plan) -> str:
    """Every milestone and task of a plan, as one text (what planning a part means)."""
    bits = []
    for milestone in plan.milestones:
        bits.append(milestone.title)
        bits += [f"{t.title} {t.done_when}" for t in milestone.tasks]
    return " ".join(bits)


def planned(part: str, text: str) -> bool:
    """Whether ``text`` (a plan's milestones and tasks) plans ``part``: one of its things named."""
    return bool(part_words(part) & _content(text))


def unplanned_parts(goal: str, plan) -> list[str]:
    """The parts ``goal`` names that no milestone or task of ``plan`` plans; the first part is
    planned by a plan of the field it routes to (the plan is about it)."""
    from assistant.playbooks import pick_playbook

    text = plan_text(plan)
    parts = named_parts(goal)
    head = plan.goal.statement.split(";")[0]  # the goal itself, before any "also:"
    method = stated_method(goal)
    return [
        p
        for i, p in enumerate(parts)
        if not planned(p, text if i else f"{text} {head}")
        and not (i == 0 and pick_playbook(p).key == plan.metadata.field)
        or (p == method and not method_planned(p, text))  # their way, all of it
    ]
