"""A currency, a market or prices that "crashed" lost value: money, never a fatigue crash to pace
around (round 24 f17: "the naira crashed so my parents cant send what they planned" was met with
"Ask your doctor how to pace the goal around a crash")."""

from __future__ import annotations

import pytest

from tests.plans import offline_plan, task_titles


@pytest.mark.parametrize(
    ("goal", "constraint"),
    [
        (
            "save 6000 euros for my blocked account before the visa renewal in september",
            "the naira crashed so my family can't send as much",
        ),
        ("pay off my credit card, 3,000 rand left", "the rand crashed again and petrol went up"),
        ("build an emergency fund of $5,000 this year", "my shares tanked last month"),
    ],
)
def test_money_that_crashed_is_no_fatigue_crash(goal, constraint):
    titles = task_titles(offline_plan(goal, {"constraint": constraint}))
    assert "crash" not in titles and "doctor" not in titles and "activity cap" not in titles
