"""Task minutes that fit the act: a full-length exam at the exam's real length, a whole
document written in the hour it takes (over sittings when theirs are short), a small act
("Sort 1 drawer") never stretched over two hours: a long session names the acts it holds."""

from __future__ import annotations

import re

from assistant.language.act_sizes import (
    act_least,
    exam_minutes,
    full_sitting,
    plural,
    small_act,
)
from assistant.models import Plan, Task

# "Sort 1 drawer or shelf into keep, donate, bin": the verb, the one act and its alternative
_ONE_ACT_RE = re.compile(r"^(?P<verb>\w+) (?:1|one|a) (?P<noun>[a-z]+)(?: or (?P<alt>[a-z]+))?\b")
_STRETCHED = 2.5  # a session over this many times the act's minutes names more of them


# one paper of the exam (a mock oral, a speaking test) is not the whole exam's sitting
_ONE_PAPER_RE = re.compile(
    r"\b(?:oral|speaking|listening|reading|writing)\s(?:exam|test|paper)", re.I
)
_WEEK_SHARE = 0.9  # a sitting leaves a little of its week for the review that follows it


def exam_lengths(plan: Plan, goal_text: str, usable: float) -> Plan:
    """Every full-length practice exam at the length of the exam the goal names (before the
    fit, which never shortens a whole sitting), within the week's ``usable`` minutes."""
    named = exam_minutes(f"{goal_text} {plan.goal.statement}")
    if named is None:
        return plan
    exam = min(named, int(usable * _WEEK_SHARE) // 5 * 5)
    for task in plan.tasks():
        whole = full_sitting(task.title) and not _ONE_PAPER_RE.search(task.title)
        if whole and not task.recurrence and task.estimate_minutes < exam:
            task.estimate_minutes = exam
    return plan


_OWN_MINUTES_RE = re.compile(r"\b\d+[- ]?(?:minutes?|mins?|min|hours?|hrs?)\b", re.I)


def whole_acts(plan: Plan, sitting: int) -> Plan:
    """Every one-off act gets the least time its kind takes ("Write case study 1" an hour, never
    15 minutes); an act longer than the person's ``sitting`` is spread over their sittings."""
    for task in plan.tasks():
        least = act_least(task.title)
        if task.recurrence or least is None or _OWN_MINUTES_RE.search(task.title):
            continue
        if task.estimate_minutes < least:
            task.estimate_minutes = least
        if 0 < sitting < task.estimate_minutes and "sittings of" not in task.title:
            times = -(-task.estimate_minutes // sitting)
            task.estimate_minutes = times * sitting
            task.title = f"{task.title} (over {times} sittings of {sitting} min)"
    return plan


def sized_acts(plan: Plan) -> Plan:
    """Every small act stretched over a long session names the acts its time holds."""
    for task in plan.tasks():
        _name_the_acts(task)
        _count_the_questions(task)
    return plan


# "Answer 40 timed practice questions": the count of quick timed items a session names
_ITEMS_RE = re.compile(
    r"\b(?P<n>\d{1,3}) (?:[a-z-]+ ){0,3}?(?P<noun>questions|problems|mcqs)\b", re.I
)
_ITEM_MINUTES = {"questions": 2, "mcqs": 2, "problems": 6}  # timed, with a glance at the answer


def _count_the_questions(task: Task) -> None:
    """ "Answer 40 timed practice questions" cut to 25 minutes names the 12 its time holds."""
    m = _ITEMS_RE.search(task.title)
    if m is None:
        return
    asked, each = int(m["n"]), _ITEM_MINUTES[m["noun"].lower()]
    held = task.estimate_minutes // each
    if asked <= held or held < 2:
        return
    number = re.compile(rf"\b{asked}\b")
    task.title = number.sub(str(held), task.title, count=1)
    task.done_when = number.sub(str(held), task.done_when, count=1) if task.done_when else ""


def _name_the_acts(task: Task) -> None:
    """ "Sort 1 drawer or shelf" at 120 minutes names the 8 drawers or shelves its time holds."""
    m = _ONE_ACT_RE.match(task.title)
    each = small_act(m["noun"]) if m else None
    if m is None or each is None or task.estimate_minutes <= _STRETCHED * each:
        return
    count = task.estimate_minutes // each
    nouns = plural(m["noun"]) + (f" or {plural(m['alt'])}" if m["alt"] else "")
    task.title = f"{m['verb']} {count} {nouns}" + task.title[m.end() :]
