"""Moves for an obstacle no kind of obstacle and no field obstacle fits, in the person's terms.

A short obstacle ("possums", "night shifts", "everyone vapes") gets a one-line if-then plan the
person writes for the moment it meets them (session 16: never "Find 3 ways round X", a template
coaches read as filler); a clause is met by noticing it, a 10-minute version of the plan's own
session, and one change. Their words are quoted once, in the strategy line; a title names the
obstacle as the plan would ("your phone"), or as "the obstacle you named" for a clause (session
17: "one-line plan for 'my phone'" and 'Note each time "I always quit after 2 weeks" gets in
the way' were read by coaches as their words pasted into a template). Each title names
its referent: the obstacle itself when the person's words are a short clean noun phrase
("soccer season"), else the sessions it cost; never a bare "it" ("Remove 1 thing that sets it off": a coach asked what "it" was).
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from assistant.engines.offline.constraints_family import field_family
from assistant.engines.offline.constraints_words import fill_step, fill_text
from assistant.engines.offline.obstacle_checks import FALLBACK_LEAD
from assistant.language import normalize
from assistant.language.phrase_shape import fits_a_slot
from assistant.language.slots import as_thing
from assistant.playbooks import Playbook, Step

__all__ = [
    "is_situation",
    "verbatim",
    "missed_words",
    "own_moves",
    "practice_title",
    "referent",
    "their_words",
]


def own_moves(
    playbook: Playbook, text: str, fill: dict[str, str]
) -> tuple[str, Step, tuple[Step, ...]]:
    """(strategy, weekly attack, one-off moves) built from ``text`` and the plan's session."""
    label = referent(text)
    quote = "" if label else their_words(text)
    here = {
        "quote": quote,
        **fill,
        **missed_words(playbook.key, practice_title(playbook)),
        "label": label,
        "quoted": f"'{label}'",
        "said": f"'{verbatim(text, label)}'",  # "'everyone vapes'", as typed
        # a title names it as the plan would, never quoting them ("for 'my phone'" read as
        # their words pasted into a template): "your phone", "the tenors", "winter"
        "named": as_thing(label) if label else "",
        "s": _verb_s(label),
    }
    money = bool(label) and field_family(playbook.key) == "money"
    thing = bool(label) and not money and not is_situation(label)
    pot = money and bool(_COMES_ROUND.search(label))
    steps = (
        _POT_MOVES
        if pot
        else _MONEY_MOVES
        if money
        else _THING_MOVES
        if thing
        else _NAMED_MOVES
        if label
        else _QUOTED_MOVES
        if quote
        else _UNNAMED_MOVES
    )
    strategy = (
        _POT_STRATEGY
        if pot
        else _MONEY_STRATEGY
        if money
        else _THING_STRATEGY
        if thing
        else _NAMED_STRATEGY
        if label
        else _QUOTED_STRATEGY
        if quote
        else _FALLBACK_STRATEGY
    )
    return (
        fill_text(FALLBACK_LEAD + strategy, here),
        fill_step(steps[0], here),
        tuple(fill_step(s, here) for s in steps[1:]),
    )


# A fragment of the person's words is never pasted into a title ("on days 'everything lol' gets
# in the way" reads as broken English): only a short clean noun phrase ("soccer season") names
# the obstacle; anything else is quoted once, whole, in the plan's constraint line.
_FALLBACK_STRATEGY = (
    ": the days it gets in the way named, a 10-minute version of the session ready for those "
    "days, and one change that removes what sets it off"
)
# Session 16: an obstacle no kind knows is never set into a template ("Find 3 ways round
# everybody vapes", "Do a 10-minute version on days sleep deprivation gets in the way"): it
# gets an if-then plan the person writes, with their words quoted as they typed them.
_NAMED_STRATEGY = (
    ": a one-line if-then plan for the days {said} get{s} in the way: what you will do then "
    "instead of skipping, written now and used this week"
)
_NAMED_MOVES = (
    Step(
        "Use your one-line plan on days {named} get{s} in the way this week",
        10,
        "Each time noted: plan used or not; the line rewritten if it did not work",
        times=1,
        attacks=True,
    ),
    Step(
        "Write your one-line plan for days {named} get{s} in the way: When ..., I will ...",
        15,
        "The line written where you will see it on those days",
        attacks=True,
    ),
)
# A cost that comes round on the calendar ("dentist visits", "birthdays", "the car's MOT") gets
# a pot of its own, priced for the year; any other spending is met by the moves below.
_COMES_ROUND = re.compile(
    r"\b(?:visits?|fees?|birthdays?|christmas|diwali|eid|holidays?|gifts?|presents|weddings?|"
    r"repairs?|servic\w*|insurance|renewals?|tax(?:es)?|licen[cs]es?|bills?|subscriptions?|"
    r"car|mot|vet|dentist|school|uniforms?|trips?|festivals?|funerals?|christenings?|"
    r"maintenance|premiums?)\b"
)
_POT_STRATEGY = (
    ": {label} priced for the year and given a pot of its own, a monthly share moved on payday "
    "before the goal's, and the week's spending on it checked against the pot"
)
_POT_MOVES = (
    Step(
        "Check the week's spending on {label} against its pot",
        10,
        "Spending logged; amount left in the pot written down",
        times=1,
        attacks=True,
    ),
    Step(
        "Price {label} for the next 12 months, so its pot has a monthly number",
        30,
        "Yearly cost and monthly share written down",
        attacks=True,
    ),
)
# In a money plan a named obstacle ("chai", "autos", "birthdays") is met by moves true of any
# spending: where it went, written down, then one change. Their words are quoted, never set into
# a budget template ("Price chai for the next 12 months" read as a noun pasted into a form).
_MONEY_STRATEGY = (
    ": each time {quoted} costs money this week written down, one change picked from what that "
    "shows, and the week's spending checked against the plan"
)
_MONEY_MOVES = (
    Step(
        "Check the week's spending against the plan, with what went on {named} marked",
        10,
        "Week's spending totalled; the amount on {named} written next to it",
        times=1,
        attacks=True,
    ),
    Step(
        "Write down each time {named} cost you money this week: the day and the amount",
        10,
        "Every time written down with its amount",
        attacks=True,
    ),
    Step(
        "Pick 1 change in what goes on {named} from what the week showed, to try next week",
        15,
        "The change written down and tried once",
        attacks=True,
    ),
)
# A thing, a creature or a group of people ("the clay", "possums", "everyone vapes") is no day a
# session is missed, and no template names a way round it ("Find 3 ways round everybody vapes"
# read as filler to coaches): the person writes one if-then line for the moment it meets them,
# their words quoted as typed, and uses it this week.
_THING_STRATEGY = (
    ": a one-line if-then plan for {said}: the moment it meets you, and what you will do "
    "then, written now and used this week"
)
_THING_MOVES = (
    Step(
        "Use your one-line plan for {named} whenever it comes up this week",
        10,
        "Each time noted: plan used or not; the line rewritten if it did not work",
        times=1,
        attacks=True,
    ),
    Step(
        "Write your one-line plan for {named}: When ..., I will ...",
        15,
        "The line written where you will see it when it comes up",
        attacks=True,
    ),
)
# An obstacle said as a clause ("the natives speak way too fast for me to follow") is quoted
# whole, in the person's words, and met by moves true of any obstacle: notice when it happens
# this week, a fallback version of the session for those days, one change picked from the notes.
_QUOTED_STRATEGY = (
    ': noticing this week when "{quote}" gets in the way, a 10-minute version of {one} ready '
    "for those days, and one change picked from what the notes show"
)
_QUOTED_MOVES = (
    Step(
        "Do a 10-minute version of {one} when the obstacle you named gets in the way, instead "
        "of skipping",
        15,
        "On each of those days, the 10-minute version done and logged",
        times=1,
        attacks=True,
    ),
    Step(
        "Note each time the obstacle you named gets in the way this week: the day, and what "
        "came just before",
        15,
        "Each time written down; the moment it usually hits circled",
        attacks=True,
    ),
    Step(
        "Pick 1 change against the obstacle you named from those notes, to try next week",
        20,
        "The change written down and tried once",
        attacks=True,
    ),
)
_UNNAMED_MOVES = (
    Step(
        "Do a 10-minute version of {one} on days you would otherwise skip",
        15,
        "On each of those days, the 10-minute version done and logged",
        times=1,
        attacks=True,
    ),
    Step(
        "Write down the last 3 {missed}: the day, the place, what came just before",
        20,
        "3 written down; what they have in common circled",
        attacks=True,
    ),
    Step(
        "Make 1 change that would have saved one of those {those}: ask someone, move something "
        "or book something",
        20,
        "The change made; who or what it was written down",
        attacks=True,
    ),
)
# What a missed week is called in each family of fields: a session in a body or a craft, the
# weekly step in a team's or an office's work, money off plan in a budget ("the last 3
# sessions you missed" read oddly for volunteers who say yes and go quiet).
_MISSED = {
    "": ("the session", "sessions you missed or cut short", "sessions"),
    "work": ("the weekly step", "times the weekly step slipped", "weeks"),
    "event": ("the weekly step", "times the weekly step slipped", "weeks"),
    "admin": ("the weekly step", "times the paperwork stalled", "weeks"),
    "money": ("the weekly money step", "times money went off plan", "weeks"),
    "people": ("the weekly time together", "times you meant to and it slipped", "weeks"),
    "care": ("the weekly time together", "times you meant to and it slipped", "weeks"),
}


# A practice that is a daily tick, a log or a thing done once for days (a tracker ticked, the
# bottle filled first thing, vegetables prepped for 3 days) is no sitting of its own: "Book the
# session in a slot the commute can never take" had no session in round 21's eating plan.
_A_TICK = re.compile(
    r"^(?:tick|log|rate|fill in)\b|\b(?:today|today's|tracker|first thing|first alarm)\b|"
    r"\bfor the next \d+ days\b",
    re.I,
)


def missed_words(field: str, practice: str = "") -> dict[str, str]:
    """The words for a missed week in the field's family (sessions, the week's step, money);
    a plan with no session of its own (eating, drinking, sleep), or whose ``practice`` is a
    daily tick, misses its weekly step."""
    family = field_family(field)
    if family not in _MISSED and not has_sessions(field):
        family = "work"
    one, missed, those = _MISSED.get(family, _MISSED[""])
    if one == "the session" and _A_TICK.search(practice):
        one, missed, those = _MISSED["work"]
    return {"one": one, "missed": missed, "those": those}


def practice_title(playbook: Playbook) -> str:
    """The title of the field's first practice, '' when it has none."""
    return playbook.practice[0].title if playbook.practice else ""


@functools.cache
def _weekly_units() -> dict:
    source = resources.files("assistant") / "data" / "weekly_units.toml"
    return tomllib.loads(source.read_text(encoding="utf-8"))


def has_sessions(field: str) -> bool:
    """Does a plan in ``field`` hold sessions a move can book, shorten or move
    (``weekly_units.toml``: no session in an eating, drinking or money plan)?"""
    units = _weekly_units()
    return field not in units["no_session_fields"] and (
        field_family(field) not in units["no_session_families"]
    )


# the plan's own sessions ("the session", "next week's sessions", "short sessions"), not
# another thing's ("telehealth sessions", "free sessions" with a counsellor)
SESSION_WORDS = re.compile(
    r"\b(?:the|your|next week's|this week's|each|every|short|shorter|a|one|other|missed|"
    r"\d+) (?:\w+ )?sessions?\b|\bworkouts?\b",
    re.I,
)


_FILLER = re.compile(
    r"\b(?:honestly|tbh|tbf|lol|haha|idk|dunno|just|really|mostly|basically|probably|i guess|i think|"
    r"to be honest|i suppose|kind of|kinda|sort of)\b"
)
# Words that make a phrase a clause, a pronoun or too vague to name ("me", "I keep adding new
# ones", "the usual stuff", "no time"): such an obstacle is referred to by the missed sessions.
_NOT_A_NAME = re.compile(
    r"^(?:no|not|too|never|always|very|so)\b|\b(?:i|i'm|im|i've|me|myself|we|we're|us|he|she|"
    r"they|it|it's|its|you|him|her|them|this|that|these|those|is|are|was|were|be|been|am|do|"
    r"does|did|don't|dont|can't|cant|won't|if|when|because|so|then|keep|keeps|get|gets|got|"
    r"have|has|had|stuff|things?|everything|anything|something|nothing|usual|life|whatever|"
    r"everyone|anyone|someone|nobody)\b"
)


def referent(text: str) -> str:
    """The obstacle as a short noun phrase a title can carry ("soccer season", "plantar
    fasciitis", "your knee"), or '' when their words are a clause, a pronoun or vague."""
    said = _FILLER.sub(" ", normalize(text)).strip(" .,!?-")
    said = re.sub(r"\s+", " ", said)
    said = re.sub(r"\b(?:my|our)\b", "your", said)
    words = said.split()
    if not 1 <= len(words) <= 4 or not re.fullmatch(r"[a-z][a-z' -]*", said):
        return ""
    if _NOT_A_NAME.search(said) or _A_DOING.match(said) or not fits_a_slot(said):
        return ""  # "isnt", "duolingo feels like progress": a piece of a clause, quoted instead
    return said


# A phrase that opens on what the person does, not on a thing ("feel guilty", "skip days",
# "lose steam"): set into "on days ... gets in the way" it reads as pasted, broken English.
_A_DOING = re.compile(
    r"(?:feel|feeling|felt|skip|skipping|skipped|miss|missing|lose|losing|forget|forgetting|"
    r"fall|falling|quit|quitting|stop|stopping|give|giving|overthink\w*|procrastinat\w*|"
    r"binge\w*|scroll\w*|eat|eating|drink|drinking|want|wanting|need|hate|hating|blow|"
    r"blowing|put|putting|end up|ending up|run|running out|zone|doubt|doubting|panic\w*)\b"
)


# What comes round on some days and not others, so "on days X gets in the way" reads true: a
# season, shifts, weather, travel, an event, a busy spell, a body that flares or hurts.
_SITUATION = re.compile(
    r"\b(?:seasons?|shifts?|rota|schedules?|weather|rain|snow|cold|heat|dark(?:ness)?|winter|"
    r"summer|autumn|spring|holidays?|vacations?|travel\w*|trips?|commut\w*|overtime|work|"
    r"workload|job|deadlines?|exams?|meetings?|events?|weddings?|festivals?|part(?:y|ies)|"
    r"visits?|guests?|illness|sick\w*|flu|colds?|flare\w*|pain|aches?|\w+aches?|injur\w*|"
    r"\w+itis|back|knees?|hips?|shoulders?|ankles?|feet|foot|wrists?|neck|asthma|migraines?|"
    r"fatigue|periods?|hangovers?|school|term|semester|nights?|mornings?|evenings?|weekends?|"
    r"mood|stress|anxiety|depression|insomnia|sleep|tiredness|energy|kids|baby|newborn|"
    r"toddlers?|busy\w*|rush|crunch|deployments?|on[- ]call|call[- ]outs?|training|"
    r"football|soccer|games?|matches|practice|turnover|moves?|moving|renovations?)\b"
)


_QUOTE_WORDS = 12  # longer than this, a quote in a title stops reading as a sentence


def their_words(text: str) -> str:
    """The obstacle in the person's own words, whole, short enough to quote in a title; ''
    when it runs long, spans sentences or says nothing to name ("honestly it's complicated"):
    a fragment of their words is never quoted as if it were all they said."""
    said = text.strip().rstrip(" .!")
    said = re.sub(r"[{}\"\u201c\u201d]", "", said).replace("\u2019", "'")
    if re.search(r"[.;!?]\s", said) or not 3 <= len(said.split()) <= _QUOTE_WORDS:
        return ""
    if _VAGUE.search(_FILLER.sub(" ", normalize(said))):
        return ""
    if not re.match(r"I\b|[A-Z]{2}", said):  # "I" and acronyms keep their capital
        said = said[:1].lower() + said[1:]
    return said


_VAGUE = re.compile(
    r"\b(?:stuff|things?|everything|anything|nothing|usual|complicated|idk|dunno|life|"
    r"whatever|lol|tbh|not sure|no idea|all of it|the lot|all of the above)\b"
)


def verbatim(text: str, label: str = "") -> str:
    """The obstacle as the person typed it, for quoting ("everyone vapes", "my hip"): their
    words with filler cut from the ends ("motivation honestly" -> "motivation"); ``label``
    when nothing of theirs is left."""
    said = re.sub(r"[{}\"\u201c\u201d]", "", text).replace("\u2019", "'").strip(" .,;!?-")
    edge = rf"^(?:{_FILLER.pattern})\s+|\s+(?:{_FILLER.pattern})$"
    while True:
        cut = re.sub(edge, "", said, flags=re.I).strip(" .,;!?-")
        if cut == said:
            break
        said = cut
    if not said:
        return label
    if not re.match(r"I\b|[A-Z]{2}", said):  # "I" and acronyms keep their capital
        said = said[:1].lower() + said[1:]
    return said


def is_situation(label: str) -> bool:
    """Is the obstacle something that comes on some days ("night shifts", "your back"), not a
    thing, a creature or people ("the clay", "slugs", "students")?"""
    return bool(_SITUATION.search(label))


def _verb_s(label: str) -> str:
    """'night shifts get', 'soccer season gets', 'plantar fasciitis gets'."""
    last = label.rsplit(" ", 1)[-1] if label else ""
    return "" if re.search(r"[^siu]s$", last) else "s"
