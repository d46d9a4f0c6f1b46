"""A time answer that names where or when the time comes, several blocks, a total said."""

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.said_sessions import at_their_place
from assistant.understanding.capacity import read_time


@pytest.mark.parametrize(
    ("said", "place", "sessions", "minutes", "hours"),
    [
        ("the bus ride, 25 mins each way", "on the bus ride", 10.0, 25, 4.17),
        ("I catch the train to work, 35 min each way", "on the train", 10.0, 35, 5.83),
        ("my tube commute is about 20 min", "on the tube commute", 5.0, 20, 1.67),
        ("half an hr when the toddler naps", "when the toddler naps", 7.0, 30, 3.5),
    ],
)
def test_a_place_gives_days_and_sessions(said, place, sessions, minutes, hours):
    time = read_time(said)
    assert time.place == place
    assert (time.sessions, time.minutes, time.hours) == (sessions, minutes, hours)


@pytest.mark.parametrize(
    ("said", "hours", "sessions", "minutes"),
    [
        (
            "about 20 min while the baby sleeps, saturdays my wife takes the kids for 2 hrs",
            4.33,
            7.0,
            20,
        ),
        ("15 min when my little one naps, and an hr on sundays", 2.75, 7.0, 15),
        ("40 mins while the twins nap, plus an hour at the weekend", 5.67, 7.0, 40),
    ],
)
def test_a_daily_occasion_beside_a_weekend_sitting(said, hours, sessions, minutes):
    time = read_time(said)
    assert (time.hours, time.sessions, time.minutes) == (hours, sessions, minutes)


@pytest.mark.parametrize(
    ("said", "hours", "sessions"),
    [
        ("3 rides a week, around 4.5 hrs total", 4.5, 3.0),
        ("5 sessions, around 2.5 hours in all", 2.5, 5.0),
        ("twice a week, around 6.5 hrs altogether", 6.5, 2.0),
    ],
)
def test_a_total_with_a_decimal_is_the_week(said, hours, sessions):
    time = read_time(said)
    assert (time.hours, time.sessions) == (hours, sessions)


@pytest.mark.parametrize(
    ("title", "place", "out"),
    [
        ("Read for 30 minutes before bed", "on the train", "Read for 30 minutes on the train"),
        (
            "Practise 20 minutes in the evening",
            "on your lunch break",
            "Practise 20 minutes on your lunch break",
        ),
        ("Listen to one podcast episode", "on the bus", "Listen to one podcast episode on the bus"),
        ("Walk 30 minutes on the train", "on the train", "Walk 30 minutes on the train"),
    ],
)
def test_the_practice_title_names_their_place(title, place, out):
    assert at_their_place(title, place) == out


_ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))
_TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("goal", "capacity", "place"),
    [
        ("finish 20 novels by next december", "the train to work, 35 min each way", "on the train"),
        (
            "get through more books this year, maybe 15",
            "bus ride is 25 mins each way",
            "on the bus ride",
        ),
        ("read a book a month", "my lunch break, about 30 min", "on your lunch break"),
    ],
)
def test_the_plan_practises_where_their_time_is(goal, capacity, place):
    plan = _ENGINE.draft(goal, {"capacity": capacity, "deadline": "end of next year"}, _TODAY)
    titles = [t.title for t in plan.tasks() if t.recurrence and not t.attacks_constraint]
    assert any(t.endswith(place) for t in titles), titles
    assert not any("before bed" in t for t in titles), titles
