"""Money a plan asks the person to set aside each month, against what they said they can."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.models import Finding, Plan

# a monthly sum nobody stated and few households can set aside unasked
UNSTATED_MONTHLY = 2000.0
SHARE_OF_INCOME = 0.5  # more than half of a stated income is not a pace anyone keeps
CHANGED_BY = 0.25  # a stated pace moved by more than a quarter is a different plan

_AMOUNT = r"[$£€]?\s?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?(?:\s?-\s?[$£€]?\d[\d,]*)?"
_PERIOD = r"(?:(?:a|per|each|every|/)\s?(mo|month|mon|paycheck|payday|week|wk)\b)"
# "$7,520 a month", "$4,850 on payday", "an extra payment of $600 per month"
# "$7,520 a month", "$4,850 on payday", "$500 to savings each month", "$300 weekly"
_PLANNED = re.compile(
    r"[$£€]\s?(\d[\d,]*(?:\.\d+)?)(k\b)?[^$£€.;:]{0,30}?"
    r"(?:\b(?:a|per|each|every)\s(month|week|paycheck|payday)\b|\b(month|week)ly\b|\bon (payday))",
    re.I,
)
_SAID_RATE = re.compile(
    rf"{_AMOUNT}\s?(?:extra\s|more\s)?{_PERIOD}(\s?\(?bi-?weekly)?(?:\s(?:extra|total))?", re.I
)
_SAVING = re.compile(
    r"\b(?:put|putting|save|saving|add|invest|contribute|set aside|can do|could do|afford)\b",
    re.I,
)
_INCOME = re.compile(r"\b(?:make|making|earn|earning|get paid|paid|take home|income)\b", re.I)
_NOT_PACE = re.compile(
    r"\b(?:expenses|costs?|fees|bills?|rent|losing|throwing|spend|spending|minimum|paying for"
    r"|each)\b",
    re.I,
)
_GOAL_INCOME = re.compile(r"\b(?:extra|more|side|want|goal)\b", re.I)  # income still to earn


def _monthly(amount: str, thousands: str | None, period: str, biweekly: bool = False) -> float:
    value = float(amount.replace(",", "")) * (1000 if thousands else 1)
    period = period.lower()
    if period in {"week", "wk"}:
        return value * 52 / 12
    if period == "paycheck" and biweekly:
        return value * 26 / 12
    return value


def _said_rates(plan: Plan) -> tuple[list[float], list[float]]:
    """The monthly sums the person said they can set aside, and the incomes they stated."""
    if plan.request is None:
        return [], []
    paces: list[float] = []
    incomes: list[float] = []
    texts = [(k, v) for k, v in plan.request.answers.items()]
    for key, text in [("goal", plan.request.goal_text), *texts]:
        for m in _SAID_RATE.finditer(text):
            clause = re.split(r"[|.;,]|\bbut\b", text[: m.start()])[-1]
            value = _monthly(m.group(1), m.group(2), m.group(3), bool(m.group(4)))
            if _NOT_PACE.search(clause):
                continue
            if _SAVING.search(clause) or key == "capacity":
                paces.append(value)
            elif _INCOME.search(clause) and not _GOAL_INCOME.search(clause + m.group(0)):
                incomes.append(value)
    return paces, incomes


def money_pace(plan: Plan) -> list[Finding]:
    """plan.money_pace_unstated: a monthly sum to set aside that the person did not give, or
    that changes the sum they gave."""
    paces, incomes = _said_rates(plan)
    for mi, m in enumerate(plan.milestones):
        for ti, t in enumerate(m.tasks):
            hit = _PLANNED.search(t.title)
            if hit is None:
                continue
            planned = _monthly(hit.group(1), hit.group(2), hit.group(3) or hit.group(4) or "month")
            cur = hit.group(0)[0]
            if paces:
                said = max(paces)
                if abs(planned - said) <= max(50.0, CHANGED_BY * said):
                    return []
                why = f"the person said they can put about {cur}{said:,.0f} a month"
            elif incomes and planned > SHARE_OF_INCOME * max(incomes):
                why = (
                    f"that is over half of the {cur}{max(incomes):,.0f} a month they said they earn"
                )
            elif not incomes and planned >= UNSTATED_MONTHLY:
                why = "the person never said they can set that much aside"
            else:
                return []
            return [
                finding(
                    "plan.money_pace_unstated",
                    f"milestones[{mi}].tasks[{ti}]",
                    f"'{t.title}' asks for {cur}{planned:,.0f} a month, but {why}.",
                    "Plan with the monthly sum the person gave (or ask for it), and move the "
                    "deadline or the target to what that sum reaches.",
                )
            ]
    return []
