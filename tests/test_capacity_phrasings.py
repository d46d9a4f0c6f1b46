"""Time a week as people say it, read into hours a week, sessions and the days they named.

Hand-written phrasings (none from the judged rounds): named days, "most days", "a day" /
"a week" / "a month", seasons, sessions of a stated size, and answers that are not about
time at all."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.answers import parse_answers
from assistant.understanding.capacity import read_time, time_for_now

TODAY = dt.date(2026, 11, 27)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")

# said, hours a week, the days the reader keeps (None: no day named, any day will do)
PHRASINGS = [
    ("only on Sundays", 3.0, ("sun",)),
    ("saturday mornings", 3.0, ("sat",)),
    ("Thursdays and weekends", 5.5, ("thu", "sat", "sun")),
    ("tue/thu evenings", 3.0, ("tue", "thu")),
    ("weekends, and I'm off fridays", 7.0, ("fri", "sat", "sun")),
    ("weekends only, maybe 5 hours", 5.0, ("sat", "sun")),
    ("4 hours total across the weekend", 4.0, ("sat", "sun")),
    ("3 hours every saturday", 3.0, ("sat",)),
    ("90 min on mondays and fridays", 3.0, ("mon", "fri")),
    ("about 40 minutes each weekday", 3.33, WEEKDAYS),
    ("I can do 20 minutes before work on weekdays", 1.67, WEEKDAYS),
    ("an hour every other day", 3.5, None),
    ("25 minutes every night before bed", 2.92, None),
    ("every morning for 15 min", 1.75, None),
    ("15 minutes twice a day", 3.5, None),
    ("half an hour a day", 3.5, None),
    ("10 minutes a day", 1.17, None),
    ("45 min a day, longer on weekends", 6.75, None),
    ("weekday lunches 30 min", 2.5, None),
    ("weekday mornings 15 min, more on weekends", 2.25, None),
    ("most days about 20 min", 1.67, None),
    ("20-30 min most evenings", 2.08, None),
    ("7 hours a week", 7.0, None),
    ("about 1.5 hours a week", 1.5, None),
    ("2 hrs per month", 0.46, None),
    ("roughly 6 hours a month", 1.38, None),
    ("a couple of hours a month", 0.46, None),
    ("2 sessions a week, an hour each", 2.0, None),
    ("five 30-minute sessions a week", 2.5, None),
    ("I can do 3x a week for 40 min", 2.0, None),
    ("three evenings, 90 min each", 4.5, None),
    ("evenings and weekends when the baby sleeps", 8.0, None),
    ("around 12 hrs/week in summer, 3 hrs a week otherwise", 3.0, None),
    ("winter: 10 hrs a week, summer: 2", 10.0, None),
    ("20 hours a week during the summer break, 4 during the semester", 4.0, None),
    ("20% of my week", 8.0, None),
    # the amount said "each day" or "on a <day>" holds on the days named, not on all seven
    ("weekends, 3 hours each day", 6.0, ("sat", "sun")),
    ("tues and thurs, 45 min a day", 1.5, ("tue", "thu")),
    ("mon wed fri, an hour a day", 3.0, ("mon", "wed", "fri")),
    ("weekends mostly, maybe 3 hours on a saturday", 3.0, ("sat",)),
    ("weekends I guess, 2 hours on sundays", 2.0, ("sun",)),
    ("evenings and weekends, 4 hrs on a saturday", 4.0, ("sat",)),
]


@pytest.mark.parametrize(("said", "hours", "days"), PHRASINGS)
def test_time_said_is_read_as_hours_a_week_and_named_days(said, hours, days):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == pytest.approx(hours, abs=0.01)
    assert read_time(time_for_now(said, TODAY)).days == (days or ())


@pytest.mark.parametrize(
    ("said", "sessions", "minutes"),
    [
        ("only on Sundays", 1, 120),  # one long session on the one free day, not two short ones
        ("3 hours every saturday", 1, 180),
        ("Thursdays and weekends", 3, None),
        ("an hour every other day", 3.5, 60),
        ("five 30-minute sessions a week", 5, 30),
        ("most days about 20 min", 5, 20),
    ],
)
def test_the_sessions_and_their_length_follow_the_days_said(said, sessions, minutes):
    time = read_time(said)
    assert (time.sessions, time.minutes) == (sessions, minutes)


@pytest.mark.parametrize(
    "said", ["it's not really about time", "I could save 150 a paycheck", "idk"]
)
def test_an_answer_that_is_not_about_time_leaves_the_time_open(said):
    assert "capacity" not in parse_answers({"capacity": said}, TODAY)


def test_a_season_that_is_not_the_coming_weeks_is_left_out_only_when_another_part_remains():
    assert (
        time_for_now("25 h in summer, 5 the rest of the year", TODAY)
        == "5 hours the rest of the year"
    )
    in_june = dt.date(2027, 6, 1)
    assert (
        parse_answers({"capacity": "25 h in summer, 5 the rest of the year"}, in_june)["capacity"]
        == 25.0
    )
    assert time_for_now("8 hours a week in summer", TODAY) == "8 hours a week in summer"


@pytest.mark.parametrize(
    ("goal", "said", "hours"),
    [
        (
            "our choir of 5 wants to learn 3 new pieces by easter",
            "we each have maybe 2 hours a week",
            10,
        ),
        ("the 4 of us want to repaint the youth hall by march", "about 3 hours each a week", 12),
        ("our choir of 5 wants to learn 3 new pieces by easter", "6 hours a week between us", 6),
    ],
)
def test_a_teams_time_said_per_person_counts_every_person(goal, said, hours):
    from assistant.understanding.goal import understand

    assert understand(goal, {"capacity": said}, TODAY).capacity == hours


def test_time_each_day_is_no_time_per_person():
    from assistant.understanding.goal import understand

    said = {"capacity": "30 min each day"}
    assert understand("walk with my 2 friends every morning", said, TODAY).capacity == 3.5


def test_time_for_each_session_is_no_time_per_person():
    from assistant.understanding.goal import understand

    said = {"capacity": "3 evenings a week, 2 hours each"}
    hours = understand("our band of 4 wants to learn 10 songs by spring", said, TODAY).capacity
    assert 6 <= hours < 12  # 6 h said (and a margin), not 6 h for each of the 4
