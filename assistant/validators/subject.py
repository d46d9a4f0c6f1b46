"""Is the plan about what the person asked for? Their words against the plan's goal, by meaning
(the shipped MiniLM embedding) and by shared words; and milestones that are only placeholders."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import content_stems, normalize, stem
from assistant.models import Finding, Plan
from assistant.validators.meaning import similarity

# A plan is off the subject when its goal is far from the person's words by meaning AND shares
# almost none of their words: either signal alone also fires on faithful paraphrases
# ("find a new job" -> "Accept 1 offer for a new role").
FAR_IN_MEANING = 0.40
FEW_SHARED_WORDS = 0.20

_PLACEHOLDER_UNITS = re.compile(r"^(?:stages?|steps?|phases?|parts?|milestones?|checkpoints?)$")
_PLACEHOLDER_WORDS = frozenset(
    stem(w)
    for w in [
        "stage",
        "stages",
        "step",
        "steps",
        "phase",
        "phases",
        "part",
        "parts",
        "milestone",
        "milestones",
        "checkpoint",
        "checkpoints",
        "done",
        "goal",
        "met",
        "complete",
        "completed",
        "finished",
        "your",
        "all",
        "reached",
        "first",
        "next",
        "last",
    ]
)


def _plan_words(plan: Plan) -> set[str]:
    titles = " ".join(m.title for m in plan.milestones)
    return content_stems(f"{plan.goal.statement} {plan.goal.metric.name} {titles}")


# where the ask ends and the story begins: "get my spending under control, me and my husband..."
_CLAUSE = re.compile(r"[,.;!?()\u2014]|\b(?:because|since|but|so that|and i|i'm|im|i've)\b")
_RATE = re.compile(r"\b(?:(\d+)\s?(?:x|times?)|(once|twice))\s(?:a|per|each|every)\s(\w+)")


_DEADLINE = re.compile(r"\bby \d{1,2} [a-z]+ \d{4}\b|\bby \d{4}-\d\d-\d\d\b", re.IGNORECASE)


def _rates(text: str) -> set[tuple[str, str]]:
    """'3 times a week', 'twice a month' as (count, period)."""
    words = {"once": "1", "twice": "2"}
    return {(n or words[w], per) for n, w, per in _RATE.findall(normalize(text))}


def _keeps_the_ask(said: str, plan: Plan) -> bool:
    """The plan's goal keeps the ask itself: half the words of the person's first clause, or
    the rhythm they stated ('3 times a week'), however long the story around it."""
    goal = content_stems(f"{plan.goal.statement} {plan.goal.metric.name}")
    ask = content_stems(_CLAUSE.split(normalize(said), maxsplit=1)[0])
    if len(ask) >= 2 and len(ask & goal) * 2 >= len(ask):
        return True
    # the rhythm counts only beside an activity: "Go on 2 times a month" lost the dates
    activity = content_stems(_DEADLINE.sub(" ", plan.goal.statement))
    return bool(activity and _rates(said) & _rates(plan.goal.statement))


def _closeness(said: str, statement: str) -> float | None:
    """Meaning of the goal against the person's words, or against their first clause alone when
    the story after it ('I tried an app last year and gave up') dilutes the ask."""
    goal = normalize(statement)
    whole = similarity(normalize(said), goal)
    ask = _CLAUSE.split(normalize(said), maxsplit=1)[0].strip()
    if whole is None or ask == normalize(said).strip() or len(content_stems(ask)) < 2:
        return whole
    alone = similarity(ask, goal)
    return whole if alone is None else max(whole, alone)


def off_subject(plan: Plan) -> list[Finding]:
    """goal.off_subject: the plan's goal is a neighbouring goal, not the one the person wrote."""
    if plan.request is None or not plan.request.goal_text.strip():
        return []
    said = plan.request.goal_text
    theirs = content_stems(said)
    if len(theirs) < 2:
        return []  # "get fit": too few words to tell a neighbour from a sharpening
    shared = len(theirs & _plan_words(plan)) / len(theirs)
    if shared >= FEW_SHARED_WORDS or _keeps_the_ask(said, plan):
        return []
    cosine = _closeness(said, plan.goal.statement)
    if cosine is None or cosine >= FAR_IN_MEANING:
        return []
    return [
        finding(
            "goal.off_subject",
            "goal.statement",
            f"The person asked for '{said.strip()[:90]}'; the plan's goal "
            f"'{plan.goal.statement}' is about something else (meaning {cosine:.2f}, "
            f"{shared:.0%} of their words kept).",
            "Plan the goal the person wrote, in their words; if no field fits, ask for their "
            "own stages rather than planning a neighbouring goal.",
        )
    ]


_NUMBERED = re.compile(r"^(?:stage|step|phase|part)\s\d+\s(?:done|complete|finished)\b")


def _numbered_stage(plan: Plan, title: str) -> bool:
    """'Stage 2 done, with advice ...': a stage known by its number, when the person never
    named their stages."""
    named = plan.request is not None and "stages" in plan.request.answers
    return not named and bool(_NUMBERED.match(normalize(title)))


def placeholders(plan: Plan) -> list[Finding]:
    """milestone.placeholder: 'Stage 2 of your 4 stages done' says nothing about this goal."""
    empty = [
        i
        for i, m in enumerate(plan.milestones)
        if _PLACEHOLDER_UNITS.match(normalize(m.metric.unit).strip())
        and (not content_stems(m.title) - _PLACEHOLDER_WORDS or _numbered_stage(plan, m.title))
    ]
    if not empty:
        return []
    first = plan.milestones[empty[0]]
    return [
        finding(
            "milestone.placeholder",
            f"milestones[{empty[0]}]",
            f"{len(empty)} of {len(plan.milestones)} milestones are placeholders "
            f"('{first.title}'): they name no result of this goal.",
            "Name each stage's result in the goal's own terms (what exists, is passed or is "
            "signed when it is done), or ask the person for their stages.",
        )
    ]


def validate_subject(plan: Plan) -> list[Finding]:
    return [*off_subject(plan), *placeholders(plan)]
