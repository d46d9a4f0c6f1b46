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


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("during advent", dt.date(2026, 12, 24)),
        ("by thanksgiving", dt.date(2027, 11, 25)),  # the 4th Thursday of November
        ("before ramadan", dt.date(2027, 2, 8)),
        ("by eid", dt.date(2027, 3, 10)),
        ("before hanukkah", dt.date(2026, 12, 4)),
        ("by passover", dt.date(2027, 4, 21)),
        ("the next couple months", dt.date(2027, 1, 27)),
        ("over the next few months", dt.date(2027, 2, 27)),
    ],
)
def test_feasts_and_loose_spans_are_deadlines(said, day):
    assert parse_answers({"deadline": said}, TODAY)["deadline"] == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("christmas 2027", dt.date(2027, 12, 25)),  # the year they gave
        ("by next christmas, not this one", dt.date(2027, 12, 25)),
        ("next christmas", dt.date(2027, 12, 25)),  # this one is four weeks away
        ("by christmas", dt.date(2026, 12, 25)),
        ("easter 2028", dt.date(2028, 4, 16)),
    ],
)
def test_a_feast_with_its_year_or_next_is_that_one(said, day):
    assert parse_answers({"deadline": said}, TODAY)["deadline"] == day


@pytest.mark.parametrize(
    ("goal", "day"),
    [
        ("learn 2 surahs by heart before ramadan", dt.date(2027, 2, 8)),
        (
            "get the old camcorder tapes digitised by next christmas, not this one",
            dt.date(2027, 12, 25),
        ),
        ("finish the advent calendar I'm sewing during advent", dt.date(2026, 12, 24)),
    ],
)
def test_a_feast_named_in_the_goal_is_its_deadline(goal, day):
    from assistant.understanding.goal import understand

    assert understand(goal, {}, TODAY).deadline == day
