"""Does the plan do every part the person asked for? A goal that lists its parts ("find an
apartment, sell most of the furniture") or sets a condition ("without losing any data",
"without going on metformin") needs each part's object somewhere in the milestones or tasks."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import STOPWORDS, normalize, stem
from assistant.models import Finding, Plan

_DET = r"(?:a|an|the|my|our|his|her|their|any|all|some|every|both)"
# a part of a list: a verb, then a determiner cluster ("most of the"), then its object
_PART = re.compile(
    rf"^(?:and\s|then\s|also\s)?(?:i\s|we\s)?(?:need to\s|want to\s|have to\s|to\s)?"
    rf"([a-z]+)(?:\s(?:out|up|off|down|rid of))?\s(?:(?:most|all|some|half|each|one|rest)\s"
    rf"of\s)?{_DET}\s([a-z]+(?:\s[a-z]+)?)"
)
# a condition: "without losing any data", "without going on metformin"
_WITHOUT = re.compile(
    rf"\bwithout\s[a-z]+ing\s(?:on\s|into\s|to\s)?(?:{_DET}\s)?([a-z]+(?:\s[a-z]+)?)"
)
_SPLIT = re.compile(r",\s*(?:and\s)?|\s(?:and|then)\s|[.;!?](?:\s|$)")
# words that end an object phrase: prepositions and the adverbs after it ('my IBS better')
_ENDS = frozenset(
    {
        "toward",
        "towards",
        "into",
        "onto",
        "from",
        "for",
        "with",
        "during",
        "before",
        "after",
        "better",
        "again",
        "anymore",
        "ever",
        "too",
        "well",
        "first",
        "now",
        "down",
        "back",
        "lol",
        "regular",
        "regularly",
        "done",
        "fixed",
        "sorted",
        "ready",
        "right",
        "properly",
    }
)
# a part told about the past or what the person has is the story, not a part of the goal
_STORY_VERBS = frozenset(
    {
        "have",
        "has",
        "had",
        "got",
        "made",
        "was",
        "were",
        "did",
        "is",
        "am",
        "are",
        "been",
        "used",
        "tried",
        "lost",
        "gained",
        "went",
        "saw",
    }
)
_VAGUE = frozenset(
    {
        "thing",
        "things",
        "stuff",
        "way",
        "time",
        "lot",
        "lots",
        "bit",
        "bunch",
        "couple",
        "few",
        "number",
        "sure",
        "more",
        "less",
        "best",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "myself",
        "ourselves",
        "yourself",
    }
)


def _objects(text: str) -> list[str]:
    """The head words of the objects of a list of two or more parts, and of 'without'
    conditions ('the car loan' -> loan; 'the stuff in' -> nothing to check)."""
    out = [m.group(1) for m in _WITHOUT.finditer(text)]
    for sentence in re.split(r"[.;!?](?:\s|$)", text):
        parts = [p.strip() for p in _SPLIT.split(sentence) if p.strip()]
        found = [m for m in (_PART.match(p) for p in parts) if m]
        found = [m for m in found if m.group(1) not in _STORY_VERBS]
        if len(found) >= 2:
            out += [m.group(2) for m in found]
    heads = []
    for phrase in out:
        kept = []
        for w in phrase.split():
            if w in STOPWORDS or w in _ENDS:
                break
            kept.append(w)
        # the head is the phrase's last word: 'a running club' -> club, 'the car loan' -> loan
        if kept and kept[-1] not in _VAGUE and len(kept[-1]) > 2:
            heads.append(kept[-1])
    return heads


# "both doses", "both of the kids": a pair the goal's results must name
_NOT_PAIRS = frozenset({"times", "ways", "days", "weeks", "months", "years", "sides", "ends"})
_BOTH = re.compile(r"\bboth\s(?:of\s)?(?:the\s|my\s|our\s)?([a-z]{3,}s)\b")


def _pair_missing(plan: Plan) -> list[Finding]:
    """goal.part_missing: the person asked for both of a pair ('both doses'); neither the goal
    nor any milestone names them (the second dose left to 'any follow-up')."""
    assert plan.request is not None
    results = normalize(" ".join([plan.goal.statement, *(m.title for m in plan.milestones)]))
    have = {stem(w) for w in re.findall(r"[a-z]+", results)}
    for m in _BOTH.finditer(normalize(plan.request.goal_text)):
        if m.group(1) in _NOT_PAIRS:
            continue
        if stem(m.group(1)) not in have and stem(m.group(1)[:-1]) not in have:
            return [
                finding(
                    "goal.part_missing",
                    "goal.statement",
                    f"The person asked for '{m.group(0)}'; neither the goal nor a milestone "
                    "names them, so one of the two can be left undone.",
                    "Name both in the goal and give each its own milestone ('dose 1 given', "
                    "'dose 2 given').",
                )
            ]
    return []


def validate_parts(plan: Plan) -> list[Finding]:
    """goal.part_missing: a listed part or a condition of the goal is in no milestone or task."""
    if plan.request is None:
        return []
    pair = _pair_missing(plan)
    if pair:
        return pair
    body = [m.title for m in plan.milestones]
    body += [f"{t.title} {t.done_when}" for t in plan.tasks()]
    body += [plan.constraint_strategy]
    have = {stem(w) for w in re.findall(r"[a-z]+", normalize(" ".join(body)))}
    for word in _objects(normalize(plan.request.goal_text)):
        if stem(word) not in have:
            return [
                finding(
                    "goal.part_missing",
                    "milestones",
                    f"The person asked for '{word}' as part of the goal; no milestone or task "
                    "works on it.",
                    "Give every part the person listed, and every condition they set, a "
                    "milestone or a task of its own.",
                )
            ]
    return []
