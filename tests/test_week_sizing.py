"""The week as the person said it: the sessions and minutes a time answer names are read
(a word describing the sessions, "daily" said before the minutes, an amount "and more at the
weekend"), and the plan's main practice keeps that rhythm instead of a field template's."""

from __future__ import annotations

import statistics

import pytest

from assistant.engines.offline.title_rhythm import monthly_rhythm
from assistant.models import Plan
from assistant.understanding.capacity import read_time
from tests.plans import offline_plan


@pytest.mark.parametrize(
    ("said", "sessions", "minutes"),
    [
        ("2 pilates classes a week, 50 min each", 2.0, 50),
        ("4 home workouts a week, 30 mins each", 4.0, 30),
        ("3 piano practice sessions a week, 40 min each", 3.0, 40),
        ("5 short study sessions a week, 25 minutes each", 5.0, 25),
    ],
)
def test_sessions_described_between_count_and_noun_are_read(said, sessions, minutes):
    """ "3 gym sessions a week, 45 min each" was no rhythm at all (the plan booked 1-2 a week)."""
    time = read_time(said)
    assert (time.sessions, time.minutes) == (sessions, minutes)


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("daily, 25 mins or so", 25),
        ("happy to practise every day, 15 minutes", 15),
        ("I can stretch daily, about 10 min", 10),
        ("nightly, 20 min tops", 20),
    ],
)
def test_daily_said_before_the_minutes_is_every_day(said, minutes):
    """ "Happy to do exercises daily, 20 mins or so" read nothing; the exercises went 4x a week."""
    time = read_time(said)
    assert (time.sessions, time.minutes, time.per_day) == (7.0, minutes, True)


@pytest.mark.parametrize(
    ("said", "sessions", "minutes", "hours"),
    [
        ("20 min after the school run, more at weekends", 7.0, 20, 3.0),
        ("about 40 mins after morning prayers, longer on the weekend", 7.0, 40, 6.0),
        ("an hour on weeknights, more at the weekend", 5.0, 60, 9.0),
        ("maybe 30 min on workdays and a bit more on weekends", 5.0, 30, 4.5),
    ],
)
def test_an_amount_then_more_at_weekends_is_each_day_not_the_weekend_split(
    said, sessions, minutes, hours
):
    """ "30 min after fajr, more on weekends" was 2 sessions of 15 minutes a week."""
    time = read_time(said)
    assert (time.sessions, time.minutes, time.hours) == (sessions, minutes, hours)


def _main_rhythm(plan: Plan) -> tuple[float, int]:
    """(sessions a week, minutes) of the plan's most frequent practice in its median milestone."""
    rows = []
    for milestone in plan.milestones:
        practice = [t for t in milestone.tasks if t.recurrence and not t.attacks_constraint]
        if practice:
            top = max(practice, key=lambda t: t.recurrence.sessions_per_week())
            rows.append((top.recurrence.sessions_per_week(), top.estimate_minutes))
    return statistics.median_low(rows)


@pytest.mark.parametrize(
    ("goal", "capacity", "sessions", "minutes"),
    [
        ("Play 4 songs on the guitar all the way through by June", "3 guitar practice sessions a week, 40 min each", 3, 40),
        ("Get my shoulder strong enough to swim again after the injury", "I'll do the rehab daily, 15 mins or so", 5, 15),
        ("Write the first draft of my novel, 60,000 words, by the end of next year", "45 min before work, more on weekends", 5, 30),
        ("Learn enough Italian to chat with my in-laws by summer", "25 mins on my lunch, longer at weekends", 5, 20),
    ],
)  # fmt: skip
def test_the_main_practice_keeps_the_rhythm_they_said(goal, capacity, sessions, minutes):
    plan = offline_plan(goal, {"capacity": capacity})
    per_week, length = _main_rhythm(plan)
    assert per_week >= sessions, _main_rhythm(plan)
    assert length >= minutes * 0.6, _main_rhythm(plan)


@pytest.mark.parametrize(
    ("goal", "capacity", "minutes"),
    [
        ("floss every single night, the hygienist nagged me again", "3 min a day", 3),
        ("meditate every morning before the kids wake up", "10 minutes a day", 10),
        ("read every night instead of doomscrolling in bed", "20 min a day", 20),
        ("journal every evening so I stop ruminating", "about 5 mins a day", 5),
    ],
)
def test_a_habits_daily_minutes_size_its_daily_act(goal, capacity, minutes):
    """ "2 min a day lol" to floss every night was flossing twice a month: the daily act is
    planned every day at the minutes they said, never thinned to fit a 5-minute template."""
    plan = offline_plan(goal, {"capacity": capacity})
    per_week, length = _main_rhythm(plan)
    assert per_week >= 7, _main_rhythm(plan)
    assert length == minutes, _main_rhythm(plan)


@pytest.mark.parametrize(
    "goal",
    [
        "ring my dad more often, at the moment I only ring him once a month",
        "phone my sister more, right now I phone her once a month",
        "visit my nan more, currently I visit her twice a month at most",
    ],
)
def test_how_often_it_happens_now_is_no_monthly_rhythm_to_keep(goal):
    """ "call my mum more ... I only call her like once a month" planned the calls twice a
    month: the monthly phrase said where they stand, not the rhythm the goal wants."""
    assert monthly_rhythm(goal) is None
    plan = offline_plan(goal, {"capacity": "an hour a week"})
    assert _main_rhythm(plan)[0] >= 1, _main_rhythm(plan)


@pytest.mark.parametrize(
    ("goal", "rhythm"),
    [
        ("a proper date night twice a month with my wife", ("date night", 2)),
        ("go to the pottery studio with my sister twice a month", ("sister", 2)),
    ],
)
def test_a_monthly_rhythm_the_goal_wants_is_still_kept(goal, rhythm):
    assert monthly_rhythm(goal) == rhythm


def _each_milestone(plan: Plan) -> list[float]:
    """Sessions a week of the most frequent practice, milestone by milestone."""
    return [
        max(
            (
                t.recurrence.sessions_per_week()
                for t in m.tasks
                if t.recurrence and not t.attacks_constraint
            ),
            default=0.0,
        )
        for m in plan.milestones
    ]


_KNEE = "my knee and being seen running"


@pytest.mark.parametrize(
    ("goal", "answers", "sessions"),
    [
        ("do couch to 5k again, I gave up at week 4 last two times", {"deadline": "end of march", "capacity": "3 mornings a week before the school run, 30 min", "baseline": "can run about 1 minute at a time", "constraint": _KNEE}, 3),
        ("get through couch to 5k this time, I stalled at week 5 twice", {"deadline": "end of april", "capacity": "3 early mornings a week, 30 mins", "baseline": "can jog 2 minutes", "constraint": "my shins and people watching"}, 3),
        ("learn front crawl properly so I can swim a mile", {"deadline": "by easter", "capacity": "3 swims a week, 40 mins each"}, 3),
        ("walk more, I'm at about 3000 steps a day", {"deadline": "spring", "capacity": "25 mins most days", "constraint": "rain and dark evenings"}, 5),
    ],
)  # fmt: skip
def test_every_milestone_keeps_the_sessions_they_said(goal, answers, sessions):
    """ "3 mornings a week, 30 min" for couch to 5k ran 3, 3, 2, 3 a week (a repair's refit for
    an unrelated finding cut them): one-off steps and side habits give way (or the week's line
    grows), never a stated session."""
    plan = offline_plan(goal, answers)
    assert min(_each_milestone(plan)) >= sessions, _each_milestone(plan)
