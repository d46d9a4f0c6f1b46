"""Steps that produce a result come early enough to produce it: a comparison of "3 weeks of
spending" needs 3 weeks of logged spending first, and applications, a nomination or a race
entry wait weeks for the answer they feed."""

from __future__ import annotations

import datetime as dt
import re

from assistant.findings import finding
from assistant.models import Finding, Plan, Task

_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8}
# a step that reads a record over a span ("Compare 3 weeks of real spending with the budget")
_READS_RE = re.compile(
    r"^(?:compare|review|check|look back|analy[sz]e|average|total|add up|go through|rewrite|"
    r"adjust|update|sum up|read back|count|mark)\b",
    re.I,
)
_SPAN_RE = re.compile(
    r"\b(\d+|a|one|two|three|four|five|six|eight)\s(?:full\s)?(week|month)s?(?:'s?)?\s"
    r"(?:worth\s)?of\b",
    re.I,
)
# what a span of record is kept in ("the fasting log", "real spending", "readings")
_RECORD_RE = re.compile(
    r"\b(?:logs?|diary|tracker|journal|records?|readings|ticks|data|spending|entries|receipts|"
    r"statements|transactions|times|results|scores)\b|\blast\s\d+\s(?:week|month)",
    re.I,
)
# a step whose answer takes weeks to come back: applications, a nomination, a race entry
_WAITS_RE = re.compile(
    r"^(?:send|submit|apply|post)\b.*\b(?:applications?|cvs?|packets?|nominations?|bids?)\b"
    r"|\bput (?:you|me|them) forward\b|\bnominat(?:e|ion)\b"
    r"|^(?:register|enter|sign up)\s(?:for\s|in\s)?(?:the|a|an|my|your)\s(?:[\w'-]+\s){0,3}"
    r"(?:race|event|exam|test|competition)\b",
    re.I,
)
ANSWER_DAYS = 14  # the least time an application, a nomination or an entry takes to answer


def weeks_of_record(title: str) -> int:
    """Weeks of record a reading step needs first ("Compare 3 weeks of real spending" -> 3,
    "Review a month of logs" -> 4); 0 for a step that reads no span."""
    if not _READS_RE.match(title) or not _RECORD_RE.search(title):
        return 0
    m = _SPAN_RE.search(title)
    if not m:
        return 0
    count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER[m.group(1).lower()]
    return count * (4 if m.group(2).lower() == "month" else 1)


def waits_for_answer(title: str) -> bool:
    """Whether a step's result comes back weeks later (sent applications, a nomination)."""
    return bool(_WAITS_RE.search(title))


def record_source(plan: Plan, task: Task, by_id: dict[str, Task] | None = None) -> dt.date:
    """The day the record a reading step reads starts: the latest one-off it waits on, else
    the plan's start."""
    by_id = by_id if by_id is not None else {t.id: t for t in plan.tasks()}
    deps = [by_id[i].due for i in task.depends_on if i in by_id and not by_id[i].recurrence]
    return max(deps, default=plan.start_date)


def answer_day(
    plan: Plan, task: Task, waited_by: dict[str, list[dt.date]] | None = None
) -> dt.date | None:
    """The day the result a waiting step feeds is due: the first step that waits on it, else
    the goal's deadline when it sits in the last milestone; None when nothing is fed."""
    if waited_by is None:
        waited_by = _waited_by(plan)
    waiting = waited_by.get(task.id, [])
    if waiting:
        return min(waiting)
    if plan.milestones and task in plan.milestones[-1].tasks:
        return plan.milestones[-1].deadline
    return None


def _waited_by(plan: Plan) -> dict[str, list[dt.date]]:
    """For each task id, the due dates of the steps that wait on it."""
    out: dict[str, list[dt.date]] = {}
    for t in plan.tasks():
        for i in t.depends_on:
            out.setdefault(i, []).append(t.due)
    return out


def too_close_to_result(plan: Plan) -> list[Finding]:
    """task.too_close_to_result: a step dated too late to produce what it feeds."""
    found: list[Finding] = []
    by_id = {t.id: t for t in plan.tasks()}  # (once: a plan may hold thousands of tasks)
    waited_by = _waited_by(plan)
    for i, milestone in enumerate(plan.milestones):
        for j, task in enumerate(milestone.tasks):
            if task.recurrence or task.status != "todo":
                continue
            path = f"milestones[{i}].tasks[{j}]"
            weeks = weeks_of_record(task.title)
            source = record_source(plan, task, by_id) if weeks else plan.start_date
            if weeks and (task.due - source).days < 7 * weeks:
                found.append(
                    finding(
                        "task.too_close_to_result",
                        path,
                        f"'{task.title}' needs {weeks} weeks of record and is due "
                        f"{(task.due - source).days} days after it starts.",
                        f"Date it at least {weeks} weeks after {source.isoformat()}.",
                    )
                )
            answer = answer_day(plan, task, waited_by) if waits_for_answer(task.title) else None
            if answer is not None and (answer - task.due).days < ANSWER_DAYS:
                found.append(
                    finding(
                        "task.too_close_to_result",
                        path,
                        f"'{task.title}' is due {(answer - task.due).days} days before the "
                        "result it waits for.",
                        "Date it weeks before the result: answers take weeks to come back.",
                    )
                )
    return found
