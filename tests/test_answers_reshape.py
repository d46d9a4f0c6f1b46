"""Answers change what is planned, not only what is noted: a booked exam is not booked again,
listed debts are paid highest rate first and named, money said a fortnight moves that amount
each payday, a bare number answering what they can give a money goal is money, and a date
their amount cannot meet says the amount that would meet it.

Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.offline.budget_said import budget_said
from assistant.engines.offline.debt_order import debts_said
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.free_money import match_unclaimed
from assistant.language.held import held_in
from assistant.models import Plan
from assistant.understanding.money_rate import bare_amount, monthly_amount

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


def _titles(plan: Plan) -> list[str]:
    return [m.title for m in plan.milestones] + [t.title for m in plan.milestones for t in m.tasks]


def _assumed(plan: Plan) -> str:
    return "\n".join(a.text for a in plan.assumptions)


def test_a_booked_exam_is_neither_a_milestone_nor_a_step():
    plan = ENGINE.draft(
        "pass the CFA level 1 exam on my second try",
        {
            "deadline": "my test date is booked for 20 March, can't move it",
            "capacity": "12 hours a week",
            "baseline": "failed once, used Kaplan",
        },
        TODAY,
    )
    titles = _titles(plan)
    assert not [t for t in titles if "booked" in t.lower() or t.lower().startswith("book the")], (
        titles
    )


def test_booked_read_only_when_it_is_booked():
    assert held_in("exam booked for the 3rd of June")
    assert held_in("I'm retaking in 8 weeks")
    assert not held_in("exam not booked yet")
    assert not held_in("I haven't booked the test")
    assert not held_in("need to book the exam")


def test_listed_debts_are_read_with_their_rates_highest_first():
    debts = debts_said("Visa $2,400 at 21%, car loan: $9k @ 6.9% and Amex $800 (27.5%)")
    assert [(d.name, d.amount, d.rate) for d in debts] == [
        ("Amex", 800.0, 27.5),
        ("Visa", 2400.0, 21.0),
        ("car loan", 9000.0, 6.9),
    ]
    assert debts_said("I owe $5,000 at 24% APR") == []  # one debt, no list to order


def test_the_extra_payment_goes_to_the_highest_rate_they_listed():
    plan = ENGINE.draft(
        "clear my credit card debt, about $8,300 across three cards",
        {
            "deadline": "within 3 years",
            "capacity": "$400 a month on top of the minimums",
            "baseline": "Visa $2,400 at 21%, Mastercard $5,100 @ 24.5%, Amex $800 at 18%",
        },
        TODAY,
    )
    titles = _titles(plan)
    extra = next(t for t in titles if t.startswith("Set up $400 a month"))
    assert "Mastercard" in extra and "24.5%" in extra, extra
    rolled = next(t for t in titles if t.startswith("When Mastercard is paid off"))
    assert rolled.index("Visa") < rolled.index("Amex"), rolled
    assert not [t for t in titles if "the lender with the highest rate" in t]


def test_a_date_their_payment_cannot_meet_says_the_payment_that_would():
    plan = ENGINE.draft(
        "pay off my $9,000 overdraft and loan, APR is 22%",
        {"deadline": "by next September", "capacity": "I can put $300 a month towards it"},
        TODAY,
    )
    text = _assumed(plan)
    assert "$300 a month" in text and "by your date needs about $" in text, text


def test_money_a_fortnight_is_read_and_moved_each_payday():
    assert monthly_amount("we can do $1,200 a fortnight between us", asked=True) == 2600
    assert monthly_amount("£90 every two weeks", asked=True) == 195
    plan = ENGINE.draft(
        "save $25k for a wedding",
        {"deadline": "in a year", "capacity": "about $1,000 a fortnight"},
        TODAY,
    )
    transfer = next(t for t in _titles(plan) if "on payday" in t)
    assert "$1,000 on payday, every fortnight" in transfer, transfer


def test_a_fortnightly_amount_short_of_the_date_says_what_a_fortnight_meets_it():
    plan = ENGINE.draft(
        "save $40k for a deposit by June 2027, we have $10k",
        {"deadline": "June 2027", "capacity": "$800 a fortnight"},
        TODAY,
    )
    text = _assumed(plan)
    assert "$800 a fortnight" in text and "a fortnight" in text.split("needs about")[1], text


def test_a_bare_number_for_a_money_goal_is_money_a_month():
    assert bare_amount("idk maybe 150") == 150
    assert bare_amount("around $300?") == 300
    assert bare_amount("4") is None  # hours, sessions or nothing: not money
    assert bare_amount("300 a week") is None  # a rate is read elsewhere
    plan = ENGINE.draft(
        "start saving",
        {"deadline": "by the end of March", "capacity": "dunno, maybe 150", "baseline": "zero"},
        TODAY,
    )
    text = _assumed(plan)
    assert "$150 a month goes to this goal" in text, text
    assert "You did not say how much time" not in text
    assert "$600" in plan.goal.statement, plan.goal.statement  # four months of $150, no guess


def test_a_stated_budget_is_read_as_they_wrote_it():
    assert budget_said({"capacity": "sundays, budget maybe €120 all in"}) == "€120"
    assert budget_said({"constraint": "$250 max for the whole thing"}) == "$250"
    assert budget_said({"capacity": "money is tight, no budget really"}) == ""


def test_the_spending_step_keeps_to_the_budget_they_gave():
    plan = ENGINE.draft(
        "fix the rust bubbles on my van's sills myself before its inspection in May",
        {"deadline": "inspection is 2 May", "capacity": "saturdays, budget about £120"},
        TODAY,
    )
    spending = [t for t in _titles(plan) if "£120" in t]
    assert spending and spending[0].lower().startswith(("buy", "order", "price")), _titles(plan)


def test_an_unclaimed_employer_match_is_claimed_first():
    assert match_unclaimed("there's a 401k match at work I'm not using")
    assert not match_unclaimed("I already get the full match")
    plan = ENGINE.draft(
        "start saving for retirement, I'm 50 with $20k in an IRA",
        {"capacity": "$400 a month", "baseline": "my job offers a match, not taking it yet"},
        TODAY,
    )
    first = plan.milestones[0].tasks[0]
    assert "match" in first.title and (first.due - TODAY).days <= 7, first
    assert not [a for a in plan.assumptions if "checks a month" in a.text]


def test_the_higher_amount_they_offer_is_dated_beside_their_usual_one():
    plan = ENGINE.draft(
        "build a rainy day fund of $4,000, I have $500 now",
        {"deadline": "by next summer ideally", "capacity": "$150 a month, maybe $250 some months"},
        TODAY,
    )
    text = _assumed(plan)
    assert "at $250 a month" in text and "needs about $" in text, text


def test_the_eval_flags_a_transfer_never_said_and_not_time_in_words():
    from evals.money_answers import money_ignored

    plan = ENGINE.draft("save $9,000 for a car by next December", {}, TODAY)
    transfer = next(t for t in _titles(plan) if "on payday" in t)
    assert money_ignored("save $9,000", {"capacity": "$120 a month"}, plan) == [
        f"transfer not their amount: {transfer[:60]!r}"
    ]
    assert money_ignored("save $9,000", {"capacity": "a couple hours a month"}, plan) == []
