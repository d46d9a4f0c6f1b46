"""Spans and months the goal tells about the past, or about an age, are no deadline; the date
the goal sets stays one. Paraphrases of our own (rounds 20-22 had 'got diagnosed in january',
'2 years of on and off pain', 'baby is 5 months', 'it went up 40% this year')."""

import datetime as dt

import pytest

from assistant.language import find_horizon, resolve_deadline

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    "goal",
    [
        "bring my cholesterol down, found out it was high when I got tested in october",
        "lower my blood sugar, I was diagnosed with type 2 back in february",
        "fix my shoulder, it went out of place in march and still clicks",
        "sort my knee out, 3 years of on and off aches from football",
        "stop my neck pain, 18 months of stiffness from the desk job",
        "lose the pregnancy weight, my son is 4 months and I'm still nursing",
        "get fit again, the twins are about 9 months now",
        "rebuild my back so I can hike without being sore for 3 days after",
        "cut my energy bill, it went up 30% this year",
    ],
)
def test_told_about_the_past_is_no_deadline(goal):
    assert resolve_deadline(goal, TODAY) is None, find_horizon(goal)


@pytest.mark.parametrize(
    ("goal", "day"),
    [
        ("I gained 8kg after the surgery and want it off by june", dt.date(2027, 6, 30)),
        ("the wedding is 3 months away and I want to drop a dress size", dt.date(2027, 2, 27)),
        ("launch a paid newsletter by september", dt.date(2027, 9, 30)),
        ("I got a new job and want to be running 5k in 3 months", dt.date(2027, 2, 27)),
        ("my daughter is due in 5 months, want the nursery painted", dt.date(2027, 4, 27)),
    ],
)
def test_a_date_the_goal_sets_stays(goal, day):
    assert resolve_deadline(goal, TODAY) == day
