"""A debt paid off at a stated monthly sum, against the interest the person said it costs:
'$14,300 at 24% APR, $600 a month' takes about 33 months, not the 18 a plan promises."""

from __future__ import annotations

import math
import re

from assistant.findings import finding
from assistant.language import normalize
from assistant.models import Finding, Plan

_MONEY = r"[$£€₹]?\s?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?"
_DEBT = re.compile(rf"(?<![\w.%]){_MONEY}")
_RATE = re.compile(
    r"(\d{1,2}(?:\.\d+)?)\s?%(?=\s?(?:apr|interest|rate)\b)|"
    r"\b(?:at|@|apr(?: is)?(?: like| about)?)\s?(\d{1,2}(?:\.\d+)?)\s?%"
)
_MONTHLY = re.compile(rf"{_MONEY}\s?(?:a|per|each|every|/)\s?(?:mo|month)\b")
_NOT_THE_DEBT = re.compile(r"\b(?:make|earn|earns|salary|income|paid off|worth)\s(?:about\s)?$")
_EXTRA = re.compile(r"\b(?:extra|on top|more|minimum|minimums|payment is|paying)\b")
_LATE_SHARE = 1.15  # months needed past the plan's by more than this share, and by 3 at least
_LATE_MONTHS = 3


def _amount(m: re.Match[str]) -> float:
    return float(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1)


def _said(plan: Plan) -> tuple[float, float, float] | None:
    """The debt, the lowest yearly rate and the monthly sum the person stated, when all three are."""
    assert plan.request is not None
    answers = plan.request.answers
    text = normalize(f"{plan.request.goal_text} . {answers.get('baseline', '')}")
    pay_text = normalize(f"{plan.request.goal_text} . {answers.get('capacity', '')}")
    rates = [float(m.group(1) or m.group(2)) for m in _RATE.finditer(text)]
    monthly = [
        m
        for m in _MONTHLY.finditer(pay_text)
        if not _EXTRA.search(pay_text[max(0, m.start() - 20) : m.end() + 12])
    ]
    monthly_spans = {(m.start(), m.end()) for m in _MONTHLY.finditer(text)}
    debts = [
        _amount(m)
        for m in _DEBT.finditer(text)
        if _amount(m) >= 1000
        and not (1900 <= _amount(m) <= 2100 and not m.group(2) and "," not in m.group(1))
        and not any(a <= m.start() < b for a, b in monthly_spans)
        and not _NOT_THE_DEBT.search(text[max(0, m.start() - 16) : m.start()])
    ]
    if not rates or not monthly or not debts:
        return None
    return max(debts), min(rates), _amount(monthly[0])


def months_to_clear(debt: float, yearly_rate: float, monthly: float) -> float | None:
    """Months of equal payments that clear a debt at a yearly rate; None if they never do."""
    rate = yearly_rate / 1200
    if rate == 0:
        return debt / monthly
    if monthly <= rate * debt:
        return None
    return -math.log(1 - rate * debt / monthly) / math.log(1 + rate)


def interest_ignored(plan: Plan) -> list[Finding]:
    """plan.interest_ignored: the person stated the debt, its rate and what they can pay a
    month; at that rate the debt takes months longer than the plan's deadline allows."""
    if plan.request is None or (said := _said(plan)) is None:
        return []
    debt, rate, monthly = said
    planned = (plan.goal.deadline - plan.created_at.date()).days / 30.44
    needed = months_to_clear(debt, rate, monthly)
    if needed is not None and (needed <= planned * _LATE_SHARE or needed - planned < _LATE_MONTHS):
        return []
    if debt / monthly > planned * _LATE_SHARE:
        return []  # late even without interest: the money-pace rules speak to that
    took = "never clears it" if needed is None else f"takes about {needed:.0f} months"
    return [
        finding(
            "plan.interest_ignored",
            "goal.deadline",
            f"{debt:,.0f} at {rate:g}% a year paid {monthly:,.0f} a month {took}; the plan "
            f"promises it in {planned:.0f}.",
            "Count the interest: plan to the month the payments really clear the debt, or say "
            "how much more a month the deadline needs.",
        )
    ]
