"""Time and dates as people answer them: the hours a week, the sessions they name, and a start
date that is not a deadline."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.understanding.answers import parse_answers
from assistant.validators import weekly_load

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("an hour most days", 5.0),
        ("2 hours most evenings", 10.0),
        ("an hour every weekday", 5.0),
        ("45 min a day", 5.25),
        ("5 min a day", 0.58),
        ("sat + sun 6 hrs each", 12.0),
        ("saturday and sunday, 4 hours each", 8.0),
        ("sunday prep 1 hr", 1.0),
        ("an hour on sundays", 1.0),
        ("2 hrs every saturday", 2.0),
        ("couple hours a week", 2.0),
        ("a few hours", 3.0),
        ("3-4 extra hours a week", 3.0),
        ("5 spare hours a week", 5.0),
        ("I'm retired, full time", 35.0),
        ("I'm retired so plenty", 10.0),
        ("maybe 4-5 hrs? I work like 50 hr weeks", 4.0),
    ],
)
def test_time_said_the_way_people_say_it_is_read_as_hours_a_week(said, hours):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == pytest.approx(hours, abs=0.01)


def _sessions(goal: str, capacity: str):
    plan = ENGINE.draft(goal, {"capacity": capacity}, TODAY)
    return plan, [t for t in plan.tasks() if t.recurrence and t.status == "todo"]


@pytest.mark.parametrize(
    ("goal", "capacity", "cap"),
    [
        ("lose 20 pounds", "30 min a day", 30),
        ("get in shape", "20 minutes a day, tops", 20),
        ("learn spanish", "15 min a day on the bus", 15),
        ("build a budget", "5 min a day", 5),
        ("run my first 5k", "3 x 25 min", 25),
    ],
)
def test_no_session_is_longer_than_the_time_a_day_holds(goal, capacity, cap):
    _, sessions = _sessions(goal, capacity)
    assert sessions and max(t.estimate_minutes for t in sessions) <= cap


@pytest.mark.parametrize(
    ("goal", "capacity", "times", "minutes"),
    [
        ("get stronger", "lift 4x a week already, 1 hr each", 4, 60),
        ("build muscle", "gym 3 days a week, about 45 min", 3, 45),
        ("get fit again", "4 days a week, 75 min", 4, 75),
        ("train for a 10k", "4 runs a week", 4, None),
    ],
)
def test_the_sessions_a_person_already_does_are_the_plans_rhythm(goal, capacity, times, minutes):
    _, sessions = _sessions(goal, capacity)
    main = max(sessions, key=lambda t: t.estimate_minutes * t.recurrence.times)
    assert main.recurrence.times >= times - 1, [(t.title, t.recurrence.times) for t in sessions]
    assert max(t.recurrence.times for t in sessions if t.estimate_minutes >= 20) >= times - 1
    if minutes:
        assert main.estimate_minutes == minutes


def test_weekend_days_with_hours_give_long_blocks_not_short_shifts():
    plan, sessions = _sessions("paint the spare room and the hallway", "sat + sun 5 hrs each")
    assert plan.capacity_hours_per_week == 10
    assert max(t.estimate_minutes for t in sessions) >= 90


def test_a_plan_uses_the_time_when_little_is_free():
    plan, _ = _sessions("lose some weight", "not a lot")
    assert plan.capacity_hours_per_week <= 2
    usable = plan.capacity_hours_per_week * 60 * (1 - SETTINGS.capacity_slack)
    assert max(weekly_load(plan, SETTINGS.capacity_slack).values()) <= usable + 1


@pytest.mark.parametrize(
    "said",
    [
        "starting jan 1",
        "starts jan 1",
        "start in january",
        "just start",
        "starting this sunday",
        "I'll start monday",
        "begin after new years",
    ],
)
def test_a_start_date_is_not_a_deadline(said):
    plan = ENGINE.draft("save $200 a month", {"deadline": said}, TODAY)
    line = next(a for a in plan.assumptions if a.key == "deadline")
    assert line.source == "assumed" and "start" in line.text, line.text
    assert plan.goal.deadline > dt.date(2027, 1, 31)


@pytest.mark.parametrize(
    ("said", "latest"),
    [
        ("the sooner the better, ideally by next fall", dt.date(2027, 9, 1)),
        ("ideally by next summer", dt.date(2027, 6, 1)),
        ("hopefully before next spring, no rush", dt.date(2027, 3, 1)),
    ],
)
def test_by_next_season_is_by_its_start(said, latest):
    day = parse_answers({"deadline": said}, TODAY)["deadline"]
    assert TODAY < day < latest


def test_a_start_date_of_an_event_is_still_its_date():
    day = parse_answers({"deadline": "new job start date is Jan 11"}, TODAY)["deadline"]
    assert day == dt.date(2027, 1, 11)


def _plan(goal: str, **answers: str):
    return ENGINE.draft(goal, answers, TODAY)


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("lose 40 lbs", {"baseline": "285, I walk with a cane", "capacity": "20 min a day"}),
        ("exercise more, gently", {"capacity": "I can't stand long, 30 min a day at most"}),
        ("get stronger legs", {"baseline": "fell twice this year, need a walker outside"}),
        ("walk more", {"constraint": "my balance is bad and I worry about falling"}),
        ("lose weight before my knee replacement", {"capacity": "3 x 30 min"}),
    ],
)
def test_a_mobility_limit_gets_seated_or_low_impact_sessions_and_a_safety_step(goal, answers):
    plan = _plan(goal, **answers)
    titles = [t.title for t in plan.tasks() if t.recurrence]
    assert not any(re.search(r"\b(brisk\w*|run|jog\w*)\b", t, re.I) for t in titles), titles
    assert any("low-impact" in t or "seated" in t for t in titles), titles
    first = [t.title for t in plan.milestones[0].tasks]
    assert any(re.search(r"doctor|physio|safe spot", t) for t in first), first


@pytest.mark.parametrize(
    ("answers", "cap"),
    [
        ({"baseline": "can walk about 15 min then crash the next day"}, 10),
        ({"baseline": "long covid, 30 minutes and then I crash for days"}, 20),
        ({"constraint": "ME/CFS, anything over 20 min and I flare"}, 15),
    ],
)
def test_a_crash_threshold_keeps_every_session_under_it(answers, cap):
    plan = _plan("get back in shape", **answers)
    sessions = [t for t in plan.tasks() if t.recurrence and "Move gently" in t.title]
    assert sessions, [t.title for t in plan.tasks()]
    assert max(t.estimate_minutes for t in sessions) <= cap
    assert any("pac" in t.title for t in plan.milestones[0].tasks)


def test_words_that_only_look_like_a_limit_change_nothing():
    plan = _plan(
        "walk 10,000 steps a day", deadline="by next fall", constraint="too tired after work"
    )
    assert not any("low-impact" in t.title or "Move gently" in t.title for t in plan.tasks())


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("get fitter", {"capacity": "lift 4x a week already, 1 hr each"}),
        ("get in better shape", {"capacity": "I already train 3 times a week, 45 min"}),
        ("get fitter this winter", {"baseline": "squat 315, bench 225"}),
        ("run a marathon", {"baseline": "did a half in 2:05 last spring"}),
    ],
)
def test_someone_who_already_trains_gets_no_beginner_first_session(goal, answers):
    titles = [t.title for t in _plan(goal, **answers).tasks()]
    assert not any(re.search(r"15-minute|Run-walk|bodyweight workout today", t) for t in titles), (
        titles
    )


def test_a_beginner_still_gets_the_easy_first_session():
    titles = [t.title for t in _plan("get fitter", capacity="3 x 30 min").tasks()]
    assert any(re.search(r"15-minute|today", t) for t in titles), titles


@pytest.mark.parametrize(
    ("goal", "capacity"),
    [
        ("pass the CPA exam", "25 hrs a week"),
        ("find a new job", "full time I guess, I was laid off"),
        ("get the house ready to sell", "I'm retired, full time"),
    ],
)
def test_many_free_hours_are_used_not_left_at_a_few(goal, capacity):
    plan = _plan(goal, capacity=capacity)
    weeks = weekly_load(plan, SETTINGS.capacity_slack)
    busiest = sorted(weeks.values())[len(weeks) // 2]  # the median week
    assert busiest >= 0.3 * plan.capacity_hours_per_week * 60, (
        busiest,
        plan.capacity_hours_per_week,
    )
    for task in plan.tasks():
        said = re.search(r"\b(\d+)[- ]minutes?\b", task.title)
        assert not said or abs(int(said.group(1)) - task.estimate_minutes) <= 15, task.title


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("I work 25 hrs a week so maybe 15 hrs of studying", 15.0),
        ("i work 40 hours a week, 5 hours for this", 5.0),
        ("a saturday", 3.0),
        ("sundays", 3.0),
    ],
)
def test_time_for_other_things_is_not_time_for_the_goal(said, hours):
    from assistant.understanding.answers import parse_capacity

    assert parse_capacity(said) == hours


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("end of junior year, May", dt.date(2027, 5, 31)),
        ("end of the school year", dt.date(2027, 6, 30)),
        ("before I travel in the fall", dt.date(2027, 11, 30)),  # not the fall ending this week
        ("it may take a while", None),
    ],
)
def test_deadlines_in_school_years_months_and_seasons(said, day):
    from assistant.understanding.answers import parse_deadline

    assert parse_deadline(said, TODAY) == day


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("evenings 1 hr + 5 hrs Sunday", 10.0),
        ("30 min max on weeknights", 2.5),
        ("2 hrs on saturdays and an hour on wednesdays", 3.0),
        ("sat + sun 6 hrs each", 12.0),
    ],
)
def test_time_said_in_parts_is_added_up(said, hours):
    from assistant.understanding.answers import parse_answers

    assert parse_answers({"capacity": said}, TODAY)["capacity"] == hours


@pytest.mark.parametrize("said", ["20 min a day", "15 min a day"])
def test_time_given_per_day_keeps_the_practice_on_most_days(said):
    plan = OfflineEngine(SETTINGS).draft(
        "read the whole bible this year", {"capacity": said}, TODAY
    )
    practice = [t for t in plan.milestones[0].tasks if t.recurrence and not t.attacks_constraint]
    main = max(practice, key=lambda t: t.recurrence.sessions_per_week())
    assert main.recurrence.sessions_per_week() >= 5, main  # not 3 longer sessions a week
    assert main.estimate_minutes >= 10


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("it's my job so 40h, but maybe 3-4 hours a week for the extra stuff", 3.0),
        ("my job is 40h a week, but I can give 5 hours to this", 5.0),
        ("at work I do 50 hours, though I could find 4 hours for this", 4.0),
        ("my shifts are 36 hours, but 2 hours a week on top is doable", 2.0),
    ],
)
def test_the_time_after_but_is_the_time_for_the_goal_not_the_jobs_hours_added(said, hours):
    assert parse_answers({"capacity": said}, dt.date(2026, 11, 27))["capacity"] == hours


@pytest.mark.parametrize(
    ("said", "hours", "minutes"),
    [
        ("couple hours at the weekend, 10 min watering in the evenings", 3.17, 120),
        ("a couple of hours on saturday and 15 min most evenings", 3.25, 120),
        ("3 hours on sundays, plus 10 min every evening", 4.17, 180),
    ],
)
def test_two_blocks_of_time_are_the_weeks_sum_and_the_long_block_is_the_sitting(
    said, hours, minutes
):
    """Round 18: "couple hours at the weekend, 10 min watering in the evenings" was two
    5-minute sessions a week (0.17 h)."""
    from assistant.understanding.capacity import read_time

    assert parse_answers({"capacity": said}, dt.date(2026, 11, 27))["capacity"] == hours
    assert read_time(said).minutes == minutes


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("early mornings 5:30-6:30 weekdays", 5.0),  # round 18 read it as 2.5
        ("saturday mornings 9:00-11:30", 2.5),
        ("evenings 7 to 8.30pm, mon wed fri", 4.5),
    ],
)
def test_a_sitting_said_in_clock_times_is_its_length(said, hours):
    assert parse_answers({"capacity": said}, dt.date(2026, 11, 27))["capacity"] == hours


@pytest.mark.parametrize(
    "said", ["not a lot, 2 kids under 4", "not much, I work 50 hours", "barely any, 3 jobs"]
)
def test_little_time_said_beside_other_numbers_is_still_little(said):
    """Round 18: "not a lot, 2 kids under 4" was left unread, so 5 h a week was assumed; now a
    small week (1.5 h), marked assumed in their words (session 16: no amount was said)."""
    typed = parse_answers({"capacity": said}, dt.date(2026, 11, 27))
    assert "capacity" not in typed
    assert typed["capacity_said"].kind == "little" and typed["capacity_said"].hours == 1.5


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("an hour here and there", 3.0),
        ("20 min here and there", 1.0),
        ("like 30 mins when I can", 1.5),
    ],
)
def test_a_length_said_with_no_rhythm_is_a_few_sittings_not_one_a_weekday(said, hours):
    """ "an hour here and there" was 5 h a week (an hour every weekday)."""
    assert parse_answers({"capacity": said}, dt.date(2026, 11, 27))["capacity"] == hours


@pytest.mark.parametrize(
    ("said", "hours"),
    [("three early runs a week, 30 minutes each", 1.5),
     ("4 evening walks a week, 45 min each", 3.0),
     ("2 quick sessions a week, 20 minutes", 0.67),
     ("2 long walks a week, about an hour", 2.0)],
)  # fmt: skip
def test_sessions_described_by_a_word_between_count_and_noun_are_counted(said, hours):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == hours
