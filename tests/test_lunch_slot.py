"""A slot said with a comma and a range ("a walk at lunch, 30-40 min") is a workday session of
its lower length, as "a walk at lunch 30 min" is: never read as no time at all."""

from __future__ import annotations

import pytest

from assistant.understanding.capacity import read_time


@pytest.mark.parametrize(
    ("said", "minutes", "hours"),
    [
        ("I can do a walk at lunch, 30-40 min", 30, 2.5),
        ("I can do a walk at lunch, 30-40 min, and maybe longer at weekends", 30, 4.5),
        ("at lunch, 20 min", 20, 1.67),
    ],
)
def test_a_lunch_slot_said_after_a_comma_is_five_workday_sessions(said, minutes, hours):
    time = read_time(said)
    assert (time.sessions, time.minutes, time.hours) == (5.0, minutes, hours)
    assert time.days == ("mon", "tue", "wed", "thu", "fri")


def test_a_range_said_for_a_daily_slot_keeps_its_lower_length():
    time = read_time("in the mornings, 15-20 min")
    assert (time.sessions, time.minutes) == (7.0, 15)
