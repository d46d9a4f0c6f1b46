"""What a goal counts over time: the money a month given to a sum, a run of days, a period."""

from __future__ import annotations

import re

from assistant.understanding.facts import Understanding
from assistant.understanding.money_rate import monthly_amount


def money_a_month(u: Understanding, goal: str, answers: dict[str, str]) -> float | None:
    """The money a month they said they can give a goal of saving or paying off a sum."""
    if not u.playbook.money or u.rate_period or u.reducing or u.playbook.lower_is_better:
        return None
    said = str(answers.get("capacity") or "")
    given = monthly_amount(said, asked=True)
    if given and _ON_TOP_RE.search(said.lower()):  # "¥40,000 a month extra" beside the minimum
        paying = _PAYING_RE.search(str(answers.get("baseline") or "").lower())
        number = re.search(r"(\d[\d,]*(?:\.\d+)?)(k)?", paying.group(0)) if paying else None
        now = (
            float(number.group(1).replace(",", "")) * (1000 if number.group(2) else 1)
            if number
            else None
        )
        return given + now if now else given
    return given or next(
        (
            found
            for text in (str(answers.get("baseline") or ""), goal)
            if (found := monthly_amount(text))
        ),
        None,
    )


# money said as more than what is paid now, and what is paid now
_ON_TOP_RE = re.compile(
    r"\b(?:extra|on top|more than (?:the |my )?minimum|over (?:the |my )?minimum|additional)\b"
)
_PAYING_RE = re.compile(
    r"\bpay(?:ing)?\s(?:the\s|about\s|around\s)?[^\s,;]*\d[\d,.]*k?\s?(?:minimum|min|a month|"
    r"per month|monthly|each month)(?:\s(?:a month|each month|per month))?"
)
RUN_SPAN_RE = re.compile(
    r"\b(?:sober|clean|[a-z]+[- ]free|quit [a-z]+|stop [a-z]+|off [a-z]+|without [a-z]+|no [a-z]+)"
    r" for (?:a|an|one|(\d+)) (year|month|week)s?\b(?! ago)"
)
_PER_RE = re.compile(r"\b(?:a|per|each) (day|week|month)\b")
# the run said before what it goes without ("a full week without yelling", "10 days without
# a cigarette"): its length in days is the target of a streak measure
_RUN_AHEAD_RE = re.compile(
    r"\b(?:(?:a|an|one)\s(?:full\s|whole\s|entire\s)?|(\d{1,3})\s)(day|week|fortnight|month|year)s?"
    r"\s(?:in a row\s|straight\s)?without\b"
)


def run_ahead(core: str) -> float | None:
    """Days in the run the goal says before its 'without' ("a whole month without shouting":
    30), or None."""
    m = _RUN_AHEAD_RE.search(core)
    if not m:
        return None
    per = {"day": 1, "fortnight": 14, **DAYS_IN}[m.group(2)]
    return float(int(m.group(1) or 1) * per)


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
