"""A plan in the units the person weighs in: stones and pounds when they wrote "15st 4",
never the pounds the reading turned them into."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.engines.offline.plan_texts import rewrite_texts
from assistant.language.text import in_stones, says_stones

if TYPE_CHECKING:
    from assistant.models import Plan


def in_their_units(plan: Plan, said: str) -> Plan:
    """Every text of the plan with weights put in stones when ``said`` (the goal and the
    answers as written) gives a weight in stones; the metric keeps pounds to count in."""
    if not says_stones(said) or plan.goal.metric.unit != "lb":
        return plan  # a lift in pounds beside a body weight in stones stays in pounds
    return rewrite_texts(plan, in_stones)
