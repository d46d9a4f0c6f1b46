"""Milestone dates sized from what each milestone holds: a run of "4 weeks in a row" gets four
weeks after the milestone before it, and set-up work gets the weeks the stated hours need.

The plan's dates are moved by one monotonic map of the calendar (each milestone's window
stretched or squeezed, its tasks with it), so the order of tasks and their dependencies hold.
When the deadline is too short for the ladder, the dates are shared out by what each window
holds, a run is cut to what its window has room for, and the plan says so.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from assistant.models import Assumption, Plan
from assistant.paces import pace_for

_STREAK_RE = re.compile(
    r"\b(\d+)\s(?:full\s)?(?P<unit>days?|nights?|mornings?|evenings?|weeks?|months?|"
    r"weekly\s[a-z]+|daily\s[a-z]+|monthly\s[a-z]+)(?P<row>\sin a row|\sstraight|\srunning)?\b"
)
_DAILY_LOG_RE = re.compile(r"\b(?:running|logged|tracked|recorded)\b")
_DAILY = frozenset({"days", "nights", "mornings", "evenings"})
_HOLD_RE = re.compile(r"\b(?:for|over|kept for|held for)\s$")
_UNIT_DAYS = {"day": 1, "nigh": 1, "morn": 1, "even": 1, "week": 7, "mont": 30, "dail": 1}


@dataclass(frozen=True)
class Run:
    """A milestone's run: how many of which unit held in a row, and the words before it."""

    count: int
    unit_days: int
    lead: str  # the title before the count: the same lead means the same run goes on
    start: int
    end: int


def read_run(title: str) -> Run | None:
    """ "... for 4 weeks in a row", "14 days in a row without X", "6 weekly calls in a row",
    "... for 1 full week": the run a milestone asks for, or None."""
    for m in _STREAK_RE.finditer(title.lower()):
        unit = m.group("unit")
        held = m.group("row") or _HOLD_RE.search(title.lower()[: m.start()]) or "full" in m.group(0)
        if not held:
            continue
        key = unit.split()[0][:4]
        days = _UNIT_DAYS.get(key, 1)
        if unit.startswith(("weekly", "monthly")):
            days = 7 if unit.startswith("weekly") else 30
        lead = re.sub(r"[^a-z0-9 ]", "", title.lower()[: m.start()]).strip()
        return Run(int(m.group(1)), days, lead, m.start(), m.end())
    return None


def room_needed(plan: Plan, usable: float) -> list[int]:
    """Days each milestone's window needs: its run held after the previous milestone (a run
    that goes on from the previous one needs only its extra length), and its one-off work at
    the hours a week left beside its sessions."""
    needs: list[int] = []
    before: Run | None = None
    metric = plan.goal.metric
    steps = paced_days(plan)
    for milestone in plan.milestones:
        run = read_run(milestone.title)
        days = 0
        if run:
            count = run.count
            if before and before.lead == run.lead and before.unit_days == run.unit_days:
                count = max(1, run.count - before.count)  # "6 weekly calls" after "3"
            elif before is None and metric.baseline and _same_unit(metric.unit, run.unit_days):
                count = max(1, run.count - round(metric.baseline))  # "90 days sober" goes on
            days = count * run.unit_days
        elif _DAILY_LOG_RE.search(milestone.title.lower()) and milestone.metric.unit in _DAILY:
            days = round(milestone.metric.target)  # "14 nights logged": a fortnight of nights
        live = [t for t in milestone.tasks if t.status == "todo"]
        one_offs = sum(t.estimate_minutes for t in live if not t.recurrence)
        weekly = sum(
            t.recurrence.sessions_per_week() * t.estimate_minutes for t in live if t.recurrence
        )
        spare = max(usable - weekly, usable * 0.25, 1.0)
        days = max(days, math.ceil(one_offs / spare * 7) if one_offs > spare else 0)
        days = max(days, steps.pop(0) if steps else 0)
        needs.append(max(1, days))
        before = run
    return needs


def paced_days(plan: Plan) -> list[int]:
    """Days each milestone's step needs at the safe pace of what it measures (1 pull-up a
    week, 1,500 more steps a day a week), from the stated start; 0 where no pace is known."""
    goal = plan.goal.metric
    pace = pace_for(goal.unit, goal.name)
    if pace is None or goal.target <= (goal.baseline or 0.0):
        return [0] * len(plan.milestones)
    out, level = [], goal.baseline
    for m in plan.milestones:
        same = m.metric.unit == goal.unit and m.metric.name == goal.name
        if not same or level is None or m.metric.target <= level:
            out.append(0)
            level = m.metric.target if same else level
            continue
        weeks = pace.weeks_for(level, m.metric.target - level, typical=False)
        out.append(math.ceil(weeks * 7))
        level = m.metric.target
    return out


def _same_unit(unit: str, unit_days: int) -> bool:
    """Whether a metric's unit ("days", "weeks in a row") counts what a run counts."""
    word = unit.lower().split()[0] if unit.strip() else ""
    return {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}.get(
        word
    ) == unit_days


def space_milestones(plan: Plan, usable: float, guessed_deadline: bool = False) -> Plan:
    """Move milestone dates (and their tasks) so each window holds what its milestone asks;
    a deadline the plan guessed moves later instead (and the plan's texts say the new one)."""
    if len(plan.milestones) < 2:
        return plan
    start, deadline = plan.start_date, plan.goal.deadline
    old = [m.deadline for m in plan.milestones]
    span = (deadline - start).days
    floor = min(7, span // (len(plan.milestones) + 1))  # no two checkpoints a day apart
    needs = [max(need, floor) for need in room_needed(plan, usable)]
    if sum(needs) > span and guessed_deadline:
        move_deadline(plan, start + dt.timedelta(days=math.ceil(sum(needs) / 7) * 7))
        old[-1] = deadline = plan.goal.deadline
        span = (deadline - start).days
    if sum(needs) > span:
        new = _shared_out(start, span, needs, floor)
        _cut_runs(plan, new, start)
        plan.assumptions.append(
            Assumption(
                text=(
                    f"The deadline leaves {_weeks(span)} and these steps need about "
                    f"{_weeks(sum(needs))} held in a row: each step gets a share of the time, "
                    "and a later date would let each one settle before the next"
                ),
                source="stated",  # a fact about the deadline they gave, not a guess
                key="deadline",
            )
        )
    else:
        new = _fitted(start, old, needs, deadline)
    if new != old:
        _move(plan, old, new)
    _goal_run_fits(plan)
    return plan


def _goal_run_fits(plan: Plan) -> None:
    """A goal's run longer than the whole plan ("12 weeks in a row" in six weeks) becomes the
    run its last milestone holds when the length was a guess; a stated one stays, and the
    plan says by how much the date would have to move."""
    statement = plan.goal.statement
    run, last = read_run(statement), read_run(plan.milestones[-1].title)
    span = (plan.goal.deadline - plan.start_date).days
    if not run or not last or run.unit_days != last.unit_days or run.count <= last.count:
        return
    said = statement[run.start : run.end]
    metric = next((a for a in plan.assumptions if a.key == "metric"), None)
    if (
        metric is not None and metric.source == "assumed"
    ):  # the run's length was the field's guess: the goal asks what its date holds
        held = last.count * last.unit_days
        plan.goal.statement = statement[: run.start] + _shorter(said, last.count, held)
        plan.goal.statement += statement[run.end :]
        if _same_unit(plan.goal.metric.unit, run.unit_days):
            plan.goal.metric.target = float(last.count)
            plural = "s" if last.count > 1 else ""
            metric.text = re.sub(
                rf"\b{run.count} (week|month|day)s?\b", rf"{last.count} \1{plural}", metric.text
            )
        return
    short = (run.count - last.count) * run.unit_days  # the part of the run its date leaves out
    later = max(
        plan.start_date + dt.timedelta(days=run.count * run.unit_days + 7),
        plan.goal.deadline + dt.timedelta(days=short),
    )
    plan.assumptions.append(
        Assumption(
            text=(
                f"{said} cannot fit in the {_weeks(span)} before "
                f"{plan.goal.deadline.day} {plan.goal.deadline:%B}: the plan reaches "
                f"{plan.milestones[-1].title[last.start : last.end]} by then; the full run "
                "needs the date moved to about "
                f"{later.day} {later:%B %Y}"
            ),
            source="stated",
            key="deadline",
        )
    )


def move_deadline(plan: Plan, later: dt.date) -> None:
    """The guessed deadline moved to ``later``, in the goal and every text that states it."""
    before = plan.goal.deadline
    weeks = round((before - plan.start_date).days / 7)
    new_weeks = round((later - plan.start_date).days / 7)
    said = [
        (f"{before.day} {before:%B %Y}", f"{later.day} {later:%B %Y}"),
        (before.isoformat(), later.isoformat()),
        (f"({weeks} weeks)", f"({new_weeks} weeks)"),
        (f"({weeks} week)", f"({new_weeks} weeks)"),
    ]
    for old_text, new_text in said:
        plan.goal.statement = plan.goal.statement.replace(old_text, new_text)
        for assumption in plan.assumptions:
            assumption.text = assumption.text.replace(old_text, new_text)
    plan.goal.deadline = later
    plan.milestones[-1].deadline = later
    for task in plan.tasks():
        if task.due == before:
            task.due = later


def _weeks(days: int) -> str:
    weeks = max(1, round(days / 7))
    return f"{weeks} week" + ("s" if weeks > 1 else "")


def _fitted(
    start: dt.date, old: list[dt.date], needs: list[int], deadline: dt.date
) -> list[dt.date]:
    """The old dates, each pushed later until its window holds its need, then pulled back so
    the later windows still hold theirs before the goal's deadline."""
    new = list(old)
    previous = start
    for i, need in enumerate(needs):
        new[i] = max(new[i], previous + dt.timedelta(days=need))
        previous = new[i]
    new[-1] = deadline
    for i in range(len(new) - 2, -1, -1):
        new[i] = min(new[i], new[i + 1] - dt.timedelta(days=needs[i + 1]))
    return new


def _shared_out(start: dt.date, span: int, needs: list[int], floor: int = 0) -> list[dt.date]:
    """Dates that give each window ``floor`` days, and the rest of the span in proportion to
    what each holds: a step that needs more gets more, and no two checkpoints days apart."""
    floor = min(floor, span // max(len(needs), 1))
    total = sum(needs) or 1
    spare = span - floor * len(needs)
    shares, done = [], 0
    for i, need in enumerate(needs):
        done += need
        days = floor * (i + 1) + round(spare * done / total)
        shares.append(start + dt.timedelta(days=max(1, days)))
    shares[-1] = start + dt.timedelta(days=span)
    return shares


def _cut_runs(plan: Plan, new: list[dt.date], start: dt.date) -> None:
    """A run longer than its window is cut to what the window holds ("4 weeks in a row" with
    ten days of room is "1 full week", with five "5 days in a row"), so no title asks what
    its date cannot hold."""
    previous, before = start, None
    for milestone, due in zip(plan.milestones, new, strict=True):
        run = read_run(milestone.title)
        room = (due - previous).days
        if run and run.unit_days >= 7:
            # days already held: the run before on the same lead ("6 days in a row"), in days
            carried = before.count * before.unit_days if before and before.lead == run.lead else 0
            metric = plan.goal.metric
            if before is None and metric.baseline and _same_unit(metric.unit, run.unit_days):
                carried = round(metric.baseline) * run.unit_days
            held = room + carried
            fits = held // run.unit_days
            if fits < run.count:
                said = milestone.title[run.start : run.end]
                milestone.title = (
                    milestone.title[: run.start]
                    + _shorter(said, fits, held)
                    + milestone.title[run.end :]
                )
                run = read_run(milestone.title)
        previous, before = due, run


def _shorter(said: str, fits: int, room: int) -> str:
    """The run as said, with the count that fits: "6 weekly calls in a row" -> "2 weekly
    calls in a row", "2 weeks in a row" -> "1 full week" or "5 days in a row"."""
    in_row = " in a row" if re.search(r"in a row|straight|running", said) else ""
    m = re.match(r"\d+\s(?:full\s)?(weekly|monthly)\s([a-z]+?)s?\b", said.lower())
    if m:
        noun = m.group(2) + ("s" if max(fits, 1) > 1 else "")
        return f"{max(fits, 1)} {m.group(1)} {noun}{in_row}"
    word = "month" if "month" in said.lower() else "week"
    if fits >= 2:
        return f"{fits} {word}s{in_row}"
    if fits == 1 or room >= 7:
        return f"1 full {word}"
    return f"{max(room, 1)} days in a row" if room > 1 else "1 day"


def _move(plan: Plan, old: list[dt.date], new: list[dt.date]) -> None:
    """Every date in milestone ``i``'s old window mapped onto its new window, linearly."""
    starts_old = [plan.start_date, *old[:-1]]
    starts_new = [plan.start_date, *new[:-1]]

    def warp(day: dt.date) -> dt.date:
        for a, b, c, d in zip(starts_old, old, starts_new, new, strict=True):
            if day <= b:
                if day <= a:
                    return c
                share = (day - a).days / max((b - a).days, 1)
                return c + dt.timedelta(days=round(share * (d - c).days))
        return new[-1]

    for milestone, due in zip(plan.milestones, new, strict=True):
        milestone.deadline = due
    first_week = plan.start_date + dt.timedelta(days=6)
    opening = {t.id for t in plan.milestones[0].tasks}  # only the first milestone's quick win
    for task in plan.tasks():
        quick = task.id in opening and not task.recurrence
        if not quick or task.due > first_week or warp(task.due) <= first_week:
            task.due = warp(task.due)  # the quick win stays in the first week
        if task.start is not None:
            task.start = min(warp(task.start), task.due)
