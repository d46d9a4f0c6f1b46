"""Task minutes that match what the title asks, and titles whose frequency words match the
task's rhythm: a "16 km test run" is sized from a sane pace, never 15 minutes, and a weekly
task never says "each day".

Works on any plan (offline, LLM-written, revised); a title that states its own duration
("Walk for 30 minutes") keeps it.
"""

from __future__ import annotations

import math
import re

from assistant.language.act_sizes import act_least, full_sitting
from assistant.models import Plan, Task, parts_add_up

# minutes per km at an easy, beginner-safe pace, by how the distance is covered
_PACE = (
    (re.compile(r"\b(?:run|runs|running|jog\w*|race|test run|long run|tempo)\b"), 7.0),
    (re.compile(r"\b(?:walk\w*|hike\w*|hiking|ruck\w*)\b"), 12.0),
    (re.compile(r"\b(?:ride|rides|riding|cycl\w*|bike|biking)\b"), 3.0),
    (re.compile(r"\b(?:swim\w*|laps?)\b"), 30.0),
    (re.compile(r"\b(?:row|rowing)\b"), 6.0),
)
_DISTANCE_RE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s?(km|k|kilomet(?:er|re)s?|mi|miles?|m|meters?|metres?)\b(?![-/]?\s?(?:a|per)\s)"
)
_OWN_DURATION_RE = re.compile(
    r"\b\d+\s?(?:-\s?)?(?:minutes?|mins?|min|hours?|hrs?|h)\b|\ban? hour\b"
)
_DAILY_WORDS_RE = re.compile(r",?\s\b(?:each|every)\s(?:day|night|morning|evening)\b|\s\bdaily\b")
_AFTER_DISTANCE = frozenset(
    [
        "test",
        "run",
        "runs",
        "race",
        "loop",
        "route",
        "walk",
        "walks",
        "ride",
        "rides",
        "swim",
        "time",
        "at",
        "as",
        "in",
        "on",
        "without",
        "with",
        "easy",
        "steady",
        "long",
        "tempo",
        "and",
        "or",
        "then",
        "non",
        "nonstop",
        "straight",
        "continuously",
        "total",
    ]
)
_SLACK = 10  # warm-up, cool-down and getting out of the door
# a test whose length is set by the test, not by the week: never shortened to fit
_RACE_RE = re.compile(r"\b(?:run|race|ride|swim|walk|finish) the (?:race|event)\b", re.I)
_RACE_GOAL_RE = re.compile(r"\b(?:run\w*|race|marathon|triathlon|jog\w*|\d+k)\b", re.I)


def movement(title: str) -> int | None:
    """Which way a title covers ground (run, walk, ride, swim, row), as an index; None."""
    low = title.lower()
    return next((i for i, (pattern, _) in enumerate(_PACE) if pattern.search(low)), None)


def distance_minutes(title: str) -> int | None:
    """Minutes a title's distance takes at an easy pace ("Run a 16 km test run": 125), or None
    when the title names no distance covered on foot, wheel or in water."""
    low = title.lower()
    if _OWN_DURATION_RE.search(low):
        return None
    verb = next(((v, p) for pattern, p in _PACE if (v := pattern.search(low))), None)
    m = _DISTANCE_RE.search(low)
    if verb is None or m is None or abs(m.start() - verb[0].start()) > 30 or "$" in low:
        return None
    after = re.match(r"\s*([a-z]+)", low[m.end() :])
    if after and after.group(1) not in _AFTER_DISTANCE:
        return None  # "Run ads to reach 10k people" names no distance covered
    pace = verb[1]
    amount, unit = float(m.group(1)), m.group(2)
    km = amount * 1.609 if unit.startswith("mi") else amount
    if unit in {"m", "meter", "meters", "metre", "metres"}:
        if amount < 25:  # "5 m" is no distance anyone trains over
            return None
        km = amount / 1000
    if not 0.1 <= km <= 100:
        return None
    return int(math.ceil((km * pace + _SLACK) / 5) * 5)


_LONG_DAY = 60  # a one-off of at least this long is the long day the plan's assumption names


def distance_to_time(plan: Plan, sitting: int | None = None, usable: float | None = None) -> Plan:
    """A distance its minutes cannot half hold: a one-off first grows toward it within a
    ``sitting`` and the week's ``usable`` minutes, then the title names what the minutes hold
    ("Run 8 km" in a 30-minute sitting reads "Run 2.5 km"; a race's own distance is never cut)."""
    for milestone in plan.milestones:
        week = sum(
            t.recurrence.sessions_per_week() * t.estimate_minutes
            for t in milestone.tasks
            if t.recurrence and t.status == "todo"
        )
        for task in milestone.tasks:
            want = distance_minutes(task.title)
            if want is None or task.estimate_minutes * 2 > want or fixed_length(task.title):
                continue
            if not task.recurrence and sitting and usable:
                grown = min(want, sitting, int(usable - week) // 5 * 5)
                if grown > task.estimate_minutes:
                    task.resize(grown)
            if task.recurrence or task.estimate_minutes < _LONG_DAY:
                _distance_held(task, want)  # an hour or more is a long day, said as one
    return plan


def _distance_held(task: Task, want: int) -> None:
    """The title's distance cut to what the task's minutes hold at the same easy pace."""
    m = _DISTANCE_RE.search(task.title.lower())
    if m is None or task.estimate_minutes * 2 > want:
        return
    amount = float(m.group(1))
    held = amount * max(0, task.estimate_minutes - _SLACK) / (want - _SLACK)
    step = 25 if m.group(2).startswith("m") and not m.group(2).startswith("mi") else 0.5
    held = math.floor(held / step) * step
    if held <= 0 or held >= amount:
        return
    said = f"{held:g}"
    start, end = m.span(1)
    task.title = task.title[:start] + said + task.title[end:]
    if task.done_when:
        own = rf"\b{re.escape(m.group(1))}(?=\s?{m.group(2)}\b)"
        task.done_when = re.sub(own, said, task.done_when, count=1)


def fixed_length(title: str) -> bool:
    """Whether a task is a whole timed exam or test ("Sit a full-length practice exam")."""
    return full_sitting(title) or bool(_RACE_RE.search(title))


# a session whose length is what it names: "a 2-hour shift", "an hour's class", "the long run"
_SET_LENGTH_RE = re.compile(
    r"\b(?:\d+(?:\.\d+)?|an|one|two|three)[- ]hours?\b|\bhalf[- ]day\b"
    r"|\blong (?:training )?(?:run|hike|walk|ride|swim|ruck)s?\b",
    re.I,
)
# a quick routine: a deck of cards, a log line, a check; never stretched into a long session
_QUICK_RE = re.compile(
    r"\b(?:flash ?cards?|anki|log|logs|jot|weigh|check|tick|record (?:the|today|your))\b",
    re.I,
)
QUICK_MINUTES = 30
# a step about a session, not the session ("Book next week's long hike")
_ABOUT_RE = re.compile(
    r"(?:book|plan|schedule|pick|choose|map|log|write|note|check)\b", re.I
)  # the longest a quick routine is planned at


# hands-on work whose length is the job's: shelving put up in 20 minutes is not a plan
_HANDS_ON_RE = re.compile(
    r"(?:put up|install|assemble|build|mount|hang|fit|lay|tile|plaster|paint)\b(?! a list)",
    re.I,
)
HANDS_ON_MINUTES = 60  # the shortest a hands-on job is planned at


# a step that names N pieces of work needs N pieces' time: "Write 10 reply macros", "Book 3
# live video tours"; a list of things ("Write 3 things you value") is quick, whatever its count
_PIECES_RE = re.compile(
    r"^(?P<verb>write|draft|record|film|make|create|design|edit|publish|bake|cook|book|call|"
    r"email|send|interview|visit|apply to|test|build|sew|knit|translate)\s(?P<n>\d{1,2})\s"
    r"(?:[a-z-]+\s){0,2}(?P<noun>[a-z]+s)\b",
    re.I,
)
_QUICK_PIECE_RE = re.compile(r"^(?:book|call|email|send)\b", re.I)
_LIST_NOUNS = frozenset(
    [
        "things",
        "lines",
        "sentences",
        "words",
        "ideas",
        "questions",
        "names",
        "goals",
        "reasons",
        "wins",
        "minutes",
        "hours",
        "days",
        "weeks",
        "months",
        "times",
        "sets",
        "reps",
        "notes",
        "points",
        "options",
        "items",
        "bullets",
    ]
)
QUICK_PIECE, MADE_PIECE = 10, 15  # a booking or call; a piece written, recorded or made


def pieces_minutes(title: str) -> int | None:
    """Minutes the N pieces a step names take at the least ("Write 10 reply macros": 150)."""
    m = _PIECES_RE.match(title)
    if not m or m.group("noun").lower() in _LIST_NOUNS or int(m.group("n")) < 2:
        return None
    return int(m.group("n")) * (QUICK_PIECE if _QUICK_PIECE_RE.match(title) else MADE_PIECE)


def shortest(title: str, minutes: int, least: int) -> int:
    """The shortest a one-off may be cut to: a hands-on job keeps an hour (or what it had),
    a whole act keeps what it takes ("Write the promotion case": an hour), a step naming N
    pieces keeps two pieces' time."""
    whole = act_least(title)
    if whole:
        least = max(least, whole)
    if _HANDS_ON_RE.match(title):
        return max(least, min(minutes, HANDS_ON_MINUTES))
    m = _PIECES_RE.match(title)
    pieces = pieces_minutes(title)
    if m and pieces:  # two pieces at the least; the title then names the pieces its time holds
        return max(least, min(minutes, 2 * pieces // int(m["n"])))
    return least


def count_to_time(task: Task) -> Task:
    """A step cut below its pieces' time names the pieces it holds ("Write 4 reply macros")."""
    m = _PIECES_RE.match(task.title)
    pieces = pieces_minutes(task.title)
    if m is None or pieces is None:
        return task
    asked = int(m["n"])
    held = max(2, task.estimate_minutes // (pieces // asked))
    if held < asked:
        number = re.compile(rf"\b{asked}\b")
        task.title = number.sub(str(held), task.title, count=1)
        task.done_when = number.sub(str(held), task.done_when, count=1) if task.done_when else ""
    return task


def set_length(title: str) -> bool:
    """Whether a session's length is what its title names ("Work a 2-hour side shift", "Run a
    long run 1 km further"): the fit drops a repeat before it shortens one."""
    return bool(_SET_LENGTH_RE.search(title)) and not _ABOUT_RE.match(title)


def quick_routine(title: str) -> bool:
    """Whether a task is a quick routine (flashcards, a log line, a check), not the practice."""
    return bool(_QUICK_RE.search(title))


def race_minutes(statement: str) -> int | None:
    """Minutes the goal's race takes at an easy pace ("a half marathon (21.1 km)": 160)."""
    low = statement.lower()
    m = _DISTANCE_RE.search(low)
    if m is None or not _RACE_GOAL_RE.search(low):
        return None
    return distance_minutes(f"run {m.group(0)}")


def size_by_title(plan: Plan, cap: int | None = None) -> Plan:
    """Distances sized from a pace, the goal's race from its distance (within ``cap``, the
    longest one session may be); "each day" dropped from a task that does not repeat most
    days."""
    race = race_minutes(plan.goal.statement)
    for task in plan.tasks():
        own = _OWN_DURATION_RE.search(task.title.lower())
        if race and _RACE_RE.search(task.title) and not own and not task.recurrence:
            task.estimate_minutes = min(race, cap) if cap else race  # 21.1 km, not 50 min
            continue
        minutes = distance_minutes(task.title)
        if minutes is not None and _off(task.estimate_minutes, minutes):
            task.estimate_minutes = min(minutes, cap) if cap else minutes
        pieces = None if task.recurrence else pieces_minutes(task.title)
        if pieces and task.estimate_minutes < pieces:  # 10 macros are not 15 minutes
            task.estimate_minutes = min(pieces, cap) if cap else pieces
        _match_rhythm(task)
        task.title = parts_add_up(task.title)  # "20 minutes: 5 warm-up, 20 on the song"
    return plan


def _off(have: int, want: int) -> bool:
    """A size more than a quarter away from the pace's: a template's number, not a choice."""
    return abs(have - want) > want / 4


def _match_rhythm(task: Task) -> None:
    rec = task.recurrence
    if rec is None or rec.sessions_per_week() >= 5:
        return
    if _DAILY_WORDS_RE.search(task.title):  # "Check in each day" done twice a week
        task.title = _DAILY_WORDS_RE.sub("", task.title).strip()
