"""Every number the person wrote is kept: debts named side by side are one total to clear,
money in any currency keeps its currency, and the audit (evals.numbers_kept) finds a number
lost or changed. Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from evals.numbers_kept import audit

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


@pytest.mark.parametrize(
    ("goal", "total", "unit"),
    [
        ("pay off $3,200 on my visa and $1,100 on my car loan by next summer", 4300, "USD"),
        (
            "get rid of my ₹80,000 personal loan and ₹25,000 credit card dues this year",
            105000,
            "INR",
        ),
        (
            "I owe R12k on a store account plus R4k to my uncle, want it gone by December",
            16000,
            "ZAR",
        ),
        ("clear the €2,300 on my store card and my €900 overdraft by the summer", 3200, "EUR"),
    ],
)
def test_debts_named_side_by_side_are_one_total_to_clear(goal, total, unit):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert (plan.goal.metric.target, plan.goal.metric.unit) == (total, unit)
    assert plan.milestones[-1].metric.target == total


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("pay off my $6,000 card, paying $300 a month", 6000),  # a payment is no debt
        ("pay off $5,000 of my $12,000 student loan this year", 5000),  # a part of one debt
        ("pay off my $8,000 loan and save $2,000 for emergencies", 8000),  # a saving, not owed
    ],
)
def test_a_payment_a_part_or_a_saving_is_never_added_to_the_debt(goal, target):
    assert ENGINE.draft(goal, {}, TODAY).goal.metric.target == target


@pytest.mark.parametrize(
    ("answer", "total"),
    [
        ("card is about 3k and the overdraft is 800", 3800),
        ("visa 2,400 at 21%, mastercard 1,100 at 18%, I pay 150 a month", 3500),
        ("£2,400 on the visa and £1,100 on the barclaycard", 3500),
    ],
)
def test_debts_listed_in_the_start_answer_are_all_cleared(answer, total):
    plan = ENGINE.draft("become debt free", {"baseline": answer}, TODAY)
    assert plan.goal.metric.target == total


def test_the_audit_finds_a_debt_dropped_from_the_total_and_a_number_never_planned():
    goal = "pay off my $2,000 card and my $700 overdraft"
    plan = ENGINE.draft(goal, {}, TODAY)
    plan.goal.metric.target = 2000  # one debt of the two, as the planner once did
    counts, _ = audit(goal, {}, plan)
    assert counts["part_dropped"] == 1
    kept_plan = ENGINE.draft(goal, {}, TODAY)
    assert audit(goal, {}, kept_plan)[0]["part_dropped"] == 0
    counts, lines = audit(goal, {"baseline": "about 950 quid in savings"}, kept_plan)
    assert counts["lost"] == 1 and any("950" in line for line in lines)


@pytest.mark.parametrize(
    ("goal", "target", "unit"),
    [
        ("save KSh 300,000 for a motorbike by next december", 300000, "KES"),
        ("put aside CAD 6,000 for a car", 6000, "CAD"),
        ("save GHS 20,000 for my wedding by august", 20000, "GHS"),
        ("save 90,000 shillings for school fees", 90000, "KES"),
        ("a rainy day fund of ₹1,50,000 by next year", 150000, "INR"),
        ("save NZ$12,000 towards a house deposit by the end of next year", 12000, "NZD"),
    ],
)
def test_money_in_any_currency_keeps_its_currency_and_amount(goal, target, unit):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert (plan.goal.metric.target, plan.goal.metric.unit) == (target, unit)


@pytest.mark.parametrize(
    ("capacity", "monthly"),
    [("KSh 5,000", "5,000 KES"), ("maybe A$250", "250 AUD"), ("rs. 4,000 ish", "₹4,000")],
)
def test_a_bare_amount_a_month_is_read_in_any_currency(capacity, monthly):
    plan = ENGINE.draft("save 60,000 for a deposit", {"capacity": capacity}, TODAY)
    money = next(a.text for a in plan.assumptions if a.key == "money")
    assert monthly in money


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("build an emergency fund of NZ$12,000, I can put away NZ$500 a month", 12000),
        ("I want an emergency fund of £9,000, I can put away £300 a month", 9000),
        ("a holiday fund of €4,000, I could set aside €250 a month", 4000),
    ],
)
def test_a_total_followed_by_a_comma_and_a_pace_stays_the_total(goal, target):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert plan.goal.metric.target == target
    assert plan.goal.metric.target == plan.milestones[-1].metric.target


@pytest.mark.parametrize(
    ("goal", "answer", "total"),
    [
        ("clear my €3,000 credit card", "€3,000 on the card, plus €650 I owe my brother", 3650),
        (
            "pay off my ₹1,20,000 card debt",
            "the card is ₹1,20,000 and there's a ₹30,000 phone EMI too",
            150000,
        ),
        (
            "pay off my $5,000 visa this year",
            "$5,000 balance, minimum is $120, and I also have $900 on a store card",
            5900,
        ),
    ],
)
def test_another_debt_in_the_start_answer_joins_the_goals_debt(goal, answer, total):
    plan = ENGINE.draft(goal, {"baseline": answer}, TODAY)
    assert plan.goal.metric.target == total


def test_a_start_answer_restating_the_debts_leaves_the_goals_total():
    goal = "pay off my store card (R9,000) and my R2,000 overdraft"
    answer = "card is R9,150, overdraft R1,950 used out of R2,000, minimum about R400"
    assert ENGINE.draft(goal, {"baseline": answer}, TODAY).goal.metric.target == 11000


def test_the_audit_counts_a_debt_summed_into_the_target_as_kept():
    goal, answers = "pay off my £2,000 card", {"baseline": "£2,000 on it and £700 on a store card"}
    plan = ENGINE.draft(goal, answers, TODAY)
    assert plan.goal.metric.target == 2700
    counts, lines = audit(goal, answers, plan)
    assert not any("700" in line for line in lines), lines
