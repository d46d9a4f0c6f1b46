"""Reading a revision request: typos fixed against the revision words, hedges dropped, a task
named by id or by the words of its title."""

from __future__ import annotations

import difflib
import re

from assistant.errors import InputError
from assistant.language import normalize
from assistant.language.text import content_stems
from assistant.language.vague import verb_of_gerund
from assistant.models import Plan, Task
from assistant.plan_edits.core import best_match

VOCABULARY = [
    "deadline",
    "push",
    "extend",
    "postpone",
    "delay",
    "earlier",
    "later",
    "forward",
    "back",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hours",
    "hour",
    "minutes",
    "smaller",
    "shorter",
    "split",
    "break",
    "down",
    "milestone",
    "milestones",
    "drop",
    "remove",
    "add",
    "rename",
    "call",
    "sessions",
    "session",
    "workouts",
    "workout",
    "mornings",
    "morning",
    "evenings",
    "evening",
    "afternoons",
    "fewer",
    "more",
    "less",
    "undo",
    "previous",
    "version",
    "task",
    "tasks",
    "stuck",
    "give",
    "assign",
    "until",
    "finish",
    "instead",
]
_SHORT = {
    "wk": "week",
    "wks": "weeks",
    "wek": "week",
    "weks": "weeks",
    "hr": "hour",
    "hrs": "hours",
    "hs": "hours",
    "mins": "minutes",
    "min": "minutes",
    "mo": "month",
    "mos": "months",
    "pls": "please",
    "plz": "please",
    "ms": "milestone",
}
_HEDGE_RE = re.compile(
    r"^(?:(?:please|can you|could you|would you|will you|can we|could we|should we|shall we|"
    r"can i|could i|i think|i guess|maybe|perhaps|actually|"
    r"hmm+|ok(?:ay)?|so|hey|um+|uh+|well|i'?d like to|i want to|i'?d like you to|let'?s|lets|"
    r"i need you to|just|also|and|oh|no)\b[\s,.!]*)+"
)
_TAIL_RE = re.compile(r"[\s,]*(?:please|pls|if possible|if you can|thanks|thank you|now)?[\s?!.]*$")
TASK_ID_RE = re.compile(r"\b(t\d+(?:\.\d+)?)\b")


def fix_typos(text: str) -> str:
    """Words a letter or two away from a revision word become that word ("deadine")."""
    from wordfreq import zipf_frequency

    def fix(m: re.Match) -> str:
        word = m.group(0)
        if word in _SHORT:
            return _SHORT[word]
        if len(word) < 4 or word in VOCABULARY or zipf_frequency(word, "en") >= 2.5:
            return word
        close = difflib.get_close_matches(word, VOCABULARY, n=1, cutoff=0.8)
        return close[0] if close else word

    return re.sub(r"[a-z]+", fix, text)


def read_request(instruction: str) -> str:
    """The request in lower case with typos fixed, leading hedges and trailing politeness gone."""
    s = fix_typos(normalize(instruction).strip())
    s = _HEDGE_RE.sub("", s)
    return _TAIL_RE.sub("", s).strip(" .!?,")


# a reason said after the step ("..., legal asked for it", "...? there's one at my library"):
# the person's why, not part of the step's title
_REASON_RE = re.compile(
    r"(?:\?|,\s(?=(?:like|since|because|cause|bc|as|that'?s|thats|it'?s|its|legal|my|our|the|"
    r"half|most|lots|all|everyone|everybody|so|which|cos|coz|i|i'?m|i'?ve|we|they|he|she)\b)|"
    r"\s-\s).*$"
)


_CLAUSE_END_RE = re.compile(r"[,;!?]|\.\s")


def first_clause(s: str) -> str:
    """The request's first clause ("the kitchen is done already, did it over the weekend")."""
    return _CLAUSE_END_RE.split(s, maxsplit=1)[0].strip()


def most_named(tasks: list[Task], wanted: set[str]) -> tuple[int, list[Task]]:
    """How many of the ``wanted`` word stems the best titles hold, and those tasks ("the long
    runs": the long runs, not every run)."""
    scored = [(len(wanted & content_stems(t.title)), t) for t in tasks]
    best = max((n for n, _ in scored), default=0)
    return best, [t for n, t in scored if n == best]


def without_reason(s: str) -> str:
    """The request without a reason said after it."""
    return _REASON_RE.sub("", s).strip()


def as_step(words: str) -> str:
    """'cutting out beer on weekdays' -> 'cut out beer on weekdays': a gerund said for a step
    becomes the step's verb."""
    first, _, rest = words.partition(" ")
    verb = verb_of_gerund(first) if rest else None
    return f"{verb} {rest}" if verb else words


def original_case(raw: str, lowered: str) -> str:
    """The words as the person typed them (names and titles keep their capitals)."""
    i = raw.lower().find(lowered)
    return raw[i : i + len(lowered)] if i >= 0 else lowered[:1].upper() + lowered[1:]


def find_task(plan: Plan, words: str, open_only: bool = True) -> Task:
    """The task named by its id ("t7") or by words of its title; InputError when none fits."""
    m = TASK_ID_RE.search(words)
    if m:
        for task in plan.tasks():
            if task.id.lower() == m.group(1):
                return task
        raise InputError(f"the plan has no task {m.group(1)}; the Plan tab lists task ids")
    pool = [t for t in plan.tasks() if t.status == "todo" or not open_only]
    best = best_match(pool, re.sub(r"\b(the|task|tasks|one|step|steps)\b", " ", words))
    if best is None:
        raise InputError(f"no open task matches {words!r}; name it by id, e.g. 't7'")
    return best


def tasks_named(
    plan: Plan, noun: str | None, pool: list[Task], main_only: bool = False
) -> list[Task]:
    """The tasks of ``pool`` a noun like "workouts" or "runs" points at; with no noun, all of
    them, or with ``main_only`` the main practice (the one that takes the most time)."""
    if not noun or noun in {"session", "sessions", "practice", "practices", "them", "it"}:
        return main_practice(pool) if main_only else pool
    stems = content_stems(noun)
    hit = [t for t in pool if stems & content_stems(t.title)]
    # "Stretch for 15 minutes after a run" is not a run: what a title does comes first
    word = re.escape(noun.lower().rstrip("s"))
    around = re.compile(
        rf"\b(?:after|before|post|pre)[- ](?:(?:a|an|each|every|the|your)\s)?{word}"
    )
    hit = [t for t in hit if not around.search(t.title.lower())] or hit
    leading = [t for t in hit if stems & content_stems(t.title.split()[0])]
    return leading or hit or pool


def main_practice(pool: list[Task]) -> list[Task]:
    """The repeating tasks of the practice that takes the most time a week (in every
    milestone; titles compared without their numbers)."""
    groups: dict[frozenset[str], list[Task]] = {}
    for task in pool:
        key = frozenset(w for w in content_stems(task.title) if not w.isdigit())
        groups.setdefault(key, []).append(task)
    if not groups:
        return []

    def weekly_minutes(tasks: list[Task]) -> float:
        return sum(t.estimate_minutes * t.recurrence.sessions_per_week() for t in tasks)  # type: ignore[misc,union-attr]

    return max(groups.values(), key=weekly_minutes)


def practice_verb(task: Task) -> str:
    """The verb a session's title starts with: easy runs and the long run are one practice
    ("run"), the stretching after them another."""
    return task.title.split()[0].lower()
