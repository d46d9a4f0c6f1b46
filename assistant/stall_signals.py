"""Stall signals: what a plan and its weekly reviews show about why progress stopped.

Pure functions. Each signal names a cause code (the vocabulary and its wording live in
``assistant.diagnose``), how strongly the data shows it (0-1), the review weeks that show
it, and the plan change that would address it, phrased as a revision instruction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from assistant.models import Plan, ProposedChange, Review
from assistant.validators.plan import weekly_load
from assistant.weeks import monday, usable_minutes_per_week

if TYPE_CHECKING:
    from assistant.config import Settings


@dataclasses.dataclass
class Signal:
    """One computed stall signal: a cause code, how strongly the data shows it, and where."""

    code: str
    strength: float
    explanation: str
    weeks: list[dt.date]
    task_ids: list[str] = dataclasses.field(default_factory=list)
    changes: list[ProposedChange] = dataclasses.field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "strength": round(self.strength, 2),
            "explanation": self.explanation,
            "weeks": [w.isoformat() for w in self.weeks],
            "task_ids": self.task_ids,
        }


# --- signals -------------------------------------------------------------------------------


def _first_done(reviews: Sequence[Review]) -> dict[str, dt.date]:
    out: dict[str, dt.date] = {}
    for r in reviews:
        for t in r.done:
            out.setdefault(t, r.week_of)
    return out


def _blocker(plan: Plan, task_id: str, week: dt.date, first_done: dict[str, dt.date]) -> str | None:
    """The dependency of ``task_id`` not yet done in the week of ``week``, if any."""
    for dep in plan.task(task_id).depends_on:
        done_week = first_done.get(dep)
        if done_week is not None and done_week <= week:
            continue
        if done_week is None and plan.task(dep).status in {"done", "dropped"}:
            continue  # done at some unknown time: give it the benefit of the doubt
        return dep
    return None


def stall_signals(plan: Plan, reviews: Sequence[Review], settings: Settings) -> list[Signal]:
    """Every stall signal the plan and its reviews show, strongest first."""
    reviews = sorted(reviews, key=lambda r: r.week_of)
    known = {t.id for t in plan.tasks()}
    slips: dict[str, list[Review]] = defaultdict(list)
    for r in reviews:
        for s in r.slipped:
            if s.task_id in known:
                slips[s.task_id].append(r)
    explained: set[str] = set()
    out: list[Signal] = []
    out += _too_big(plan, slips, settings, explained)
    out += _blocked(plan, reviews, slips, explained)
    out += _over_capacity(plan, reviews, settings)
    out += _constraint(plan, reviews, slips, explained)
    out += _flat_metric(plan, reviews)
    out += _repeated(plan, slips, explained)
    out += _completion_falling(reviews)
    out += _too_many_open(plan, reviews)
    return sorted(out, key=lambda s: -s.strength)


def _too_big(
    plan: Plan, slips: dict[str, list[Review]], settings: Settings, explained: set[str]
) -> list[Signal]:
    limit = settings.task_limit_minutes(plan.team)
    out = []
    for task_id, slipped in slips.items():
        task = plan.task(task_id)
        if task.estimate_minutes <= limit:
            continue
        explained.add(task_id)
        out.append(
            Signal(
                "task_too_big",
                min(1.0, 0.6 + 0.1 * len(slipped)),
                f"'{task.title}' is estimated at {task.estimate_minutes} minutes, "
                "more than one "
                f"{limit}-minute session, and slipped {len(slipped)} time(s).",
                [r.week_of for r in slipped],
                [task_id],
                [
                    ProposedChange(
                        description=f"Split '{task.title}' into sessions of at most {limit} "
                        "minutes, "
                        "each with its own done-when.",
                        instruction="make tasks smaller",
                        task_id=task_id,
                    )
                ],
            )
        )
    return out


def _blocked(
    plan: Plan, reviews: Sequence[Review], slips: dict[str, list[Review]], explained: set[str]
) -> list[Signal]:
    first_done = _first_done(reviews)
    blocked: dict[tuple[str, str], list[Review]] = defaultdict(list)
    for task_id, slipped in slips.items():
        for r in slipped:
            dep = _blocker(plan, task_id, r.week_of, first_done)
            if dep:
                blocked[(task_id, dep)].append(r)
    out = []
    for (task_id, dep), slipped in blocked.items():
        explained.add(task_id)
        task, blocker = plan.task(task_id), plan.task(dep)
        out.append(
            Signal(
                "blocked_dependency",
                min(0.97, 0.6 + 0.12 * len(slipped)),
                f"'{task.title}' slipped {len(slipped)} time(s) while the task it "
                "waits on, "
                f"'{blocker.title}', was not done.",
                [r.week_of for r in slipped],
                [task_id, dep],
                [
                    ProposedChange(
                        description=f"Do '{blocker.title}' first, this week, before anything else; "
                        f"'{task.title}' cannot start until it is done.",
                        instruction=f"do {dep} first",
                        task_id=dep,
                    )
                ],
            )
        )
    return out


def _planned_load(plan: Plan) -> dict[dt.date, float]:
    """Minutes per week as planned, counting finished tasks too (the plan as it was)."""
    as_planned = plan.model_copy(deep=True)
    for task in as_planned.tasks():
        if task.status == "done":
            task.status = "todo"
    return weekly_load(as_planned)


def _over_capacity(plan: Plan, reviews: Sequence[Review], settings: Settings) -> list[Signal]:
    if not reviews:
        return []
    usable = usable_minutes_per_week(plan, settings.capacity_slack)
    load = _planned_load(plan)
    over = [r for r in reviews if load.get(monday(r.week_of), 0.0) > usable + 0.5]
    if not over:
        return []
    worst = max(load.get(monday(r.week_of), 0.0) for r in over)
    share = len(over) / len(reviews)
    extra = sum(max(0.0, m - usable) for m in load.values())
    later = plan.goal.deadline + dt.timedelta(weeks=max(1, -(-int(extra) // max(1, int(usable)))))
    return [
        Signal(
            "over_capacity",
            min(0.95, 0.45 + 0.45 * share + 0.05 * (len(over) >= 2)),
            f"{len(over)} of {len(reviews)} reviewed weeks planned more than the "
            f"{usable / 60:.1f} h you can "
            f"use (capacity {plan.capacity_hours_per_week:g} h less {settings.capacity_slack:.0%} "
            "slack); "
            f"the fullest asked for {worst / 60:.1f} h.",
            [r.week_of for r in over],
            [],
            [
                ProposedChange(
                    description=f"Re-plan to {plan.capacity_hours_per_week:g} hours a week: "
                    "spread or cut "
                    "the work so no week is over.",
                    instruction=f"I only have {plan.capacity_hours_per_week:g} hours a week",
                ),
                ProposedChange(
                    description=f"Or move the deadline to {later.isoformat()} so the same work "
                    "fits.",
                    instruction=f"push the deadline to {later.isoformat()}",
                ),
            ],
        )
    ]


def _constraint(
    plan: Plan, reviews: Sequence[Review], slips: dict[str, list[Review]], explained: set[str]
) -> list[Signal]:
    if not reviews:
        return []
    attackers = {t.id for t in plan.tasks() if t.attacks_constraint and t.status != "dropped"}
    change = ProposedChange(
        description="Put one task that attacks the constraint"
        + (f" ('{plan.constraint}')" if plan.constraint else "")
        + " first in every week, and do it before any other task.",
        instruction=f"I'm stuck on {plan.constraint or 'the constraint'}",
    )
    if attackers and plan.constraint:  # the tasks are there: the first undone, or an if-then
        from assistant.stall_remedies import against_constraint

        change = against_constraint(plan)
    if not attackers:
        return [
            Signal(
                "constraint_not_attacked",
                0.9,
                "No task in the plan attacks the constraint, so the "
                "work feeds the system without changing it.",
                [r.week_of for r in reviews],
                [],
                [change],
            )
        ]
    without = [r for r in reviews if not attackers & set(r.done)]
    if len(without) < 2 or len(without) < len(reviews) / 2:
        return []
    explained.update(attackers)
    busy = sum(1 for r in without if r.done)
    return [
        Signal(
            "constraint_not_attacked",
            min(0.95, 0.5 + 0.1 * len(without) + 0.05 * (busy >= 2)),
            f"In {len(without)} of {len(reviews)} reviewed weeks no task that attacks the "
            "constraint "
            f"('{plan.constraint}') got done"
            + (f", while other tasks did in {busy} of them." if busy else "."),
            [r.week_of for r in without],
            sorted(attackers),
            [change],
        )
    ]


def _mostly_done(review: Review) -> bool:
    """The week's reported work got done: tasks were finished and at most a quarter slipped."""
    return bool(review.done) and len(review.done) >= 3 * len(review.slipped)


def _flat_metric(plan: Plan, reviews: Sequence[Review]) -> list[Signal]:
    series: dict[str, list[tuple[Review, float]]] = defaultdict(list)
    for r in reviews:
        for m in r.metric_readings:
            series[m.name].append((r, m.value))
    best: Signal | None = None
    for name, points in series.items():
        flat = [
            b
            for a, b in zip(points, points[1:], strict=False)
            if abs(b[1] - a[1]) <= 1e-9 + 0.005 * abs(a[1]) and _mostly_done(b[0])
        ]
        if not flat:
            continue
        done = sum(len(r.done) for r, _ in points)
        weeks = sorted({points[0][0].week_of, *(r.week_of for r, _ in flat)})
        strength = min(0.95, 0.5 + 0.15 * len(flat) + 0.05 * (done >= 4))
        if best is None or strength > best.strength:
            best = Signal(
                "outputs_not_outcomes",
                strength,
                f"'{name}' stayed at {flat[-1][1]:g} for {len(flat) + 1} reviews while {done} "
                "task(s) got "
                "done: the plan tracks outputs, not the outcome.",
                weeks,
                [],
                [
                    ProposedChange(
                        description=f"Replace one routine task with one aimed straight at moving "
                        f"'{name}', and drop the tasks that did not move it.",
                        instruction=f"I'm stuck on {name}",
                    )
                ],
            )
    return [best] if best else []


def _repeated(plan: Plan, slips: dict[str, list[Review]], explained: set[str]) -> list[Signal]:
    out = []
    for task_id, slipped in slips.items():
        if len(slipped) < 2 or task_id in explained:
            continue
        task = plan.task(task_id)
        out.append(
            Signal(
                "repeated_slip",
                min(0.7, 0.4 + 0.08 * len(slipped)),
                f"'{task.title}' slipped {len(slipped)} times.",
                [r.week_of for r in slipped],
                [task_id],
                [
                    ProposedChange(
                        description=f"Make '{task.title}' smaller, so a bad week still fits it.",
                        instruction="make tasks smaller",
                        task_id=task_id,
                    )
                ],
            )
        )
    return out


def _completion_falling(reviews: Sequence[Review]) -> list[Signal]:
    rated = [
        (r, len(r.done) / (len(r.done) + len(r.slipped))) for r in reviews if r.done or r.slipped
    ]
    if len(rated) < 3:
        return []
    half = len(rated) // 2
    early = sum(x for _, x in rated[:half]) / half
    late = sum(x for _, x in rated[-half:]) / half
    if early - late < 0.25:
        return []
    return [
        Signal(
            "completion_falling",
            min(0.6, 0.3 + (early - late) * 0.5),
            f"Completion fell from {early:.0%} of the reported tasks to {late:.0%}.",
            [r.week_of for r, _ in rated[-half:]],
            [],
            [
                ProposedChange(
                    description="Plan fewer, smaller tasks next week.",
                    instruction="make tasks smaller",
                )
            ],
        )
    ]


def _too_many_open(plan: Plan, reviews: Sequence[Review]) -> list[Signal]:
    if not reviews:
        return []
    done = {t for r in reviews for t in r.done} | {t.id for t in plan.tasks() if t.status != "todo"}
    latest = reviews[-1].week_of
    started = [
        i
        for i, m in enumerate(plan.milestones)
        if any(t.id in done for t in m.tasks)
        and any(t.id not in done and t.recurrence is None and t.status == "todo" for t in m.tasks)
    ]
    overdue = [i for i in started if plan.milestones[i].deadline < latest]
    if len(started) < 3 and len(overdue) < 2:
        return []
    last = max(started)
    return [
        Signal(
            "too_many_open",
            min(0.65, 0.35 + 0.1 * len(started)),
            f"{len(started)} milestones are in progress at once ({len(overdue)} past their "
            "deadline).",
            [latest],
            [],
            [
                ProposedChange(
                    description=f"Drop or park milestone {last + 1} "
                    f"('{plan.milestones[last].title}') until the others are done.",
                    instruction=f"drop milestone {last + 1}",
                )
            ],
        )
    ]
