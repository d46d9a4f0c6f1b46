"""Days of one month are a window to its last day ('june 1-30', not 1 June, the day a June
challenge starts: round 22's coach); a span the goal gives counts from the start the answer
gives ('a 100 day challenge', 'starts jan 1'). Paraphrases of our own."""

import datetime as dt

import pytest

from assistant.understanding.answers import parse_answers
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("april 1-30", dt.date(2027, 4, 30)),
        ("march 5 - 19", dt.date(2027, 3, 19)),
        ("the 2nd to the 16th of may", dt.date(2027, 5, 16)),
        ("from july 1 to 31", dt.date(2027, 7, 31)),
    ],
)
def test_days_of_one_month_end_on_the_last(said, day):
    assert parse_answers({"deadline": said}, TODAY, strict=False).get("deadline") == day


@pytest.mark.parametrize(
    ("goal", "said", "day"),
    [
        ("complete a 75 day fitness challenge", "starting jan 1", dt.date(2027, 3, 16)),
        ("do a 30 day no-spend challenge", "starts the 1st of february", dt.date(2027, 3, 2)),
        ("complete a 12 week strength programme", "beginning jan 4", dt.date(2027, 3, 28)),
    ],
)
def test_a_span_counts_from_the_start_said(goal, said, day):
    u = understand(goal, {"deadline": said}, TODAY)
    assert u.deadline == day
    assert "when you start" in u.notes["deadline"]


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("autumn sometime", dt.date(2027, 11, 30)),
        ("Summer at some point", dt.date(2027, 8, 31)),
        ("next spring sometime", dt.date(2027, 5, 31)),
    ],
)
def test_a_season_sometime_is_in_that_season(said, day):
    assert parse_answers({"deadline": said}, TODAY, strict=False).get("deadline") == day
