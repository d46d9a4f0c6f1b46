"""The month a deadline answer names, kept: 'next appt is in about 4 months, mid june' is June,
even when the span read first ('4 months') lands in March."""

from __future__ import annotations

import datetime as dt
import re

from assistant.findings import finding
from assistant.language import normalize
from assistant.models import Finding, Plan
from assistant.validators.deadlines import deadline_told

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|"
    r"tember|ober|ember)?\b"
)
# a month the person starts in or looks back on, not the one to be done by
_NOT_THE_END = re.compile(
    r"\b(?:start|starting|starts|begin|beginning|from|since|after|last|ago|was|were|in)\s"
    r"(?:\S+\s)?$"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a span beside the month: "in about 4 months, mid june" (the case this rule is for)
_SPAN = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|few|couple of)\s(?:days?|weeks?|months?|years?)\b"
)
_SLACK_DAYS = 10  # 'early july' planned to 30 June is the same month's edge, not a move


def _month_days(month: int, deadline: dt.date) -> list[tuple[dt.date, dt.date]]:
    """That month's first and last day in the deadline's year and the years either side."""
    out = []
    for year in (deadline.year - 1, deadline.year, deadline.year + 1):
        first = dt.date(year, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
        out.append((first, last))
    return out


def deadline_month_kept(plan: Plan) -> list[Finding]:
    """goal.deadline_ignored: the deadline answer names a month ('mid june'); the plan's
    deadline falls in none of the months it names, nor within days of one."""
    if plan.request is None:
        return []
    said = normalize(plan.request.answers.get("deadline", ""))
    if not said or _YEAR.search(said) or not _SPAN.search(said):
        return []  # a month alone ("by 20 january") is the asked-day rule's to check
    named = [
        m
        for m in _MONTH.finditer(said)
        if not _NOT_THE_END.search(said[max(0, m.start() - 24) : m.start()])
        and not (
            m.group(1) == "may" and re.match(r"\s(?:be|have|not|need|want)\b", said[m.end() :])
        )
    ]
    if not named:
        return []
    deadline = plan.goal.deadline
    slack = dt.timedelta(days=_SLACK_DAYS)
    for m in named:
        month = _MONTHS.index(m.group(1)[:3]) + 1
        if any(a - slack <= deadline <= b + slack for a, b in _month_days(month, deadline)):
            return []
    told = deadline_told(plan)
    if any(m.group(0) in told for m in named):
        return []  # the plan says it moved their month
    return [
        finding(
            "goal.deadline_ignored",
            "goal.deadline",
            f"The person's deadline answer names '{named[0].group(0)}' ('{said.strip()[:60]}'); "
            f"the plan is due {deadline}, in another month.",
            "Plan to the month the person named; if a span they also gave disagrees, keep the "
            "month and say so in the plan's assumptions.",
        )
    ]
