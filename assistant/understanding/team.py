"""Who works on the goal and how much time a week they have, from the goal text and answers."""

from __future__ import annotations

import re

from assistant.language import normalize
from assistant.understanding.answers import CAPACITY_PHRASE_RE, parse_capacity
from assistant.understanding.capacity_words import LooseCapacity, team_hours
from assistant.understanding.lift_reps import without_lift_reps
from assistant.understanding.people import Helper
from assistant.understanding.words import NOT_NAMES

# a team goal names a team; "our house", "my life together" or "we" alone are a household's
_TEAM_RE = re.compile(
    r"\b(team|teams|colleagues|co-?founders?|squad|department|company|startup'?s?|pta|pto|ptsa|"
    r"committee|our (?:elementary|primary|middle|high|local|kids'?) school|"
    r"our (?:team|company|startup|department|org|organi[sz]ation|product|app|business|club|"
    r"group|staff|employees|engineers|devs|developers|sales|customers|users|school|church|"
    r"nonprofit|charity|clients|shop|store)|(?:we'?re|we are) (?:\d+|a few|two|three|four|five) "
    r"(?:devs|developers|engineers|people|of us))\b"
)
# the person runs the group alone: "I coach ...", "I teach year 9", "I run the juniors"
_SOLE_ORGANISER_RE = re.compile(
    r"\b(?:i|i'm|i am)\s(?:(?:the|a|their|its)\s\w+\s(?:of|for|at)\b|(?:coach|teach|run|lead|"
    r"organi[sz]e|manage|mentor|tutor)\b)"
)
_NAME_RE = re.compile(
    r"(?:\bwith\s|\b(?:me|I)\s(?:and|&)\s)([^\W\d_][\w'’-]+)|([^\W\d_][\w'’-]+)\s(?:and|&)\s(?:I|me)\b(?!['’])"
)


# the word before a capitalised word says it is a place: "in Nairobi", "from Manchester"
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|at|from|to|near|around|outside|of|across|into|live in|based in)\s$", re.I
)

_LISTED_RE = re.compile(
    r"\b(?:[Mm]e|I)((?:,\s*[^\W\d_][\w'’-]+)+),?\s(?:and|&)\s([^\W\d_][\w'’-]+)"
)

_HEADS_RE = re.compile(
    r"\b(\d+)[- ]?(?:devs|developers|engineers|people|of us|volunteers|members|designers|"
    r"writers|reps|teammates|students|person|persons|marketers|nurses|staff|friends|founders|"
    r"co-?founders)\b|\b(?:team|choir|group|club|committee|band|crew|squad|class|board) of (\d+)\b|"
    r"\bwe'?re (\d+)\b"
)


def head_count(text: str) -> int | None:
    """'4 devs', 'a team of 6', "we're 3": how many people, when the text says."""
    m = _HEADS_RE.search(without_lift_reps(normalize(text)))
    return int(next(g for g in m.groups() if g)) if m else None


_EACH_RE = re.compile(r"\s?(?:each|apiece|per person|a head|per head)\b")
_EACH_BEFORE_RE = re.compile(r"\b(?:each of us|we each|every one of us|each person)\b")


_BUSY_RE = re.compile(
    r"\b(sit|sits|sitting|drive|drives|driving|work|works|working|sleep|sleeps|sleeping|stand|"
    r"standing|on my feet|commute|commuting|on (?:the|my) phone|scroll\w*|game|gaming|watch\w*)\b"
    r"[^,.;]{0,20}$"
)


def read_capacity(goal: str, typed: dict[str, object], stated: set[str]) -> float:
    if isinstance(typed.get("capacity"), float):
        stated.add("capacity")
        return typed["capacity"]  # type: ignore[return-value]
    text = normalize(goal)
    share, people = typed.get("capacity_share"), head_count(text)
    if isinstance(share, float) and people:  # "20% of each sprint" for "our team of 5 devs"
        stated.add("capacity")
        return team_hours(share, people)
    m = CAPACITY_PHRASE_RE.search(text)
    if m and _BUSY_RE.search(text[max(0, m.start() - 30) : m.start()]):
        m = None  # "I sit 11 hours a day": time taken, not time free
    hours = parse_capacity(m.group(0)) if m else None
    if hours and m:
        stated.add("capacity")
        people = head_count(text)
        each = _EACH_RE.match(text[m.end() :]) or _EACH_BEFORE_RE.search(text[: m.start()])
        if people and each:  # "4 devs with 10 hours a week each", "each of us has 6 hrs"
            return min(hours * people, 168.0)
        return hours
    return 5.0


_PER_PERSON_RE = re.compile(  # "3 hours each", not "30 min each day" nor "5 min each prayer"
    r"\b(?:each|apiece|per person|a head|per head)\b"
    r"(?!\s(?!(?:of us|of them|of you|person|member|volunteer|parent|leader|one|a week|a month|"
    r"per week|per month|weekly)\b)[a-z])"
)


# "3 evenings a week, 2 hours each": each session, not each person
SESSIONS_EACH_RE = re.compile(
    r"\b\d+\s*(?:x|times|evenings|mornings|nights|sessions|days|runs|walks|swims|rides|"
    r"workouts|classes|lessons|practices|hikes|games|calls|visits|trips|shifts|sittings|"
    r"lunchtimes|afternoons|weekends)\b.*\beach\b"
    # "tue thur sat, I can get to 2 of those, 45 min each": sessions named, each that long
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\b.*\b(?:min|mins|minutes|hours?|hrs?) each\b"
    r"|\b\d+ of (?:those|them|these|the sessions|the classes)\b.*\beach\b"
)


def said_per_person(said: str) -> bool:
    """'we each have 2 hours a week', '3 hours each': time given per person, not '30 min each
    day' or '3 evenings, 2 hours each'."""
    text = normalize(said)
    each = _EACH_BEFORE_RE.search(text) or _PER_PERSON_RE.search(text)
    return bool(each) and not SESSIONS_EACH_RE.search(text)


def team_total(hours: float, said: str, goal: str, owners: list[str]) -> float:
    """A weekly time answered per person ("we each have maybe 2 hours a week") for the whole
    team: times the people the goal counts ("6 of us") or the owners named."""
    if not said_per_person(said):
        return hours
    text = normalize(said)
    # the people the answer counts give the hours ("the core 6 of us", of a team of 12)
    people = head_count(text) or head_count(normalize(goal)) or len(owners)
    return min(hours * people, 168.0) if people > 1 else hours


TEAM_STAND_INS = ("teammate 1", "teammate 2")


def read_owners(
    goal: str, core: str, typed: dict[str, object], stated: set[str], helpers: list[Helper]
) -> tuple[list[str], bool]:
    """The owners (the person first), and whether the goal is a team's."""
    named = typed.get("owners")
    team_words = bool(_TEAM_RE.search(core)) or bool(_TEAM_RE.search(normalize(goal)))
    if isinstance(named, list) and named:
        stated.add("owners")
        return named, len(named) > 1 or team_words
    names: list[str] = []
    listed = _LISTED_RE.search(goal)  # "me, Ana and Luis need to ...": everyone in the list
    candidates = (
        [*re.split(r",\s*", listed.group(1).strip(", ")), listed.group(2)] if listed else []
    )
    for m in _NAME_RE.finditer(goal):
        if m.group(2) and _PLACE_BEFORE_RE.search(goal[: m.start(2)]):
            continue  # "I'm in Nairobi and I order takeaway": a place, not a teammate
        candidates.append(m.group(1) or m.group(2))
    for name in candidates:
        if name and name[0].isupper() and name.lower() not in NOT_NAMES and name not in names:
            names.append(name)
    if names:
        stated.add("owners")
        owners = ["me", *names] if re.search(r"\b(I|me)\b", goal) else names
        return owners, True
    crew = typed.get("capacity_team")  # "me plus 3 board members and some volunteers"
    if isinstance(crew, LooseCapacity) and len(crew.owners) > 1:
        stated.add("owners")
        return list(crew.owners), True
    others = [h.name for h in helpers]
    if any(h.group for h in helpers):  # "our team of 6 agents", "the committee"
        stated.add("owners")
        return ["me", *others], True
    if not team_words:
        stated.add("owners")
    elif _SOLE_ORGANISER_RE.search(normalize(goal)) and not re.search(r"\b(?:we|we're|us)\b", core):
        # "I coach swimming at our club and want 4 of my swimmers ...": the coach's own work
        stated.add("owners")
        return ["me"], False
    elif not others and re.search(r"\b(?:we|we're|our|us|pta|pto|ptsa|committee)\b", core):
        return ["me", *TEAM_STAND_INS], True  # a team nobody named: the work is never all "me"
    return ["me", *others], team_words
