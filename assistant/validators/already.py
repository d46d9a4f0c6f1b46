"""Work the person said is already done: 'booked for Oct 12', then 'Book the exam slot'."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.held import HELD, held_in, held_kinds
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
# an amount in hand ("already have 1200 saved", "already have £300 put aside") is the goal's
# starting point, not a thing owned that a step would get again
_AMOUNT = re.compile(
    r"already\s(?:have|has|got)\s(?:about\s|around\s|like\s)?[$£€]?\d[\d,.]*\s?k?\s?"
    r"(?:(?:dollars|pounds|euros|bucks|quid|usd|gbp|eur)\s)?"
    r"(?:saved|put (?:away|aside|by)|set aside|in (?:the |my )?(?:bank|savings|account|pot)|"
    r"towards?|for|of|$)"
)
# an appointment the person gave a date for is booked: "doctor appt is jan 8"
_DATED = re.compile(
    r"\b(?:appt|appointment|check-?up|consult(?:ation)?|interview|hearing|surgery)\s"
    r"(?:is\s|was\s)?(?:on\s|in\s|at\s|for\s)?(?:the\s)?(?:\d|jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|next|this|tomorrow)[^.,;!?]{0,12}"
)
# what the person has done: "passed the math test", "cert done", "finished the first draft"
_DONE = re.compile(
    r"\b(?:passed|finished|completed|done)\s(?!with\b|nothing\b|any\b|\d)[^.,;!?]{0,40}"
)
_DONE_AFTER = re.compile(
    r"\b[a-z]+(?:\s[a-z]+)?\s(?:is\s|are\s)?(?:done|finished|completed|passed)(?=\s*(?:[.,;!?]|$))"
)
# part of it done is not it done: "3 of 5 chapters done", "half the course finished"
_PARTLY = re.compile(
    r"\b\d+(?:st|nd|rd|th)?\s(?:of|out of)\s\d+\b|\b(?:half|some|part|most|first)\b"
)
# a wish, not a fact: "we need to get SOC 2 done this year"
_WISH = re.compile(
    r"\b(?:need|needs|want|wants|have to|has to|going to|gonna|plan to|hope|hoping|will|"
    r"should|must|would like|trying to|try to)\b"
)
_NOT = re.compile(r"\b(?:not|n't|never|no|yet|haven'?t|hasn'?t|didn'?t|wasn'?t)\b")
_BOOK_VERBS = frozenset(
    {"book", "register", "schedule", "sign", "enrol", "enroll", "enter", "reserve"}
)
_DO_AGAIN_VERBS = frozenset(
    {"pass", "finish", "complete", "take", "do", "earn", "get", "start", "read", "sit", "redo"}
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
        "half",
        "part",
        "most",
        "all",
        "last",
        "year",
        "month",
        "this",
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
        for pattern, verbs in (
            (_BOOKED, _BOOK_VERBS),
            (_HAVE, _GET_VERBS),
            (_DATED, _BOOK_VERBS),
            (_DONE, _DO_AGAIN_VERBS),
            (_DONE_AFTER, _DO_AGAIN_VERBS),
        ):
            for m in pattern.finditer(text):
                if _NOT.search(text[max(0, m.start() - 12) : m.start()]):
                    continue  # "not booked yet", "haven't registered"
                # the clause it sits in: 'road test scheduled for 14 march'
                before = re.split(r"[.,;!?]", text[max(0, m.start() - 40) : m.start()])[-1]
                clause = f"{before}{m.group(0)}"
                if verbs is _DO_AGAIN_VERBS and (_WISH.search(clause) or _PARTLY.search(clause)):
                    continue
                if verbs is _GET_VERBS and _AMOUNT.match(m.group(0)):
                    continue  # "already have 1200 saved" is where the goal starts, no thing owned
                things = _things(clause) - _things(
                    "booked registered signed scheduled passed finished completed done"
                )
                # 'booked for Oct 12' names only a day: what is booked is the goal's event
                out.append((clause.strip(), verbs, things or goal_things))
    return out


def held_names(*texts: str) -> list[str]:
    """The names of every kind the texts say the person holds ("opened an FHSA": a savings
    account, so 'fhsa', 'hysa', 'savings account' ...), longest first."""
    held = {h[len(HELD) :] for h in held_in(*texts)}
    names = {n for k in held_kinds() if k.name in held for n in k.names if n != "account"}
    return sorted(names, key=len, reverse=True)


def redoes_done_work(plan: Plan) -> list[Finding]:
    """task.redoes_done: the person said a thing is booked, in hand or done ('booked for Oct
    12', 'already have a Roth IRA', 'passed the math test', 'appt is jan 8'); the plan's goal
    or a one-off task asks them to book, get or do it again."""
    if plan.request is None:
        return []
    held = _in_hand(plan)
    kinds = held_names(plan.request.goal_text, *plan.request.answers.values())
    if not held and not kinds:
        return []
    places = [("goal.statement", plan.goal.statement)]
    places += [
        (f"milestones[{i}].tasks[{j}]", t.title)
        for i, m in enumerate(plan.milestones)
        for j, t in enumerate(m.tasks)
        if not t.recurrence
    ]
    for path, text in places:
        title = normalize(text)
        first = title.split(" ", 1)[0]
        named = next((n for n in kinds if re.search(rf"\b{re.escape(n)}\b", title)), "")
        if (
            first in _GET_VERBS | {"enrol", "enroll", "select"}
            and named
            and path != "goal.statement"
        ):
            return [
                finding(
                    "task.redoes_done",
                    path,
                    f"'{text}' asks for a {named} the person said they already have.",
                    "Use the one they hold; plan the next step after it.",
                )
            ]
        for said, verbs, things in held:
            shared = _things(title) & things
            # done work is named by more than its kind: "the math test", not any "test"
            enough = min(2, len(things)) if verbs is _DO_AGAIN_VERBS else 1
            if first in verbs and len(shared) >= enough:
                return [
                    finding(
                        "task.redoes_done",
                        path,
                        f"'{text}' asks for what the person said is done: '{said}'.",
                        "Start from what they have in hand; plan the next step after it.",
                    )
                ]
    return []
