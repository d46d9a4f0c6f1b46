"""A counted amount of things (3,000 prints, 60 personal asks, 40 pitches) is reached by the
sessions that make them: each session names what its minutes make at the unit's pace
(data/act_sizes.toml ``per_unit``), the sessions grow within the person's week until every
milestone's count fits its weeks, and what still does not fit is said with the arithmetic and
the levers (a faster tool or service, more time a week, a later date), never left short unsaid.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from assistant.language.act_sizes import act_sizes, per_unit
from assistant.models import Assumption, Milestone, Plan, Task
from assistant.plan_edits import fresh_ids

_LONGEST = 180  # a session of repetitive work past three hours is no longer one sitting
_HEADROOM = 0.95  # the capacity fit keeps a little under the line: so does this
_SHORT = 0.9  # made under this share of the amount is short
_VOLUME_NOUNS = re.compile(r"^(?:chapters?|pages?|books?|words?)$", re.I)  # volume.py's own


def _weeks(start: dt.date, end: dt.date) -> float:
    return max((end - start).days / 7, 1 / 7)


def _live(milestone: Milestone) -> list[Task]:
    return [t for t in milestone.tasks if t.recurrence and t.status == "todo"]


def _per_week(task: Task) -> float:
    return task.recurrence.sessions_per_week() * task.estimate_minutes if task.recurrence else 0.0


# a session making the counted things: the task, minutes a thing, things a session, and
# whether its title names that count ("Scan 60 prints") or a bigger unit ("Scan 1 box")
Maker = tuple[Task, int, int, bool]


def _makers(milestone: Milestone, unit: str) -> list[Maker]:
    """The repeated sessions that make the counted things: those naming a count of them, and
    those working through a bigger unit of them ("Scan 1 box" of prints) at its part's pace."""
    out: list[Maker] = []
    for task in _live(milestone):
        found = per_unit(task.title)
        if found is None or not found[1]["n"].isdigit():
            continue
        row, count = found[0], int(found[1]["n"])
        if re.fullmatch(row.nouns, unit, re.I):
            out.append((task, row.each, count, True))
        elif row.part_each and _same_thing(row.part.split()[0], unit):
            each = row.part_each
            out.append((task, each, min(count * row.each, task.estimate_minutes) // each, False))
    return out


def _same_thing(noun: str, unit: str) -> bool:
    """Whether two words count the same things: 'prints' and 'photos' share a table row."""
    if noun.lower() == unit.lower():
        return True
    rows = act_sizes().per_unit
    return any(
        re.fullmatch(r.nouns, noun, re.I) and re.fullmatch(r.nouns, unit, re.I) for r in rows
    )


def _made(makers: list[Maker]) -> float:
    """Things a week of these sessions make."""
    return sum(n * t.recurrence.sessions_per_week() for t, _, n, _ in makers if t.recurrence)


def _faster(unit: str) -> tuple[str, str]:
    """The data's lever for making ``unit`` faster and the step that pulls it, or ''."""
    rows = act_sizes().per_unit
    row = next((r for r in rows if r.faster and re.fullmatch(r.nouns, unit, re.I)), None)
    return (row.faster, row.faster_step) if row else ("", "")


def _pull_lever(plan: Plan, step: str) -> None:
    """The lever's step in the plan's first week, unless a step already names it."""
    if not step or not plan.milestones or any(t.title == step for t in plan.tasks()):
        return
    first = plan.milestones[0]
    due = min(first.deadline, plan.start_date + dt.timedelta(days=7))
    first.tasks.append(
        Task(
            id=next(fresh_ids(plan)),
            title=step,
            owner=plan.owners[0] if plan.owners else "me",
            estimate_minutes=30,
            due=due,
            start=plan.start_date,
            done_when="Prices and turnaround times written next to the hours it saves",
        )
    )


def _counted(plan: Plan) -> str | None:
    """The unit the goal counts when a per-unit act makes it (not volume.py's reading)."""
    unit = plan.goal.metric.unit or ""
    if not unit or _VOLUME_NOUNS.match(unit) or plan.goal.metric.target <= 0:
        return None
    return unit


def reach_amount(plan: Plan, usable: float, fixed: bool, adjust: bool = True) -> Plan:
    """Grow the sessions that make the goal's counted things until each milestone's count fits
    its weeks (within ``usable`` minutes a week; a length they stated stays); with ``adjust``
    off, say in the plan what the sessions make by the deadline when it is short."""
    unit = _counted(plan)
    if unit is None:
        return plan
    since, before = plan.start_date, plan.goal.metric.baseline or 0.0
    made, last = before, None
    for milestone in plan.milestones:
        weeks = _weeks(since, milestone.deadline)
        since = max(since, milestone.deadline)
        makers = _makers(milestone, unit)
        if not makers:
            continue
        last = makers
        same = (milestone.metric.unit or "") == unit
        target = milestone.metric.target if same else None
        if adjust and not fixed and target is not None and made + _made(makers) * weeks < target:
            _grow(milestone, makers, (target - made) / weeks, usable)
            makers = _makers(milestone, unit)
        made += _made(makers) * weeks
    if not adjust and last and made < plan.goal.metric.target * _SHORT:
        _say_short(plan, unit, made, last)
    return plan


def _grow(milestone: Milestone, makers: list[Maker], want: float, usable: float) -> None:
    """The main maker longer, then more often, until it makes ``want`` a week with the
    others, within the week's room; its title names what its minutes make."""
    task, each, n, named = next((m for m in makers if not m[0].attacks_constraint), makers[0])
    rec = task.recurrence
    if rec is None or rec.per != "week" or n * each > task.estimate_minutes * 2:
        return  # a count its minutes do not price is not this step's to resize
    others = _made([m for m in makers if m[0] is not task])
    room = usable * _HEADROOM - sum(_per_week(t) for t in _live(milestone) if t is not task)
    week = min(max(want - others, 0) * each, room)
    if week <= _per_week(task):
        return
    times = rec.times
    length = min(_LONGEST, math.ceil(week / times / 5) * 5)
    if length * times < week:
        times = min(7, math.ceil(week / length))
    while length * times > room and length > task.estimate_minutes:
        length -= 5
    held = length // each
    if held <= n:
        return
    rec.times = times
    task.resize(length)
    if not named:
        return  # "Scan 1 box": the sizing pass names the prints its minutes hold
    task.title = re.sub(rf"\b{n}\b", str(held), task.title, count=1)
    if task.done_when:
        task.done_when = re.sub(rf"\b{n}\b", str(held), task.done_when, count=1)


def _say_short(plan: Plan, unit: str, made: float, makers: list[Maker]) -> None:
    """The gap in the plan's words: the work in hours, what the sessions make by the date,
    and the levers that close it."""
    amount = plan.goal.metric.target - (plan.goal.metric.baseline or 0.0)
    each = makers[0][1]
    hours = amount * each / 60
    weeks = _weeks(plan.start_date, plan.goal.deadline)
    week = max(_made(makers), 1e-6)
    later = plan.start_date + dt.timedelta(days=math.ceil(amount / week * 7))
    need = math.ceil(hours / weeks)
    by = f"{plan.goal.deadline.day} {plan.goal.deadline:%B}"
    faster, step = _faster(unit)
    levers = [faster] if faster else []
    _pull_lever(plan, step)
    levers += [
        f"about {need} hours a week (with help, or longer sessions)",
        f"a date around {later.day} {later:%B %Y} at this pace",
    ]
    plan.assumptions.append(
        Assumption(
            text=(
                f"{plan.goal.metric.target:,.0f} {unit} at about {each} min each is about "
                f"{hours:,.0f} hours of work; the sessions planned make about "
                f"{min(made, plan.goal.metric.target):,.0f} by {by}. To reach "
                f"{plan.goal.metric.target:,.0f}: " + "; or ".join(levers)
            ),
            source="stated",  # arithmetic on what they said, not a guess
            key="capacity",
        )
    )
