"""Work the person said is already done: 'booked for Oct 12', then 'Book the exam slot'."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import content_stems, normalize
from assistant.models import Finding, Plan

# what the person says is in hand, and the verbs of a task that would do it again
_BOOKED = re.compile(
    r"\b(?:already\s)?(?:booked|registered|signed up|scheduled|enrolled|entered)\b"
    r"(?:\s(?:for|in|on|onto|into|at)\b)?[^.;!?]{0,40}"
)
_HAVE = re.compile(
    r"\balready\s(?:have|has|got|own|use|using|on|in|with|opened|set up)\b\s?[^.,;!?]{0,40}"
)
_NOT = re.compile(r"\b(?:not|n't|never|no|yet|haven'?t|hasn'?t|didn'?t|wasn'?t)\b")
_BOOK_VERBS = frozenset(
    {"book", "register", "schedule", "sign", "enrol", "enroll", "enter", "reserve"}
)
_GET_VERBS = frozenset(
    {"open", "set", "create", "find", "get", "buy", "sign", "start", "join", "choose", "pick"}
)
# words a booking shares with any task and so say nothing of which thing it is
_GENERIC = frozenset(
    {
        "next",
        "week",
        "weekly",
        "session",
        "sessions",
        "time",
        "day",
        "days",
        "slot",
        "date",
        "first",
        "one",
        "new",
        "your",
        "plan",
        "around",
        "kid",
        "kids",
    }
)


_MONTHS = content_stems(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december monday tuesday wednesday thursday friday "
    "saturday sunday"
)


def _things(clause: str) -> set[str]:
    """The things a clause names, without days, months and words every task shares."""
    return {s for s in content_stems(clause) if s not in _GENERIC and s not in _MONTHS}


def _in_hand(plan: Plan) -> list[tuple[str, frozenset[str], set[str]]]:
    """(what the person said, the task verbs that would redo it, the things it names)."""
    assert plan.request is not None
    goal_things = _things(plan.request.goal_text)
    out = []
    for said in (plan.request.goal_text, *plan.request.answers.values()):
        text = normalize(said)
        for pattern, verbs in ((_BOOKED, _BOOK_VERBS), (_HAVE, _GET_VERBS)):
            for m in pattern.finditer(text):
                if _NOT.search(text[max(0, m.start() - 12) : m.start()]):
                    continue  # "not booked yet", "haven't registered"
                # the clause it sits in: 'road test scheduled for 14 march'
                before = re.split(r"[.,;!?]", text[max(0, m.start() - 40) : m.start()])[-1]
                clause = f"{before}{m.group(0)}"
                things = _things(clause) - _things("booked registered signed scheduled")
                # 'booked for Oct 12' names only a day: what is booked is the goal's event
                out.append((clause.strip(), verbs, things or goal_things))
    return out


def redoes_done_work(plan: Plan) -> list[Finding]:
    """task.redoes_done: the person said a thing is booked or already in hand ('booked for Oct
    12', 'already have a Roth IRA'); a one-off task asks them to book or get it."""
    if plan.request is None:
        return []
    held = _in_hand(plan)
    if not held:
        return []
    for i, m in enumerate(plan.milestones):
        for j, t in enumerate(m.tasks):
            title = normalize(t.title)
            first = title.split(" ", 1)[0]
            if t.recurrence:
                continue
            for said, verbs, things in held:
                if first in verbs and _things(title) & things:
                    return [
                        finding(
                            "task.redoes_done",
                            f"milestones[{i}].tasks[{j}]",
                            f"'{t.title}' asks for what the person said is done: '{said}'.",
                            "Start from what they have in hand; plan the next step after it.",
                        )
                    ]
    return []
