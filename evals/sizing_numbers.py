"""Money and time arithmetic against the person's own numbers (round 14's R4 mark-downs):
a monthly sum over what their stated income leaves, a debt dated as if its stated APR were 0,
a planned week over the hours they said, a new mover at full length from week one, a
full-length exam under its real length, a small act ("Sort 1 drawer") stretched to hours."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from assistant.engines.offline.build_up import new_mover
from assistant.engines.offline.fit_steps import main_session
from assistant.engines.offline.money_income import SHARE_LEFT, income_said
from assistant.language.act_sizes import exam_minutes, full_sitting, small_act
from assistant.models import Plan, Task
from assistant.understanding.interest import apr_said, months_to_clear
from assistant.understanding.money_rate import add_months, monthly_amount
from assistant.validators.money import _PLANNED, _monthly

_WEEK_HOURS_RE = re.compile(
    r"(?:(\d+(?:\.\d+)?)\s?(?:-|to)\s?)?(\d+(?:\.\d+)?)\s?(?:h|hrs?|hours?)\s?(?:a|per|each|/)\s?"
    r"(?:week|wk)\b",
    re.I,
)
_ONE_ACT_RE = re.compile(r"^\w+ (?:1|one|a) ([a-z]+)\b")
_ONE_PAPER_RE = re.compile(r"\b(?:oral|speaking)\b", re.I)
_MOVING_RE = re.compile(r"\b(?:walk|run|jog|swim|cycl|ride|bike|gym|workout|strength)\w*", re.I)


def _said(plan: Plan) -> tuple[str, dict[str, str]]:
    if plan.request is None:
        return plan.goal.statement, {}
    return plan.request.goal_text, dict(plan.request.answers)


def _planned_monthly(plan: Plan) -> float | None:
    for task in plan.tasks():
        hit = _PLANNED.search(task.title)
        if hit:
            return _monthly(hit.group(1), hit.group(2), hit.group(3) or hit.group(4) or "month")
    return None


def money_over_income(plan: Plan) -> bool:
    """A monthly transfer over half of what the stated take-home leaves after rent."""
    goal, answers = _said(plan)
    said = income_said(" ".join([goal, *answers.values()]))
    planned = _planned_monthly(plan)
    return bool(said and planned and planned > SHARE_LEFT * (said[0] - said[1]) + 1)


def apr_ignored(plan: Plan, today: dt.date) -> bool:
    """A debt with a stated APR and amount a month, due well before amortisation clears it."""
    goal, answers = _said(plan)
    text = " ".join([goal, answers.get("baseline", "")])
    apr = apr_said(text)
    per_month = monthly_amount(goal) or monthly_amount(answers.get("capacity", ""))
    owed = plan.goal.metric.target
    if not apr or not per_month or not re.search(r"\b(?:debt|owe|pay off|paid off)\b", text, re.I):
        return False
    months = months_to_clear(owed, per_month, apr)
    return months is None or plan.goal.deadline < add_months(today, months - 1)


def week_over_hours(plan: Plan) -> bool:
    """The first milestone's ordinary week of sessions over the weekly hours they said."""
    _, answers = _said(plan)
    m = _WEEK_HOURS_RE.search(answers.get("capacity", ""))
    if m is None or plan.team or not plan.milestones:
        return False
    live = [t for t in plan.milestones[0].tasks if t.recurrence and t.status == "todo"]
    week = sum(t.recurrence.sessions_per_week() * t.estimate_minutes for t in live if t.recurrence)
    return week > float(m.group(2)) * 60 * 1.1


def new_mover_at_full(plan: Plan) -> bool:
    """Someone who says they move little, given the last milestone's session length from week
    one (60-minute walks 7 times a week for a person who sits all day)."""
    goal, answers = _said(plan)
    said = " ".join([goal, answers.get("baseline", ""), answers.get("constraint", "")])
    if not new_mover(said) or len(plan.milestones) < 3:
        return False
    first, last = (_main(plan.milestones[i].tasks) for i in (0, -1))
    return bool(
        first
        and last
        and _MOVING_RE.search(first.title)
        and first.estimate_minutes >= last.estimate_minutes >= 45
    )


def exam_short(plan: Plan) -> int:
    """Full-length practice exams under three quarters of the named exam's real length."""
    goal, _ = _said(plan)
    exam = exam_minutes(f"{goal} {plan.goal.statement}")
    return sum(
        bool(exam)
        and full_sitting(t.title)
        and not _ONE_PAPER_RE.search(t.title)  # a mock oral is one paper, not the whole exam
        and t.estimate_minutes < 0.75 * (exam or 0)
        for t in plan.tasks()
    )


def small_act_stretched(plan: Plan) -> int:
    """Steps naming one small act ("Sort 1 drawer") sized at over three times its minutes."""
    out = 0
    for task in plan.tasks():
        m = _ONE_ACT_RE.match(task.title)
        each = small_act(m.group(1)) if m else None
        out += bool(each and task.estimate_minutes > 3 * each)
    return out


def _main(tasks: list[Task]) -> Task | None:
    title = main_session([t for t in tasks if t.status == "todo"])
    return next((t for t in tasks if t.title == title), None)


def count_numbers(plan: Plan, bad: Counter[str], today: dt.date) -> None:
    """Add one to ``bad`` for each arithmetic cause the plan shows."""
    bad["money a month over what the stated income leaves"] += money_over_income(plan)
    bad["debt dated without its stated APR"] += apr_ignored(plan, today)
    bad["planned week over the weekly hours said"] += week_over_hours(plan)
    bad["new mover at full session length from week one"] += new_mover_at_full(plan)
    bad["full-length exam under its real length"] += exam_short(plan)
    bad["one small act stretched over its minutes"] += small_act_stretched(plan)
