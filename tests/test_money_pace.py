"""A money target against the monthly amount the person said they can put in: when it falls
short, the plan says where that amount reaches by the date, when it reaches the target, and
the amount that keeps the date.

Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.understanding.capacity import said_monthly

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


@pytest.mark.parametrize(
    ("goal", "capacity", "baseline", "monthly"),
    [
        ("save for a new roof, I can set aside $300 a month", "", "", 300.0),
        ("build a rainy day fund", "maybe $150 a week", "", 150 * 52 / 12),
        ("pay down my student loan", "", "owe 9k, we could pay $450/month", 450.0),
        ("spend less on takeout", "", "about $400 a month on it", None),  # spent, not put in
    ],
)
def test_the_amount_a_month_they_can_put_in_is_read(goal, capacity, baseline, monthly):
    assert said_monthly(goal, capacity, baseline) == monthly


def test_a_monthly_amount_short_of_the_target_is_said_with_both_ways_out():
    plan = ENGINE.draft(
        "save $6,000 for a new roof by next september, I can set aside $300 a month", {}, TODAY
    )
    said = [a.text for a in plan.assumptions if "you said, you reach about" in a.text]
    assert said, [a.text for a in plan.assumptions]
    assert "$6,000 around" in said[0] and "a month keeps" in said[0], said[0]


def test_a_monthly_amount_that_reaches_the_target_adds_nothing():
    plan = ENGINE.draft(
        "save $2,000 for a new laptop by next october, I can put away $300 a month", {}, TODAY
    )
    assert not [a for a in plan.assumptions if "you said, you reach about" in a.text]
