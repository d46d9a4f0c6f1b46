"""A repeated step on one thing at a time ("Prep the next room", "Follow up on 1 collection")
booked more often than there are things: 2 rooms get 2 preps, not one a week for 16 weeks."""

from __future__ import annotations

import math
import re

from assistant.findings import finding
from assistant.language.act_sizes import per_unit
from assistant.models import Finding, Plan
from assistant.weeks import task_window

_ONE_THING_RE = re.compile(r"\b(?:1|one) (?:open |old |more |next )?(?P<noun>[a-z]{3,})\b")
# "Prep the next room": one session for each room there is
# ("20 prints from the next box" works through part of one: no count of boxes)
_NEXT_THING_RE = re.compile(
    r"(?<!\bfrom )(?<!\bof )(?<!\bin )(?<!\bthrough )\b(?:the|your) next (?P<noun>[a-z]{3,})\b"
)
# spans and sittings come round again and again: "the next week" is no thing used up
_NOT_THINGS = frozenset(
    [
        "day",
        "week",
        "month",
        "year",
        "session",
        "time",
        "step",
        "visit",
        "meeting",
        "shift",
        "payday",
        "pay",
        "run",
        "class",
        "lesson",
    ]
)
_NOT_A_RATE = r"(?!\s(?:a|an|per|each|every|in a row)\b)"  # "3 sessions a week" is a rhythm
PER_THING = 2  # sessions for each "1 collection": the act and one follow-up
FEW = 12  # a count above this is no short list of things ("500 a month")
_SLACK = 1  # one session more than the things: a redo


def things_acted_on(title: str, said: str, plan: Plan | None = None) -> tuple[int, int] | None:
    """(things, sessions for each) when a title acts on one thing at a time and the person
    counted them in ``said`` ("Follow up on 1 open collection" after "2 collections": (2, 2)),
    or the plan's own metric counts them ("Prep the next room" for 2 rooms painted: (2, 1))."""
    low = title.lower()
    sized = per_unit(title)
    if sized and sized[0].part:  # "Scan 1 box": a unit bigger than a session, worked through
        return None
    m, each = _ONE_THING_RE.search(low), PER_THING
    if m is None:
        m, each = _NEXT_THING_RE.search(low), 1
    if m is None or m["noun"].removesuffix("s") in _NOT_THINGS:
        return None
    stem = re.escape(m["noun"].removesuffix("s"))
    one_word = r"(?:(?!more |new |extra |other |additional )[a-z]+ )?"  # "2 more": a target
    n = re.search(rf"\b(\d{{1,2}}) {one_word}{stem}(?:s|es)?\b{_NOT_A_RATE}", said.lower())
    if n and 0 < int(n.group(1)) <= FEW:
        return int(n.group(1)), each
    # the plan's own count only for "the next room": "1 box" may be one of many sittings
    things = _metric_things(plan, stem) if plan and each == 1 else None
    return (things, each) if things else None


def _metric_things(plan: Plan, stem: str) -> int | None:
    """The things the plan's own metric counts when they are the title's ("2 rooms painted"
    for "the next room"), and few; else None."""
    metric = plan.goal.metric
    unit = (metric.unit or "").lower()
    left = metric.target - (metric.baseline or 0.0)
    if re.fullmatch(rf"{stem}(?:s|es)?", unit) and 0 < left <= FEW:
        return math.ceil(left)
    return None


def past_its_count(plan: Plan) -> list[Finding]:
    """task.past_its_count: a repeated step on "the next room" (or "1 drawer") whose sessions
    over the whole plan outnumber the things there are, counted by the plan's metric or the
    person's words; flagged at its last copy."""
    said = (
        " ".join([plan.request.goal_text, *plan.request.answers.values()]) if plan.request else ""
    )
    booked: dict[str, float] = {}
    last: dict[str, str] = {}
    bounds: dict[str, int] = {}
    for mi, milestone in enumerate(plan.milestones):
        for ti, task in enumerate(milestone.tasks):
            if task.recurrence is None or task.status != "todo":
                continue
            counted = things_acted_on(task.title, said, plan)
            if counted is None:
                continue
            start, due = task_window(task, plan)
            weeks = max(1.0, ((due - start).days + 1) / 7)
            booked[task.title] = (
                booked.get(task.title, 0.0) + task.recurrence.sessions_per_week() * weeks
            )
            bounds[task.title] = counted[0] * counted[1]
            last[task.title] = f"milestones[{mi}].tasks[{ti}]"
    return [
        finding(
            "task.past_its_count",
            last[title],
            f"'{title}' is booked about {round(n)} times for {bounds[title]} to do.",
            "Book it once for each thing there is, then drop it (or say what the extra "
            "sessions are for).",
        )
        for title, n in booked.items()
        if round(n) > bounds[title] + _SLACK
    ]
