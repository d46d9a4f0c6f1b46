"""A money goal held to the income the person stated: a date that needs more a month than
their pay leaves is said plainly, and the plan runs to the date a fair share of it reaches."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import TYPE_CHECKING

from assistant.language import normalize
from assistant.playbooks import MONEY_UNITS
from assistant.understanding.money_rate import add_months

if TYPE_CHECKING:
    from assistant.understanding.facts import Understanding

SHARE_LEFT = 0.5  # the most of what is left after rent a plan may ask for (validators agree)
SHARE_SAVED = 0.2  # a fifth of take-home: the share budgeting rules (50/30/20) give to saving
_NUMBER = r"[£$€₹]?\s?(\d[\d,]*(?:\.\d+)?)\s?(k)?"
_PERIOD = r"\s?(?:a|per|/|each|every)\s?(month|mo|year|yr|week|wk)\b"
_INCOME_RE = re.compile(
    r"\b(?:take[- ]?home|income|salary|net pay|(?:i|we) (?:make|earn|bring in|take home)|"
    r"get paid|earning|making)\b(?:\s(?:is|of|about|around|roughly|like|only|pay)){0,3}\s?"
    + _NUMBER
    + _PERIOD
)
_FIXED_RE = re.compile(
    r"\b(?:rent|mortgage)\b(?:\s(?:is|of|about|around|roughly|like)){0,2}\s?" + _NUMBER
)
_PER_MONTH = {"month": 1.0, "mo": 1.0, "year": 1 / 12, "yr": 1 / 12, "week": 52 / 12, "wk": 52 / 12}


def _amount(number: str, thousands: str | None) -> float:
    return float(number.replace(",", "")) * (1000 if thousands else 1)


def income_said(text: str) -> tuple[float, float] | None:
    """(take-home a month, rent or mortgage a month) the text states; None with no income."""
    said = normalize(text)
    m = _INCOME_RE.search(said)
    if m is None:
        return None
    income = _amount(m.group(1), m.group(2)) * _PER_MONTH[m.group(3)]
    fixed = _FIXED_RE.search(said)
    rent = _amount(fixed.group(1), fixed.group(2)) if fixed else 0.0
    return income, rent if rent < income else 0.0


def hold_to_income(u: Understanding) -> None:
    """A sum to save or pay off by a date that needs over half of what their stated income
    leaves after rent: the plan moves a fifth of take-home a month (at most that half) and
    runs to the date it reaches, and the note says why in their numbers."""
    pb = u.playbook
    if not pb.money or pb.rate_builds or pb.lower_is_better or u.rate_period or u.reducing:
        return
    if u.money_per_month or u.unit not in MONEY_UNITS:
        return
    said = income_said(" ".join((u.text, u.baseline_said, u.constraint or "", u.why or "")))
    remaining = u.target - (u.baseline or 0)
    if said is None or remaining <= 0:
        return
    income, rent = said
    months_left = max((u.deadline - u.today).days / 30.44, 0.5)
    needed = remaining / months_left
    room = SHARE_LEFT * (income - rent)
    if needed <= room:
        return
    pace = max(10.0, math.floor(min(SHARE_SAVED * income, room) / 10) * 10)
    months = math.ceil(remaining / pace - 1e-9)
    after = f" after {u.value(rent)} rent" if rent else ""
    u.notes["deadline"] = (
        f"{u.deadline:%d %B %Y} needs about {u.value(math.ceil(needed / 10) * 10)} a month, more "
        f"than half of what your {u.value(income)} take-home leaves{after}; at about "
        f"{u.value(pace)} a month it is reached by {add_months(u.today, months):%B %Y}, so the "
        f"plan runs to then: tell me what you can really put aside and the date moves with it"
    )
    u.notes["money_assumed"] = (
        f"About {u.value(pace)} a month goes to this goal, a fifth of your take-home or less"
    )
    u.money_per_month = pace
    u.deadline = max(add_months(u.today, months), u.today + dt.timedelta(weeks=13))
    u.stated.discard("deadline")
    u.stated.add("deadline_moved")
