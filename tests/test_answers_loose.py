"""Answers as people type them: read when they say something, left open when they do not know."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.errors import InputError
from assistant.understanding.answers import parse_answers

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("key", "said", "read"),
    [
        ("capacity", "weekends", 4.0),
        ("capacity", "idk, weekends mostly", 4.0),
        ("capacity", "saturdays", 3.0),
        ("capacity", "evenings after the kids are down", 4.0),
        ("capacity", "full time basically, I'm between jobs", 35.0),
        ("capacity", "whatever it takes", 10.0),
        ("capacity", "I can lift 3x a week", 2.25),
        ("capacity", "4 runs a week", 3.0),
        ("capacity", "maybe 3 hrs a wek", 3.0),
        ("capacity", "30 min a day", 3.5),
        ("capacity", "an hour a night", 7.0),
        ("capacity", "30 mins before bed", 3.5),  # every night, as "an hour a night" is
        ("capacity", "45 min", 3.75),
        ("deadline", "asap", TODAY + dt.timedelta(weeks=6)),
        ("deadline", "by june", dt.date(2027, 6, 30)),
    ],
)
def test_loose_answers_are_read(key, said, read):
    assert parse_answers({key: said}, TODAY)[key] == read


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("deadline", "idk"),
        ("deadline", "no deadline really"),
        ("deadline", "ongoing"),
        ("deadline", "starting monday"),
        ("capacity", "n/a"),
        ("capacity", "$600/month"),  # money, not time: left open, so the plan assumes
        ("capacity", "can put away maybe 400/mo"),
        ("baseline", "not sure"),
        ("capacity", "I already work 50 hrs a week"),  # the job's hours, not free time
    ],
)
def test_i_dont_know_leaves_the_question_open(key, said):
    assert key not in parse_answers({key: said}, TODAY)


@pytest.mark.parametrize(("key", "said"), [("capacity", "purple"), ("deadline", "the blue one")])
def test_an_answer_that_says_nothing_readable_is_still_refused(key, said):
    with pytest.raises(InputError, match=key):
        parse_answers({key: said}, TODAY)
