"""Turning an Understanding into a Plan: statement, ladder, dated tasks, owners, assumptions."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
from dataclasses import replace

from assistant.config import Settings
from assistant.engines.constraints import constraint_moves
from assistant.engines.offline_fit import fit_capacity
from assistant.engines.understand import Understanding, statement_is_specific
from assistant.models import (
    Assumption,
    Goal,
    Metric,
    Milestone,
    Plan,
    PlanMetadata,
    Recurrence,
    Task,
)
from assistant.playbooks import Rung, Step, fmt_number, fmt_value

REVIEW = Step(
    "Review the week with the 4 review questions",
    20,
    "Review note saved: done, slipped, changed, remove",
    times=1,
)


def plan_id(goal: str, answers: dict[str, str], today: dt.date) -> str:
    """Deterministic for the same input, different for different goals."""
    key = "\n".join(
        [goal.strip(), *(f"{k}={v}" for k, v in sorted(answers.items())), today.isoformat()]
    )
    return "p-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def build_plan(u: Understanding, settings: Settings, today: dt.date, pid: str) -> Plan:
    pb = u.playbook
    statement = compose_statement(u)
    n = 4 if (u.deadline - today).days >= 21 else 3
    rungs = pb.rungs if n == 4 else (pb.rungs[0], pb.rungs[2], pb.rungs[3])
    values = _ladder(u, rungs)
    free = [v for rung, v in zip(rungs, values, strict=True) if rung.value is None]
    if n == 4 and len(set(free)) < len(
        free
    ):  # a small target (3 songs) has no four distinct quarter-points
        n, rungs = 3, (pb.rungs[0], pb.rungs[2], pb.rungs[3])
        values = _ladder(u, rungs)
    deadlines = _milestone_deadlines(today, u.deadline, n)
    moves = constraint_moves(pb, u.constraint)
    constraint, strategy, attack = moves.constraint, moves.strategy, moves.attack
    kickoff = pb.kickoff + moves.unblock
    usable = u.capacity * 60 * (1 - settings.capacity_slack)
    fields = _fields(u)
    owners = _OwnerCycle(u.owners)
    milestones: list[Milestone] = []
    counter = iter(range(1, 10_000))
    window_start = today
    for i, (rung, due, value) in enumerate(zip(rungs, deadlines, values, strict=True)):
        f = {**fields, "v": _value_text(u, rung, value)}
        tasks: list[Task] = []
        if i == 0:
            tasks += _kickoff(kickoff, f, today, due, counter, owners)
        tasks += _stage(rung.steps, f, window_start, due, counter, owners)
        week_one = sum(s.minutes for s in kickoff) if i == 0 else 0  # set-up lands in week one
        practice = _scaled(pb.practice, usable - week_one, attack, tasks, window_start, due)
        # A long checkpoint (the test run) takes the place of the last week's practice.
        test_week = any(s.at_end and s.minutes >= 60 for s in rung.steps) and practice
        practice_due = due - dt.timedelta(days=7) if test_week else due
        if practice_due - window_start < dt.timedelta(days=14):
            practice_due = due
        lead = u.owners[i % len(u.owners)]
        tasks += _recurring(practice, f, window_start, practice_due, counter, owners, lead=lead)
        tasks += _recurring(
            (attack,) + ((REVIEW,) if usable >= 150 else ()),
            f,
            window_start,
            due,
            counter,
            owners,
            lead=lead,
        )
        milestones.append(
            Milestone(
                id=f"m{i + 1}",
                title=_title(rung.title, f),
                deadline=due,
                tasks=tasks,
                metric=_rung_metric(u, rung, value),
            )
        )
        window_start = (
            due + dt.timedelta(days=1) if due + dt.timedelta(days=1) <= u.deadline else due
        )
    plan = Plan(
        id=pid,
        start_date=today,
        goal=Goal(
            statement=statement,
            deadline=u.deadline,
            why=u.why,
            metric=Metric(
                name=u.metric_name,
                target=u.target,
                unit=u.unit,
                baseline=u.baseline,
                kind="lagging",
            ),
        ),
        constraint=constraint,
        constraint_strategy=strategy,
        method=_method(u),
        capacity_hours_per_week=u.capacity,
        owners=list(u.owners),
        team=u.team,
        assumptions=_assumptions(u, constraint),
        milestones=milestones,
        leading_indicators=[
            Metric(name=name, target=target, unit=unit, kind="leading")
            for name, target, unit in pb.indicators
        ],
        review_day="friday" if pb.method != "time_blocking_next_actions" else "sunday",
        metadata=PlanMetadata(engine="offline"),
    )
    return fit_capacity(plan, settings)


def compose_statement(u: Understanding) -> str:
    """The outcome in one sentence with its deadline; a plainer form if it would read vague."""
    pb = u.playbook
    f = _fields(u)
    by = f" by {u.deadline.day} {u.deadline:%B %Y}"
    candidates = []
    if (
        pb.key == "generic"
        and not (u.preset and u.preset.statement)
        and u.subject != pb.default_subject
    ):
        candidates.append(u.subject[:1].upper() + u.subject[1:])
    template = u.preset.statement if u.preset and u.preset.statement else pb.statement
    candidates += [
        template.format(**f),
        f"Reach {fmt_value(u.target, u.unit)} on the {u.metric_name} count",
    ]
    for text in candidates:
        full = text + by
        if statement_is_specific(full) and len(full) <= 200:
            return full
    return candidates[-1] + by


class _OwnerCycle:
    """Spreads tasks across named owners in turn; a solo plan always gets its one owner."""

    def __init__(self, owners: list[str]) -> None:
        self.owners = owners
        self.i = 0

    def next(self) -> str:
        owner = self.owners[self.i % len(self.owners)]
        self.i += 1
        return owner


def _fields(u: Understanding) -> dict[str, str]:
    months = max((u.deadline - u.today).days / 30.4, 1)
    remaining = u.target - (u.baseline or 0)
    return {
        "subject": u.subject,
        "target": fmt_value(u.target, u.unit),
        "unit": u.unit,
        "v": "",
        "per_month": fmt_value(math.ceil(remaining / months / 10) * 10, u.unit),
    }


def _title(template: str, f: dict[str, str]) -> str:
    text = template.format(**f).strip()
    return text[:1].upper() + text[1:]


def _milestone_deadlines(today: dt.date, deadline: dt.date, n: int) -> list[dt.date]:
    span = (deadline - today).days
    days = [max(1, round(span * (i + 1) / n)) for i in range(n)]
    out = [today + dt.timedelta(days=min(d, span)) for d in days]
    out[-1] = deadline
    for i in range(n - 1):  # end on a Sunday: weekly sessions of two milestones never share a week
        sunday = out[i] + dt.timedelta(days=(6 - out[i].weekday()))
        earliest = out[i - 1] if i else today
        if earliest + dt.timedelta(days=7) <= sunday < deadline - dt.timedelta(days=6):
            out[i] = sunday
    return out


def _ladder(u: Understanding, rungs: tuple[Rung, ...]) -> list[float]:
    """Milestone values on the quarter-points from baseline to target, rounded as people count,
    snapped to the playbook's natural stops (10 km, 16 km) where a coach would use them."""
    base = u.baseline or 0.0
    values: list[float] = []
    for rung in rungs:
        if rung.value is not None:
            values.append(rung.value)
            continue
        raw = base + rung.fraction * (u.target - base)
        values.append(u.target if rung.fraction >= 1 else _round(raw, u))
    inner = [i for i, r in enumerate(rungs) if r.value is None and r.fraction < 1]
    if u.playbook.stops and u.unit == u.playbook.unit and inner:
        raws = [base + rungs[i].fraction * (u.target - base) for i in inner]
        for i, value in zip(inner, _snap(raws, base, u.target, u.playbook.stops), strict=True):
            values[i] = value
    return values


def _snap(raws: list[float], base: float, target: float, stops: tuple[float, ...]) -> list[float]:
    """The run of natural stops closest to the raw quarter-points, spaced apart, in order."""
    low, high = sorted((base, target))
    candidates = sorted(s for s in stops if low < s < high)
    if target < base:
        candidates.reverse()
    gap = 0.08 * (high - low)
    best: tuple[float, ...] | None = None
    best_err = math.inf
    for combo in itertools.combinations(candidates, len(raws)):
        steps = [abs(b - a) for a, b in itertools.pairwise((base, *combo, target))]
        if min(steps) < gap:
            continue
        err = sum(((c - r) / max(abs(r), 1e-9)) ** 2 for c, r in zip(combo, raws, strict=True))
        if err < best_err:
            best, best_err = combo, err
    return list(best) if best and best_err < 0.15 * len(raws) else [round(r, 1) for r in raws]


def _round(value: float, u: Understanding) -> float:
    if u.unit in {"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "INR", "JPY"} and value >= 1000:
        return round(value / 50) * 50
    if u.playbook.integer or value >= 3 or u.target >= 10:
        return max(1.0, float(round(value)))
    return round(value, 1)


def _value_text(u: Understanding, rung: Rung, value: float) -> str:
    unit = rung.unit if rung.unit else u.unit
    return fmt_value(value, unit)


def _rung_metric(u: Understanding, rung: Rung, value: float) -> Metric:
    if rung.metric:
        return Metric(name=rung.metric, target=value, unit=rung.unit or u.unit, kind="progress")
    return Metric(
        name=u.metric_name, target=value, unit=u.unit, baseline=u.baseline, kind="progress"
    )


def _task(
    counter,
    step: Step,
    f: dict[str, str],
    due: dt.date,
    start: dt.date | None,
    owner: str,
    recurrence: Recurrence | None = None,
) -> Task:
    return Task(
        id=f"t{next(counter)}",
        title=_title(step.title, f),
        owner=owner,
        estimate_minutes=step.minutes,
        due=due,
        start=start,
        done_when=_title(step.done_when, f),
        attacks_constraint=step.attacks,
        recurrence=recurrence,
    )


def _kickoff(
    steps: tuple[Step, ...], f, today: dt.date, due: dt.date, counter, owners: _OwnerCycle
) -> list[Task]:
    """The quick win tomorrow, then the set-up steps inside the first two weeks."""
    out = []
    for k, step in enumerate(steps):
        day = min(today + dt.timedelta(days=1 + 3 * k), due)
        out.append(_task(counter, step, f, day, today, owners.next()))
    return out


def _stage(
    steps: tuple[Step, ...], f, start: dt.date, due: dt.date, counter, owners: _OwnerCycle
) -> list[Task]:
    """One-off steps spread over the milestone window; checkpoints on its deadline, last."""
    out: list[Task] = []
    spread = [s for s in steps if not s.at_end]
    span = (due - start).days
    for k, step in enumerate(spread):
        day = start + dt.timedelta(days=round(span * (k + 1) / (len(spread) + 1)))
        out.append(_task(counter, step, f, day, start, owners.next()))
    before = [t.id for t in out]
    for step in steps:
        if step.at_end:
            task = _task(counter, step, f, due, start, owners.next())
            out.append(task.model_copy(update={"depends_on": before}))
    return out


def _recurring(
    steps: tuple[Step, ...],
    f,
    start: dt.date,
    due: dt.date,
    counter,
    owners: _OwnerCycle,
    lead: str,
) -> list[Task]:
    out = []
    for step in steps:
        owner = lead if step.attacks else owners.next()
        out.append(
            _task(
                counter,
                step,
                f,
                due,
                start,
                owner,
                Recurrence(times=max(1, step.times), per="week"),
            )
        )
    return out


def _scaled(
    practice: tuple[Step, ...],
    usable: float,
    attack: Step,
    one_offs: list[Task],
    start: dt.date,
    due: dt.date,
) -> tuple[Step, ...]:
    """Practice sessions cut to what the week holds after the attack, review and one-off work."""
    weeks = max(((due - start).days + 1) / 7, 1.0)
    fixed = attack.minutes + REVIEW.minutes + sum(t.estimate_minutes for t in one_offs) / weeks
    budget = usable * 0.9 - fixed
    wanted = sum(s.minutes * max(1, s.times) for s in practice)
    if wanted <= budget or not practice:
        return practice
    factor = max(budget, 0.0) / wanted
    return tuple(replace(s, times=max(1, math.floor(s.times * factor))) for s in practice)


def _method(u: Understanding) -> str:
    if u.team:
        return "okrs_owner_mapping"
    return u.playbook.method


def _assumptions(u: Understanding, constraint: str) -> list[Assumption]:
    pb = u.playbook
    out: list[Assumption] = []

    def add(key: str, stated: str, assumed: str) -> None:
        is_stated = key in u.stated
        note = u.notes.get(key)
        text = stated if is_stated else (f"{note}; assumed instead: {assumed}" if note else assumed)
        out.append(
            Assumption(text=text[:500], source="stated" if is_stated else "assumed", key=key)
        )

    target = fmt_value(u.target, u.unit)
    add(
        "metric",
        f"Success is measured by {u.metric_name}: {target}",
        f"Success is measured by {u.metric_name}: {target}, a typical goal for {pb.label}",
    )
    weeks = max(1, round((u.deadline - u.today).days / 7))
    add(
        "deadline",
        f"Deadline {u.deadline.isoformat()} ({weeks} weeks)",
        f"Deadline {u.deadline.isoformat()} ({weeks} weeks), a realistic pace for {pb.label}",
    )
    add(
        "capacity",
        f"{fmt_number(u.capacity)} hours a week are free for this goal",
        f"{fmt_number(u.capacity)} hours a week are free for this goal",
    )
    start = fmt_value(u.baseline, u.unit) if u.baseline is not None else "zero"
    add("baseline", f"Starting point: {start}", f"Starting point: {start} (nothing done yet)")
    add("constraint", f"The main constraint: {constraint}", f"The main constraint: {constraint}")
    if u.team:
        add(
            "owners",
            f"Owners: {', '.join(u.owners)}",
            "You own every task until teammates are named (answer owners=...)",
        )
    return out
