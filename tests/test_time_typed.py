"""Time answers read the way people type them (session 16, clock): vague-small words read as a
small week marked assumed in their words, the days of their job never booked as sittings, a
ceiling kept as a ceiling by the whole booked week, weekends counted as a span read as the
weekend days, an act's length waved off as no week of hours, and a sitting length never put
in their mouth."""

from __future__ import annotations

import datetime as dt
import statistics

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.planner import plan_goal
from assistant.schedule import schedule
from assistant.understanding.answers import parse_answers
from assistant.understanding.capacity import read_time
from assistant.understanding.time_settled import capped, day_slot, without_job_days

TODAY = dt.date(2026, 11, 27)


def _plan(goal: str, answers: dict[str, str]):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan


def _booked_week(plan) -> float:
    weeks = [w.planned_minutes for w in schedule(plan, Settings(_env_file=None), TODAY).weeks]
    return statistics.median(weeks) / 60


@pytest.mark.parametrize(
    "said",
    [
        "honestly not much, I do 6 days a week at the warehouse",
        "barely any, we work 5 days",
        "very little, 6-day weeks at the shop",
    ],
)
def test_little_time_beside_a_job_is_a_small_week_never_the_job_days(said):
    typed = parse_answers({"capacity": said}, TODAY)
    loose = typed["capacity_said"]
    assert "capacity" not in typed  # assumed, not passed as their stated hours
    assert loose.kind == "little" and loose.hours is not None and loose.hours <= 2
    assert said in loose.note()  # their words quoted


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("I work 6 days so maybe 2 hours on sundays", 2.0),
        ("we work 5 days a week, 30 min each evening", 3.5),
        ("3 hrs a week, I'm working 6 days", 3.0),
    ],
)
def test_the_days_of_a_job_are_no_sittings(said, hours):
    read = read_time(said)
    assert read.sessions not in (5.0, 6.0) or read.minutes == 30  # 30 min each evening: 7
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == pytest.approx(hours, abs=0.01)
    assert "work" not in without_job_days(said)


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("no idea really, 30 min here and there", 1.5),
        ("not sure, an hour or so when i can", 3.0),
        ("dunno, twenty minutes here and there", 1.0),
    ],
)
def test_a_hedge_before_a_time_keeps_the_time(said, hours):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == pytest.approx(hours)


@pytest.mark.parametrize(
    ("said", "minutes"),
    [("a few minutes a day", 10), ("a couple of minutes each morning", 5), ("few mins daily", 10)],
)
def test_a_few_minutes_is_a_few_minutes(said, minutes):
    read = read_time(said)
    assert read.minutes == minutes and read.sessions == 7.0


@pytest.mark.parametrize(
    ("said", "ceiling"),
    [
        ("45 minutes a day max", True),
        ("no more than 3 hours a week", True),
        ("4 hrs a week at most, the kids come first", True),
        ("about 45 minutes a day", False),
        ("maximum effort, weekends", False),
    ],
)
def test_a_ceiling_is_read_as_one(said, ceiling):
    assert capped(said) is ceiling


@pytest.mark.parametrize(
    ("goal", "said", "cap"),
    [
        ("walk 8000 steps every day", "45 minutes a day max", 5.25),
        ("get fit with bodyweight workouts at home", "no more than 3 hours a week", 3.0),
        ("learn conversational italian", "30 min a day tops", 3.5),
    ],
)
def test_the_booked_week_stays_within_a_ceiling(goal, said, cap):
    plan = _plan(goal, {"capacity": said})
    assert plan.capacity_hours_per_week <= cap + 0.01
    assert _booked_week(plan) <= cap
    line = next(a for a in plan.assumptions if a.key == "capacity")
    assert "At most" in line.text and said in line.text


@pytest.mark.parametrize("said", ["2 weekends", "a couple of weekends", "3 weekends probably"])
def test_weekends_counted_as_a_span_are_the_weekend_days(said):
    read = read_time(said)
    assert read.days == ("sat", "sun") and read.sessions == 2.0 and read.hours


@pytest.mark.parametrize(
    "said", ["n/a it's 10 minutes", "na, only takes 5 min", "not a time thing, it takes 2 minutes"]
)
def test_an_acts_length_waved_off_is_no_week_of_hours(said):
    typed = parse_answers({"capacity": said}, TODAY)
    assert "capacity" not in typed and typed["capacity_said"].kind == "not_time"


@pytest.mark.parametrize(
    ("said", "sessions"),
    [
        ("8-10 hours a week, evenings and saturday", 4.0),
        ("about 6 hrs a week, nights and sundays", 4.0),
        ("5 hours a week, evenings plus saturday morning", 4.0),
    ],
)
def test_evenings_beside_a_weekend_day_are_sittings_too(said, sessions):
    read = read_time(said)
    assert read.sessions == sessions and read.days == ()


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("clear out the garage and loft before we move", "weekends mostly, maybe 6 hours"),
        ("build a portfolio of 5 case studies", "7 hours over saturday and sunday"),
        ("sort the spare room and the shed", "weekends, about 8 hours in all"),
    ],
)
def test_a_sitting_length_is_never_put_in_their_mouth(goal, said):
    plan = _plan(goal, {"capacity": said})
    texts = " ".join(a.text for a in plan.assumptions)
    assert "-hour sessions are planned" not in texts  # they gave a week, not a sitting


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("every working day, 15 min", 15),
        ("each working day, 30 mins", 30),
        ("each work day, about 20 minutes", 20),
        ("every working day", None),
    ],
)
def test_every_working_day_is_five_sittings(said, minutes):
    read = read_time(said)
    assert read.sessions == 5.0 and read.minutes == minutes
    assert read.days == ("mon", "tue", "wed", "thu", "fri")


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("saturdays I can give it 2 hours, other days 20 min", 120),
        ("an hour and a half on sunday, plus 15 min most evenings", 90),
        ("weeknights 30 mins, sunday afternoon 3 hours", 180),
        ("an hour a day", None),
        ("sat + sun 6 hrs each", None),
    ],
)
def test_a_days_slot_is_read_at_its_length(said, minutes):
    assert day_slot(said) == minutes


@pytest.mark.parametrize(
    "said",
    [
        "sunday 2 hours for batch cooking, 30 min on weeknights",
        "weeknights 20 mins, saturday maybe 2 hrs to cook ahead",
        "I can prep for 2 hours on sundays and cook 30 min on weeknights",
    ],
)
def test_a_days_slot_is_used_by_one_session_of_that_length(said):
    plan = _plan(
        "cook dinner at home instead of ordering takeaway",
        {"capacity": said, "constraint": "too tired to cook after work"},
    )
    longest = max(t.estimate_minutes for t in plan.tasks() if t.recurrence)
    assert longest >= 90


@pytest.mark.parametrize(
    "title",
    [
        "Answer messages in one 15-minute slot, every working day",
        "Tidy the desk for 10 minutes each work day",
        "Stretch for 5 minutes every day",
    ],
)
def test_a_step_titled_every_day_is_booked_every_day(title):
    from assistant.engines.offline.stated_time import days_the_title_says
    from assistant.models import Recurrence

    plan = _plan("get 3 new clients for my tutoring business", {"capacity": "4 hours a week"})
    task = next(t for t in plan.tasks() if t.recurrence)
    task.title, task.estimate_minutes = title, 15
    task.recurrence = Recurrence(times=2, per="week")
    assert title in days_the_title_says(plan)
    assert task.recurrence.sessions_per_week() >= 5


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("an evening here and there", 1.5),
        ("the odd afternoon", 2.0),
        ("an evening now and then, if the baby sleeps", 1.5),
    ],
)
def test_one_slot_now_and_then_is_one_sitting_a_week(said, hours):
    read = read_time(said)
    assert read.sessions == 1.0 and read.hours == hours
