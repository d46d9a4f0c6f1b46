"""Plan-level rules: structure, dates, dependencies, constraint coverage, capacity, indicators."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from typing import Any

from assistant.config import Settings
from assistant.findings import finding
from assistant.language.acts import one_off_act
from assistant.models import Finding, Plan, Task
from assistant.weeks import (
    active_tasks,
    break_weeks,
    monday,
    task_window,
    usable_minutes_per_week,
    week_starts,
)


def validate_structure(plan: Plan, settings: Settings, today: dt.date) -> list[Finding]:
    out: list[Finding] = []
    n = len(plan.milestones)
    if not settings.min_milestones <= n <= settings.max_milestones:
        out.append(
            finding(
                "plan.milestone_count",
                "milestones",
                f"The plan has {n} milestones; {settings.min_milestones}-{settings.max_milestones} work best.",
                "Merge small milestones into results, or split the path into quarter-points."
                if n > settings.max_milestones
                else "Add checkpoints at the quarter-points of the metric (25/50/75/100%).",
            )
        )
    deadlines = [m.deadline for m in plan.milestones]
    for i in range(1, n):
        if deadlines[i] < deadlines[i - 1]:
            out.append(
                finding(
                    "plan.milestones_out_of_order",
                    f"milestones[{i}].deadline",
                    f"'{plan.milestones[i].title}' ({deadlines[i]}) is due before the milestone "
                    f"before it ({deadlines[i - 1]}).",
                    "Reorder the milestones or fix the dates.",
                )
            )
            break
    quick = plan.start_date + dt.timedelta(days=settings.quick_win_days - 1)
    tasks = list(active_tasks(plan))
    if (
        tasks
        and not any(_first_session(t, plan) <= quick for t in tasks)
        and not (deadlines and deadlines[0] <= quick)
        and monday(plan.start_date) not in break_weeks(plan)  # they asked for a break now
    ):
        out.append(
            finding(
                "plan.no_quick_win",
                "milestones[0]",
                f"Nothing is due before {quick}, the end of the first week.",
                "Add a 30-minute task due in the first days that produces something visible.",
            )
        )
    for task in tasks:
        if task.status == "todo" and task.due < today:
            mi, ti = plan.locate(task.id)
            out.append(
                finding(
                    "task.overdue",
                    f"milestones[{mi}].tasks[{ti}]",
                    f"'{task.title}' was due {task.due} and is still open.",
                    "Do it, re-date it, or drop it in the weekly review.",
                )
            )
    if not plan.leading_indicators:
        out.append(
            finding(
                "plan.no_leading_indicators",
                "leading_indicators",
                "No leading indicator: the plan only learns it is off track at the deadline.",
                "Track something weekly that moves first: sessions done, calls booked, words written.",
            )
        )
    return out


def _first_session(task: Task, plan: Plan) -> dt.date:
    """When a task first produces something: its due date, or its first session if recurring."""
    if task.recurrence is not None:
        return task_window(task, plan)[0]
    return task.due


def validate_dependencies(plan: Plan) -> list[Finding]:
    out: list[Finding] = []
    by_id = {t.id: t for t in plan.tasks()}
    cycle = _find_cycle(by_id)
    if cycle:
        mi, ti = plan.locate(cycle[0])
        out.append(
            finding(
                "plan.dependency_cycle",
                f"milestones[{mi}].tasks[{ti}]",
                "Tasks wait on each other in a circle: " + " -> ".join(cycle + [cycle[0]]) + ".",
                f"Remove one of these dependencies, e.g. {cycle[-1]} -> {cycle[0]}.",
            )
        )
    cyclic = set(cycle)
    for task in by_id.values():
        if task.status == "dropped" or task.id in cyclic:
            continue
        for dep_id in task.depends_on:
            dep = by_id[dep_id]
            if dep.status != "dropped" and dep.due > task.due and dep.id not in cyclic:
                mi, ti = plan.locate(task.id)
                out.append(
                    finding(
                        "plan.dependency_order",
                        f"milestones[{mi}].tasks[{ti}]",
                        f"'{task.title}' is due {task.due} but waits on '{dep.title}', due {dep.due}.",
                        f"Move '{task.title}' to {dep.due} or later, or '{dep.title}' earlier.",
                    )
                )
    return out


def _find_cycle(by_id: dict[str, Task]) -> list[str]:
    """One dependency cycle as a list of task ids, or [] (iterative DFS, three colours)."""
    state: dict[str, int] = {}
    for root in sorted(by_id):
        if state.get(root):
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path: list[str] = []
        while stack:
            node, i = stack.pop()
            if i == 0:
                state[node] = 1
                path.append(node)
            deps = by_id[node].depends_on
            if i < len(deps):
                stack.append((node, i + 1))
                nxt = deps[i]
                if state.get(nxt) == 1:
                    return path[path.index(nxt) :]
                if not state.get(nxt):
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                path.pop()
    return []


def validate_constraint(plan: Plan) -> list[Finding]:
    if not plan.constraint.strip():
        return [
            finding(
                "plan.no_constraint",
                "constraint",
                "The plan does not name its constraint.",
                "Ask: what single bottleneck, if solved, would make this goal much easier?",
            )
        ]
    attackers = [t for t in active_tasks(plan) if t.attacks_constraint]
    if not attackers:
        return [
            finding(
                "plan.constraint_not_attacked",
                "constraint",
                f"No task attacks the constraint ('{plan.constraint}').",
                "Add at least one task a week that changes the system, not just feeds it.",
            )
        ]
    covered: set[dt.date] = set()
    for task in attackers:
        if task.recurrence is not None:
            start, due = task_window(task, plan)
            covered.update(week_starts(start, due))
        elif one_off_act(task.title):  # "Book a sitter": done once, it holds to the end
            covered.update(week_starts(task_window(task, plan)[0], plan.goal.deadline))
        else:
            covered.add(monday(task.due))
    covered |= break_weeks(plan)  # a break the person asked for needs no attack
    # weeks after the last milestone hold no work at all (a job done early): none to attack
    end = min(
        plan.goal.deadline, max((m.deadline for m in plan.milestones), default=plan.goal.deadline)
    )
    missing = [w for w in week_starts(plan.start_date, end) if w not in covered]
    if missing and missing[0] == monday(plan.start_date) and plan.start_date.weekday() >= 4:
        missing = missing[1:]  # a plan made on a Friday: the first weekend is no week to attack
    if missing:
        shown = ", ".join(str(w) for w in missing[:4]) + (
            f" and {len(missing) - 4} more" if len(missing) > 4 else ""
        )
        return [
            finding(
                "plan.constraint_week_uncovered",
                "constraint",
                f"{len(missing)} weeks have no task attacking the constraint (weeks of {shown}).",
                "Add a weekly recurring task that attacks the constraint.",
            )
        ]
    return []


# the weekly loads placed during one ``validate_plan`` pass, by (plan, slack, today): three
# rules read the same placement (capacity, capacity ignored, capacity unused)
_PLACED: contextvars.ContextVar[dict[tuple[int, float, dt.date | None], Any] | None] = (
    contextvars.ContextVar("placed", default=None)
)


@contextlib.contextmanager
def one_pass() -> Iterator[None]:
    """Within the block the rules share each plan's weekly placement (the plan is not changed
    while its rules run); outside it every call places the plan afresh."""
    token = _PLACED.set({})
    try:
        yield
    finally:
        _PLACED.reset(token)


def weekly_load(
    plan: Plan, slack: float = 0.2, today: dt.date | None = None
) -> dict[dt.date, float]:
    """Minutes per week exactly as the scheduler places them (one source of truth for "fits")."""
    placed = _PLACED.get()
    key = (id(plan), slack, today)
    if placed is not None and key in placed and placed[key][0] is plan:
        return dict(placed[key][1])
    from assistant.schedule.placement import jobs_for, place

    begin = monday(max(plan.start_date, today or plan.start_date))
    capacity = round(usable_minutes_per_week(plan, slack))
    load = {week: float(m) for week, m in place(jobs_for(plan, begin), capacity).load.items()}
    if placed is not None:
        placed[key] = (plan, load)  # the plan is kept, so its id is not another's
    return dict(load)


_FIX_SEARCH_TASKS = 2_000


def validate_capacity(
    plan: Plan, settings: Settings, today: dt.date | None = None
) -> list[Finding]:
    usable = round(usable_minutes_per_week(plan, settings.capacity_slack))
    over = sorted(
        (w, m) for w, m in weekly_load(plan, settings.capacity_slack, today).items() if m > usable
    )
    if not over:
        return []
    from assistant.schedule import schedule

    # the smallest fix is searched by re-placing the plan a dozen times: worth it for a plan a
    # person wrote, not for one of thousands of tasks (checked in seconds, the fix in words)
    fixes = schedule(plan, settings, today).fixes if len(plan.tasks()) <= _FIX_SEARCH_TASKS else []
    worst_week, worst = max(over, key=lambda wm: wm[1])
    shown = ", ".join(f"{w} (+{(m - usable) / 60:.1f} h)" for w, m in over[:4])
    more = f" and {len(over) - 4} more" if len(over) > 4 else ""
    fix = (
        fixes[0].description
        if fixes
        else (
            f"spread or cut work in the week of {worst_week}, move deadlines out, or raise capacity to "
            f"{worst / 60 / (1 - settings.capacity_slack):.1f} h/week"
        )
    )
    return [
        finding(
            "plan.over_capacity",
            "capacity_hours_per_week",
            f"{len(over)} weeks plan more than {usable / 60:.1f} h (capacity {plan.capacity_hours_per_week:g} h "
            f"minus {settings.capacity_slack:.0%} slack): weeks of {shown}{more}.",
            f"Smallest change that fits: {fix}.",
        )
    ]
