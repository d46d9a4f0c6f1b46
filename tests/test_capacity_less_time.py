"""Time answers that give no hours but say why: the goal is about spending less time ("the
point is to work less"), or the week is already full ("can't add hours, already doing
55/wk"). Read in their words, never as 'you did not say'. Hand-written phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.answers import parse_answers

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    "said",
    [
        "honestly the whole point is to work less",
        "it's about spending fewer hours at my desk lol",
        "none, this should free up time",
        "the goal is to get hours back, not spend them",
    ],
)
def test_a_goal_about_less_time_is_read_as_that(said: str) -> None:
    read = parse_answers({"capacity": said}, TODAY)
    assert read.get("capacity") is None
    assert read["capacity_said"].kind == "less_time"
    assert "gives time back" in read["capacity_said"].note()


@pytest.mark.parametrize(
    "said",
    [
        "can't add hours, already at 55/wk",
        "I cannot put in extra time, I'm already doing 60 per week",
        "no spare hours really",
    ],
)
def test_a_full_week_is_read_as_no_extra_hours(said: str) -> None:
    read = parse_answers({"capacity": said}, TODAY)
    assert read.get("capacity") is None
    assert read["capacity_said"].kind == "in_work"
