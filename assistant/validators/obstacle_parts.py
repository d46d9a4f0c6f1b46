"""Is each part of a two-part obstacle attacked? "Drinking with friends, and boredom in the car"
answered only about friends leaves the car, the half the person also named, untouched."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import content_stems, normalize, stem
from assistant.models import Finding, Plan
from assistant.validators.meaning import closest
from assistant.weeks import active_tasks

# where a person's list of obstacles breaks into parts; "and then", "so" go on with the same one
_SPLIT = re.compile(r"[,;.!?()]|\b(?:and|plus|but|also)\b(?!\s+(?:then|so)\b)")
_GOES_ON = re.compile(r"^(?:then|so|which|that|because)\b")

# the people in a person's way: a part naming one is never too thin ("my husband smokes too")
_PEOPLE = frozenset(
    stem(w)
    for w in re.findall(
        r"\w+",
        "husband wife partner boyfriend girlfriend spouse kids kid children child son daughter "
        "baby mum mom mother dad father parents family sister brother friends friend buddies "
        "mates guys lads boss manager colleague colleagues coworkers landlord neighbours "
        "neighbors roommate flatmate inlaws grandkids",
    )
)

# a task this close in meaning to a part attacks it, shared words or not ("check the forecast
# and move walks indoors" for "weather")
CLOSE_IN_MEANING = 0.4

# words that say how an obstacle feels, not what it is: a part made only of them names nothing
# a task could attack ("I just forget", "it's hard", "I give up")
_NAMES_NOTHING = frozenset(
    stem(w)
    for w in re.findall(
        r"\w+",
        "just really always never ever know knows kind sort thing things stuff get gets got "
        "getting make makes feel feels lot much many bit little keep keeps want wants need needs "
        "like hard easy end ends give gives up time times day days week weeks honestly basically "
        "probably maybe actually even still too very sure think idea what which where when how "
        "who why there here something anything nothing everything someone anyone one don doesn "
        "can cant isn won wont go goes going come comes done",
    )
)


def _parts(obstacle: str, goal_words: set[str]) -> list[tuple[str, set[str]]]:
    """Each part of the obstacle with the words that name it, the goal's own words left out."""
    out: list[tuple[str, set[str]]] = []
    for raw in _SPLIT.split(normalize(obstacle)):
        raw = raw.strip()
        named = content_stems(raw) - goal_words - _NAMES_NOTHING
        if out and _GOES_ON.match(raw):
            text, before = out[-1]
            out[-1] = (f"{text} {raw}", before | named)
        elif named:
            out.append((raw, named))
    return out


def _attacked(part: str, named: set[str], worked: set[str], titles: list[str]) -> bool:
    if named & worked:
        return True
    close = closest(part, tuple(normalize(t) for t in titles))
    return close is None or close >= CLOSE_IN_MEANING


def part_unattacked(plan: Plan) -> list[Finding]:
    """constraint.part_unattacked: the person named an obstacle of two or more parts and no
    task of the plan names one of them."""
    if plan.request is None or not plan.request.answers.get("constraint", "").strip():
        return []
    obstacle = plan.request.answers["constraint"].strip()
    goal_words = content_stems(plan.request.goal_text)
    parts = _parts(obstacle, goal_words)
    if len(parts) < 2:
        return []
    tasks = list(active_tasks(plan))
    worked = content_stems(" ".join(f"{t.title} {t.done_when}".replace("-", " ") for t in tasks))
    titles = sorted({t.title for t in tasks})
    # a part named by one word ("weather", "in bed") is too thin to say no task meets it,
    # unless the word is a person
    missed = [
        text
        for text, named in parts
        if (len(named) >= 2 or named & _PEOPLE) and not _attacked(text, named, worked, titles)
    ]
    if not missed or len(missed) == len(parts):  # none met: constraint.generic_attack
        return []
    return [
        finding(
            "constraint.part_unattacked",
            "constraint",
            f"The person named {len(parts)} obstacles ('{obstacle[:100]}'), but no task "
            f"touches '{missed[0]}'.",
            "Give each obstacle the person named its own attack, in their words: a change to "
            "that place, person or moment.",
        )
    ]
