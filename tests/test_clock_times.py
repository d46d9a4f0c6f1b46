"""A bare number said as a time of day ("open till 4", "home after 7") is no amount: it is
never read as a target, a start or a count (hand-written phrasings, none from the rounds)."""

from __future__ import annotations

import pytest

from assistant.language.quantities import find_quantities


@pytest.mark.parametrize(
    "said",
    [
        "the tip is only open till 4 on saturdays",
        "the pool closes at 8 so it's tight",
        "I finish work at 6 so evenings only",
        "the kids are up at 6 every day",
        "I get back at 8 most days",
        "can't start before 9",
    ],
)
def test_a_time_of_day_is_no_amount(said):
    assert find_quantities(said) == ()


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("lose 4 before xmas", 4.0),  # the number is what they want, the time comes after it
        ("cut it by 4", 4.0),
        ("I'm at 12 now", 12.0),
        ("walk 8 most days", 8.0),
        ("closes at 9, I want 40 lengths", 40.0),
    ],
)
def test_an_amount_beside_a_time_word_is_still_an_amount(said, value):
    assert value in [q.value for q in find_quantities(said)]
