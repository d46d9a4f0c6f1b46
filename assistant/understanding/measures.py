"""What a goal counts over time: the money a month given to a sum, a run of days, a period."""

from __future__ import annotations

import re

from assistant.understanding.facts import Understanding
from assistant.understanding.money_rate import monthly_amount


def money_a_month(u: Understanding, goal: str, answers: dict[str, str]) -> float | None:
    """The money a month they said they can give a goal of saving or paying off a sum."""
    if not u.playbook.money or u.rate_period or u.reducing or u.playbook.lower_is_better:
        return None
    return monthly_amount(str(answers.get("capacity") or ""), asked=True) or next(
        (
            found
            for text in (str(answers.get("baseline") or ""), goal)
            if (found := monthly_amount(text))
        ),
        None,
    )


RUN_SPAN_RE = re.compile(
    r"\b(?:sober|clean|[a-z]+[- ]free|quit [a-z]+|stop [a-z]+|off [a-z]+|without [a-z]+|no [a-z]+)"
    r" for (?:a|an|one|(\d+)) (year|month|week)s?\b(?! ago)"
)
_PER_RE = re.compile(r"\b(?:a|per|each) (day|week|month)\b")


def measured_per(playbook: object) -> str | None:
    """The period a field's own measure is counted in ("spending in the category a month")."""
    m = _PER_RE.search(str(getattr(playbook, "metric_name", "")))
    return m.group(1) if m else None


DAYS_IN = {"year": 365, "month": 30, "week": 7}
SCOPE_RE = re.compile(r"\b(?:every|all|each|whole|entire)\b")
