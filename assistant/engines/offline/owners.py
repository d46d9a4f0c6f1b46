"""Giving a household's helpers the tasks that suit them, from what they said they would do.

A team plan spreads tasks over everyone (``OwnerCycle``). A household plan ("my son will help
dig", "me and my wife") keeps the person as the lead: a helper gets the one-off tasks that
match what they offered to do, or, when they named nothing, every other hands-on one-off task.
"""

from __future__ import annotations

import re

from assistant.models import Milestone, Task
from assistant.understanding.people import Helper
from assistant.understanding.team_roles import TASK_WORDS

# work anyone in a household can pick up without owning the decisions
_HANDS_ON = frozenset(
    [
        "dig",
        "carry",
        "move",
        "clear",
        "lift",
        "haul",
        "paint",
        "plant",
        "build",
        "sort",
        "wash",
        "clean",
        "mow",
        "rake",
        "spread",
        "load",
        "pick",
        "cook",
        "walk",
        "fetch",
        "shop",
        "tidy",
        "pack",
        "bag",
        "hang",
        "sweep",
        "fill",
        "empty",
        "take",
        "drop",
        "set",
        "put",
        "assemble",
        "measure",
        "cut",
        "sand",
        "prime",
        "water",
        "weed",
        "bake",
        "prep",
    ]
)
_FILLER = frozenset(
    [
        "help",
        "the",
        "a",
        "an",
        "with",
        "on",
        "at",
        "in",
        "of",
        "to",
        "and",
        "for",
        "some",
        "any",
        "our",
        "my",
        "his",
        "her",
        "their",
        "all",
        "saturdays",
        "sundays",
        "weekends",
        "weekend",
        "evenings",
        "mornings",
        "days",
        "day",
        "week",
    ]
)


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {w[:5] for w in words if w not in _FILLER and len(w) > 2}


def _suits(task: Task, helper: Helper) -> bool:
    return bool(helper.does) and bool(_stems(helper.does) & _stems(task.title))


def _hands_on(task: Task) -> bool:
    return task.title.split(" ", 1)[0].lower() in _HANDS_ON


def share_tasks(milestones: list[Milestone], helpers: list[Helper]) -> None:
    """Hand each helper the one-off tasks that suit them; the person keeps the rest."""
    if not helpers:
        return
    one_offs = [t for m in milestones for t in m.tasks if t.recurrence is None]
    left = []
    for task in one_offs:
        matched = next((h for h in helpers if _suits(task, h)), None)
        if matched:
            task.owner = matched.name
        else:
            left.append(task)
    free = [h for h in helpers if not h.does] or helpers
    if any(t.owner != "me" for t in one_offs) and free == helpers:
        return  # everyone who offered something has it
    pool = [t for t in left if _hands_on(t)] or left
    for turn, task in enumerate(pool):
        slot = turn % (len(free) + 1)  # every other turn stays with the person, who leads
        if slot:
            task.owner = free[slot - 1].name


def by_role(milestones: list[Milestone], roles: dict[str, str]) -> None:
    """A team's tasks to the people whose said role does that work ("Dana (design)" gets the
    mock-ups, the engineers the build); the lightest-loaded of them, so the work stays shared.
    Tasks no role names stay where the even spread put them."""
    if not roles:
        return
    load: dict[str, int] = {}
    tasks = [t for m in milestones for t in m.tasks]
    for task in tasks:
        load[task.owner] = load.get(task.owner, 0) + task.estimate_minutes
    for task in tasks:
        kinds = [kind for kind, words in TASK_WORDS.items() if words.search(task.title)]
        if not kinds or roles.get(task.owner) in kinds:
            continue
        fits = next(
            (found for k in kinds if (found := [n for n, kind in roles.items() if kind == k])),
            [],
        )
        if not fits:
            continue
        chosen = min(fits, key=lambda name: load.get(name, 0))
        load[task.owner] = load.get(task.owner, 0) - task.estimate_minutes
        load[chosen] = load.get(chosen, 0) + task.estimate_minutes
        task.owner = chosen
