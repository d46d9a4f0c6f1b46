"""A named season of the weather or the tax calendar, in the goal or the answer, is read from
the data table (data/deadline_words.toml [[periods]]): 'before typhoon season' is early June,
never the usual span or 2030 (round 22's coach). Paraphrases of our own."""

import datetime as dt

import pytest

from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("goal", "said", "first", "last"),
    [
        ("get the tin roof fixed at my mum's house before typhoon season", "", (5, 15), (6, 1)),
        ("storm-proof the windows", "ahead of hurricane season", (5, 15), (6, 1)),
        ("clear the gutters and drains before the monsoon", "", (5, 15), (6, 1)),
        ("sort out all my receipts and bookkeeping", "before tax season", (1, 1), (1, 31)),
    ],
)
def test_a_named_season_dates_the_goal(goal, said, first, last):
    u = understand(goal, {"deadline": said} if said else {}, TODAY)
    assert dt.date(2027, *first) <= u.deadline <= dt.date(2027, *last)
    assert "deadline" in u.stated or "deadline_moved" in u.stated
