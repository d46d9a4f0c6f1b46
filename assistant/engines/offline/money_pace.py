"""A money target against the monthly amount the person said they can put in: when "$500 a
month" does not reach "$10,000 by next December", the plan says where that amount does reach
and when, beside the amount the plan's transfer needs, so the person picks one.
"""

from __future__ import annotations

import datetime as dt
import math

from assistant.models import Assumption, Plan
from assistant.playbooks import fmt_value
from assistant.understanding.facts import Understanding

_DAYS_A_MONTH = 30.4


def say_money_pace(plan: Plan, u: Understanding) -> Plan:
    """Add the arithmetic when the stated monthly amount falls short of the target by the
    deadline: where it reaches by then, the date it reaches the target, and what would."""
    monthly = u.monthly_said
    if not monthly or not u.playbook.money or u.rate_period or u.reducing:
        return plan
    remaining = u.target - (u.baseline or 0)
    months = max((u.deadline - u.today).days / _DAYS_A_MONTH, 1)
    need = math.ceil(remaining / months / 10) * 10
    if remaining <= 0 or monthly >= need * 0.95:
        return plan
    reached = (u.baseline or 0) + monthly * months
    later = u.today + dt.timedelta(days=math.ceil(remaining / monthly * _DAYS_A_MONTH))
    by = f"{u.deadline.day} {u.deadline:%B %Y}"
    plan.assumptions.append(
        Assumption(
            text=(
                f"At the {fmt_value(monthly, u.unit)} a month you said, you reach about "
                f"{fmt_value(round(reached, -1), u.unit)} by {by} and "
                f"{fmt_value(u.target, u.unit)} around {later:%B %Y}; {fmt_value(need, u.unit)} a "
                f"month keeps {by}. Pick one: the higher amount, or the later date"
            ),
            source="stated",  # arithmetic on what they said, not a guess
            key="deadline",
        )
    )
    return plan
