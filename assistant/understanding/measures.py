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

_TIMES = r"(\d{1,2}) (?:times?|nights?|days?|evenings?|meals?|orders?)"
_CAP_RE = re.compile(
    rf"\b{_TIMES} (?:a|per) (week|month)\s?(?:max(?:imum)?|at most|tops|or less|or fewer)\b|"
    rf"\b(?:max(?:imum)?|at most|no more than|down to|cut (?:it |that |this )?(?:down )?to|"
    rf"(?:like|want) it to be|only|just) {_TIMES} (?:a|per) (week|month)\b"
)


def said_cap(core: str) -> tuple[float, str] | None:
    """A frequency cap said as the goal ('once a week max', 'down to 2 nights a week'): how
    many times in which period, which stays a count and is never turned into money."""
    m = _CAP_RE.search(core)
    if not m:
        return None
    times, period = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return float(times), period
