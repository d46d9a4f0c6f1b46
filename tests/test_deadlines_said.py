"""Deadline answers read as the person meant: a day of next month is that day; 'before' the
coming month, said days before it, is next year's; their own count after 'so' wins over a
named period; an earlier aim in the answer ('done 3 weeks before', 'a draft by ...') is the
date planned, the later one kept as the limit; a past attempt's length is no deadline; a past
day said exactly is next year's. Hand-written phrasings, none from the rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.answers import parse_answers
from assistant.understanding.deadlines import parse_deadline
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)
D = dt.date


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("insurance lapses on the 9th of next month", D(2026, 12, 9)),
        ("the 20th next month", D(2026, 12, 20)),
        ("finish the shed before december", D(2027, 11, 30)),
        ("by december", D(2026, 12, 31)),  # a month away: this December's end
        ("end of the fiscal year, so roughly 14 weeks", D(2027, 3, 5)),
        ("due june 3rd, so mid may really", D(2027, 5, 15)),  # the nearer aim still wins
    ],
)
def test_the_date_the_person_meant_is_read(said, day):
    assert parse_deadline(said, TODAY) == day


@pytest.mark.parametrize(
    ("said", "aim", "limit"),
    [
        ("closing date is 20 june, want it sorted 3 weeks before", D(2027, 5, 30), D(2027, 6, 20)),
        (
            "the recital is 12 may but rehearsals need it learnt by 20 april",
            D(2027, 4, 20),
            D(2027, 5, 12),
        ),
        ("grant closes 31 march, my boss wants a draft by 1 march", D(2027, 3, 1), D(2027, 3, 31)),
    ],
)
def test_an_earlier_aim_in_the_answer_is_planned_and_the_later_date_kept(said, aim, limit):
    typed = parse_answers({"deadline": said}, TODAY)
    assert typed["deadline"] == aim
    assert typed["deadline_limit"] == limit


def test_a_later_thing_months_after_the_date_is_no_earlier_aim():
    typed = parse_answers({"deadline": "test is 3 october, results needed by december"}, TODAY)
    assert typed["deadline"] == D(2027, 10, 3)
    assert "deadline_limit" not in typed


def test_a_past_attempts_length_is_no_deadline():
    u = understand("stop biting my nails, last time I lasted about 5 days", {}, TODAY)
    assert u.deadline > TODAY + dt.timedelta(weeks=3)  # the field's span, not 5 days
    assert "deadline" not in u.stated


def test_a_past_day_said_exactly_is_next_years_not_the_usual_span():
    u = understand(
        "pass the driving theory test, it's booked", {"deadline": "the 10th of november"}, TODAY
    )
    assert u.deadline == D(2027, 11, 10)


def test_before_the_coming_month_is_not_planned_to_the_days_left():
    u = understand("visit my brother in Lisbon", {"deadline": "before december"}, TODAY)
    assert u.deadline > TODAY + dt.timedelta(weeks=4)


def test_a_firm_debt_date_is_kept_with_the_monthly_amount_it_needs():
    u = understand(
        "clear my $5,000 store card at 20% APR by the end of next year, I can pay $250 a month",
        {},
        TODAY,
    )
    assert u.deadline == D(2027, 12, 31)  # their date, not where $250 a month gets
    assert "needs about $4" in u.notes["money"]  # about $430 a month, said beside it
