"""Where a person stands in their practice: already training, a beginner, what a rate counts."""

from __future__ import annotations

import re

from assistant.language import normalize
from assistant.language.levels import same_unit, stated_levels
from assistant.understanding.finish_time import read_finish_time

_ALREADY_RE = re.compile(r"\b(?:already|still|currently|right now|these days)\b")
_LEVEL_RE = re.compile(
    r"\b(?:pr|pb|personal best|squat|squats|bench|deadlift|did a (?:half|full|marathon|\d+\s?k)|"
    r"ran a|run \d+|lift \d+|max(?:ed)? (?:at|out))\b[^,;]{0,14}\d"
)
# a level they hold now: "can run 4 miles", "longest run lately is 8k", "5k in about 29 min"
_HOLDS_RE = re.compile(
    r"\b(?:can|could) (?:run|jog|swim|ride|cycle|bike) (?:about |around |like |maybe )?\d"
    r"|\blongest (?:run|ride|swim|hike)\b[^,;]{0,20}\d"
    r"|\b\d+(?:\.\d+)?\s?(?:k|km|miles?|mi)\s(?:in|at)\s(?:about |around |like )?\d"
    r"|\b(?:did|ran|finished in|time of) (?:a |it in )?\d{1,2}:\d\d\b"
)
# a skill or stage they have: "know G C D Em", "A2-ish", "can jog lightly", "4 months post op"
_HAS_SKILL_RE = re.compile(
    r"(?<!n't )(?<!dont )(?<!not )(?<!never )\bknow (?!how|where|what|why|when|if|whether|nothing|"
    r"anything|much|little|a (?:few|little|bit)|very|no\b|none|zero|\d\b|"
    r"i\b|i'm|im\b|that|it\b|its\b|it's|they|we\b|you|he\b|she\b|my\b)"
    r"|\b[abc][12](?:-ish)?\b(?! ?(?:vitamin|level of))"
    r"|(?<!n't )(?<!not )\bcan (?:already |now |comfortably )?(?:play|read|jog|swim|speak|hold|strum)\b"
    r"|\b\d+ (?:weeks?|months?) (?:post[- ]?op|post[- ]?surgery|after (?:the |my )?(?:surgery|op|operation))"
)
# someone who cannot yet do the field's session: "can't run more than 2 min", "never run"
BEGINNER_RE = re.compile(
    r"\b(?:can'?t|cannot|can not|couldn'?t|unable to) (?:run|jog)\b"
    r"|\b(?:never|ha(?:ve|s)n'?t|not) (?:really )?(?:run|ran|jogged)\b"
    r"|\bcan (?:only|barely|just) (?:run|jog)\b|\bcouch to 5 ?k\b|\bc25k\b"
    # "never been a runner", "none of us are runners", "not a runner"
    r"|\b(?:never been|not|none of us (?:are|is)|neither of us (?:are|is)) (?:a |really )?runners?\b"
)
# a run they hold now that is only minutes long ("can jog maybe 2 minutes then I'm done", "I
# can run for about 5 mins"): a beginner's start, built up in intervals, never a level held
_SHORT_RUN_RE = re.compile(
    r"\b(?:can|could|able to) (?:only |barely |just )?(?:run|jog) (?:for )?(?:about |around |like |"
    r"maybe |only |barely |just |roughly )?(\d+(?:\.\d+)?|a|one|two|three|four|five|ten)"
    r"(?:\s?-\s?\d+)? ?(?:min|mins|minutes?|secs?|seconds?)\b"
)
_SMALL = {"a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0}
SHORT_RUN_MINUTES = 10.0  # a run this short or shorter is a start built up in intervals


def short_run(text: str) -> float | None:
    """The minutes of running a person says they manage now, when that is a beginner's span
    (``SHORT_RUN_MINUTES`` or less; seconds count as under one); None otherwise."""
    m = _SHORT_RUN_RE.search(text)
    if not m:
        return None
    value = _SMALL.get(m.group(1)) or float(m.group(1))
    value = value / 60 if "sec" in m.group(0) else value
    return value if value <= SHORT_RUN_MINUTES else None


def already_training(goal: str, answers: dict[str, str], said: object) -> bool:
    """Whether the person already trains: a rhythm they keep now, or a level they have."""
    time = normalize(str(answers.get("capacity", "")))
    start = normalize(f"{goal} {answers.get('baseline', '')}")
    sessions = getattr(said, "sessions", None) and not getattr(said, "per_day", True)
    return bool(
        (sessions and _ALREADY_RE.search(time))
        or _LEVEL_RE.search(start)
        or _HOLDS_RE.search(start)
        or _HAS_SKILL_RE.search(normalize(str(answers.get("baseline", ""))))
    )


_COUNTED = frozenset(
    [
        "steps",
        "pushups",
        "push-ups",
        "pullups",
        "pull-ups",
        "squats",
        "sit-ups",
        "situps",
        "reps",
        "sets",
        "laps",
        "workouts",
        "sessions",
        "runs",
        "walks",
        "rides",
        "swims",
        "classes",
        "lessons",
        "practices",
    ]
)


def counts_other(name: str, unit: str) -> bool:
    """A field's rate metric ("weeks at the walking rhythm") names spans while the goal's
    milestones count repetitions or sessions a period (5,500 steps a day)."""
    return "weeks" in name.split() and unit.lower() in _COUNTED


def holds_a_level(goal: str, baseline: str, unit: str) -> bool:
    """Whether they say a level of the practice they hold now, in any order: a count of the
    goal's own things or of sessions ("I can do 3 pull-ups", "I walk 6k steps a day", "read 5
    pages a night", "play 4 chords"), or a time they run now ("28:40 right now")."""
    for level in stated_levels(goal, baseline):
        if same_unit(level.unit, unit) or normalize(level.unit) in _COUNTED | _PRACTICE_UNITS:
            return True
    time = read_finish_time(normalize(goal), baseline)
    return bool(time and time.before)


# things a practice counts beside its sessions: a level held in them is no beginner's
_PRACTICE_UNITS = frozenset(
    ["km", "miles", "pages", "chapters", "chords", "songs", "pieces", "words", "books", "lengths"]
)
