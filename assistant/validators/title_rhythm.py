"""A task whose title names its own rhythm repeats at that rhythm: 'Plan next week's snacks'
once a month is a title the schedule contradicts, and so is a weekend batch-cook 5 times a
week. A milestone that says how often ('a walk on 5 days a week') has sessions that often.
(A day's act done weekly, 'Log the day's servings', is left alone: coaches scored such plans
9 as often as they named it.)"""

from __future__ import annotations

import math
import re

from assistant.findings import finding
from assistant.models import Finding, Milestone, Plan, Task

# the title's own rhythm and the fewest sessions a week that keep it
_WEEKLY = re.compile(r"\b(?:next|this|the|each|every) week'?s\b|\bweekly\b", re.IGNORECASE)
# an act of the weekend or of one named day: at most one or two sittings a week
_WEEKEND = re.compile(
    r"\b(?:on|at|over|each|every|this|the) weekends?\b|\bweekend\b(?!s? (?:off|away|trips?))"
    r"|\b(?:on|each|every) (?:mon|tues|wednes|thurs|fri|satur|sun)days?\b",
    re.IGNORECASE,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUM = r"(\d|one|two|three|four|five|six|seven)"
# 'on 5 days a week', '4 nights a week', '3 times a week', 'every day', 'daily', 'most days'
_MILESTONE_RATE = re.compile(
    rf"\b{_NUM}\s(?:[a-z]+\s)?(?:days?|nights?|mornings?|evenings?|times?|sessions?|workouts?|walks?|runs?)"
    r"\s(?:a|per|each|every)\sweek\b"
    r"|\b(every\s(?:day|night|morning|evening)|daily|nightly|most\s(?:days|nights))\b",
    re.IGNORECASE,
)
# a run of days ('7 days in a row') is a streak to reach, not a rhythm of sessions
_STREAK = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven)\s(?:days?|nights?|mornings?|evenings?)\s"
    r"(?:in a row|straight)\b|\bstreak\b",
    re.IGNORECASE,
)
_PER_WEEK = {"most": 4.0}


def rhythm_contradicts_title(plan: Plan) -> list[Finding]:
    """task.rhythm_contradicts_title: the title names a week's act ('next week's shifts');
    the task repeats less than weekly; or it names the weekend or one day ('Cook a batch on
    the weekend') and repeats more than twice a week."""
    out: list[Finding] = []
    for i, milestone in enumerate(plan.milestones):
        for j, task in enumerate(milestone.tasks):
            said = _contradicted(task)
            if said is None or task.recurrence is None:
                continue
            out.append(
                finding(
                    "task.rhythm_contradicts_title",
                    f"milestones[{i}].tasks[{j}]",
                    f"'{task.title}' names '{said}' but is scheduled {task.recurrence.describe()}.",
                    "Schedule the task as often as its title says, or retitle it to the rhythm "
                    "the plan can keep.",
                )
            )
    out += _milestone_findings(plan)
    return out


def _contradicted(task: Task) -> str | None:
    """The words of the title its recurrence contradicts, or None."""
    if task.recurrence is None or task.status != "todo":
        return None
    per_week = task.recurrence.sessions_per_week()
    weekly = _WEEKLY.search(task.title)
    if weekly and per_week < 1:
        return weekly.group(0)
    weekend = weekend_words(task.title)
    if weekend and per_week > 2:
        return weekend
    return None


def weekly_words(title: str) -> str | None:
    """The words that make a task a week's act ('next week's shifts', 'weekly'), or None."""
    m = _WEEKLY.search(title)
    return m.group(0) if m else None


def weekend_words(title: str) -> str | None:
    """The words that tie a task to the weekend or one weekday ('on the weekend'), or None; a
    note after a semicolon ('; at the weekend with my brother': who joins one of its sessions)
    does not tie the whole task."""
    m = _WEEKEND.search(title.split(";")[0])
    return m.group(0) if m else None


def milestone_rhythm(milestone: Milestone) -> tuple[str, float] | None:
    """(the words, sessions a week) a milestone says its practice runs at that its busiest
    recurring session does not reach ('on 5 days a week' with walks 3 times a week), or None."""
    said = stated_rate(milestone.title)
    if said is None:
        return None
    words, want = said
    busiest = max(
        (
            t.recurrence.sessions_per_week()
            for t in milestone.tasks
            if t.recurrence and t.status == "todo" and not t.attacks_constraint
        ),
        default=None,
    )
    if busiest is None or busiest >= least_kept(want) - 0.01:
        return None
    return words, busiest


def least_kept(rate: float) -> int:
    """The fewest sessions a week that keep a stated rate: the count itself, 5 for every day."""
    return min(5, math.ceil(rate)) if rate >= 7 else math.ceil(rate)


def stated_rate(title: str) -> tuple[str, float] | None:
    """(the words, sessions a week) a milestone's title states ('on 5 nights a week': 5), or
    None; a streak ('5 days in a row') states no rate."""
    if _STREAK.search(title):
        return None
    m = _MILESTONE_RATE.search(title)
    if m is None:
        return None
    if m.group(1):
        n = m.group(1).lower()
        return m.group(0), float(_NUMBERS.get(n) or int(n))
    word = m.group(2).lower().split()[0]
    return m.group(0), _PER_WEEK.get(word, 7.0)


def _milestone_findings(plan: Plan) -> list[Finding]:
    out = []
    for i, milestone in enumerate(plan.milestones):
        short = milestone_rhythm(milestone)
        if short is None:
            continue
        words, busiest = short
        out.append(
            finding(
                "milestone.rhythm_short",
                f"milestones[{i}]",
                f"The milestone says '{words}', but its busiest session runs "
                f"{busiest:g} times a week.",
                "Schedule the practice as often as the milestone counts it, or count the "
                "milestone by the sessions the week holds.",
            )
        )
    return out
