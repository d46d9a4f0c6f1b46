"""A time the person states is planned as stated: a daily slot stays daily and as long as they
said (never shaved by the capacity margin to fewer, shorter sessions), a slot named by a moment
of the day ("before bed", "at lunch") is read as one, a rhythm said for another part of the goal
is not the main practice's, and the plan says both their time and the week it books.

Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.understanding.capacity import read_time

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None, offline=True))


@pytest.mark.parametrize(
    ("said", "sessions", "minutes"),
    [
        ("10 minutes before bed, most likely", 7.0, 10),
        ("25 min in the morning before the kids wake", 7.0, 25),
        ("half an hour at lunch on workdays", 5.0, 30),
        ("a couple hours on weekend evenings", 2.0, 120),
    ],
)
def test_a_moment_of_the_day_is_read_as_a_slot_that_recurs(said, sessions, minutes):
    time = read_time(said)
    assert (time.sessions, time.minutes) == (sessions, minutes)


def _main(plan, word: str):
    return [
        t
        for t in plan.tasks()
        if t.recurrence and not t.attacks_constraint and t.title.lower().startswith(word)
    ]


def test_a_daily_time_is_planned_every_day_at_the_length_said():
    plan = ENGINE.draft(
        "get better at the piano", {"capacity": "25 minutes a day", "deadline": "by may"}, TODAY
    )
    practice = _main(plan, "practi")
    assert practice, [t.title for t in plan.tasks()]
    for task in practice:  # not 20 minutes on five days
        assert task.recurrence.sessions_per_week() == 7, task
        assert task.estimate_minutes == 25, task
    said = next(a.text for a in plan.assumptions if a.key == "capacity")
    assert "2.9 hours a week of practice as you said" in said, said


def test_a_weekly_rhythm_of_another_part_leaves_the_daily_reading_daily():
    plan = ENGINE.draft(
        "read the whole Quran this year, and also go back to Friday prayers at the mosque",
        {"capacity": "20 min after dinner", "deadline": "in 10 months"},
        TODAY,
    )
    reading = [t for t in plan.tasks() if t.recurrence and t.estimate_minutes == 20]
    assert any(t.recurrence.sessions_per_week() == 7 for t in reading), [
        (t.title, t.estimate_minutes, t.recurrence.times) for t in plan.tasks() if t.recurrence
    ]
