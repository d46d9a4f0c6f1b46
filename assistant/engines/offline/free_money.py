"""Free money the person says they leave unclaimed ("employer has a pension match I'm not
using", "not getting the 401k match"): claiming it is the plan's first step, before any saving
of their own, since every unit they put in earns the match on top."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.models import Plan, Task

if TYPE_CHECKING:
    from assistant.understanding.facts import Understanding

_MATCH = r"(?:employer(?:'s)?\s)?(?:pension\s|401\s?\(?k\)?\s|rrsp\s|workplace\s|company\s)?match(?:ing)?"
_UNCLAIMED_RE = re.compile(
    rf"\b{_MATCH},?\s(?:[a-z']+\s){{0,3}}?(?:(?:i'?m|i am|we'?re|we are)\s)?(?:not|never)\s"
    r"(?:using|taking|getting|claiming)"
    rf"|\b(?:not|never|haven'?t been|don'?t)\s(?:using|taking|getting|claiming|take|get|use)\s(?:up\s)?"
    rf"(?:the\s|my\s|our\s|an?\s)?{_MATCH}"
    rf"|\b(?:missing out on|leaving)\s(?:the\s|my\s)?{_MATCH}",
    re.IGNORECASE,
)


def match_unclaimed(text: str) -> bool:
    """Whether the text says an employer's match is there and not being taken."""
    return bool(_UNCLAIMED_RE.search(" ".join(text.split())))


def claim_the_match_first(plan: Plan, u: Understanding) -> Plan:
    """The first milestone starts with joining the employer's match at the rate that gets all
    of it, when they say they are not using it."""
    said = f"{u.text} . {u.baseline_said} . {u.constraint or ''}"
    if not u.playbook.money or not plan.milestones or not match_unclaimed(said):
        return plan
    if any("match" in t.title.lower() for t in plan.tasks()):
        return plan
    taken = {t.id for t in plan.tasks()}
    n = len(taken) + 1
    while f"t{n}" in taken:
        n += 1
    first = plan.milestones[0]
    due = min(plan.start_date + dt.timedelta(days=3), first.deadline)
    step = Task(
        id=f"t{n}",
        title="Join your employer's match at the contribution that gets all of it: free money "
        "before any saving of your own",
        owner=plan.owners[0] if plan.owners else "me",
        estimate_minutes=30,
        due=due,
        start=plan.start_date,
        done_when="Enrolment confirmed; the match shows on the next payslip",
    )
    first.tasks.insert(0, step)
    return plan
