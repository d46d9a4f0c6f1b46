"""A repeated act that uses up what it acts on runs only as often as there are things to act
on: 2 collections get a few written requests, not one a week for 26 weeks."""

from __future__ import annotations

import math
import re

from assistant.engines.offline.fit_steps import depended_on
from assistant.language.act_sizes import finite_act
from assistant.models import Plan, Recurrence, Task
from assistant.weeks import task_window

_ONE_THING_RE = re.compile(r"\b(?:1|one) (?:open |old |more |next )?(?P<noun>[a-z]{3,})\b")
# "Prep the next room": one session for each room there is
_NEXT_THING_RE = re.compile(r"\b(?:the|your) next (?P<noun>[a-z]{3,})\b")
# spans and sittings come round again and again: "the next week" is no thing used up
_NOT_THINGS = frozenset(
    "day week month year session time step visit meeting shift payday pay run class lesson".split()
)
_NOT_A_RATE = r"(?!\s(?:a|an|per|each|every|in a row)\b)"  # "3 sessions a week" is a rhythm
_PER_THING = 2  # sessions for each thing they counted: the act and one follow-up
_FEW = 12  # a count above this is no short list of things ("500 a month")


def _counted(title: str, said: str, plan: Plan | None = None) -> int | None:
    """Sessions for the things a title acts on one at a time when the person counted them
    ("Follow up on 1 open collection" after "2 collections": 4; "Prep the next room" for the
    plan's 2 rooms: 2)."""
    low = title.lower()
    m, each = _ONE_THING_RE.search(low), _PER_THING
    if m is None:
        m, each = _NEXT_THING_RE.search(low), 1
    if m is None or m["noun"].removesuffix("s") in _NOT_THINGS:
        return None
    stem = re.escape(m["noun"].removesuffix("s"))
    one_word = r"(?:(?!more |new |extra |other |additional )[a-z]+ )?"  # "2 more": a target
    n = re.search(rf"\b(\d{{1,2}}) {one_word}{stem}(?:s|es)?\b{_NOT_A_RATE}", said.lower())
    if n and 0 < int(n.group(1)) <= _FEW:
        return int(n.group(1)) * each
    things = _metric_things(plan, stem) if plan else None
    return things * each if things else None


def _metric_things(plan: Plan, stem: str) -> int | None:
    """The things the plan's own metric counts when they are the title's ("2 rooms painted"
    for "the next room"), and few; else None."""
    metric = plan.goal.metric
    unit = (metric.unit or "").lower()
    left = metric.target - (metric.baseline or 0.0)
    if re.fullmatch(rf"{stem}(?:s|es)?", unit) and 0 < left <= _FEW:
        return math.ceil(left)
    return None


def bound_repeats(plan: Plan, said: str) -> Plan:
    """Each such repeated task keeps its copies in milestone order until their sessions cover
    the things the person counted in ``said`` (their goal and answers); later copies go."""
    done: dict[str, float] = {}
    since = plan.start_date
    for milestone in plan.milestones:
        for task in list(milestone.tasks):
            if task.recurrence is None:
                continue
            act = finite_act(task.title)
            bound = _counted(task.title, said, plan) or (act.sessions(said) if act else None)
            if bound is None:
                continue
            if done.get(task.title, 0) >= bound and len(milestone.tasks) > 1:
                if not depended_on(plan, task):
                    milestone.tasks.remove(task)
                continue
            start, due = task_window(task, plan)
            weeks = max(1.0, ((due - max(start, since)).days + 1) / 7)  # this copy's own weeks
            _thin(task, weeks, bound - done.get(task.title, 0))
            done[task.title] = done.get(task.title, 0) + task.recurrence.sessions_per_week() * weeks
        since = max(since, milestone.deadline)
    return plan


_WEEKS_A_MONTH = 52 / 12


def _thin(task: Task, weeks: float, left: float) -> None:
    """A weekly copy with more sessions than things ``left`` runs a few times a month instead
    (3 follow-ups over 13 weeks: once a month), its "this week" wording dropped."""
    rec = task.recurrence
    if rec is None or rec.per != "week" or rec.sessions_per_week() * weeks <= left:
        return
    months = weeks / _WEEKS_A_MONTH
    times = max(1, math.ceil(max(left, 1) / months))
    if times >= rec.times * 4:  # "4 times a month" over a short window: still weekly
        return
    task.recurrence = Recurrence(times=times, per="month")
    task.title = re.sub(r",? this week\b", "", task.title)
