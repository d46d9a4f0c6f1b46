"""A new amount a month for a sum to save or pay off ("I could do 600 a month"): the amount
changes, the target stays, and the deadline moves to when the new amount gets there."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.errors import InputError
from assistant.language.amounts import MONEY_UNITS, fmt_value
from assistant.models import Assumption, Plan
from assistant.plan_edits import move_deadline
from assistant.understanding.money_rate import add_months, monthly_amount, months_to_reach

_A_MONTH_RE = re.compile(r"a month|per month|/mo(?:nth)?|monthly")
_TARGET_WORDS_RE = re.compile(r"\b(?:target|goal|total|in total|altogether)\b")


def money_pace(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'i could do 600 a month': the plan's money a month and its date follow the new amount."""
    metric = plan.goal.metric
    per_month = monthly_amount(raw, asked=True)
    if metric.unit not in MONEY_UNITS or not per_month or _TARGET_WORDS_RE.search(s):
        return None
    if _A_MONTH_RE.search(metric.name.lower()):
        return None  # "save $500 a month": the monthly sum is the target, revise_goal's
    remaining = metric.target - (metric.baseline or 0.0)
    if remaining <= 0:
        return None
    old = _said_a_month(plan)
    if old is not None and round(old) == round(per_month):
        raise InputError(f"the plan already puts {fmt_value(per_month, metric.unit)} a month in")
    months = months_to_reach(remaining, per_month)
    day = max(add_months(today, months), today + dt.timedelta(weeks=4))
    amount = fmt_value(round(per_month), metric.unit)
    new = plan.next_version(
        f"{amount} a month: deadline {plan.goal.deadline.isoformat()} -> {day.isoformat()}"
    )
    if day != plan.goal.deadline:
        move_deadline(new, day)
    if old is not None:
        before = re.escape(fmt_value(round(old), metric.unit))
        for task in new.tasks():
            task.title = re.sub(rf"{before}(?= a month| per month|/month)", amount, task.title)
    weeks = max(1, round((day - today).days / 7))
    new.assumptions = [a for a in new.assumptions if a.key not in {"money", "deadline"}]
    new.assumptions = [
        a for a in new.assumptions if not (a.key == "capacity" and "a month" in a.text)
    ]
    new.assumptions += [
        Assumption(text=f"{amount} a month goes to this goal", source="stated", key="money"),
        Assumption(
            text=f"Deadline {day.isoformat()} ({weeks} weeks): your {amount} a month takes "
            f"about {months} months",
            source="assumed",
            key="deadline",
        ),
    ]
    if new.request is not None:  # what they ask for now: the rules hold the plan to it
        new.request.answers["capacity"] = raw.strip()[:500]
    return new


def _said_a_month(plan: Plan) -> float | None:
    """The money a month the plan puts in now, from its assumptions."""
    for assumption in plan.assumptions:
        if assumption.key in {"money", "capacity"} and "a month" in assumption.text:
            found = monthly_amount(assumption.text, asked=True)
            if found:
                return found
    return None
