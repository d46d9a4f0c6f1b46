"""A money target against the monthly amount the person said they can put in: the amount is
read from where they said it, and when it falls short of a firm date the plan says where it
reaches, when it reaches the target and what keeps the date.

Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.understanding.money_rate import monthly_amount

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


@pytest.mark.parametrize(
    ("text", "asked", "monthly"),
    [
        ("save for a new roof, I can set aside $300 a month", False, 300.0),
        ("maybe $150 a week", True, round(150 * 52 / 12, 2)),
        ("owe 9k, we could pay $450/month", False, 450.0),
        ("about $400 a month on it, way too much", False, None),  # spent, not put in
    ],
)
def test_the_amount_a_month_they_can_put_in_is_read(text, asked, monthly):
    assert monthly_amount(text, asked=asked) == monthly


def test_a_monthly_amount_short_of_a_firm_date_is_said_with_both_ways_out():
    plan = ENGINE.draft(
        "save $6,000 for a new roof by 30 september, I can set aside $500 a month",
        {"deadline": "30 september, the roofer is booked"},
        TODAY,
    )
    gap = [a.text for a in plan.assumptions if a.text.startswith("At your $500 a month")]
    assert gap == [
        "At your $500 a month you reach about $5,000 by 30 September 2027; $6,000 by then "
        "needs about $600 a month, or until about November 2027 at your amount"
    ]
    assert plan.goal.deadline == dt.date(2027, 9, 30) and plan.goal.metric.target == 6000


def test_a_monthly_amount_that_reaches_the_target_adds_no_gap():
    plan = ENGINE.draft(
        "save $2,000 for a new laptop by next october, I can put away $300 a month", {}, TODAY
    )
    assert not [a for a in plan.assumptions if "needs about" in a.text]
