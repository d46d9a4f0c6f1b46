"""Deadline and time answers read as the person meant them (round 14's answered plans): a
rough day, a month part beside a span, a habit's start, "way before" a limit, afternoons, and
a body that gives out after an hour."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.answers import parse_answers

TODAY = dt.date(2026, 11, 27)
D = dt.date


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("august 10ish, she leaves the 15th", D(2027, 8, 10)),  # about the 10th, not August's end
        ("march 3rd-ish", D(2027, 3, 3)),
        ("next appt is in about 4 months, mid june", D(2027, 6, 15)),  # the named date wins
        ("in 3 months, late feb 2027", D(2027, 2, 28)),
        ("early jan", D(2027, 1, 10)),
    ],
)
def test_a_rough_or_part_month_date_is_the_date_they_named(said, day):
    assert parse_answers({"deadline": said}, TODAY)["deadline"] == day


@pytest.mark.parametrize(
    "said", ["from this weekend on", "from next week onwards", "as of monday on"]
)
def test_from_then_on_is_when_a_habit_starts_not_its_deadline(said):
    typed = parse_answers({"deadline": said}, TODAY)
    assert typed.get("starts") == said and "deadline" not in typed


def test_from_then_until_a_date_still_has_a_deadline():
    typed = parse_answers({"deadline": "from the 1st on, done by june"}, TODAY)
    assert typed["deadline"] == D(2027, 6, 30)


def test_way_before_a_limit_aims_about_halfway_and_keeps_the_limit():
    said = "180 days from feb 2 so end of july, but I want it in way before that"
    typed = parse_answers({"deadline": said}, TODAY)
    assert typed["deadline_limit"] == D(2027, 7, 31)
    assert TODAY + dt.timedelta(weeks=14) < typed["deadline"] < D(2027, 5, 1)
    s = Settings(_env_file=None, offline=True)
    plan = plan_goal(
        OfflineEngine(s), "appeal my insurer's denial of my MRI claim", {"deadline": said}, s, TODAY
    ).plan
    assert plan.goal.deadline == typed["deadline"]
    deadline = next(a for a in plan.assumptions if a.key == "deadline")
    assert deadline.source == "stated" and "well before your limit of 31 July 2027" in deadline.text


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("a few hours most afternoons", 15.0),  # 3 hours on about 5 afternoons
        ("a couple hours every morning", 14.0),
        ("few hours a week", 3.0),  # unchanged: a week's few hours
    ],
)
def test_a_few_hours_on_most_days_is_counted_per_day(said, hours):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == hours


def test_a_body_that_stiffens_after_an_hour_caps_every_session_at_an_hour():
    s = Settings(_env_file=None, offline=True)
    answers = {
        "capacity": "a few hours most afternoons",
        "constraint": "my hands get stiff with arthritis after an hour",
    }
    goal = "finish the quilt I started for my granddaughter, the top is about half pieced"
    plan = plan_goal(OfflineEngine(s), goal, answers, s, TODAY).plan
    sessions = [t for t in plan.tasks() if t.recurrence]
    assert sessions and all(t.estimate_minutes <= 60 for t in sessions)
    free = plan_goal(OfflineEngine(s), goal, {"capacity": answers["capacity"]}, s, TODAY).plan
    assert max(t.estimate_minutes for t in free.tasks() if t.recurrence) > 60  # the cap is theirs


def test_only_so_many_minutes_before_the_hands_ache_caps_every_session():
    s = Settings(_env_file=None, offline=True)
    answers = {
        "capacity": "an hour most evenings",
        "constraint": "arthritis in my hands, I can only sew about 20 minutes before they ache",
    }
    goal = "finish the baby quilt for my grandson, the top is pieced"
    plan = plan_goal(OfflineEngine(s), goal, answers, s, TODAY).plan
    sessions = [t for t in plan.tasks() if t.recurrence]
    assert sessions and all(t.estimate_minutes <= 20 for t in sessions)


def test_a_span_then_a_day_is_that_day_near_the_end_of_the_span():
    assert parse_answers({"deadline": "we leave in 8 weeks, on the 22nd"}, TODAY)["deadline"] == D(
        2027, 1, 22
    )  # not this month's 22nd, four weeks out


def test_a_window_counted_from_a_dated_letter_is_counted_from_that_day():
    said = "there's a 180 day limit from the refusal letter, it's dated May 4"
    typed = parse_answers({"deadline": said}, TODAY)
    assert typed["deadline_closing"] == D(2026, 5, 4) + dt.timedelta(days=180)  # past: act now
    assert typed["deadline"] < TODAY + dt.timedelta(weeks=2)


def _goal_plan(goal: str):
    s = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(s), goal, {}, s, TODAY).plan


def test_the_rhythm_kept_now_is_the_start_and_every_day_the_target():
    plan = _goal_plan("Pray fajr on time every day. At the moment I make it twice a week")
    assert plan.goal.metric.target == 7 and "2 times a week" not in plan.goal.statement


def test_fajr_alone_is_planned_as_fajr_not_all_five_prayers():
    plan = _goal_plan("Pray fajr on time every day instead of sleeping through it")
    titles = " ".join(t.title.lower() for t in plan.tasks())
    assert "fajr" in plan.goal.statement.lower() and "5 times a day" not in plan.goal.statement
    assert "dhuhr" not in titles and "fajr alarm" in titles
    five = _goal_plan("Pray all five prayers on time, fajr included")
    assert "5 times a day" in five.goal.statement  # the five are still the five


def test_a_monthly_part_keeps_its_rhythm_off_the_weekly_part():
    plan = _goal_plan("Call my mum every Sunday and visit her once a month")
    calls = [t for t in plan.tasks() if t.title.startswith("Call") and t.recurrence]
    assert calls and all(t.recurrence.per == "week" for t in calls)


def test_a_rhythm_said_as_today_s_is_still_read_as_today_s():
    from assistant.understanding.rhythm import sessions_are_now

    assert sessions_are_now("i get takeout like 4 times a week, want it once a week")
    assert not sessions_are_now("cook at home 4 times a week")
