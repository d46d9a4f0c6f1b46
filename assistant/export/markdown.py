"""A plan as round-trip Markdown (``export --roundtrip``): readable, and brought back exactly.

Each milestone heading and task line ends with a hidden ``<!-- milestone:ID -->`` or
``<!-- task:ID -->`` marker, and the whole plan rides along as JSON in a hidden
``<!-- goalsmith:plan ... -->`` block at the end, so ``markdown_import.from_markdown``
returns an equal Plan. Ticks, strikethroughs and title edits on the marked lines win
over the block on import.
"""

from __future__ import annotations

import json

from assistant.export.text import escape
from assistant.language.amounts import MONEY_UNITS, fmt_clock, fmt_value
from assistant.models import METHOD_LABELS, Finding, Metric, Milestone, Plan, Task
from assistant.schedule import Schedule

PLAN_BLOCK_START = "<!-- goalsmith:plan"
PLAN_BLOCK_END = "-->"


def to_markdown(
    plan: Plan, findings: list[Finding] | None = None, schedule: Schedule | None = None
) -> str:
    """The plan as Markdown; the schedule and findings sections appear when given."""
    parts = [header(plan), strategy(plan), assumptions(plan), indicators(plan)]
    parts.append("## Milestones")
    titles = {t.id: t.title for t in plan.tasks()}  # what a task waits on, by its title
    parts += [_milestone(k, m, titles) for k, m in enumerate(plan.milestones, 1)]
    if schedule is not None:
        parts.append(schedule_table(plan, schedule))
    if findings is not None:
        parts.append(findings_list(findings))
    parts.append(plan_block(plan))
    return "\n\n".join(p for p in parts if p) + "\n"


def plan_block(plan: Plan) -> str:
    """The plan as JSON inside an HTML comment; ``<``, ``>``, ``&`` as JSON escapes so no
    string can close the comment or read as markup."""
    body = json.dumps(plan.model_dump(mode="json"), ensure_ascii=False, indent=1)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        body = body.replace(char, code)
    return f"{PLAN_BLOCK_START}\n{body}\n{PLAN_BLOCK_END}"


def metric_text(metric: Metric) -> str:
    # "appeal steps done: 1", never "appeal steps done: 1 steps done": the name says the unit
    unit = "" if _names_its_unit(metric) else metric.unit
    target = fmt_value(metric.target, unit)  # "£3,200", "1 room": as a person writes it
    money = metric.unit if metric.unit in MONEY_UNITS else ""  # "from $1,500": the sign twice
    start = "" if metric.baseline is None else fmt_value(metric.baseline, money)
    if metric.unit == "minutes" and metric.name.endswith("finish time"):  # "from 28:40 to 25:00"
        target, start = fmt_clock(metric.target), start and fmt_clock(metric.baseline or 0)
    said = f"from {start} to {target}" if start else target
    return f"{escape(metric.name)}: {escape(said)} ({metric.kind})"


def _names_its_unit(metric: Metric) -> bool:
    unit = metric.unit.strip().lower()
    return len(unit.split()) > 1 and metric.name.strip().lower().endswith(unit)


ROUNDTRIP_NOTE = (
    "> Tick boxes, strike tasks through (`~~...~~`) or edit titles, then "
    "`goalsmith import` this file; the hidden block at the end keeps everything else."
)


def header(plan: Plan, note: str = ROUNDTRIP_NOTE) -> str:
    """The goal, its metric, deadline, capacity, method and owners, then ``note``."""
    goal = plan.goal
    lines = [f"# {escape(goal.statement)}", ""]
    lines.append(f"- **Metric:** {metric_text(goal.metric)}")
    lines.append(f"- **Deadline:** {goal.deadline}")
    if goal.why:
        lines.append(f"- **Why:** {escape(goal.why)}")
    review = plan.review_day.capitalize()
    lines.append(f"- **Capacity:** {plan.capacity_hours_per_week:g} h a week, review on {review}")
    lines.append(f"- **Method:** {METHOD_LABELS[plan.method]}")
    owners = ", ".join(escape(o) for o in plan.owners)
    lines.append(f"- **Owners:** {owners}")
    lines.append(
        f"- **Plan:** `{plan.id}` version {plan.version}, started {plan.start_date}, "
        f"written by the {escape(plan.metadata.engine)} engine"
    )
    lines += ["", note]
    return "\n".join(lines)


def strategy(plan: Plan) -> str:
    constraint = escape(plan.constraint) or "*not named yet*"
    strategy = escape(plan.constraint_strategy) or "*not set yet*"
    return (
        f"## Constraint and strategy\n\n- **Constraint:** {constraint}\n- **Strategy:** {strategy}"
    )


def assumptions(plan: Plan) -> str:
    if not plan.assumptions:
        return ""
    lines = ["## Assumptions", ""]
    for a in plan.assumptions:
        mark = "**(assumed: check this)**" if a.source == "assumed" else "(stated)"
        lines.append(f"- {escape(a.text)} {mark}")
    return "\n".join(lines)


def indicators(plan: Plan) -> str:
    if not plan.leading_indicators:
        return ""
    return "\n".join(
        ["## Leading indicators", ""] + [f"- {metric_text(m)}" for m in plan.leading_indicators]
    )


def _milestone(number: int, milestone: Milestone, titles: dict[str, str]) -> str:
    lines = [
        f"### {number}. {escape(milestone.title)} <!-- milestone:{milestone.id} -->",
        "",
        f"Metric: {metric_text(milestone.metric)}, by {milestone.deadline}",
        "",
    ]
    for task in milestone.tasks:
        lines += task_lines(task, titles)
    if not milestone.tasks:
        lines.append("*No tasks yet.*")
    return "\n".join(lines)


def task_lines(task: Task, titles: dict[str, str] | None = None) -> list[str]:
    """A checkbox line with the title and its marker, then the details as a nested list."""
    box = "x" if task.status == "done" else " "
    title = escape(task.title)
    if task.status == "dropped":
        title = f"~~{title}~~"
    facts = [escape(task.owner), f"{task.estimate_minutes} min", f"due {task.due}"]
    if task.recurrence is not None:
        facts[1] += f" a session, {task.recurrence.describe()}"
    if task.start is not None:
        facts.append(f"from {task.start}")
    if task.depends_on:
        named = [
            f"“{escape(titles[d])}”" if titles and d in titles else f"`{d}`"
            for d in task.depends_on
        ]
        facts.append("after " + ", ".join(named))
    if task.attacks_constraint:
        facts.append("**attacks the constraint**")
    lines = [f"- [{box}] {title} <!-- task:{task.id} -->", "  - " + " · ".join(facts)]
    if task.done_when:
        lines.append(f"  - Done when: {escape(task.done_when)}")
    return lines


def schedule_table(plan: Plan, schedule: Schedule) -> str:
    hours = schedule.capacity_minutes / 60
    lines = [
        "## Weekly schedule",
        "",
        f"Each week holds {hours:.1f} h ({plan.capacity_hours_per_week:g} h less slack).",
        "",
        "| Week of | Planned | Tasks |",
        "|---|---:|---|",
    ]
    for week in schedule.weeks:
        planned = f"{week.planned_minutes / 60:.1f} h"
        if week.over_minutes:
            planned = f"**{planned}, over by {week.over_minutes / 60:.1f} h**"
        items = "; ".join(
            escape(i.title)
            + (
                f" ({i.sessions} × {i.minutes // i.sessions} min)"
                if i.sessions > 1
                else f" ({i.minutes} min)"
            )
            + (" **late**" if i.late else "")
            for i in week.items
        )
        lines.append(f"| {week.week_of} | {planned} | {items or '-'} |")
    return "\n".join(lines)


def findings_list(findings: list[Finding]) -> str:
    if not findings:
        return "## Findings\n\nNo findings: the plan passes every rule."
    lines = ["## Findings", ""]
    for f in findings:
        fix = f" *Fix:* {escape(f.suggestion)}" if f.suggestion else ""
        lines.append(
            f"- **{f.severity}** {_code(f.code)} at {_code(f.path)}: {escape(f.message)}{fix}"
        )
    return "\n".join(lines)


def _code(value: str) -> str:
    """A code span, or escaped text when the value could close one."""
    return (
        f"`{value}`"
        if value and "`" not in value and value == " ".join(value.split())
        else escape(value)
    )
