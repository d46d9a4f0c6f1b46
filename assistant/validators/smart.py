"""SMART rules for the goal and each milestone (DESIGN.md section 5)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.assess import judge_specific
from assistant.config import Settings
from assistant.findings import finding
from assistant.language.quantities import find_done_state, find_quantities
from assistant.language.text import content_stems, normalize, words
from assistant.language.vague import SOFT_VAGUE, find_vague_phrases
from assistant.models import Finding, Milestone, Plan
from assistant.weeks import active_tasks, total_task_minutes, usable_minutes_per_week

# Verbs that, with no number or done-state, turn a milestone into an activity ("Build homepage").
_ACTIVITY_VERBS = frozenset(
    {
        "build",
        "do",
        "work",
        "make",
        "create",
        "write",
        "prepare",
        "research",
        "plan",
        "set",
        "start",
        "continue",
        "practice",
        "practise",
        "study",
        "design",
        "develop",
        "update",
        "review",
        "organize",
        "organise",
        "read",
        "learn",
        "run",
        "go",
        "try",
        "attend",
        "keep",
        "maintain",
        "draft",
        "outline",
        "brainstorm",
    }
)
_RESULT_MARKERS = re.compile(
    r"\b(ready|live|done|complete|completed|finished|published|launched|signed|"
    r"approved|passed|reached|validated|shipped|first|all|every)\b"
)


def has_measure(text: str) -> bool:
    """True when wording carries its own measure: an amount or a done-or-not outcome."""
    return bool(find_quantities(text)) or find_done_state(text) is not None


def validate_goal(plan: Plan, settings: Settings, today: dt.date) -> list[Finding]:
    goal = plan.goal
    out: list[Finding] = []
    specific = judge_specific(goal.statement)
    if not specific.passed:
        out.append(
            finding(
                "goal.not_specific",
                "goal.statement",
                specific.reason,
                "Rewrite as an outcome: 'Generate 300 qualified demo requests per month by Q4'.",
            )
        )
    if goal.metric.target <= 0 and not has_measure(goal.statement):
        out.append(
            finding(
                "goal.not_measurable",
                "goal.metric",
                f"The goal's metric '{goal.metric.name}' has no target.",
                "Give it a number (e.g. 10 km, $2,000, 300 requests) or a done-or-not outcome.",
            )
        )
    if goal.deadline < today:
        out.append(
            finding(
                "goal.deadline_past",
                "goal.deadline",
                f"The deadline {goal.deadline} has passed.",
                "Set a new deadline, or close this goal and start a new plan.",
            )
        )
    else:
        start = max(today, plan.start_date)
        weeks = max(((goal.deadline - start).days + 1) / 7, 1 / 7)
        needed = sum(total_task_minutes(t, plan) for t in active_tasks(plan) if t.status == "todo")
        available = usable_minutes_per_week(plan, settings.capacity_slack) * weeks
        if needed > available:
            out.append(
                finding(
                    "goal.not_achievable",
                    "goal",
                    f"The open tasks need {needed / 60:.1f} h but {weeks:.1f} weeks at "
                    f"{plan.capacity_hours_per_week:g} h/week (minus {settings.capacity_slack:.0%} slack) hold "
                    f"{available / 60:.1f} h.",
                    f"Move the deadline out by {(needed - available) / usable_minutes_per_week(plan, settings.capacity_slack):.0f} "
                    "weeks, cut tasks, or add capacity.",
                )
            )
    if not (goal.why or "").strip():
        out.append(
            finding(
                "goal.no_why",
                "goal.why",
                "The plan does not record why this goal matters.",
                "Add one sentence of why; it is what keeps a bad week from ending the plan.",
            )
        )
    return out


def validate_milestones(plan: Plan, settings: Settings, today: dt.date) -> list[Finding]:
    out: list[Finding] = []
    goal_stems = content_stems(
        f"{plan.goal.statement} {plan.goal.metric.name} {plan.goal.metric.unit}"
    )
    usable = usable_minutes_per_week(plan, settings.capacity_slack)
    previous_deadline = plan.start_date
    for mi, milestone in enumerate(plan.milestones):
        path = f"milestones[{mi}]"
        out.extend(_milestone_wording(milestone, path, goal_stems, plan))
        open_tasks = [t for t in milestone.tasks if t.status == "todo"]
        if not [t for t in milestone.tasks if t.status != "dropped"]:
            out.append(
                finding(
                    "milestone.no_tasks",
                    path,
                    f"'{milestone.title}' has no tasks.",
                    "Add the 3-6 smallest actions that would produce this result.",
                )
            )
        if milestone.deadline > plan.goal.deadline:
            out.append(
                finding(
                    "milestone.after_goal",
                    f"{path}.deadline",
                    f"'{milestone.title}' is due {milestone.deadline}, after the goal ({plan.goal.deadline}).",
                    f"Bring it to {plan.goal.deadline} or earlier.",
                )
            )
        if milestone.deadline < today and open_tasks:
            out.append(
                finding(
                    "milestone.deadline_past",
                    f"{path}.deadline",
                    f"'{milestone.title}' was due {milestone.deadline} and {len(open_tasks)} tasks are open.",
                    "Re-plan it: move the deadline or drop the tasks that no longer matter.",
                )
            )
        window_weeks = max(((milestone.deadline - previous_deadline).days + 1) / 7, 1 / 7)
        needed = sum(total_task_minutes(t, plan) for t in open_tasks)
        if needed > usable * window_weeks * 1.0001 and milestone.deadline >= today:
            out.append(
                finding(
                    "milestone.not_achievable",
                    path,
                    f"'{milestone.title}' needs {needed / 60:.1f} h of work in {window_weeks:.1f} weeks "
                    f"that hold {usable * window_weeks / 60:.1f} h.",
                    "Give it a later deadline or fewer, smaller tasks.",
                )
            )
        previous_deadline = max(previous_deadline, milestone.deadline)
    return out


def _milestone_wording(
    milestone: Milestone, path: str, goal_stems: set[str], plan: Plan
) -> list[Finding]:
    out: list[Finding] = []
    title = milestone.title
    measured = has_measure(title)
    vague = [v for v in find_vague_phrases(title) if not (v in SOFT_VAGUE and measured)]
    if vague:
        out.append(
            finding(
                "milestone.not_specific",
                f"{path}.title",
                f"'{title}' uses the vague '{vague[0]}'.",
                "Name the result and its number: 'Run 10 km without stopping'.",
            )
        )
    if milestone.metric.target <= 0 and not measured:
        out.append(
            finding(
                "milestone.not_measurable",
                f"{path}.metric",
                f"'{title}' has no metric target or done-state.",
                "Give the metric a target number, or phrase the milestone as done-or-not.",
            )
        )
    tokens = words(title)
    if (
        tokens
        and tokens[0] in _ACTIVITY_VERBS
        and not measured
        and not _RESULT_MARKERS.search(normalize(title))
    ):
        out.append(
            finding(
                "milestone.is_activity",
                f"{path}.title",
                f"'{title}' is an activity, not a result.",
                "Say what will be true when it is reached: 'Homepage converts 3% of visitors'.",
            )
        )
    own = content_stems(f"{title} {milestone.metric.name} {milestone.metric.unit}")
    same_unit = (
        bool(milestone.metric.unit)
        and milestone.metric.unit.lower() == plan.goal.metric.unit.lower()
    )
    if goal_stems and not (own & goal_stems) and not same_unit:
        out.append(
            finding(
                "milestone.not_relevant",
                path,
                f"'{title}' does not visibly tie to the goal.",
                f"Measure it in the goal's terms ({plan.goal.metric.name}) or say how it moves the goal.",
            )
        )
    return out
