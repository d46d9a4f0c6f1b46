"""Money said as extra on top of what is paid now: the plan's pace is both together."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


@pytest.mark.parametrize(
    ("goal", "answers", "per_month"),
    [
        (
            "pay off the ¥380,000 I owe on my credit card",
            {
                "capacity": "I can pay ¥40,000 a month extra",
                "baseline": "paying the ¥10,000 minimum each month",
            },
            "¥50,000 a month",
        ),
        (
            "pay off my £3,000 store card",
            {"capacity": "£150 a month on top", "baseline": "I'm paying £60 a month at the moment"},
            "£210 a month",
        ),
        (
            "get rid of the $8,000 on my visa",
            {
                "capacity": "an extra $300 a month",
                "baseline": "$8k left, paying about $200 monthly",
            },
            "$500 a month",
        ),
    ],
)
def test_extra_money_is_added_to_what_they_already_pay(goal, answers, per_month):
    plan = ENGINE.draft(goal, answers, TODAY)
    assert any(per_month in a.text for a in plan.assumptions), [a.text for a in plan.assumptions]


def test_money_said_without_extra_is_the_whole_amount():
    plan = ENGINE.draft(
        "pay off my £3,000 store card",
        {"capacity": "£150 a month", "baseline": "I'm paying £60 a month at the moment"},
        TODAY,
    )
    assert any("£150 a month" in a.text for a in plan.assumptions)
