"""One thing for another in the plan's sessions: 'I hate the gym, can I do home workouts
instead', 'swap the pool for the lake'. Only words the titles hold change; when the plan has
none of the old thing, the person hears that instead of a change nobody asked for."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.errors import InputError
from assistant.language.text import content_stems
from assistant.models import Plan

_NEW_OLD_RE = re.compile(
    r"\b(?P<new>[a-z]+)(?:\s(?:workouts?|sessions?|walks?|runs?|swims?|rides?|classes))?\s"
    r"(?:instead|rather)\b(?:\sof\s(?:the |a |my )?(?P<old>[a-z]+))?"
)
# "I'd rather run than walk", "prefer cycling to running"
_RATHER_RE = re.compile(
    r"\b(?:rather|prefer(?:\sto)?)\s(?:do\s|go\s|go for\s|have\s)?(?:a\s|an\s|some\s)?(?P<new>[a-z]+)"
    r"\s(?:than|instead of|over|to)\s(?:the |a |an |my |do |go |doing )?(?P<old>[a-z]+)"
)
_SWAP_RE = re.compile(
    r"\b(?:swap|replace)\s(?:the |my |all the )?(?P<old>[a-z]+)(?:\s(?:sessions?|"
    r"workouts?|days?))?\s(?:for|with|to)\s(?:a |an |some |the )?(?P<new>[a-z]+)"
)
_DISLIKE_RE = re.compile(
    r"\b(?:hate|can'?t stand|don'?t like|dislike|can'?t get to|no access to|not going to)\s"
    r"(?:going to )?(?:the |a |my )?(?P<old>[a-z]+)"
)
# the plan's own settings have their own revisions: "swap the deadline to april" is no swap
_NOT_THINGS = frozenset(
    [
        "deadline",
        "date",
        "target",
        "goal",
        "time",
        "hours",
        "minutes",
        "capacity",
        "it",
        "them",
        "that",
        "this",
        "sessions",
        "session",
        "days",
        "day",
        "week",
        "weeks",
        "month",
        "plan",
        "task",
        "tasks",
        "one",
    ]
)
# what the plan trains: swapping one for another is a different plan, not new words
_ACTIVITIES = frozenset(
    [
        "workout",
        "run",
        "running",
        "walk",
        "walking",
        "swim",
        "swimming",
        "ride",
        "riding",
        "cycling",
        "cycle",
        "bike",
        "biking",
        "yoga",
        "lifting",
        "weight",
        "pilates",
        "class",
        "session",
        "hike",
        "hiking",
        "rowing",
        "dance",
        "dancing",
    ]
)
_PLACES = {"home": "at home", "outside": "outside", "outdoors": "outdoors", "park": "in the park"}
_AT_RE = r"\b(?:at|in|to)\s(?:the|a|my)\s{old}s?\b"


def instead(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'home workouts instead' of the gym: the sessions' titles say home, nothing else moves."""
    said = _RATHER_RE.search(s) or _SWAP_RE.search(s) or _NEW_OLD_RE.search(s)
    if said is None:
        return None
    new, old = said.group("new"), said.group("old")
    if old is None:
        disliked = _DISLIKE_RE.search(s)
        old = disliked.group("old") if disliked else None
    if old is None or old == new or old in _NOT_THINGS or new in _NOT_THINGS:
        return None
    activity = old.rstrip("s") in _ACTIVITIES or new.rstrip("s") in _ACTIVITIES
    measured = content_stems(f"{plan.goal.statement} {plan.goal.metric.name}")
    if activity and content_stems(f"{old} {new}") & measured:  # the activity is the goal
        raise InputError(
            f"I can't swap the {old} for {new} inside this plan: its milestones measure "
            f"{plan.goal.metric.name}. Plan {new} as a **New goal**, or ask for a change to the "
            f"sessions here ('one more session a week', 'mornings only')"
        )
    wanted = content_stems(old)
    named = [t for t in plan.tasks() if t.status == "todo" and wanted & content_stems(t.title)]
    hits = [t for t in named if t.recurrence]  # the sessions; a one-off step is the person's call
    if not hits:
        main = next((t.title for t in plan.tasks() if t.recurrence), None)
        where = f" (such as '{main}')" if main else ""
        steps = "; ".join(f"{t.id} '{t.title}'" for t in named[:3])
        also = (
            f". These steps are about the {old}: {steps}; say 'drop {named[0].id}' if one no longer fits"
            if named
            else ""
        )
        fine = (
            f"they work {_PLACES[new]} as they are"
            if new in _PLACES
            else f"nothing in them needs the {old}, so the {new} works as well"
        )
        raise InputError(f"I see no {old} in this plan's sessions{where}: {fine}{also}")
    changed = plan.next_version(f"{new} instead of {old}")
    for task in changed.tasks():
        if any(task.id == h.id for h in hits):
            title = re.sub(_AT_RE.format(old=re.escape(old)), _PLACES.get(new, new), task.title)
            if title == task.title and activity:  # "Walk briskly for 30 minutes": a run
                title = re.sub(
                    rf"\b{re.escape(old.rstrip('s'))}\w*(?:\s(?:briskly|slowly|gently|easy))?",
                    new.rstrip("s"),
                    task.title,
                    count=1,
                    flags=re.IGNORECASE,
                )
                title = title[:1].upper() + title[1:]
            if title == task.title:
                title = re.sub(rf"\b{re.escape(old)}\b", new, task.title, flags=re.IGNORECASE)
            task.title = title
    return changed
