"""Deadline answers read as meant: a window counted from a day already past, a start said
with 'from' rather than an end, and a year the goal names kept when the answer names the day."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.answers import parse_answers
from assistant.understanding.deadlines import parse_deadline
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("90 days from sept 10", dt.date(2026, 12, 9)),  # the window opened in September
        ("you get 6 months from the 2nd of november to reply", dt.date(2027, 5, 2)),
        ("I have 120 days from the notice dated Aug 20", dt.date(2026, 12, 18)),
        ("a year from 1 october", dt.date(2027, 10, 1)),  # most of it still to come
    ],
)
def test_a_window_counted_from_a_day_past_runs_from_that_day(said: str, expected: dt.date) -> None:
    assert parse_deadline(said, TODAY) == expected


def test_a_span_from_a_day_still_ahead_counts_from_it() -> None:
    assert parse_deadline("8 weeks from jan 4", TODAY) == dt.date(2027, 3, 1)
    assert parse_deadline("3 months starting the 1st", TODAY) == dt.date(2027, 3, 1)
    assert parse_deadline("a year from 20 april", TODAY) == dt.date(2028, 4, 20)  # mostly gone


@pytest.mark.parametrize(
    "said",
    [
        "from the first week of december, hopefully",
        "as of february ideally",
        "starting from next monday if i can",
        "from the new year",
    ],
)
def test_an_answer_that_only_says_when_it_begins_is_a_start(said: str) -> None:
    read = parse_answers({"deadline": said}, TODAY)
    assert read.get("deadline") is None
    assert read.get("starts") == said


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("from now until the end of march", dt.date(2027, 3, 31)),
        ("from the 1st, for 10 weeks", dt.date(2027, 2, 9)),
    ],
)
def test_a_start_with_its_end_or_length_still_gives_the_end(said: str, expected) -> None:
    assert parse_answers({"deadline": said}, TODAY)["deadline"] == expected


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        (
            "appeal the parking fine, I have 90 days from the notice dated 20 sept",
            dt.date(2026, 12, 19),
        ),
        ("file my tax objection: 60 days from the assessment of 5 november", dt.date(2027, 1, 4)),
        ("dispute the hospital bill, they gave me 120 days from oct 15", dt.date(2027, 2, 12)),
    ],
)
def test_a_window_the_goal_counts_from_a_past_day_ends_when_it_closes(goal, expected) -> None:
    assert understand(goal, {}, TODAY).deadline == expected


@pytest.mark.parametrize(
    ("goal", "answer", "expected"),
    [
        (
            "sew a quilt for my niece for christmas 2027",
            "christmas, she can't know",
            dt.date(2027, 12, 25),
        ),
        ("run a half marathon on 12 april 2028", "april 12", dt.date(2028, 4, 12)),
        ("build a treehouse for my son by 1 june 2028", "june 1st", dt.date(2028, 6, 1)),
    ],
)
def test_a_year_the_goal_names_is_kept_when_the_answer_names_only_the_day(
    goal, answer, expected
) -> None:
    assert understand(goal, {"deadline": answer}, TODAY).deadline == expected


@pytest.mark.parametrize(
    "goal",
    [
        "cut down the cigarettes, I finish a pack every 2-3 days",
        "stop buying takeaway, right now I order every 3 to 4 days",
        "quit energy drinks, I get through a crate every two or three weeks",
        "stop vaping, one pod lasts me every 4-5 days",
    ],
)
def test_a_rhythm_given_as_a_range_is_no_deadline(goal) -> None:
    u = understand(goal, {}, TODAY)
    assert u.deadline > TODAY + dt.timedelta(weeks=4)
    assert "deadline" not in u.stated
