"""The concrete details a goal names (amount, rhythm, days, place, people, method, start point),
so specificity can grow with each one; and horizons tied to a person's own events."""

from __future__ import annotations

import re

from assistant.language.quantities import find_frequency, find_multiplier, find_quantities
from assistant.language.text import normalize

# units that measure a size (distance, weight, money, time), never a count of things done
MEASURES = frozenset(
    [
        "km",
        "kilometers",
        "kilometres",
        "mi",
        "mile",
        "miles",
        "m",
        "meters",
        "metres",
        "kg",
        "kgs",
        "kilos",
        "lb",
        "lbs",
        "pounds",
        "stone",
        "g",
        "grams",
        "%",
        "percent",
        "usd",
        "eur",
        "gbp",
        "$",
        "€",
        "£",
        "minutes",
        "mins",
        "min",
        "hours",
        "hrs",
        "h",
        "seconds",
        "secs",
        "cm",
        "inches",
        "in",
        "ft",
        "feet",
        "bpm",
        "mmol",
        "mg",
        "points",
        "pts",
        "level",
        "grade",
        "score",
        "wpm",
        "rating",
        "litres",
        "liters",
        "l",
        "ml",
    ]
)


_DAYS = (
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b(?:\s?[/,&]\s?"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*)*|\bweekdays?\b|\bweekends?\b"
)
_TIME_OF_DAY = (
    r"\b(?:before|after)\s(?:work|school|breakfast|lunch|dinner|bed|the kids|class)\b|"
    r"\b(?:in the|every|each)\s(?:morning|evening|afternoon|night)s?\b|\bmornings?\b|\bevenings?\b|"
    r"\bat\s\d{1,2}(?::\d\d)?\s?(?:am|pm)?\b|\blunch ?breaks?\b|\bbedtime\b"
)
_PLACE = (
    r"\b(?:at|in|on|around|to)\s(?:the|my|a|our|his|her)\s(?:local\s)?(?:park|gym|pool|track|"
    r"library|office|studio|church|mosque|temple|club|centre|center|community|beach|river|lake|"
    r"trail|garage|garden|kitchen|field|court|rink|hill|stadium|school|campus|cafe|market|"
    r"shelter|food bank|hospital|ymca|canal|route|block|neighbo[u]?rhood)\b|\bat home\b|\boutdoors\b"
)
_PEOPLE = (
    r"\bwith\s(?:my\s|a\s|our\s|the\s)?(?:wife|husband|partner|kids?|son|daughter|friends?|"
    r"family|coach|trainer|tutor|team|club|group|buddy|dad|mom|mum|mother|father|sister|brother|"
    r"colleague|mentor|class|neighbou?r)s?\b|\bwith\s[A-Z][a-z]+\b"
)
_METHOD = (
    r"\b(?:through|via|using|by (?:doing|following|taking|joining|filing|cutting|walking|"
    r"cycling|tracking|practi[cs]ing)|with (?:an? |the )?(?:app|program|programme|plan|course|"
    r"tutor|book|textbook|flashcards|anki|duolingo|spreadsheet|budget|couch to 5k|c25k))\b|"
    r"\bfollowing\s(?:a|the)\b"
)
_DURATION = r"\b(?:for\s)?\d+(?:\.\d+)?\s?(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\b"
_START_POINT = (
    r"\bfrom\s[$€£]?\d[\d,.]*\s?\w*\s(?:to|down to|up to)\s[$€£]?\d|\b(?:currently|right now|"
    r"at the moment|today i|i'?m at|up from|down from|starting (?:at|from)|baseline)\b"
)
# outcomes that are done or not: "approved in writing", "accepted", "signed"
_DONE_OR_NOT = re.compile(
    r"\b(?:approved|accepted|signed|granted|certified|licensed|hired|promoted|published|"
    r"submitted|filed|registered|admitted|enrolled|completed|finished|launched|shipped|"
    r"resolved|refunded|reimbursed|reinstated|overturned|settled|closed|renewed|installed|"
    r"repaired|fixed|delivered|paid off|paid in full|passed|done|live)\b"
    r"(?:\s(?:in writing|in full|by [a-z]+|on time))?"
)
_OUTCOME_SUBJECT = re.compile(r"\b(?:get|have|see|make|be|is|are|was|getting)\b[^.;]{0,70}$")

_CATEGORIES = {
    "frequency": None,
    "days": re.compile(_DAYS),
    "time of day": re.compile(_TIME_OF_DAY),
    "place": re.compile(_PLACE),
    "duration": re.compile(_DURATION),
    "method": re.compile(_METHOD),
    "start point": re.compile(_START_POINT),
}


_DONE_VERB = re.compile(
    r"^(?:pass|finish|complete|submit|publish|launch|ship|file|sign|win|qualify for|graduate|"
    r"get into|get accepted|be accepted|close|sell|buy)\b(?:\s[a-z'-]+){1,4}"
)


def done_or_not(text: str) -> str | None:
    """A done-or-not outcome ('get the claim approved in writing', 'pass calculus'), or None."""
    s = normalize(text)
    m = _DONE_VERB.match(s)
    if m:
        return m.group(0)
    for m in _DONE_OR_NOT.finditer(s):
        if _OUTCOME_SUBJECT.search(s[: m.start()]) or m.start() < 3:
            return m.group(0)
    return None


def concrete_details(text: str) -> dict[str, str]:
    """Each kind of concrete detail the text names, with the words that name it."""
    s = normalize(text)
    found: dict[str, str] = {}
    quantities = [q for q in find_quantities(s) if q.kind in {"money", "percent"} or q.unit]
    if quantities or find_multiplier(s):
        found["amount"] = find_multiplier(s) or f"{quantities[0].value:g} {quantities[0].unit}"
    freq = find_frequency(s)
    if freq:
        found["frequency"] = freq
    for name, pattern in _CATEGORIES.items():
        if pattern is None:
            continue
        m = pattern.search(s)
        if m and not (name == "duration" and m.group(0).strip() in found.get("frequency", "")):
            found[name] = m.group(0).strip()
    people = re.search(_PEOPLE, text) or re.search(_PEOPLE, s)
    if people:
        found["people"] = people.group(0)
    return found


_PERSONAL_EVENT = re.compile(
    r"\b(?:before|by|for|until|in time for)\s(?:my|our|his|her|their|the)\s(?:[a-z']+\s)?"
    r"(?:birthday|wedding|anniversary|graduation|trip|vacation|holiday|due date|retirement|"
    r"reunion|move|race|exam|interview|review|surgery|deployment|baby)\b"
)
_REST_OF = re.compile(
    r"\b(?:for\s)?the rest of (?:the|this|my)\s(?:year|month|semester|term|summer|season|school year)\b"
)


def personal_horizon(text: str) -> str | None:
    """A horizon tied to a date the person knows ('before my birthday', 'for the rest of the
    year'), which the calendar patterns do not resolve."""
    s = normalize(text)
    m = _REST_OF.search(s) or _PERSONAL_EVENT.search(s)
    return m.group(0) if m else None
