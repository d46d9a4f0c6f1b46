"""A budget the person states in an answer ("budget maybe £150 if DIY", "$300 budget"): the
plan's first step that spends money (buying, ordering, renting, hiring, pricing) is kept
within it, in their own words and currency, instead of the budget being read and dropped."""

from __future__ import annotations

import re

from assistant.models import Plan

_AMOUNT = r"([$£€₹]\s?\d[\d,]*(?:\.\d+)?\s?k?|\d[\d,]*(?:\.\d+)?\s?k?\s?(?:dollars|pounds|euros|usd|gbp|eur))"
_BUDGET_RE = re.compile(
    rf"\bbudget(?:\sis|\sof|\smaybe|\sabout|\saround|\sroughly|\slike|\sup to|:|\s~)*\s?{_AMOUNT}"
    rf"|{_AMOUNT}\s(?:budget|max|tops|to spend|at most)\b"
    rf"|\b(?:can|could) (?:only )?spend (?:up to |about |around |maybe )?{_AMOUNT}",
    re.IGNORECASE,
)
_SPENDS_RE = re.compile(
    r"^(?:buy|order|rent|hire|price|get quotes?|get a quote|book a|pick up|choose and buy)\b"
    r"|^(?:send|take)\b.*\b(?:service|shop|garage|lab|printer)\b",
    re.IGNORECASE,
)


def budget_said(answers: dict[str, str]) -> str:
    """The budget an answer states, as they wrote it ("£150"); "" when none is."""
    for value in answers.values():
        m = _BUDGET_RE.search(str(value or ""))
        if m:
            return " ".join(next(g for g in m.groups() if g).split())
    return ""


def within_budget(plan: Plan, answers: dict[str, str]) -> Plan:
    """Keep the plan's first spending step within the budget they gave."""
    budget = budget_said(answers)
    if not budget:
        return plan
    everything = " ".join(
        f"{t.title} {t.done_when}" for m in plan.milestones for t in m.tasks
    ).replace(" ", "")
    if budget.replace(" ", "") in everything:
        return plan
    for milestone in plan.milestones:
        for task in milestone.tasks:
            if _SPENDS_RE.match(task.title):
                task.title = f"{task.title.rstrip('.')}, within your {budget} budget"
                return plan
    return plan
