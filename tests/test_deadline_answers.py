"""Deadline answers where a month name fixes the date better than the generic reader."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.answers import parse_answers

TODAY = dt.date(2026, 11, 27)
D = dt.date


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("march, the exam is the 9th", D(2027, 3, 9)),  # the day they named in that month
        ("90 days from february 1", D(2027, 5, 2)),  # a span counted from a named date
        ("a year from march 1", D(2028, 3, 1)),
        ("harvest festival, so september", D(2027, 9, 30)),  # a month beats a season
        ("we move in june", D(2027, 5, 31)),  # ready before the month the move begins
        ("the shop opens in april", D(2027, 3, 31)),
        ("june, but tickets sell out by february", D(2027, 6, 30)),  # the month said first
        ("appraisal closes in november", D(2027, 11, 30)),  # not the three days left now
        ("this november", D(2026, 11, 30)),  # unless they say this one
        ("june 7", D(2027, 6, 7)),
        ("by june", D(2027, 6, 30)),
    ],
)
def test_a_month_in_a_deadline_answer_fixes_the_date(said, day):
    assert parse_answers({"deadline": said}, TODAY)["deadline"] == day
